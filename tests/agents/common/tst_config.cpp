// Agent configuration: flags, environment fallbacks, bad inputs (exit 2, message naming the
// flag or variable and what was expected). URL parsing: tests/agents/redis.
#include <QTemporaryDir>
#include <QtTest>

#include <map>

#include "Config.hpp"

using namespace swarmlab::agents;

namespace {
struct Args {
  std::vector<std::string> v;
  std::vector<const char*> p;
  Args(std::initializer_list<std::string> a) : v(a) {
    for (auto& s : v) p.push_back(s.c_str());
  }
  int argc() const { return int(p.size()); }
  const char* const* argv() const { return p.data(); }
};

EnvLookup envOf(std::map<std::string, std::string> m) {
  return [m](const char* name) -> std::optional<std::string> {
    auto it = m.find(name);
    if (it == m.end()) return std::nullopt;
    return it->second;
  };
}
}  // namespace

class TestConfig : public QObject {
  Q_OBJECT
 private slots:
  void publisherDefaults() {
    PublisherConfig c;
    Args a{"swarmlab-publisher"};
    auto out = parsePublisherArgs(a.argc(), a.argv(), c, envOf({}));
    QVERIFY(out.run);
    QCOMPARE(c.periodMs, 2.0);
    QCOMPARE(c.durationS, 0.0);
    QCOMPARE(QString::fromStdString(c.prefix), QStringLiteral("swarmlab"));
    QCOMPARE(QString::fromStdString(c.redis.host), QStringLiteral("127.0.0.1"));
    QCOMPARE(c.redis.port, 6379);
    QVERIFY(!c.node.empty());
    QVERIFY(QString::fromStdString(c.instance).startsWith("publisher-"));
    QVERIFY(c.transport == PublisherConfig::Transport::Redis);
  }

  void publisherFlags() {
    PublisherConfig c;
    Args a{"p",
           "--redis",
           "redis://:pw@10.0.0.5:7000/3",
           "--node",
           "gw1",
           "--instance",
           "pub-a",
           "--period-ms",
           "0.5",
           "--duration-s",
           "20",
           "--prefix",
           "lab2",
           "--log",
           "/tmp/x.csv",
           "--transport",
           "rest",
           "--rest-url",
           "http://127.0.0.1:7379/"};
    auto out = parsePublisherArgs(a.argc(), a.argv(), c, envOf({{"SWARMLAB_NODE", "ignored"}}));
    QVERIFY2(out.run, out.message.c_str());
    QCOMPARE(QString::fromStdString(c.redis.host), QStringLiteral("10.0.0.5"));
    QCOMPARE(c.redis.port, 7000);
    QCOMPARE(c.redis.db, 3);
    QCOMPARE(QString::fromStdString(c.redis.password), QStringLiteral("pw"));
    QCOMPARE(QString::fromStdString(c.node), QStringLiteral("gw1"));  // flag beats env
    QCOMPARE(QString::fromStdString(c.instance), QStringLiteral("pub-a"));
    QCOMPARE(c.periodMs, 0.5);
    QCOMPARE(c.durationS, 20.0);
    QCOMPARE(QString::fromStdString(c.prefix), QStringLiteral("lab2"));
    QCOMPARE(QString::fromStdString(c.logPath), QStringLiteral("/tmp/x.csv"));
    QVERIFY(c.transport == PublisherConfig::Transport::Rest);
    QCOMPARE(QString::fromStdString(c.restUrl), QStringLiteral("http://127.0.0.1:7379"));
  }

  void environmentFallbacks() {
    PublisherConfig c;
    Args a{"p"};
    auto out = parsePublisherArgs(a.argc(), a.argv(), c,
                                  envOf({{"SWARMLAB_REDIS_URL", "unix:///run/redis.sock"},
                                         {"SWARMLAB_NODE", "pi-1"},
                                         {"SWARMLAB_INSTANCE", "clock-1"},
                                         {"SWARMLAB_PERIOD_MS", "0"},
                                         {"SWARMLAB_DURATION_S", "1.5"},
                                         {"SWARMLAB_PREFIX", "p"}}));
    QVERIFY2(out.run, out.message.c_str());
    QVERIFY(c.redis.isUnix);
    QCOMPARE(QString::fromStdString(c.redis.path), QStringLiteral("/run/redis.sock"));
    QCOMPARE(QString::fromStdString(c.node), QStringLiteral("pi-1"));
    QCOMPARE(QString::fromStdString(c.instance), QStringLiteral("clock-1"));
    QCOMPARE(c.periodMs, 0.0);
    QCOMPARE(c.durationS, 1.5);

    SubscriberConfig s;
    out = parseSubscriberArgs(a.argc(), a.argv(), s,
                              envOf({{"SWARMLAB_DISPLAY", "gpio"},
                                     {"SWARMLAB_PINMAP", "/etc/pins.txt"},
                                     {"SWARMLAB_TIME_FORMAT", "hhmm-mmss"},
                                     {"SWARMLAB_UTC_OFFSET_MIN", "-180"}}));
    QVERIFY2(out.run, out.message.c_str());
    QCOMPARE(QString::fromStdString(s.display), QStringLiteral("gpio"));
    QCOMPARE(QString::fromStdString(s.pinmap), QStringLiteral("/etc/pins.txt"));
    QVERIFY(s.timeFormat == swarmlab::display::TimeFormat::HhMm_MmSs);
    QCOMPARE(s.utcOffsetMin, -180);
    QVERIFY(QString::fromStdString(s.instance).startsWith("subscriber-"));
  }

