#include "PlacementPolicy.h"

#include <QCoreApplication>

#include "Timeline.h"

namespace swarmlab {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("swarmlab::LocalOrchestrator", s); }
}  // namespace

PlacementPolicy::PlacementPolicy(const Lab& lab) : lab_(lab) {
  for (const auto& n : lab_.nodes) state_[n.name] = NodeState::Ready;
}

bool PlacementPolicy::placeable(const ServiceTemplate& t, const QString& node, QString* why) const {
  const NodeSpec* n = lab_.node(node);
  if (!n) {
    if (why) *why = tr("no node \"%1\" in lab \"%2\"").arg(node, lab_.name);
    return false;
  }
  return canPlace(t, *n, why);
}

QString PlacementPolicy::refusal(const ServiceTemplate& t, const QString& node) const {
  QString why;
  if (!placeable(t, node, &why)) return why;
  if (!isUp(node)) return tr("node %1 is down").arg(node);
  return {};
}

QString PlacementPolicy::pickNode(const ServiceTemplate& t, const QString& current,
                                  const QString& avoid) const {
  const NodeSpec* cur = lab_.node(current);
  QString fallback;
  for (const auto& n : lab_.nodes) {
    if (n.name == avoid || !isUp(n.name) || !placeable(t, n.name)) continue;
    if (cur && n.layer == cur->layer) return n.name;
    if (fallback.isEmpty()) fallback = n.name;
  }
  return fallback;
}

QString PlacementPolicy::keepOrPick(const ServiceTemplate& t, const QString& current) const {
  if (isUp(current) && placeable(t, current)) return current;
  return pickNode(t, current, current);
}

QString PlacementPolicy::restartNode(const ServiceTemplate& t, const QString& current) const {
  if (t.placement == Placement::Failover) return keepOrPick(t, current);
  return isUp(current) && placeable(t, current) ? current : QString();
}

}  // namespace swarmlab
