#include "Publisher.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "Signals.hpp"

namespace swarmlab::agents {

namespace {
constexpr std::int64_t kSecondNs = 1'000'000'000;
constexpr std::int64_t kNsPerMs = 1'000'000;
constexpr std::int64_t kBatchNs = 40'000'000;  // replies are read about this often
constexpr int kRefreshSamples = 8;             // TIME round trips of a refresh burst

using redis::monotonicNanos;

std::int64_t periodNsOf(double periodMs) {
  return static_cast<std::int64_t>(std::llround(periodMs * static_cast<double>(kNsPerMs)));
}
}  // namespace

Publisher::Publisher(const PublisherConfig& config, AgentRuntime& runtime)
    : cfg_(config),
      rt_(runtime),
      keys_{config.prefix},
      link_(config.redis),
      metrics_(keys_, {wire::kKindPublisher, config.instance, config.node}, false),
      events_(keys_, {wire::kKindPublisher, config.instance, config.node}),
      command_(keys_.clockLast(), keys_.clockChannel()),
      periodNs_(periodNsOf(config.periodMs)),
      // falling further behind than this (e.g. after a stall) skips periods instead of bursting
      maxBehindNs_(std::max<std::int64_t>(kSecondNs, 10 * periodNs_)),
      batch_(periodNs_ == 0
                 ? 1
                 : std::clamp<std::size_t>(static_cast<std::size_t>(kBatchNs / periodNs_), 1,
                                           kMaxInFlight)) {
  if (cfg_.transport == PublisherConfig::Transport::Rest) {
    rest_ = std::make_unique<RestTransport>(cfg_.restUrl, keys_.clockLast(), keys_.clockChannel());
  }
}

int Publisher::run() {
  if (rest_ && !rest_->ok()) {
    std::fprintf(stderr, "%s: --rest-url: %s\n", rt_.prog(), rest_->error().c_str());
    return kExitRuntime;
  }
  if (auto exitCode = AgentRuntime::exitUnlessConnected(start())) return *exitCode;
  loop();
  return shutdown();
}

AgentRuntime::Start Publisher::start() {
  const auto started =
      rt_.waitForRedis([this] { return link_.connect(); }, [this] { return link_.lastError(); });
  if (started != AgentRuntime::Start::Connected) return started;
  clock_.sync(link_);
  char detail[160];
  std::snprintf(detail, sizeof detail, "period_ms=%g transport=%s offset_us=%lld rtt_us=%lld",
                cfg_.periodMs, rest_ ? "rest" : "redis", static_cast<long long>(clock_.offsetUs()),
                static_cast<long long>(clock_.rttUs()));
  events_.post(wire::Event::Started, clock_.toLab(rt_.window().startLocalUs()), detail);
  flushReports(link_, nullptr, &events_);
  std::fprintf(stderr, "%s: publishing to %s channel %s every %g ms%s (instance %s, node %s)\n",
               rt_.prog(), cfg_.redis.redacted().c_str(), keys_.clockChannel().c_str(),
               cfg_.periodMs, rest_ ? (" through webdis " + cfg_.restUrl).c_str() : "",
               cfg_.instance.c_str(), cfg_.node.c_str());
  return started;
}

void Publisher::loop() {
  deadline_ = monotonicNanos();
  while (!stopRequested()) {
    if (!sleepToDeadline()) continue;  // a signal: check the stop request
    if (inflightCount_ >= batch_) collect();
    if (rt_.window().over()) break;
    publish();
    maintain();
    if (periodNs_ > 0) keepSchedule();
  }
}

bool Publisher::sleepToDeadline() {
  if (periodNs_ == 0) return true;
  const timespec ts{static_cast<time_t>(deadline_ / kSecondNs),
                    static_cast<long>(deadline_ % kSecondNs)};
  return clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) != EINTR;
}

void Publisher::publish() {
  const std::int64_t lab = clock_.labNow();
  ++seq_;
  if (rest_) {
    sendRest(seq_, lab);
  } else if (link_.connected()) {
    sendRedis(seq_, lab);
  } else {
    onFailed(lab);
  }
}

void Publisher::sendRedis(std::uint64_t seq, std::int64_t lab) {
  const std::string_view cmd = command_.encode(seq, lab);
  InFlight& f = inflight_[inflightCount_++];
  f = InFlight{seq, lab, 0};
  const bool sent = link_.sendFormatted(cmd.data(), cmd.size());
  // metrics and events ride along with the first message of a batch (once per batch, so that
  // an entry is never sent twice)
  if (sent && inflightCount_ == 1 && (metrics_.hasPending() || events_.hasPending())) {
    metricsInFlight_ = metrics_.appendPending(link_);
    eventsInFlight_ = events_.appendPending(link_);
    f.reports = metricsInFlight_.count + eventsInFlight_.count;
    link_.flushOutput();
  }
  // max rate: one round trip each. The first message's replies are read at once, so that its
  // first_message event leaves with the next message, not a batch (~40 ms) later: an agent
  // killed in its first batch would otherwise never report its start.
  if (periodNs_ == 0 || !link_.connected() || first_) collect();
}

