// The Redis connection (agents/redis/RedisLink) and the TIME burst against a real
// redis-server: AUTH with a password holding '/', ':' and '@', ACL users, SELECT, refusals
// naming the server with its own message (never the password), a server killed under a link.
#include <QtTest>

#include <hiredis/hiredis.h>

#include "ClockSync.hpp"
#include "RedisLink.hpp"
#include "RedisServer.h"

using namespace swarmlab::redis;
using swarmlab::test::RedisServer;

namespace {
constexpr const char* kPassword = "s3cr/et:p@ss";
constexpr std::int64_t kSameHostOffsetUs = 100'000;  // local and server clock: one machine

RedisUrl urlOf(const RedisServer& srv, const std::string& userinfo, int db = 0) {
  std::string text = "redis://" + (userinfo.empty() ? "" : userinfo + "@") +
                     "127.0.0.1:" + std::to_string(srv.port()) +
                     (db ? "/" + std::to_string(db) : "");
  std::string err;
  auto u = parseRedisUrl(text, &err);
  if (!u) qFatal("%s", err.c_str());
  return *u;
}

std::string text(const Reply& r) { return std::string(replyText(r.get())); }

// ACL user `name` with password `pw` and the given command rules.
bool addUser(RedisLink& admin, const std::string& name, const std::string& pw,
             const std::string& rules) {
  std::vector<std::string> args{"ACL", "SETUSER", name, "on", ">" + pw, "~*", "&*", "+@all"};
  if (!rules.empty()) args.push_back(rules);
  admin.append(args);
  Reply r = admin.getReply();
  if (isError(r.get())) qWarning("ACL SETUSER %s: %s", name.c_str(), errorText(r.get()).c_str());
  return !isError(r.get());
}
}  // namespace

class TestRedisLink : public QObject {
  Q_OBJECT
 private slots:
  void passwordWithSpecialCharactersAndSelect() {
    RedisServer srv({"--requirepass", kPassword});
    QVERIFY2(srv.ok(), srv.error().c_str());
    RedisLink link(urlOf(srv, std::string(":") + kPassword, 2));
    QVERIFY2(link.connect(), link.lastError().c_str());
    Reply r = link.command({"CLIENT", "INFO"});
    QVERIFY2(text(r).find(" db=2 ") != std::string::npos, text(r).c_str());
    QVERIFY(link.url().redacted().find("s3cr") == std::string::npos);
  }

  void wrongPasswordIsNamedWithoutThePassword() {
    RedisServer srv({"--requirepass", kPassword});
    QVERIFY2(srv.ok(), srv.error().c_str());
    RedisLink link(urlOf(srv, ":wr0ng/pw"));
    QVERIFY(!link.connect());
    const std::string& e = link.lastError();
    QVERIFY2(e.find("refused AUTH") != std::string::npos, e.c_str());
    QVERIFY2(e.find("127.0.0.1:" + std::to_string(srv.port())) != std::string::npos, e.c_str());
    QVERIFY2(e.find("WRONGPASS") != std::string::npos, e.c_str());  // the server's own words
    QVERIFY2(e.find("wr0ng") == std::string::npos, e.c_str());
    QVERIFY(!link.connected());
  }

  void aclUserAndRefusedSelect() {
    RedisServer srv;
    QVERIFY2(srv.ok(), srv.error().c_str());
    RedisLink admin(urlOf(srv, ""));
    QVERIFY2(admin.connect(), admin.lastError().c_str());
    QVERIFY(addUser(admin, "agent", "agent:pw", ""));
    RedisLink link(urlOf(srv, "agent:agent:pw"));
    QVERIFY2(link.connect(), link.lastError().c_str());
    QCOMPARE(QString::fromStdString(text(link.command({"ACL", "WHOAMI"}))),
             QStringLiteral("agent"));

    RedisLink far(urlOf(srv, "", 99));  // 16 databases by default
    QVERIFY(!far.connect());
    QVERIFY2(far.lastError().find("refused SELECT 99") != std::string::npos,
             far.lastError().c_str());
  }

  void timeBurstOnABareContext() {
    RedisServer srv;
    QVERIFY2(srv.ok(), srv.error().c_str());
    std::string err;
    Context c = connectRedis(urlOf(srv, ""), {}, &err);
    QVERIFY2(c, err.c_str());
    const TimeBurst b = timeBurst(c.get(), 8);
    QVERIFY2(b.ioOk, b.error.c_str());
    QVERIFY(b.best.has_value());
    QVERIFY(b.best->rttUs >= 0);
    qInfo("best of 8: offset %lld us, rtt %lld us", static_cast<long long>(b.best->offsetUs),
          static_cast<long long>(b.best->rttUs));
    QVERIFY2(std::abs(b.best->offsetUs) < kSameHostOffsetUs,
             qPrintable(QString::number(b.best->offsetUs)));
  }

  void timeRefusedKeepsThePreviousOffset() {
    RedisServer srv;
    QVERIFY2(srv.ok(), srv.error().c_str());
    RedisLink admin(urlOf(srv, ""));
    QVERIFY2(admin.connect(), admin.lastError().c_str());
    QVERIFY(addUser(admin, "notime", "pw", "-time"));
    RedisLink link(urlOf(srv, "notime:pw"));
    QVERIFY2(link.connect(), link.lastError().c_str());
    const TimeBurst b = timeBurst(link.context(), 3);
    QVERIFY(b.ioOk);
    QVERIFY(!b.best);
    QVERIFY2(b.error.find("NOPERM") != std::string::npos, b.error.c_str());
    ClockSync clock;
    QVERIFY(clock.sync(link, 3));  // the link is fine ...
    QVERIFY(!clock.synced());      // ... but there is no estimate
    QVERIFY(link.connected());
  }

  void serverKilledUnderTheLink() {
    RedisServer srv;
    QVERIFY2(srv.ok(), srv.error().c_str());
    RedisLink link(urlOf(srv, ""));
    QVERIFY2(link.connect(), link.lastError().c_str());
    ClockSync clock;
    QVERIFY(clock.sync(link, 4));
    QVERIFY(clock.synced());
    srv.kill();
    QVERIFY(!clock.sync(link, 4));
    QVERIFY(!link.connected());
    const std::string where = "127.0.0.1:" + std::to_string(srv.port());
    QVERIFY2(link.lastError().find("lost Redis at " + where) != std::string::npos,
             link.lastError().c_str());
    QVERIFY(!link.connect());
    QVERIFY2(link.lastError().find("cannot reach Redis at " + where) != std::string::npos,
             link.lastError().c_str());
    QVERIFY2(srv.restart(), srv.error().c_str());
    QVERIFY2(link.connect(), link.lastError().c_str());
    QCOMPARE(QString::fromStdString(text(link.command({"PING"}))), QStringLiteral("PONG"));
  }
};

QTEST_GUILESS_MAIN(TestRedisLink)
#include "tst_redis_link.moc"
