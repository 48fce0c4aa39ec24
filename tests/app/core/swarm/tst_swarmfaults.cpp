// SwarmOrchestrator against a fake engine (no Docker needed): engine faults (issue 10). At most
// one status request per command is out however slow the engine; deadlines are checked on a
// timer while the engine does not answer ("engine not answering"); an engine that goes away
// and comes back is one message and a refresh; specs the orchestrator did not write (a
// Global-mode service, fields of another type) end the command with an error, never a crash.
#include <QtTest>

#include "FakeEngine.h"
#include "SwarmOrchestrator.h"

using namespace swarmlab;
using namespace swarmlab::test;

namespace {

Lab tinyLab() {
  Lab lab;
  lab.name = "faults";
  lab.nodes = {{"manager", Layer::Enterprise, "x86_64", {}, {}}};
  ServiceTemplate p;
  p.name = "publisher";
  p.kind = "publisher";
  p.command = {"${bin}/swarmlab-publisher"};
  p.image = "swarmlab/publisher:latest";
  lab.templates = {p};
  return lab;
}

// A service of this lab as GET /services lists it and GET /services/{id} returns it.
QByteArray serviceJson(const char* id, const char* name, const char* mode) {
  return QByteArray(R"({"ID":")") + id + R"(","Version":{"Index":7},"Spec":{"Name":")" + name +
         R"(","Labels":{"swarmlab.lab":"faults","swarmlab.service":")" + name +
         R"("},"TaskTemplate":{"ContainerSpec":{"Image":"x"}},"Mode":)" + mode + "}}";
}

// Every error a spy on errorOccurred holds, one a line.
QString messages(const QSignalSpy& errors) {
  QString all;
  for (const auto& args : errors) all += args.at(0).value<OrchestratorError>().toString() + '\n';
  return all;
}

struct Finished {
  bool ok = false;
  OrchestratorError error;
  qint64 afterMs = -1;
};

}  // namespace

