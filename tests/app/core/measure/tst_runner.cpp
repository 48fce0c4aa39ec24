// ExperimentRunner and Recorder on a fake Orchestrator (no Redis, no processes): steps fire at
// their scaled times with the right arguments and update order, the run ends by stopping
// every service, abort() ends early, and the Recorder keeps commands and task changes.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "ExperimentRunner.h"
#include "Recorder.h"

using namespace swarmlab;

namespace {

/// Records every call with the time since construction; finishes every command at once.
class FakeOrchestrator : public Orchestrator {
  Q_OBJECT
 public:
  struct Call {
    QString what;
    QString service;
    QString node;
    UpdateOrder order = UpdateOrder::StopFirst;
    qint64 atMs = 0;
  };
  QList<Call> calls;
  QList<ServiceInfo> services;
  QElapsedTimer clock;
  quint64 next = 1;

  FakeOrchestrator() { clock.start(); }
  BackendTraits traits() const override { return {QStringLiteral("fake")}; }
  QString redisUrl() const override { return {}; }
  void start() override { emit ready(); }
  void refresh() override {}
  quint64 deploy(const ServiceTemplate& t, const QString& node, const QString& name) override {
    ServiceInfo s;
    s.name = s.id = name.isEmpty() ? t.name : name;
    s.templateName = t.name;
    s.node = node;
    s.order = t.order;
    services.append(s);
    emit servicesChanged(services);
    TaskInfo task;
    task.service = s.name;
    task.instance = s.name + QStringLiteral(".1.1");
    task.node = node;
    task.state = TaskState::Running;
    task.tUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    emit taskChanged(task);
    return record(QStringLiteral("deploy"), CommandKind::Deploy, s.name, node);
  }
  quint64 migrate(const QString& s, const QString& node, UpdateOrder o) override {
    return record(QStringLiteral("migrate"), CommandKind::Migrate, s, node, o);
  }
  quint64 restart(const QString& s, UpdateOrder o) override {
    return record(QStringLiteral("restart"), CommandKind::Restart, s, {}, o);
  }
  quint64 stop(const QString& s) override {
    services.removeIf([&](const ServiceInfo& i) { return i.name == s; });
    emit servicesChanged(services);
    return record(QStringLiteral("stop"), CommandKind::Stop, s, {});
  }
  quint64 scale(const QString& s, int n) override {
    return record(QStringLiteral("scale %1").arg(n), CommandKind::Scale, s, {});
  }
  quint64 setNodeDown(const QString& n) override {
    return record(QStringLiteral("node_down"), CommandKind::NodeDown, {}, n);
  }
  quint64 setNodeUp(const QString& n) override {
    return record(QStringLiteral("node_up"), CommandKind::NodeUp, {}, n);
  }
  void shutdown() override {}

 private:
  quint64 record(const QString& what, CommandKind k, const QString& s, const QString& node,
                 UpdateOrder o = UpdateOrder::StopFirst) {
    const quint64 id = next++;
    calls.append({what, s, node, o, clock.elapsed()});
    emit commandIssued(id, k, s, node, QDateTime::currentMSecsSinceEpoch() * 1000);
    QMetaObject::invokeMethod(
        this, [this, id] { emit commandFinished(id, true, {}); }, Qt::QueuedConnection);
    return id;
  }
};

Lab lab() {
  Lab l;
  l.name = QStringLiteral("fake");
  ServiceTemplate sub;
  sub.name = sub.kind = QStringLiteral("subscriber");
  sub.order = UpdateOrder::StartFirst;  // template default, used when the step has no order
  ServiceTemplate pub;
  pub.name = pub.kind = QStringLiteral("publisher");
  l.templates = {sub, pub};
  return l;
}

TimelineStep step(double at, CommandKind k, QString service, QString templ, QString node,
                  std::optional<UpdateOrder> order = {}) {
  TimelineStep s;
  s.atS = at;
  s.action = k;
  s.service = std::move(service);
  s.templateName = std::move(templ);
  s.node = std::move(node);
  s.order = order;
  return s;
}

Timeline timeline() {
  Timeline t;
  t.name = QStringLiteral("t");
  t.durationS = 10;
  t.steps = {step(0, CommandKind::Deploy, QStringLiteral("publisher"), QStringLiteral("publisher"),
                  QStringLiteral("manager")),
             step(0, CommandKind::Deploy, QStringLiteral("subscriber"),
                  QStringLiteral("subscriber"), QStringLiteral("pi1")),
             step(3, CommandKind::Migrate, QStringLiteral("subscriber"), {}, QStringLiteral("pi2"),
                  UpdateOrder::StopFirst),
             step(5, CommandKind::Restart, QStringLiteral("subscriber"), {}, {}),
             step(6, CommandKind::NodeDown, {}, {}, QStringLiteral("pi2"))};
  return t;
}

}  // namespace

