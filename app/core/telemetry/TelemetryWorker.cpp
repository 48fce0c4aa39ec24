#include "TelemetryWorker.h"

#include <QLoggingCategory>
#include <QThread>

#include <hiredis/hiredis.h>

#include <algorithm>
#include <chrono>

#include "ClockSync.hpp"
#include "RedisLink.hpp"
#include "StreamDecoder.h"
#include "Telemetry.h"

namespace swarmlab {

namespace {
Q_LOGGING_CATEGORY(TelemetryLog, "swarmlab.telemetry")

constexpr int kConnectTimeoutMs = 2000;
// A reply later than XREAD's BLOCK plus this counts the server lost. Behind Sentinel it is short:
// a primary whose machine lost power falls silent, and the replica is promoted after about 2 s.
constexpr int kReplyGraceMs = 5000;
constexpr int kSentinelReplyGraceMs = 1000;
constexpr int kReconnectDelayMs = 300;
constexpr int kReadCount = 2000;
constexpr int kClockBurst = 8;
constexpr int kSleepStepMs = 20;

QString fromStd(const std::string& s) { return QString::fromStdString(s); }

/// A command with its arguments in a vector (binary-safe), freed by the one Reply deleter.
redis::Reply commandArgv(redisContext* c, const std::vector<std::string>& args) {
  std::vector<const char*> argv;
  std::vector<size_t> lens;
  for (const auto& a : args) {
    argv.push_back(a.data());
    lens.push_back(a.size());
  }
  return redis::Reply(
      static_cast<redisReply*>(redisCommandArgv(c, int(argv.size()), argv.data(), lens.data())));
}
}  // namespace

TelemetryWorker::TelemetryWorker(Telemetry& owner) : owner_(owner) {}

void TelemetryWorker::fail(const QString& why) {
  if (connected_ || why != lastError_) emit owner_.connectionChanged(false, why);
  connected_ = false;
  lastError_ = why;
}

void TelemetryWorker::run() {
  const TelemetryOptions& o = owner_.options();
  std::string error;
  const auto url = redis::parseRedisUrl(o.redisUrl.toStdString(), &error);
  if (!url) {
    emit owner_.connectionChanged(false, Telemetry::tr("bad Redis URL: %1").arg(fromStd(error)));
    return;
  }
  url_ = *url;
  where_ = fromStd(url_.redacted());
  keys_ = wire::Keys{o.keyPrefix.toStdString()};
  if (o.readMetrics) streams_.push_back(keys_.metricsStream());
  if (o.readEvents) streams_.push_back(keys_.eventsStream());
  redis::ConnectOptions co;
  co.connectTimeout = std::chrono::milliseconds(kConnectTimeoutMs);
  co.commandTimeout = std::chrono::milliseconds(
      o.blockMs + (url_.isSentinel() ? kSentinelReplyGraceMs : kReplyGraceMs));
  link_ = std::make_unique<redis::RedisLink>(url_, co);
  while (!owner_.stop_) {
    if (!connect()) {
      waitBeforeReconnect();
      continue;
    }
    const bool lost = session(link_->context());
    if (link_->context() && link_->context()->err)
      link_->failed();  // a timeout marks the server silent for the next connect
    link_->disconnect();
    if (lost) waitBeforeReconnect();
  }
  qCDebug(TelemetryLog) << "telemetry thread ends";
}

void TelemetryWorker::waitBeforeReconnect() const {
  for (int waited = 0; waited < kReconnectDelayMs && !owner_.stop_ && !link_->newsSinceConnect();
       waited += kSleepStepMs)
    link_->waitForNews(std::chrono::milliseconds(kSleepStepMs));
}

bool TelemetryWorker::connect() {
  if (!link_->connect()) {
    fail(fromStd(link_->lastError()));  // names the server and its own message, never the password
    return false;
  }
  if (!syncClock(link_->context())) {
    link_->disconnect();
    return false;
  }
  if (lastIds_.empty()) {
    // From the first entry, or from the server's time at the first connection.
    const std::string start = owner_.options().fromBeginning
                                  ? std::string("0-0")
                                  : std::to_string(owner_.clock_->labNowUs() / 1000) + "-0";
    lastIds_.assign(streams_.size(), start);
  }
  connected_ = true;
  lastError_.clear();
  emit owner_.connectionChanged(true, where_);
  return true;
}

// The lowest-RTT sample of a burst of TIME round trips (swarmlab_redis's ClockSync burst).
bool TelemetryWorker::syncClock(redisContext* c) {
  const redis::TimeBurst burst = redis::timeBurst(c, kClockBurst);
  if (!burst.ioOk || !burst.best) {
    fail(Telemetry::tr("Redis at %1: TIME failed: %2").arg(where_, fromStd(burst.error)));
    return false;
  }
  owner_.clock_->set(burst.best->offsetUs, burst.best->rttUs);
  emit owner_.clockOffsetChanged(burst.best->offsetUs, burst.best->rttUs);
  return true;
}

bool TelemetryWorker::session(redisContext* ctx) {
  const TelemetryOptions& o = owner_.options();
  qint64 lastClockMs = LabClock::localNowUs() / 1000;
  qint64 lastDisplayMs = 0;
  while (!owner_.stop_) {
    if (link_->primaryMoved()) {
      fail(Telemetry::tr("lost Redis at %1: the sentinels moved the primary to %2")
               .arg(where_, fromStd(link_->announcedPrimary())));
      return true;
    }
    const qint64 nowMs = LabClock::localNowUs() / 1000;
    if (nowMs - lastClockMs >= o.clockRefreshMs) {
      lastClockMs = nowMs;
      if (!syncClock(ctx)) return true;
    }
    if (!pollDisplays(ctx, nowMs, &lastDisplayMs)) {
      fail(Telemetry::tr("lost Redis at %1: %2").arg(where_, fromStd(redis::ioErrorText(ctx))));
      return true;
    }
    if (streams_.empty()) {
      QThread::msleep(std::max(1, o.blockMs));
      if (owner_.drain_.exchange(false)) emit owner_.drained();
      continue;
    }
    if (!readStreams(ctx)) return true;
  }
  return false;
}

bool TelemetryWorker::pollDisplays(redisContext* c, qint64 nowMs, qint64* lastMs) {
  QStringList instances;
  {
    QMutexLocker lock(&owner_.mutex_);
    instances = owner_.displayInstances_;
  }
  if (instances.isEmpty() || nowMs - *lastMs < owner_.options().displayPollMs) return true;
  *lastMs = nowMs;
  std::vector<std::string> args{"MGET"};
  for (const auto& i : instances) args.push_back(keys_.display(i.toStdString()));
  const redis::Reply r = commandArgv(c, args);
  if (!r || r->type != REDIS_REPLY_ARRAY) return false;
  emit owner_.displayStates(streamdecoder::decodeDisplays(r.get(), instances));
  return true;
}

bool TelemetryWorker::readStreams(redisContext* c) {
  // A drain request reads without blocking until the streams are empty.
  const bool draining = owner_.drain_.load();
  std::vector<std::string> args{"XREAD", "COUNT", std::to_string(kReadCount)};
  if (!draining) {
    args.push_back("BLOCK");
    args.push_back(std::to_string(owner_.options().blockMs));
  }
  args.push_back("STREAMS");
  args.insert(args.end(), streams_.begin(), streams_.end());
  args.insert(args.end(), lastIds_.begin(), lastIds_.end());
  const redis::Reply r = commandArgv(c, args);
  if (!r) {
    fail(Telemetry::tr("lost Redis at %1: %2").arg(where_, fromStd(redis::ioErrorText(c))));
    return false;
  }
  if (r->type == REDIS_REPLY_ERROR) {
    fail(Telemetry::tr("Redis at %1: XREAD: %2").arg(where_, fromStd(redis::errorText(r.get()))));
    return false;
  }
  const QList<StreamEntry> entries = streamdecoder::decodeXRead(r.get(), streams_);
  const std::string metrics = keys_.metricsStream();
  for (const StreamEntry& e : entries) {
    lastIds_[size_t(e.stream)] = e.id;
    if (streams_[size_t(e.stream)] == metrics) {
      const MetricSample m = streamdecoder::toMetric(e.fields);
      if (repeats_.firstMetric(m)) emit owner_.metricSample(m);
    } else {
      const AgentEvent ev = streamdecoder::toEvent(e.fields);
      if (repeats_.firstEvent(ev)) emit owner_.agentEvent(ev);
    }
  }
  owner_.repeatsDropped_.store(repeats_.dropped());
  if (draining && entries.isEmpty() && owner_.drain_.exchange(false)) emit owner_.drained();
  return true;
}

}  // namespace swarmlab
