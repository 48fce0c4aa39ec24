// Recoveries: new instances no command started (restart policy, rescheduling after node_down),
// measured from the old instance's end to the new one's first_message (services without
// agents, such as the lab's Redis: to its task's first Running state).
#include <QMap>

#include <algorithm>

#include "Measurements.h"
#include "RunIndex.h"
#include "WireNames.h"

namespace swarmlab {

namespace {

/// "failed (exit 137: ...)"; no exit code when there was none (-1: its node went down, say).
QString failedCause(const TaskInfo& t) {
  QStringList parts;
  if (t.exitCode >= 0) parts << QStringLiteral("exit %1").arg(t.exitCode);
  if (!t.message.isEmpty()) parts << t.message;
  return parts.isEmpty() ? QStringLiteral("failed")
                         : QStringLiteral("failed (%1)").arg(parts.join(QStringLiteral(": ")));
}

/// The earliest sign of an instance ending: its stop events, its failed/stopped task states,
/// a node_down of its node.
class EndFinder {
 public:
  EndFinder(const RunData& run, const RunIndex& idx) : idx_(idx) {
    for (const auto& r : run.tasks) tasksOf_[r.task.instance] << r;
    for (const auto& c : run.commands)
      if (c.kind == CommandKind::NodeDown) nodeDowns_ << c;
  }

  /// The end of `inst` in [since, t] and its cause, if any.
  std::optional<qint64> endOf(const QString& inst, qint64 since, qint64 t, QString* cause) const {
    std::optional<qint64> best;
    const auto consider = [&](qint64 at, const QString& why) {
      if (at < since || at > t || (best && at >= *best)) return;
      best = at;
      *cause = why;
    };
    for (const auto& e : idx_.events(inst))
      if (e.event == wirenames::kStopping || e.event == wirenames::kStopped)
        consider(e.tUs, e.event);
    for (const TaskRecord& r : tasksOf_.value(inst)) {
      if (r.task.state == TaskState::Failed)
        consider(r.tUs, failedCause(r.task));
      else if (r.task.state == TaskState::Stopped)
        consider(r.tUs, toString(TaskState::Stopped));
    }
    const QString node = idx_.instance(inst).node;
    for (const auto& c : nodeDowns_)
      if (c.node == node) consider(c.issuedUs, QStringLiteral("node_down %1").arg(node));
    return best;
  }

 private:
  const RunIndex& idx_;
  QHash<QString, QList<TaskRecord>> tasksOf_;
  QList<CommandRecord> nodeDowns_;
};

struct FirstMessage {
  QString instance;
  qint64 t;
};

QString key(const QString& instance, qint64 t) {
  return instance + QLatin1Char('@') + QString::number(t);
}

}  // namespace

QList<RecoveryTiming> findRecoveries(const RunData& run, const RunIndex& idx,
                                     const QList<CommandTiming>& ct) {
  // First messages explained otherwise: the first instance of each service, and every instance
  // a deploy/migrate/restart command waited for. Ends already explained: old instances of
  // migrate/restart commands.
  QSet<QString> explainedNew, consumedOld;
  for (const auto& t : ct) {
    if (!t.newInstance.isEmpty())
      explainedNew.insert(t.firstMessageUs ? key(t.newInstance, *t.firstMessageUs) : t.newInstance);
    if (!t.oldInstance.isEmpty()) consumedOld.insert(t.oldInstance);
  }
  QMap<QString, QList<FirstMessage>> byService;
  for (const auto& name : idx.order())
    for (const auto& e : idx.events(name))
      if (e.event == wirenames::kFirstMessage)
        byService[idx.instance(name).service] << FirstMessage{name, e.tUs};
  // Instances of services without agents (the lab's Redis): their start is their task's first
  // Running state.
  QSet<QString> running;
  for (const auto& r : run.tasks) {
    const QString& inst = r.task.instance;
    const QString svc = idx.service(inst);
    if (r.task.state != TaskState::Running || idx.isAgentService(svc) || running.contains(inst))
      continue;
    running.insert(inst);
    byService[svc] << FirstMessage{inst, r.tUs};
  }
  const EndFinder ends(run, idx);
  QList<RecoveryTiming> out;
  for (auto it = byService.begin(); it != byService.end(); ++it) {
    QList<FirstMessage> fms = *it;
    std::stable_sort(fms.begin(), fms.end(),
                     [](const FirstMessage& a, const FirstMessage& b) { return a.t < b.t; });
    QMap<QString, qint64> lastStart;  // instance -> its latest first_message before now
    for (int i = 0; i < fms.size(); ++i) {
      const FirstMessage& f = fms[i];
      if (i > 0 && !explainedNew.contains(key(f.instance, f.t)) &&
          !explainedNew.contains(f.instance)) {
        // The latest end before it of an instance that ran: that one was replaced.
        RecoveryTiming best;
        std::optional<qint64> bestEnd;
        for (auto ls = lastStart.begin(); ls != lastStart.end(); ++ls) {
          if (consumedOld.contains(ls.key()) && ls.key() != f.instance) continue;
          QString cause;
          const auto end = ends.endOf(ls.key(), *ls, f.t, &cause);
          if (!end || (bestEnd && *end <= *bestEnd)) continue;
          bestEnd = end;
          best.oldInstance = ls.key();
          best.cause = cause;
        }
        if (bestEnd) {
          best.service = it.key();
          best.newInstance = f.instance;
          best.endUs = *bestEnd;
          best.firstMessageUs = f.t;
          best.ms = msOf(f.t - *bestEnd);
          lastStart.remove(best.oldInstance);  // its end is explained now
          out << best;
        }
      }
      lastStart[f.instance] = f.t;
    }
  }
  std::sort(out.begin(), out.end(),
            [](const RecoveryTiming& a, const RecoveryTiming& b) { return a.endUs < b.endUs; });
  return out;
}

QList<RecoveryTiming> recoveries(const RunData& run) {
  const RunIndex idx(run);
  return findRecoveries(run, idx, commandTimings(run));
}

}  // namespace swarmlab
