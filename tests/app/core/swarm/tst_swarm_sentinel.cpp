// The replicated mediation layer on Swarm (issue 12, docs/replication.md) against this machine's
// real engine: the two-gateways lab on a one-node swarm (every lab node on the one machine, so
// each member has a port of its own). Its servers agree with its sentinels on the primary; a
// publisher -> subscriber flow runs through the redis+sentinel:// URL; the primary's container
// is SIGKILLed (and its service scaled to 0, so that Swarm does not start it again before
// Sentinel acts): the sentinels promote the replica, the subscriber resumes on it
// (failover_gap measured); the old primary, back, becomes a replica of the new one.
#include <QDateTime>
#include <QUrl>
#include <QtTest>

#include <hiredis/hiredis.h>
#include <nlohmann/json.hpp>

#include "LabFile.h"
#include "LabSecrets.h"
#include "RedisLink.hpp"
#include "SentinelAsk.h"
#include "SwarmFixture.h"
#include "SwarmOrchestrator.h"
#include "Telemetry.h"
#include "swarmlab_build_paths.h"

using namespace swarmlab;
using namespace swarmlab::test;

namespace {

constexpr int kMembers = 5;  // two servers, three sentinels

struct Resumed {
  QString instance, detail;
  qint64 tUs = 0, lastUpdateUs = 0;
};

}  // namespace

class TestSwarmSentinel : public QObject {
  Q_OBJECT
  SwarmFixture fx_;
  SwarmOptions opt_;
  Lab lab_;
  std::unique_ptr<SwarmOrchestrator> orch_;
  std::unique_ptr<QSignalSpy> fin_;  ///< Orchestrator::commandFinished
  QString host_;                     // the node's address: every member's
  QString password_;                 // the lab's: the test asks as swarmlab-sentinel
  SentinelAsk ask_;

 public:
  QString prepare() {
    const QString name = QStringLiteral("swltest-sent-%1").arg(QCoreApplication::applicationPid());
    const QString why = fx_.setUp(name);
    if (!why.isEmpty()) return why;
    const QString src =
        qEnvironmentVariable("SWARMLAB_SOURCE_DIR", QStringLiteral(SWARMLAB_SOURCE_DIR));
    auto lr = loadLabFile(src + QStringLiteral("/resources/labs/two-gateways.json"));
    if (!lr.lab) return "FAIL: two-gateways lab: " + lr.errors.join("; ");
    lab_ = *lr.lab;
    lab_.name = name;
    return {};
  }

 private:
  int serverPort(int i) const { return opt_.redisPort + i; }
  int sentinelPort(int j) const { return opt_.redisPort + 2 + j; }
  QString role(int port) const { return ask_.role(host_, port); }
  bool allSentinelsName(int port) {
    for (int j = 0; j < 3; ++j)
      if (ask_.masterOf(host_, sentinelPort(j)) != QStringLiteral("%1:%2").arg(host_).arg(port))
        return false;
    return true;
  }

  QList<Resumed> resumedEvents() {
    QList<Resumed> out;
    const auto u = redis::parseRedisUrl(orch_->redisUrl().toStdString(), nullptr);
    if (!u) return out;
    std::string error;
    redis::Context ctx = redis::connectRedis(*u, {}, &error);  // through the sentinels
    if (!ctx) return out;
    redisContext* c = ctx.get();
    auto* r = static_cast<redisReply*>(redisCommand(c, "XRANGE swarmlab:events - +"));
    for (size_t i = 0; r && r->type == REDIS_REPLY_ARRAY && i < r->elements; ++i) {
      const redisReply* f = r->element[i]->element[1];
      Resumed e;
      bool resumed = false;
      for (size_t k = 0; k + 1 < f->elements; k += 2) {
        const QByteArray key(f->element[k]->str, int(f->element[k]->len));
        const QString v = QString::fromUtf8(f->element[k + 1]->str, int(f->element[k + 1]->len));
        if (key == "event") resumed = v == QLatin1String("resumed");
        if (key == "instance") e.instance = v;
        if (key == "detail") e.detail = v;
        if (key == "t_us") e.tUs = v.toLongLong();
        if (key == "last_update_us") e.lastUpdateUs = v.toLongLong();
      }
      if (resumed) out << e;
    }
    if (r) freeReplyObject(r);
    return out;
  }

