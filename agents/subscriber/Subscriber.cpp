#include "Subscriber.hpp"

#include <hiredis/hiredis.h>

#include <sys/socket.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "GpioDisplay.hpp"
#include "SevenSegment.hpp"
#include "Signals.hpp"
#include "SocketDisplay.hpp"

namespace swarmlab::agents {

namespace {
constexpr std::int64_t kSecondNs = 1'000'000'000;
constexpr auto kReceiveTimeout = std::chrono::milliseconds(100);  // checks the run's end
constexpr auto kMaxIdleSleep = std::chrono::milliseconds(100);
constexpr std::int64_t kQuietPingNs = 500'000'000;
constexpr std::int64_t kPingTimeoutNs = 1'000'000'000;
constexpr int kRefreshSamples = 8;
constexpr std::size_t kShownPayload = 40;
constexpr std::uint64_t kBadNoticeEvery = 1000;

using redis::monotonicNanos;

bool onRaspberryPi() {
  std::ifstream model("/proc/device-tree/model");
  std::string text;
  std::getline(model, text, '\0');
  return text.rfind("Raspberry Pi", 0) == 0;
}

// The display backend: the daemon's socket (the only way under Swarm, which cannot give a
// container the GPIO device), else the GPIO lines, else none (the sim display). "auto" tries
// them in that order, GPIO only on a Raspberry Pi so that a lab PC's own GPIO chip is never
// driven. Says which in *detail; a backend asked for by name and unavailable is a warning.
std::unique_ptr<display::Display> openHardware(const SubscriberConfig& cfg, const char* prog,
                                               std::string* detail) {
  *detail = "display=sim";
  const bool automatic = cfg.display == "auto";
  std::string err;
  if (cfg.display == "socket" ||
      (automatic && display::socketDisplayAvailable(cfg.displaySocket))) {
    if (auto socket = display::openSocketDisplay(cfg.displaySocket, cfg.instance, &err)) {
      *detail = "display=socket " + cfg.displaySocket;
      return socket;
    }
    std::fprintf(stderr, "%s: warning: display socket unavailable (%s)\n", prog, err.c_str());
    *detail = "display=sim (socket unavailable: " + err + ")";
  }
  if (cfg.display == "gpio" || (automatic && onRaspberryPi())) {
    if (auto gpio = display::openGpioDisplay(cfg.pinmap, &err)) {
      *detail = "display=gpio";
      return gpio;
    }
    std::fprintf(stderr, "%s: warning: gpio display unavailable (%s)\n", prog, err.c_str());
    *detail = "display=sim (gpio unavailable: " + err + ")";
  }
  return nullptr;
}

}  // namespace

Subscriber::Subscriber(const SubscriberConfig& config, AgentRuntime& runtime)
    : cfg_(config),
      rt_(runtime),
      keys_{config.prefix},
      channel_(keys_.clockChannel()),
      display_(config.redis, keys_.display(config.instance),
               openHardware(config, runtime.prog(), &displayDetail_)),
      shared_(keys_, {wire::kKindSubscriber, config.instance, config.node}),
      link_(config.redis),
      writer_(config.redis, shared_, clock_) {}

int Subscriber::run() {
  if (auto exitCode = AgentRuntime::exitUnlessConnected(start())) return *exitCode;
  loop();
  return shutdown();
}

bool Subscriber::connectAndSubscribe() {
  if (!link_.connect() || !clock_.sync(link_)) return false;
  redis::Reply r = link_.command({"SUBSCRIBE", channel_});
  if (!r || r->type != REDIS_REPLY_ARRAY) return false;
  // from here on the socket is read directly: what hiredis already read goes with it
  push_.reset();
  if (!push_.prime(link_.takeBufferedInput())) {
    link_.lost(push_.error());
    return false;
  }
  // receive() wakes at least this often to check the run's end; signals interrupt it at once
  link_.setReceiveTimeout(kReceiveTimeout);
  lastFrameNs_ = monotonicNanos();
  pingSentNs_ = 0;
  return true;
}

AgentRuntime::Start Subscriber::start() {
  const auto started = rt_.waitForRedis([this] { return connectAndSubscribe(); },
                                        [this] { return link_.lastError(); });
  if (started != AgentRuntime::Start::Connected) return started;
  display_.open();
  shared_.post(wire::Event::Started, clock_.toLab(rt_.window().startLocalUs()),
               displayDetail_ + " offset_us=" + std::to_string(clock_.offsetUs()) +
                   " rtt_us=" + std::to_string(clock_.rttUs()));
  std::fprintf(stderr, "%s: subscribed to %s on %s, %s (instance %s, node %s)\n", rt_.prog(),
               channel_.c_str(), cfg_.redis.redacted().c_str(), displayDetail_.c_str(),
               cfg_.instance.c_str(), cfg_.node.c_str());
  writer_.start();
  return started;
}

void Subscriber::loop() {
  while (!stopRequested()) {
    const std::int64_t now = monotonicNanos();
    if (rt_.window().over(now)) break;
    if (now >= nextLogCheckNs_) {
      nextLogCheckNs_ = now + kSecondNs;
      rt_.checkLog();
    }
    if (!link_.connected()) {
      reconnect(now);
      continue;
    }
    while (const redis::PushReader::Frame* f = push_.next()) onFrame(*f);
    if (push_.failed()) {
      lostLink(push_.error());
    } else {
      receive();
    }
  }
}

void Subscriber::reconnect(std::int64_t nowNs) {
  Reconnector& rc = rt_.reconnector();
  if (!rc.due(nowNs) && !link_.newsSinceConnect()) {
    const auto wait = std::min<std::chrono::nanoseconds>(std::chrono::nanoseconds(rc.waitNs(nowNs)),
                                                         kMaxIdleSleep);
    // behind Sentinel the announcement of a new primary ends the wait
    if (link_.watching())
      link_.waitForNews(std::chrono::duration_cast<std::chrono::milliseconds>(wait));
    else
      sleepUnlessStopped(wait);
    return;
  }
  if (!connectAndSubscribe()) {
    rc.failed(nowNs, link_.lastError());
    return;
  }
  const std::string d = "after " + std::to_string(rc.succeeded(monotonicNanos())) + " ms";
  display_.open();
  shared_.post(wire::Event::RedisBack, clock_.labNow(), d);
  std::fprintf(stderr, "%s: Redis back at %s (%s), resubscribed\n", rt_.prog(),
               cfg_.redis.where().c_str(), d.c_str());
}

// Nothing buffered: one recv(). A throttled last display update is written when the channel
// goes quiet.
void Subscriber::receive() {
  switch (push_.receive(link_.fd())) {
    case redis::PushReader::Read::Data:
      lastFrameNs_ = monotonicNanos();
      pingSentNs_ = 0;
      return;
    case redis::PushReader::Read::Timeout:
      display_.poll();
      if (link_.primaryMoved()) {
        return lostLink("the sentinels moved the primary to " + link_.announcedPrimary());
      }
      checkQuiet(monotonicNanos());
      return;
    case redis::PushReader::Read::Closed:
    case redis::PushReader::Read::Failed:
      lostLink(push_.error());
      return;
  }
}

// RESP2 allows PING on a subscribed connection; its answer is a frame like any other.
void Subscriber::checkQuiet(std::int64_t nowNs) {
  if (pingSentNs_ != 0 && nowNs - pingSentNs_ > kPingTimeoutNs) {
    return lostLink("no answer from " + link_.server().where() + " within " +
                        std::to_string(kPingTimeoutNs / 1'000'000) + " ms of a PING",
                    true);
  }
  if (pingSentNs_ != 0 || nowNs - lastFrameNs_ < kQuietPingNs) return;
  static constexpr char kPing[] = "*1\r\n$4\r\nPING\r\n";
  if (::send(link_.fd(), kPing, sizeof kPing - 1, MSG_NOSIGNAL | MSG_DONTWAIT) !=
      ssize_t(sizeof kPing - 1)) {
    return lostLink("cannot send PING to " + link_.server().where());
  }
  pingSentNs_ = nowNs;
}

void Subscriber::lostLink(const std::string& why, bool silent) {
  if (!resuming_) {
    resuming_ = true;
    lostServer_ = link_.server().where();
    lastBeforeLoss_ = lastUpdateLab();
  }
  if (silent)
    link_.lostSilent(why);
  else
    link_.lost(why);
  rt_.reconnector().lost(monotonicNanos());
  shared_.post(wire::Event::RedisLost, clock_.labNow(), link_.lastError());
  std::fprintf(stderr, "%s: %s; reconnecting\n", rt_.prog(), link_.lastError().c_str());
}

// A clock message is used only if it parses and its values are in range (issue 11); anything
// else is counted as bad, in the metrics and the summary.
void Subscriber::onFrame(const redis::PushReader::Frame& f) {
  if (f.error || f.count != 3 || f.items[0] != "message") return;  // subscribe confirmations
  if (f.types[2] != '$') return refuse("(not a string)", "expected a string");
  const std::string_view text = f.items[2];
  const auto msg = wire::decodeClock(text);
  if (!msg) return refuse(text, "expected '<seq> <t_us>'");
  const std::int64_t lab = clock_.labNow();
  if (!wire::plausibleClockTime(msg->t_us, lab)) {
    return refuse(text, "t_us is more than a day from lab time");
  }
  const auto lost = gaps_.see(msg->seq, lab);
  if (!lost) return refuse(text, "seq jumps further ahead than the time since allows");
  onMessage(*msg, *lost);
}

void Subscriber::onMessage(const wire::ClockMessage& m, std::uint64_t lost) {
  display_.show(display::encodeTime(m.t_us, cfg_.timeFormat, cfg_.utcOffsetMin), m.t_us, m.seq);
  const std::int64_t lab = clock_.labNow();
  const std::int64_t lag = lab - m.t_us;
  ++updates_;
  {
    std::lock_guard lock(shared_.mu);
    shared_.metrics.updated(lab, lag);
    if (lost) shared_.metrics.lost(lab, lost);
    shared_.lastUpdateLab = lab;
    shared_.lastUpdateSeq = m.seq;
  }
  if (first_) {
    first_ = false;
    shared_.post(wire::Event::FirstMessage, lab, {}, std::nullopt, m.seq);
  }
  if (resuming_) {  // the failover gap and what it lost (docs/replication.md)
    resuming_ = false;
    shared_.post(
        wire::Event::Resumed, lab,
        "from " + lostServer_ + " to " + link_.server().where() + ", lost " + std::to_string(lost),
        lastBeforeLoss_);
  }
  rt_.log().row(m.seq, m.t_us, lag);
  display_.poll();  // the mirror write (<= 50/s) after the update's time was taken
}

void Subscriber::refuse(std::string_view payload, const char* why) {
  {
    std::lock_guard lock(shared_.mu);
    shared_.metrics.bad(clock_.labNow());
  }
  if (bad_++ % kBadNoticeEvery != 0) return;
  std::string shown(payload.substr(0, kShownPayload));
  for (char& c : shown) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';  // one line on stderr
  }
  std::fprintf(stderr, "%s: ignoring a bad clock message '%s' (%s; %llu so far)\n", rt_.prog(),
               shown.c_str(), why, static_cast<unsigned long long>(bad_));
}

std::int64_t Subscriber::lastUpdateLab() {
  std::lock_guard lock(shared_.mu);
  return shared_.lastUpdateLab;
}

int Subscriber::shutdown() {
  display_.flush();
  const std::string why = rt_.stopReason();
  std::optional<std::uint64_t> lastSeq;
  {
    std::lock_guard lock(shared_.mu);
    lastSeq = shared_.lastUpdateSeq;
  }
  shared_.post(wire::Event::Stopping, clock_.labNow(), why, lastUpdateLab(), lastSeq);
  char summary[160];
  std::snprintf(summary, sizeof summary, "updates %llu, lost %llu, bad %llu",
                static_cast<unsigned long long>(updates_),
                static_cast<unsigned long long>(gaps_.lostTotal()),
                static_cast<unsigned long long>(bad_));
  writer_.finish(summary);
  return rt_.finish(why, summary);
}

}  // namespace swarmlab::agents
