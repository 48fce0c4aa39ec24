// LocalOrchestrator with a real redis-server and the real agents (issue 3): deploy, task
// states, first_message, restart by policy after SIGKILL, giving up after max attempts,
// node down rescheduling, start-first migration without an update gap, no child left behind.
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>
#include <csignal>
#include <memory>

#include "LocalLabFixture.h"
#include "LocalOrchestrator.h"
#include "Recorder.h"
#include "Telemetry.h"

using namespace swarmlab;
using namespace swarmlab::testlab;

class TestLocalOrchestrator : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() {
    QVERIFY2(QFileInfo::exists(LocalOrchestrator::resolveBinDir() +
                               QStringLiteral("/swarmlab-subscriber")),
             qPrintable(
                 QStringLiteral("agents not built in %1").arg(LocalOrchestrator::resolveBinDir())));
  }

  void deployReachesFirstMessage() {
    Lab0 l(this);
    QVERIFY(l.start(this));
    QSignalSpy issued(l.orch.get(), &Orchestrator::commandIssued);
    QSignalSpy finished(l.orch.get(), &Orchestrator::commandFinished);
    l.orch->deploy(l.templ("redis"), QStringLiteral("gw1"));
    const quint64 pub = l.orch->deploy(l.templ("publisher"), QStringLiteral("manager"));
    const quint64 sub = l.orch->deploy(l.templ("subscriber"), QStringLiteral("pi1"));
    QCOMPARE(issued.size(), 3);
    QVERIFY(pub != sub);
    QTRY_VERIFY_WITH_TIMEOUT(
        l.hasEvent(QStringLiteral("subscriber.1.1"), QStringLiteral("first_message")), 15000);
    // The two agents write their events independently: the publisher's may land after the
    // subscriber's.
    QTRY_VERIFY_WITH_TIMEOUT(
        l.hasEvent(QStringLiteral("publisher.1.1"), QStringLiteral("first_message")), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 5000);
    for (const auto& f : finished) QVERIFY(f.at(1).toBool());
    QVERIFY(l.taskReached(QStringLiteral("subscriber.1.1"), TaskState::Starting));
    QVERIFY(l.taskReached(QStringLiteral("subscriber.1.1"), TaskState::Running));
    const AgentEvent* e =
        l.event(QStringLiteral("subscriber.1.1"), QStringLiteral("first_message"));
    QCOMPARE(e->node, QStringLiteral("pi1"));
    QCOMPARE(l.orch->services().size(), 3);
    // Placement rules: a subscriber needs a display.
    QSignalSpy fin2(l.orch.get(), &Orchestrator::commandFinished);
    l.orch->deploy(l.templ("subscriber"), QStringLiteral("manager"));
    QVERIFY(fin2.wait(2000));
    QVERIFY(!fin2.first().at(1).toBool());
    QVERIFY(!fin2.first().at(2).value<OrchestratorError>().message.isEmpty());
  }

  void sigkillIsRestartedByPolicyAndRecorded() {
    Lab0 l(this);
    QVERIFY(l.start(this));
    Recorder rec(l.orch.get(), l.tel.get());
    rec.start(QStringLiteral("kill"));
    l.orch->deploy(l.templ("publisher"), QStringLiteral("manager"));
    l.orch->deploy(l.templ("subscriber"), QStringLiteral("pi1"));
    QTRY_VERIFY_WITH_TIMEOUT(
        l.hasEvent(QStringLiteral("subscriber.1.1"), QStringLiteral("first_message")), 15000);
    qint64 pid = 0;
    for (const auto& t : l.orch->tasks())
      if (t.instance == QStringLiteral("subscriber.1.1"))
        pid = t.message.mid(4).toLongLong();  // "pid N"
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(l.taskReached(QStringLiteral("subscriber.1.1"), TaskState::Failed),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        l.hasEvent(QStringLiteral("subscriber.1.2"), QStringLiteral("first_message")), 15000);
    QVERIFY(l.taskReached(QStringLiteral("subscriber.1.2"), TaskState::Running));
    rec.stop();
    bool failedRecorded = false, restartRecorded = false;
    for (const auto& r : rec.data().tasks) {
      if (r.task.instance == QStringLiteral("subscriber.1.1") &&
          r.task.state == TaskState::Failed) {
        failedRecorded = true;
        QVERIFY2(r.task.message.contains(QStringLiteral("restart")), qPrintable(r.task.message));
      }
      if (r.task.instance == QStringLiteral("subscriber.1.2") && r.task.state == TaskState::Running)
        restartRecorded = true;
    }
    QVERIFY(failedRecorded);
    QVERIFY(restartRecorded);
    bool eventRecorded = false;
    for (const auto& e : rec.data().events)
      eventRecorded |= e.instance == QStringLiteral("subscriber.1.2") &&
                       e.event == QStringLiteral("first_message");
    QVERIFY(eventRecorded);
  }

  void keepsFailingEndsAfterMaxAttempts() {
    Lab0 l(this);
    QVERIFY(l.start(this));
    QSignalSpy errors(l.orch.get(), &Orchestrator::errorOccurred);
    QSignalSpy logs(l.orch.get(), &Orchestrator::logLine);
    l.orch->deploy(l.templ("flaky"), QStringLiteral("pi1"));
    // 1 start + 3 restarts (max_attempts), then it stays failed.
    QTRY_COMPARE_WITH_TIMEOUT(l.count(QStringLiteral("flaky"), TaskState::Failed), 4, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 2000);
    const auto e = errors.last().first().value<OrchestratorError>();
    QVERIFY2(e.message.contains(QStringLiteral("gave up")), qPrintable(e.toString()));
    QVERIFY2(e.message.contains(QStringLiteral("code 3")), qPrintable(e.toString()));
    QTest::qWait(500);
    QCOMPARE(l.count(QStringLiteral("flaky"), TaskState::Failed), 4);
    QVERIFY(l.orch->tasks().isEmpty());
    QVERIFY(!logs.isEmpty());
    QCOMPARE(logs.first().at(1).toString(), QStringLiteral("failing"));
  }

  void nodeDownReschedules() {
    Lab0 l(this);
    QVERIFY(l.start(this));
    l.orch->deploy(l.templ("publisher"), QStringLiteral("manager"));
    ServiceTemplate failover = l.templ("subscriber");
    failover.placement = Placement::Failover;  // pinned ones wait: tst_localfaults
    l.orch->deploy(failover, QStringLiteral("pi1"));
    QTRY_VERIFY_WITH_TIMEOUT(
        l.hasEvent(QStringLiteral("subscriber.1.1"), QStringLiteral("first_message")), 15000);
    QSignalSpy nodes(l.orch.get(), &Orchestrator::nodesChanged);
    l.orch->setNodeDown(QStringLiteral("pi1"));
    QVERIFY(!nodes.isEmpty());
    bool down = false;
    for (const auto& n : nodes.last().first().value<QList<NodeInfo>>())
      down |= n.name == QStringLiteral("pi1") && n.state == NodeState::Down;
    QVERIFY(down);
    QTRY_VERIFY_WITH_TIMEOUT(l.taskReached(QStringLiteral("subscriber.1.1"), TaskState::Failed),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        l.hasEvent(QStringLiteral("subscriber.1.2"), QStringLiteral("first_message")), 15000);
    QCOMPARE(l.event(QStringLiteral("subscriber.1.2"), QStringLiteral("first_message"))->node,
             QStringLiteral("pi2"));
    // The publisher on another node is untouched.
    QVERIFY(!l.taskReached(QStringLiteral("publisher.1.1"), TaskState::Failed));
    // Nothing else can host a subscriber while both end devices are down: it waits.
    l.orch->setNodeDown(QStringLiteral("pi2"));
    QTRY_VERIFY_WITH_TIMEOUT(l.taskReached(QStringLiteral("subscriber.1.2"), TaskState::Failed),
                             5000);
    QTest::qWait(300);
    QVERIFY(!l.taskReached(QStringLiteral("subscriber.1.3"), TaskState::Starting));
    l.orch->setNodeUp(QStringLiteral("pi1"));
    QTRY_VERIFY_WITH_TIMEOUT(
        l.hasEvent(QStringLiteral("subscriber.1.3"), QStringLiteral("first_message")), 15000);
    QCOMPARE(l.event(QStringLiteral("subscriber.1.3"), QStringLiteral("first_message"))->node,
             QStringLiteral("pi1"));
  }

  void startFirstMigrateKeepsUpdatesFlowing() {
    Lab0 l(this);
    QVERIFY(l.start(this));
    l.orch->deploy(l.templ("publisher"), QStringLiteral("manager"));
    l.orch->deploy(l.templ("subscriber"), QStringLiteral("pi1"));
    QTRY_VERIFY_WITH_TIMEOUT(
        l.hasEvent(QStringLiteral("subscriber.1.1"), QStringLiteral("first_message")), 15000);
    QTest::qWait(300);
    QSignalSpy finished(l.orch.get(), &Orchestrator::commandFinished);
    l.orch->migrate(QStringLiteral("subscriber"), QStringLiteral("pi2"), UpdateOrder::StartFirst);
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.first().at(1).toBool(),
             qPrintable(finished.first().at(2).value<OrchestratorError>().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(
        l.hasEvent(QStringLiteral("subscriber.1.1"), QStringLiteral("stopped")), 10000);
    const AgentEvent* first =
        l.event(QStringLiteral("subscriber.1.2"), QStringLiteral("first_message"));
    const AgentEvent* stopped =
        l.event(QStringLiteral("subscriber.1.1"), QStringLiteral("stopped"));
    QVERIFY(first && stopped);
    QVERIFY(stopped->lastUpdateUs > 0);
    // Make-before-break: no publish period (2 ms) passes without a display update. When the old
    // one is stopped within a period of the new one's first message, both last showed the same
    // message, microseconds apart, so "new first <= old last" is too strict a test of it.
    constexpr qint64 kPublishPeriodUs = 2000;
    QVERIFY2(first->tUs < stopped->lastUpdateUs + kPublishPeriodUs,
             qPrintable(QStringLiteral("new first %1, old last update %2")
                            .arg(first->tUs)
                            .arg(stopped->lastUpdateUs)));
    // Order of task states: the old one stopped only after the new one ran.
    int newRunning = -1, oldStopping = -1;
    for (int i = 0; i < l.tasks.size(); ++i) {
      if (l.tasks[i].instance == QStringLiteral("subscriber.1.2") &&
          l.tasks[i].state == TaskState::Running && newRunning < 0)
        newRunning = i;
      if (l.tasks[i].instance == QStringLiteral("subscriber.1.1") &&
          l.tasks[i].state == TaskState::Stopping && oldStopping < 0)
        oldStopping = i;
    }
    QVERIFY(newRunning >= 0 && oldStopping > newRunning);
  }

  void stopFirstRestartAndScale() {
    Lab0 l(this);
    QVERIFY(l.start(this));
    l.orch->deploy(l.templ("publisher"), QStringLiteral("manager"));
    QTRY_VERIFY_WITH_TIMEOUT(
        l.hasEvent(QStringLiteral("publisher.1.1"), QStringLiteral("first_message")), 15000);
    QSignalSpy finished(l.orch.get(), &Orchestrator::commandFinished);
    l.orch->restart(QStringLiteral("publisher"), UpdateOrder::StopFirst);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().at(1).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(
        l.hasEvent(QStringLiteral("publisher.1.2"), QStringLiteral("first_message")), 15000);
    const AgentEvent* oldStopped =
        l.event(QStringLiteral("publisher.1.1"), QStringLiteral("stopped"));
    QVERIFY(oldStopped);
    QVERIFY(oldStopped->tUs <=
            l.event(QStringLiteral("publisher.1.2"), QStringLiteral("started"))->tUs);
    l.orch->deploy(l.templ("subscriber"), QStringLiteral("pi1"));
    l.orch->scale(QStringLiteral("subscriber"), 2);
    QTRY_VERIFY_WITH_TIMEOUT(
        l.hasEvent(QStringLiteral("subscriber.2.2"), QStringLiteral("first_message")), 15000);
    l.orch->scale(QStringLiteral("subscriber"), 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        l.hasEvent(QStringLiteral("subscriber.2.2"), QStringLiteral("stopped")), 10000);
    QVERIFY(!l.hasEvent(QStringLiteral("subscriber.1.1"), QStringLiteral("stopped")));
    QSignalSpy stopDone(l.orch.get(), &Orchestrator::commandFinished);
    l.orch->stop(QStringLiteral("subscriber"));
    QVERIFY(stopDone.wait(10000));
    QVERIFY(stopDone.first().at(1).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(
        l.hasEvent(QStringLiteral("subscriber.1.1"), QStringLiteral("stopped")), 10000);
    QCOMPARE(l.orch->services().size(), 1);
  }

  void shutdownLeavesNoChild() {
    QList<qint64> pids;
    {
      Lab0 l(this);
      QVERIFY(l.start(this));
      l.orch->deploy(l.templ("publisher"), QStringLiteral("manager"));
      l.orch->deploy(l.templ("subscriber"), QStringLiteral("pi1"));
      QTRY_VERIFY_WITH_TIMEOUT(
          l.hasEvent(QStringLiteral("subscriber.1.1"), QStringLiteral("first_message")), 15000);
      pids = l.orch->childPids();
      QCOMPARE(pids.size(), 3);  // publisher, subscriber, redis-server
      for (auto p : pids) QVERIFY(alive(p));
      l.tel.reset();
      QSignalSpy done(l.orch.get(), &LocalOrchestrator::shutdownFinished);
      l.orch->shutdown();
      QVERIFY(done.wait(15000));
      // The agents stopped gracefully (SIGTERM) and said so.
    }
    for (auto p : pids) QVERIFY2(!alive(p), qPrintable(QString::number(p)));
    // The destructor alone (no shutdown) also leaves nothing behind.
    {
      Lab0 l(this);
      QVERIFY(l.start(this));
      l.orch->deploy(l.templ("publisher"), QStringLiteral("manager"));
      QTRY_VERIFY_WITH_TIMEOUT(
          l.hasEvent(QStringLiteral("publisher.1.1"), QStringLiteral("first_message")), 15000);
      pids = l.orch->childPids();
      l.tel.reset();
      l.orch.reset();
    }
    for (auto p : pids) QVERIFY2(!alive(p), qPrintable(QString::number(p)));
    QVERIFY2(ourChildren().isEmpty(), "a child process is left");
  }

  void redisServerMissingIsAClearError() {
    qputenv("SWARMLAB_REDIS_SERVER", "/nonexistent/redis-server-xyz");
    LocalOrchestrator o(makeLab());
    QSignalSpy errors(&o, &Orchestrator::errorOccurred);
    QSignalSpy ready(&o, &Orchestrator::ready);
    o.start();
    qunsetenv("SWARMLAB_REDIS_SERVER");
    QVERIFY(errors.wait(10000));
    const QString m = errors.first().first().value<OrchestratorError>().toString();
    QVERIFY2(m.contains(QStringLiteral("/nonexistent/redis-server-xyz")), qPrintable(m));
    QVERIFY(ready.isEmpty());
    QVERIFY(o.childPids().isEmpty());
  }

  void redisServerFailingShowsItsOutput() {
    // A "redis-server" that prints an error and exits.
    qputenv("SWARMLAB_REDIS_SERVER", "false");
    LocalOrchestrator o(makeLab());
    QSignalSpy errors(&o, &Orchestrator::errorOccurred);
    o.start();
    qunsetenv("SWARMLAB_REDIS_SERVER");
    QVERIFY(errors.wait(10000));
    const QString m = errors.first().first().value<OrchestratorError>().toString();
    QVERIFY2(m.contains(QStringLiteral("false")) && m.contains(QStringLiteral("code 1")),
             qPrintable(m));
  }
};

QTEST_GUILESS_MAIN(TestLocalOrchestrator)
#include "tst_localorchestrator.moc"
