// The embedded lab: every node of the lab file simulated on this machine, every service
// instance a supervised child process, and a private redis-server as the gateway's storage.
// See ../../../shared/DESIGN.md ("Orchestration") and docs/local.md.
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <memory>

#include "LabSecrets.h"
#include "LabTypes.h"
#include "Orchestrator.h"
#include "PlacementPolicy.h"

class QTemporaryDir;

namespace swarmlab {

class RedisServerProcess;
class ReplicatedRedis;
class TaskSupervisor;
class Telemetry;
struct TaskExit;

/// Options of the embedded backend.
struct LocalOptions {
  QString redisUrl;  ///< use this Redis instead of starting one (empty: start our own)
  QString binDir;    ///< where ${bin} points (empty: resolveBinDir())
  QString keyPrefix = QStringLiteral("swarmlab");
  int stopTimeoutMs = 3000;           ///< SIGTERM -> SIGKILL
  int firstMessageTimeoutMs = 10000;  ///< start-first: stop the old one anyway after this
  bool watchEvents = true;            ///< read the events stream (needed for start-first)
  /// The agents run this many nice steps below us (0: our priority). Measured and left at 0:
  /// at 10 the console's chart ticks were not faster and the agents' lag p99 was worse
  /// (docs/local.md "CPU priority"); bench_gui --agent-nice compares.
  int agentNice = 0;
};

/// LocalOrchestrator: the Orchestrator of the embedded lab, the glue between the commands,
/// the placement rules (PlacementPolicy) and the processes (TaskSupervisor). Lives on one
/// thread (usually the GUI's or the CLI's main thread); all process handling is asynchronous
/// (QProcess signals and timers), nothing blocks that thread except the destructor's final
/// SIGKILL-and-reap.
class LocalOrchestrator : public Orchestrator {
  Q_OBJECT
 public:
  explicit LocalOrchestrator(Lab lab, LocalOptions options = {}, QObject* parent = nullptr);
  ~LocalOrchestrator() override;

  BackendTraits traits() const override { return {QStringLiteral("local"), false, false}; }
  /// The console's URL (credentials included: connect with it, show it redacted).
  QString redisUrl() const override { return access_.consoleUrl; }
  /// How the agents reach the lab's Redis (URL without credentials, their environment).
  const secrets::RedisAccess& redisAccess() const { return access_; }

  void start() override;
  void refresh() override;
  quint64 deploy(const ServiceTemplate& t, const QString& node,
                 const QString& serviceName = {}) override;
  quint64 migrate(const QString& service, const QString& node, UpdateOrder order) override;
  quint64 restart(const QString& service, UpdateOrder order) override;
  quint64 stop(const QString& service) override;
  quint64 scale(const QString& service, int replicas) override;
  quint64 setNodeDown(const QString& node) override;
  quint64 setNodeUp(const QString& node) override;
  /// Stops every service, then the private redis-server; emits shutdownFinished().
  void shutdown() override;

  /// Stops every service (SIGTERM, SIGKILL after the timeout); emits allStopped().
  void stopAll();

  const Lab& lab() const { return lab_; }
  QList<NodeInfo> nodes() const;
  QList<ServiceInfo> services() const;
  /// Live tasks (processes not yet reaped).
  QList<TaskInfo> tasks() const;
  /// PIDs of every child process (agents and redis-server) still running.
  QList<qint64> childPids() const;
  /// The lab's own redis-server while it runs, else 0 (none, or a Redis we were given).
  qint64 redisServerPid() const;
  /// The replicated mediation layer of a lab with several Redis gateways (issue 12), else null.
  ReplicatedRedis* replicatedRedis() const { return replicated_; }
  bool isReady() const { return ready_; }
  QString binDir() const { return binDir_; }

  /// Where ${bin} points: $SWARMLAB_BIN_DIR, else the running executable's directory when it
  /// holds the agents, else the build tree's bin directory.
  static QString resolveBinDir();

 public slots:
  /// An agent event from the events stream (wired to our own watcher; public for tests).
  void noteAgentEvent(const QString& instance, const QString& event);

 signals:
  void allStopped();

 private:
  struct Service {
    ServiceInfo info;
    ServiceTemplate templ;
    int generation = 0;
    bool removing = false;
    bool pending = false;  ///< waiting for an eligible node
  };

  Service* service(const QString& name);
  /// The command's service, or nullptr after finishing the command with "no service".
  Service* serviceFor(quint64 id, CommandKind kind, const QString& name);
  /// Begins a command on an existing service, issued against the service's node: its id, and
  /// the service or nullptr (the command already finished with "no service").
  std::pair<quint64, Service*> beginOnService(CommandKind kind, const QString& name);
  /// Finishes the command as failed with the message.
  void refuse(quint64 id, CommandKind kind, const QString& object, const QString& message);
  /// Powers a node of the lab off or on (false after refusing the command: no such node).
  bool powerNode(quint64 id, CommandKind kind, const QString& node, NodeState state);

  /// Starts one instance; its name, or empty when it could not start.
  QString startTask(Service& s, int slot, const QString& node);
  /// Moves the service to node and starts each replica there; the instances started.
  QStringList startReplicas(Service& s, const QString& node);
  void replaceStopFirst(quint64 id, CommandKind kind, const QString& name, const QString& node);
  void replaceStartFirst(quint64 id, CommandKind kind, const QString& name, const QString& node);
  void onTaskExited(const TaskExit& exit);
  void restartLater(const QString& service, int slot, bool nodeDown);
  void emitServices();
  void emitNodes();
  void startWatcher();
  /// Our own redis-server with the lab's ACL users (aclFileText) in a private folder.
  void startOwnRedis();
  /// Several gateways: a redis-server and a sentinel on each (ReplicatedRedis).
  void startReplicated(const QString& password);
  void onRedisReady(const QString& url);
  void onRedisLost(const QString& why);
  void becomeReady();
  void checkAllStopped();

  Lab lab_;
  LocalOptions opt_;
  QString binDir_;
  secrets::RedisAccess access_;
  std::unique_ptr<QTemporaryDir> aclDir_;  ///< 0700, holds the 0600 ACL file
  bool ready_ = false;
  bool shuttingDown_ = false;
  PlacementPolicy placement_;
  std::map<QString, std::unique_ptr<Service>> services_;
  TaskSupervisor* tasks_ = nullptr;
  QList<std::function<void()>> allStoppedWaiters_;
  RedisServerProcess* redis_ = nullptr;
  ReplicatedRedis* replicated_ = nullptr;
  QList<std::pair<QString, int>> awaitingRedis_;  ///< (service, slot) standing for it, while lost
  Telemetry* watcher_ = nullptr;
};

}  // namespace swarmlab
