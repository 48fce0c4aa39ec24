// One asynchronous interface over the embedded lab (LocalOrchestrator) and a real Docker
// Swarm (SwarmOrchestrator). See ../../../shared/DESIGN.md, "Orchestration".
//
// Every command returns at once with a command id; progress and results come back as
// signals, always on the thread the orchestrator lives in (the GUI's, for the console).
// Errors are values carrying the backend's own message.
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include "LabTypes.h"

namespace swarmlab {

/// Live state of a node, as the backend reports it.
struct NodeInfo {
  QString id;    ///< backend id (Swarm node id; the lab name for the local backend)
  QString name;  ///< lab name (Swarm: node label swarmlab.name, else hostname)
  Layer layer = Layer::Unassigned;
  QString arch;
  QStringList capabilities;
  NodeState state = NodeState::Unknown;
  QString detail;  ///< backend message (e.g. "heartbeat failure")
  /// A lab node some machine runs (Swarm: a node labelled for it). false: its card says that no
  /// machine hosts it, and nothing placed on it starts.
  bool hosted = true;
  /// Named in the lab file. false: a machine outside it (Swarm: a node not labelled as a lab
  /// node, shown in the Tray or a band), which can be made to host lab nodes.
  bool inLab = true;
  QString machine;  ///< the machine that runs it (Swarm: hostname); empty when not known

  /// What the lab file says of a node (id = name, state unknown until a backend tells).
  static NodeInfo fromLab(const NodeSpec& n);
};

/// A deployed service (one template placed with a name).
struct ServiceInfo {
  QString id;    ///< backend id (Swarm service id; the name for local)
  QString name;  ///< unique in the lab: "publisher", "subscriber", "subscriber-2", ...
  QString templateName;
  QString node;  ///< lab name of the node it is constrained to
  int replicas = 1;
  UpdateOrder order = UpdateOrder::StopFirst;
  /// Why it is not started and will not start by itself (Swarm: no machine hosts its lab node);
  /// empty otherwise. It starts once the reason is gone.
  QString waiting;
};

enum class TaskState { Pending, Starting, Running, Stopping, Stopped, Failed, Rejected };

/// One running (or finished) instance of a service: a process (local) or a Swarm task.
struct TaskInfo {
  QString id;
  QString service;   ///< service name
  QString instance;  ///< the agent's SWARMLAB_INSTANCE, unique per task: "subscriber.1.3"
  QString node;      ///< lab node name
  TaskState state = TaskState::Pending;
  int exitCode = 0;
  QString message;  ///< backend's own message (error, exit reason)
  qint64 tUs = 0;   ///< when the state was observed, local wall clock, microseconds
};

/// An error as a value: what we tried, on what, and the other side's own words.
struct OrchestratorError {
  QString operation;   ///< "deploy", "migrate", "GET /nodes", ...
  QString object;      ///< the service, node or endpoint concerned
  QString message;     ///< the backend's message, unchanged
  int httpStatus = 0;  ///< Swarm backend: HTTP status, 0 otherwise
  QString toString() const;
};

enum class CommandKind { Deploy, Migrate, Restart, Stop, Scale, NodeDown, NodeUp, AssignNode };

/// What a backend does its own way. The console and the CLI ask this instead of comparing
/// backend names or casting to a concrete orchestrator.
struct BackendTraits {
  QString name;  ///< "local" or "swarm": recorded with a run and shown, never branched on
  /// setNodeDown() drains the node (Swarm) instead of powering a simulated node off.
  bool nodeDownDrains = false;
  /// Machines outside the lab file exist (the console's Tray) and are placed with assignNode();
  /// otherwise every node's layer comes from the lab file.
  bool machinesAssignable = false;
};
QString toString(CommandKind k);
QString toString(TaskState s);

class Orchestrator : public QObject {
  Q_OBJECT
 public:
  using QObject::QObject;
  ~Orchestrator() override = default;

  virtual BackendTraits traits() const = 0;
  /// Redis the agents of this lab talk to (telemetry reads it); empty until known.
  virtual QString redisUrl() const = 0;

