// A LineDriver for tests and benchmarks: records every write with a steady-clock timestamp.
#pragma once

#include <chrono>
#include <mutex>
#include <vector>

#include "LineDriver.hpp"

namespace swarmlab::display {

/// One write of all lines, as the fake saw it.
struct LineChange {
  std::chrono::steady_clock::time_point t;
  LineLevels levels = 0;
};

/// Records every set() call; thread-safe (the refresh thread writes, the test reads).
class FakeLines final : public LineDriver {
 public:
  explicit FakeLines(std::size_t lineCount, std::size_t reserve = 1 << 16);

  std::size_t lineCount() const override { return lineCount_; }
  bool set(LineLevels levels, std::string* error) override;

  /// A copy of everything recorded so far.
  std::vector<LineChange> records() const;
  /// Moves the records out and starts a new log.
  std::vector<LineChange> takeRecords();
  /// The last levels written (0 before any write).
  LineLevels current() const;
  /// Makes every following set() fail with `message` (empty: succeed again).
  void setFailure(std::string message);

 private:
  void prefault(std::vector<LineChange>& log) const;

  std::size_t lineCount_;
  std::size_t reserve_;
  mutable std::mutex mutex_;
  std::vector<LineChange> log_;
  LineLevels current_ = 0;
  std::string failure_;
};

}  // namespace swarmlab::display
