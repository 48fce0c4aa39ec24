// Follows GET /events of a Docker Engine on its own thread (named docker-events) with its own
// curl handle, line by line, and hands each event to the owner's thread as a value.
#pragma once

#include <QObject>
#include <QThread>

#include <atomic>
#include <set>
#include <string>
#include <tuple>

#include "DockerHttp.h"
#include "DockerParse.h"

namespace swarmlab {

/// Follows GET /events. Emits each parsed event (bad lines are reported and skipped), and
/// connected/disconnected as the stream comes and goes: disconnected once per outage, however
/// long it lasts. Reconnects with since=<last event time> and drops the duplicates at the
/// boundary. A stream silent for longer than the idle limit is reconnected the same way
/// without a word (the engine sends no keepalives; a half-open connection would hang forever).
class DockerEventStream : public QObject {
  Q_OBJECT
 public:
  DockerEventStream(DockerEndpoint ep, QString apiVersion, QString filtersJson,
                    QObject* parent = nullptr);
  ~DockerEventStream() override;
  /// Before start(): reconnect after this long without a byte (0: never). Default 60 s.
  void setIdleLimitMs(int ms) { idleLimitMs_ = ms; }
  /// Starts following from sinceNano (engine clock, ns since the epoch; 0 = from now).
  void start(qint64 sinceNano);
  void stop();
  /// Streams opened so far, and how many of them were ended by the idle limit.
  quint64 connects() const { return connects_.load(); }
  quint64 idleReconnects() const { return idleReconnects_.load(); }

 signals:
  void event(const swarmlab::docker::Event& e);
  void connected();
  void disconnected(const QString& reason);
  void badLine(const QString& reason, const QByteArray& line);

 private:
  void run(qint64 sinceNano);
  /// One connection: ping, then the stream until it ends. Returns why it ended ("" = idle).
  QString follow(DockerHttp& http, bool* reachable);
  void onLine(std::string_view line);
  void pause(int ms);

  DockerEndpoint ep_;
  QString apiVersion_;
  QString filters_;
  int idleLimitMs_ = 60000;
  QThread thread_;
  QObject* runner_ = nullptr;
  std::atomic<bool> stop_{false};
  std::atomic<quint64> connects_{0};
  std::atomic<quint64> idleReconnects_{0};
  // Stream thread only: the newest event time and the events at exactly that time, which a
  // reconnect with since=<that time> repeats.
  qint64 last_ = 0;
  bool connected_ = false;
  std::set<std::tuple<std::string, std::string, std::string>> atLast_;
};

}  // namespace swarmlab

Q_DECLARE_METATYPE(swarmlab::docker::Event)