class TestRunner : public QObject {
  Q_OBJECT
 private slots:
  void stepsFireAtScaledTimes() {
    FakeOrchestrator o;
    RunnerOptions ro;
    ro.durationScale = 0.1;  // 10 s -> 1 s
    ExperimentRunner r(&o, nullptr, lab(), timeline(), ro);
    QSignalSpy fired(&r, &ExperimentRunner::stepFired);
    QSignalSpy done(&r, &ExperimentRunner::finished);
    QSignalSpy progress(&r, &ExperimentRunner::progress);
    QCOMPARE(r.totalS(), 1.0);
    QElapsedTimer t;
    t.start();
    r.start();
    QVERIFY(done.wait(5000));
    const qint64 took = t.elapsed();
    QVERIFY2(took >= 1000 && took < 3000, qPrintable(QString::number(took)));
    QCOMPARE(fired.size(), 5);
    QVERIFY(!done.first().at(1).toBool());  // not aborted
    QVERIFY(progress.size() >= 3);
    // Timing: migrate at 0.3 s, restart at 0.5 s, node down at 0.6 s (generous upper bounds).
    const auto& c = o.calls;
    QCOMPARE(c[2].what, QStringLiteral("migrate"));
    QVERIFY2(c[2].atMs >= 300 && c[2].atMs < 900, qPrintable(QString::number(c[2].atMs)));
    QCOMPARE(c[3].what, QStringLiteral("restart"));
    QVERIFY(c[3].atMs >= 500 && c[3].atMs > c[2].atMs);
    QCOMPARE(c[4].what, QStringLiteral("node_down"));
    QCOMPARE(c[4].node, QStringLiteral("pi2"));
    // Orders: the step's own, else the service's template default.
    QVERIFY(c[2].order == UpdateOrder::StopFirst);
    QVERIFY(c[3].order == UpdateOrder::StartFirst);
    // The end stops every service that was still there.
    QStringList stopped;
    for (const auto& x : c)
      if (x.what == QStringLiteral("stop")) stopped << x.service;
    stopped.sort();
    QCOMPARE(stopped, (QStringList{QStringLiteral("publisher"), QStringLiteral("subscriber")}));

    // The recorded run: every command with its order, the task changes, start < end.
    const RunData run = done.first().first().value<RunData>();
    QCOMPARE(run.backend, QStringLiteral("fake"));
    QCOMPARE(run.timelineName, QStringLiteral("t"));
    QVERIFY(run.endUs > run.startUs);
    QCOMPARE(run.commands.size(), 7);
    QVERIFY(run.commands[2].kind == CommandKind::Migrate);
    QVERIFY(run.commands[2].order == UpdateOrder::StopFirst);
    QVERIFY(run.commands[3].order == UpdateOrder::StartFirst);
    for (const auto& cmd : run.commands) {
      QVERIFY(cmd.ok);
      QVERIFY(cmd.finishedUs >= cmd.issuedUs);
    }
    QCOMPARE(run.tasks.size(), 2);
  }

  void abortEndsEarly() {
    FakeOrchestrator o;
    ExperimentRunner r(&o, nullptr, lab(), timeline(), {});
    QSignalSpy done(&r, &ExperimentRunner::finished);
    r.start();
    QTimer::singleShot(200, &r, &ExperimentRunner::abort);
    QVERIFY(done.wait(3000));
    QVERIFY(done.first().at(1).toBool());
    QCOMPARE(o.calls.size(), 4);  // two deploys, two stops: the later steps never fired
    QCOMPARE(o.calls[2].what, QStringLiteral("stop"));
    QVERIFY(!r.isRunning());
  }

  void unknownTemplateIsAStepFailure() {
    FakeOrchestrator o;
    Timeline t = timeline();
    t.steps = {step(0, CommandKind::Deploy, QStringLiteral("x"), QStringLiteral("nope"),
                    QStringLiteral("pi1"))};
    t.durationS = 0.2;
    ExperimentRunner r(&o, nullptr, lab(), t, {});
    QSignalSpy failed(&r, &ExperimentRunner::stepFailed);
    QSignalSpy done(&r, &ExperimentRunner::finished);
    r.start();
    QVERIFY(done.wait(3000));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("nope")));
    QVERIFY(o.calls.isEmpty());
  }

  void recorderIgnoresOutsideTheRun() {
    FakeOrchestrator o;
    Recorder rec(&o, nullptr);
    o.deploy(lab().templates.first(), QStringLiteral("pi1"), {});
    rec.start(QStringLiteral("r"));
    o.restart(QStringLiteral("subscriber"), UpdateOrder::StartFirst);
    rec.stop();
    o.stop(QStringLiteral("subscriber"));
    QCOMPARE(rec.data().commands.size(), 1);
    QVERIFY(rec.data().commands.first().kind == CommandKind::Restart);
    QVERIFY(rec.data().tasks.isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
