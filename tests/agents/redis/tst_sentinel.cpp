// Finding the primary through Redis Sentinel (agents/redis/SentinelResolver, issue 12): a
// redis+sentinel:// URL connects to the primary a real redis-sentinel names, skips a sentinel
// that is down, refuses a server that is not a master, and after a real failover (the primary
// SIGKILLed) the same RedisLink reconnects to the promoted replica. Credentials serve the
// sentinel and the primary alike and never appear in an error.
#include <QtTest>

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include "RedisLink.hpp"
#include "RedisServer.h"
#include "SentinelResolver.hpp"

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
    RedisServer primary({"--requirepass", kPassword, "--masterauth", kPassword});
    QVERIFY2(primary.ok(), primary.error().c_str());
    RedisServer replica({"--requirepass", kPassword, "--masterauth", kPassword, "--replicaof",
                         "127.0.0.1", std::to_string(primary.port()), "--repl-diskless-sync-delay",
                         "0"});
    QVERIFY2(replica.ok(), replica.error().c_str());
    Sentinel sentinel(primary.port(), replica.port());
    QVERIFY2(sentinel.ok(), sentinel.log().constData());
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
