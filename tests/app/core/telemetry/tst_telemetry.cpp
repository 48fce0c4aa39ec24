// Telemetry worker against a real redis-server (tests/support/RedisServer.h): parsing of the
// wire format, start ids, reconnect and resume, entries sent twice, lab clock offset, display
// polling, drain.
#include <QDir>
#include <QFile>
#include <QTest>
#include <QThread>

#include <malloc.h>

#include "RedisServer.h"
#include "RepeatFilter.h"
#include "Telemetry.h"
#include "ThreadSpy.h"

using namespace swarmlab;
using swarmlab::test::RedisServer;
using swarmlab::test::ThreadSpy;

namespace {
QString url(const RedisServer& r) { return QString::fromStdString(r.url()); }

std::string addMetric(const RedisServer& r, int second, int count,
                      const char* inst = "subscriber.1.1") {
  return r.rawCommand("XADD swarmlab:metrics * kind subscriber instance " + std::string(inst) +
                      " node pi1 t " + std::to_string(second) + " count " + std::to_string(count) +
                      " lag_p50_us 120 lag_p99_us 900 lag_max_us 1500 lost 2");
}
}  // namespace

/// Names of this process's threads, as the kernel shows them.
static QStringList threadNames() {
  QStringList names;
  const QDir tasks(QStringLiteral("/proc/self/task"));
  for (const auto& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
    QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
    if (comm.open(QIODevice::ReadOnly)) names << QString::fromLatin1(comm.readAll()).trimmed();
  }
  return names;
}

class TestTelemetry : public QObject {
  Q_OBJECT
 private slots:
  void parsesMetricsAndEvents() {
    RedisServer r;
    QVERIFY2(r.ok(), r.error().c_str());
    addMetric(r, 1700000000, 498);
    r.rawCommand(
        "XADD swarmlab:events * kind subscriber instance subscriber.1.1 node pi1 event stopped "
        "t_us 1700000000123456 last_update_us 1700000000120000 detail bye");
    TelemetryOptions o;
    o.redisUrl = url(r);
    o.fromBeginning = true;
    Telemetry t(o);
    ThreadSpy metrics(&t, &Telemetry::metricSample);
    ThreadSpy events(&t, &Telemetry::agentEvent);
    ThreadSpy conn(&t, &Telemetry::connectionChanged);
    t.start();
    QTRY_COMPARE_WITH_TIMEOUT(metrics.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 5000);
    QVERIFY(conn.first().first().toBool());
    const auto m = metrics.first().first().value<MetricSample>();
    QCOMPARE(m.second, 1700000000);
    QCOMPARE(m.kind, QStringLiteral("subscriber"));
    QCOMPARE(m.instance, QStringLiteral("subscriber.1.1"));
    QCOMPARE(m.node, QStringLiteral("pi1"));
    QCOMPARE(m.count, 498);
    QCOMPARE(m.lagP50Us, 120);
    QCOMPARE(m.lagP99Us, 900);
    QCOMPARE(m.lagMaxUs, 1500);
    QCOMPARE(m.lost, 2);
    const auto e = events.first().first().value<AgentEvent>();
    QCOMPARE(e.event, QStringLiteral("stopped"));
    QCOMPARE(e.tUs, 1700000000123456);
    QCOMPARE(e.lastUpdateUs, 1700000000120000);
    QCOMPARE(e.detail, QStringLiteral("bye"));
    QVERIFY(t.clock()->isValid());
    // Same machine: the offset is only rounding and scheduling.
    QVERIFY2(qAbs(t.clock()->offsetUs()) < 50000,
             qPrintable(QString::number(t.clock()->offsetUs())));
    QVERIFY(t.clock()->rttUs() >= 0);
    // The worker runs on its own named thread (the kernel keeps 15 characters of the name).
    QVERIFY2(threadNames().contains(TelemetryOptions{}.threadName.left(15)),
             qPrintable(threadNames().join(QStringLiteral(", "))));
    t.stop();
    QVERIFY(!t.isRunning());
  }

  void fromNowSkipsOlderEntries() {
    RedisServer r;
    QVERIFY2(r.ok(), r.error().c_str());
    addMetric(r, 1, 1);
    QThread::msleep(5);
    TelemetryOptions o;
    o.redisUrl = url(r);
    o.fromBeginning = false;
    Telemetry t(o);
    ThreadSpy metrics(&t, &Telemetry::metricSample);
    ThreadSpy conn(&t, &Telemetry::connectionChanged);
    t.start();
    QTRY_VERIFY_WITH_TIMEOUT(!conn.isEmpty(), 5000);  // it may come before a wait() begins
    QThread::msleep(5);
    addMetric(r, 2, 2);
    QTRY_COMPARE_WITH_TIMEOUT(metrics.size(), 1, 5000);
    QCOMPARE(metrics.first().first().value<MetricSample>().second, 2);
  }

