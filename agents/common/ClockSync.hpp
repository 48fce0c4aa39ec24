// Lab time: the Redis server's clock. NTP-style offset estimate through Redis TIME.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

namespace swarmlab::agents {

class RedisLink;

/// Local wall clock (CLOCK_REALTIME), microseconds since the epoch.
std::int64_t localMicros();
/// Monotonic clock, nanoseconds (for scheduling and intervals).
std::int64_t monotonicNanos();

/// Offset of the local clock to the Redis server's: lab = local + offset. Thread-safe reads.
class ClockSync {
 public:
  /// One burst of `samples` TIME round trips: t0 local, TIME, t1 local; offset = server -
  /// (t0+t1)/2; keeps the lowest-RTT sample. False if the link failed (offset unchanged).
  bool sync(RedisLink& link, int samples = 8);

  std::int64_t offsetUs() const { return offset_.load(std::memory_order_relaxed); }
  std::int64_t rttUs() const { return rtt_.load(std::memory_order_relaxed); }
  bool synced() const { return synced_.load(std::memory_order_relaxed); }
  /// Lab time now, microseconds.
  std::int64_t labNow() const { return localMicros() + offsetUs(); }
  /// Lab time of a local timestamp.
  std::int64_t toLab(std::int64_t localUs) const { return localUs + offsetUs(); }
  /// True when the last sync is older than the refresh interval (or there was none).
  bool due(std::chrono::seconds refresh = std::chrono::seconds(30)) const;

  /// For tests and offline use: set the offset directly.
  void setOffset(std::int64_t offsetUs) {
    offset_ = offsetUs;
    synced_ = true;
  }

 private:
  std::atomic<std::int64_t> offset_{0};
  std::atomic<std::int64_t> rtt_{0};
  std::atomic<std::int64_t> lastSyncNs_{0};
  std::atomic<bool> synced_{false};
};

}  // namespace swarmlab::agents