  void badInputs_data() {
    QTest::addColumn<bool>("subscriber");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("envName");
    QTest::addColumn<QString>("envValue");
    QTest::addColumn<QString>("mustName");
    QTest::addColumn<QString>("mustSay");
    QTest::newRow("period text") << false << QStringList{"--period-ms", "abc"} << ""
                                 << ""
                                 << "--period-ms"
                                 << "expected milliseconds";
    QTest::newRow("period negative") << false << QStringList{"--period-ms", "-1"} << ""
                                     << ""
                                     << "--period-ms"
                                     << "expected";
    QTest::newRow("period env") << false << QStringList{} << "SWARMLAB_PERIOD_MS"
                                << "2ms"
                                << "SWARMLAB_PERIOD_MS"
                                << "got '2ms'";
    QTest::newRow("url scheme") << false << QStringList{"--redis", "http://x"} << ""
                                << ""
                                << "--redis"
                                << "redis://";
    QTest::newRow("url port") << true << QStringList{"--redis", "redis://h:0"} << ""
                              << ""
                              << "--redis"
                              << "port";
    QTest::newRow("url env") << true << QStringList{} << "SWARMLAB_REDIS_URL"
                             << "redis://"
                             << "SWARMLAB_REDIS_URL"
                             << "missing host";
    QTest::newRow("unknown flag") << false << QStringList{"--bogus"} << ""
                                  << ""
                                  << "--bogus"
                                  << "";
    QTest::newRow("missing value") << true << QStringList{"--node"} << ""
                                   << ""
                                   << "--node"
                                   << "";
    QTest::newRow("duration") << true << QStringList{"--duration-s", "-3"} << ""
                              << ""
                              << "--duration-s"
                              << "seconds";
    QTest::newRow("transport") << false << QStringList{"--transport", "mqtt"} << ""
                               << ""
                               << "--transport"
                               << "'redis' or 'rest'";
    QTest::newRow("rest without url") << false << QStringList{"--transport", "rest"} << ""
                                      << ""
                                      << "--rest-url"
                                      << "required";
    QTest::newRow("rest url") << false << QStringList{"--rest-url", "ftp://x"} << ""
                              << ""
                              << "--rest-url"
                              << "http://";
    QTest::newRow("display") << true << QStringList{"--display", "lcd"} << ""
                             << ""
                             << "--display"
                             << "expected 'auto' or 'socket' or 'gpio' or 'sim', got 'lcd'";
    QTest::newRow("time format") << true << QStringList{"--time-format", "hh"} << ""
                                 << ""
                                 << "--time-format"
                                 << "hhmm-sscc";
    QTest::newRow("utc offset") << true << QStringList{"--utc-offset-min", "9999"} << ""
                                << ""
                                << "--utc-offset-min"
                                << "-720 to 840";
    QTest::newRow("node spaces") << true << QStringList{"--node", "a b"} << ""
                                 << ""
                                 << "--node"
                                 << "without spaces";
    QTest::newRow("prefix env") << true << QStringList{} << "SWARMLAB_PREFIX"
                                << ""
                                << "SWARMLAB_PREFIX"
                                << "prefix";
  }
  void badInputs() {
    QFETCH(bool, subscriber);
    QFETCH(QStringList, args);
    QFETCH(QString, envName);
    QFETCH(QString, envValue);
    QFETCH(QString, mustName);
    QFETCH(QString, mustSay);
    std::vector<std::string> v{subscriber ? "swarmlab-subscriber" : "swarmlab-publisher"};
    for (auto& s : args) v.push_back(s.toStdString());
    std::vector<const char*> p;
    for (auto& s : v) p.push_back(s.c_str());
    std::map<std::string, std::string> env;
    if (!envName.isEmpty()) env[envName.toStdString()] = envValue.toStdString();
    ParseOutcome out;
    if (subscriber) {
      SubscriberConfig c;
      out = parseSubscriberArgs(int(p.size()), p.data(), c, envOf(env));
    } else {
      PublisherConfig c;
      out = parsePublisherArgs(int(p.size()), p.data(), c, envOf(env));
    }
    QVERIFY(!out.run);
    QCOMPARE(out.exitCode, kExitUsage);
    const QString msg = QString::fromStdString(out.message);
    QVERIFY2(!msg.contains('\n'), qPrintable(msg));
    QVERIFY2(msg.contains(mustName), qPrintable(msg));
    QVERIFY2(msg.contains(mustSay), qPrintable(msg));
  }