  // Commands: return a command id at once; commandFinished(id, ...) follows.
  virtual void start() = 0;    ///< connect / bring the backend up; emits ready() or error()
  virtual void refresh() = 0;  ///< re-emit nodes, services and tasks
  virtual quint64 deploy(const ServiceTemplate& t, const QString& node,
                         const QString& serviceName = {}) = 0;
  virtual quint64 migrate(const QString& service, const QString& node, UpdateOrder order) = 0;
  virtual quint64 restart(const QString& service, UpdateOrder order) = 0;
  virtual quint64 stop(const QString& service) = 0;
  virtual quint64 scale(const QString& service, int replicas) = 0;
  /// Embedded lab: power a node off / on. Swarm: drain / activate.
  virtual quint64 setNodeDown(const QString& node) = 0;
  virtual quint64 setNodeUp(const QString& node) = 0;
  /// Stop everything this orchestrator started (local: no child process left behind), without
  /// blocking; shutdownFinished() follows when it is done.
  virtual void shutdown() = 0;
  /// Makes the machine `machineId` (a NodeInfo::id) host the lab node `labName` in `layer`
  /// (Swarm: the node labels swarmlab.name / swarmlab.layer). Backends whose traits() say
  /// machines are not assignable refuse: commandFinished(id, false, ...) follows.
  virtual quint64 assignNode(const QString& machineId, const QString& labName, Layer layer);
  /// Makes the machine `machineId` (a NodeInfo::id) host the lab node `labNode` too, besides
  /// what it hosts already; a machine that hosted `labNode` before stops doing so (Swarm: the
  /// node labels swarmlab.name / swarmlab.names, by POST /nodes/{id}/update). Backends whose
  /// traits() say machines are not assignable refuse: commandFinished(id, false, ...) follows.
  virtual quint64 hostLabNode(const QString& machineId, const QString& labNode);
  /// The lab file gained a node (the console added a device): from now on it is part of the lab,
  /// unhosted until hostLabNode(). false with the reason when the backend cannot add it.
  virtual bool addLabNode(const NodeSpec& node, QString* why);

 signals:
  void ready();
  void nodesChanged(const QList<swarmlab::NodeInfo>& nodes);
  void servicesChanged(const QList<swarmlab::ServiceInfo>& services);
  void taskChanged(const swarmlab::TaskInfo& task);
  /// A command was sent to the backend at tUs (local wall clock, microseconds).
  void commandIssued(quint64 id, swarmlab::CommandKind kind, const QString& service,
                     const QString& node, qint64 tUs);
  void commandFinished(quint64 id, bool ok, const swarmlab::OrchestratorError& error);
  /// Errors not tied to a command (connection lost, event stream broken, ...).
  void errorOccurred(const swarmlab::OrchestratorError& error);
  /// Output of a service instance (local: process stdout/stderr; Swarm: task logs).
  void logLine(const QString& instance, const QString& line);
  /// shutdown() has finished: everything this orchestrator started is gone (or reported).
  void shutdownFinished();
  /// The lab's Redis started after ready() (it waited for a machine to host its gateway):
  /// redisUrl() is known now.
  void redisStarted();
  /// The Docker Engine stopped answering or cannot be used (reachable false: not a swarm
  /// manager, the connection refused or silent), or answers again (true); detail says which
  /// (engine address, or why). The embedded backend has no engine and never emits this.
  void engineChanged(bool reachable, const QString& detail);

 protected:
  /// A command's life, the same for every backend: beginCommand() gives it an id and emits
  /// commandIssued with the wall clock now; finishCommand() emits commandFinished from the event
  /// loop (never inside the caller's own call), exactly once per id.
  quint64 beginCommand(CommandKind kind, const QString& service, const QString& node);
  void finishCommand(quint64 id, bool ok, const OrchestratorError& error = {});
  /// Wall clock, microseconds since the epoch (the timestamps of commands and task states).
  static qint64 wallUs();

 private:
  quint64 nextCommandId_ = 1;
};

}  // namespace swarmlab

Q_DECLARE_METATYPE(swarmlab::NodeInfo)
Q_DECLARE_METATYPE(swarmlab::ServiceInfo)
Q_DECLARE_METATYPE(swarmlab::TaskInfo)
Q_DECLARE_METATYPE(swarmlab::OrchestratorError)
Q_DECLARE_METATYPE(swarmlab::CommandKind)
