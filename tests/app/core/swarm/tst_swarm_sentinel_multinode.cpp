// The replicated mediation layer across machines (issue 12, docs/replication.md): the
// two-gateways lab on a swarm of three engines. Workers gw1 and gw2 (tests/docker/multinode.sh:
// each a dockerd of its own in its own network namespace, at 10.213.N.2) host the gateways: the
// Redis primary on gw1's engine, the replica on gw2's, a sentinel on each. This engine, the
// manager, hosts the enterprise node (the third sentinel, the publisher) and pi1 (the
// subscriber). Checked: every member is on its machine's address and announces it (the primary's
// replica list, the sentinels' view of the replica and of each other). Then gw1's whole engine
// is killed (multinode.sh kill: every process of its netns and cgroups SIGKILLed; the swarm
// notices only by missed heartbeats): the two sentinels left promote gw2's replica, the
// subscriber resumes on it and the console's Telemetry follows. failover_gap (target < 3 s with
// down-after-milliseconds 1000) and failover_lost come from the summary's own functions; the
// failover's timeline (each sentinel's steps, the agents' events) is printed.
#include <QDateTime>
#include <QtTest>

#include "LabFile.h"
#include "LabSecrets.h"
#include "Measurements.h"
#include "MultiNode.h"
#include "RedisUrl.hpp"
#include "SentinelAsk.h"
#include "SwarmFixture.h"
#include "SwarmOrchestrator.h"
#include "Telemetry.h"
#include "swarmlab_build_paths.h"

using namespace swarmlab;
using namespace swarmlab::test;

class TestSwarmSentinelMultiNode : public QObject {
  Q_OBJECT
  SwarmFixture fx_;
  MultiNode mn_{fx_};
  Lab lab_;
  SwarmOptions opt_;
  std::unique_ptr<SwarmOrchestrator> orch_;
  std::unique_ptr<QSignalSpy> fin_;  ///< Orchestrator::commandFinished, from the start
  SentinelAsk ask_;
  QString gw1_, gw2_, manager_;  ///< the machines' addresses, from the sentinel URL

 public:
  QString prepare() {
    const QString name = QStringLiteral("swltest-msent-%1").arg(QCoreApplication::applicationPid());
    const QString why = mn_.prepare(name, {QStringLiteral("gw1"), QStringLiteral("gw2")});
    if (!why.isEmpty()) return why;
    const QString src =
        qEnvironmentVariable("SWARMLAB_SOURCE_DIR", QStringLiteral(SWARMLAB_SOURCE_DIR));
    auto lr = loadLabFile(src + QStringLiteral("/resources/labs/two-gateways.json"));
    if (!lr.lab) {
      mn_.undo();
      return "FAIL: two-gateways lab: " + lr.errors.join("; ");
    }
    lab_ = *lr.lab;
    lab_.name = name;
    return {};
  }

