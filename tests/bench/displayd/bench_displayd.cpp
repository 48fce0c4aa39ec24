// swarmlab-displayd benchmark (run by hand): how late a frame sent by SocketDisplay reaches the
// fake lines, against the same frames applied in-process (GpioDisplay::show, no socket), both
// measured in this run; what the client's show() costs; and the CPU of a real daemon process,
// idle and with frames. Targets: send -> applied in the daemon p99 < 1 ms; send -> lines
// p99 < 1 ms where the slot allows it (a frame waits for the next slot: up to 2 ms at the default
// 125 Hz refresh, 0.25 ms at 1000 Hz, with or without the socket). Every figure printed is
// measured here.
#include <signal.h>
#include <spawn.h>
#include <sys/eventfd.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "DisplayServer.hpp"
#include "FakeLines.hpp"
#include "GpioDisplay.hpp"
#include "PinMap.hpp"
#include "SevenSegment.hpp"
#include "SocketDisplay.hpp"
#include "swarmlab_build_paths.h"

using namespace swarmlab::display;
using namespace swarmlab::displayd;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

extern char** environ;

namespace {

constexpr auto kMaxLatency = std::chrono::milliseconds(100);  // later: counted as never shown
constexpr unsigned kSeed = 20170612;
constexpr std::size_t kLookAhead = 10;  // benchFrame() patterns are unique within 20 frames

struct Options {
  double seconds = 10;
  int rate = 500;
  std::vector<int> refreshHz{125, 1000};
  std::string daemon = SWARMLAB_BUILD_BIN_DIR "/swarmlab-displayd";
};

/// Frame i: every digit shows i % 10, decimal points on every other ten, so that two frames
/// less than 20 apart never light the same slot pattern.
Frame benchFrame(std::size_t i) {
  Frame f;
  const auto d = static_cast<Segments>(*encodeDigit(static_cast<int>(i % 10)) |
                                       ((i / 10) % 2 ? kDecimalPoint : 0));
  f.digits.fill(d);
  return f;
}

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

struct Summary {
  std::size_t count = 0;
  double p50 = 0, p99 = 0, max = 0;
};

Summary summarize(std::vector<double> v) {
  Summary s;
  s.count = v.size();
  if (v.empty()) return s;
  std::sort(v.begin(), v.end());
  s.p50 = v[v.size() / 2];
  s.p99 = v[std::min(v.size() - 1, v.size() * 99 / 100)];
  s.max = v.back();
  return s;
}

/// Send times and, per frame, when it was applied (socket variant only; zero: never).
struct Run {
  std::vector<Clock::time_point> sent;
  std::vector<Clock::time_point> applied;
  std::vector<LineChange> records;
  std::vector<double> showUs;  // duration of each show() call
  double serverCpuMs = 0;
};

bool showsFrame(const MuxLayout& layout, LineLevels levels, const Frame& f) {
  for (int slot = 0; slot < layout.slotsPerCycle(); ++slot) {
    if (layout.slotLevels(f, slot) == levels) return true;
  }
  return false;
}

/// Which of frames first..first+kLookAhead-1 one line write shows; -1 if none.
long shownFrame(const MuxLayout& layout, LineLevels levels, std::size_t first) {
  for (std::size_t j = first; j < first + kLookAhead; ++j) {
    if (showsFrame(layout, levels, benchFrame(j))) return static_cast<long>(j);
  }
  return -1;
}

/// Per frame: send -> the first line write showing it or a newer frame (how stale the display
/// can be; a frame replaced before its slot came is not a late one). *unshown counts the frames
/// no write showed themselves.
std::vector<double> linesLatency(const MuxLayout& layout, const Run& run, std::size_t* unshown) {
  std::vector<double> out;
  std::vector<bool> shown(run.sent.size() + kLookAhead, false);
  std::size_t j = 0;
  for (std::size_t i = 0; i < run.sent.size(); ++i) {
    while (j < run.records.size() && run.records[j].t < run.sent[i]) ++j;
    for (std::size_t k = j; k < run.records.size(); ++k) {
      const auto& r = run.records[k];
      if (r.t - run.sent[i] > kMaxLatency) break;
      const long f = shownFrame(layout, r.levels, i);
      if (f < 0 || static_cast<std::size_t>(f) >= run.sent.size()) continue;
      shown[static_cast<std::size_t>(f)] = true;
      out.push_back(ms(r.t - run.sent[i]));
      break;
    }
  }
  *unshown = static_cast<std::size_t>(
      std::count(shown.begin(), shown.begin() + static_cast<long>(run.sent.size()), false));
  return out;
}

/// Paces `count` calls of send(i) at `rate` per second, timing each call. Each send is at a
/// random point of its period (the same seed for every run): a strict period equal to the slot
/// would lock the sends to one phase of the refresh and measure that phase, not the latency.
template <typename Send>
void pace(Run& run, std::size_t count, int rate, Send send) {
  const long long periodNs = 1'000'000'000LL / rate;
  std::mt19937 random(kSeed);
  std::uniform_int_distribution<long long> phase(0, periodNs - 1);
  const auto start = Clock::now();
  run.sent.reserve(count);
  run.showUs.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const auto at =
        start + std::chrono::nanoseconds(static_cast<long long>(i) * periodNs + phase(random));
    std::this_thread::sleep_until(at);
    const auto t0 = Clock::now();
    send(i);
    const auto t1 = Clock::now();
    run.sent.push_back(t0);
    run.showUs.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(50));  // the last frames reach the lines
}

