#include "RepeatFilter.h"

#include "WireNames.h"

namespace swarmlab {

namespace {
/// Inserts `key` unless present; forgets what fell more than `window` behind the newest key.
template <typename Set, typename Key, typename Order>
bool insertRecent(Set& set, const Key& key, qint64 window, Order order) {
  if (!set.insert(key).second) return false;
  const qint64 newest = order(*set.rbegin());
  while (!set.empty() && order(*set.begin()) < newest - window) set.erase(set.begin());
  return true;
}
}  // namespace

bool RepeatFilter::SeenSeconds::insert(qint64 s) {
  constexpr qint64 n = kWindowS + 1;
  auto bit = [](qint64 t) { return std::size_t(((t % n) + n) % n); };
  if (newest == std::numeric_limits<qint64>::min() || s - newest >= n) {
    bits.reset();
    newest = s;
  } else if (s > newest) {
    while (newest < s) bits.reset(bit(++newest));  // the seconds that leave the window
  } else if (s < newest - kWindowS) {
    return true;  // older than the window: taken as new, not remembered
  } else if (bits.test(bit(s))) {
    return false;
  }
  bits.set(bit(s));
  return true;
}

bool RepeatFilter::firstMetric(const MetricSample& m) {
  const bool first = seconds_[m.kind + QLatin1Char('/') + m.instance].insert(m.second);
  if (!first) ++dropped_;
  return first;
}

bool RepeatFilter::firstEvent(const AgentEvent& e) {
  const QString who = e.kind + QLatin1Char('/') + e.instance;
  auto& seen = events_[who];
  const bool first = insertRecent(seen, std::pair{e.tUs, e.event}, kWindowS * 1000000,
                                  [](const std::pair<qint64, QString>& k) { return k.first; });
  if (!first) {
    ++dropped_;
  } else if (e.event == wirenames::kStopped) {
    // Its last entry: nothing of it can be sent again but this event. Instances are never
    // reused, so a lab with restarts does not keep what every past one sent.
    seconds_.remove(who);
    seen = {std::pair{e.tUs, e.event}};
  }
  return first;
}

}  // namespace swarmlab
