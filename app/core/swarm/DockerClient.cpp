#include "DockerClient.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QUrl>

#include <set>
#include <tuple>

Q_LOGGING_CATEGORY(DockerLog, "swarmlab.docker")

namespace swarmlab {
namespace {
void registerTypes() {
  static const bool done = [] {
    qRegisterMetaType<swarmlab::DockerResponse>("swarmlab::DockerResponse");
    qRegisterMetaType<swarmlab::docker::Event>("swarmlab::docker::Event");
    return true;
  }();
  (void)done;
}
}  // namespace

DockerWorker::~DockerWorker() = default;

DockerHttp& DockerWorker::http() {
  if (!http_) http_ = std::make_unique<DockerHttp>(ep_);  // created in the worker's thread
  return *http_;
}

void DockerWorker::negotiate(quint64 id, int timeoutMs) {
  const QString err = http().negotiate(timeoutMs);
  emit negotiated(id, http().apiVersion(), err);
}

void DockerWorker::execute(quint64 id, const QByteArray& method, const QString& path,
                           const QByteArray& body, int timeoutMs) {
  emit finished(id, http().request(method, path, body, timeoutMs));
}

DockerClient::DockerClient(DockerEndpoint ep, QObject* parent)
    : QObject(parent), ep_(std::move(ep)) {
  registerTypes();
  thread_.setObjectName(QStringLiteral("docker"));
  worker_ = new DockerWorker(ep_);
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(
      worker_, &DockerWorker::finished, this,
      [this](quint64 id, const DockerResponse& r) {
        auto cb = pending_.take(id);
        if (cb) cb(r);
      },
      Qt::QueuedConnection);
  connect(
      worker_, &DockerWorker::negotiated, this,
      [this](quint64 id, const QString& v, const QString& err) {
        if (err.isEmpty()) apiVersion_ = v;
        auto cb = pendingNegotiations_.take(id);
        if (cb) cb(err);
      },
      Qt::QueuedConnection);
  thread_.start();
}

DockerClient::~DockerClient() {
  pending_.clear();
  thread_.quit();
  thread_.wait();
}

void DockerClient::negotiate(std::function<void(const QString&)> done, int timeoutMs) {
  const quint64 id = nextId_++;
  pendingNegotiations_.insert(id, std::move(done));
  QMetaObject::invokeMethod(worker_, "negotiate", Qt::QueuedConnection, Q_ARG(quint64, id),
                            Q_ARG(int, timeoutMs));
}

quint64 DockerClient::request(const QByteArray& method, const QString& path, const QByteArray& body,
                              Callback cb, int timeoutMs) {
  const quint64 id = nextId_++;
  pending_.insert(id, std::move(cb));
  QString prefix = path.section(QLatin1Char('?'), 0, 0);
  counts_[QLatin1Char('/') + prefix.section(QLatin1Char('/'), 1, 1)]++;
  qCDebug(DockerLog) << method << path;
  QMetaObject::invokeMethod(worker_, "execute", Qt::QueuedConnection, Q_ARG(quint64, id),
                            Q_ARG(QByteArray, method), Q_ARG(QString, path),
                            Q_ARG(QByteArray, body), Q_ARG(int, timeoutMs));
  return id;
}

quint64 DockerClient::requestCount(const QString& pathPrefix) const {
  return counts_.value(pathPrefix, 0);
}

DockerEventStream::DockerEventStream(DockerEndpoint ep, QString apiVersion, QString filtersJson,
                                     QObject* parent)
    : QObject(parent),
      ep_(std::move(ep)),
      apiVersion_(std::move(apiVersion)),
      filters_(std::move(filtersJson)) {
  registerTypes();
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

void DockerEventStream::run(qint64 sinceNano) {
  DockerHttp http(ep_);  // this thread's own curl handle
  http.setApiVersion(apiVersion_);
  qint64 last = sinceNano;
  // Events at exactly `last` already delivered: reconnecting with since=last repeats them.
  std::set<std::tuple<std::string, std::string, std::string>> atLast;
  int backoffMs = 200;
  bool wasConnected = false;
  while (!stop_) {
    QStringList q;
    if (last > 0)
      q << QStringLiteral("since=%1.%2")
               .arg(last / 1000000000)
               .arg(last % 1000000000, 9, 10, QLatin1Char('0'));
    if (!filters_.isEmpty())
      q << QStringLiteral("filters=") + QString::fromLatin1(QUrl::toPercentEncoding(filters_));
    docker::LineSplitter lines;
    auto onData = [&](const char* p, size_t n) {
      lines.feed(std::string_view(p, n), [&](std::string_view line) {
        std::string err;
        auto e = docker::parseEventLine(line, &err);
        if (!e) {
          emit badLine(QString::fromStdString(err),
                       QByteArray(line.data(), static_cast<qsizetype>(line.size())));
          return;
        }
        auto key = std::make_tuple(e->type, e->action, e->actorId);
        if (e->timeNano < last) return;
        if (e->timeNano == last) {
          if (atLast.count(key)) return;
        } else {
          atLast.clear();
          last = e->timeNano;
        }
        atLast.insert(key);
        emit event(*e);
      });
    };
    // The engine sends headers only with the first event, so a ping tells "connected" now.
    DockerResponse p = http.request("GET", QStringLiteral("/_ping"), {}, 3000);
    if (!p.ok()) {
      if (wasConnected) emit disconnected(p.message());
      wasConnected = false;
      for (int waited = 0; waited < backoffMs && !stop_; waited += 50) QThread::msleep(50);
      backoffMs = std::min(backoffMs * 2, 5000);
      continue;
    }
    connects_++;
    if (!wasConnected) emit connected();
    wasConnected = true;
    backoffMs = 200;
    const QString path = QStringLiteral("/events?") + q.join(QLatin1Char('&'));
    DockerResponse r = http.stream(path, onData, &stop_);
    if (stop_) break;
    QString reason = r.status == 0 ? r.transportError
                                   : QStringLiteral("HTTP %1: %2").arg(r.status).arg(r.message());
    if (r.ok() && reason.isEmpty()) reason = tr("the engine closed the event stream");
    emit disconnected(reason);
    wasConnected = false;
    for (int waited = 0; waited < backoffMs && !stop_; waited += 50) QThread::msleep(50);
    backoffMs = std::min(backoffMs * 2, 5000);
  }
}

}  // namespace swarmlab