std::unique_ptr<GpioDisplay> fakeDisplay(const PinMap& map, std::size_t records, FakeLines** fake) {
  const MuxLayout layout = MuxLayout::fromPinMap(map);
  auto lines = std::make_unique<FakeLines>(layout.lines.size(), records);
  *fake = lines.get();
  return std::make_unique<GpioDisplay>(map, std::move(lines));
}

/// The frames through a DisplayServer on a real socket (in this process: same code as the
/// daemon, but the fake lines' records are at hand).
Run socketRun(const PinMap& map, const Options& o, const fs::path& dir) {
  const auto count = static_cast<std::size_t>(o.seconds * o.rate);
  FakeLines* fake = nullptr;
  auto display = fakeDisplay(map, count * 20, &fake);
  Run run;
  run.applied.assign(count, Clock::time_point{});
  ServerOptions options{{(dir / "bench.sock").string(), 0600, {}}, 2000, 4};
  DisplayServer server(options, {&display->multiplexer(), "fake", {}, {}},
                       [](const std::string&) {});
  server.setAppliedHook([&run](const protocol::FrameRequest& f) {
    if (f.seq < run.applied.size()) run.applied[f.seq] = Clock::now();
  });
  std::string error;
  if (!server.listen(&error)) {
    std::fprintf(stderr, "bench_displayd: %s\n", error.c_str());
    std::exit(1);
  }
  const int stopFd = eventfd(0, EFD_CLOEXEC);
  std::thread serverThread([&] {
    server.run(stopFd);
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    run.serverCpuMs = static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
  });
  auto client = openSocketDisplay(options.listen.path, "bench", &error);
  if (!client) {
    std::fprintf(stderr, "bench_displayd: %s\n", error.c_str());
    std::exit(1);
  }
  fake->takeRecords();
  pace(run, count, o.rate, [&](std::size_t i) { client->show(benchFrame(i), 0, i); });
  run.records = fake->takeRecords();
  const std::uint64_t one = 1;
  if (write(stopFd, &one, sizeof one) != sizeof one) std::perror("eventfd");
  serverThread.join();
  close(stopFd);
  std::printf("  refresh thread: %s\n",
              display->multiplexer().stats().realtime ? "SCHED_FIFO" : "normal priority");
  if (client->stats().dropped) {
    std::printf("  (client dropped %llu frames)\n",
                static_cast<unsigned long long>(client->stats().dropped));
  }
  return run;
}

