// DockerEventStream and DockerClient against a fake engine on a unix socket (no Docker needed):
// the /events stream is read line by line, a malformed line is reported and skipped, and after
// the engine drops the stream it reconnects with since=<last event time> and drops the repeated
// boundary event, so nothing is missed or seen twice. A stream that goes silent (half-open) is
// reopened after the idle limit without a word. Errors of plain requests are values.
#include <QtTest>

#include "DockerClient.h"
#include "DockerEventStream.h"
#include "FakeEngine.h"

using namespace swarmlab;
using namespace swarmlab::test;

namespace {
QByteArray ev(qint64 timeNano, const char* action) {
  return QByteArray(R"({"Type":"container","Action":")") + action +
         R"(","Actor":{"ID":"c1","Attributes":{"name":"x"}},"scope":"local","timeNano":)" +
         QByteArray::number(timeNano) + "}\n";
}
}  // namespace

class TestDockerEvents : public QObject {
  Q_OBJECT
 private slots:
  void reconnectsWithSinceAndDropsDuplicates() {
    QTemporaryDir dir;
    FakeEngine engine(dir.filePath("docker.sock"));
    QVERIFY(engine.listening());
    engine.on("GET", "/events", [&engine](const FakeRequest&) {
      FakeReply r;
      r.stream = true;
      if (engine.count("/events") == 1) {
        // A line cut across two chunks, then one that is not JSON; then the engine goes away.
        r.body = ev(100, "create") + "{\"Type\":\"container\",\"Acti";
        r.body += "on\":\"start\",\"Actor\":{\"ID\":\"c1\"},\"timeNano\":200}\nthis is not json\n";
        r.close = true;
      } else {
        r.body = ev(200, "start") + ev(300, "die");  // 200 again: must be dropped
      }
      return r;
    });
    auto ep = DockerEndpoint::resolve(engine.endpoint(), nullptr);
    QVERIFY(ep);
    DockerEventStream stream(*ep, "1.41", R"({"type":["container"]})");
    QList<docker::Event> got;
    connect(&stream, &DockerEventStream::event, &stream, [&](const docker::Event& e) { got << e; });
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
    QCOMPARE(engine.count("/events"), 2);
    QStringList queries;
    for (const auto& r : engine.requests)
      if (r.path.startsWith("/events")) queries << r.path;
    QVERIFY2(queries[0].contains("since=0.000000050"), qPrintable(queries[0]));
    QVERIFY2(queries[1].contains("since=0.000000200"), qPrintable(queries[1]));
    QVERIFY(queries[0].contains("filters=%7B%22type%22"));
    stream.stop();  // returns although the stream is still open
  }

  void silentStreamIsReopenedQuietly() {
    QTemporaryDir dir;
    FakeEngine engine(dir.filePath("docker.sock"));
    // Headers, one event, then nothing: what a half-open connection looks like from here.
    engine.on("GET", "/events", [&engine](const FakeRequest&) {
      FakeReply r;
      r.stream = true;
      if (engine.count("/events") == 1) r.body = ev(500, "start");
      return r;
    });
    auto ep = DockerEndpoint::resolve(engine.endpoint(), nullptr);
    DockerEventStream stream(*ep, "1.41", {});
    stream.setIdleLimitMs(1000);
    QSignalSpy down(&stream, &DockerEventStream::disconnected);
    QSignalSpy up(&stream, &DockerEventStream::connected);
    QSignalSpy events(&stream, &DockerEventStream::event);
    QElapsedTimer t;
    t.start();
    stream.start(0);
    QTRY_COMPARE_WITH_TIMEOUT(engine.count("/events"), 3, 10000);
    const qint64 elapsed = t.elapsed();
    qInfo("3 streams opened in %lld ms with an idle limit of 1000 ms", elapsed);
    QVERIFY2(elapsed >= 2000, "reopened before the idle limit");
    QCOMPARE(events.size(), 1);
    QCOMPARE(down.size(), 0);  // a quiet reopen is not an outage
    QCOMPARE(up.size(), 1);
    QVERIFY(stream.idleReconnects() >= 2);
    QVERIFY2(engine.requests.last().path.contains("since=0.000000500"),
             qPrintable(engine.requests.last().path));
    stream.stop();
  }

  void requestsAreAsyncValues() {
    QTemporaryDir dir;
    FakeEngine engine(dir.filePath("docker.sock"));
    auto ep = DockerEndpoint::resolve(engine.endpoint(), nullptr);
    DockerClient client(*ep);
    DockerResponse got;
    bool done = false;
    client.get("/containers/nope", [&](const DockerResponse& r) {
      got = r;
      done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(got.status, 404);
    QCOMPARE(got.message(), QString("no such thing"));
    QCOMPARE(client.requestCount("/containers"), quint64(1));
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

  void destructionCancelsAHangingRequest() {
    QTemporaryDir dir;
    FakeEngine engine(dir.filePath("docker.sock"));
    engine.on("GET", "/services", FakeReply{200, {}, true});
    auto ep = DockerEndpoint::resolve(engine.endpoint(), nullptr);
    QElapsedTimer t;
    {
      DockerClient client(*ep);
      client.get(
          "/services", [](const DockerResponse&) { QFAIL("no callback after destruction"); },
          60000);
      QTRY_COMPARE_WITH_TIMEOUT(engine.hanging(), 1, 5000);
      t.start();
    }
    qInfo("client destroyed %lld ms after its request hung", t.elapsed());
    QVERIFY2(t.elapsed() < 30000, "the destructor waited 60 s for the engine");
  }
};

QTEST_GUILESS_MAIN(TestDockerEvents)
#include "tst_dockerevents.moc"
