// Asynchronous access to the Docker Engine: a DockerWorker on its own named QThread does the
// blocking libcurl calls (its DockerHttp is created inside that thread); answers come back as
// DockerResponse values over queued signals and are handed to the caller's callback on the
// caller's thread.
#pragma once

#include <QHash>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

#include "DockerHttp.h"

namespace swarmlab {

/// Lives on DockerClient's thread; one request at a time, in the order they were queued.
class DockerWorker : public QObject {
  Q_OBJECT
 public:
  DockerWorker(DockerEndpoint ep, const std::atomic<bool>* cancel)
      : ep_(std::move(ep)), cancel_(cancel) {}
  ~DockerWorker() override;

 public slots:
  void negotiate(quint64 id, int timeoutMs);
  void execute(quint64 id, const QByteArray& method, const QString& path, const QByteArray& body,
               int timeoutMs);

 signals:
  void negotiated(quint64 id, const QString& apiVersion, const QString& error);
  void finished(quint64 id, const swarmlab::DockerResponse& response);

 private:
  DockerHttp& http();
  DockerEndpoint ep_;
  const std::atomic<bool>* cancel_;
  std::unique_ptr<DockerHttp> http_;
};

/// The caller's side: queue a request, get the answer in a callback on the caller's thread.
class DockerClient : public QObject {
  Q_OBJECT
 public:
  using Callback = std::function<void(const DockerResponse&)>;

  explicit DockerClient(DockerEndpoint ep, QObject* parent = nullptr);
  /// Cancels the request in progress (the engine may be hanging) and waits for the thread.
  ~DockerClient() override;

  const DockerEndpoint& endpoint() const { return ep_; }
  QString apiVersion() const { return apiVersion_; }

  /// /_ping + /version on the worker; done(error) with an empty error on success.
  void negotiate(std::function<void(const QString& error)> done, int timeoutMs = 5000);
  /// Queues a request; cb runs on this object's thread with the answer.
  quint64 request(const QByteArray& method, const QString& path, const QByteArray& body,
                  Callback cb, int timeoutMs = 10000);
  quint64 get(const QString& path, Callback cb, int timeoutMs = 10000) {
    return request("GET", path, {}, std::move(cb), timeoutMs);
  }
  /// Requests sent so far, per path prefix ("/tasks", "/services", ...), for tests and the bench.
  quint64 requestCount(const QString& pathPrefix) const;
  /// Requests queued or in progress whose answer has not come back yet.
  int pending() const { return static_cast<int>(pending_.size()); }

 private:
  DockerEndpoint ep_;
  std::atomic<bool> cancel_{false};
  QThread thread_;
  DockerWorker* worker_ = nullptr;
  quint64 nextId_ = 1;
  QHash<quint64, Callback> pending_;
  QHash<quint64, std::function<void(const QString&)>> pendingNegotiations_;
  QHash<QString, quint64> counts_;
  QString apiVersion_;
};

}  // namespace swarmlab
