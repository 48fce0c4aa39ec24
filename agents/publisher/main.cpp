// swarmlab-publisher: publishes the lab time with a sequence number to the clock channel every
// period (absolute deadlines), SET last + PUBLISH pipelined in one round trip.
#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ClockSync.hpp"
#include "Config.hpp"
#include "CsvLog.hpp"
#include "Reconnector.hpp"
#include "RedisLink.hpp"
#include "Reporting.hpp"
#include "RestTransport.hpp"
#include "Signals.hpp"
#include "wire.hpp"

using namespace swarmlab;
using namespace swarmlab::agents;
using namespace swarmlab::redis;

namespace {

constexpr const char* kProg = "swarmlab-publisher";
constexpr std::int64_t kNoticeEveryNs = 3'000'000'000;  // "still waiting" lines on stderr
constexpr std::int64_t kSecondNs = 1'000'000'000;

/// Waits for Redis at start, retrying with backoff and saying so on stderr every few seconds.
/// False if stopped or the run's time is over first.
bool waitForRedis(RedisLink& link, std::int64_t endMono) {
  Backoff backoff(std::chrono::milliseconds(100), std::chrono::milliseconds(2000));
  std::int64_t lastNotice = monotonicNanos() - kNoticeEveryNs;
  while (!stopRequested()) {
    if (link.connect()) return true;
    const std::int64_t now = monotonicNanos();
    if (now - lastNotice >= kNoticeEveryNs) {
      std::fprintf(stderr, "%s: waiting for Redis: %s; retrying (backoff up to 2 s)\n", kProg,
                   link.lastError().c_str());
      lastNotice = now;
    }
    if (now >= endMono) return false;
    sleepUnlessStopped(backoff.next());
  }
  return false;
}

struct Line {
  char buf[48];
  std::size_t len = 0;
};

Line encode(std::uint64_t seq, std::int64_t t_us) {
  Line l;
  char* p = std::to_chars(l.buf, l.buf + 24, seq).ptr;
  *p++ = ' ';
  p = std::to_chars(p, l.buf + sizeof l.buf, t_us).ptr;
  l.len = static_cast<std::size_t>(p - l.buf);
  return l;
}

}  // namespace