  std::string containerOf(const QString& service) {
    const QString filters =
        QUrl::toPercentEncoding(QStringLiteral(R"({"service":["%1"],"desired-state":["running"]})")
                                    .arg(opt_.servicePrefix + service));
    DockerResponse r = fx_.http().request("GET", "/tasks?filters=" + filters);
    const auto tasks = nlohmann::json::parse(r.body.toStdString(), nullptr, false);
    for (const auto& t : tasks.is_array() ? tasks : nlohmann::json::array())
      if (t["Status"].value("State", "") == "running")
        return t["Status"]["ContainerStatus"].value("ContainerID", std::string());
    return {};
  }

  bool command(quint64 id, QString* why) { return commandOk(*fin_, id, why); }

 private slots:
  void initTestCase() {
    qRegisterMetaType<OrchestratorError>();
    const QString err = fx_.initSwarmIfInactive();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    opt_.servicePrefix = QStringLiteral("swls%1-").arg(QCoreApplication::applicationPid());
    opt_.redisPort = freePortBlock(kMembers);
    QVERIFY(opt_.redisPort > 0);
    QString why;
    password_ = secrets::labPassword(lab_.name, &why);
    QVERIFY2(!password_.isEmpty(), qPrintable(why));
    ask_.setPassword(password_);
    orch_ = std::make_unique<SwarmOrchestrator>(lab_, opt_);
    fin_ = std::make_unique<QSignalSpy>(orch_.get(), &Orchestrator::commandFinished);
    qint64 ms = 0;
    const QString errors = startAndWait(orch_.get(), &ms);
    QVERIFY2(errors.isEmpty(), qPrintable("errors while the replicated Redis started: " + errors));
    qInfo("replicated Redis (2 servers, 3 sentinels) ready after %lld ms: %s", ms,
          qPrintable(redactedRedisUrl(orch_->redisUrl())));
    QVERIFY(orch_->redisUrl().startsWith("redis+sentinel://"));
    const auto u = redis::parseRedisUrl(orch_->redisUrl().toStdString(), nullptr);
    QVERIFY(u && u->sentinels.size() == 3);
    host_ = QString::fromStdString(u->sentinels[0].host);
    QCOMPARE(u->sentinels[0].port, sentinelPort(0));
  }

  void rolesAndSentinelsAgree() {
    QCOMPARE(role(serverPort(0)), QStringLiteral("master"));
    QTRY_COMPARE_WITH_TIMEOUT(role(serverPort(1)), QStringLiteral("slave %1").arg(serverPort(0)),
                              20000);
    QTRY_VERIFY_WITH_TIMEOUT(allSentinelsName(serverPort(0)), 20000);
    // the sentinels have found each other (hello messages through the primary)
    QTRY_VERIFY_WITH_TIMEOUT(ask_.ask(host_, sentinelPort(0), {"SENTINEL", "master", "swarmlab"})
                                 .contains("num-other-sentinels\r\n$1\r\n2"),
                             30000);
    // without credentials: nothing
    QVERIFY(redisRaw(QStringLiteral("redis://%1:%2").arg(host_).arg(sentinelPort(1)),
                     {"SENTINEL", "get-master-addr-by-name", "swarmlab"})
                .startsWith("-NOAUTH"));
  }