  void passwordNeverShown() {
    PublisherConfig c;
    Args a{"p", "--redis", "redis://:hunter2@host:notaport"};
    auto out = parsePublisherArgs(a.argc(), a.argv(), c, envOf({}));
    QCOMPARE(out.exitCode, kExitUsage);
    QVERIFY2(!QString::fromStdString(out.message).contains("hunter2"), out.message.c_str());
  }

  // Issue 11: the password comes from a file or the environment, never from argv; the file wins
  // over SWARMLAB_REDIS_PASSWORD, which wins over the URL's.
  void passwordFromFileOrEnvironment() {
    QTemporaryDir dir;
    const std::string file = dir.filePath("pw").toStdString();
    {
      QFile f(QString::fromStdString(file));
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("fi/le@pw:1\n");
    }
    PublisherConfig c;
    Args a{"p", "--redis", "redis://:inurl@h:1"};
    auto out = parsePublisherArgs(a.argc(), a.argv(), c,
                                  envOf({{"SWARMLAB_REDIS_USER", "swarmlab-agent"},
                                         {"SWARMLAB_REDIS_PASSWORD_FILE", file},
                                         {"SWARMLAB_REDIS_PASSWORD", "fromenv"}}));
    QVERIFY2(out.run, out.message.c_str());
    QCOMPARE(QString::fromStdString(c.redis.user), QStringLiteral("swarmlab-agent"));
    QCOMPARE(QString::fromStdString(c.redis.password), QStringLiteral("fi/le@pw:1"));
    PublisherConfig e;
    out = parsePublisherArgs(a.argc(), a.argv(), e, envOf({{"SWARMLAB_REDIS_PASSWORD", "env"}}));
    QVERIFY(out.run);
    QCOMPARE(QString::fromStdString(e.redis.password), QStringLiteral("env"));
    PublisherConfig u;
    Args plain{"p", "--redis", "redis://h:1"};
    out = parsePublisherArgs(plain.argc(), plain.argv(), u, envOf({}));
    QVERIFY(out.run);
    QVERIFY(u.redis.password.empty());
  }

  void badPasswordSettings() {
    PublisherConfig c;
    Args a{"p", "--redis-password-file", "/nonexistent/pw"};
    auto out = parsePublisherArgs(a.argc(), a.argv(), c, envOf({}));
    QCOMPARE(out.exitCode, kExitUsage);
    QVERIFY2(QString::fromStdString(out.message).contains("/nonexistent/pw"), out.message.c_str());
    PublisherConfig u;
    Args b{"p", "--redis-user", "agent"};
    out = parsePublisherArgs(b.argc(), b.argv(), u, envOf({}));
    QCOMPARE(out.exitCode, kExitUsage);
    QVERIFY2(QString::fromStdString(out.message).contains("SWARMLAB_REDIS_PASSWORD_FILE"),
             out.message.c_str());
  }

  void help() {
    PublisherConfig c;
    Args a{"p", "--help"};
    auto out = parsePublisherArgs(a.argc(), a.argv(), c, envOf({}));
    QVERIFY(!out.run);
    QCOMPARE(out.exitCode, kExitDone);
    for (const char* s : {"--period-ms", "SWARMLAB_PERIOD_MS", "--redis", "SWARMLAB_REDIS_URL",
                          "--transport", "Exit codes"}) {
      QVERIFY2(QString::fromStdString(out.message).contains(s), s);
    }
    SubscriberConfig sc;
    out = parseSubscriberArgs(a.argc(), a.argv(), sc, envOf({}));
    QCOMPARE(out.exitCode, kExitDone);
    QVERIFY(QString::fromStdString(out.message).contains("--display"));
  }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
