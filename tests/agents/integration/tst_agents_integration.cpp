// The real agents against a real redis-server (started per test on a free loopback port):
// publish/subscribe for a few seconds with metrics and events checked for consistency, Redis
// killed and restarted mid-run, Redis absent at start, SIGTERM, bad flags, env-only config.
#include <QtTest>

#include <hiredis/hiredis.h>
#include <csignal>
#include <map>

#include "RedisLink.hpp"
#include "RedisServer.h"
#include "wire.hpp"
#include "swarmlab_build_paths.h"

using namespace swarmlab;
using swarmlab::test::RedisServer;

namespace {

struct Entry {
  std::string id;
  std::map<std::string, std::string> f;
  qint64 num(const std::string& k) const {
    auto it = f.find(k);
    return it == f.end() ? -1 : QByteArray::fromStdString(it->second).toLongLong();
  }
  std::string str(const std::string& k) const {
    auto it = f.find(k);
    return it == f.end() ? std::string() : it->second;
  }
};

std::unique_ptr<redis::RedisLink> connectTo(const RedisServer& srv) {
  auto link = std::make_unique<redis::RedisLink>(*redis::parseRedisUrl(srv.url(), nullptr));
  if (!link->connect()) return nullptr;
  return link;
}

std::vector<Entry> xrange(const RedisServer& srv, const std::string& stream) {
  std::vector<Entry> out;
  auto link = connectTo(srv);
  if (!link) return out;
  redis::Reply r = link->command({"XRANGE", stream, "-", "+"});
  if (!r || r->type != REDIS_REPLY_ARRAY) return out;
  for (size_t i = 0; i < r->elements; ++i) {
    const redisReply* e = r->element[i];
    Entry en;
    en.id.assign(e->element[0]->str, e->element[0]->len);
    const redisReply* kv = e->element[1];
    for (size_t j = 0; j + 1 < kv->elements; j += 2) {
      en.f[std::string(kv->element[j]->str, kv->element[j]->len)] =
          std::string(kv->element[j + 1]->str, kv->element[j + 1]->len);
    }
    out.push_back(std::move(en));
  }
  return out;
}

std::string get(const RedisServer& srv, const std::string& key) {
  auto link = connectTo(srv);
  if (!link) return {};
  redis::Reply r = link->command({"GET", key});
  if (!r || r->type != REDIS_REPLY_STRING) return {};
  return std::string(r->str, r->len);
}

std::vector<Entry> of(const std::vector<Entry>& all, const std::string& instance) {
  std::vector<Entry> out;
  for (const auto& e : all) {
    if (e.str("instance") == instance) out.push_back(e);
  }
  return out;
}

/// The entries have t = first' .. last' once each, in order, with first' <= first and
/// last' >= last (says what is wrong otherwise).
bool everySecondOnce(const std::vector<Entry>& entries, qint64 first, qint64 last) {
  if (entries.empty()) {
    qWarning("no metrics entries");
    return false;
  }
  for (std::size_t i = 1; i < entries.size(); ++i) {
    if (entries[i].num("t") != entries[i - 1].num("t") + 1) {
      qWarning("t %lld follows t %lld", entries[i].num("t"), entries[i - 1].num("t"));
      return false;
    }
  }
  if (entries.front().num("t") > first || entries.back().num("t") < last) {
    qWarning("seconds %lld..%lld do not cover %lld..%lld", entries.front().num("t"),
             entries.back().num("t"), first, last);
    return false;
  }
  return true;
}

bool startsWith(const QStringList& l, const QStringList& head) {
  return l.mid(0, head.size()) == head;
}
bool endsWith(const QStringList& l, const QStringList& tail) {
  return l.size() >= tail.size() && l.mid(l.size() - tail.size()) == tail;
}

QStringList eventNames(const std::vector<Entry>& events) {
  QStringList names;
  for (const auto& e : events) names << QString::fromStdString(e.str("event"));
  return names;
}

/// An agent process with its stderr collected.
class Agent {
 public:
  Agent(const QString& program, const QStringList& args,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    proc_.setProgram(program);
    proc_.setArguments(args);
    proc_.setProcessEnvironment(env);
    proc_.start();
  }
  ~Agent() {
    if (proc_.state() != QProcess::NotRunning) {
      proc_.kill();
      proc_.waitForFinished(3000);
    }
  }
  bool started() { return proc_.waitForStarted(5000); }
  /// Waits until stderr contains text (or timeout); returns whether it does.
  bool waitForStderr(const QString& text, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (true) {
      err_ += QString::fromLocal8Bit(proc_.readAllStandardError());
      if (err_.contains(text)) return true;
      if (t.elapsed() > timeoutMs || proc_.state() == QProcess::NotRunning) return false;
      proc_.waitForReadyRead(100);
    }
  }
  /// SIGTERM; returns the milliseconds until it exited (-1 if it did not within timeoutMs).
  qint64 terminate(int timeoutMs = 5000) {
    QElapsedTimer t;
    t.start();
    ::kill(static_cast<pid_t>(proc_.processId()), SIGTERM);
    if (!proc_.waitForFinished(timeoutMs)) return -1;
    return t.elapsed();
  }
  bool finish(int timeoutMs) { return proc_.waitForFinished(timeoutMs); }
  int exitCode() const {
    return proc_.exitStatus() == QProcess::NormalExit ? proc_.exitCode() : -1;
  }
  QString stderrText() {
    err_ += QString::fromLocal8Bit(proc_.readAllStandardError());
    return err_;
  }
  QString stdoutText() { return QString::fromLocal8Bit(proc_.readAllStandardOutput()); }

