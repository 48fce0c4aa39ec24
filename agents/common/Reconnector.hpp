// Reconnecting to Redis: capped exponential backoff.
#pragma once

#include <algorithm>
#include <chrono>

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
  std::chrono::milliseconds peek() const { return next_; }

 private:
  std::chrono::milliseconds initial_, cap_, next_;
};

}  // namespace swarmlab::agents
