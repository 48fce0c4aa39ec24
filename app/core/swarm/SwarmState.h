// What the Swarm backend knows of the swarm: its nodes and how they map to the lab's nodes, the
// lab's services, and the last state of every task. Pure: fed with parsed Engine answers and
// events, it answers questions and says which task changed. No I/O, no signals.
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

#include "DockerParse.h"
#include "LabTypes.h"
#include "Orchestrator.h"

namespace swarmlab {

/// One task as last seen: what the orchestrator reports, and where it is in its life.
struct SwarmTask {
  TaskInfo info;
  docker::TaskPhase phase = docker::TaskPhase::New;
  QString serviceId;
  QString nodeId;
};

/// The cache of nodes, services and task states; states only move forward.
class SwarmState {
 public:
  SwarmState(Lab lab, QString servicePrefix, bool singleNodeFallback);

  // Nodes. A swarm node hosts the lab node named by its label swarmlab.name, plus those listed
  // in swarmlab.names; a swarm of one unlabelled node hosts them all (singleNodeFallback).
  void setNodes(std::vector<docker::Node> nodes);
  const std::vector<docker::Node>& nodes() const { return nodes_; }
  /// The swarm node hosting a lab node (nullptr if none).
  const docker::Node* nodeFor(const QString& labNode) const;
  /// A swarm node by id or hostname.
  const docker::Node* node(const QString& idOrHostname) const;
  /// The lab node a swarm node hosts: its only lab name, else its hostname; "" when it hosts
  /// several (which one a task belongs to is then in the task's own labels).
  QString labNodeOf(const QString& nodeId) const;
  /// Other lab nodes hosted by the swarm node that hosts labNode.
  QStringList sharingWith(const QString& labNode) const;
  QList<NodeInfo> nodeInfos() const;
  /// A node added to the lab while it runs (the console added a device).
  void addLabNode(const NodeSpec& node);

  // Services of this lab (label swarmlab.lab), by lab service name.
  void setServices(std::vector<docker::Service> services);
  void addService(const QString& name, docker::Service service);
  void removeService(const QString& name);
  const docker::Service* service(const QString& name) const;
  /// The lab service name of a swarm service id, "" if not one of ours.
  QString serviceName(const QString& serviceId) const;
  QStringList serviceIds() const;
  /// The lab template a service was made from (label swarmlab.template), nullptr if unknown.
  const ServiceTemplate* templateOf(const QString& name) const;
  /// base, else base-2, base-3, ...: a name no service has.
  QString uniqueName(const QString& base) const;
  /// The services of this lab, and those held back (ServiceInfo::waiting) that do not exist yet.
  QList<ServiceInfo> serviceInfos() const;
  /// A lab service that waits (for a machine to host its node) before it is created.
  void hold(const ServiceInfo& service) { held_.insert(service.name, service); }
  void release(const QString& name) { held_.remove(name); }
  bool isHeld(const QString& name) const { return held_.contains(name); }

  // Tasks. observe() returns the task's new state when it moved forward, nullopt otherwise
  // (old news, a task of another lab or service, a state we do not know).
  std::optional<TaskInfo> observe(const docker::Task& task, qint64 nowUs);
  /// A container event of this engine (create, start, kill, stop, die).
  std::optional<TaskInfo> observe(const docker::Event& containerEvent);
  const QHash<QString, SwarmTask>& tasks() const { return tasks_; }
  /// The tasks on swarm node nodeId that had not ended, now ended as failed with `why` (their
  /// node went down: Swarm says nothing of them until it is back). Returns their new states.
  QList<TaskInfo> loseTasksOn(const QString& nodeId, const QString& why, qint64 nowUs);
  /// Tasks of a service that have not ended or begun stopping: the ones an update replaces.
  QSet<QString> liveTasks(const QString& serviceId) const;

 private:
  std::optional<TaskInfo> update(SwarmTask task);

  Lab lab_;
  QString prefix_;
  bool singleNodeFallback_;
  std::vector<docker::Node> nodes_;
  QHash<QString, QString> labToNode_;         ///< lab node name -> swarm node id
  QHash<QString, docker::Service> services_;  ///< lab service name -> service
  QHash<QString, SwarmTask> tasks_;           ///< task id -> last state
  QHash<QString, ServiceInfo> held_;          ///< lab service name -> why it waits
};

/// The task state the Orchestrator interface reports for a Swarm task.
TaskState taskStateOf(docker::TaskPhase phase, std::string_view swarmState);

}  // namespace swarmlab
