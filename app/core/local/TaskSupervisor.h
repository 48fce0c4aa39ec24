// The embedded lab's service instances as supervised child processes (QProcess lifecycle).
#pragma once

#include <QList>
#include <QMap>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

#include "LabTypes.h"
#include "Orchestrator.h"

class QTimer;

namespace swarmlab {

/// One instance to run: a process, or a stand-in for a process that runs anyway (the lab's
/// own redis-server).
struct TaskSpec {
  QString service;
  QString templateName;
  int slot = 1;
  QString node;
  QString instance;  ///< unique: "subscriber.1.3"
  QStringList argv;  ///< empty for a stand-in
  QProcessEnvironment env;
  RestartPolicy restart;
  /// Added to our own nice value (a lower CPU priority than ours); 0: the same priority.
  int nice = 0;
  bool agent = false;  ///< sends first_message events
  bool standIn = false;
  QString standInMessage;  ///< its task message ("the lab's Redis at ...")
};

/// How an instance ended.
struct TaskExit {
  QString instance;
  QString service;
  int slot = 1;
  QString node;
  bool intentional = false;  ///< stop() asked for it
  bool failed = false;
  bool nodeDown = false;  ///< its node was powered off
  QString reason;         ///< "exited with code 1", "killed by a signal", ...
  bool restart = false;   ///< its restart policy starts it again
  QString note;           ///< "; restarting by policy", "; gave up after 3 restart attempts ..."
};

/// Starts, watches and stops the instances: their output as log lines, SIGTERM then SIGKILL
/// after stopTimeoutMs, their first_message (agents) with a deadline, and each end as a
/// TaskExit that says whether the restart policy (condition, max_attempts within window_ms)
/// starts it again; where is the orchestrator's choice. Children die with us.
class TaskSupervisor : public QObject {
  Q_OBJECT
 public:
  TaskSupervisor(int stopTimeoutMs, int firstMessageTimeoutMs, QObject* parent = nullptr);
  /// SIGKILLs and reaps every child still running, without signals.
  ~TaskSupervisor() override;

  /// Starts the instance; false (with a Rejected task state) when there is nothing to run.
  bool start(const TaskSpec& spec);
  /// SIGTERM (SIGKILL when hard); done() once it has exited.
  void stop(const QString& instance, std::function<void()> done, bool hard = false);
  /// Stops each; done() once all have exited (at once when the list is empty).
  void stopAll(const QStringList& instances, std::function<void()> done);
  /// SIGKILL every instance on the node (powered off); stand-ins only note it.
  void killNode(const QString& node);
  /// The process a stand-in stands for ended (the lab's redis-server was killed): each live
  /// stand-in ends as failed with `reason`, under its restart policy (taskExited). How many.
  int failStandIns(const QString& reason);

  /// done(true) at the instance's first_message (non-agents: once running), done(false, why)
  /// when it exits before or the deadline passes.
  void whenFirstMessage(const QString& instance, std::function<void(bool, QString)> done);
  void noteFirstMessage(const QString& instance);

  bool contains(const QString& instance) const { return tasks_.count(instance) > 0; }
  /// Instances of the service not stopping and not exited.
  QStringList live(const QString& service) const;
  /// Every instance of the service not exited (stopping ones too).
  QStringList running(const QString& service) const;
  /// Slots of the service's live instances.
  QList<int> liveSlots(const QString& service) const;
  /// live() with a slot above `replicas`.
  QStringList liveAbove(const QString& service, int replicas) const;
  QList<TaskInfo> tasks() const;
  QList<qint64> pids() const;
  bool allExited() const;

  /// Whether a service still wants its instances (not being removed, not shutting down);
  /// unwanted ones are never restarted. Default: always.
  void setWanted(std::function<bool(const QString& service)> wanted) {
    wanted_ = std::move(wanted);
  }
  /// Forgets the restart history of a removed service.
  void forgetService(const QString& service) { restarts_.remove(service); }

 signals:
  void taskChanged(const swarmlab::TaskInfo& task);
  void logLine(const QString& instance, const QString& line);
  /// After the instance's own stop() callbacks ran.
  void taskExited(const swarmlab::TaskExit& exit);

 private:
  struct Task;
  Task* find(const QString& instance) const;
  void setState(Task* t, TaskState state, const QString& message = {});
  void wire(Task* t);
  void readOutput(Task* t);
  void onExited(Task* t, int code, QProcess::ExitStatus status);
  TaskExit describeExit(const Task* t, int code, QProcess::ExitStatus status) const;
  void decideRestart(const Task* t, TaskExit* exit);

  int stopTimeoutMs_;
  int firstMessageTimeoutMs_;
  std::map<QString, std::unique_ptr<Task>> tasks_;    ///< by instance
  QMap<QString, QMap<int, QList<qint64>>> restarts_;  ///< service -> slot -> restart times (ms)
  std::function<bool(const QString&)> wanted_;
};

}  // namespace swarmlab

Q_DECLARE_METATYPE(swarmlab::TaskExit)
