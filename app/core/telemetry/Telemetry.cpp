#include "Telemetry.h"

#include <QLoggingCategory>
#include <QThread>
#include <QUrl>

#include <hiredis/hiredis.h>

#include <memory>
#include <string>
#include <vector>

#include "wire.hpp"

namespace swarmlab {

namespace {
Q_LOGGING_CATEGORY(TelemetryLog, "swarmlab.telemetry")

constexpr int kConnectTimeoutMs = 2000;
constexpr int kReconnectDelayMs = 300;
constexpr int kReadCount = 2000;
constexpr int kClockBurst = 8;

struct ReplyDeleter {
  void operator()(redisReply* r) const {
    if (r) freeReplyObject(r);
  }
};
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;
struct ContextDeleter {
  void operator()(redisContext* c) const {
    if (c) redisFree(c);
  }
};
using Context = std::unique_ptr<redisContext, ContextDeleter>;

Reply command(redisContext* c, const std::vector<std::string>& args) {
  std::vector<const char*> argv;
  std::vector<size_t> lens;
  for (const auto& a : args) {
    argv.push_back(a.data());
    lens.push_back(a.size());
  }
  return Reply(
      static_cast<redisReply*>(redisCommandArgv(c, int(argv.size()), argv.data(), lens.data())));
}

QString str(const redisReply* r) {
  return r && (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS ||
               r->type == REDIS_REPLY_ERROR)
             ? QString::fromUtf8(r->str, int(r->len))
             : QString();
}

qint64 toInt(const QString& s) { return s.toLongLong(); }

timeval tv(int ms) { return timeval{ms / 1000, (ms % 1000) * 1000}; }

/// Parsed --redis URL (password kept only for AUTH).
struct Target {
  bool unix = false;
  QString host = QStringLiteral("127.0.0.1");
  int port = 6379;
  QString path;
  QString user, password;
  int db = 0;
  QString redacted;
};

std::optional<Target> parseUrl(const QString& text, QString* error) {
  QUrl u(text, QUrl::StrictMode);
  Target t;
  if (!u.isValid() ||
      (u.scheme() != QLatin1String("redis") && u.scheme() != QLatin1String("unix"))) {
    *error = QObject::tr("bad Redis URL \"%1\": expected redis://host[:port][/db] or unix:///path")
                 .arg(text);
    return std::nullopt;
  }
  QUrl red = u;
  if (!u.password().isEmpty()) red.setPassword(QStringLiteral("***"));
  t.redacted = red.toString();
  t.user = u.userName();
  t.password = u.password();
  if (u.scheme() == QLatin1String("unix")) {
    t.unix = true;
    t.path = u.path();
    return t;
  }
  t.host = u.host().isEmpty() ? QStringLiteral("127.0.0.1") : u.host();
  t.port = u.port(6379);
  const QString p = u.path().mid(1);
  if (!p.isEmpty()) {
    bool ok = false;
    t.db = p.toInt(&ok);
    if (!ok) {
      *error =
          QObject::tr("bad Redis URL \"%1\": the path must be a database number").arg(t.redacted);
      return std::nullopt;
    }
  }
  return t;
}

MetricSample toMetric(const QMap<QString, QString>& f) {
  namespace fld = wire::field;
  auto g = [&](std::string_view k) {
    return f.value(QString::fromLatin1(k.data(), int(k.size())));
  };
  MetricSample m;
  m.second = toInt(g(fld::kT));
  m.kind = g(fld::kKind);
  m.instance = g(fld::kInstance);
  m.node = g(fld::kNode);
  m.count = toInt(g(fld::kCount));
  m.failed = toInt(g(fld::kFailed));
  m.lagP50Us = toInt(g(fld::kLagP50));
  m.lagP99Us = toInt(g(fld::kLagP99));
  m.lagMaxUs = toInt(g(fld::kLagMax));
  m.lost = toInt(g(fld::kLost));
  return m;
}

AgentEvent toEvent(const QMap<QString, QString>& f) {
  namespace fld = wire::field;
  auto g = [&](std::string_view k) {
    return f.value(QString::fromLatin1(k.data(), int(k.size())));
  };
  AgentEvent e;
  e.tUs = toInt(g(fld::kTUs));
  e.kind = g(fld::kKind);
  e.instance = g(fld::kInstance);
  e.node = g(fld::kNode);
  e.event = g(fld::kEvent);
  e.detail = g(fld::kDetail);
  e.lastUpdateUs = toInt(g(fld::kLastUpdateUs));
  return e;
}

}  // namespace

Telemetry::Telemetry(TelemetryOptions options, QObject* parent)
    : QObject(parent), opt_(std::move(options)) {
  qRegisterMetaType<MetricSample>();
  qRegisterMetaType<AgentEvent>();
  qRegisterMetaType<DisplaySnapshot>();
  qRegisterMetaType<QList<DisplaySnapshot>>();
}

Telemetry::~Telemetry() { stop(); }

void Telemetry::start() {
  if (thread_) return;
  stop_ = false;
  thread_ = QThread::create([this] { run(); });
  thread_->setObjectName(opt_.threadName);
  thread_->start();
}

void Telemetry::stop() {
  if (!thread_) return;
  stop_ = true;
  thread_->wait();
  delete thread_;
  thread_ = nullptr;
}

bool Telemetry::isRunning() const { return thread_ && thread_->isRunning(); }

void Telemetry::setDisplayInstances(const QStringList& instances) {
  QMutexLocker lock(&mutex_);
  displayInstances_ = instances;
}

void Telemetry::requestDrain() { drain_ = true; }

// Runs on the worker thread: every hiredis call happens here.
void Telemetry::run() {
  QString error;
  const auto target = parseUrl(opt_.redisUrl, &error);
  if (!target) {
    emit connectionChanged(false, error);
    return;
  }
  const wire::Keys keys{opt_.keyPrefix.toStdString()};
  std::vector<std::string> streams;
  if (opt_.readMetrics) streams.push_back(keys.metricsStream());
  if (opt_.readEvents) streams.push_back(keys.eventsStream());
  std::vector<std::string> lastIds;  // empty until the first connection resolves the start
  bool connected = false;
  QString lastError;

  auto sleepInterruptible = [this](int ms) {
    for (int waited = 0; waited < ms && !stop_; waited += 20) QThread::msleep(20);
  };

  while (!stop_) {
    // --- connect
    Context ctx(target->unix ? redisConnectUnixWithTimeout(target->path.toLocal8Bit().constData(),
                                                           tv(kConnectTimeoutMs))
                             : redisConnectWithTimeout(target->host.toLocal8Bit().constData(),
                                                       target->port, tv(kConnectTimeoutMs)));
    auto fail = [&](const QString& why) {
      if (connected || why != lastError) emit connectionChanged(false, why);
      connected = false;
      lastError = why;
    };
    if (!ctx || ctx->err) {
      fail(tr("cannot reach Redis at %1: %2")
               .arg(target->redacted,
                    ctx ? QString::fromLocal8Bit(ctx->errstr) : tr("out of memory")));
      sleepInterruptible(kReconnectDelayMs);
      continue;
    }
    redisSetTimeout(ctx.get(), tv(opt_.blockMs + 5000));
    if (!target->password.isEmpty()) {
      auto r = target->user.isEmpty() ? command(ctx.get(), {"AUTH", target->password.toStdString()})
                                      : command(ctx.get(), {"AUTH", target->user.toStdString(),
                                                            target->password.toStdString()});
      if (!r || r->type == REDIS_REPLY_ERROR) {
        fail(tr("Redis at %1 refused AUTH: %2")
                 .arg(target->redacted, r ? str(r.get()) : QString::fromLocal8Bit(ctx->errstr)));
        sleepInterruptible(kReconnectDelayMs * 3);
        continue;
      }
    }
    if (target->db) {
      auto r = command(ctx.get(), {"SELECT", std::to_string(target->db)});
      if (!r || r->type == REDIS_REPLY_ERROR) {
        fail(tr("Redis at %1: SELECT %2 failed: %3")
                 .arg(target->redacted)
                 .arg(target->db)
                 .arg(r ? str(r.get()) : QString::fromLocal8Bit(ctx->errstr)));
        sleepInterruptible(kReconnectDelayMs * 3);
        continue;
      }
    }

    // --- clock offset (lowest RTT of a burst)
    auto syncClock = [&]() -> bool {
      qint64 bestRtt = -1, bestOffset = 0;
      for (int i = 0; i < kClockBurst; ++i) {
        const qint64 t0 = LabClock::localNowUs();
        auto r = command(ctx.get(), {"TIME"});
        const qint64 t1 = LabClock::localNowUs();
        if (!r || r->type != REDIS_REPLY_ARRAY || r->elements != 2) return false;
        const qint64 server =
            str(r->element[0]).toLongLong() * 1000000 + str(r->element[1]).toLongLong();
        if (bestRtt < 0 || t1 - t0 < bestRtt) {
          bestRtt = t1 - t0;
          bestOffset = LabClock::offsetOf(t0, server, t1);
        }
      }
      clock_->set(bestOffset, bestRtt);
      emit clockOffsetChanged(bestOffset, bestRtt);
      return true;
    };
    if (!syncClock()) {
      fail(tr("Redis at %1: TIME failed: %2")
               .arg(target->redacted, QString::fromLocal8Bit(ctx->errstr)));
      sleepInterruptible(kReconnectDelayMs);
      continue;
    }
    if (lastIds.empty()) {
      const std::string start = opt_.fromBeginning
                                    ? std::string("0-0")
                                    : std::to_string(clock_->labNowUs() / 1000) + "-0";
      lastIds.assign(streams.size(), start);
    }
    connected = true;
    lastError.clear();
    emit connectionChanged(true, target->redacted);

    qint64 lastClockMs = LabClock::localNowUs() / 1000;
    qint64 lastDisplayMs = 0;
    bool broken = false;
    while (!stop_ && !broken) {
      const qint64 nowMs = LabClock::localNowUs() / 1000;
      if (nowMs - lastClockMs >= opt_.clockRefreshMs) {
        lastClockMs = nowMs;
        if (!syncClock()) break;
      }
      QStringList instances;
      {
        QMutexLocker lock(&mutex_);
        instances = displayInstances_;
      }
      if (!instances.isEmpty() && nowMs - lastDisplayMs >= opt_.displayPollMs) {
        lastDisplayMs = nowMs;
        std::vector<std::string> args{"MGET"};
        for (const auto& i : instances) args.push_back(keys.display(i.toStdString()));
        auto r = command(ctx.get(), args);
        if (!r || r->type != REDIS_REPLY_ARRAY) break;
        QList<DisplaySnapshot> states;
        for (size_t k = 0; k < r->elements && k < size_t(instances.size()); ++k) {
          DisplaySnapshot d;
          d.instance = instances[int(k)];
          const redisReply* e = r->element[k];
          if (e->type == REDIS_REPLY_STRING) {
            if (auto ds = wire::decodeDisplay(std::string_view(e->str, e->len))) {
              d.valid = true;
              d.seq = ds->seq;
              d.tUs = ds->t_us;
              d.segments = QByteArray(reinterpret_cast<const char*>(ds->segments.data()), 8);
            }
          }
          states.append(d);
        }
        emit displayStates(states);
      }
      if (streams.empty()) {
        QThread::msleep(std::max(1, opt_.blockMs));
        if (drain_.exchange(false)) emit drained();
        continue;
      }
      // A drain request reads without blocking until the streams are empty.
      const bool draining = drain_.load();
      std::vector<std::string> args{"XREAD", "COUNT", std::to_string(kReadCount)};
      if (!draining) {
        args.push_back("BLOCK");
        args.push_back(std::to_string(opt_.blockMs));
      }
      args.push_back("STREAMS");
      for (const auto& s : streams) args.push_back(s);
      for (const auto& id : lastIds) args.push_back(id);
      auto r = command(ctx.get(), args);
      if (!r) {
        fail(tr("lost Redis at %1: %2").arg(target->redacted, QString::fromLocal8Bit(ctx->errstr)));
        broken = true;
        break;
      }
      if (r->type == REDIS_REPLY_ERROR) {
        fail(tr("Redis at %1: XREAD: %2").arg(target->redacted, str(r.get())));
        broken = true;
        break;
      }
      size_t got = 0;
      if (r->type == REDIS_REPLY_ARRAY) {
        for (size_t si = 0; si < r->elements; ++si) {
          const redisReply* sr = r->element[si];
          if (sr->type != REDIS_REPLY_ARRAY || sr->elements != 2) continue;
          const std::string name(sr->element[0]->str, sr->element[0]->len);
          size_t idx = 0;
          while (idx < streams.size() && streams[idx] != name) ++idx;
          if (idx == streams.size()) continue;
          const redisReply* entries = sr->element[1];
          for (size_t ei = 0; ei < entries->elements; ++ei) {
            const redisReply* en = entries->element[ei];
            if (en->type != REDIS_REPLY_ARRAY || en->elements != 2) continue;
            lastIds[idx].assign(en->element[0]->str, en->element[0]->len);
            ++got;
            const redisReply* kv = en->element[1];
            QMap<QString, QString> fields;
            for (size_t k = 0; k + 1 < kv->elements; k += 2)
              fields.insert(str(kv->element[k]), str(kv->element[k + 1]));
            if (name == keys.metricsStream())
              emit metricSample(toMetric(fields));
            else
              emit agentEvent(toEvent(fields));
          }
        }
      }
      if (draining && got == 0 && drain_.exchange(false)) emit drained();
    }
    if (broken) sleepInterruptible(kReconnectDelayMs);
  }
  qCDebug(TelemetryLog) << "telemetry thread ends";
}

}  // namespace swarmlab
