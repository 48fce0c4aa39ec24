// Finding the primary through Redis Sentinel (agents/redis/SentinelResolver, issue 12): a
// redis+sentinel:// URL connects to the primary a real redis-sentinel names, skips a sentinel
// that is down, refuses a server that is not a master, and after a real failover (the primary
// SIGKILLed) the same RedisLink reconnects to the promoted replica. A primary that falls silent
// (SIGSTOPped, as a machine without power) is followed at its promotion, which the sentinel
// announces (SentinelWatch) before it names the replica. Credentials serve the sentinel and the
// primary alike and never appear in an error.
#include <QtTest>

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <hiredis/hiredis.h>
#include <signal.h>

#include "RedisLink.hpp"
#include "RedisServer.h"
#include "SentinelResolver.hpp"
#include "SentinelWatch.hpp"

using namespace swarmlab::redis;
using swarmlab::test::RedisServer;

namespace {
constexpr const char* kPassword = "s3cr/et:p@ss";

// One redis-sentinel (`redis-server CONF --sentinel`, as Debian's redis-sentinel does) watching
// the primary at port as master "lab", with quorum 1 and down-after 1000 ms.
class Sentinel {
 public:
  Sentinel(int primaryPort, int replicaPort) {
    port_ = swarmlab::test::freeLoopbackPort();
    const QString conf = dir_.filePath(QStringLiteral("sentinel.conf"));
    QFile f(conf);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(conf));
    f.write(QStringLiteral("port %1\nbind 127.0.0.1\ndir %2\n"
                           "sentinel monitor lab 127.0.0.1 %3 1\n"
                           "sentinel down-after-milliseconds lab 1000\n"
                           "sentinel failover-timeout lab 3000\n"
                           "sentinel auth-pass lab %4\n"
                           "sentinel known-replica lab 127.0.0.1 %5\n"
                           "requirepass %4\n")
                .arg(port_)
                .arg(dir_.path())
                .arg(primaryPort)
                .arg(QString::fromLatin1(kPassword))
                .arg(replicaPort)
                .toUtf8());
    f.close();
    proc_.setProcessChannelMode(QProcess::MergedChannels);
    proc_.start(QStringLiteral("redis-server"), {conf, QStringLiteral("--sentinel")});
    proc_.waitForStarted();
    QElapsedTimer t;
    t.start();
    while (!output_.contains("+monitor") && t.elapsed() < 10000) {
      proc_.waitForReadyRead(100);
      output_ += proc_.readAll();
    }
  }
  ~Sentinel() {
    proc_.kill();
    proc_.waitForFinished(2000);
  }
  bool ok() const { return output_.contains("+monitor"); }
  int port() const { return port_; }
  QByteArray log() {
    output_ += proc_.readAll();
    return output_;
  }

 private:
  QTemporaryDir dir_;
  QProcess proc_;
  QByteArray output_;
  int port_ = 0;
};

// A primary and its replica, both behind kPassword, and a sentinel watching them.
struct Replicated {
  RedisServer primary{{"--requirepass", kPassword, "--masterauth", kPassword}};
  RedisServer replica{{"--requirepass", kPassword, "--masterauth", kPassword, "--replicaof",
                       "127.0.0.1", std::to_string(primary.port()), "--repl-diskless-sync-delay",
                       "0"}};
  Sentinel sentinel{primary.port(), replica.port()};
  /// Empty when all three run.
  std::string problem() {
    if (!primary.ok()) return primary.error();
    if (!replica.ok()) return replica.error();
    return sentinel.ok() ? std::string() : sentinel.log().toStdString();
  }
};

// When the sentinel logged `event` (its lines start "pid:X 03 Dec 2026 18:01:03.068 # event"),
// in ms since the epoch; -1 if it did not.
qint64 loggedAtMs(const QByteArray& log, const QString& event) {
  const QRegularExpression line(QStringLiteral(R"((\d\d \w{3} \d{4} [\d:.]{12}) [#*] )") +
                                QRegularExpression::escape(event));
  const auto m = line.match(QString::fromUtf8(log));
  if (!m.hasMatch()) return -1;
  const QDateTime t = QDateTime::fromString(m.captured(1), QStringLiteral("dd MMM yyyy hh:mm:ss.zzz"));
  return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

RedisUrl sentinelUrl(const std::vector<int>& ports, const std::string& userinfo) {
  std::string text = "redis+sentinel://" + userinfo + "@";
  for (std::size_t i = 0; i < ports.size(); ++i)
    text += (i ? "," : "") + std::string("127.0.0.1:") + std::to_string(ports[i]);
  std::string err;
  auto u = parseRedisUrl(text + "/lab", &err);
  if (!u) qFatal("%s", err.c_str());
  return *u;
}
}  // namespace

