// swarmlab-displayd: runs on each Raspberry Pi's host (systemd), owns the GPIO lines of the two
// 7-segment displays and takes frames from subscribers over a unix socket, because Swarm
// services cannot be given devices (moby/swarmkit#1244). --fake drives FakeLines instead of
// GPIO (tests, machines without the displays); --status asks a running daemon what it shows.
// docs/displayd.md.
#include <signal.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>

#include "DisplayProtocol.hpp"
#include "DisplayServer.hpp"
#include "FakeLines.hpp"
#include "GpioDisplay.hpp"
#include "LineReadback.hpp"
#include "PinMap.hpp"

using namespace swarmlab;
using namespace swarmlab::display;

namespace {

constexpr const char* kProg = "swarmlab-displayd";
constexpr std::size_t kFakeRecordReserve = 4096;  // records between two read-back ticks
constexpr int kStatusTimeoutMs = 2000;
constexpr auto kMuxStartWait = std::chrono::milliseconds(200);

struct Options {
  std::string socketPath{protocol::kDefaultSocketPath};
  std::string socketMode = "0666";
  std::string socketGroup;
  std::string pinmapPath;
  std::string chip;
  bool fake = false;
  bool status = false;
  std::int64_t blankAfterMs = 2000;
  std::size_t maxClients = 32;
};

void logLine(const std::string& line) { std::fprintf(stderr, "%s: %s\n", kProg, line.c_str()); }

/// --status: one STATUS request to a running daemon, its reply printed as is.
int queryStatus(const std::string& path) {
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  if (path.empty() || path.size() >= sizeof addr.sun_path) {
    logLine("socket '" + path + "': path too long");
    return 1;
  }
  std::memcpy(addr.sun_path, path.data(), path.size());
  const int fd = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
  if (fd < 0) {
    logLine(std::string("socket(): ") + std::strerror(errno));
    return 1;
  }
  timeval tv{kStatusTimeoutMs / 1000, (kStatusTimeoutMs % 1000) * 1000};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
    logLine("no daemon at " + path + ": " + std::strerror(errno));
    ::close(fd);
    return 1;
  }
  char buf[protocol::kMaxReply];
  const std::string request = "STATUS";
  const ssize_t n = ::send(fd, request.data(), request.size(), MSG_NOSIGNAL) < 0
                        ? -1
                        : ::recv(fd, buf, sizeof buf, 0);
  const int err = errno;
  ::close(fd);
  if (n <= 0) {
    logLine("no STATUS reply from " + path + ": " +
            (n == 0 ? std::string("connection closed") : std::string(std::strerror(err))));
    return 1;
  }
  const std::string_view reply(buf, static_cast<std::size_t>(n));
  std::string error;
  auto parsed = protocol::parseReply(reply, &error);
  std::printf("%.*s\n", static_cast<int>(reply.size()), reply.data());
  if (!parsed || !std::holds_alternative<protocol::Status>(*parsed)) {
    logLine("the reply is no STATUS" + (error.empty() ? std::string() : ": " + error));
    return 1;
  }
  return 0;
}

