// The commands of the Swarm backend from beginCommand() to their end: first the engine's answer
// to the request, then the tasks converging (new tasks running where asked, old ones ended), a
// task's own failure, or the deadline. Pure: the orchestrator feeds it the time and the task
// cache and acts on the outcomes.
#pragma once

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include "Orchestrator.h"
#include "SwarmState.h"

namespace swarmlab {

/// One command being followed.
struct TrackedCommand {
  quint64 id = 0;
  CommandKind kind = CommandKind::Deploy;
  QString service;
  qint64 deadlineMs = 0;  ///< on the orchestrator's monotonic clock
  /// Set once the engine accepted the request: from then on the tasks decide.
  bool converging = false;
  QString serviceId;
  QString nodeId;          ///< where new tasks must run (deploy, migrate); empty = anywhere
  QSet<QString> oldTasks;  ///< tasks the update replaces: they must end
  int replicas = 1;
};

/// The end of a command: ok, or the error to report.
struct CommandOutcome {
  quint64 id = 0;
  bool ok = false;
  OrchestratorError error;
};

/// Every command not finished yet.
class CommandTracker {
 public:
  /// A command issued now; it must end by deadlineMs.
  void begin(quint64 id, CommandKind kind, const QString& service, qint64 deadlineMs);
  /// The engine accepted the request: follow the tasks of serviceId from now on.
  void converge(quint64 id, const QString& serviceId, int replicas, const QString& nodeId = {},
                const QSet<QString>& oldTasks = {});
  bool contains(quint64 id) const { return commands_.contains(id); }
  const TrackedCommand* find(quint64 id) const;
  void end(quint64 id) { commands_.remove(id); }
  bool isEmpty() const { return commands_.isEmpty(); }

  /// Converging commands the task states decide: converged, or failed by a task's own error.
  QList<CommandOutcome> judge(const SwarmState& state) const;
  /// Commands past their deadline at nowMs. engineAnswering: the engine answered anything
  /// recently; if not, the error says so instead of "not converged".
  QList<CommandOutcome> expire(qint64 nowMs, bool engineAnswering, int timeoutMs) const;
  /// Services whose tasks converging commands wait on (one entry per service).
  QSet<QString> servicesToWatch() const;

 private:
  QMap<quint64, TrackedCommand> commands_;
};

/// The text of the error a command ends with when the engine does not answer.
QString engineNotAnswering(const QString& detail);

}  // namespace swarmlab
