// Reads what a Multiplexer wrote to FakeLines: which digit was lit with which segments and
// when. Shared by the display tests and the display benchmark (tests/bench/display).
#pragma once

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <vector>

#include "FakeLines.hpp"
#include "Multiplexer.hpp"

namespace swarmlab::display::trace {

/// A digit turned on: which (0..7), when (ns since the first record), showing which segments.
struct DigitOn {
  int digit = 0;
  long long tNs = 0;
  Segments segments = 0;
};

struct Analysis {
  double seconds = 0;                   ///< first to last record
  std::array<std::uint64_t, 8> ons{};   ///< times each digit was turned on
  std::vector<DigitOn> events;          ///< every digit turn-on, in order
  std::vector<long long> slotStartsNs;  ///< writes that turned some digit on (slot starts)
  int twoDigitsOnOneBus = 0;            ///< writes with two digits on one set of segment lines
  int unblankedSwitches = 0;            ///< a bus went from one lit digit to another (or changed
                                        ///< segments under a lit digit) without all-off between
  double litFraction = 0;               ///< share of the time display 1 had a digit on

  double rateHz(int digit) const {
    return seconds > 0 ? static_cast<double>(ons[static_cast<std::size_t>(digit)]) / seconds : 0;
  }
  double minRateHz() const {
    double m = rateHz(0);
    for (int d = 1; d < 8; ++d) m = std::min(m, rateHz(d));
    return m;
  }
};

/// The lit digits (0..7) and the segments they show in one write.
struct Lit {
  std::array<int, 2> digitOfBus{-1, -1};  ///< per segment bus: the lit digit, -1 none
  std::array<int, 2> countOfBus{};
  std::array<Segments, 2> segmentsOfBus{};
};

inline Lit decode(const MuxLayout& layout, LineLevels levels) {
  const LineLevels logical = levels ^ layout.activeLow;
  Lit lit;
  for (int d = 0; d < 2; ++d) {
    const int bus = layout.parallel ? d : 0;
    Segments segs = 0;
    for (std::size_t s = 0; s < 8; ++s) {
      if (logical >> layout.segmentBit[static_cast<std::size_t>(d)][s] & 1U) {
        segs = static_cast<Segments>(segs | 1U << s);
      }
    }
    lit.segmentsOfBus[static_cast<std::size_t>(bus)] = segs;
    for (int k = 0; k < 4; ++k) {
      if (logical >> layout.digitBit[static_cast<std::size_t>(d)][static_cast<std::size_t>(k)] &
          1U) {
        lit.digitOfBus[static_cast<std::size_t>(bus)] = d * 4 + k;
        ++lit.countOfBus[static_cast<std::size_t>(bus)];
      }
    }
  }
  return lit;
}

inline Analysis analyze(const MuxLayout& layout, const std::vector<LineChange>& log) {
  Analysis a;
  if (log.empty()) return a;
  const auto t0 = log.front().t;
  auto ns = [&](std::chrono::steady_clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(t - t0).count();
  };
  a.seconds = static_cast<double>(ns(log.back().t)) / 1e9;
  const int buses = layout.parallel ? 2 : 1;
  Lit prev = decode(layout, log.front().levels);
  long long litNs = 0;
  for (std::size_t i = 1; i < log.size(); ++i) {
    const Lit cur = decode(layout, log[i].levels);
    const long long t = ns(log[i].t);
    // Display 1 (digits 0-3) lit during [previous write, this write)?
    if (prev.digitOfBus[0] >= 0 && prev.digitOfBus[0] < 4) litNs += t - ns(log[i - 1].t);
    bool started = false;
    for (int b = 0; b < buses; ++b) {
      const auto bi = static_cast<std::size_t>(b);
      if (cur.countOfBus[bi] > 1) ++a.twoDigitsOnOneBus;
      const int was = prev.digitOfBus[bi], now = cur.digitOfBus[bi];
      if (was >= 0 && now >= 0 && (was != now || prev.segmentsOfBus[bi] != cur.segmentsOfBus[bi])) {
        ++a.unblankedSwitches;
      }
      if (now >= 0 && was != now) {
        ++a.ons[static_cast<std::size_t>(now)];
        a.events.push_back({now, t, cur.segmentsOfBus[bi]});
        started = true;
      }
    }
    if (started) a.slotStartsNs.push_back(t);
    prev = cur;
  }
  if (a.seconds > 0) a.litFraction = static_cast<double>(litNs) / (a.seconds * 1e9);
  return a;
}

/// |interval between consecutive slot starts - nominal slot|, in ns, sorted.
inline std::vector<long long> slotJitterNs(const Analysis& a, long long slotNs) {
  std::vector<long long> j;
  for (std::size_t i = 1; i < a.slotStartsNs.size(); ++i) {
    long long d = a.slotStartsNs[i] - a.slotStartsNs[i - 1] - slotNs;
    j.push_back(d < 0 ? -d : d);
  }
  std::sort(j.begin(), j.end());
  return j;
}

inline long long percentile(const std::vector<long long>& sorted, double p) {
  if (sorted.empty()) return 0;
  auto idx = static_cast<std::size_t>(p / 100.0 * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(idx, sorted.size() - 1)];
}

}  // namespace swarmlab::display::trace