/// The refresh thread sets its scheduling when it starts: wait for its first slot to say which.
void logRefreshThread(Multiplexer& mux, const PinMap& map) {
  const auto until = std::chrono::steady_clock::now() + kMuxStartWait;
  while (mux.stats().slotsDriven == 0 && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  const bool rt = mux.stats().realtime;
  logLine(
      "refresh thread: " + std::to_string(mux.layout().slotsPerCycle()) + " slots of " +
      std::to_string(map.slotNs() / 1000) + " us, " +
      (rt ? "SCHED_FIFO priority " + std::to_string(map.realtimePriority)
          : std::string(
                map.realtimePriority > 0
                    ? "normal priority (no permission for SCHED_FIFO; under systemd: LimitRTPRIO=)"
                    : "normal priority")));
}

/// Serves with the display open; returns the exit code.
int serve(const Options& o, unsigned mode, int stopFd) {
  std::string error;
  auto map = loadPinMap(o.pinmapPath, &error);
  if (!map) {
    logLine(error);
    return 1;
  }
  if (!o.chip.empty()) map->chip = o.chip;
  const MuxLayout layout = MuxLayout::fromPinMap(*map);
  std::unique_ptr<LineDriver> lines;
  FakeLines* fake = nullptr;
  if (o.fake) {
    auto f = std::make_unique<FakeLines>(layout.lines.size(), kFakeRecordReserve);
    fake = f.get();
    lines = std::move(f);
  } else if (!(lines = openPinMapLines(*map, &error))) {
    logLine(error);
    return 1;
  }
  GpioDisplay display(*map, std::move(lines));
  std::unique_ptr<displayd::LineReadback> readback;
  displayd::ServerBackend backend{&display.multiplexer(), o.fake ? "fake" : "gpio", {}, {}};
  if (fake) {
    readback = std::make_unique<displayd::LineReadback>(layout, *fake);
    backend.readLines = [&readback] {
      readback->update();
      return readback->frame();
    };
    backend.tick = [&readback] { readback->update(); };
  }
  displayd::ServerOptions options{
      {o.socketPath, mode, o.socketGroup}, o.blankAfterMs, o.maxClients};
  displayd::DisplayServer server(options, std::move(backend), logLine);
  if (!server.listen(&error)) {
    logLine(error);
    return 1;
  }
  char modeText[8];
  std::snprintf(modeText, sizeof modeText, "%04o", mode);
  logLine("listening on " + o.socketPath + " (mode " + modeText +
          (o.socketGroup.empty() ? std::string() : ", group " + o.socketGroup) + "), backend " +
          (o.fake ? std::string("fake") : "gpio on " + map->chip) + ", pin map " + map->source +
          ", blank after " + std::to_string(o.blankAfterMs) + " ms");
  logRefreshThread(display.multiplexer(), *map);
  server.run(stopFd);
  const auto stats = display.multiplexer().stats();
  if (stats.writeErrors) {
    logLine(std::to_string(stats.writeErrors) + " line writes failed, last: " + stats.lastError);
  }
  logLine("stopped");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Owns the GPIO lines of the two 7-segment displays and shows the frames that "
      "subscribers send over a unix socket (docs/displayd.md)."};
  Options o;
  app.add_option("--socket", o.socketPath, "Unix socket to listen on")->capture_default_str();
  app.add_option("--socket-mode", o.socketMode, "Permissions of the socket file (octal)")
      ->capture_default_str();
  app.add_option("--socket-group", o.socketGroup, "Group of the socket file (default: ours)");
  app.add_option("--pinmap", o.pinmapPath, "Pin map JSON file (default: the built-in Pi wiring)")
      ->check(CLI::ExistingFile);
  app.add_option("--chip", o.chip, "GPIO chip to use instead of the pin map's (e.g. gpiochip0)");
  app.add_flag("--fake", o.fake, "Drive fake lines instead of GPIO (tests, no hardware)");
  app.add_option("--blank-after-ms", o.blankAfterMs,
                 "Blank the display when no subscriber sent a frame for this long")
      ->check(CLI::Range(50, 3'600'000))
      ->capture_default_str();
  app.add_option("--max-clients", o.maxClients, "Connections served at once")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  app.add_flag("--status", o.status, "Print the STATUS of the daemon at --socket and exit");
  CLI11_PARSE(app, argc, argv);

  if (o.status) return queryStatus(o.socketPath);
  unsigned mode = 0;
  {
    char* end = nullptr;
    const unsigned long m = std::strtoul(o.socketMode.c_str(), &end, 8);
    if (o.socketMode.empty() || *end != '\0' || m > 0777) {
      logLine("--socket-mode '" + o.socketMode + "': expected an octal mode such as 0660");
      return 2;
    }
    mode = static_cast<unsigned>(m);
  }
  // Block the stop signals before any thread starts (the refresh thread inherits the mask);
  // the server's poll() sees them on a signalfd.
  sigset_t stopSignals;
  sigemptyset(&stopSignals);
  sigaddset(&stopSignals, SIGINT);
  sigaddset(&stopSignals, SIGTERM);
  sigaddset(&stopSignals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
  const int stopFd = signalfd(-1, &stopSignals, SFD_CLOEXEC | SFD_NONBLOCK);
  if (stopFd < 0) {
    logLine(std::string("signalfd: ") + std::strerror(errno));
    return 1;
  }
  const int code = serve(o, mode, stopFd);
  ::close(stopFd);
  return code;
}