 private:
  QProcess proc_;
  QString err_;
};

QProcessEnvironment cleanEnv() {
  QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
  for (const QString& k : e.keys()) {
    if (k.startsWith("SWARMLAB_")) e.remove(k);
  }
  return e;
}

const QString kPublisher = QStringLiteral(SWARMLAB_BUILD_BIN_DIR "/swarmlab-publisher");
const QString kSubscriber = QStringLiteral(SWARMLAB_BUILD_BIN_DIR "/swarmlab-subscriber");

int csvLines(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return -1;
  int n = 0;
  while (!f.atEnd()) {
    f.readLine();
    ++n;
  }
  return n - 1;  // header
}

}  // namespace

class TestAgentsIntegration : public QObject {
  Q_OBJECT
 private slots:
  void publishSubscribeFewSeconds() {
    RedisServer srv;
    QVERIFY2(srv.ok(), srv.error().c_str());
    QTemporaryDir tmp;
    const QString url = QString::fromStdString(srv.url());
    Agent sub(
        kSubscriber,
        {"--redis", url, "--instance", "s1", "--node", "n1", "--log", tmp.filePath("sub.csv")},
        cleanEnv());
    QVERIFY2(sub.waitForStderr("subscribed to", 10000), qPrintable(sub.stderrText()));
    Agent pub(kPublisher,
              {"--redis", url, "--instance", "p1", "--node", "n0", "--duration-s", "3", "--log",
               tmp.filePath("pub.csv")},
              cleanEnv());
    QVERIFY(pub.finish(15000));
    QCOMPARE(pub.exitCode(), 0);
    QTest::qWait(300);
    QVERIFY(sub.terminate() >= 0);
    QCOMPARE(sub.exitCode(), 0);

    const int published = csvLines(tmp.filePath("pub.csv"));
    const int received = csvLines(tmp.filePath("sub.csv"));
    qInfo("published %d, received %d", published, received);
    // 3 s at 2 ms: 1500 deadlines; periods are only skipped after a stall of more than 1 s
    QVERIFY2(published >= 1400 && published <= 1501, qPrintable(QString::number(published)));

    // events: the full lifecycle of both, in order
    auto events = xrange(srv, "swarmlab:events");
    auto pe = of(events, "p1"), se = of(events, "s1");
    QCOMPARE(eventNames(pe), (QStringList{"started", "first_message", "stopping", "stopped"}));
    QCOMPARE(eventNames(se), (QStringList{"started", "first_message", "stopping", "stopped"}));
    for (const auto& e : pe) {
      QCOMPARE(e.str("kind"), std::string("publisher"));
      QCOMPARE(e.str("node"), std::string("n0"));
    }
    QVERIFY(se[3].num("last_update_us") >= se[1].num("t_us"));
    QVERIFY(se[3].num("last_update_us") <= se[3].num("t_us"));
    QVERIFY(pe[1].num("t_us") <= se[1].num("t_us"));  // first publish before first update

    // metrics: one entry per agent per lab second; totals match the logs
    auto metrics = xrange(srv, "swarmlab:metrics");
    auto pm = of(metrics, "p1"), sm = of(metrics, "s1");
    QVERIFY(pm.size() >= 3 && pm.size() <= 5);
    qint64 pCount = 0, pFailed = 0, sCount = 0, sLost = 0;
    for (size_t i = 0; i < pm.size(); ++i) {
      if (i > 0) QCOMPARE(pm[i].num("t"), pm[i - 1].num("t") + 1);
      pCount += pm[i].num("count");
      pFailed += pm[i].num("failed");
      QCOMPARE(pm[i].str("kind"), std::string("publisher"));
    }
    for (size_t i = 0; i < sm.size(); ++i) {
      if (i > 0) QCOMPARE(sm[i].num("t"), sm[i - 1].num("t") + 1);
      sCount += sm[i].num("count");
      sLost += sm[i].num("lost");
      QVERIFY(sm[i].num("lag_p50_us") <= sm[i].num("lag_p99_us"));
      QVERIFY(sm[i].num("lag_p99_us") <= sm[i].num("lag_max_us"));
      // generous: a local Redis on a loaded machine, still far below a second
      QVERIFY2(sm[i].num("lag_p99_us") < 1'000'000, sm[i].str("lag_p99_us").c_str());
      if (sm[i].num("count") > 100)
        QVERIFY2(sm[i].num("lag_p50_us") < 100000, sm[i].str("lag_p50_us").c_str());
    }
    QCOMPARE(pCount, qint64(published));
    QCOMPARE(pFailed, 0);
    QCOMPARE(sCount, qint64(received));
    QCOMPARE(sLost, 0);
    // first_message names the first seq shown, stopping and stopped the last: every message
    // in between was shown once (nothing lost here)
    QVERIFY(!se[1].str("seq").empty() && !se[3].str("seq").empty());
    QCOMPARE(se[2].num("seq"), se[3].num("seq"));
    QCOMPARE(se[3].num("seq") - se[1].num("seq") + 1, qint64(received));
    QVERIFY(pe[1].str("seq").empty());  // the publisher's events carry none
    QVERIFY2(double(received) / published >= 0.999,
             qPrintable(QString("%1/%2").arg(received).arg(published)));

    // no drift: N periods take N x period
    QFile f(tmp.filePath("pub.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    const qint64 t0 = lines[1].split(',')[1].toLongLong(),
                 tN = lines.last().split(',')[1].toLongLong();
    const double perPeriod = double(tN - t0) / (lines.size() - 2);
    QVERIFY2(std::abs(perPeriod - 2000.0) < 40.0, qPrintable(QString::number(perPeriod)));

    // the latest value and the display mirror
    auto last = wire::decodeClock(get(srv, "swarmlab:clock:last"));
    QVERIFY(last.has_value());
    QCOMPARE(qint64(last->seq), qint64(lines.last().split(',')[0].toLongLong()));
    auto disp = wire::decodeDisplay(get(srv, "swarmlab:display:s1"));
    QVERIFY(disp.has_value());
    QCOMPARE(disp->seq, last->seq);  // the last update is written at shutdown
    // the mirror is throttled to <= 50 writes/s: SET calls = publisher SETs + mirror writes
    const std::string stats = srv.rawCommand("INFO commandstats");
    const auto at = stats.find("cmdstat_set:calls=");
    QVERIFY(at != std::string::npos);
    const qint64 sets =
        QByteArray::fromStdString(stats.substr(at + 18, 12)).split(',')[0].toLongLong();
    const qint64 mirrorWrites = sets - published;
    qInfo("display mirror writes: %lld", mirrorWrites);
    QVERIFY2(mirrorWrites >= 50 && mirrorWrites <= 50 * 4 + 5,
             qPrintable(QString::number(mirrorWrites)));
  }

  // Issue 10: Redis SIGKILLed for ~2 s and restarted empty on the same port. The agents keep
  // counting while it is away; afterwards the restarted server holds an entry for every
  // second from the kill on, with its original lab second, the publisher's failed messages
  // and the subscriber's lost ones included.
  void outageMetricsArriveWithTheirSeconds() {
    RedisServer srv;
    QVERIFY2(srv.ok(), srv.error().c_str());
    const QString url = QString::fromStdString(srv.url());
    Agent sub(kSubscriber, {"--redis", url, "--instance", "s1"}, cleanEnv());
    QVERIFY2(sub.waitForStderr("subscribed to", 10000), qPrintable(sub.stderrText()));
    Agent pub(kPublisher, {"--redis", url, "--instance", "p1"}, cleanEnv());
    QVERIFY(pub.waitForStderr("publishing to", 10000));
    QTest::qWait(1500);
    const qint64 killMs = QDateTime::currentMSecsSinceEpoch();  // lab = local here
    const qint64 killSecond = killMs / 1000;
    srv.kill();
    QVERIFY(pub.waitForStderr("lost Redis", 5000));
    QVERIFY(sub.waitForStderr("lost Redis", 5000));
    QTest::qWait(2000);
    QVERIFY2(srv.restart(), srv.error().c_str());
    const qint64 restartSecond = QDateTime::currentMSecsSinceEpoch() / 1000;
    QVERIFY2(pub.waitForStderr("Redis back", 10000), qPrintable(pub.stderrText()));
    QVERIFY2(sub.waitForStderr("Redis back", 10000), qPrintable(sub.stderrText()));
    QTest::qWait(1500);
    QVERIFY(pub.terminate() >= 0);
    QVERIFY(sub.terminate() >= 0);
    QCOMPARE(pub.exitCode(), 0);
    QCOMPARE(sub.exitCode(), 0);

    // events: the outage's were queued and written after the restart
    auto events = xrange(srv, "swarmlab:events");
    QStringList pe = eventNames(of(events, "p1")), se = eventNames(of(events, "s1"));
    QVERIFY2(startsWith(pe, QStringList{"redis_lost", "redis_back"}), qPrintable(pe.join(',')));
    QVERIFY2(startsWith(se, QStringList{"redis_lost", "redis_back"}), qPrintable(se.join(',')));
    QVERIFY(endsWith(pe, QStringList{"stopping", "stopped"}));
    QVERIFY(endsWith(se, QStringList{"stopping", "stopped"}));
    // the loss is stamped when it happened: lab time is Redis's TIME, local time here up to the
    // clock sync's error, so a kill just after a second boundary may be stamped in the one before
    const qint64 lostMs = of(events, "p1")[0].num("t_us") / 1000;
    QVERIFY2(qAbs(lostMs - killMs) < 250, qPrintable(QString::number(lostMs - killMs)));

    auto metrics = xrange(srv, "swarmlab:metrics");
    const auto pm = of(metrics, "p1"), sm = of(metrics, "s1");
    QVERIFY(everySecondOnce(pm, killSecond, restartSecond + 1));
    QVERIFY(everySecondOnce(sm, killSecond, restartSecond + 1));
    qint64 failed = 0, lost = 0;
    for (const auto& m : pm) {
      failed += m.num("failed");
      QCOMPARE(m.num("dropped_s"), -1);  // nothing dropped: the field is absent
      const qint64 t = m.num("t");
      if (t > killSecond && t < restartSecond) {  // a whole second without Redis
        QCOMPARE(m.num("count"), 0);
        QVERIFY2(m.num("failed") >= 400, m.str("failed").c_str());
      }
    }
    for (const auto& m : sm) {
      lost += m.num("lost");
      if (m.num("t") > killSecond && m.num("t") < restartSecond) QCOMPARE(m.num("count"), 0);
    }
    qInfo("outage seconds %lld..%lld: failed %lld, lost %lld", killSecond, restartSecond, failed,
          lost);
    QVERIFY2(failed >= (restartSecond - killSecond - 1) * 400, qPrintable(QString::number(failed)));
    // every message that could not be published is a sequence number the subscriber never
    // saw (a few in flight at the kill may have reached it before the publisher knew)
    QVERIFY2(lost >= failed - 40, qPrintable(QString("%1 vs %2").arg(lost).arg(failed)));
  }

  void redisAbsentAtStart() {
    RedisServer srv;
    QVERIFY2(srv.ok(), srv.error().c_str());
    srv.kill();
    const QString url = QString::fromStdString(srv.url());
    Agent pub(kPublisher, {"--redis", url}, cleanEnv());
    Agent sub(kSubscriber, {"--redis", url}, cleanEnv());
    QVERIFY2(pub.waitForStderr("waiting for Redis", 5000), qPrintable(pub.stderrText()));
    QVERIFY2(sub.waitForStderr("waiting for Redis", 5000), qPrintable(sub.stderrText()));
    QVERIFY(pub.stderrText().contains(QString("127.0.0.1:%1").arg(srv.port())));
    QVERIFY2(srv.restart(), srv.error().c_str());
    QVERIFY2(pub.waitForStderr("publishing to", 10000), qPrintable(pub.stderrText()));
    QVERIFY2(sub.waitForStderr("subscribed to", 10000), qPrintable(sub.stderrText()));
    QVERIFY(pub.terminate() >= 0);
    QVERIFY(sub.terminate() >= 0);
    QCOMPARE(pub.exitCode(), 0);
    QCOMPARE(sub.exitCode(), 0);
  }

  void sigtermStopsWithinOneSecond() {
    RedisServer srv;
    QVERIFY2(srv.ok(), srv.error().c_str());
    const QString url = QString::fromStdString(srv.url());
    Agent sub(kSubscriber, {"--redis", url, "--instance", "s1"}, cleanEnv());
    QVERIFY(sub.waitForStderr("subscribed to", 10000));
    Agent pub(kPublisher, {"--redis", url, "--instance", "p1", "--period-ms", "0"}, cleanEnv());
    QVERIFY(pub.waitForStderr("publishing to", 10000));
    QTest::qWait(800);
    const qint64 pubMs = pub.terminate();
    const qint64 subMs = sub.terminate();
    qInfo("exit after SIGTERM: publisher %lld ms, subscriber %lld ms", pubMs, subMs);
    QVERIFY(pubMs >= 0 && subMs >= 0);
    // the target is 1 s; a little slack for a loaded CI machine
    QVERIFY2(pubMs < 1500 && subMs < 1500, qPrintable(QString("%1 %2").arg(pubMs).arg(subMs)));
    QCOMPARE(pub.exitCode(), 0);
    QCOMPARE(sub.exitCode(), 0);
    auto events = xrange(srv, "swarmlab:events");
    QVERIFY(endsWith(eventNames(of(events, "p1")), QStringList{"stopping", "stopped"}));
    QVERIFY(endsWith(eventNames(of(events, "s1")), QStringList{"stopping", "stopped"}));
    QVERIFY(of(events, "s1").back().str("detail").find("updates") != std::string::npos);
  }

  // Malformed and out-of-range clock messages are refused and counted as bad (issue 11): in
  // the summary and in the metrics; valid ones around them are used.
  void badPayloadsAreIgnored() {
    RedisServer srv;
    QVERIFY2(srv.ok(), srv.error().c_str());
    Agent sub(kSubscriber, {"--redis", QString::fromStdString(srv.url()), "--instance", "b1"},
              cleanEnv());
    QVERIFY(sub.waitForStderr("subscribed to", 10000));
    auto publish = [&](const std::string& payload) {
      return QString::fromStdString(srv.rawCommand("PUBLISH swarmlab:clock \"" + payload + "\""));
    };
    for (const char* bad : {"garbage", "1", "1 2 3", "-5 7", ""}) {
      QCOMPARE(publish(bad), QStringLiteral(":1\r\n"));
    }
    QVERIFY2(sub.waitForStderr("ignoring a bad clock message 'garbage'", 5000),
             qPrintable(sub.stderrText()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;  // lab time = local here
    const std::string t = std::to_string(now);
    QCOMPARE(publish("7 " + t), QStringLiteral(":1\r\n"));
    for (const std::string& bad :
         {std::string("8 -9223372036854775808"), std::string("8 9223372036854775807"),
          "8 " + std::to_string(now - 86'400'000'000 - 5'000'000),  // a day and 5 s ago
          "18446744073709551615 " + t, "9000000 " + t}) {           // impossible jumps
      QCOMPARE(publish(bad), QStringLiteral(":1\r\n"));
    }
    QCOMPARE(publish("9 " + t), QStringLiteral(":1\r\n"));  // 8 lost, then back in step
    QTest::qWait(300);
    QVERIFY(sub.terminate() >= 0);
    QCOMPARE(sub.exitCode(), 0);
    QVERIFY2(sub.stderrText().contains("updates 2, lost 1, bad 10"), qPrintable(sub.stderrText()));
    qint64 bad = 0, updates = 0;
    for (const auto& m : of(xrange(srv, "swarmlab:metrics"), "b1")) {
      bad += m.num("bad");
      updates += m.num("count");
    }
    QCOMPARE(bad, 10);
    QCOMPARE(updates, 2);
  }

  void environmentOnly() {
    RedisServer srv;
    QVERIFY2(srv.ok(), srv.error().c_str());
    QProcessEnvironment env = cleanEnv();
    env.insert("SWARMLAB_REDIS_URL", QString::fromStdString(srv.url()));
    env.insert("SWARMLAB_INSTANCE", "envpub");
    env.insert("SWARMLAB_NODE", "envnode");
    env.insert("SWARMLAB_PERIOD_MS", "5");
    env.insert("SWARMLAB_DURATION_S", "1");
    env.insert("SWARMLAB_PREFIX", "lab7");
    Agent pub(kPublisher, {}, env);
    QVERIFY(pub.finish(10000));
    QCOMPARE(pub.exitCode(), 0);
    auto events = of(xrange(srv, "lab7:events"), "envpub");
    QCOMPARE(eventNames(events), (QStringList{"started", "first_message", "stopping", "stopped"}));
    QCOMPARE(events[0].str("node"), std::string("envnode"));
    qint64 count = 0;
    for (const auto& m : of(xrange(srv, "lab7:metrics"), "envpub")) count += m.num("count");
    // 5 ms, not the default 2 ms (500); a sanitizer build (SWARMLAB_SANITIZER, set by its test
    // preset) keeps the period but not always the pace on a loaded machine.
    const qint64 low = qEnvironmentVariableIsSet("SWARMLAB_SANITIZER") ? 100 : 190;
    QVERIFY2(count >= low && count <= 201, qPrintable(QString::number(count)));
  }

  void gpioUnavailableFallsBackToSim() {
    RedisServer srv;
    QVERIFY2(srv.ok(), srv.error().c_str());
    Agent sub(kSubscriber,
              {"--redis", QString::fromStdString(srv.url()), "--instance", "g1", "--display",
               "gpio", "--pinmap", "/nonexistent/pins.txt"},
              cleanEnv());
    QVERIFY2(sub.waitForStderr("subscribed to", 10000), qPrintable(sub.stderrText()));
    QVERIFY2(sub.stderrText().contains("warning: gpio display unavailable"),
             qPrintable(sub.stderrText()));
    QTest::qWait(200);
    QVERIFY(sub.terminate() >= 0);
    QCOMPARE(sub.exitCode(), 0);
    auto events = of(xrange(srv, "swarmlab:events"), "g1");
    QVERIFY(!events.empty());
    QVERIFY2(events[0].str("detail").find("gpio unavailable") != std::string::npos,
             events[0].str("detail").c_str());
  }

  void passwordAndUnixSocket() {
    RedisServer srv({"--requirepass", "s3cr3t-pw"});
    QVERIFY2(srv.ok(), srv.error().c_str());
    // right password over TCP, with a database number
    const QString url = QStringLiteral("redis://:s3cr3t-pw@127.0.0.1:%1/2").arg(srv.port());
    Agent pub(kPublisher, {"--redis", url, "--instance", "pw", "--duration-s", "0.5"}, cleanEnv());
    QVERIFY(pub.finish(10000));
    QCOMPARE(pub.exitCode(), 0);
    QVERIFY2(!pub.stderrText().contains("s3cr3t-pw"), qPrintable(pub.stderrText()));
    QVERIFY(pub.stderrText().contains("***"));
    {
      redis::RedisLink link(*redis::parseRedisUrl(url.toStdString(), nullptr));
      QVERIFY2(link.connect(), link.lastError().c_str());
      redis::Reply r = link.command({"XLEN", "swarmlab:events"});
      QVERIFY(r && r->type == REDIS_REPLY_INTEGER);
      QCOMPARE(r->integer, 4);  // started, first_message, stopping, stopped: in db 2
    }
    // wrong password: says so (without any password), keeps retrying, stops on SIGTERM
    Agent bad(kSubscriber,
              {"--redis", QStringLiteral("redis://:wrong-pw@127.0.0.1:%1").arg(srv.port())},
              cleanEnv());
    QVERIFY2(bad.waitForStderr("refused AUTH", 5000), qPrintable(bad.stderrText()));
    QVERIFY(!bad.stderrText().contains("wrong-pw"));
    QVERIFY(bad.terminate() >= 0);
    QCOMPARE(bad.exitCode(), 0);
    // unix socket
    RedisServer plain;
    QVERIFY2(plain.ok(), plain.error().c_str());
    Agent ux(kPublisher,
             {"--redis", QString::fromStdString(plain.unixUrl()), "--instance", "ux",
              "--duration-s", "0.5"},
             cleanEnv());
    QVERIFY(ux.finish(10000));
    QCOMPARE(ux.exitCode(), 0);
    QCOMPARE(QString::fromStdString(plain.rawCommand("XLEN swarmlab:events")),
             QStringLiteral(":4\r\n"));
  }

  void restTransportThroughWebdis() {
    if (QStandardPaths::findExecutable("webdis").isEmpty()) QSKIP("webdis not installed");
    RedisServer srv;
    QVERIFY2(srv.ok(), srv.error().c_str());
    QTemporaryDir tmp;
    const int wport = swarmlab::test::freeLoopbackPort();
    QFile conf(tmp.filePath("webdis.json"));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write(QStringLiteral(
                   "{\"redis_host\":\"127.0.0.1\",\"redis_port\":%1,\"http_host\":\"127.0.0.1\","
                   "\"http_port\":%2,\"threads\":1,\"pool_size\":2,\"daemonize\":false,"
                   "\"database\":0,\"verbosity\":0,\"logfile\":\"%3\"}")
                   .arg(srv.port())
                   .arg(wport)
                   .arg(tmp.filePath("webdis.log"))
                   .toUtf8());
    conf.close();
    QProcess webdis;
    webdis.start("webdis", {tmp.filePath("webdis.json")});
    QVERIFY(webdis.waitForStarted(5000));
    auto cleanup = qScopeGuard([&] {
      webdis.kill();
      webdis.waitForFinished(3000);
    });
    QTest::qWait(300);
    const QString url = QString::fromStdString(srv.url());
    Agent sub(kSubscriber, {"--redis", url, "--instance", "rs"}, cleanEnv());
    QVERIFY(sub.waitForStderr("subscribed to", 10000));
    Agent pub(kPublisher,
              {"--redis", url, "--instance", "rp", "--duration-s", "1.5", "--transport", "rest",
               "--rest-url", QStringLiteral("http://127.0.0.1:%1").arg(wport)},
              cleanEnv());
    QVERIFY(pub.finish(15000));
    QCOMPARE(pub.exitCode(), 0);
    QTest::qWait(300);
    QVERIFY(sub.terminate() >= 0);
    auto metrics = xrange(srv, "swarmlab:metrics");
    qint64 published = 0, failed = 0, updates = 0;
    for (const auto& m : of(metrics, "rp")) {
      published += m.num("count");
      failed += m.num("failed");
    }
    for (const auto& m : of(metrics, "rs")) updates += m.num("count");
    qInfo("REST: published %lld, failed %lld, updates %lld", published, failed, updates);
    // 750 at most in 1.5 s; a sanitizer build (SWARMLAB_SANITIZER, set by its test preset) is
    // checked for correctness here, not for throughput.
    const qint64 minPublished = qEnvironmentVariableIsSet("SWARMLAB_SANITIZER") ? 1 : 600;
    QVERIFY2(published >= minPublished, qPrintable(pub.stderrText()));
    QCOMPARE(failed, 0);
    QCOMPARE(updates, published);
    QVERIFY(wire::decodeClock(get(srv, "swarmlab:clock:last")).has_value());
  }

  // A --log that cannot be written ends the agent: the file named, exit status 1, and the
  // reason in its stopping event.
  void logWriteErrorEndsTheAgent_data() {
    QTest::addColumn<QString>("program");
    QTest::newRow("publisher") << kPublisher;
    QTest::newRow("subscriber") << kSubscriber;
  }
  void logWriteErrorEndsTheAgent() {
    QFETCH(QString, program);
    RedisServer srv;
    QVERIFY2(srv.ok(), srv.error().c_str());
    Agent a(program,
            {"--redis", QString::fromStdString(srv.url()), "--instance", "full", "--log",
             "/dev/full", "--duration-s", "10"},
            cleanEnv());
    QVERIFY(a.finish(8000));
    QCOMPARE(a.exitCode(), 1);
    const QString err = a.stderrText();
    QVERIFY2(err.contains("--log /dev/full: cannot write: No space left on device"),
             qPrintable(err));
    auto events = of(xrange(srv, "swarmlab:events"), "full");
    QVERIFY2(endsWith(eventNames(events), QStringList{"stopping", "stopped"}),
             qPrintable(eventNames(events).join(',')));
    QVERIFY2(events[events.size() - 2].str("detail").find("/dev/full") != std::string::npos,
             events[events.size() - 2].str("detail").c_str());
  }

  void badUsage_data() {
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mustName");
    QTest::newRow("pub period") << kPublisher << QStringList{"--period-ms", "fast"}
                                << "--period-ms";
    QTest::newRow("pub url") << kPublisher << QStringList{"--redis", "localhost"} << "--redis";
    QTest::newRow("pub unknown") << kPublisher << QStringList{"--bogus"} << "--bogus";
    QTest::newRow("pub rest") << kPublisher << QStringList{"--transport", "rest"} << "--rest-url";
    QTest::newRow("sub display") << kSubscriber << QStringList{"--display", "lcd"} << "--display";
    QTest::newRow("sub duration") << kSubscriber << QStringList{"--duration-s", "x"}
                                  << "--duration-s";
    QTest::newRow("sub url port") << kSubscriber << QStringList{"--redis", "redis://h:99999"}
                                  << "--redis";
  }
  void badUsage() {
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    QFETCH(QString, mustName);
    Agent a(program, args, cleanEnv());
    QVERIFY(a.finish(5000));
    QCOMPARE(a.exitCode(), 2);
    const QString err = a.stderrText().trimmed();
    QVERIFY2(!err.contains('\n'), qPrintable(err));
    QVERIFY2(err.contains(mustName), qPrintable(err));
  }

  void helpAndRuntimeFailure() {
    Agent help(kPublisher, {"--help"}, cleanEnv());
    QVERIFY(help.finish(5000));
    QCOMPARE(help.exitCode(), 0);
    QVERIFY(help.stdoutText().contains("SWARMLAB_PERIOD_MS"));
    // a log file that cannot be written is a runtime failure (1), named in the message
    Agent bad(kSubscriber, {"--log", "/nonexistent-dir/x.csv"}, cleanEnv());
    QVERIFY(bad.finish(5000));
    QCOMPARE(bad.exitCode(), 1);
    QVERIFY(bad.stderrText().contains("/nonexistent-dir/x.csv"));
  }
};

QTEST_GUILESS_MAIN(TestAgentsIntegration)
#include "tst_agents_integration.moc"
