// Lab nodes and the machines that host them: a machine (a swarm node) is made to host a lab
// node by its labels (swarmlab.name, swarmlab.names, swarmlab.layer, swarmlab.cap.*), set with
// POST /nodes/{id}/update and the node's current version. Part of SwarmOrchestrator.
#include <utility>

#include "LabFileEdit.h"
#include "SwarmOrchestrator.h"

namespace swarmlab {

quint64 SwarmOrchestrator::hostLabNode(const QString& machineId, const QString& labNode) {
  const quint64 id = begin(CommandKind::AssignNode, {}, labNode);
  const QString op = toString(CommandKind::AssignNode);
  if (!engine_->started()) {
    conclude(id, false, {op, labNode, tr("not connected to a swarm manager"), 0});
    return id;
  }
  // The edits are computed from the nodes' labels as they are now (a previous drop may have
  // changed them a moment ago), never from a cache that has not caught up. Nodes that cannot be
  // read end the command at once, naming the engine and the request.
  watcher_->loadNodes(
      [this, id, op, machineId, labNode] {
        if (!tracker_.contains(id)) return;
        QString why;
        QList<NodeLabelFix> edits = rules_.hostEdits(state_, machineId, labNode, &why);
        if (edits.isEmpty()) return conclude(id, false, {op, labNode, why, 0});
        // The machine that takes it over last: the command ends when it carries the labels.
        edits.move(0, edits.size() - 1);
        applyLabelEdits(id, op, std::move(edits));
      },
      [this, id, op, labNode](const OrchestratorError& e) {
        if (!tracker_.contains(id)) return;
        conclude(id, false,
                 {op, labNode,
                  tr("the swarm's nodes could not be read from the Docker Engine at %1 (%2): %3")
                      .arg(e.object, e.operation, e.message),
                  e.httpStatus});
      });
  return id;
}

void SwarmOrchestrator::applyLabelEdits(quint64 id, const QString& op, QList<NodeLabelFix> edits) {
  const NodeLabelFix fix = edits.takeFirst();
  NodeEdit edit = [labels = fix.labels](nlohmann::json& spec, QString* why) {
    for (const auto& [key, value] : labels)
      if (!setNodeLabel(spec, key, value, why)) return false;
    return true;
  };
  if (edits.isEmpty()) return updateNode(id, op, fix.nodeId, std::move(edit));
  const quint64 step =
      beginInternal(CommandKind::AssignNode, {},
                    [this, id, op, edits = std::move(edits)](bool ok, const OrchestratorError& e) {
                      if (!ok) return conclude(id, false, e);
                      if (tracker_.contains(id)) applyLabelEdits(id, op, edits);
                    });
  updateNode(step, op, fix.nodeId, std::move(edit));
}

bool SwarmOrchestrator::addLabNode(const NodeSpec& node, QString* why) {
  if (!checkNewNodeName(lab_, node.name, why)) return false;
  if (node.layer == Layer::Unassigned) {
    if (why) *why = tr("layer: expected enterprise, mediation or sensing");
    return false;
  }
  lab_.nodes << node;
  state_.addLabNode(node);
  rules_.addLabNode(node);
  emit nodesChanged(state_.nodeInfos());
  return true;
}

}  // namespace swarmlab
