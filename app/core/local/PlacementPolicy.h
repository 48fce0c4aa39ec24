// Where a service of the embedded lab may run. Pure: no processes, no signals.
#pragma once

#include <QMap>
#include <QString>

#include "LabTypes.h"

namespace swarmlab {

/// The lab file's placement rules (layer, arch, needed capabilities: canPlace) and which of
/// the lab's simulated nodes are powered on.
class PlacementPolicy {
 public:
  /// Every node of the lab starts Ready. `lab` must outlive the policy.
  explicit PlacementPolicy(const Lab& lab);

  NodeState state(const QString& node) const { return state_.value(node, NodeState::Unknown); }
  bool isUp(const QString& node) const { return state(node) == NodeState::Ready; }
  void setState(const QString& node, NodeState state) { state_[node] = state; }

  /// The template may run on that node of the lab (up or not); else *why says why not.
  bool placeable(const ServiceTemplate& t, const QString& node, QString* why = nullptr) const;
  /// Empty when a deploy or migrate may go to `node` now (placeable and up), else why not.
  QString refusal(const ServiceTemplate& t, const QString& node) const;
  /// A node that is up, other than `avoid`, where the template may run: the first one in the
  /// layer of `current`, else the first one anywhere; empty when there is none.
  QString pickNode(const ServiceTemplate& t, const QString& current,
                   const QString& avoid = {}) const;
  /// `current` when the template may run there now, else pickNode(t, current, current).
  QString keepOrPick(const ServiceTemplate& t, const QString& current) const;
  /// Where a service whose instance ended starts again, by its placement mode: "pinned" only on
  /// `current` (empty while that node is down: it waits for node up), "failover" keepOrPick.
  QString restartNode(const ServiceTemplate& t, const QString& current) const;

 private:
  const Lab& lab_;
  QMap<QString, NodeState> state_;
};

}  // namespace swarmlab
