// The redis-server test fixture (tests/support/RedisServer.h): start, PING, kill, restart on the
// same port, cleanup.
#include <QtTest>

#include <sys/wait.h>
#include <filesystem>

#include "RedisServer.h"

using swarmlab::test::RedisServer;

class TestRedisServer : public QObject {
  Q_OBJECT
 private slots:
  void startsAndAnswers() {
    RedisServer srv;
    QVERIFY2(srv.ok(), srv.error().c_str());
    QVERIFY(srv.port() > 0);
    QCOMPARE(QString::fromStdString(srv.url()),
             QStringLiteral("redis://127.0.0.1:%1").arg(srv.port()));
    QCOMPARE(QString::fromStdString(srv.rawCommand("PING")), QStringLiteral("+PONG\r\n"));
    QCOMPARE(QString::fromStdString(srv.rawCommand("SET k v")), QStringLiteral("+OK\r\n"));
    QVERIFY(std::filesystem::exists(srv.unixSocketPath()));
  }

  void killAndRestartSamePort() {
    RedisServer srv;
    QVERIFY2(srv.ok(), srv.error().c_str());
    const int port = srv.port();
    srv.kill();
    QVERIFY(!srv.ok());
    QCOMPARE(QString::fromStdString(srv.rawCommand("PING")), QString());
    QVERIFY2(srv.restart(), srv.error().c_str());
    QCOMPARE(srv.port(), port);
    QCOMPARE(QString::fromStdString(srv.rawCommand("PING")), QStringLiteral("+PONG\r\n"));
    // no persistence: the restarted server is empty
    QCOMPARE(QString::fromStdString(srv.rawCommand("DBSIZE")), QStringLiteral(":0\r\n"));
  }

  void destructorCleansUp() {
    std::string dir;
    pid_t pid = 0;
    {
      RedisServer srv({"--requirepass", "s3cret"});
      QVERIFY2(srv.ok(), srv.error().c_str());
      dir = srv.dir();
      pid = srv.pid();
      QVERIFY(srv.rawCommand("PING").rfind("-NOAUTH", 0) == 0);
    }
    QVERIFY(!std::filesystem::exists(dir));
    QVERIFY(::kill(pid, 0) != 0);
  }

  void twoServersDifferentPorts() {
    RedisServer a, b;
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a.port() != b.port());
  }

  void badArgumentsReportError() {
    RedisServer srv({"--no-such-option", "1"});
    QVERIFY(!srv.ok());
    QVERIFY(!srv.error().empty());
    QVERIFY2(srv.error().find("no-such-option") != std::string::npos ||
                 srv.error().find("Bad directive") != std::string::npos,
             srv.error().c_str());
  }
};

QTEST_GUILESS_MAIN(TestRedisServer)
#include "tst_test_server.moc"
