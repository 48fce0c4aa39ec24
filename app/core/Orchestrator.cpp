#include "Orchestrator.h"

#include <QMetaObject>

#include <chrono>

namespace swarmlab {

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

}  // namespace swarmlab
