#include "Multiplexer.hpp"

#include <pthread.h>
#include <sched.h>
#include <sys/prctl.h>
#include <time.h>

#include <cerrno>
#include <cstring>
#include <map>

namespace swarmlab::display {

namespace {

constexpr long long kNsPerSec = 1'000'000'000LL;

long long nowNs() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * kNsPerSec + ts.tv_nsec;
}

void sleepUntil(long long deadlineNs) {
  timespec ts{static_cast<time_t>(deadlineNs / kNsPerSec),
              static_cast<long>(deadlineNs % kNsPerSec)};
  while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) {
  }
}

}  // namespace

MuxLayout MuxLayout::fromPinMap(const PinMap& map) {
  MuxLayout l;
  l.parallel = !map.sharedSegments();
  std::map<unsigned, int> bitOf;
  auto bit = [&](unsigned offset, std::string role, bool activeHigh) {
    auto it = bitOf.find(offset);
    if (it != bitOf.end()) return it->second;
    int b = static_cast<int>(l.lines.size());
    l.lines.push_back({offset, std::move(role)});
    if (!activeHigh) l.activeLow |= LineLevels{1} << b;
    bitOf.emplace(offset, b);
    return b;
  };
  for (int d = 0; d < 2; ++d) {
    const std::string disp = "display " + std::to_string(d + 1);
    for (std::size_t s = 0; s < 8; ++s) {
      std::string role = (d == 1 && !l.parallel ? "displays 1+2" : disp) + " segment " +
                         std::string(kSegmentNames[s]);
      l.segmentBit[d][s] = bit(map.displays[d].segments[s], role, map.segmentsActiveHigh);
    }
    for (std::size_t k = 0; k < 4; ++k) {
      l.digitBit[d][k] = bit(map.displays[d].digits[k], disp + " digit " + std::to_string(k + 1),
                             map.digitsActiveHigh);
    }
  }
  // Shared segments: display 1's segment lines were named "display 1 ..." before display 2 was
  // seen; rename them so errors say both displays use them.
  if (!l.parallel) {
    for (std::size_t s = 0; s < 8; ++s) {
      l.lines[static_cast<std::size_t>(l.segmentBit[0][s])].role =
          "displays 1+2 segment " + std::string(kSegmentNames[s]);
    }
  }
  return l;
}

LineLevels MuxLayout::slotLevels(const Frame& frame, int slot) const {
  LineLevels on = 0;  // logical: 1 = lit
  auto light = [&](int display, int digit) {
    Segments segs = frame.digits[static_cast<std::size_t>(display * 4 + digit)];
    for (std::size_t s = 0; s < 8; ++s) {
      if (segs >> s & 1U) on |= LineLevels{1} << segmentBit[display][s];
    }
    on |= LineLevels{1} << digitBit[display][digit];
  };
  if (parallel) {
    light(0, slot);
    light(1, slot);
  } else {
    light(slot / 4, slot % 4);
  }
  return on ^ activeLow;
}

Multiplexer::Multiplexer(std::unique_ptr<LineDriver> lines, MuxLayout layout, MuxTiming timing)
    : lines_(std::move(lines)),
      layout_(std::move(layout)),
      slotNs_(timing.slotNs),
      realtimePriority_(timing.realtimePriority),
      brightness_(timing.brightness) {}

Multiplexer::~Multiplexer() { stop(); }

void Multiplexer::start() {
  if (thread_.joinable()) return;
  stop_.store(false);
  thread_ = std::thread([this] { run(); });
}

void Multiplexer::stop() {
  if (!thread_.joinable()) return;
  stop_.store(true);
  thread_.join();
}

std::uint64_t Multiplexer::pack(const Frame& f) noexcept {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < 8; ++i) v |= std::uint64_t{f.digits[i]} << (8 * i);
  return v;
}

Frame Multiplexer::unpack(std::uint64_t v) noexcept {
  Frame f;
  for (std::size_t i = 0; i < 8; ++i) f.digits[i] = static_cast<Segments>(v >> (8 * i));
  return f;
}

void Multiplexer::setFrame(const Frame& frame) noexcept {
  frame_.store(pack(frame), std::memory_order_release);
}

Frame Multiplexer::frame() const noexcept { return unpack(frame_.load(std::memory_order_acquire)); }

void Multiplexer::setBrightness(int percent) noexcept {
  brightness_.store(percent < 1 ? 1 : percent > 100 ? 100 : percent, std::memory_order_relaxed);
}

MuxTiming Multiplexer::timing() const { return {slotNs_, brightness_.load(), realtimePriority_}; }

MuxStats Multiplexer::stats() const {
  MuxStats s{slots_.load(), overruns_.load(), writeErrors_.load(), realtime_.load(), {}};
  std::lock_guard lock(errorMutex_);
  s.lastError = lastError_;
  return s;
}

double Multiplexer::threadCpuSeconds() const {
  if (!thread_.joinable()) return 0;
  clockid_t cid{};
  if (pthread_getcpuclockid(const_cast<std::thread&>(thread_).native_handle(), &cid) != 0) return 0;
  timespec ts{};
  if (clock_gettime(cid, &ts) != 0) return 0;
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

void Multiplexer::write(LineLevels levels) {
  std::string error;
  if (lines_->set(levels, &error)) return;
  writeErrors_.fetch_add(1, std::memory_order_relaxed);
  std::lock_guard lock(errorMutex_);
  lastError_ = std::move(error);
}

void Multiplexer::run() {
  pthread_setname_np(pthread_self(), "swarmlab-mux");
  // The default 50 us timer slack would be most of our jitter budget.
  prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL);
  // A busy device (or CI machine) delays a normal thread by milliseconds; a real-time thread
  // that sleeps all but a few microseconds of each slot costs the others nothing.
  if (realtimePriority_ > 0) {
    sched_param param{};
    param.sched_priority = realtimePriority_;
    realtime_.store(pthread_setschedparam(pthread_self(), SCHED_FIFO, &param) == 0);
  }

  const int slotCount = layout_.slotsPerCycle();
  const long long cycleNs = slotNs_ * slotCount;
  const LineLevels blank = layout_.blankLevels();
  write(blank);
  bool lit = false;
  long long slotStart = nowNs() + slotNs_;
  int slot = 0;
  while (!stop_.load(std::memory_order_relaxed)) {
    sleepUntil(slotStart);
    // All digits off before any segment changes: the bulk write is not atomic on every chip.
    if (lit) write(blank);
    write(layout_.slotLevels(unpack(frame_.load(std::memory_order_acquire)), slot));
    lit = true;
    const long long onNs = slotNs_ * brightness_.load(std::memory_order_relaxed) / 100;
    if (onNs < slotNs_) {
      sleepUntil(slotStart + onNs);
      write(blank);
      lit = false;
    }
    slots_.fetch_add(1, std::memory_order_relaxed);
    slot = (slot + 1) % slotCount;
    slotStart += slotNs_;
    // Late by more than a cycle (suspended, starved): resync instead of bursting through slots.
    if (long long now = nowNs(); now > slotStart + cycleNs) {
      slotStart = now + slotNs_ - (now - slotStart) % slotNs_;
      overruns_.fetch_add(1, std::memory_order_relaxed);
    }
  }
  write(blank);
}

}  // namespace swarmlab::display