 private:
  int serverPort(int i) const { return opt_.redisPort + i; }
  int sentinelPort(int j) const { return opt_.redisPort + 2 + j; }
  static QString at(const QString& host, int port) {
    return QStringLiteral("%1:%2").arg(host).arg(port);
  }
  /// Every sentinel of `which` (0 gw1, 1 gw2, 2 manager) names `primary` ("host:port").
  bool sentinelsName(const QList<int>& which, const QString& primary) const {
    const QString hosts[] = {gw1_, gw2_, manager_};
    for (int j : which)
      if (ask_.masterOf(hosts[j], sentinelPort(j)) != primary) return false;
    return true;
  }
  bool command(quint64 id, QString* why) { return commandOk(*fin_, id, why); }
  // Where the time went, in ms after the failure began: the steps of each sentinel left, as it
  // published them, and the agents' own events (lab time: the servers' clock, this machine's).
  static void printTimeline(qint64 startMs, const SentinelEvents& gw2, const SentinelEvents& manager,
                            const RunData& run) {
    static const QStringList steps = {
        QStringLiteral("+sdown"),           QStringLiteral("+odown"),
        QStringLiteral("+elected-leader"),  QStringLiteral("+failover-state-wait-promotion"),
        QStringLiteral("+promoted-slave"),  QStringLiteral("+switch-master")};
    for (const auto& [name, sentinel] : {std::pair{"gw2", &gw2}, std::pair{"manager", &manager}}) {
      QStringList seen;
      for (const SentinelEvents::Event& e : sentinel->events())
        if (steps.contains(e.channel) && (e.channel != steps[0] || e.payload.startsWith("master")))
          seen << QStringLiteral("%1 %2").arg(e.channel).arg(e.atMs - startMs);
      qInfo("sentinel on %s: %s", name, qPrintable(seen.join(QStringLiteral(", "))));
    }
    for (const swarmlab::AgentEvent& e : run.events) {
      const qint64 atMs = e.tUs / 1000 - startMs;
      if (atMs >= 0 && (e.event == QLatin1String("redis_lost") ||
                        e.event == QLatin1String("redis_back") || e.event == QLatin1String("resumed")))
        qInfo("%s %s %lld: %s", qPrintable(e.kind), qPrintable(e.event), atMs, qPrintable(e.detail));
    }
  }
  bool subscriberFlowing() {
    for (const test::AgentEvent& e : agentEvents(orch_->redisUrl()))
      if (e.event == QLatin1String("first_message") &&
          e.instance.startsWith(opt_.servicePrefix + "subscriber."))
        return true;
    return false;
  }

 private slots:
  void initTestCase() {
    qRegisterMetaType<OrchestratorError>();
    QString err;
    QVERIFY2((err = mn_.label("gw1", "gw1", "mediation")).isEmpty(), qPrintable(err));
    QVERIFY2((err = mn_.label("gw2", "gw2", "mediation")).isEmpty(), qPrintable(err));
    const QString manager = mn_.managerId();
    QVERIFY(!manager.isEmpty());
    QVERIFY2((err = mn_.label(manager, "manager", "enterprise", "pi1")).isEmpty(), qPrintable(err));
    opt_.servicePrefix = QStringLiteral("swlms%1-").arg(QCoreApplication::applicationPid());
    opt_.redisPort = freePortBlock(5);
    QVERIFY(opt_.redisPort > 0);
    const QString password = secrets::labPassword(lab_.name, &err);
    QVERIFY2(!password.isEmpty(), qPrintable(err));
    ask_.setPassword(password);
    orch_ = std::make_unique<SwarmOrchestrator>(lab_, opt_);
    fin_ = std::make_unique<QSignalSpy>(orch_.get(), &Orchestrator::commandFinished);
    qint64 ms = 0;
    const QString errors = startAndWait(orch_.get(), &ms);
    QVERIFY2(errors.isEmpty(), qPrintable("errors while the replicated Redis started: " + errors));
    qInfo("replicated Redis on 3 engines ready after %lld ms: %s", ms,
          qPrintable(redactedRedisUrl(orch_->redisUrl())));
    const auto u = redis::parseRedisUrl(orch_->redisUrl().toStdString(), nullptr);
    QVERIFY(u && u->sentinels.size() == 3);
    gw1_ = QString::fromStdString(u->sentinels[0].host);
    gw2_ = QString::fromStdString(u->sentinels[1].host);
    manager_ = QString::fromStdString(u->sentinels[2].host);
    // three machines: the workers' own networks, the manager's lab address
    QCOMPARE(gw1_, QStringLiteral("10.213.1.2"));
    QCOMPARE(gw2_, QStringLiteral("10.213.2.2"));
    QVERIFY2(manager_ != gw1_ && manager_ != gw2_ && !manager_.startsWith("127."),
             qPrintable(manager_));
  }

