// A Docker daemon restarted mid-run (issue 10): the orchestrator talks to an engine of its own
// (tests/docker/multinode.sh manager mgr9: a dockerd in its own network namespace that is the
// manager of a one-node swarm), the lab runs on it, and that dockerd is stopped and started
// again. Survived means: the services are still there and run again (Swarm replaces the tasks
// the restart ended), the orchestrator reconnects by itself and reports the new tasks, the
// outage reached the user as one message, and commands work afterwards. Measured: restart ->
// orchestrator back, -> the new subscriber's first message.
#include <QtTest>

#include <unistd.h>

#include "SwarmFixture.h"
#include "SwarmOrchestrator.h"

using namespace swarmlab;
using namespace swarmlab::test;

namespace {

constexpr const char* kNode = "mgr9";

qint64 wallUs() { return QDateTime::currentMSecsSinceEpoch() * 1000; }

}  // namespace

class TestSwarmRestart : public QObject {
  Q_OBJECT
  SwarmFixture fx_;
  bool nodeUp_ = false;
  std::unique_ptr<SwarmOrchestrator> orch_;
  QList<TaskInfo> tasks_;

  QString runScript(const QStringList& args, int* rc) { return SwarmFixture::multinode(args, rc); }

  std::optional<TaskInfo> running(const QString& service, const QString& notInstance = {}) {
    for (auto it = tasks_.crbegin(); it != tasks_.crend(); ++it)
      if (it->service == service && it->state == TaskState::Running && it->instance != notInstance)
        return *it;
    return std::nullopt;
  }

  std::optional<AgentEvent> waitAgent(const QString& instance, const QString& event,
                                      int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
      for (const AgentEvent& e : agentEvents(orch_->redisUrl()))
        if (e.instance == instance && e.event == event) return e;
      QTest::qWait(100);
    }
    return std::nullopt;
  }

  QStringList undo() {
    QStringList problems;
    if (nodeUp_) {
      int rc = 0;
      const QString out = runScript({"down", kNode}, &rc);
      if (rc != 0) problems << "multinode.sh down: " + out;
      nodeUp_ = false;
    }
    if (!fx_.swarmStateBefore().isEmpty()) problems << fx_.tearDown();
    return problems;
  }

 public:
  /// Before the test: the agent images and an engine of our own, as root (else why not).
  QString prepare() {
    QString why =
        fx_.setUp(QStringLiteral("swlrestart-%1").arg(QCoreApplication::applicationPid()));
    if (!why.isEmpty()) return why;
    if (::geteuid() != 0) return QStringLiteral("an extra dockerd needs root");
    int rc = 0;
    const QString out = runScript({"manager", kNode}, &rc);
    nodeUp_ = true;
    if (rc == 0) return {};
    const QStringList problems = undo();
    return "multinode.sh manager mgr9 refused: " + out +
           (problems.isEmpty() ? QString() : "; cleanup: " + problems.join("; "));
  }

 private slots:
  void initTestCase() {
    qRegisterMetaType<OrchestratorError>();
    SwarmOptions o;
    o.dockerHost = QStringLiteral("unix:///run/swarmlab-nodes/%1.sock").arg(kNode);
    o.servicePrefix = QStringLiteral("swlr%1-").arg(QCoreApplication::applicationPid());
    orch_ = std::make_unique<SwarmOrchestrator>(fx_.lab(), o);
    connect(orch_.get(), &Orchestrator::taskChanged, this,
            [this](const TaskInfo& t) { tasks_ << t; });
    QSignalSpy ready(orch_.get(), &Orchestrator::ready);
    orch_->start();
    QVERIFY(ready.wait(60000));
    QSignalSpy fin(orch_.get(), &Orchestrator::commandFinished);
    bool ok = false;
    OrchestratorError e;
    QVERIFY(waitFinished(fin, orch_->deploy(*fx_.lab().templ("publisher"), "manager"), &ok, &e));
    QVERIFY2(ok, qPrintable(e.toString()));
    QVERIFY(waitFinished(fin, orch_->deploy(*fx_.lab().templ("subscriber"), "pi1"), &ok, &e));
    QVERIFY2(ok, qPrintable(e.toString()));
    QVERIFY(running("subscriber"));
    QVERIFY(waitAgent(running("subscriber")->instance, "first_message", 20000));
  }

  void daemonRestartIsSurvived() {
    const TaskInfo before = *running("subscriber");
    const TaskInfo publisher = *running("publisher");
    QSignalSpy errors(orch_.get(), &Orchestrator::errorOccurred);
    QSignalSpy nodes(orch_.get(), &Orchestrator::nodesChanged);
    QSignalSpy engine(orch_.get(), &Orchestrator::engineChanged);
    const qint64 t0 = wallUs();
    int rc = 0;
    const QString out = runScript({"restart", kNode}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    const double engineBackMs = (wallUs() - t0) / 1000.0;
    // Back: it reads everything again by itself (nodes first) ...
    QTRY_VERIFY_WITH_TIMEOUT(!nodes.isEmpty(), 30000);
    const double refreshMs = (wallUs() - t0) / 1000.0;
    // ... and reports the subscriber Swarm started again, which talks to the Redis that also
    // came back.
    QTRY_VERIFY_WITH_TIMEOUT(running("subscriber", before.instance), 60000);
    const TaskInfo after = *running("subscriber", before.instance);
    const auto first = waitAgent(after.instance, "first_message", 30000);
    QVERIFY2(first, qPrintable("no first_message from " + after.instance));
    QTest::qWait(2000);
    for (const auto& e : errors)
      qInfo("reported: %s", qPrintable(e.at(0).value<OrchestratorError>().toString()));
    qInfo(
        "dockerd restart: the engine answered again after %.0f ms (stop + start), the "
        "orchestrator had read the swarm again after %.0f ms, the new subscriber's first "
        "message after %.0f ms",
        engineBackMs, refreshMs, (first->tUs - t0) / 1000.0);
    QCOMPARE(errors.size(), 1);  // one message for the whole outage
    QVERIFY(errors.first().at(0).value<OrchestratorError>().message.contains("does not answer"));
    // The console's Docker chip goes red, then green again: unreachable once, then reachable.
    QVERIFY2(engine.size() >= 2, qPrintable(QString::number(engine.size())));
    QCOMPARE(engine.first().at(0).toBool(), false);
    QCOMPARE(engine.last().at(0).toBool(), true);
    QVERIFY(!orch_->serviceId("publisher").isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(running("publisher", publisher.instance), 30000);
    // Commands work on the engine that came back.
    QSignalSpy fin(orch_.get(), &Orchestrator::commandFinished);
    bool ok = false;
    OrchestratorError e;
    QVERIFY(waitFinished(fin, orch_->restart("subscriber", UpdateOrder::StartFirst), &ok, &e));
    QVERIFY2(ok, qPrintable(e.toString()));
  }

  void cleanupTestCase() {
    if (orch_) QVERIFY(SwarmFixture::shutdownAndWait(orch_.get()));
    orch_.reset();
    const QStringList problems = undo();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
  }
};

SWARMLAB_DOCKER_TEST_MAIN(TestSwarmRestart)
#include "tst_swarm_restart.moc"
