#include "PlacementRules.h"

#include <QCoreApplication>

namespace swarmlab {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("swarmlab::PlacementRules", s); }

QStringList names(const std::map<std::string, std::string>& labels) {
  QStringList out;
  auto it = labels.find("swarmlab.names");
  if (it != labels.end())
    for (const QString& n : QString::fromStdString(it->second).split(QLatin1Char(',')))
      if (!n.trimmed().isEmpty()) out << n.trimmed();
  return out;
}

QString label(const std::map<std::string, std::string>& labels, const char* key) {
  auto it = labels.find(key);
  return it == labels.end() ? QString() : QString::fromStdString(it->second);
}

constexpr const char* kTrue = "true";

}  // namespace

SpecPlacement PlacementRules::placement(const ServiceTemplate& t, const QString& labNode,
                                        const docker::Node& n) const {
  SpecPlacement p{n.id, n.arch, labNode, t.placement, {}, {}};
  if (t.placement != Placement::Failover) return p;
  // The swarm's own layer label wins over the lab file (the console assigns machines).
  p.layer = label(n.labels, "swarmlab.layer");
  if (p.layer.isEmpty())
    if (const NodeSpec* ln = lab_.node(labNode)) p.layer = toString(ln->layer);
  p.needs = t.needs;
  return p;
}

QString PlacementRules::gateway(const ServiceTemplate& redis) const {
  QString gw;
  for (const auto& n : lab_.nodes)
    if (n.layer == Layer::Mediation && (gw.isEmpty() || n.capabilities.contains(redis.name)))
      gw = n.name;
  if (gw.isEmpty() && !lab_.nodes.isEmpty()) gw = lab_.nodes.front().name;
  return gw;
}

std::map<std::string, QString> PlacementRules::capabilityLabels(const QString& labName) const {
  std::map<std::string, QString> out;
  if (const NodeSpec* ln = lab_.node(labName))
    for (const QString& c : ln->capabilities) out[capabilityLabel(c)] = QLatin1String(kTrue);
  return out;
}

QList<NodeLabelFix> PlacementRules::hostEdits(const SwarmState& state, const QString& machineId,
                                              const QString& labNode, QString* why) const {
  const NodeSpec* ln = lab_.node(labNode);
  const docker::Node* m = state.node(machineId);
  if (!ln || !m) {
    if (why)
      *why = !ln ? tr("%1 is not a node of lab %2").arg(labNode, lab_.name)
                 : tr("no swarm node %1").arg(machineId);
    return {};
  }
  const QString mName = label(m->labels, "swarmlab.name");
  QStringList mNames = names(m->labels);
  if (mName == labNode || mNames.contains(labNode)) {
    if (why) *why = tr("%1 hosts %2 already").arg(QString::fromStdString(m->hostname), labNode);
    return {};
  }
  NodeLabelFix fix{QString::fromStdString(m->id), capabilityLabels(labNode)};
  if (mName.isEmpty() || !lab_.node(mName)) {
    // Its first lab node: the node is named after it and takes its layer.
    fix.labels["swarmlab.name"] = labNode;
    if (ln->layer != Layer::Unassigned) fix.labels["swarmlab.layer"] = toString(ln->layer);
  } else {
    mNames << labNode;
    fix.labels["swarmlab.names"] = mNames.join(QLatin1Char(','));
  }
  QList<NodeLabelFix> out{fix};
  // Whoever hosted it before lets it go (an explicit swarmlab.name elsewhere would win).
  for (const auto& o : state.nodes()) {
    if (o.id == m->id) continue;
    NodeLabelFix away{QString::fromStdString(o.id), {}};
    QStringList oNames = names(o.labels);
    const bool listed = oNames.removeAll(labNode) > 0;
    if (label(o.labels, "swarmlab.name") == labNode) {
      // Its next lab node, if it has one, becomes its name.
      away.labels["swarmlab.name"] = oNames.isEmpty() ? QString() : oNames.takeFirst();
      away.labels["swarmlab.names"] = oNames.join(QLatin1Char(','));
    } else if (listed) {
      away.labels["swarmlab.names"] = oNames.join(QLatin1Char(','));
    }
    if (!away.labels.empty()) out << away;
  }
  return out;
}

QString PlacementRules::layerRefusal(const SwarmState& state, const QString& machineId,
                                     const QString& labName) const {
  const docker::Node* m = state.node(machineId);
  if (!m) return {};  // the update itself says there is no such node
  const QString mName = label(m->labels, "swarmlab.name");
  if (mName.isEmpty() || mName == labName || !lab_.node(mName)) return {};
  const NodeSpec* ln = lab_.node(labName);
  return tr("%1 runs on %2 besides %3, whose layer is the machine's: %1 keeps the lab file's "
            "layer (%4); to move the machine, drag %3")
      .arg(labName, QString::fromStdString(m->hostname), mName,
           ln ? toString(ln->layer) : tr("none"));
}

QList<NodeLabelFix> PlacementRules::missingLabels(const SwarmState& state) const {
  QList<NodeLabelFix> out;
  for (const auto& n : state.nodes()) {
    const NodeSpec* ln = lab_.node(label(n.labels, "swarmlab.name"));
    if (!ln) continue;
    NodeLabelFix fix{QString::fromStdString(n.id), {}};
    if (label(n.labels, "swarmlab.layer").isEmpty() && ln->layer != Layer::Unassigned)
      fix.labels["swarmlab.layer"] = toString(ln->layer);
    for (const auto& [key, value] : capabilityLabels(ln->name))
      if (label(n.labels, key.c_str()) != value) fix.labels[key] = value;
    if (!fix.labels.empty()) out << fix;
  }
  return out;
}

QStringList PlacementRules::newlyDown(const SwarmState& state) {
  QStringList out;
  for (const auto& n : state.nodes()) {
    const QString id = QString::fromStdString(n.id);
    const bool ready = n.state == "ready";
    if (!ready && (n.state == "down" || n.state == "disconnected") && wasReady_.value(id, false))
      out << id;
    wasReady_[id] = ready;
  }
  return out;
}

QList<LostService> PlacementRules::lostWith(const SwarmState& state, const QString& nodeId) const {
  QHash<QString, LostService> lost;
  for (const auto& t : state.tasks()) {
    if (t.nodeId != nodeId || t.phase == docker::TaskPhase::Ended) continue;
    const QString name = state.serviceName(t.serviceId);
    const docker::Service* svc = state.service(name);
    if (!svc || label(svc->labels, "swarmlab.placement") != QLatin1String("failover")) continue;
    LostService& l = lost[t.serviceId];
    l.serviceId = t.serviceId;
    l.service = name;
    l.replicas = static_cast<int>(svc->replicas);
    l.tasks.insert(t.info.id);
  }
  return lost.values();
}

}  // namespace swarmlab
