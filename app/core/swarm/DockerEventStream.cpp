#include "DockerEventStream.h"

#include <QMetaObject>
#include <QUrl>

#include <algorithm>

namespace swarmlab {
namespace {
constexpr int kFirstBackoffMs = 200;
constexpr int kMaxBackoffMs = 5000;
constexpr int kPingTimeoutMs = 3000;
constexpr int kPauseStepMs = 50;
}  // namespace

DockerEventStream::DockerEventStream(DockerEndpoint ep, QString apiVersion, QString filtersJson,
                                     QObject* parent)
    : QObject(parent),
      ep_(std::move(ep)),
      apiVersion_(std::move(apiVersion)),
      filters_(std::move(filtersJson)) {
  qRegisterMetaType<swarmlab::docker::Event>("swarmlab::docker::Event");
  thread_.setObjectName(QStringLiteral("docker-events"));
}

DockerEventStream::~DockerEventStream() { stop(); }

void DockerEventStream::start(qint64 sinceNano) {
  if (thread_.isRunning()) return;
  stop_ = false;
  runner_ = new QObject;
  runner_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, runner_, &QObject::deleteLater);
  thread_.start();
  QMetaObject::invokeMethod(
      runner_, [this, sinceNano] { run(sinceNano); }, Qt::QueuedConnection);
}

void DockerEventStream::stop() {
  stop_ = true;
  thread_.quit();
  thread_.wait();
}

void DockerEventStream::pause(int ms) {
  for (int waited = 0; waited < ms && !stop_; waited += kPauseStepMs) QThread::msleep(kPauseStepMs);
}

void DockerEventStream::run(qint64 sinceNano) {
  DockerHttp http(ep_);  // this thread's own curl handle
  http.setApiVersion(apiVersion_);
  http.setCancelFlag(&stop_);
  last_ = sinceNano;
  atLast_.clear();
  int backoffMs = kFirstBackoffMs;
  connected_ = false;
  while (!stop_) {
    bool reachable = false;
    const QString why = follow(http, &reachable);
    if (stop_) break;
    if (reachable && why.isEmpty()) {  // idle limit: reopen at once, nothing to report
      backoffMs = kFirstBackoffMs;
      continue;
    }
    if (connected_) emit disconnected(why);
    connected_ = false;
    pause(backoffMs);
    backoffMs = reachable ? kFirstBackoffMs : std::min(backoffMs * 2, kMaxBackoffMs);
  }
}

QString DockerEventStream::follow(DockerHttp& http, bool* reachable) {
  // The engine sends headers only with the first event, so a ping tells "connected" now.
  const DockerResponse p = http.request("GET", QStringLiteral("/_ping"), {}, kPingTimeoutMs);
  *reachable = p.ok();
  if (!p.ok()) return p.message();
  connects_++;
  if (!connected_) {
    connected_ = true;
    emit connected();
  }
  QStringList q;
  if (last_ > 0)
    q << QStringLiteral("since=%1.%2")
             .arg(last_ / 1000000000)
             .arg(last_ % 1000000000, 9, 10, QLatin1Char('0'));
  if (!filters_.isEmpty())
    q << QStringLiteral("filters=") + QString::fromLatin1(QUrl::toPercentEncoding(filters_));
  docker::LineSplitter lines;
  const std::function<void(const char*, size_t)> onData = [&](const char* d, size_t n) {
    lines.feed(std::string_view(d, n), [this](std::string_view line) { onLine(line); });
  };
  const DockerResponse r =
      http.stream(QStringLiteral("/events?") + q.join(QLatin1Char('&')), onData, idleLimitMs_);
  if (r.idle) {
    idleReconnects_++;
    return {};
  }
  if (r.status == 0) return r.transportError;
  if (!r.ok()) return QStringLiteral("HTTP %1: %2").arg(r.status).arg(r.message());
  return r.transportError.isEmpty() ? tr("the engine closed the event stream") : r.transportError;
}

void DockerEventStream::onLine(std::string_view line) {
  std::string err;
  auto e = docker::parseEventLine(line, &err);
  if (!e) {
    emit badLine(QString::fromStdString(err),
                 QByteArray(line.data(), static_cast<qsizetype>(line.size())));
    return;
  }
  auto key = std::make_tuple(e->type, e->action, e->actorId);
  if (e->timeNano < last_) return;
  if (e->timeNano == last_) {
    if (atLast_.count(key)) return;
  } else {
    atLast_.clear();
    last_ = e->timeNano;
  }
  atLast_.insert(key);
  emit event(*e);
}

}  // namespace swarmlab
