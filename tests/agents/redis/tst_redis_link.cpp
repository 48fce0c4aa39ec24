// The Redis connection (agents/redis/RedisLink) and the TIME burst against a real
// redis-server: AUTH with a password holding '/', ':' and '@', ACL users, SELECT, refusals
// naming the server with its own message (never the password), a server killed under a link,
// replies over kMaxReplyElements refused (a real server's, and a hostile "*<n>" header).
#include <QtTest>

#include <hiredis/hiredis.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

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

/// A server no redis-server can be made into: it answers the first command with an array
/// header of 700 million elements and no elements (hiredis 0.14 would calloc 5.6 GB for it).
class HostileServer {
 public:
  HostileServer() {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (bind(fd_, reinterpret_cast<sockaddr*>(&a), len) != 0 || listen(fd_, 1) != 0 ||
        getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len) != 0)
      qFatal("HostileServer: cannot listen on loopback");
    port_ = ntohs(a.sin_port);
    thread_ = std::thread([this] {
      const int c = accept(fd_, nullptr, nullptr);
      if (c < 0) return;
      char buf[256];
      if (read(c, buf, sizeof buf) > 0) {
        const char answer[] = "*700000000\r\n";
        (void)!write(c, answer, sizeof answer - 1);
      }
      char more;
      while (read(c, &more, 1) > 0) {  // until the client hangs up
      }
      close(c);
    });
  }
  ~HostileServer() {
    shutdown(fd_, SHUT_RDWR);
    close(fd_);
    thread_.join();
  }
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
  std::thread thread_;
};

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

  // A real server's reply over the bound (a list of 1.1 million items) is refused and named;
  // the link reconnects and a reply of 1 million items, just under it, is read whole.
  void replyOverTheElementBoundIsRefused() {
    RedisServer srv;
    QVERIFY2(srv.ok(), srv.error().c_str());
    // filling and reading a million items takes seconds on a loaded machine, not one
    RedisLink link(urlOf(srv, ""), ConnectOptions{std::chrono::milliseconds(2000),
                                                  std::chrono::milliseconds(60000)});
    QVERIFY2(link.connect(), link.lastError().c_str());
    const Reply fill = link.command(
        {"EVAL", "for i=1,tonumber(ARGV[1]) do redis.call('RPUSH', KEYS[1], i) end return 1", "1",
         "l", std::to_string(kMaxReplyElements + 50000)});
    QVERIFY2(!isError(fill.get()), errorText(fill.get()).c_str());
    const Reply whole = link.command({"LRANGE", "l", "0", "-1"});
    QVERIFY(!whole);
    QVERIFY(!link.connected());
    QVERIFY2(link.lastError().find("a reply of more than 1048576 elements (1098576 in one "
                                   "array, refused)") != std::string::npos,
             link.lastError().c_str());
    QVERIFY2(link.connect(), link.lastError().c_str());
    const Reply under = link.command({"LRANGE", "l", "0", std::to_string(kMaxReplyElements - 1)});
    QVERIFY2(under && under->type == REDIS_REPLY_ARRAY, link.lastError().c_str());
    QCOMPARE(qint64(under->elements), qint64(kMaxReplyElements));
  }

  // A header alone cannot make the client allocate: "*700000000" is refused before hiredis'
  // calloc (without the bound the read would wait for the elements and end "timed out").
  void hostileArrayHeaderAllocatesNothing() {
    HostileServer hostile;
    RedisLink link(*parseRedisUrl("redis://127.0.0.1:" + std::to_string(hostile.port()), nullptr));
    QVERIFY2(link.connect(), link.lastError().c_str());
    QVERIFY(!link.command({"PING"}));
    QVERIFY2(link.lastError().find("700000000 in one array, refused") != std::string::npos,
             link.lastError().c_str());
  }
};

QTEST_GUILESS_MAIN(TestRedisLink)
#include "tst_redis_link.moc"