void Publisher::sendRest(std::uint64_t seq, std::int64_t lab) {
  command_.encode(seq, lab);
  if (rest_->publish(command_.message())) {
    transportBack(lab);
    onPublished(seq, lab);
  } else {
    transportLost(lab, rest_->error());
    onFailed(lab);
  }
  if (link_.connected() && (metrics_.hasPending() || events_.hasPending())) {
    flushReports(link_, &metrics_, &events_);
  }
}

void Publisher::collect() {
  for (std::size_t k = 0; k < inflightCount_; ++k) {
    const InFlight& f = inflight_[k];
    std::size_t refused = 0;
    const bool ok = link_.connected() && link_.skipReplies(2, &refused) &&
                    link_.skipReplies(f.reports, nullptr);
    if (ok && f.reports > 0) {
      metrics_.confirm(metricsInFlight_);
      events_.confirm(eventsInFlight_);
    }
    if (ok && refused == 0) {
      onPublished(f.seq, f.lab);
      continue;
    }
    onFailed(f.lab);
    if (!ok) {
      transportLost(f.lab, link_.lastError());
    } else if (refused_++ == 0) {
      std::fprintf(stderr, "%s: Redis refused SET or PUBLISH (an error reply); counted as failed\n",
                   rt_.prog());
    }
  }
  inflightCount_ = 0;
}

void Publisher::maintain() {
  const std::int64_t now = monotonicNanos();
  if (!link_.connected()) {
    reconnect(now);
  } else if (link_.primaryMoved()) {
    // a power loss ends no connection: the replies of the messages in flight never come
    link_.lost("the sentinels moved the primary to " + link_.announcedPrimary());
    collect();
  } else if (clock_.due()) {
    collect();  // TIME must not read the replies of the messages in flight
    if (!clock_.sync(link_, kRefreshSamples) && !rest_) {
      transportLost(clock_.labNow(), link_.lastError());
    }
  }
  if (now >= nextLogCheckNs_) {
    nextLogCheckNs_ = now + kSecondNs;
    rt_.checkLog();
  }
}

void Publisher::reconnect(std::int64_t nowNs) {
  Reconnector& r = rt_.reconnector();
  if (!r.due(nowNs) && !link_.newsSinceConnect()) return;  // an announced primary: try it now
  if (link_.connect() && clock_.sync(link_, kRefreshSamples)) {
    r.succeeded(nowNs);
    if (!rest_) transportBack(clock_.labNow());
  } else {
    r.failed(nowNs, link_.lastError());
  }
}

void Publisher::keepSchedule() {
  deadline_ += periodNs_;
  const std::int64_t behind = monotonicNanos() - deadline_;
  if (behind > maxBehindNs_) {
    const std::int64_t skip = behind / periodNs_;
    seq_ += static_cast<std::uint64_t>(skip);
    onFailed(clock_.labNow(), static_cast<std::uint64_t>(skip));
    deadline_ += skip * periodNs_;
  }
}

void Publisher::transportLost(std::int64_t lab, const std::string& why) {
  if (!up_) return;
  up_ = false;
  lostAtNs_ = monotonicNanos();
  failedSinceLost_ = 0;
  if (!rest_) rt_.reconnector().lost(lostAtNs_);
  events_.post(wire::Event::RedisLost, lab, why);
  std::fprintf(stderr, "%s: %s; counting unpublished messages and reconnecting\n", rt_.prog(),
               why.c_str());
}

void Publisher::transportBack(std::int64_t lab) {
  if (up_) return;
  up_ = true;
  char d[128];
  std::snprintf(d, sizeof d, "after %lld ms, %llu messages not published",
                static_cast<long long>((monotonicNanos() - lostAtNs_) / kNsPerMs),
                static_cast<unsigned long long>(failedSinceLost_));
  events_.post(wire::Event::RedisBack, lab, d);
  std::fprintf(stderr, "%s: Redis back at %s (%s)\n", rt_.prog(), cfg_.redis.where().c_str(), d);
}

void Publisher::onPublished(std::uint64_t seq, std::int64_t lab) {
  ++published_;
  metrics_.published(lab);
  rt_.log().row(seq, lab);
  if (first_) {
    first_ = false;
    events_.post(wire::Event::FirstMessage, lab);
  }
}

void Publisher::onFailed(std::int64_t lab, std::uint64_t n) {
  failed_ += n;
  failedSinceLost_ += n;
  metrics_.failed(lab, n);
}

int Publisher::shutdown() {
  collect();
  // stopping, final metrics, stopped; within a second even without Redis
  const std::string why = rt_.stopReason();
  events_.post(wire::Event::Stopping, clock_.labNow(), why);
  if (!link_.connected()) link_.connect();
  flushReports(link_, nullptr, &events_);
  metrics_.tick(clock_.labNow());
  metrics_.closeOpen();
  flushReports(link_, &metrics_, nullptr);
  char summary[128];
  std::snprintf(summary, sizeof summary, "published %llu, failed %llu",
                static_cast<unsigned long long>(published_),
                static_cast<unsigned long long>(failed_));
  events_.post(wire::Event::Stopped, clock_.labNow(), summary);
  flushReports(link_, nullptr, &events_);
  return rt_.finish(why, summary);
}

}  // namespace swarmlab::agents
