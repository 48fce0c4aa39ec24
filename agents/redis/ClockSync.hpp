// Lab time: the Redis server's clock. NTP-style offset estimate through Redis TIME.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

struct redisContext;

namespace swarmlab::redis {

class RedisLink;

/// Local wall clock (CLOCK_REALTIME), microseconds since the epoch.
std::int64_t localMicros();
/// Monotonic clock, nanoseconds (for scheduling and intervals).
std::int64_t monotonicNanos();

/// One TIME round trip: offset = server - (t0+t1)/2, its error is at most rtt/2.
struct ClockSample {
  std::int64_t offsetUs = 0;
  std::int64_t rttUs = 0;
};

/// What a burst of TIME round trips gave.
struct TimeBurst {
  bool ioOk = true;                 ///< false: the connection failed (c->err is set)
  std::optional<ClockSample> best;  ///< the lowest-RTT sample; empty if TIME was refused
  std::string error;                ///< the I/O error, or the server's refusal of TIME
};

/// `samples` TIME round trips on c (t0 local, TIME, t1 local); keeps the lowest-RTT sample.
/// Synchronous: for a connection with no replies pending (not subscribed).
TimeBurst timeBurst(redisContext* c, int samples);

/// Offset of the local clock to the Redis server's: lab = local + offset. Thread-safe reads.
/// The error of one sample is at most RTT/2, so on a loaded machine a burst keeps its
/// lowest-RTT sample, and the offset in use is the one of the last kHistory bursts with the
/// smallest error bound RTT/2 + age x kDriftPpm (NTP-style: a good old sample beats a bad new
/// one until the possible drift since then outweighs it).
class ClockSync {
 public:
  static constexpr int kHistory = 8;
  static constexpr double kDriftPpm = 50.0;

  /// One burst on the link. False if the link failed (offset unchanged; the link is then
  /// disconnected with lastError() set). A server that refuses TIME keeps the previous offset.
  bool sync(RedisLink& link, int samples = 16);
  /// Feeds one burst's best sample, taken at monotonic ns; returns the offset now in use.
  std::int64_t addSample(ClockSample s, std::int64_t atMonoNs);

  std::int64_t offsetUs() const { return offset_.load(std::memory_order_relaxed); }
  std::int64_t rttUs() const { return rtt_.load(std::memory_order_relaxed); }
  bool synced() const { return synced_.load(std::memory_order_relaxed); }
  /// Lab time now, microseconds.
  std::int64_t labNow() const { return localMicros() + offsetUs(); }
  /// Lab time of a local timestamp.
  std::int64_t toLab(std::int64_t localUs) const { return localUs + offsetUs(); }
  /// True when a new burst is due: every 2 s for the first bursts, then every `refresh`.
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
  std::atomic<int> bursts_{0};
  struct Sample {
    std::int64_t offset = 0, rtt = 0, atNs = 0;
  };
  std::mutex historyMu_;  // sync() may run on two threads (subscriber: reconnect + refresh)
  Sample history_[kHistory]{};
  int historySize_ = 0;
};

}  // namespace swarmlab::redis