class TestSwarmFaults : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

  std::unique_ptr<SwarmOrchestrator> connectTo(FakeEngine& engine, int commandMs, int requestMs) {
    SwarmOptions o;
    o.dockerHost = engine.endpoint();
    o.redisUrl = QStringLiteral("redis://127.0.0.1:1");  // given: nothing to deploy for it
    o.commandTimeoutMs = commandMs;
    o.requestTimeoutMs = requestMs;
    auto orch = std::make_unique<SwarmOrchestrator>(tinyLab(), o);
    QSignalSpy ready(orch.get(), &Orchestrator::ready);
    orch->start();
    if (!ready.wait(10000)) return nullptr;
    return orch;
  }

  // Waits for commandFinished(id) in a spy made before the command was issued.
  static Finished waitFor(QSignalSpy& spy, quint64 id, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
      for (const auto& args : spy)
        if (args.at(0).toULongLong() == id)
          return {args.at(1).toBool(), args.at(2).value<OrchestratorError>(), t.elapsed()};
      QTest::qWait(10);
    }
    return {};
  }

 private slots:
  void initTestCase() { qRegisterMetaType<OrchestratorError>(); }

  void oneStatusRequestPerCommandInFlight() {
    FakeEngine engine(dir_.filePath("a.sock"));
    auto orch = connectTo(engine, 2500, 20000);
    QVERIFY(orch);
    engine.on("POST", "/services/create", FakeReply{201, R"({"ID":"svc1"})"});
    engine.on("GET", "/services",
              FakeReply{200, "[" + serviceJson("svc1", "publisher", "{}") + "]"});
    engine.on("GET", "/tasks", FakeReply{200, {}, true});  // the engine never answers these
    const int before = engine.count("/tasks");
    QSignalSpy fin(orch.get(), &Orchestrator::commandFinished);
    QElapsedTimer t;
    t.start();
    const quint64 id = orch->deploy(*tinyLab().templ("publisher"), "manager");
    Finished f = waitFor(fin, id, 15000);
    f.afterMs = t.elapsed();
    const int asked = engine.count("/tasks") - before;
    qInfo("deploy ended after %lld ms: %s; GET /tasks sent: %d", f.afterMs,
          qPrintable(f.error.toString()), asked);
    QVERIFY(!f.ok);
    QVERIFY2(f.error.message.contains("engine not answering"), qPrintable(f.error.toString()));
    // Ended by its 2.5 s deadline, on the timer, long before the 20 s request timeout (the upper
    // bound leaves room for a loaded CI machine).
    QVERIFY2(f.afterMs >= 2400 && f.afterMs < 12000, "ended by its deadline, on the timer");
    QCOMPARE(asked, 1);  // polled every 250 ms for 2.5 s: one request, never a queue of ten
  }

  void deadlineWhileTheRequestHangs() {
    FakeEngine engine(dir_.filePath("b.sock"));
    auto orch = connectTo(engine, 1500, 60000);
    QVERIFY(orch);
    engine.on("POST", "/services/create", FakeReply{200, {}, true});
    QSignalSpy errors(orch.get(), &Orchestrator::errorOccurred);
    QSignalSpy fin(orch.get(), &Orchestrator::commandFinished);
    QElapsedTimer started;
    started.start();
    const quint64 id = orch->deploy(*tinyLab().templ("publisher"), "manager");
    Finished f = waitFor(fin, id, 30000);
    f.afterMs = started.elapsed();
    qInfo("deploy ended after %lld ms: %s", f.afterMs, qPrintable(f.error.toString()));
    QVERIFY(!f.ok);
    QVERIFY2(f.error.message.contains("engine not answering"), qPrintable(f.error.toString()));
    QVERIFY(f.afterMs >= 1400 && f.afterMs < 30000);  // 1.5 s deadline, not the 60 s request
    QCOMPARE(engine.hanging(), 1);  // the request itself is still out, the command is not
    QCOMPARE(errors.size(), 0);
    QElapsedTimer t;
    t.start();
    orch.reset();  // cancels the hanging request instead of waiting 60 s for it
    QVERIFY2(t.elapsed() < 30000, "destroying the orchestrator waited 60 s for the engine");
  }

  void outageIsOneMessageThenARefresh() {
    const QString path = dir_.filePath("c.sock");
    auto engine = std::make_unique<FakeEngine>(path);
    engine->on("GET", "/services",
               FakeReply{200, "[" + serviceJson("pub1", "publisher", "{}") + "]"});
    auto orch = connectTo(*engine, 3000, 2000);
    QVERIFY(orch);
    QSignalSpy errors(orch.get(), &Orchestrator::errorOccurred);
    QSignalSpy nodes(orch.get(), &Orchestrator::nodesChanged);
    QSignalSpy finished(orch.get(), &Orchestrator::commandFinished);
    engine.reset();  // the engine goes away (a daemon restart, a crash)
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 15000);
    QVERIFY2(errors.size() == 1, qPrintable(messages(errors)));
    // Everything asked meanwhile fails, and says so once: refreshes, commands.
    for (int i = 0; i < 5; ++i) orch->refresh();
    const quint64 id = orch->restart("publisher", UpdateOrder::StopFirst);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QTest::qWait(1500);
    QCOMPARE(errors.size(), 1);
    const auto e = errors.first().at(0).value<OrchestratorError>();
    qInfo("the one message: %s", qPrintable(e.toString()));
    QVERIFY2(e.message.contains("does not answer"), qPrintable(e.toString()));
    QCOMPARE(finished.first().at(0).toULongLong(), id);
    QVERIFY(!finished.first().at(1).toBool());
    const auto ce = finished.first().at(2).value<OrchestratorError>();
    QVERIFY2(ce.message.contains("engine not answering"), qPrintable(ce.toString()));
    // It comes back: the event stream reconnects and everything is read again.
    nodes.clear();
    engine = std::make_unique<FakeEngine>(path);
    QTRY_VERIFY_WITH_TIMEOUT(!nodes.isEmpty(), 10000);
    QCOMPARE(errors.size(), 1);
    // /services is asked once the nodes are in (nodesChanged comes first): wait for it
    QTRY_VERIFY_WITH_TIMEOUT(engine->count("/services") >= 1, 5000);
    // A second outage is a second message.
    engine.reset();
    QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 2, 15000);
    QTest::qWait(1500);
    QString all;
    for (const auto& args : errors) all += args.at(0).value<OrchestratorError>().toString() + '\n';
    QVERIFY2(errors.size() == 2, qPrintable(all));
  }

  void specsWeDidNotWriteAreErrors() {
    FakeEngine engine(dir_.filePath("d.sock"));
    engine.on("GET", "/services/glob",
              FakeReply{200, serviceJson("glob", "glob", R"({"Global":{}})")});
    engine.on("GET", "/services/odd",
              FakeReply{200, R"({"ID":"odd","Version":{"Index":2},"Spec":{"Name":"odd",
                  "Labels":{"swarmlab.lab":"faults"},"TaskTemplate":"not an object"}})"});
    engine.on("GET", "/services?",
              FakeReply{200, "[" + serviceJson("glob", "glob", R"({"Global":{}})") + "," +
                                 serviceJson("odd", "odd", "{}") + "]"});
    auto orch = connectTo(engine, 5000, 5000);
    QVERIFY(orch);
    QVERIFY(!orch->serviceId("glob").isEmpty());
    QSignalSpy fin(orch.get(), &Orchestrator::commandFinished);
    struct Case {
      quint64 id;
      const char* expect;
    };
    const Case cases[] = {{orch->migrate("glob", "manager", UpdateOrder::StopFirst), "Global"},
                          {orch->restart("glob", UpdateOrder::StartFirst), "Global"},
                          {orch->scale("glob", 3), "Global"},
                          {orch->migrate("odd", "manager", UpdateOrder::StopFirst),
                           "Spec.TaskTemplate: expected an object, found string"},
                          {orch->restart("odd", UpdateOrder::StopFirst), "Spec.TaskTemplate"}};
    for (const Case& c : cases) {
      const Finished f = waitFor(fin, c.id, 5000);
      qInfo("%s", qPrintable(f.error.toString()));
      QVERIFY(!f.ok);
      QVERIFY2(f.error.message.contains(c.expect), qPrintable(f.error.toString()));
    }
    QCOMPARE(engine.count("/services/glob/update"), 0);  // nothing half-edited was sent
    QCOMPARE(engine.count("/services/odd/update"), 0);
  }
};

QTEST_GUILESS_MAIN(TestSwarmFaults)
#include "tst_swarmfaults.moc"
