// The console's cache of the lab: nodes, services, tasks, live rates and the progress of
// every command, updated only from the orchestrator's and telemetry's signals. The topology
// scene draws from it; its items carry ids and never own state.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

#include "CommandTiming.h"
#include "LabTypes.h"
#include "Orchestrator.h"
#include "RunData.h"

namespace swarmlab {

class LabClock;

/// What a service chip shows as its state.
/// Waiting: not started, and it will not start by itself (no machine hosts its node).
enum class ChipState { Starting, Running, Restarting, Stopping, Stopped, Failed, Unknown, Waiting };
QString chipStateText(ChipState s);  ///< translated

/// Commands about a node rather than a service: node down / up, assign to a layer.
bool isNodeCommand(CommandKind k);

/// A command the console sent, shown as running until the CommandTimer ends its measure.
struct CommandProgress {
  quint64 id = 0;
  CommandKind kind = CommandKind::Deploy;
  QString service;
  QString node;
  qint64 issuedUs = 0;       ///< commandIssued time, in lab time (µs)
  qint64 issuedLocalMs = 0;  ///< when we saw it (monotonic ms): the running "… N ms"
};

/// The outcome of a command, as the chip and the event log show it.
struct CommandResult {
  quint64 id = 0;
  CommandKind kind = CommandKind::Deploy;
  QString service;
  QString node;
  bool ok = false;
  /// The CommandTimer's duration (issued -> the new instance's first_message, or -> the
  /// backend's answer): the same figure as summary.csv's. Failed: the time until it failed.
  double ms = 0;
  qint64 issuedUs = 0;
  QString text;  ///< "deployed in 62 ms", "migrate failed: ..."
};

class TopologyModel : public QObject {
  Q_OBJECT
 public:
  explicit TopologyModel(QObject* parent = nullptr);

  /// The lab file: templates for the palette, and the nodes until the backend reports its own.
  void setLab(const Lab& lab);
  const Lab& lab() const { return lab_; }
  /// A node added to the lab file while the lab runs (the console added a device).
  void addLabNode(const NodeSpec& node) { lab_.nodes << node; }
  /// What the backend does its own way (a Tray of assignable machines, drain vs power off).
  void setTraits(const BackendTraits& traits) { traits_ = traits; }
  const BackendTraits& traits() const { return traits_; }
  /// Telemetry's lab clock: command times are converted to lab time with it when valid.
  void setClock(std::shared_ptr<const LabClock> clock) { clock_ = std::move(clock); }

  QList<NodeInfo> nodes() const { return nodes_; }
  const NodeInfo* node(const QString& name) const;
  QList<ServiceInfo> services() const { return services_; }
  const ServiceInfo* service(const QString& name) const;
  QList<ServiceInfo> servicesOn(const QString& node) const;
  QList<TaskInfo> tasksOf(const QString& service) const;
  /// Service of an instance (via tasks; falls back to the name before the first '.').
  QString serviceOfInstance(const QString& instance) const;
  QString kindOfService(const QString& service) const;  ///< template kind

  ChipState chipState(const QString& service) const;
  /// Why a service does not start and will not by itself (translated), empty when nothing holds
  /// it: the backend's reason (ServiceInfo::waiting), or its lab node has no machine.
  QString waitingReason(const QString& service) const;
  /// What a node card says when no machine hosts the lab node (translated), empty otherwise.
  QString unhostedText(const QString& node) const;
  /// The machine a card stands for: the hostname when the backend knows it, else the name.
  QString machineName(const QString& node) const;
  /// Tooltips of a node card and of a service chip: the state with its reason (translated).
  QString nodeToolTip(const QString& node) const;
  QString chipToolTip(const QString& service) const;
  /// False while telemetry has lost the lab's Redis: its chips and their nodes show red.
  bool redisReachable() const { return redisReachable_; }
  /// The node hosts a Redis service (template kind "redis") and Redis is not reachable.
  bool storageDown(const QString& node) const;
  /// Sum of the last per-second counts of the service's live instances; -1 if none recent.
  double rate(const QString& service) const;
  bool busy(const QString& service) const;
  /// Text under the chip: the running command ("deploying…") or the last result.
  QString activityText(const QString& service) const;
  qint64 busySinceMs(const QString& service) const;
  bool anyBusy() const { return !pending_.isEmpty(); }
  QString nodeActivity(const QString& node) const;
  QList<CommandResult> results() const { return results_; }