  void noPasswordInSpecs() {
    nlohmann::json f = {{"label", {"swarmlab.lab=" + lab_.name.toStdString()}}};
    DockerResponse r = fx_.http().request(
        "GET", "/services?filters=" +
                   QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(f.dump()))));
    QVERIFY(r.ok());
    const auto list = nlohmann::json::parse(r.body.toStdString());
    QCOMPARE(int(list.size()), kMembers);
    QVERIFY(!r.body.contains(password_.toUtf8()));
  }

  // The lab's redis template dropped by hand. On a gateway the member there stands for it (the
  // timeline gateway-failover.json deploys it on gw1); on another node it is refused with the
  // reason. No single Redis on the members' base port is created either way.
  void redisTemplateByHand() {
    QString why;
    QVERIFY2(command(orch_->deploy(*lab_.templ("redis"), "gw1"), &why), qPrintable(why));
    QVERIFY(!command(orch_->deploy(*lab_.templ("redis"), "pi1"), &why));
    QVERIFY2(why.contains(QStringLiteral("replicated")) &&
                 why.contains(QStringLiteral("redis-gw1")) &&
                 why.contains(QString::number(opt_.redisPort)),
             qPrintable(why));
    qInfo("redis on pi1: %s", qPrintable(why));
    QCOMPARE(int(fx_.labServices().size()), kMembers);
  }

  void failover() {
    QString why;
    QVERIFY2(command(orch_->deploy(*lab_.templ("publisher"), "manager"), &why), qPrintable(why));
    QVERIFY2(command(orch_->deploy(*lab_.templ("subscriber"), "pi1"), &why), qPrintable(why));
    QElapsedTimer t;
    t.start();
    bool flowing = false;
    while (!flowing && t.elapsed() < 60000) {
      for (const test::AgentEvent& e : agentEvents(orch_->redisUrl()))
        if (e.event == QLatin1String("first_message") &&
            e.instance.startsWith(opt_.servicePrefix + "subscriber."))
          flowing = true;
      if (!flowing) QTest::qWait(200);
    }
    QVERIFY2(flowing, "the subscriber never got a message through the sentinel URL");
    // The console's reader, through the same URL: it must follow the failover too.
    TelemetryOptions to;
    to.redisUrl = orch_->redisUrl();
    Telemetry telemetry(to);
    QList<MetricSample> samples;
    int reconnects = 0;
    // context &telemetry: nothing queued reaches these locals once it is gone
    connect(&telemetry, &Telemetry::metricSample, &telemetry,
            [&](const MetricSample& m) { samples << m; });
    connect(&telemetry, &Telemetry::connectionChanged, &telemetry,
            [&](bool up, const QString&) { reconnects += up ? 1 : 0; });
    telemetry.start();
    QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty(), 20000);
    const std::string cid = containerOf("redis-gw1");
    QVERIFY(!cid.empty());
    const qint64 killedMs = QDateTime::currentMSecsSinceEpoch();
    DockerResponse k = fx_.http().request(
        "POST", "/containers/" + QString::fromStdString(cid) + "/kill?signal=KILL");
    QVERIFY2(k.ok(), qPrintable(k.message()));
    // Swarm starts the killed primary again, but only after its restart delay
    // (kServerRestartDelayMs, 8 s): sooner, it came back empty before the failover (+reboot,
    // no promotion; seen in CI with a 500 ms delay) and its replica would have copied it.
    QElapsedTimer sw;
    sw.start();
    while (!allSentinelsName(serverPort(1)) && sw.elapsed() < 30000) QTest::qWait(50);
    const qint64 switchedMs = QDateTime::currentMSecsSinceEpoch() - killedMs;
    QVERIFY2(allSentinelsName(serverPort(1)), "the sentinels did not promote the replica");
    QCOMPARE(role(serverPort(1)), QStringLiteral("master"));
    std::optional<Resumed> res;
    while (!res && sw.elapsed() < 60000) {
      for (const Resumed& e : resumedEvents()) {
        const auto parts = e.detail.split(u' ');
        if (e.instance.startsWith(opt_.servicePrefix + "subscriber.") && parts.size() >= 4 &&
            parts[1] != parts[3].chopped(parts[3].endsWith(u',') ? 1 : 0))
          res = e;
      }
      if (!res) QTest::qWait(200);
    }
    QVERIFY2(res, "the subscriber did not resume on the new primary");
    QVERIFY(res->lastUpdateUs > 0 && res->tUs > res->lastUpdateUs);
    const double gapMs = double(res->tUs - res->lastUpdateUs) / 1000;
    qInfo("SIGKILL of the primary -> every sentinel names the replica: %lld ms", switchedMs);
    qInfo("failover_gap %.0f ms (%s); Sentinel down-after-milliseconds 1000", gapMs,
          qPrintable(res->detail));
    QVERIFY(gapMs > 1000 && gapMs < 30000);
    // the console's telemetry reconnected to the new primary and reads the subscriber again
    const qint64 killedS = killedMs / 1000;
    const auto after = [&] {
      for (const MetricSample& m : samples)
        if (m.kind == QLatin1String("subscriber") && m.second > killedS + 1 && m.count > 0)
          return true;
      return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(after(), 20000);
    QVERIFY(reconnects >= 2);
    qInfo("console telemetry: %d connections, subscriber samples after the failover", reconnects);
    telemetry.stop();
  }

  void oldPrimaryRejoinsAsReplica() {
    // Started again by Swarm after its restart delay, the sentinels make it a replica.
    QTRY_COMPARE_WITH_TIMEOUT(role(serverPort(0)), QStringLiteral("slave %1").arg(serverPort(1)),
                              30000);
  }

  void cleanupTestCase() {
    fin_.reset();
    if (orch_) QVERIFY(SwarmFixture::shutdownAndWait(orch_.get()));
    orch_.reset();
    const QStringList problems = fx_.tearDown();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
  }
};

SWARMLAB_DOCKER_TEST_MAIN(TestSwarmSentinel)
#include "tst_swarm_sentinel.moc"