  void reconnectsAndResumes() {
    RedisServer r;
    QVERIFY2(r.ok(), r.error().c_str());
    TelemetryOptions o;
    o.redisUrl = url(r);
    o.fromBeginning = true;
    Telemetry t(o);
    ThreadSpy metrics(&t, &Telemetry::metricSample);
    ThreadSpy conn(&t, &Telemetry::connectionChanged);
    t.start();
    addMetric(r, 10, 10);
    QTRY_COMPARE_WITH_TIMEOUT(metrics.size(), 1, 5000);
    r.kill();
    QTRY_VERIFY_WITH_TIMEOUT(conn.size() >= 2 && !conn.last().first().toBool(), 10000);
    QVERIFY(!conn.last().at(1).toString().isEmpty());
    QVERIFY(r.restart());
    QTRY_VERIFY_WITH_TIMEOUT(conn.last().first().toBool(), 10000);
    addMetric(r, 11, 11);
    addMetric(r, 12, 12);
    QTRY_COMPARE_WITH_TIMEOUT(metrics.size(), 3, 5000);
    QTest::qWait(200);
    QCOMPARE(metrics.size(), 3);  // nothing read twice
    QCOMPARE(metrics.last().first().value<MetricSample>().second, 12);
  }

  /// An agent that lost the reply to an XADD sends the entry again; the console may have read the
  /// first copy before Redis went away. Each entry reaches the recording once (issue 10).
  void resentEntriesAreEmittedOnce() {
    RedisServer r;
    QVERIFY2(r.ok(), r.error().c_str());
    const std::string back =
        "XADD swarmlab:events * kind subscriber instance subscriber.1.1 node pi1 event "
        "redis_back t_us 1700000010000000";
    TelemetryOptions o;
    o.redisUrl = url(r);
    o.fromBeginning = true;
    Telemetry t(o);
    ThreadSpy metrics(&t, &Telemetry::metricSample);
    ThreadSpy events(&t, &Telemetry::agentEvent);
    ThreadSpy conn(&t, &Telemetry::connectionChanged);
    t.start();
    addMetric(r, 10, 10);
    r.rawCommand(back);
    QTRY_COMPARE_WITH_TIMEOUT(metrics.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 5000);
    r.kill();  // the agent's reply is lost with it: it sends both again to the new server
    QTRY_VERIFY_WITH_TIMEOUT(conn.size() >= 2 && !conn.last().first().toBool(), 10000);
    QVERIFY(r.restart());
    QTRY_VERIFY_WITH_TIMEOUT(conn.last().first().toBool(), 10000);
    addMetric(r, 10, 10);
    r.rawCommand(back);
    addMetric(r, 10, 7, "subscriber.1.2");  // another instance, same second: its own entry
    addMetric(r, 11, 11);
    QTRY_COMPARE_WITH_TIMEOUT(metrics.size(), 3, 5000);
    QTest::qWait(300);
    QCOMPARE(metrics.size(), 3);
    QCOMPARE(events.size(), 1);
    QCOMPARE(t.repeatsDropped(), 2);
    QCOMPARE(metrics.at(1).first().value<MetricSample>().instance,
             QStringLiteral("subscriber.1.2"));
    QCOMPARE(metrics.at(2).first().value<MetricSample>().second, 11);
  }

  // What the filter keeps of an instance ends with its `stopped` event, which itself is still
  // recognised when sent again; a second older than the window is no longer remembered.
  void repeatFilterForgetsAStoppedInstance() {
    RepeatFilter f;
    MetricSample m;
    m.kind = QStringLiteral("subscriber");
    m.instance = QStringLiteral("subscriber.1.1");
    m.second = 100;
    QVERIFY(f.firstMetric(m));
    QVERIFY(!f.firstMetric(m));
    m.second = 100 + RepeatFilter::kWindowS + 1;
    QVERIFY(f.firstMetric(m));
    m.second = 100;  // fell out of the window: taken as new
    QVERIFY(f.firstMetric(m));
    AgentEvent stopped;
    stopped.kind = m.kind;
    stopped.instance = m.instance;
    stopped.event = QStringLiteral("stopped");
    stopped.tUs = 1700000000000000;
    QVERIFY(f.firstEvent(stopped));
    QVERIFY(!f.firstEvent(stopped));
    m.second = 100 + RepeatFilter::kWindowS + 1;  // seen above, forgotten with the instance
    QVERIFY(f.firstMetric(m));
    QCOMPARE(f.dropped(), 2);
  }

