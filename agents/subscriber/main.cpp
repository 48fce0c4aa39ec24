// swarmlab-subscriber: subscribes to the clock channel, measures the lag of every message in
// lab time, detects gaps, drives the display (MirrorDisplay: throttled non-blocking writes of the
// display key). A writer thread with its own connection writes metrics and events and refreshes
// the clock offset, never blocking this loop.
#include <hiredis/hiredis.h>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <deque>
#include <limits>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "ClockSync.hpp"
#include "Config.hpp"
#include "CsvLog.hpp"
#include "GpioDisplay.hpp"
#include "MirrorDisplay.hpp"
#include "Reconnector.hpp"
#include "RedisLink.hpp"
#include "Reporting.hpp"
#include "SevenSegment.hpp"
#include "Signals.hpp"
#include "Stats.hpp"
#include "wire.hpp"

using namespace swarmlab;
using namespace swarmlab::agents;
using namespace swarmlab::redis;

namespace {

constexpr const char* kProg = "swarmlab-subscriber";
constexpr std::int64_t kNoticeEveryNs = 3'000'000'000;
constexpr auto kTick = std::chrono::milliseconds(100);  // writer: metrics, events, clock
constexpr std::size_t kMaxOutbox = 2000;

/// State shared by the subscribe loop and the writer thread.
struct Shared {
  std::mutex mu;  // guards metrics, events, lastUpdateLab
  MetricsReporter metrics;
  EventLog events;
  std::int64_t lastUpdateLab = 0;
  std::condition_variable cv;
  bool finish = false;  // writer: final flush, then exit
};

/// Writer thread: the second connection.
class Writer {
 public:
  Writer(const RedisUrl& redis, Shared& shared, ClockSync& clock)
      : shared_(shared), clock_(clock), link_(redis) {}

  void start() {
    thread_ = std::thread([this] {
      blockStopSignalsInThisThread();
      run();
    });
  }
  /// Final flush in order: stopping event (already posted), metrics, stopped event; then join.
  void finish(const std::string& why) {
    {
      std::lock_guard lock(shared_.mu);
      shared_.finish = true;
      finalWhy_ = why;
    }
    shared_.cv.notify_all();
    if (thread_.joinable()) thread_.join();
  }

 private:
  void drain() {
    std::lock_guard lock(shared_.mu);
    for (const auto& e : shared_.metrics.pending()) outbox_.push_back(shared_.metrics.xaddArgs(e));
    shared_.metrics.confirm(shared_.metrics.pending().size());
    while (shared_.events.hasPending()) {
      outbox_.push_back(shared_.events.xaddArgs(0));
      shared_.events.confirm(1);
    }
    if (outbox_.size() > kMaxOutbox) {  // drop the oldest, in one go
      outbox_.erase(outbox_.begin(),
                    outbox_.begin() + static_cast<std::ptrdiff_t>(outbox_.size() - kMaxOutbox));
    }
  }

  /// Reads the replies of the previous send(); entries whose replies did not come back are
  /// queued again (front of the outbox).
  bool confirm() {
    bool ok = true;
    for (std::size_t i = 0; ok && i < awaiting_; ++i) ok = link_.getReply() != nullptr;
    awaiting_ = 0;
    if (!ok) outbox_.insert(outbox_.begin(), sent_.begin(), sent_.end());
    sent_.clear();
    return ok;
  }

  /// Writes the outbox without waiting for the replies (read by the next confirm(): one
  /// wake-up per tick instead of two). wait = read them now.
  bool send(bool wait) {
    if (!link_.connected() || !confirm()) return false;
    std::size_t n = 0;
    for (const auto& args : outbox_) {
      if (!link_.append(args)) return false;
      ++n;
    }
    sent_.swap(outbox_);
    outbox_.clear();
    awaiting_ = n;
    if (!link_.flushOutput()) {
      confirm();
      return false;
    }
    return wait ? confirm() : true;
  }

  void ensureConnected() {
    if (link_.connected()) return;
    const std::int64_t now = monotonicNanos();
    if (now < nextAttempt_) return;
    if (link_.connect()) {
      backoff_.reset();
    } else {
      nextAttempt_ = now + std::chrono::nanoseconds(backoff_.next()).count();
    }
  }

  void run() {
    std::unique_lock lock(shared_.mu);
    while (!shared_.finish) {
      shared_.cv.wait_for(lock, kTick);
      if (shared_.finish) break;
      shared_.metrics.tick(clock_.labNow());
      lock.unlock();
      drain();
      ensureConnected();
      send(false);
      if (link_.connected() && clock_.due() && confirm()) clock_.sync(link_, 8);
      lock.lock();
    }
    lock.unlock();
    // stopping (posted by the subscribe loop), final metrics, stopped
    if (!link_.connected()) link_.connect();
    drain();
    send(true);
    {
      std::lock_guard l(shared_.mu);
      shared_.metrics.tick(clock_.labNow());
      shared_.metrics.closeOpen();
    }
    drain();
    send(true);
    {
      std::lock_guard l(shared_.mu);
      shared_.events.post(wire::Event::Stopped, clock_.labNow(), finalWhy_, shared_.lastUpdateLab);
    }
    drain();
    send(true);
  }