class TestSentinel : public QObject {
  Q_OBJECT
 private slots:
  void findsThePrimaryAndFollowsAFailover() {
    Replicated lab;
    QVERIFY2(lab.problem().empty(), lab.problem().c_str());
    RedisServer& primary = lab.primary;
    RedisServer& replica = lab.replica;
    Sentinel& sentinel = lab.sentinel;
    const int nobody = swarmlab::test::freeLoopbackPort();  // a sentinel that is down: skipped

    // the replica is no primary: a plain connection works, ROLE says slave
    std::string why;
    RedisUrl direct = sentinelUrl({nobody}, std::string(":") + kPassword);
    Context none = connectRedis(direct, {}, &why);
    QVERIFY(!none);
    QVERIFY2(why.find("no primary lab via sentinels") != std::string::npos, why.c_str());
    QVERIFY2(why.find("s3cr") == std::string::npos, why.c_str());

    RedisLink link(sentinelUrl({nobody, sentinel.port()}, std::string(":") + kPassword));
    QVERIFY2(link.connect(), link.lastError().c_str());
    QCOMPARE(link.server().port, primary.port());
    QVERIFY(!link.server().isSentinel());
    std::string role = roleOf(link.context(), &why);
    QCOMPARE(QString::fromStdString(role), QStringLiteral("master"));
    Reply r = link.command({"SET", "k", "before"});
    QVERIFY(r && !isError(r.get()));

    // replicated before the primary dies (replication is asynchronous)
    std::string err;
    auto replicaUrl = parseRedisUrl("redis://:" + std::string("s3cr%2Fet%3Ap%40ss") +
                                        "@127.0.0.1:" + std::to_string(replica.port()),
                                    &err);
    QVERIFY2(replicaUrl, err.c_str());
    RedisLink onReplica(*replicaUrl);
    QVERIFY2(onReplica.connect(), onReplica.lastError().c_str());
    QTRY_COMPARE_WITH_TIMEOUT(
        QString::fromStdString(std::string(replyText(onReplica.command({"GET", "k"}).get()))),
        QStringLiteral("before"), 10000);

    // a real failover: the primary dies; reconnecting (asking again) finds the promoted one
    primary.kill();
    QElapsedTimer t;
    t.start();
    link.disconnect();
    bool back = false;
    while (!back && t.elapsed() < 15000) {
      back = link.connect();
      if (!back) QTest::qWait(100);
    }
    QVERIFY2(back, (link.lastError() + "\n" + sentinel.log().toStdString()).c_str());
    qInfo("failover followed after %lld ms: %s", t.elapsed(), link.server().where().c_str());
    QCOMPARE(link.server().port, replica.port());
    QVERIFY(link.lastError().find("s3cr") == std::string::npos);
    r = link.command({"GET", "k"});
    QCOMPARE(QString::fromStdString(std::string(replyText(r.get()))), QStringLiteral("before"));
    r = link.command({"SET", "k", "after"});
    QVERIFY2(r && !isError(r.get()), errorText(r.get()).c_str());
  }

  // What the sentinels publish: the replica the leader promotes, the end of a failover.
  void announcedPrimaryReadsTheSentinelsMessages() {
    const auto promoted = announcedPrimary("+failover-state-wait-promotion",
                                           "slave 10.0.0.2:6391 10.0.0.2 6391 @ lab 10.0.0.1 6390",
                                           "lab");
    QVERIFY(promoted);
    QCOMPARE(promoted->host, std::string("10.0.0.2"));
    QCOMPARE(promoted->port, 6391);
    const auto switched =
        announcedPrimary("+switch-master", "lab 10.0.0.1 6390 10.0.0.2 6391", "lab");
    QVERIFY(switched && *switched == *promoted);
    QVERIFY(!announcedPrimary("+switch-master", "other 10.0.0.1 6390 10.0.0.2 6391", "lab"));
    QVERIFY(!announcedPrimary("+switch-master", "lab 10.0.0.1 6390 10.0.0.2 x", "lab"));
    QVERIFY(!announcedPrimary("+sdown", "master lab 10.0.0.1 6390", "lab"));
  }