  // 31 agents sending a second each for twice the window: what the filter keeps does not
  // grow with the lab's age (a std::set node per second grew it by ~0.9 MB over 10 min).
  void repeatFilterMemoryIsFlat() {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    auto inUse = [] {
      const struct mallinfo2 mi = mallinfo2();
      return double(mi.uordblks + mi.hblkhd);
    };
    RepeatFilter f;
    MetricSample m;
    m.kind = QStringLiteral("subscriber");
    auto sendSeconds = [&f, &m](qint64 from, qint64 to) {
      for (qint64 s = from; s < to; ++s)
        for (int i = 0; i < 31; ++i) {
          m.instance = QStringLiteral("subscriber.%1.1").arg(i);
          m.second = s;
          QVERIFY(f.firstMetric(m));
        }
    };
    sendSeconds(1000, 1010);  // every instance known
    const double before = inUse();
    sendSeconds(1010, 1010 + 2 * RepeatFilter::kWindowS);
    const double grown = inUse() - before;
    qInfo("heap in use grew %.1f KB over %lld s of 31 instances", grown / 1024,
          2 * RepeatFilter::kWindowS);
    QVERIFY2(grown < 16 * 1024, qPrintable(QString::number(grown / 1024, 'f', 1) + " KB"));
    const qint64 newest = 1010 + 2 * RepeatFilter::kWindowS - 1;
    for (qint64 s : {newest, newest - 1, newest - RepeatFilter::kWindowS}) {
      m.second = s;  // within the window: recognised
      QVERIFY2(!f.firstMetric(m), qPrintable(QString::number(newest - s)));
    }
    m.second = newest - RepeatFilter::kWindowS - 1;  // out of it: taken as new
    QVERIFY(f.firstMetric(m));
#else
    QSKIP("needs glibc's mallinfo2 to read the heap in use");
#endif
  }

  void drainDeliversEverythingFirst() {
    RedisServer r;
    QVERIFY2(r.ok(), r.error().c_str());
    TelemetryOptions o;
    o.redisUrl = url(r);
    o.fromBeginning = true;
    Telemetry t(o);
    // Both signals come from the one worker thread, in order: when drained() is recorded, every
    // metric emitted before it is too.
    ThreadSpy metrics(&t, &Telemetry::metricSample);
    ThreadSpy drained(&t, &Telemetry::drained);
    t.start();
    constexpr int kN = 300;
    for (int i = 0; i < kN; ++i) addMetric(r, 100 + i, i);
    t.requestDrain();
    QTRY_VERIFY_WITH_TIMEOUT(!drained.isEmpty(), 10000);
    QCOMPARE(metrics.size(), kN);
  }

  void pollsDisplays() {
    RedisServer r;
    QVERIFY2(r.ok(), r.error().c_str());
    r.rawCommand("SET swarmlab:display:subscriber.1.1 \"42 1700000000000000 3f065b4f666d7d07\"");
    TelemetryOptions o;
    o.redisUrl = url(r);
    Telemetry t(o);
    ThreadSpy states(&t, &Telemetry::displayStates);
    t.setDisplayInstances({QStringLiteral("subscriber.1.1"), QStringLiteral("nobody.1.1")});
    t.start();
    QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 5000);
    const auto list = states.first().first().value<QList<DisplaySnapshot>>();
    QCOMPARE(list.size(), 2);
    QVERIFY(list[0].valid);
    QCOMPARE(list[0].seq, 42u);
    QCOMPARE(list[0].segments.size(), 8);
    QCOMPARE(quint8(list[0].segments[0]), quint8(0x3f));
    QVERIFY(!list[1].valid);
    // About 20 Hz: a second gives well more than 5 polls even on a loaded machine.
    states.clear();
    QTest::qWait(1000);
    QVERIFY2(states.size() >= 5, qPrintable(QString::number(states.size())));
  }

  void badUrlIsReported_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expect");
    QTest::newRow("scheme") << QStringLiteral("http://127.0.0.1:6379")
                            << QStringLiteral("bad Redis URL");
    QTest::newRow("db") << QStringLiteral("redis://127.0.0.1:6379/x")
                        << QStringLiteral("database number");
    QTest::newRow("refused") << QStringLiteral("redis://127.0.0.1:1")
                             << QStringLiteral("cannot reach Redis at 127.0.0.1:1");
  }
  void badUrlIsReported() {
    QFETCH(QString, url);
    QFETCH(QString, expect);
    TelemetryOptions o;
    o.redisUrl = url;
    Telemetry t(o);
    ThreadSpy conn(&t, &Telemetry::connectionChanged);
    t.start();
    QTRY_VERIFY_WITH_TIMEOUT(!conn.isEmpty(), 5000);  // it may come before a wait() begins
    QVERIFY(!conn.first().first().toBool());
    QVERIFY2(conn.first().at(1).toString().contains(expect),
             qPrintable(conn.first().at(1).toString()));
  }
};

QTEST_GUILESS_MAIN(TestTelemetry)
#include "tst_telemetry.moc"
