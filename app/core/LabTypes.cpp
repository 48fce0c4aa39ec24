#include "LabTypes.h"

#include "Orchestrator.h"

namespace swarmlab {

QString toString(Layer l) {
  switch (l) {
    case Layer::Enterprise:
      return QStringLiteral("enterprise");
    case Layer::Mediation:
      return QStringLiteral("mediation");
    case Layer::Sensing:
      return QStringLiteral("sensing");
    case Layer::Unassigned:
      return QStringLiteral("unassigned");
  }
  return {};
}

QString toString(NodeState s) {
  switch (s) {
    case NodeState::Ready:
      return QStringLiteral("ready");
    case NodeState::Down:
      return QStringLiteral("down");
    case NodeState::Drain:
      return QStringLiteral("drain");
    case NodeState::Unknown:
      return QStringLiteral("unknown");
  }
  return {};
}

QString toString(UpdateOrder o) {
  return o == UpdateOrder::StartFirst ? QStringLiteral("start-first")
                                      : QStringLiteral("stop-first");
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

}  // namespace swarmlab
