// Asynchronous access to the Docker Engine: a DockerWorker on its own named QThread does the
// blocking libcurl calls (its DockerHttp is created inside that thread); answers come back as
// DockerResponse values over queued signals and are handed to the caller's callback on the
// caller's thread. DockerEventStream follows /events on a second thread, line by line, and
// reconnects with since= so that no event is missed.
#pragma once

#include <QHash>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

#include "DockerHttp.h"
#include "DockerParse.h"

namespace swarmlab {

class DockerWorker : public QObject {
  Q_OBJECT
 public:
  explicit DockerWorker(DockerEndpoint ep) : ep_(std::move(ep)) {}
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
  std::unique_ptr<DockerHttp> http_;
  QString apiVersion_;
};

class DockerClient : public QObject {
  Q_OBJECT
 public:
  using Callback = std::function<void(const DockerResponse&)>;

  explicit DockerClient(DockerEndpoint ep, QObject* parent = nullptr);
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

 private:
  DockerEndpoint ep_;
  QThread thread_;
  DockerWorker* worker_ = nullptr;
  quint64 nextId_ = 1;
  QHash<quint64, Callback> pending_;
  QHash<quint64, std::function<void(const QString&)>> pendingNegotiations_;
  QHash<QString, quint64> counts_;
  QString apiVersion_;
};

/// Follows GET /events. Emits each parsed event (bad lines are reported and skipped), and
/// connected/disconnected as the stream comes and goes. Reconnects with since=<last event
/// time> and drops the duplicates at the boundary.
class DockerEventStream : public QObject {
  Q_OBJECT
 public:
  DockerEventStream(DockerEndpoint ep, QString apiVersion, QString filtersJson,
                    QObject* parent = nullptr);
  ~DockerEventStream() override;
  /// Starts following from sinceNano (engine clock, ns since the epoch; 0 = from now).
  void start(qint64 sinceNano);
  void stop();
  quint64 connects() const { return connects_.load(); }

 signals:
  void event(const swarmlab::docker::Event& e);
  void connected();
  void disconnected(const QString& reason);
  void badLine(const QString& reason, const QByteArray& line);

 private:
  void run(qint64 sinceNano);
  DockerEndpoint ep_;
  QString apiVersion_;
  QString filters_;
  QThread thread_;
  QObject* runner_ = nullptr;
  std::atomic<bool> stop_{false};
  std::atomic<quint64> connects_{0};
};

}  // namespace swarmlab

Q_DECLARE_METATYPE(swarmlab::docker::Event)