int main(int argc, char** argv) {
  PublisherConfig cfg;
  ParseOutcome parsed = parsePublisherArgs(argc, argv, cfg);
  if (!parsed.run) {
    std::fprintf(parsed.exitCode == kExitDone ? stdout : stderr, "%s\n", parsed.message.c_str());
    return parsed.exitCode;
  }
  installStopSignals();

  std::FILE* log = nullptr;
  if (!cfg.logPath.empty() && !(log = openCsvLog(cfg.logPath, "seq,t_us\n", kProg)))
    return kExitRuntime;

  const wire::Keys keys{cfg.prefix};
  const std::string lastKey = keys.clockLast();
  const std::string channel = keys.clockChannel();
  AgentIdentity who{wire::kKindPublisher, cfg.instance, cfg.node};
  RedisLink link(cfg.redis);
  ClockSync clock;
  MetricsReporter metrics(keys, who, false);
  EventLog events(keys, who);
  const bool rest = cfg.transport == PublisherConfig::Transport::Rest;
  std::unique_ptr<RestTransport> restTx;
  if (rest) {
    restTx = std::make_unique<RestTransport>(cfg.restUrl, lastKey, channel);
    if (!restTx->ok()) {
      std::fprintf(stderr, "%s: --rest-url: %s\n", kProg, restTx->error().c_str());
      return kExitRuntime;
    }
  }

  const std::int64_t startLocal = localMicros();
  const std::int64_t startMono = monotonicNanos();
  const std::int64_t endMono = cfg.durationS > 0
                                   ? startMono + static_cast<std::int64_t>(cfg.durationS * 1e9)
                                   : std::numeric_limits<std::int64_t>::max();

  if (!waitForRedis(link, endMono)) {
    if (log) std::fclose(log);
    if (stopRequested()) return kExitDone;
    std::fprintf(stderr, "%s: no Redis within the run's %.3g s: %s\n", kProg, cfg.durationS,
                 link.lastError().c_str());
    return kExitRuntime;
  }
  clock.sync(link);
  char detail[160];
  std::snprintf(detail, sizeof detail, "period_ms=%g transport=%s offset_us=%lld rtt_us=%lld",
                cfg.periodMs, rest ? "rest" : "redis", static_cast<long long>(clock.offsetUs()),
                static_cast<long long>(clock.rttUs()));
  events.post(wire::Event::Started, clock.toLab(startLocal), detail);
  flushReports(link, nullptr, &events);
  std::fprintf(stderr, "%s: publishing to %s channel %s every %g ms%s (instance %s, node %s)\n",
               kProg, cfg.redis.redacted().c_str(), channel.c_str(), cfg.periodMs,
               rest ? (" through webdis " + cfg.restUrl).c_str() : "", cfg.instance.c_str(),
               cfg.node.c_str());

  const std::int64_t periodNs = static_cast<std::int64_t>(std::llround(cfg.periodMs * 1e6));
  // falling further behind than this (e.g. after an outage) skips periods instead of bursting
  const std::int64_t maxBehindNs = std::max<std::int64_t>(kSecondNs, 10 * periodNs);
  Backoff backoff(std::chrono::milliseconds(100), std::chrono::milliseconds(2000));
  std::int64_t nextAttempt = 0, lastNotice = 0, lostAtMono = 0;
  std::uint64_t seq = 0, published = 0, failed = 0, failedSinceLost = 0;
  bool up = true;  // transport state as last reported (redis_lost / redis_back)
  bool first = true;
  std::int64_t deadline = monotonicNanos();
  auto respHead = [](std::string_view cmd, const std::string& key) {
    return "*3\r\n$" + std::to_string(cmd.size()) + "\r\n" + std::string(cmd) + "\r\n$" +
           std::to_string(key.size()) + "\r\n" + key + "\r\n$";
  };
  const std::string setHead = respHead("SET", lastKey);
  const std::string publishHead = respHead("PUBLISH", channel);
  std::vector<char> resp(setHead.size() + publishHead.size() + 2 * (sizeof(Line::buf) + 32));

  auto transportLost = [&](std::int64_t lab, const std::string& why) {
    if (!up) return;
    up = false;
    lostAtMono = monotonicNanos();
    failedSinceLost = 0;
    events.post(wire::Event::RedisLost, lab, why);
    std::fprintf(stderr, "%s: %s; counting unpublished messages and reconnecting\n", kProg,
                 why.c_str());
  };
  auto transportBack = [&](std::int64_t lab) {
    if (up) return;
    up = true;
    char d[128];
    std::snprintf(d, sizeof d, "after %lld ms, %llu messages not published",
                  static_cast<long long>((monotonicNanos() - lostAtMono) / 1'000'000),
                  static_cast<unsigned long long>(failedSinceLost));
    events.post(wire::Event::RedisBack, lab, d);
    std::fprintf(stderr, "%s: Redis back at %s (%s)\n", kProg, cfg.redis.where().c_str(), d);
  };

  auto onPublished = [&](std::uint64_t n, std::int64_t lab) {
    ++published;
    metrics.published(lab);
    if (log)
      std::fprintf(log, "%llu,%lld\n", static_cast<unsigned long long>(n),
                   static_cast<long long>(lab));
    if (first) {
      first = false;
      events.post(wire::Event::FirstMessage, lab);
    }
  };
  auto onFailed = [&](std::int64_t lab, std::uint64_t n = 1) {
    failed += n;
    failedSinceLost += n;
    metrics.failed(lab, n);
  };

  // Redis transport, paced: replies are not waited for; they are read in batches (one read()
  // for all of them) about every 40 ms, so a period costs one wake-up and one write().
  struct InFlight {
    std::uint64_t seq = 0;
    std::int64_t lab = 0;
    std::size_t metrics = 0, events = 0;
  };
  constexpr std::size_t kMaxInFlight = 32;
  std::array<InFlight, kMaxInFlight> inflight{};
  std::size_t inflightCount = 0;
  const std::size_t batch =
      periodNs == 0 ? 1
                    : std::clamp<std::size_t>(static_cast<std::size_t>(40'000'000 / periodNs), 1,
                                              kMaxInFlight);
  auto collect = [&] {
    bool ok = link.connected();
    for (std::size_t k = 0; k < inflightCount; ++k) {
      const InFlight& f = inflight[k];
      for (std::size_t i = 0; ok && i < 2 + f.metrics + f.events; ++i)
        ok = link.getReply() != nullptr;
      if (ok) {
        metrics.confirm(f.metrics);
        events.confirm(f.events);
        onPublished(f.seq, f.lab);
      } else {
        onFailed(f.lab);
        if (up) {
          transportLost(f.lab, link.lastError());
          nextAttempt = monotonicNanos() + std::chrono::nanoseconds(backoff.next()).count();
        }
      }
    }
    inflightCount = 0;
  };

  while (!stopRequested()) {
    if (periodNs > 0) {
      timespec ts{static_cast<time_t>(deadline / kSecondNs),
                  static_cast<long>(deadline % kSecondNs)};
      if (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) continue;
    }
    if (inflightCount >= batch) collect();
    if (monotonicNanos() >= endMono) break;

    const std::int64_t lab = clock.labNow();
    ++seq;
    const Line msg = encode(seq, lab);
    if (!rest) {
      if (link.connected()) {
        // SET <last> <msg> + PUBLISH <channel> <msg>, RESP-encoded here (constant parts once)
        std::size_t n = 0;
        auto put = [&](const char* p, std::size_t len) {
          std::memcpy(resp.data() + n, p, len);
          n += len;
        };
        char lenBuf[24];
        const std::size_t lenLen = static_cast<std::size_t>(
            std::to_chars(lenBuf, lenBuf + sizeof lenBuf, msg.len).ptr - lenBuf);
        for (const std::string* head : {&setHead, &publishHead}) {
          put(head->data(), head->size());
          put(lenBuf, lenLen);
          put("\r\n", 2);
          put(msg.buf, msg.len);
          put("\r\n", 2);
        }
        link.appendFormatted(resp.data(), n);
        // metrics and events ride along with the message (at most once per in-flight batch, so
        // that an entry is never sent twice)
        InFlight& f = inflight[inflightCount++];
        const bool reports = inflightCount == 1;
        f.metrics = reports && metrics.hasPending() ? metrics.appendPending(link) : 0;
        f.events = reports && events.hasPending() ? events.appendPending(link) : 0;
        f.seq = seq;
        f.lab = lab;
        if (periodNs == 0 || !link.flushOutput())
          collect();  // max rate: one message per round trip
      } else {
        onFailed(lab);
      }
    } else {
      const bool ok = restTx->publish(std::string_view(msg.buf, msg.len));
      if (ok) {
        transportBack(lab);
        onPublished(seq, lab);
      } else {
        transportLost(lab, restTx->error());
        onFailed(lab);
      }
      if (link.connected() && (metrics.hasPending() || events.hasPending())) {
        flushReports(link, &metrics, &events);
      }
    }

    const std::int64_t now = monotonicNanos();
    if (!link.connected()) {
      if (now >= nextAttempt) {
        if (link.connect()) {
          backoff.reset();
          clock.sync(link, 8);
          if (!rest) transportBack(clock.labNow());
        } else {
          nextAttempt = monotonicNanos() + std::chrono::nanoseconds(backoff.next()).count();
          if (now - lastNotice >= kNoticeEveryNs) {
            lastNotice = now;
            std::fprintf(stderr, "%s: still no Redis: %s\n", kProg, link.lastError().c_str());
          }
        }
      }
    } else if (clock.due()) {
      collect();  // TIME must not read the replies of the message in flight
      clock.sync(link, 8);
    }

    if (periodNs > 0) {
      deadline += periodNs;
      const std::int64_t behind = monotonicNanos() - deadline;
      if (behind > maxBehindNs) {
        const std::int64_t skip = behind / periodNs;
        seq += static_cast<std::uint64_t>(skip);
        onFailed(clock.labNow(), static_cast<std::uint64_t>(skip));
        deadline += skip * periodNs;
      }
    }
  }

  collect();
  // Shutdown: stopping, final metrics, stopped; within a second even without Redis.
  const int sig = stopSignal();
  std::string why = sig ? "signal " + std::to_string(sig) : std::string("duration elapsed");
  events.post(wire::Event::Stopping, clock.labNow(), why);
  if (!link.connected()) link.connect();
  flushReports(link, nullptr, &events);
  metrics.tick(clock.labNow());
  metrics.closeOpen();
  flushReports(link, &metrics, nullptr);
  char summary[128];
  std::snprintf(summary, sizeof summary, "published %llu, failed %llu",
                static_cast<unsigned long long>(published),
                static_cast<unsigned long long>(failed));
  events.post(wire::Event::Stopped, clock.labNow(), summary);
  flushReports(link, nullptr, &events);
  if (log) std::fclose(log);
  const double secs = static_cast<double>(monotonicNanos() - startMono) / 1e9;
  std::fprintf(stderr, "%s: stopped (%s): %s in %.1f s\n", kProg, why.c_str(), summary, secs);
  return kExitDone;
}