  // A primary that falls silent (SIGSTOP: connects are accepted by the kernel, nothing answers,
  // as from a machine that lost power and whose replies are lost) is followed when the sentinel
  // promotes the replica, before it sees the promotion in INFO (+promoted-slave) and names the
  // replica to anyone who asks. While the sentinel still names the silent one, an attempt does
  // not wait on it again.
  void followsASilentPrimaryAtItsPromotion() {
    Replicated lab;
    QVERIFY2(lab.problem().empty(), lab.problem().c_str());
    RedisLink link(sentinelUrl({lab.sentinel.port()}, std::string(":") + kPassword));
    QVERIFY2(link.connect(), link.lastError().c_str());
    QCOMPARE(link.server().port, lab.primary.port());
    // the replica is in sync (the sentinel promotes no replica whose link is down)
    Reply synced;
    QTRY_VERIFY_WITH_TIMEOUT((synced = link.command({"WAIT", "1", "100"})) &&
                                 synced->type == REDIS_REPLY_INTEGER && synced->integer == 1,
                             10000);

    ::kill(lab.primary.pid(), SIGSTOP);
    const qint64 stoppedMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer t;
    t.start();
    qint64 slowestRetryMs = 0, lastAttemptMs = -1000;
    int attempts = 0;
    bool back = false;
    while (!back && t.elapsed() < 15000) {
      if (link.connected()) {
        if (!link.command({"PING"})) continue;  // lost: 1 s later (the command timeout)
        QTest::qWait(20);
        continue;
      }
      if (!link.newsSinceConnect() && t.elapsed() - lastAttemptMs < 200) {
        link.waitForNews(std::chrono::milliseconds(20));
        continue;
      }
      QElapsedTimer one;
      one.start();
      lastAttemptMs = t.elapsed();
      back = link.connect();
      if (!back && ++attempts > 1) slowestRetryMs = std::max(slowestRetryMs, one.elapsed());
    }
    const qint64 backMs = QDateTime::currentMSecsSinceEpoch();
    ::kill(lab.primary.pid(), SIGCONT);
    QVERIFY2(back, (link.lastError() + "\n" + lab.sentinel.log().toStdString()).c_str());
    QCOMPARE(link.server().port, lab.replica.port());
    QTRY_VERIFY_WITH_TIMEOUT(loggedAtMs(lab.sentinel.log(), "+promoted-slave") > 0, 5000);
    const QByteArray log = lab.sentinel.log();
    const qint64 promotedMs = loggedAtMs(log, "+failover-state-wait-promotion");
    const qint64 seenMs = loggedAtMs(log, "+promoted-slave");
    qInfo("SIGSTOP -> wait-promotion %lld ms, -> on the replica %lld ms, -> +promoted-slave %lld "
          "ms; %d failed attempts after the first, the slowest %lld ms",
          promotedMs - stoppedMs, backMs - stoppedMs, seenMs - stoppedMs, attempts - 1,
          slowestRetryMs);
    QVERIFY2(backMs < seenMs, "followed only when the sentinel named the replica");
    QVERIFY2(slowestRetryMs < 300, "an attempt waited on the silent primary again");
  }

  void wrongPasswordIsNamedWithoutThePassword() {
    RedisServer primary({"--requirepass", kPassword});
    QVERIFY2(primary.ok(), primary.error().c_str());
    Sentinel sentinel(primary.port(), swarmlab::test::freeLoopbackPort());
    QVERIFY2(sentinel.ok(), sentinel.log().constData());
    RedisLink link(sentinelUrl({sentinel.port()}, ":wr0ng/pw"));
    QVERIFY(!link.connect());
    QVERIFY2(link.lastError().find("WRONGPASS") != std::string::npos ||
                 link.lastError().find("invalid") != std::string::npos,
             link.lastError().c_str());
    QVERIFY2(link.lastError().find("wr0ng") == std::string::npos, link.lastError().c_str());
  }
};

QTEST_GUILESS_MAIN(TestSentinel)
#include "tst_sentinel.moc"
