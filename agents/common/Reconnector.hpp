// Reconnecting to Redis: one capped exponential backoff and the periodic "still no Redis"
// notice, used at start (waiting for Redis) and after a loss, by every agent and connection.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <string>

namespace swarmlab::agents {

/// Capped exponential backoff: initial, 2x, 4x, ... up to cap.
class Backoff {
 public:
  Backoff(std::chrono::milliseconds initial, std::chrono::milliseconds cap)
      : initial_(initial), cap_(cap), next_(initial) {}
  /// The delay to wait now; doubles the following one (up to the cap).
  std::chrono::milliseconds next() {
    auto d = next_;
    next_ = std::min(cap_, next_ * 2);
    return d;
  }
  void reset() { next_ = initial_; }
  void setCap(std::chrono::milliseconds cap) {
    cap_ = cap;
    next_ = std::min(next_, cap_);
  }
  std::chrono::milliseconds peek() const { return next_; }

 private:
  std::chrono::milliseconds initial_, cap_, next_;
};

/// When to try (re)connecting to Redis and when to say so. Times are monotonic nanoseconds.
/// Not thread-safe: one per connection.
class Reconnector {
 public:
  static constexpr std::chrono::milliseconds kFirstDelay{100};
  static constexpr std::chrono::milliseconds kMaxDelay{2000};
  static constexpr std::int64_t kNoticeEveryNs = 3'000'000'000;
  /// The cap behind Sentinel: the primary moves during a failover and each attempt asks the
  /// sentinels afresh, so waiting up to 2 s between attempts would only lengthen the gap.
  static constexpr std::chrono::milliseconds kSentinelMaxDelay{200};

  /// prog: the program name that starts every notice; quiet: never print (extra connections).
  explicit Reconnector(std::string prog, bool quiet = false);
  /// Caps the backoff (kSentinelMaxDelay for redis+sentinel:// URLs).
  void setMaxDelay(std::chrono::milliseconds cap) { backoff_.setCap(cap); }

  /// True when an attempt is due.
  bool due(std::int64_t nowNs) const { return nowNs >= nextNs_; }
  /// Nanoseconds until the next attempt (0 when due).
  std::int64_t waitNs(std::int64_t nowNs) const {
    return std::max<std::int64_t>(0, nextNs_ - nowNs);
  }
  /// The connection went away (its loss was just reported): the first attempt follows the
  /// first backoff step.
  void lost(std::int64_t nowNs);
  /// An attempt failed: the next one waits the next backoff step. At most every 3 s prints
  /// "<prog>: <what>: <why><tail>" on stderr (why: the connection's own error).
  void failed(std::int64_t nowNs, const std::string& why, const char* what = "still no Redis",
              const char* tail = "");
  /// An attempt succeeded: the backoff starts over. Returns the outage in ms since lost().
  std::int64_t succeeded(std::int64_t nowNs);

 private:
  std::string prog_;
  bool quiet_;
  Backoff backoff_{kFirstDelay, kMaxDelay};
  std::int64_t nextNs_ = 0;
  std::int64_t lastNoticeNs_ = 0;
  bool noticed_ = false;
  std::int64_t lostAtNs_ = 0;
};

}  // namespace swarmlab::agents
