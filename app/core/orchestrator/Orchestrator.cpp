#include "Orchestrator.h"

#include <QMetaObject>

#include <chrono>

namespace swarmlab {

NodeInfo NodeInfo::fromLab(const NodeSpec& n) {
  NodeInfo i;
  i.id = i.name = n.name;
  i.layer = n.layer;
  i.arch = n.arch;
  i.capabilities = n.capabilities;
  return i;
}

QString toString(CommandKind k) {
  switch (k) {
    case CommandKind::Deploy:
      return QStringLiteral("deploy");
    case CommandKind::Migrate:
      return QStringLiteral("migrate");
    case CommandKind::Restart:
      return QStringLiteral("restart");
    case CommandKind::Stop:
      return QStringLiteral("stop");
    case CommandKind::Scale:
      return QStringLiteral("scale");
    case CommandKind::NodeDown:
      return QStringLiteral("node_down");
    case CommandKind::NodeUp:
      return QStringLiteral("node_up");
    case CommandKind::AssignNode:
      return QStringLiteral("assign_node");
  }
  return {};
}

QString toString(TaskState s) {
  switch (s) {
    case TaskState::Pending:
      return QStringLiteral("pending");
    case TaskState::Starting:
      return QStringLiteral("starting");
    case TaskState::Running:
      return QStringLiteral("running");
    case TaskState::Stopping:
      return QStringLiteral("stopping");
    case TaskState::Stopped:
      return QStringLiteral("stopped");
    case TaskState::Failed:
      return QStringLiteral("failed");
    case TaskState::Rejected:
      return QStringLiteral("rejected");
  }
  return {};
}

QString OrchestratorError::toString() const {
  QString s = operation;
  if (!object.isEmpty()) s += QStringLiteral(" ") + object;
  if (httpStatus) s += QStringLiteral(" (HTTP %1)").arg(httpStatus);
  return s + QStringLiteral(": ") + message;
}

qint64 Orchestrator::wallUs() {
  using namespace std::chrono;
  return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

quint64 Orchestrator::beginCommand(CommandKind kind, const QString& service, const QString& node) {
  const quint64 id = nextCommandId_++;
  emit commandIssued(id, kind, service, node, wallUs());
  return id;
}

// Always queued: a command never finishes before its caller got the id back.
void Orchestrator::finishCommand(quint64 id, bool ok, const OrchestratorError& error) {
  QMetaObject::invokeMethod(
      this, [this, id, ok, error] { emit commandFinished(id, ok, error); }, Qt::QueuedConnection);
}

quint64 Orchestrator::assignNode(const QString& machineId, const QString& labName, Layer layer) {
  Q_UNUSED(layer);
  const quint64 id = beginCommand(CommandKind::AssignNode, {}, labName);
  finishCommand(
      id, false,
      {toString(CommandKind::AssignNode), machineId,
       tr("the %1 backend takes its nodes' layers from the lab file").arg(traits().name)});
  return id;
}

quint64 Orchestrator::hostLabNode(const QString& machineId, const QString& labNode) {
  const quint64 id = beginCommand(CommandKind::AssignNode, {}, labNode);
  finishCommand(
      id, false,
      {toString(CommandKind::AssignNode), machineId,
       tr("the %1 backend runs every lab node itself: no machine is assigned").arg(traits().name)});
  return id;
}

bool Orchestrator::addLabNode(const NodeSpec& node, QString* why) {
  if (why)
    *why = tr("the %1 backend takes its nodes from the lab file it was started with; restart the "
              "lab to add %2")
               .arg(traits().name, node.name);
  return false;
}

}  // namespace swarmlab
