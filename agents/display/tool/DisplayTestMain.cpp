// swarmlab-display-test: lights each segment (on every digit) and then each digit (all of its
// segments) in turn, for checking the wiring of the two SH5461AS displays against the pin map.
// --fake runs on the FakeLines backend and prints what the lines would light, checking it.
#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "FakeLines.hpp"
#include "GpioDisplay.hpp"
#include "PinMap.hpp"

using namespace swarmlab::display;

namespace {

std::atomic<bool> interrupted{false};

struct Step {
  std::string what;
  Frame frame;
};

std::vector<Step> makeSteps() {
  std::vector<Step> steps;
  for (std::size_t s = 0; s < 8; ++s) {
    Step st{"segment " + std::string(kSegmentNames[s]) + " on every digit", {}};
    st.frame.digits.fill(static_cast<Segments>(1U << s));
    steps.push_back(st);
  }
  for (std::size_t d = 0; d < 8; ++d) {
    Step st{"display " + std::to_string(d / 4 + 1) + " digit " + std::to_string(d % 4 + 1) +
                " all segments (8.)",
            {}};
    st.frame.digits[d] = 0xff;
    steps.push_back(st);
  }
  Step all{"every segment of every digit", {}};
  all.frame.digits.fill(0xff);
  steps.push_back(all);
  return steps;
}

std::string cellName(std::size_t display, std::size_t digit, std::size_t seg) {
  return "D" + std::to_string(display + 1) + "." + std::to_string(digit + 1) +
         std::string(kSegmentNames[seg]);
}

/// The lines (offsets) that light something in a step, for the wiring checklist.
std::string activeLines(const MuxLayout& layout, const Frame& frame) {
  std::set<unsigned> offsets;
  for (std::size_t i = 0; i < 8; ++i) {
    if (frame.digits[i] == 0) continue;
    const std::size_t d = i / 4;
    offsets.insert(layout.lines[static_cast<std::size_t>(layout.digitBit[d][i % 4])].offset);
    for (std::size_t s = 0; s < 8; ++s) {
      if (frame.digits[i] >> s & 1U) {
        offsets.insert(layout.lines[static_cast<std::size_t>(layout.segmentBit[d][s])].offset);
      }
    }
  }
  std::string out;
  for (unsigned o : offsets) {
    if (!out.empty()) out += ',';
    out += std::to_string(o);
  }
  return out;
}

/// What the recorded writes lit: every (display, digit, segment) whose digit and segment lines
/// were both active in one write. Also counts writes where two digits of one segment bus were on.
std::set<std::string> litCells(const MuxLayout& layout, const std::vector<LineChange>& log,
                               int* ghosts) {
  std::set<std::string> lit;
  for (const auto& c : log) {
    LineLevels logical = c.levels ^ layout.activeLow;
    int onShared = 0;
    for (std::size_t d = 0; d < 2; ++d) {
      int onHere = 0;
      for (std::size_t k = 0; k < 4; ++k) {
        if (!(logical >> layout.digitBit[d][k] & 1U)) continue;
        ++onHere;
        for (std::size_t s = 0; s < 8; ++s) {
          if (logical >> layout.segmentBit[d][s] & 1U) lit.insert(cellName(d, k, s));
        }
      }
      onShared += onHere;
      if (layout.parallel && onHere > 1) ++*ghosts;
    }
    if (!layout.parallel && onShared > 1) ++*ghosts;
  }
  return lit;
}

std::set<std::string> expectedCells(const Frame& f) {
  std::set<std::string> cells;
  for (std::size_t i = 0; i < 8; ++i) {
    for (std::size_t s = 0; s < 8; ++s) {
      if (f.digits[i] >> s & 1U) cells.insert(cellName(i / 4, i % 4, s));
    }
  }
  return cells;
}

std::string join(const std::set<std::string>& cells) {
  std::string out;
  for (const auto& c : cells) {
    if (!out.empty()) out += ' ';
    out += c;
  }
  return out.empty() ? "(nothing)" : out;
}

/// What the flags asked for.
struct Options {
  std::string pinmapPath, chip;
  int stepMs = 500, repeat = 1, brightness = 0;
  bool fake = false;
};

void printSetup(const PinMap& map, const MuxLayout& layout, bool fake) {
  std::printf(
      "pin map %s: chip %s, %s segment lines (%d slots of %.3f ms, %d Hz per digit), "
      "brightness %d%%, backend %s\n",
      map.source.c_str(), map.chip.c_str(), layout.parallel ? "separate" : "shared",
      layout.slotsPerCycle(), static_cast<double>(map.slotNs()) / 1e6, map.refreshHz,
      map.brightness, fake ? "fake" : std::string(gpiodAdapterName()).c_str());
  for (std::size_t i = 0; i < layout.lines.size(); ++i) {
    std::printf("  line %u: %s (on when %s)\n", layout.lines[i].offset,
                layout.lines[i].role.c_str(), (layout.activeLow >> i & 1U) ? "low" : "high");
  }
  std::fflush(stdout);
}

/// Checks what the fake lines lit during one step against the step's frame; prints it.
bool checkFakeStep(const MuxLayout& layout, FakeLines& fakeLines, const Step& st) {
  // The first slot of the step may still show the previous frame: skip one cycle of writes.
  auto log = fakeLines.takeRecords();
  std::size_t skip =
      std::min<std::size_t>(log.size(), static_cast<std::size_t>(layout.slotsPerCycle()) * 3);
  log.erase(log.begin(), log.begin() + static_cast<long>(skip));
  int ghosts = 0;
  auto lit = litCells(layout, log, &ghosts);
  auto want = expectedCells(st.frame);
  bool ok = lit == want && ghosts == 0 && !log.empty();
  std::printf("  fake: %zu writes, lit %s%s%s\n", log.size(), join(lit).c_str(),
              ghosts ? ", two digits of one segment bus on at once!" : "",
              ok ? "" : ("  MISMATCH, expected " + join(want)).c_str());
  return ok;
}

/// Shows every step for stepMs, `repeat` times; returns how many steps lit something else
/// (fake backend only).
int runSteps(GpioDisplay& display, const MuxLayout& layout, FakeLines* fakeLines,
             const std::vector<Step>& steps, const Options& o) {
  int mismatches = 0;
  for (int r = 0; r < o.repeat && !interrupted; ++r) {
    for (std::size_t i = 0; i < steps.size() && !interrupted; ++i) {
      const auto& st = steps[i];
      if (fakeLines) fakeLines->takeRecords();
      display.show(st.frame, 0, i);
      std::printf("step %2zu/%zu: %s; lines %s\n", i + 1, steps.size(), st.what.c_str(),
                  activeLines(layout, st.frame).c_str());
      std::fflush(stdout);
      auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(o.stepMs);
      while (!interrupted && std::chrono::steady_clock::now() < until) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
      if (fakeLines && !checkFakeStep(layout, *fakeLines, st)) ++mismatches;
    }
  }
  return mismatches;
}

/// The refresh thread's figures; false if line writes failed.
bool printStats(GpioDisplay& display, const PinMap& map) {
  auto stats = display.multiplexer().stats();
  std::printf("refresh thread: %s, %llu slots, %llu overruns\n",
              stats.realtime
                  ? ("SCHED_FIFO priority " + std::to_string(map.realtimePriority)).c_str()
                  : (map.realtimePriority > 0 ? "normal priority (no permission for SCHED_FIFO)"
                                              : "normal priority"),
              static_cast<unsigned long long>(stats.slotsDriven),
              static_cast<unsigned long long>(stats.overruns));
  if (stats.writeErrors == 0) return true;
  std::fprintf(stderr, "swarmlab-display-test: %llu line writes failed, last: %s\n",
               static_cast<unsigned long long>(stats.writeErrors), stats.lastError.c_str());
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Lights each segment and each digit of the two SH5461AS displays in turn, for "
      "wiring checks (see docs/display.md)."};
  Options o;
  app.add_option("--pinmap", o.pinmapPath, "Pin map JSON file (default: the built-in Pi wiring)")
      ->check(CLI::ExistingFile);
  app.add_option("--chip", o.chip, "GPIO chip to use instead of the pin map's (e.g. gpiochip0)");
  app.add_option("--step-ms", o.stepMs, "How long each step stays lit, ms")
      ->check(CLI::Range(10, 60000));
  app.add_option("--repeat", o.repeat, "Run the sequence this many times")
      ->check(CLI::Range(1, 1000));
  app.add_option("--brightness", o.brightness, "Override the pin map's brightness, percent")
      ->check(CLI::Range(1, 100));
  app.add_flag("--fake", o.fake, "Run on the fake line backend and print what it would light");
  CLI11_PARSE(app, argc, argv);