  // What each member tells the others is its machine's address, reachable from the other
  // engines: no loopback, no container address.
  void announcedAddresses() {
    QCOMPARE(ask_.role(gw1_, serverPort(0)), QStringLiteral("master"));
    QTRY_COMPARE_WITH_TIMEOUT(ask_.role(gw2_, serverPort(1)),
                              QStringLiteral("slave %1").arg(serverPort(0)), 30000);
    const QByteArray roles = ask_.ask(gw1_, serverPort(0), {"ROLE"});
    QVERIFY2(roles.contains(gw2_.toLatin1()), roles.constData());  // the replica, as announced
    QTRY_VERIFY_WITH_TIMEOUT(sentinelsName({0, 1, 2}, at(gw1_, serverPort(0))), 20000);
    const QByteArray others[] = {gw1_.toLatin1(), gw2_.toLatin1()};
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT(
        (seen = ask_.ask(manager_, sentinelPort(2), {"SENTINEL", "sentinels", "swarmlab"}))
                .contains(others[0]) &&
            seen.contains(others[1]),
        30000);
    const QByteArray replicas =
        ask_.ask(manager_, sentinelPort(2), {"SENTINEL", "replicas", "swarmlab"});
    QVERIFY2(replicas.contains(others[1]) && replicas.contains(QByteArray::number(serverPort(1))),
             replicas.constData());
    for (const QByteArray& r : {roles, seen, replicas})
      QVERIFY2(!r.contains("127.0.0.1") && !r.contains("172.") && !r.contains("\r\n$0\r\n"),
               r.constData());
    qInfo("announced: primary %s, replica %s, sentinels %s %s %s",
          qPrintable(at(gw1_, serverPort(0))), qPrintable(at(gw2_, serverPort(1))),
          qPrintable(at(gw1_, sentinelPort(0))), qPrintable(at(gw2_, sentinelPort(1))),
          qPrintable(at(manager_, sentinelPort(2))));
  }

  void failoverOnEngineKill() {
    // kill: gw1's processes die, so its kernel still answers (resets, refused connects);
    // poweroff: its address goes silent first, as a machine without power (swarm.sentinel_poweroff)
    const QString failure = qEnvironmentVariable("SWARMLAB_NODE_FAILURE", QStringLiteral("kill"));
    QVERIFY2(failure == QLatin1String("kill") || failure == QLatin1String("poweroff"),
             qPrintable("SWARMLAB_NODE_FAILURE must be kill or poweroff, not " + failure));
    QString why;
    QVERIFY2(command(orch_->deploy(*lab_.templ("publisher"), "manager"), &why), qPrintable(why));
    QVERIFY2(command(orch_->deploy(*lab_.templ("subscriber"), "pi1"), &why), qPrintable(why));
    QTRY_VERIFY2_WITH_TIMEOUT(subscriberFlowing(),
                              "the subscriber never got a message through the sentinels", 60000);
    TelemetryOptions to;  // the console's reader, through the same URL
    to.redisUrl = orch_->redisUrl();
    Telemetry telemetry(to);
    RunData run;
    QList<MetricSample> samples;
    int connections = 0;
    qint64 killedMs = 0, consoleBackMs = -1;  // the console's telemetry back after the failure
    connect(&telemetry, &Telemetry::metricSample, &telemetry,
            [&](const MetricSample& m) { samples << m; });
    connect(&telemetry, &Telemetry::agentEvent, &telemetry,
            [&](const swarmlab::AgentEvent& e) { run.events << e; });
    connect(&telemetry, &Telemetry::connectionChanged, &telemetry,
            [&](bool up, const QString&) {
              connections += up ? 1 : 0;
              if (up && killedMs > 0 && consoleBackMs < 0)
                consoleBackMs = QDateTime::currentMSecsSinceEpoch() - killedMs;
            });
    telemetry.start();
    QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty(), 20000);

