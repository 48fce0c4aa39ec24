// The lab's placement rules in Swarm's terms: what a service is constrained to (pinned or
// failover), the node labels those constraints read (layer, capabilities), and what a node
// failure takes away. Pure: reads the lab and SwarmState, decides nothing by I/O.
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <map>
#include <string>

#include "LabTypes.h"
#include "ServiceSpec.h"
#include "SwarmState.h"

namespace swarmlab {

/// Labels a swarm node lacks for the lab's rules: swarmlab.layer and swarmlab.cap.<name>.
struct NodeLabelFix {
  QString nodeId;
  std::map<std::string, QString> labels;
};

/// A failover service that had live tasks on a node that failed.
struct LostService {
  QString serviceId;
  QString service;
  int replicas = 1;
  QSet<QString> tasks;  ///< its tasks on the failed node
};

/// The lab's rules for placing services on its swarm.
class PlacementRules {
 public:
  explicit PlacementRules(Lab lab) : lab_(std::move(lab)) {}

  /// Where template t goes when placed on labNode (hosted by swarm node n).
  SpecPlacement placement(const ServiceTemplate& t, const QString& labNode,
                          const docker::Node& n) const;
  /// The gateway for the lab's Redis: a mediation node offering the template's name as a
  /// capability, else any mediation node, else the first node.
  QString gateway(const ServiceTemplate& redis) const;
  /// The labels of nodes named after lab nodes (swarmlab.name) that the lab file implies and
  /// the node does not carry yet: its layer (when it has none) and its capabilities.
  QList<NodeLabelFix> missingLabels(const SwarmState& state) const;
  /// Labels a node hosting labName should carry for its capabilities.
  std::map<std::string, QString> capabilityLabels(const QString& labName) const;
  /// The label changes (an empty value removes the label) that make swarm node machineId host
  /// labNode besides what it hosts: swarmlab.name (and the lab file's layer) when it names no
  /// lab node yet, else one more entry of swarmlab.names; the capability labels; and on a node
  /// that hosted labNode before, that name taken away. Empty, with why, when nothing is to do.
  QList<NodeLabelFix> hostEdits(const SwarmState& state, const QString& machineId,
                                const QString& labNode, QString* why) const;
  /// Why swarm node machineId, shown as lab node labName, cannot be put in a layer by its
  /// labels (swarmlab.name = labName, swarmlab.layer): it hosts labName besides its own lab
  /// node (swarmlab.names), whose name and layer those labels are. Empty when it can.
  QString layerRefusal(const SwarmState& state, const QString& machineId,
                       const QString& labName) const;
  /// A node added to the lab while it runs (the console added a device).
  void addLabNode(const NodeSpec& node) { lab_.nodes << node; }

  /// Swarm nodes that were ready at the last call and are down or disconnected now.
  QStringList newlyDown(const SwarmState& state);
  /// Failover services with live tasks on a node (Swarm moves those when the node is down).
  QList<LostService> lostWith(const SwarmState& state, const QString& nodeId) const;

 private:
  Lab lab_;
  QHash<QString, bool> wasReady_;  ///< swarm node id -> ready at the last newlyDown()
};

}  // namespace swarmlab
