// DockerEventStream and DockerClient against a fake engine on a unix socket (no Docker needed):
// the /events stream is read line by line, a malformed line is reported and skipped, and after
// the engine drops the stream it reconnects with since=<last event time> and drops the repeated
// boundary event, so nothing is missed or seen twice. Errors of plain requests are values.
#include <QLocalServer>
#include <QLocalSocket>
#include <QtTest>

#include "DockerClient.h"

using namespace swarmlab;

namespace {
QByteArray ev(qint64 timeNano, const char* action) {
  return QByteArray(R"({"Type":"container","Action":")") + action +
         R"(","Actor":{"ID":"c1","Attributes":{"name":"x"}},"scope":"local","timeNano":)" +
         QByteArray::number(timeNano) + "}\n";
}
}  // namespace

class FakeEngine : public QObject {
  Q_OBJECT
 public:
  explicit FakeEngine(const QString& path) {
    QLocalServer::removeServer(path);
    server_.listen(path);
    connect(&server_, &QLocalServer::newConnection, this, [this] {
      while (QLocalSocket* s = server_.nextPendingConnection()) {
        connect(s, &QLocalSocket::readyRead, this, [this, s] { onData(s); });
        connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
      }
    });
  }
  QStringList eventQueries;
  int eventConnections = 0;
  bool ok() const { return server_.isListening(); }

 private:
  void onData(QLocalSocket* s) {
    QByteArray& buf = bufs_[s];
    buf += s->readAll();
    const int end = buf.indexOf("\r\n\r\n");
    if (end < 0) return;
    const QByteArray line = buf.left(buf.indexOf("\r\n"));
    buf.clear();
    const QString path = QString::fromLatin1(line.split(' ').value(1));
    if (path.endsWith("/_ping")) {
      s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK");
      return;
    }
    if (path.contains("/events")) {
      eventQueries << path;
      ++eventConnections;
      s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
      if (eventConnections == 1) {
        s->write(ev(100, "create"));
        s->write("{\"Type\":\"container\",\"Acti");  // cut in the middle of a chunk ...
        s->flush();
        s->write(
            "on\":\"start\",\"Actor\":{\"ID\":\"c1\"},\"timeNano\":200}\n");  // ... and completed
        s->write("this is not json\n");
        s->flush();
        s->disconnectFromServer();  // the engine goes away
      } else {
        s->write(ev(200, "start"));  // the boundary event again: must be dropped
        s->write(ev(300, "die"));
        s->flush();  // and the stream stays open
      }
      return;
    }
    const QByteArray body = R"({"message":"no such thing"})";
    s->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: " +
             QByteArray::number(body.size()) + "\r\n\r\n" + body);
  }
  QLocalServer server_;
  QHash<QLocalSocket*, QByteArray> bufs_;
};

class TestDockerEvents : public QObject {
  Q_OBJECT
 private slots:
  void reconnectsWithSinceAndDropsDuplicates() {
    QTemporaryDir dir;
    const QString sock = dir.filePath("docker.sock");
    FakeEngine engine(sock);
    QVERIFY(engine.ok());
    auto ep = DockerEndpoint::resolve("unix://" + sock, nullptr);
    QVERIFY(ep);
    DockerEventStream stream(*ep, "1.41", R"({"type":["container"]})");
    QList<docker::Event> got;
    connect(&stream, &DockerEventStream::event, this, [&](const docker::Event& e) { got << e; });
    QSignalSpy bad(&stream, &DockerEventStream::badLine);
    QSignalSpy down(&stream, &DockerEventStream::disconnected);
    QSignalSpy up(&stream, &DockerEventStream::connected);
    stream.start(50);
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 3, 10000);
    QTest::qWait(300);
    QCOMPARE(got.size(), 3);  // 200 was not delivered twice
    QCOMPARE(got[0].timeNano, qint64(100));
    QCOMPARE(got[1].action, std::string("start"));
    QCOMPARE(got[2].timeNano, qint64(300));
    QCOMPARE(bad.size(), 1);
    QCOMPARE(down.size(), 1);
    QCOMPARE(up.size(), 2);
    QCOMPARE(engine.eventConnections, 2);
    QVERIFY2(engine.eventQueries[0].contains("since=0.000000050"),
             qPrintable(engine.eventQueries[0]));
    QVERIFY2(engine.eventQueries[1].contains("since=0.000000200"),
             qPrintable(engine.eventQueries[1]));
    QVERIFY(engine.eventQueries[0].startsWith("/v1.41/events?"));
    QVERIFY(engine.eventQueries[0].contains("filters=%7B%22type%22"));
    stream.stop();  // returns although the stream is still open
  }

  void requestsAreAsyncValues() {
    QTemporaryDir dir;
    const QString sock = dir.filePath("docker.sock");
    FakeEngine engine(sock);
    auto ep = DockerEndpoint::resolve("unix://" + sock, nullptr);
    DockerClient client(*ep);
    DockerResponse got;
    bool done = false;
    client.get("/services/nope", [&](const DockerResponse& r) {
      got = r;
      done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(got.status, 404);
    QCOMPARE(got.message(), QString("no such thing"));
    QCOMPARE(client.requestCount("/services"), quint64(1));
    // The engine disappears: a transport error, not a hang (timeout per call).
    QTemporaryDir other;
    auto gone = DockerEndpoint::resolve("unix://" + other.filePath("none.sock"), nullptr);
    DockerClient c2(*gone);
    done = false;
    c2.get(
        "/_ping",
        [&](const DockerResponse& r) {
          got = r;
          done = true;
        },
        2000);
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(got.status, 0);
    QVERIFY2(got.message().contains("none.sock"), qPrintable(got.message()));
  }
};

QTEST_GUILESS_MAIN(TestDockerEvents)
#include "tst_dockerevents.moc"