    // gw2's replica holds the primary's data, across the two engines
    QTRY_VERIFY_WITH_TIMEOUT(
        ask_.ask(gw2_, serverPort(1), {"INFO", "replication"}).contains("master_link_status:up"),
        10000);
    const SentinelEvents gw2Events(gw2_, sentinelPort(1), ask_.password());
    const SentinelEvents managerEvents(manager_, sentinelPort(2), ask_.password());
    QTest::qWait(200);  // subscribed
    killedMs = QDateTime::currentMSecsSinceEpoch();
    int rc = 0;
    const QString out = mn_.run({failure, QStringLiteral("gw1")}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    const qint64 killDoneMs = QDateTime::currentMSecsSinceEpoch() - killedMs;
    const QString replica = at(gw2_, serverPort(1));
    QElapsedTimer sw;
    sw.start();
    while (!sentinelsName({1, 2}, replica) && sw.elapsed() < 30000) QTest::qWait(50);
    const qint64 switchedMs = QDateTime::currentMSecsSinceEpoch() - killedMs;
    QVERIFY2(sentinelsName({1, 2}, replica), "the sentinels left did not promote gw2's replica");
    QCOMPARE(ask_.role(gw2_, serverPort(1)), QStringLiteral("master"));

    const QString prefix = opt_.servicePrefix + "subscriber.";
    std::optional<FailoverResume> res;
    while (!res && sw.elapsed() < 60000) {
      for (const FailoverResume& r : failoverResumes(run))
        if (r.instance.startsWith(prefix)) res = r;
      if (!res) QTest::qWait(200);
    }
    QVERIFY2(res, "the subscriber did not resume on the new primary");
    QVERIFY2(res->to.startsWith(gw2_ + u':'), qPrintable(res->from + " -> " + res->to));
    QVERIFY(res->gapMs);
    QList<Measure> ms;
    addFailoverMeasures(run, ms);
    const double gap = findMeasure(ms, QStringLiteral("failover_gap"))->value;
    const double lost = findMeasure(ms, QStringLiteral("failover_lost"))->value;
    qInfo(
        "multinode.sh %s gw1 returned after %lld ms; the sentinels on gw2 and the manager "
        "named gw2's replica %lld ms after it began",
        qPrintable(failure), killDoneMs, switchedMs);
    qInfo("failover_gap %.0f ms, failover_lost %.0f (%s -> %s); down-after-milliseconds 1000", gap,
          lost, qPrintable(res->from), qPrintable(res->to));
    printTimeline(killedMs, gw2Events, managerEvents, run);
    // The 3 s target, for a kill and a power loss alike: the agents follow the leader's
    // announcement of the promotion (SentinelWatch), not its INFO a second later, and do not
    // wait on the silent primary again. A power loss measured 2.7-3.7 s before this (31 s
    // before the subscriber PINGed a quiet connection).
    QVERIFY2(gap > 1000 && gap < 3000, "failover_gap over 3000 ms");
    QVERIFY(lost > 0);
    // the console's telemetry reads the subscriber again, from the new primary
    const qint64 killedS = killedMs / 1000;
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(samples.cbegin(), samples.cend(),
                                         [&](const MetricSample& m) {
                                           return m.kind == QLatin1String("subscriber") &&
                                                  m.second > killedS + 1 && m.count > 0;
                                         }),
                             20000);
    QVERIFY(connections >= 2);
    qInfo("the console's telemetry reconnected %lld ms after the failure began", consoleBackMs);
    // what was written before the kill is on the new primary (replicated, not started afresh)
    QVERIFY2(subscriberFlowing(), "the subscriber's first_message is not on the new primary");
    telemetry.stop();
  }

  void cleanupTestCase() {
    fin_.reset();
    if (orch_) QVERIFY(SwarmFixture::shutdownAndWait(orch_.get()));
    orch_.reset();
    const QStringList problems = mn_.undo();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
  }
};

SWARMLAB_DOCKER_TEST_MAIN(TestSwarmSentinelMultiNode)
#include "tst_swarm_sentinel_multinode.moc"