/// The baseline: the same frames applied in-process, straight into the multiplexer.
Run inProcessRun(const PinMap& map, const Options& o) {
  const auto count = static_cast<std::size_t>(o.seconds * o.rate);
  FakeLines* fake = nullptr;
  auto display = fakeDisplay(map, count * 20, &fake);
  Run run;
  fake->takeRecords();
  pace(run, count, o.rate, [&](std::size_t i) { display->show(benchFrame(i), 0, i); });
  run.records = fake->takeRecords();
  return run;
}

void printRow(const char* what, const Summary& s, std::size_t sent, const char* note) {
  std::printf("  %-28s %7zu/%-7zu %8.3f %8.3f %8.3f  %s\n", what, s.count, sent, s.p50, s.p99,
              s.max, note);
}

/// One refresh rate: both variants, their figures and ratios. Returns the targets met.
bool benchRefresh(PinMap map, int refreshHz, const Options& o, const fs::path& dir) {
  map.refreshHz = refreshHz;
  const MuxLayout layout = MuxLayout::fromPinMap(map);
  std::printf("\nrefresh %d Hz: %d slots of %.3f ms; %.0f s at %d frames/s per variant\n",
              refreshHz, layout.slotsPerCycle(), static_cast<double>(map.slotNs()) / 1e6, o.seconds,
              o.rate);
  std::printf("  %-28s %15s %8s %8s %8s\n", "", "measured/sent", "p50 ms", "p99 ms", "max ms");
  Run sock = socketRun(map, o, dir);
  Run base = inProcessRun(map, o);
  std::vector<double> handover;
  for (std::size_t i = 0; i < sock.sent.size(); ++i) {
    if (sock.applied[i] != Clock::time_point{})
      handover.push_back(ms(sock.applied[i] - sock.sent[i]));
  }
  std::size_t unshownSock = 0, unshownBase = 0;
  const Summary h = summarize(handover);
  const Summary ls = summarize(linesLatency(layout, sock, &unshownSock));
  const Summary lb = summarize(linesLatency(layout, base, &unshownBase));
  printRow("socket: send -> applied", h, sock.sent.size(), "(in the daemon's multiplexer)");
  printRow(
      "socket: send -> lines", ls, sock.sent.size(),
      ("(it or a newer frame lit; " + std::to_string(unshownSock) + " replaced before their slot)")
          .c_str());
  printRow("in-process: show -> lines", lb, base.sent.size(),
           ("(baseline; " + std::to_string(unshownBase) + " replaced)").c_str());
  std::printf("  socket / baseline, send -> lines: p50 x%.2f (+%.3f ms), p99 x%.2f (+%.3f ms)\n",
              ls.p50 / lb.p50, ls.p50 - lb.p50, ls.p99 / lb.p99, ls.p99 - lb.p99);
  std::printf("  line writes: socket run %zu, baseline run %zu (the refresh thread's slots)\n",
              sock.records.size(), base.records.size());
  const Summary cs = summarize(sock.showUs), cb = summarize(base.showUs);
  std::printf(
      "  show() in the subscriber's loop: SocketDisplay p50 %.2f us, p99 %.2f us, max %.1f us;"
      " GpioDisplay p50 %.2f us, p99 %.2f us\n",
      cs.p50, cs.p99, cs.max, cb.p50, cb.p99);
  std::printf("  server thread CPU: %.1f ms for %zu frames = %.2f us a frame\n", sock.serverCpuMs,
              h.count, h.count ? sock.serverCpuMs * 1e3 / static_cast<double>(h.count) : 0.0);
  const bool handoverOk = h.count > 0 && h.p99 < 1.0;
  const bool slotAllows = static_cast<double>(map.slotNs()) / 1e6 < 1.0;
  std::printf("  target send -> applied p99 < 1 ms: %s", handoverOk ? "met" : "MISSED");
  if (slotAllows) {
    std::printf("; send -> lines p99 < 1 ms: %s\n", ls.p99 < 1.0 ? "met" : "MISSED");
  } else {
    std::printf("; send -> lines is bound by the %.1f ms slot (baseline p99 %.3f ms)\n",
                static_cast<double>(map.slotNs()) / 1e6, lb.p99);
  }
  return handoverOk && (!slotAllows || ls.p99 < 1.0);
}