  Shared& shared_;
  ClockSync& clock_;
  RedisLink link_;
  // deques: entries are re-queued at the front (confirm) and the oldest dropped (drain)
  std::deque<std::vector<std::string>> outbox_;
  std::deque<std::vector<std::string>> sent_;  // written, replies not read yet
  std::size_t awaiting_ = 0;                   // replies to read
  Backoff backoff_{std::chrono::milliseconds(100), std::chrono::milliseconds(2000)};
  std::int64_t nextAttempt_ = 0;
  std::string finalWhy_;
  std::thread thread_;
};

/// Connects and subscribes; false if the link failed.
bool subscribe(RedisLink& link, const std::string& channel) {
  Reply r = link.command({"SUBSCRIBE", channel});
  if (!r || r->type != REDIS_REPLY_ARRAY) return false;
  // receive() wakes at least this often to check the run's end; signals interrupt it at once
  link.setReceiveTimeout(std::chrono::milliseconds(100));
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  SubscriberConfig cfg;
  ParseOutcome parsed = parseSubscriberArgs(argc, argv, cfg);
  if (!parsed.run) {
    std::fprintf(parsed.exitCode == kExitDone ? stdout : stderr, "%s\n", parsed.message.c_str());
    return parsed.exitCode;
  }
  installStopSignals();

  std::FILE* log = nullptr;
  if (!cfg.logPath.empty() && !(log = openCsvLog(cfg.logPath, "seq,t_us,lag_us\n", kProg)))
    return kExitRuntime;

  // Display: gpio if asked and available, else sim; the Redis mirror is always kept.
  std::string displayDetail = "display=sim";
  std::unique_ptr<display::Display> hardware;
  if (cfg.display == "gpio") {
    std::string err;
    hardware = display::openGpioDisplay(cfg.pinmap, &err);
    if (!hardware) {
      std::fprintf(stderr, "%s: warning: --display gpio unavailable (%s); using the sim display\n",
                   kProg, err.c_str());
      displayDetail = "display=sim (gpio unavailable: " + err + ")";
    } else {
      displayDetail = "display=gpio";
    }
  }
  const wire::Keys keys{cfg.prefix};
  MirrorDisplay display(cfg.redis, keys.display(cfg.instance), std::move(hardware));
  const std::string channel = keys.clockChannel();
  AgentIdentity who{wire::kKindSubscriber, cfg.instance, cfg.node};
  Shared shared{{}, MetricsReporter(keys, who, true), EventLog(keys, who), 0, {}, false};
  ClockSync clock;
  RedisLink link(cfg.redis);

  const std::int64_t startLocal = localMicros();
  const std::int64_t startMono = monotonicNanos();
  const std::int64_t endMono = cfg.durationS > 0
                                   ? startMono + static_cast<std::int64_t>(cfg.durationS * 1e9)
                                   : std::numeric_limits<std::int64_t>::max();

  // Redis at start: retry with backoff, say so every few seconds.
  Backoff backoff(std::chrono::milliseconds(100), std::chrono::milliseconds(2000));
  std::int64_t lastNotice = monotonicNanos() - kNoticeEveryNs;
  while (!stopRequested()) {
    if (link.connect() && clock.sync(link) && subscribe(link, channel)) break;
    const std::int64_t now = monotonicNanos();
    if (now - lastNotice >= kNoticeEveryNs) {
      std::fprintf(stderr, "%s: waiting for Redis: %s; retrying (backoff up to 2 s)\n", kProg,
                   link.lastError().c_str());
      lastNotice = now;
    }
    if (now >= endMono) {
      std::fprintf(stderr, "%s: no Redis within the run's %.3g s: %s\n", kProg, cfg.durationS,
                   link.lastError().c_str());
      if (log) std::fclose(log);
      return kExitRuntime;
    }
    sleepUnlessStopped(backoff.next());
  }
  if (stopRequested()) {
    if (log) std::fclose(log);
    return kExitDone;
  }
  backoff.reset();
  display.open();
  {
    std::lock_guard lock(shared.mu);
    shared.events.post(wire::Event::Started, clock.toLab(startLocal),
                       displayDetail + " offset_us=" + std::to_string(clock.offsetUs()) +
                           " rtt_us=" + std::to_string(clock.rttUs()));
  }
  std::fprintf(stderr, "%s: subscribed to %s on %s, %s (instance %s, node %s)\n", kProg,
               channel.c_str(), cfg.redis.redacted().c_str(), displayDetail.c_str(),
               cfg.instance.c_str(), cfg.node.c_str());
  Writer writer(cfg.redis, shared, clock);
  writer.start();

  GapDetector gaps;
  std::uint64_t updates = 0, bad = 0;
  std::int64_t lostAtMono = 0, nextAttempt = 0;
  bool first = true;

  while (!stopRequested() && monotonicNanos() < endMono) {
    if (!link.connected()) {
      const std::int64_t now = monotonicNanos();
      if (now < nextAttempt) {
        sleepUnlessStopped(
            std::chrono::nanoseconds(std::min<std::int64_t>(nextAttempt - now, 100'000'000)));
        continue;
      }
      if (link.connect() && clock.sync(link, 8) && subscribe(link, channel)) {
        backoff.reset();
        display.open();
        std::string d =
            "after " + std::to_string((monotonicNanos() - lostAtMono) / 1'000'000) + " ms";
        {
          std::lock_guard lock(shared.mu);
          shared.events.post(wire::Event::RedisBack, clock.labNow(), d);
        }
        std::fprintf(stderr, "%s: Redis back at %s (%s), resubscribed\n", kProg,
                     cfg.redis.where().c_str(), d.c_str());
      } else {
        nextAttempt = monotonicNanos() + std::chrono::nanoseconds(backoff.next()).count();
        if (now - lastNotice >= kNoticeEveryNs) {
          lastNotice = now;
          std::fprintf(stderr, "%s: still no Redis: %s\n", kProg, link.lastError().c_str());
        }
      }
      continue;
    }

    Reply r = link.bufferedReply();
    if (!r) {
      if (link.connected()) link.receive();
      display.poll();  // a throttled last update is written when the channel goes quiet
      if (!link.connected()) {
        lostAtMono = monotonicNanos();
        lastNotice = lostAtMono;
        nextAttempt = lostAtMono + std::chrono::nanoseconds(backoff.next()).count();
        {
          std::lock_guard lock(shared.mu);
          shared.events.post(wire::Event::RedisLost, clock.labNow(), link.lastError());
        }
        std::fprintf(stderr, "%s: %s; reconnecting\n", kProg, link.lastError().c_str());
      }
      continue;
    }
    if (r->type != REDIS_REPLY_ARRAY || r->elements != 3 ||
        r->element[0]->type != REDIS_REPLY_STRING ||
        std::string_view(r->element[0]->str, r->element[0]->len) != "message") {
      continue;  // subscribe confirmations and the like
    }
    const redisReply* payload = r->element[2];
    auto msg = payload->type == REDIS_REPLY_STRING
                   ? wire::decodeClock(std::string_view(payload->str, payload->len))
                   : std::nullopt;
    if (!msg) {
      if (bad++ % 1000 == 0) {
        std::string shown = payload->type == REDIS_REPLY_STRING
                                ? std::string(payload->str, std::min<std::size_t>(payload->len, 40))
                                : std::string("(not a string)");
        std::fprintf(
            stderr,
            "%s: ignoring a bad clock message '%s' (expected '<seq> <t_us>'; %llu so far)\n", kProg,
            shown.c_str(), static_cast<unsigned long long>(bad));
      }
      continue;
    }

    const display::Frame frame = display::encodeTime(msg->t_us, cfg.timeFormat, cfg.utcOffsetMin);
    display.show(frame, msg->t_us, msg->seq);
    const std::int64_t lab = clock.labNow();
    const std::int64_t lag = lab - msg->t_us;
    const std::uint64_t lost = gaps.see(msg->seq);
    ++updates;
    {
      std::lock_guard lock(shared.mu);
      shared.metrics.updated(lab, lag);
      if (lost) shared.metrics.lost(lab, lost);
      shared.lastUpdateLab = lab;
      if (first) shared.events.post(wire::Event::FirstMessage, lab);
    }
    first = false;
    if (log) {
      std::fprintf(log, "%llu,%lld,%lld\n", static_cast<unsigned long long>(msg->seq),
                   static_cast<long long>(msg->t_us), static_cast<long long>(lag));
    }
    display.poll();  // the mirror write (<= 50/s) after the update's time was taken
  }

  display.flush();
  const int sig = stopSignal();
  std::string why = sig ? "signal " + std::to_string(sig) : std::string("duration elapsed");
  std::int64_t lastUpdate = 0;
  {
    std::lock_guard lock(shared.mu);
    lastUpdate = shared.lastUpdateLab;
    shared.events.post(wire::Event::Stopping, clock.labNow(), why, lastUpdate);
  }
  char summary[160];
  std::snprintf(summary, sizeof summary, "updates %llu, lost %llu, bad %llu",
                static_cast<unsigned long long>(updates),
                static_cast<unsigned long long>(gaps.lostTotal()),
                static_cast<unsigned long long>(bad));
  writer.finish(summary);
  if (log) std::fclose(log);
  const double secs = static_cast<double>(monotonicNanos() - startMono) / 1e9;
  std::fprintf(stderr, "%s: stopped (%s): %s in %.1f s\n", kProg, why.c_str(), summary, secs);
  return kExitDone;
}