  /// Can this template go on this node? false with a translated reason otherwise.
  bool canDeploy(const QString& templateName, const QString& node, QString* why) const;
  bool canMigrate(const QString& service, const QString& node, QString* why) const;
  /// Can the machine shown as card `machine` (a Tray machine, or a lab node some machine hosts)
  /// be made to host lab node `labNode` too? false with a translated reason otherwise.
  bool canHost(const QString& machine, const QString& labNode, QString* why) const;

  /// The one definition of a command's timing, as Measurements replays it for summary.csv.
  const CommandTimer& commandTimer() const { return timer_; }

 public slots:
  void setNodes(const QList<swarmlab::NodeInfo>& nodes);
  void setServices(const QList<swarmlab::ServiceInfo>& services);
  void updateTask(const swarmlab::TaskInfo& task);
  void onCommandIssued(quint64 id, swarmlab::CommandKind kind, const QString& service,
                       const QString& node, qint64 tUs);
  void onCommandFinished(quint64 id, bool ok, const swarmlab::OrchestratorError& error);
  /// An agent lifecycle event from telemetry: a first_message ends deploy/migrate/restart.
  void onAgentEvent(const swarmlab::AgentEvent& event);
  /// A per-second metric from telemetry: the chips' live rates (ratesChanged, once for the
  /// samples telemetry delivered together).
  void onMetric(const swarmlab::MetricSample& sample);
  /// Telemetry's connection to the lab's Redis (Telemetry::connectionChanged).
  void setRedisReachable(bool reachable);
  /// Ends the measures the CommandTimer gives up on (called by a timer).
  void expireCommands();

 signals:
  void structureChanged();  ///< nodes or services added/removed/moved
  void stateChanged();      ///< states or progress changed
  /// Live rates changed (metrics): only the chips' rate texts. Coalesced: the samples of one
  /// telemetry batch (a second of 30 subscribers) give one signal, not one each, so the
  /// tooltips and display instances are not rebuilt for every sample.
  void ratesChanged();
  void commandCompleted(const swarmlab::CommandResult& result);

 private:
  /// Orchestrator wall-clock times and now in lab time, converted as the Recorder does.
  qint64 toLab(qint64 localUs) const;
  qint64 labNowUs() const;
  /// Whether a service's instances are agents (their measure ends at a first_message).
  bool waitsFirstMessage(const QString& service) const;
  /// Shows the measures the timer ended.
  void takeEnded();
  void complete(const CommandProgress& c, bool ok, double ms, const QString& error);
  static qint64 nowMs();

  Lab lab_;
  BackendTraits traits_;
  bool redisReachable_ = true;
  std::shared_ptr<const LabClock> clock_;
  QList<NodeInfo> nodes_;
  QList<ServiceInfo> services_;
  QHash<QString, TaskInfo> tasks_;  // by task id
  struct Rate {
    double count = 0;
    qint64 atMs = 0;
  };
  QHash<QString, Rate> rates_;  // by instance
  bool ratesPending_ = false;   // a ratesChanged is queued
  QList<CommandProgress> pending_;
  CommandTimer timer_;
  QHash<QString, QString> lastResult_;  // by service
  QHash<QString, QString> nodeResult_;  // by node
  QList<CommandResult> results_;        // bounded history
};

}  // namespace swarmlab

Q_DECLARE_METATYPE(swarmlab::CommandResult)
