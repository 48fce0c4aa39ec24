// Drops stream entries an agent sent twice. An agent sends a metrics or event entry again when
// it never got the reply to the first XADD: the entry may have reached Redis anyway, and the
// console may have read it before the link broke (a Redis killed between the write and its
// reply, a Sentinel failover). Recorded = observed needs each entry once (issue 10).
#pragma once

#include <QHash>
#include <QString>

#include <bitset>
#include <limits>
#include <set>
#include <utility>

#include "RunData.h"

namespace swarmlab {

/// Remembers, per agent instance, which lab seconds (metrics) and which (event, t_us) pairs
/// (events) it has passed, within a window behind the newest. An instance sends one metrics
/// entry per lab second and stamps each event with its microsecond, so a second copy is a
/// resend, never new data: instance names are unique per task (a restart is a new instance).
/// An instance's `stopped` event ends what is kept of it but that event. Not thread-safe: one
/// per telemetry worker.
class RepeatFilter {
 public:
  /// How far behind an instance's newest entry a repeat is still recognised. A repeat is an
  /// entry of the batch in flight when a reply was lost, sent again before anything newer; an
  /// agent keeps at most 10 min of seconds (MetricsReporter::kMaxPending), so no entry it sends
  /// is older than that.
  static constexpr qint64 kWindowS = 600;

  /// True the first time this instance's metrics entry for m.second is seen.
  bool firstMetric(const MetricSample& m);
  /// True the first time this (instance, event, t_us) is seen.
  bool firstEvent(const AgentEvent& e);
  /// Entries dropped as repeats so far.
  qint64 dropped() const { return dropped_; }

 private:
  /// The seconds an instance sent within kWindowS of its newest, one bit each: the same size
  /// however long the lab runs (a std::set node per second was ~0.9 MB for 31 agents at
  /// 600 s, all of it added during the first 10 minutes of a run).
  struct SeenSeconds {
    qint64 newest = std::numeric_limits<qint64>::min();
    std::bitset<kWindowS + 1> bits;  ///< second s at s mod (kWindowS + 1)
    /// True unless s is within the window and already seen.
    bool insert(qint64 s);
  };
  QHash<QString, SeenSeconds> seconds_;                          ///< kind/instance -> seconds
  QHash<QString, std::set<std::pair<qint64, QString>>> events_;  ///< instance -> (t_us, event)
  qint64 dropped_ = 0;
};

}  // namespace swarmlab
