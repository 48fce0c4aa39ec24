// Redis URLs (agents/redis/RedisUrl): parsing, and redaction that hides any password, one
// holding '/', ':' or '@' included, in valid and invalid URLs alike.
#include <QtTest>

#include "RedisUrl.hpp"

using namespace swarmlab::redis;

namespace {
// True if any 4-character piece of the password (or all of a shorter one) is in text.
bool leaks(const std::string& text, const std::string& password) {
  const std::size_t n = std::min<std::size_t>(4, password.size());
  for (std::size_t i = 0; i + n <= password.size(); ++i) {
    if (text.find(password.substr(i, n)) != std::string::npos) return true;
  }
  return false;
}
}  // namespace

class TestRedisUrl : public QObject {
  Q_OBJECT
 private slots:
  void urls_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("db");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("host only") << "redis://gw" << true << "gw" << 6379 << 0 << ""
                               << "";
    QTest::newRow("host port") << "redis://10.1.2.3:6380" << true << "10.1.2.3" << 6380 << 0 << ""
                               << "";
    QTest::newRow("db") << "redis://h:1/15" << true << "h" << 1 << 15 << ""
                        << "";
    QTest::newRow("trailing slash") << "redis://h/" << true << "h" << 6379 << 0 << ""
                                    << "";
    QTest::newRow("password") << "redis://:s3cr%40t@h:7000" << true << "h" << 7000 << 0 << ""
                              << "s3cr@t";
    QTest::newRow("user") << "redis://app:pw@h" << true << "h" << 6379 << 0 << "app"
                          << "pw";
    QTest::newRow("password with @") << "redis://:a@b@h" << true << "h" << 6379 << 0 << ""
                                     << "a@b";
    QTest::newRow("password with /") << "redis://:a/b@h:7000/3" << true << "h" << 7000 << 3 << ""
                                     << "a/b";
    QTest::newRow("password with :") << "redis://:a:b@h" << true << "h" << 6379 << 0 << ""
                                     << "a:b";
    QTest::newRow("password with all")
        << "redis://app:p@s/s:w@h:1/2" << true << "h" << 1 << 2 << "app"
        << "p@s/s:w";
    QTest::newRow("ipv6") << "redis://[::1]:6390" << true << "::1" << 6390 << 0 << ""
                          << "";
    QTest::newRow("no scheme") << "localhost:6379" << false << "" << 0 << 0 << ""
                               << "";
    QTest::newRow("rediss") << "rediss://h" << false << "" << 0 << 0 << ""
                            << "";
    QTest::newRow("empty host") << "redis://:6379" << false << "" << 0 << 0 << ""
                                << "";
    QTest::newRow("port text") << "redis://h:abc" << false << "" << 0 << 0 << ""
                               << "";
    QTest::newRow("port big") << "redis://h:65536" << false << "" << 0 << 0 << ""
                              << "";
    QTest::newRow("empty port") << "redis://h:" << false << "" << 0 << 0 << ""
                                << "";
    QTest::newRow("db text") << "redis://h/x" << false << "" << 0 << 0 << ""
                             << "";
    QTest::newRow("userinfo without colon") << "redis://pw@h" << false << "" << 0 << 0 << ""
                                            << "";
    QTest::newRow("empty password") << "redis://:@h" << false << "" << 0 << 0 << ""
                                    << "";
    QTest::newRow("bad escape") << "redis://:%zz@h" << false << "" << 0 << 0 << ""
                                << "";
    QTest::newRow("ipv6 open") << "redis://[::1" << false << "" << 0 << 0 << ""
                               << "";
    QTest::newRow("unix relative") << "unix://run/redis.sock" << false << "" << 0 << 0 << ""
                                   << "";
    QTest::newRow("unix empty") << "unix://" << false << "" << 0 << 0 << ""
                                << "";
    QTest::newRow("empty") << "" << false << "" << 0 << 0 << ""
                           << "";
  }
  void urls() {
    QFETCH(QString, url);
    QFETCH(bool, ok);
    std::string err;
    auto u = parseRedisUrl(url.toStdString(), &err);
    QCOMPARE(u.has_value(), ok);
    if (!ok) {
      QVERIFY(QString::fromStdString(err).contains("expected redis://"));
      return;
    }
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, db);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QCOMPARE(QString::fromStdString(u->host), host);
    QCOMPARE(u->port, port);
    QCOMPARE(u->db, db);
    QCOMPARE(QString::fromStdString(u->user), user);
    QCOMPARE(QString::fromStdString(u->password), password);
    QVERIFY(!u->isUnix);
  }

  void unixUrl() {
    auto u = parseRedisUrl("unix:///var/run/redis/redis.sock", nullptr);
    QVERIFY(u && u->isUnix);
    QCOMPARE(QString::fromStdString(u->path), QStringLiteral("/var/run/redis/redis.sock"));
    QCOMPARE(QString::fromStdString(u->where()), QStringLiteral("/var/run/redis/redis.sock"));
  }
  void unixWithPassword() {
    auto u = parseRedisUrl("unix://app:s%2Fcr@t@/run/lab/redis.sock", nullptr);
    QVERIFY(u && u->isUnix);
    QCOMPARE(QString::fromStdString(u->path), QStringLiteral("/run/lab/redis.sock"));
    QCOMPARE(QString::fromStdString(u->user), QStringLiteral("app"));
    QCOMPARE(QString::fromStdString(u->password), QStringLiteral("s/cr@t"));
    QCOMPARE(QString::fromStdString(u->redacted()),
             QStringLiteral("unix://app:***@/run/lab/redis.sock"));
  }

  void redactedHidesThePassword_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << "redis://:hunter2@host:6380/2"
                           << "hunter2"
                           << "redis://:***@host:6380/2";
    QTest::newRow("slash") << "redis://:se/cret@h:7000"
                           << "se/cret"
                           << "redis://:***@h:7000";
    QTest::newRow("colon") << "redis://u:se:cr:et@h"
                           << "se:cr:et"
                           << "redis://u:***@h:6379";
    QTest::newRow("at") << "redis://:s@c@r@t!@h/1"
                        << "s@c@r@t!"
                        << "redis://:***@h:6379/1";
    QTest::newRow("all three") << "redis://app:p@s/s:w0rd@[::1]:7001/4"
                               << "p@s/s:w0rd"
                               << "redis://app:***@[::1]:7001/4";
    QTest::newRow("escaped") << "redis://:p%2Fw%40x@h"
                             << "p/w@x"
                             << "redis://:***@h:6379";
  }
  void redactedHidesThePassword() {
    QFETCH(QString, url);
    QFETCH(QString, password);
    QFETCH(QString, shown);
    std::string err;
    auto u = parseRedisUrl(url.toStdString(), &err);
    QVERIFY2(u, err.c_str());
    QCOMPARE(QString::fromStdString(u->password), password);
    QCOMPARE(QString::fromStdString(u->redacted()), shown);
    const std::string raw = redactUrl(url.toStdString());
    QVERIFY2(!leaks(raw, password.toStdString()), raw.c_str());
    QVERIFY2(raw.find("***@") != std::string::npos, raw.c_str());
  }

  // A URL that does not parse is shown redacted in the error, whatever its password holds.
  void errorsHideThePassword_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("password");
    QTest::newRow("bad port") << "redis://:hunter2@host:notaport"
                              << "hunter2";
    QTest::newRow("slash, bad db") << "redis://:se/cret@h/x"
                                   << "se/cret";
    QTest::newRow("at, no host") << "redis://:s@c@r@t@"
                                 << "s@c@r@t";
    QTest::newRow("all, bad port") << "redis://u:p@s/s:w0rd@h:99999"
                                   << "p@s/s:w0rd";
    QTest::newRow("unknown scheme") << "rediss://:t0p/s:e@cret@h"
                                    << "t0p/s:e@cret";
    QTest::newRow("no scheme") << ":hunter2@host"
                               << "hunter2";
    QTest::newRow("unix bad escape") << "unix://:pa%zz/ss@/run/r.sock"
                                     << "pa%zz/ss";
  }
  void errorsHideThePassword() {
    QFETCH(QString, url);
    QFETCH(QString, password);
    std::string err;
    QVERIFY(!parseRedisUrl(url.toStdString(), &err));
    QVERIFY2(err.find("expected redis://") != std::string::npos, err.c_str());
    QVERIFY2(!leaks(err, password.toStdString()), err.c_str());
    const std::string raw = redactUrl(url.toStdString());
    QVERIFY2(!leaks(raw, password.toStdString()), raw.c_str());
  }

  // issue 12: redis+sentinel://[[user]:password@]host[:port],host[:port]/master
  void sentinelUrl() {
    std::string err;
    auto u = parseRedisUrl("redis+sentinel://agent:p@ss:w/rd@gw1:26380,[::1],gw2/swarmlab", &err);
    QVERIFY2(u, err.c_str());
    QVERIFY(u->isSentinel());
    QCOMPARE(u->sentinels.size(), std::size_t(3));
    QCOMPARE(QString::fromStdString(u->sentinels[0].host), QStringLiteral("gw1"));
    QCOMPARE(u->sentinels[0].port, 26380);
    QCOMPARE(QString::fromStdString(u->sentinels[1].host), QStringLiteral("::1"));
    QCOMPARE(u->sentinels[1].port, 26379);
    QCOMPARE(u->sentinels[2].port, 26379);
    QCOMPARE(QString::fromStdString(u->master), QStringLiteral("swarmlab"));
    QCOMPARE(QString::fromStdString(u->user), QStringLiteral("agent"));
    QCOMPARE(QString::fromStdString(u->password), QStringLiteral("p@ss:w/rd"));
    QCOMPARE(QString::fromStdString(u->redacted()),
             QStringLiteral("redis+sentinel://agent:***@gw1:26380,[::1]:26379,gw2:26379/swarmlab"));
    QCOMPARE(QString::fromStdString(u->where()),
             QStringLiteral("primary swarmlab via sentinels gw1:26380,[::1]:26379,gw2:26379"));
    auto again = parseRedisUrl(u->withCredentials(), &err);
    QVERIFY2(again, err.c_str());
    QCOMPARE(again->password, u->password);
    QCOMPARE(again->sentinels, u->sentinels);
    QCOMPARE(again->master, u->master);
    QVERIFY(!leaks(redactUrl("redis+sentinel://agent:p@ss:w/rd@gw1/swarmlab"), "p@ss:w/rd"));
    auto plain = parseRedisUrl("redis://gw1:6379", &err);
    QVERIFY(plain && !plain->isSentinel());
  }
  void badSentinelUrls_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("why");
    QTest::newRow("no master") << "redis+sentinel://:hunter2@gw1:26379"
                               << "missing the master name";
    QTest::newRow("empty master") << "redis+sentinel://gw1/"
                                  << "missing the master name";
    QTest::newRow("bad port") << "redis+sentinel://:hunter2@gw1:1,gw2:x/m"
                              << "sentinel 2: port must be 1-65535";
    QTest::newRow("empty host") << "redis+sentinel://gw1,/m"
                                << "sentinel 2: missing host";
  }
  void badSentinelUrls() {
    QFETCH(QString, url);
    QFETCH(QString, why);
    std::string err;
    QVERIFY(!parseRedisUrl(url.toStdString(), &err));
    QVERIFY2(err.find(why.toStdString()) != std::string::npos, err.c_str());
    QVERIFY2(err.find("redis+sentinel://") != std::string::npos, err.c_str());
    QVERIFY2(!leaks(err, "hunter2"), err.c_str());
  }

  void redactUrlKeepsWhatIsSafe() {
    QCOMPARE(QString::fromStdString(redactUrl("redis://gw:6379/2")),
             QStringLiteral("redis://gw:6379/2"));
    QCOMPARE(QString::fromStdString(redactUrl("redis://pw@gw")), QStringLiteral("redis://***@gw"));
    QCOMPARE(QString::fromStdString(redactUrl("unix:///run/r.sock")),
             QStringLiteral("unix:///run/r.sock"));
    QCOMPARE(QString::fromStdString(redactUrl("")), QString());
  }
};

QTEST_GUILESS_MAIN(TestRedisUrl)
#include "tst_redis_url.moc"
