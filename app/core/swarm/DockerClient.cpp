#include "DockerClient.h"

#include <QLoggingCategory>
#include <QMetaObject>

Q_LOGGING_CATEGORY(DockerLog, "swarmlab.docker")

namespace swarmlab {

DockerWorker::~DockerWorker() = default;

DockerHttp& DockerWorker::http() {
  if (!http_) {
    http_ = std::make_unique<DockerHttp>(ep_);  // created in the worker's thread
    http_->setCancelFlag(cancel_);
  }
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
  qRegisterMetaType<swarmlab::DockerResponse>("swarmlab::DockerResponse");
  thread_.setObjectName(QStringLiteral("docker"));
  worker_ = new DockerWorker(ep_, &cancel_);
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
  pendingNegotiations_.clear();
  cancel_ = true;
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

}  // namespace swarmlab