  std::string error;
  auto map = loadPinMap(o.pinmapPath, &error);
  if (!map) {
    std::fprintf(stderr, "swarmlab-display-test: %s\n", error.c_str());
    return 1;
  }
  if (!o.chip.empty()) map->chip = o.chip;
  if (o.brightness > 0) map->brightness = o.brightness;
  const MuxLayout layout = MuxLayout::fromPinMap(*map);

  FakeLines* fakeLines = nullptr;
  std::unique_ptr<LineDriver> lines;
  if (o.fake) {
    auto f = std::make_unique<FakeLines>(layout.lines.size());
    fakeLines = f.get();
    lines = std::move(f);
  } else if (!(lines = openPinMapLines(*map, &error))) {
    std::fprintf(stderr, "swarmlab-display-test: %s\n", error.c_str());
    return 1;
  }
  std::signal(SIGINT, [](int) { interrupted = true; });
  std::signal(SIGTERM, [](int) { interrupted = true; });
  printSetup(*map, layout, o.fake);

  GpioDisplay display(*map, std::move(lines));
  const auto steps = makeSteps();
  const int mismatches = runSteps(display, layout, fakeLines, steps, o);
  if (!printStats(display, *map)) return 1;
  if (o.fake)
    std::printf("fake: %d of %zu steps lit something else than intended\n", mismatches,
                steps.size() * static_cast<std::size_t>(o.repeat));
  return mismatches == 0 ? 0 : 1;
}
