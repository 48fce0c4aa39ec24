// The Swarm backend's line to the Docker Engine: the endpoint (TLS as the docker CLI), API
// version negotiation, a swarm manager check, the /events stream, and whether the engine is
// answering. Reconnects by itself; an outage, however long, is reported once.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

#include "DockerClient.h"
#include "DockerEventStream.h"
#include "Orchestrator.h"

namespace swarmlab {

/// Where the engine is and how long to wait for it.
struct EngineOptions {
  QString dockerHost;
  DockerTlsChoice tls;
  int requestTimeoutMs = 15000;
  int eventIdleMs = 60000;
};

/// Requests to one Docker Engine that is a swarm manager, and its events.
class SwarmEngine : public QObject {
  Q_OBJECT
 public:
  using Callback = std::function<void(const DockerResponse&)>;

  explicit SwarmEngine(EngineOptions options, QObject* parent = nullptr);
  ~SwarmEngine() override;

  /// Connects (again every 2 s until the engine is a reachable swarm manager): up() follows.
  void start();
  /// Stops the events and the reconnection; requests still work (for the shutdown).
  void stop();
  bool started() const { return client_ != nullptr; }

  /// Queues a request (timeoutMs 0: the default); cb runs on this object's thread.
  void call(const QByteArray& method, const QString& path, const QByteArray& body, Callback cb,
            int timeoutMs = 0);
  /// False while the engine is known to be away, or while requests wait and nothing has come
  /// back for silentMs.
  bool answering(int silentMs) const;
  quint64 requestCount(const QString& prefix) const;
  QString describe() const;
  /// The negotiated Engine API version ("1.41"); empty before the first connection.
  QString apiVersion() const;

 signals:
  /// Connected to a swarm manager; engineNowNano: its clock (events are followed from then).
  void up(qint64 engineNowNano);
  /// Back after an outage: what changed meanwhile must be read again.
  void back();
  void event(const swarmlab::docker::Event& e);
  /// Once per outage or per distinct problem (not a swarm, not a manager, ...).
  void problem(const swarmlab::OrchestratorError& error);
  /// The engine became unusable (false: an outage, or a problem that keeps it from serving the
  /// lab) or usable again (true); detail: why, or the engine's address.
  void reachabilityChanged(bool reachable, const QString& detail);

 private:
  void connectEngine();
  void onInfo(const DockerResponse& r);
  void startEvents(qint64 sinceNano);
  void lost(const QString& why);
  void recovered();
  void report(const OrchestratorError& e);

  EngineOptions opt_;
  DockerClient* client_ = nullptr;
  DockerEventStream* events_ = nullptr;
  QTimer reconnect_;
  QElapsedTimer clock_;
  qint64 lastAnswerMs_ = 0;
  bool isUp_ = false;
  bool down_ = false;
  /// Outages so far: an answer to a request sent before the current outage began (delivered
  /// late) does not end it.
  quint64 outages_ = 0;
  bool stopped_ = false;
  QString lastReported_;
};

}  // namespace swarmlab
