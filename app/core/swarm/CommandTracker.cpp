#include "CommandTracker.h"

#include <QCoreApplication>

#include <algorithm>

namespace swarmlab {
namespace {

using docker::TaskPhase;

QString tr(const char* s) { return QCoreApplication::translate("swarmlab::CommandTracker", s); }

struct Count {
  int running = 0;     ///< new tasks running where asked
  int allRunning = 0;  ///< every running task of the service
  bool oldAlive = false;
  QString failure;  ///< the last failed or rejected new task: "instance: message"
};

Count count(const TrackedCommand& c, const SwarmState& state) {
  Count n;
  for (const auto& t : state.tasks()) {
    if (t.serviceId != c.serviceId) continue;
    if (t.info.state == TaskState::Running) ++n.allRunning;
    if (c.oldTasks.contains(t.info.id)) {
      if (t.phase < TaskPhase::Ended) n.oldAlive = true;
      continue;
    }
    if (t.info.state == TaskState::Running && (c.nodeId.isEmpty() || t.nodeId == c.nodeId))
      ++n.running;
    if (t.info.state == TaskState::Failed || t.info.state == TaskState::Rejected)
      n.failure = QStringLiteral("%1: %2").arg(t.info.instance, t.info.message);
  }
  return n;
}

bool converged(const TrackedCommand& c, const Count& n) {
  switch (c.kind) {
    case CommandKind::Deploy:
      return n.running >= c.replicas;
    case CommandKind::Migrate:
    case CommandKind::Restart:
      return n.running >= std::max(1, c.replicas) && !n.oldAlive;
    case CommandKind::Scale:
      return n.allRunning == c.replicas;
    default:
      return true;
  }
}

}  // namespace

QString engineNotAnswering(const QString& detail) {
  return tr("engine not answering (%1)").arg(detail);
}

void CommandTracker::begin(quint64 id, CommandKind kind, const QString& service,
                           qint64 deadlineMs) {
  TrackedCommand c;
  c.id = id;
  c.kind = kind;
  c.service = service;
  c.deadlineMs = deadlineMs;
  commands_.insert(id, c);
}

void CommandTracker::converge(quint64 id, const QString& serviceId, int replicas,
                              const QString& nodeId, const QSet<QString>& oldTasks) {
  auto it = commands_.find(id);
  if (it == commands_.end()) return;
  it->converging = true;
  it->serviceId = serviceId;
  it->replicas = replicas;
  it->nodeId = nodeId;
  it->oldTasks = oldTasks;
}

const TrackedCommand* CommandTracker::find(quint64 id) const {
  auto it = commands_.find(id);
  return it == commands_.end() ? nullptr : &*it;
}

QList<CommandOutcome> CommandTracker::judge(const SwarmState& state) const {
  QList<CommandOutcome> out;
  for (const auto& c : commands_) {
    if (!c.converging) continue;
    const Count n = count(c, state);
    if (converged(c, n))
      out << CommandOutcome{c.id, true, {}};
    else if (!n.failure.isEmpty() && n.running == 0)
      out << CommandOutcome{c.id, false, {toString(c.kind), c.service, n.failure, 0}};
  }
  return out;
}

QList<CommandOutcome> CommandTracker::expire(qint64 nowMs, bool engineAnswering,
                                             int timeoutMs) const {
  QList<CommandOutcome> out;
  for (const auto& c : commands_) {
    if (nowMs < c.deadlineMs) continue;
    const QString why =
        !engineAnswering
            ? engineNotAnswering(tr("nothing came back for %1 s").arg(timeoutMs / 1000.0))
        : c.converging ? tr("not converged after %1 s").arg(timeoutMs / 1000.0)
                       : engineNotAnswering(
                             tr("no answer to the request within %1 s").arg(timeoutMs / 1000.0));
    out << CommandOutcome{c.id, false, {toString(c.kind), c.service, why, 0}};
  }
  return out;
}

QSet<QString> CommandTracker::servicesToWatch() const {
  QSet<QString> out;
  for (const auto& c : commands_)
    if (c.converging && !c.serviceId.isEmpty()) out.insert(c.serviceId);
  return out;
}

}  // namespace swarmlab
