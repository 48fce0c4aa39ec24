// SwarmOrchestrator against the real Docker Engine of this machine (issue 4, item 4): deploy
// redis, publisher and subscriber as services, migrate and restart, task states from events,
// no /tasks polling while idle, Docker's own errors as values, a short experiment recorded
// end to end. Leaves the engine's swarm state as found and removes what it created.
#include <QProcess>
#include <QUrl>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "ExperimentRunner.h"
#include "LabSecrets.h"
#include "Measurements.h"
#include "Recorder.h"
#include "SwarmFixture.h"
#include "SwarmOrchestrator.h"
#include "Telemetry.h"
#include "Timeline.h"

using namespace swarmlab;
using namespace swarmlab::test;

class TestSwarm : public QObject {
  Q_OBJECT
  SwarmFixture fx_;
  SwarmOptions opt_;
  std::unique_ptr<SwarmOrchestrator> orch_;
  QList<TaskInfo> tasks_;

 public:
  /// Before the test: an engine to talk to and the agent images (else the reason to skip).
  QString prepare() {
    return fx_.setUp(QStringLiteral("swltest-%1").arg(QCoreApplication::applicationPid()));
  }

 private:
  SwarmOrchestrator* startOrchestrator(SwarmOptions o, QString* why) {
    auto* orch = new SwarmOrchestrator(fx_.lab(), o);
    connect(orch, &Orchestrator::taskChanged, this, [this](const TaskInfo& t) { tasks_ << t; });
    QSignalSpy ready(orch, &Orchestrator::ready);
    QSignalSpy errors(orch, &Orchestrator::errorOccurred);
    orch->start();
    if (!ready.wait(60000)) {
      for (const auto& e : errors) *why += e.at(0).value<OrchestratorError>().toString() + "; ";
      delete orch;
      return nullptr;
    }
    return orch;
  }

  std::optional<TaskInfo> running(const QString& service, const QString& notInstance = {}) {
    for (auto it = tasks_.crbegin(); it != tasks_.crend(); ++it)
      if (it->service == service && it->state == TaskState::Running && it->instance != notInstance)
        return *it;
    return std::nullopt;
  }

