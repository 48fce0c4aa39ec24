// Multiplexes the 8 digits of the two displays on its own thread with absolute deadlines
// (clock_nanosleep TIMER_ABSTIME): one slot per digit (shared segment lines) or per digit pair
// (separate segment lines, both displays in parallel); each slot drives segment and digit
// lines together in one bulk write, then blanks (all digits off) after the on-time, so a
// digit's segments never change while a digit is lit (no ghosting) and brightness is the duty
// cycle. setFrame() only stores one 64-bit word: it never waits on the refresh.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "Display.hpp"
#include "LineDriver.hpp"
#include "PinMap.hpp"

namespace swarmlab::display {

/// Where each segment and digit is among the requested lines, and their active levels.
struct MuxLayout {
  std::vector<LineRequest> lines;  ///< request order; bit i of LineLevels = lines[i]
  std::array<std::array<int, 8>, 2> segmentBit{};  ///< [display][a..dp]
  std::array<std::array<int, 4>, 2> digitBit{};    ///< [display][digit]
  LineLevels activeLow = 0;                        ///< bits of lines that are on when low
  bool parallel = true;  ///< separate segment lines: both displays lit together
  int slotsPerCycle() const { return parallel ? 4 : 8; }
  /// Physical levels with every line off (all digits off, all segments off).
  LineLevels blankLevels() const { return activeLow; }
  /// Physical levels of slot `slot` showing `frame`.
  LineLevels slotLevels(const Frame& frame, int slot) const;

  static MuxLayout fromPinMap(const PinMap& map);
};

/// Timing of the refresh.
struct MuxTiming {
  long long slotNs = 2'000'000;  ///< at most 2.5 ms; a cycle is slotsPerCycle slots
  int brightness = 100;          ///< percent of each slot a digit is lit (1..100)
  /// SCHED_FIFO priority asked for the refresh thread (0: normal scheduling). Without the
  /// permission (CAP_SYS_NICE or RLIMIT_RTPRIO) it runs at normal priority; stats() tells.
  int realtimePriority = 0;
};

/// Counters of the refresh thread (read any time).
struct MuxStats {
  std::uint64_t slotsDriven = 0;  ///< slots driven
  std::uint64_t overruns = 0;  ///< times the thread woke more than a whole cycle late and resynced
  std::uint64_t writeErrors = 0;
  bool realtime = false;  ///< the thread got SCHED_FIFO
  std::string lastError;
};

/// The refresh thread over one LineDriver.
class Multiplexer {
 public:
  Multiplexer(std::unique_ptr<LineDriver> lines, MuxLayout layout, MuxTiming timing);
  ~Multiplexer();  ///< stops and blanks the display
  Multiplexer(const Multiplexer&) = delete;
  Multiplexer& operator=(const Multiplexer&) = delete;

  void start();
  void stop();

  /// Publishes the next frame: one atomic store, lock-free, callable from any thread.
  void setFrame(const Frame& frame) noexcept;
  Frame frame() const noexcept;
  void setBrightness(int percent) noexcept;

  const MuxLayout& layout() const { return layout_; }
  MuxTiming timing() const;
  MuxStats stats() const;
  /// CPU time the refresh thread has used so far, from its thread CPU clock (0 if not running).
  double threadCpuSeconds() const;
  LineDriver& lines() { return *lines_; }

  static std::uint64_t pack(const Frame& f) noexcept;
  static Frame unpack(std::uint64_t v) noexcept;

 private:
  void run();
  void write(LineLevels levels);

  std::unique_ptr<LineDriver> lines_;
  MuxLayout layout_;
  long long slotNs_;
  int realtimePriority_;
  std::atomic<bool> realtime_{false};
  std::atomic<int> brightness_;
  std::atomic<std::uint64_t> frame_{0};
  std::atomic<bool> stop_{false};
  std::atomic<std::uint64_t> slots_{0}, overruns_{0}, writeErrors_{0};
  mutable std::mutex errorMutex_;  // only taken when a write failed
  std::string lastError_;
  std::thread thread_;
};

}  // namespace swarmlab::display