/// On-CPU time of every thread of `pid`, from /proc/<pid>/task/*/schedstat (ns).
double processCpuMs(pid_t pid) {
  double total = 0;
  std::error_code ec;
  for (const auto& task : fs::directory_iterator("/proc/" + std::to_string(pid) + "/task", ec)) {
    std::ifstream in(task.path() / "schedstat");
    double ns = 0;
    if (in >> ns) total += ns / 1e6;
  }
  return total;
}

/// The real daemon process: CPU idle and with frames at the rate, over the same time.
void benchDaemonCpu(const Options& o, const fs::path& dir) {
  const std::string sock = (dir / "daemon.sock").string();
  std::vector<std::string> args{o.daemon, "--fake", "--socket", sock};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawn(&pid, o.daemon.c_str(), nullptr, nullptr, argv.data(), environ) != 0) {
    std::fprintf(stderr, "bench_displayd: cannot start %s\n", o.daemon.c_str());
    return;
  }
  std::unique_ptr<SocketDisplay> client;
  std::string error;
  for (int i = 0; i < 500 && !client; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (socketDisplayAvailable(sock)) client = openSocketDisplay(sock, "bench", &error);
  }
  if (client) {
    const auto span = std::chrono::duration<double>(o.seconds);
    const double idle0 = processCpuMs(pid);
    std::this_thread::sleep_for(span);
    const double idle = processCpuMs(pid) - idle0;
    Run run;
    const double busy0 = processCpuMs(pid);
    pace(run, static_cast<std::size_t>(o.seconds * o.rate), o.rate,
         [&](std::size_t i) { client->show(benchFrame(i), 0, i); });
    const double busy = processCpuMs(pid) - busy0;
    const double secs = o.seconds * 1e3;
    std::printf(
        "\nswarmlab-displayd --fake process (all threads, %.0f s each): idle %.2f %% of a "
        "core, %d frames/s %.2f %% (x%.2f; +%.2f us a frame); client sent %llu, dropped "
        "%llu\n",
        o.seconds, 100 * idle / secs, o.rate, 100 * busy / secs, idle > 0 ? busy / idle : 0.0,
        (busy - idle) * 1e3 / (o.seconds * o.rate),
        static_cast<unsigned long long>(client->stats().sent),
        static_cast<unsigned long long>(client->stats().dropped));
  } else {
    std::fprintf(stderr, "bench_displayd: the daemon did not come up: %s\n", error.c_str());
  }
  client.reset();
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"swarmlab-displayd latency and CPU on the fake lines (docs/displayd.md)"};
  Options o;
  app.add_option("--seconds", o.seconds, "Length of each measured run")
      ->check(CLI::Range(1.0, 600.0))
      ->capture_default_str();
  app.add_option("--rate", o.rate, "Frames per second (the subscriber's update rate)")
      ->check(CLI::Range(10, 5000))
      ->capture_default_str();
  app.add_option("--refresh-hz", o.refreshHz, "Refresh rates to measure (pin map refresh_hz)")
      ->check(CLI::Range(kMinRefreshHz, kMaxRefreshHz));
  app.add_option("--daemon", o.daemon, "swarmlab-displayd binary")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  char tmpl[] = "/tmp/bench_displayd.XXXXXX";
  if (!mkdtemp(tmpl)) {
    std::perror("mkdtemp");
    return 1;
  }
  const fs::path dir(tmpl);
  // The sends' random phases must not be rounded onto the refresh thread's wake-ups.
  prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL);
  const PinMap map = defaultPinMap();
  std::printf(
      "bench_displayd: fake lines, pin map %s, SocketDisplay -> DisplayServer over a "
      "SOCK_SEQPACKET socket vs GpioDisplay::show in-process\n",
      map.source.c_str());
  bool ok = true;
  for (int hz : o.refreshHz) ok = benchRefresh(map, hz, o, dir) && ok;
  benchDaemonCpu(o, dir);
  fs::remove_all(dir);
  return ok ? 0 : 1;
}