  // The agent's own first_message event, under the instance name the orchestrator reported.
  bool agentSaw(const QString& instance, const QByteArray& event, int timeoutMs = 20000) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
      QByteArray r = redisRaw(orch_->redisUrl(), {"XRANGE", "swarmlab:events", "-", "+"});
      int at = r.indexOf(instance.toUtf8());
      while (at >= 0) {
        if (r.mid(at, 400).contains(event)) return true;
        at = r.indexOf(instance.toUtf8(), at + 1);
      }
      QTest::qWait(200);
    }
    return false;
  }

 private slots:
  void initTestCase() {
    qRegisterMetaType<OrchestratorError>();
    qInfo("engine swarm state before the test: %s", qPrintable(fx_.swarmStateBefore()));
    opt_.servicePrefix = QStringLiteral("swlt%1-").arg(QCoreApplication::applicationPid());
    opt_.redisPort = SwarmFixture::freePort();
    if (fx_.swarmStateBefore() == QLatin1String("inactive")) {
      // Not a swarm manager yet: a clear error, no ready(), then recovery after init.
      auto* orch = new SwarmOrchestrator(fx_.lab(), opt_);
      QSignalSpy errors(orch, &Orchestrator::errorOccurred);
      QSignalSpy ready(orch, &Orchestrator::ready);
      orch->start();
      QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000);
      const auto e = errors.first().at(0).value<OrchestratorError>();
      QVERIFY2(e.message.contains("not part of a swarm") && e.httpStatus == 503,
               qPrintable(e.toString()));
      const QString err = fx_.initSwarmIfInactive();
      QVERIFY2(err.isEmpty(), qPrintable(err));
      QVERIFY2(ready.wait(30000), "the orchestrator did not recover once the swarm existed");
      QVERIFY(SwarmFixture::shutdownAndWait(orch));
      delete orch;
    } else {
      const QString err = fx_.initSwarmIfInactive();
      QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    QString why;
    orch_.reset(startOrchestrator(opt_, &why));
    QVERIFY2(orch_, qPrintable("not ready: " + why));
    QVERIFY(orch_->redisUrl().startsWith("redis://"));
    QVERIFY2(redisRaw(orch_->redisUrl(), {"PING"}).startsWith("+PONG"),
             qPrintable(redactedRedisUrl(orch_->redisUrl())));
    // Issue 11: the gateway's Redis wants credentials.
    const QString plain = secrets::splitCredentials(orch_->redisUrl()).url;
    const QByteArray noauth = redisRaw(plain, {"PING"});
    QVERIFY2(noauth.startsWith("-NOAUTH"), noauth.constData());
  }

  void deployAndIdle() {
    QSignalSpy fin(orch_.get(), &Orchestrator::commandFinished);
    const quint64 p = orch_->deploy(*fx_.lab().templ("publisher"), "manager");
    const quint64 s = orch_->deploy(*fx_.lab().templ("subscriber"), "pi1");
    bool ok = false;
    OrchestratorError err;
    QVERIFY(waitFinished(fin, p, &ok, &err));
    QVERIFY2(ok, qPrintable(err.toString()));
    QVERIFY(waitFinished(fin, s, &ok, &err));
    QVERIFY2(ok, qPrintable(err.toString()));
    auto pub = running("publisher");
    auto sub = running("subscriber");
    QVERIFY(pub && sub);
    QCOMPARE(sub->node, QString("pi1"));
    QVERIFY2(sub->instance.startsWith(opt_.servicePrefix + "subscriber.1."),
             qPrintable(sub->instance));
    QVERIFY2(agentSaw(sub->instance, "first_message"),
             qPrintable("no first_message from " + sub->instance));
    QVERIFY(agentSaw(pub->instance, "first_message"));
    // Issue 11: `docker service inspect` of every lab service shows no password; the agents
    // (which reached Redis, above) read it from a Docker secret.
    QString pwError;
    const QString pw = secrets::labPassword(fx_.lab().name, &pwError);
    QVERIFY2(!pw.isEmpty(), qPrintable(pwError));
    QProcess inspect;
    inspect.start(QStringLiteral("docker"), QStringList{"service", "inspect"} + fx_.labServices());
    QVERIFY(inspect.waitForFinished(30000));
    const QByteArray specs = inspect.readAllStandardOutput();
    QVERIFY2(specs.contains("/run/secrets/swarmlab-redis-password"), specs.left(3000).constData());
    QVERIFY2(specs.contains("--aclfile"), "the gateway's Redis has no ACL file");
    QVERIFY(!specs.contains(pw.toUtf8()));

    // Event-driven: nothing asks for /tasks while nothing happens.
    QTest::qWait(500);
    const quint64 before = orch_->requestCount("/tasks");
    const quint64 servicesBefore = orch_->requestCount("/services");
    QTest::qWait(4000);
    QCOMPARE(orch_->requestCount("/tasks"), before);
    QCOMPARE(orch_->requestCount("/services"), servicesBefore);
    qInfo("/tasks requests so far: %llu, none in 4 s idle", before);
  }

  void servicesAreHardened() {
    // Issue 11: what the engine made of the specs. The service's spec and the container that
    // runs it: read-only root, every capability dropped (API 1.41), the template's limits, a
    // tmpfs on /tmp; the lab's Redis listens on the gateway's address only.
    using nlohmann::json;
    for (const char* name : {"publisher", "subscriber", "redis"}) {
      const QString svc = opt_.servicePrefix + name;
      DockerResponse r = fx_.http().request("GET", "/services/" + svc);
      QVERIFY2(r.ok(), qPrintable(svc + ": " + r.message()));
      const json spec = json::parse(r.body.toStdString())["Spec"]["TaskTemplate"];
      const json& cs = spec["ContainerSpec"];
      QVERIFY2(cs.value("ReadOnly", false), name);
      QCOMPARE(cs.value("CapabilityDrop", json::array()), json::array({"ALL"}));
      const ServiceTemplate* t = fx_.lab().templ(name);
      if (t && t->limits.memoryMb > 0)
        QCOMPARE(spec["Resources"]["Limits"]["MemoryBytes"].get<std::int64_t>(),
                 std::int64_t{t->limits.memoryMb} * 1024 * 1024);
      const QString filters = QUrl::toPercentEncoding(
          QStringLiteral(R"({"service":["%1"],"desired-state":["running"]})").arg(svc));
      r = fx_.http().request("GET", "/tasks?filters=" + filters);
      QVERIFY2(r.ok(), qPrintable(r.message()));
      const json tasks = json::parse(r.body.toStdString());
      QVERIFY2(!tasks.empty(), name);
      const std::string cid =
          tasks[0]["Status"]["ContainerStatus"].value("ContainerID", std::string());
      QVERIFY2(!cid.empty(), name);
      r = fx_.http().request("GET", "/containers/" + QString::fromStdString(cid) + "/json");
      QVERIFY2(r.ok(), qPrintable(r.message()));
      const json host = json::parse(r.body.toStdString())["HostConfig"];
      QVERIFY2(host.value("ReadonlyRootfs", false), name);
      QCOMPARE(host.value("CapDrop", json::array()), json::array({"ALL"}));
      qInfo("%s: ReadonlyRootfs %s, CapDrop %s, Memory %lld, NanoCpus %lld, user %s", name,
            host["ReadonlyRootfs"].dump().c_str(), host["CapDrop"].dump().c_str(),
            host.value("Memory", 0LL), host.value("NanoCpus", 0LL),
            json::parse(r.body.toStdString())["Config"].value("User", std::string()).c_str());
      if (std::string(name) == "redis") {
        const json args = cs["Args"];
        const auto bind = std::find(args.begin(), args.end(), "--bind");
        QVERIFY(bind != args.end() && bind + 1 != args.end());
        QVERIFY2(*(bind + 1) != "0.0.0.0", (bind + 1)->dump().c_str());
        QVERIFY(orch_->redisUrl().contains(QString::fromStdString((bind + 1)->get<std::string>())));
      }
    }
  }

  void migrateStopFirst() {
    auto old = running("subscriber");
    QVERIFY(old);
    QSignalSpy fin(orch_.get(), &Orchestrator::commandFinished);
    QElapsedTimer t;
    t.start();
    const quint64 m = orch_->migrate("subscriber", "pi2", UpdateOrder::StopFirst);
    bool ok = false;
    OrchestratorError err;
    QVERIFY(waitFinished(fin, m, &ok, &err));
    QVERIFY2(ok, qPrintable(err.toString()));
    qInfo("migrate converged in %lld ms", t.elapsed());
    auto now = running("subscriber", old->instance);
    QVERIFY(now);
    QCOMPARE(now->node, QString("pi2"));
    // The old task was seen going down, from the events.
    bool oldDown = false;
    for (const auto& ti : tasks_)
      if (ti.instance == old->instance &&
          (ti.state == TaskState::Stopped || ti.state == TaskState::Stopping))
        oldDown = true;
    QVERIFY(oldDown);
    QVERIFY(agentSaw(now->instance, "first_message"));
    // The agent reports the new node: SWARMLAB_NODE moved with the constraint.
    QByteArray r =
        redisRaw(orch_->redisUrl(), {"XREVRANGE", "swarmlab:events", "+", "-", "COUNT", "50"});
    QVERIFY2(r.contains("pi2"), r.left(400).constData());
  }

  void restartStartFirst() {
    auto old = running("publisher");
    QVERIFY(old);
    QSignalSpy fin(orch_.get(), &Orchestrator::commandFinished);
    const quint64 id = orch_->restart("publisher", UpdateOrder::StartFirst);
    bool ok = false;
    OrchestratorError err;
    QVERIFY(waitFinished(fin, id, &ok, &err));
    QVERIFY2(ok, qPrintable(err.toString()));
    auto now = running("publisher", old->instance);
    QVERIFY(now);
    QVERIFY(agentSaw(now->instance, "first_message"));
  }

  void scaleAndStop() {
    QSignalSpy fin(orch_.get(), &Orchestrator::commandFinished);
    bool ok = false;
    OrchestratorError err;
    const quint64 sc = orch_->scale("subscriber", 2);
    QVERIFY(waitFinished(fin, sc, &ok, &err));
    QVERIFY2(ok, qPrintable(err.toString()));
    const quint64 st = orch_->stop("subscriber");
    QVERIFY(waitFinished(fin, st, &ok, &err));
    QVERIFY2(ok, qPrintable(err.toString()));
    QVERIFY(orch_->serviceId("subscriber").isEmpty());
  }

  void dockerErrorsAreValues() {
    QSignalSpy fin(orch_.get(), &Orchestrator::commandFinished);
    bool ok = true;
    OrchestratorError err;
    // 409: a service of that name exists already, created behind the orchestrator's back.
    const std::string name = (opt_.servicePrefix + "conflict").toStdString();
    nlohmann::json spec = {
        {"Name", name},
        {"Labels", {{"swarmlab.lab", fx_.labName().toStdString()}}},
        {"TaskTemplate", {{"ContainerSpec", {{"Image", "swarmlab/publisher:latest"}}}}},
        {"Mode", {{"Replicated", {{"Replicas", 0}}}}}};
    DockerResponse c =
        fx_.http().request("POST", "/services/create", QByteArray::fromStdString(spec.dump()));
    QVERIFY2(c.ok(), qPrintable(c.message()));
    quint64 id = orch_->deploy(*fx_.lab().templ("publisher"), "manager", "conflict");
    QVERIFY(waitFinished(fin, id, &ok, &err));
    QVERIFY(!ok);
    qInfo("name conflict: %s", qPrintable(err.toString()));
    QCOMPARE(err.httpStatus, 409);
    QVERIFY2(err.message.contains("already exists") || err.message.contains("conflict"),
             qPrintable(err.toString()));
    QCOMPARE(err.object, QString("conflict"));
    // Image missing on the node: the task is rejected; the error carries Docker's words.
    ServiceTemplate bad = *fx_.lab().templ("publisher");
    bad.image = QStringLiteral("swarmlab/no-such-image:1");
    bad.restart.condition = RestartPolicy::Condition::None;
    QElapsedTimer t;
    t.start();
    id = orch_->deploy(bad, "manager", "noimage");
    QVERIFY(waitFinished(fin, id, &ok, &err));
    QVERIFY(!ok);
    qInfo("missing image reported after %lld ms: %s", t.elapsed(), qPrintable(err.toString()));
    QVERIFY2(err.message.contains("no-such-image") || err.message.contains("No such image"),
             qPrintable(err.toString()));
    // Unknown service / node.
    id = orch_->migrate("nope", "pi1", UpdateOrder::StopFirst);
    QVERIFY(waitFinished(fin, id, &ok, &err));
    QVERIFY(!ok);
    QCOMPARE(err.httpStatus, 404);
    id = orch_->deploy(*fx_.lab().templ("publisher"), "pi9");
    QVERIFY(waitFinished(fin, id, &ok, &err));
    QVERIFY(!ok);
    QVERIFY(err.message.contains("pi9"));
    QVERIFY(orch_->stop("noimage") > 0);
  }

  void unreachableEngine() {
    SwarmOptions o = opt_;
    o.dockerHost = QStringLiteral("unix:///nonexistent/docker.sock");
    SwarmOrchestrator orch(fx_.lab(), o);
    QSignalSpy errors(&orch, &Orchestrator::errorOccurred);
    orch.start();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000);
    const auto e = errors.first().at(0).value<OrchestratorError>();
    QVERIFY2(e.message.contains("/nonexistent/docker.sock"), qPrintable(e.toString()));
    QVERIFY(SwarmFixture::shutdownAndWait(&orch));
  }

  void shortExperimentRecorded() {
    // The same path as `swarmlab-cli run --backend swarm`: runner, telemetry, recorder.
    QVERIFY(orch_);
    QVERIFY(SwarmFixture::shutdownAndWait(orch_.get()));  // a fresh orchestrator, as the CLI has
    orch_.reset();
    tasks_.clear();
    SwarmOptions o = opt_;
    o.servicePrefix += "run-";
    o.redisPort = SwarmFixture::freePort();  // the first one's containers take ~1 s to go
    QString why;
    orch_.reset(startOrchestrator(o, &why));
    QVERIFY2(orch_, qPrintable(why));
    TelemetryOptions to;
    to.redisUrl = orch_->redisUrl();
    Telemetry tel(to);
    QSignalSpy conn(&tel, &Telemetry::connectionChanged);
    tel.start();
    QVERIFY(conn.wait(15000));
    QVERIFY(conn.first().at(0).toBool());
    auto tl = parseTimeline(R"({"name":"swarm-short","lab":"x","duration_s":14,"steps":[
      {"at_s":0,"action":"deploy","template":"redis","node":"gw1","service":"redis"},
      {"at_s":0,"action":"deploy","template":"publisher","node":"manager","service":"publisher"},
      {"at_s":0,"action":"deploy","template":"subscriber","node":"pi1","service":"subscriber"},
      {"at_s":5,"action":"migrate","service":"subscriber","node":"pi2","order":"stop-first"},
      {"at_s":10,"action":"restart","service":"subscriber","order":"start-first"}]})",
                            "swarm-short");
    QVERIFY2(tl.ok(), qPrintable(tl.errors.join("; ")));
    ExperimentRunner runner(orch_.get(), &tel, fx_.lab(), *tl.timeline);
    QSignalSpy done(&runner, &ExperimentRunner::finished);
    QStringList failures;
    connect(&runner, &ExperimentRunner::stepFailed, this, [&](int i, const QString& m) {
      failures << QStringLiteral("step %1: %2").arg(i).arg(m);
    });
    runner.start();
    QVERIFY(done.wait(90000));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join("; ")));
    const RunData run = done.first().at(0).value<RunData>();
    QVERIFY(!run.tasks.isEmpty());
    const auto summary = computeSummary(run);
    for (const auto& m : summary)
      qInfo("%-44s %10.1f %s  %s", qPrintable(m.name), m.value, qPrintable(m.unit),
            qPrintable(m.detail));
    auto* dep = findMeasure(summary, "deploy_time[subscriber@pi1]");
    QVERIFY2(dep, "no deploy time for the subscriber: instance names of tasks and agents differ?");
    QVERIFY(dep->value > 0 && dep->value < 20000);
    const Measure* gap = nullptr;
    const Measure* restart = nullptr;
    for (const auto& m : summary) {
      if (m.name.startsWith("migration_update_gap")) gap = &m;
      if (m.name.startsWith("restart_time")) restart = &m;
    }
    QVERIFY2(gap, "no migration gap measured");
    QVERIFY(gap->value < 20000);
    QVERIFY2(restart, "no restart time measured");
    auto* lost = findMeasure(summary, "lost_total");
    QVERIFY(lost);
    QCOMPARE(lost->value, 0.0);
    tel.stop();
  }

  void cleanupTestCase() {
    if (orch_) QVERIFY(SwarmFixture::shutdownAndWait(orch_.get()));
    orch_.reset();
    const QStringList problems = fx_.tearDown();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
    QVERIFY(fx_.labServices().isEmpty());
  }
};

SWARMLAB_DOCKER_TEST_MAIN(TestSwarm)
#include "tst_swarm_orchestrator.moc"
