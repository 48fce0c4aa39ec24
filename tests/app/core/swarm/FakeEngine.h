// A fake Docker Engine on a unix socket for the unit tests: HTTP/1.1 with keep-alive and bodies,
// answers by route, and the faults a real engine shows (no answer at all, a stream that goes
// silent or is dropped, malformed JSON). Requests are recorded in order.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QLocalServer>
#include <QObject>
#include <QString>

#include <functional>

class QLocalSocket;

namespace swarmlab::test {

struct FakeRequest {
  QByteArray method;
  QString path;  ///< without the /vX.Y prefix, with the query
  QByteArray body;
};

/// What a route answers. hang: never; stream: headers now, `body` now, the connection stays
/// open for pushEvent() (closed at once when close is set).
struct FakeReply {
  int status = 200;
  QByteArray body;
  bool hang = false;
  bool stream = false;
  bool close = false;
};

class FakeEngine : public QObject {
  Q_OBJECT
 public:
  using Handler = std::function<FakeReply(const FakeRequest&)>;

  /// Listens on socketPath with the answers of a one-node swarm manager whose lab has no
  /// services yet: /_ping, /version, /info, /nodes, /services, /tasks, /images, /events.
  explicit FakeEngine(const QString& socketPath);
  ~FakeEngine() override;
  bool listening() const { return server_.isListening(); }
  QString endpoint() const { return QStringLiteral("unix://") + server_.fullServerName(); }

  /// Routes match on method and the path's start (without /vX.Y); the latest one set wins.
  void on(const QByteArray& method, const QString& pathPrefix, Handler h);
  void on(const QByteArray& method, const QString& pathPrefix, FakeReply reply);

  /// Every request received, in order; how many started with pathPrefix.
  QList<FakeRequest> requests;
  int count(const QString& pathPrefix, const QByteArray& method = {}) const;
  /// Requests whose answer is held back (hang) and not yet abandoned by the client.
  int hanging() const;

  /// Writes a line to every open /events stream; closes them all.
  void pushEvent(const QByteArray& line);
  void dropStreams();

 private:
  void onData(QLocalSocket* s);
  bool handleOne(QLocalSocket* s, QByteArray& buf);
  void answer(QLocalSocket* s, const FakeRequest& req);

  struct Route {
    QByteArray method;
    QString prefix;
    Handler handler;
  };
  QLocalServer server_;
  QList<Route> routes_;
  QHash<QLocalSocket*, QByteArray> bufs_;
  QList<QLocalSocket*> streams_;
  QList<QLocalSocket*> hung_;
};

/// One /events line (what the engine writes), for a container of a swarm task.
QByteArray containerEvent(const QByteArray& action, qint64 timeNano,
                          const QHash<QByteArray, QByteArray>& attributes = {});

}  // namespace swarmlab::test
