// Several Swarm nodes on one machine (issue 4, item 5): two extra dockerd instances, each in
// its own network and UTS namespace with its own data-root, join this engine's swarm as
// workers named pi1 and pi2 (tests/docker/multinode.sh). A subscriber deployed on pi1 runs on
// pi1's engine and migrates to pi2's; drain/activate of a node shows in the node states.
// Runs only when the engine is not in a swarm already (never touches an existing one) and
// skips with the exact error when the machine refuses the extra engines.
#include <QtTest>

#include <unistd.h>

#include "SwarmFixture.h"
#include "SwarmOrchestrator.h"

using namespace swarmlab;
using namespace swarmlab::test;

namespace {
std::string_view view(const QByteArray& b) { return {b.constData(), size_t(b.size())}; }

bool waitFinished(QSignalSpy& spy, quint64 id, bool* ok, OrchestratorError* err,
                  int timeoutMs = 90000) {
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < timeoutMs) {
    for (const auto& args : spy)
      if (args.at(0).toULongLong() == id) {
        *ok = args.at(1).toBool();
        *err = args.at(2).value<OrchestratorError>();
        return true;
      }
    spy.wait(200);
  }
  return false;
}
}  // namespace

class TestSwarmMultiNode : public QObject {
  Q_OBJECT
  SwarmFixture fx_;
  bool nodesUp_ = false;
  std::unique_ptr<SwarmOrchestrator> orch_;
  QList<TaskInfo> tasks_;
  QList<NodeInfo> nodes_;

  QString script() const {
    return qEnvironmentVariable("SWARMLAB_SOURCE_DIR", QStringLiteral(SWARMLAB_SOURCE_DIR)) +
           QStringLiteral("/tests/docker/multinode.sh");
  }
  QString runScript(const QStringList& args, int* rc) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start("bash", QStringList{script()} + args);
    if (!p.waitForFinished(120000)) p.kill();
    *rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromLocal8Bit(p.readAll()).trimmed();
  }
  QString label(const QString& hostname, const QString& name, const QString& layer,
                const QString& also = {}) {
    DockerResponse r = fx_.http().request("GET", "/nodes/" + hostname);
    auto n = r.ok() ? docker::parseNode(view(r.body)) : std::nullopt;
    if (!n) return "GET /nodes/" + hostname + ": " + r.message();
    nlohmann::json spec = n->spec;
    spec["Labels"]["swarmlab.name"] = name.toStdString();
    spec["Labels"]["swarmlab.layer"] = layer.toStdString();
    if (!also.isEmpty()) spec["Labels"]["swarmlab.names"] = also.toStdString();
    DockerResponse u = fx_.http().request("POST",
                                          QStringLiteral("/nodes/%1/update?version=%2")
                                              .arg(QString::fromStdString(n->id))
                                              .arg(n->version),
                                          QByteArray::fromStdString(spec.dump()));
    return u.ok() ? QString() : "update " + hostname + ": " + u.message();
  }
  int containersOn(const QString& node) {
    auto ep = DockerEndpoint::resolve("unix:///run/swarmlab-nodes/" + node + ".sock", nullptr);
    DockerHttp h(*ep);
    h.setApiVersion("1.41");
    nlohmann::json f = {{"label", {"swarmlab.lab=" + fx_.labName().toStdString()}}};
    DockerResponse r = h.request(
        "GET", "/containers/json?filters=" +
                   QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(f.dump()))));
    if (!r.ok()) return -1;
    auto j = nlohmann::json::parse(view(r.body), nullptr, false);
    return j.is_array() ? int(j.size()) : -1;
  }
  std::optional<TaskInfo> running(const QString& service, const QString& notInstance = {}) {
    for (auto it = tasks_.crbegin(); it != tasks_.crend(); ++it)
      if (it->service == service && it->state == TaskState::Running && it->instance != notInstance)
        return *it;
    return std::nullopt;
  }

 public:
  /// Before the test: an engine not in a swarm, root, and two extra engines joined as workers
  /// pi1 and pi2 (else the reason to skip, with what was set up undone).
  QString prepare() {
    QString why = fx_.setUp(QStringLiteral("swlmulti-%1").arg(QCoreApplication::applicationPid()));
    if (!why.isEmpty()) return why;
    if (fx_.swarmStateBefore() != QLatin1String("inactive"))
      return "the engine is in a swarm already (" + fx_.swarmStateBefore() +
             "); not adding nodes to it";
    if (::geteuid() != 0) return QStringLiteral("extra dockerd instances need root");
    why = fx_.initSwarmIfInactive();
    if (!why.isEmpty()) return QStringLiteral("FAIL: ") + why;
    int rc = 0;
    const QString out = runScript({"up", "pi1", "pi2"}, &rc);
    nodesUp_ = true;
    if (rc == 0) return {};
    const QStringList problems = undo();
    return "multinode.sh up pi1 pi2 refused: " + out +
           (problems.isEmpty() ? QString() : "; cleanup: " + problems.join("; "));
  }

 private:
  QStringList undo() {
    QStringList problems;
    if (nodesUp_) {
      int rc = 0;
      const QString out = runScript({"down", "pi1", "pi2"}, &rc);
      if (rc != 0) problems << "multinode.sh down: " + out;
      nodesUp_ = false;
    }
    if (!fx_.swarmStateBefore().isEmpty()) problems << fx_.tearDown();
    return problems;
  }

 private slots:
  void initTestCase() {
    qRegisterMetaType<OrchestratorError>();
    QString err;
    QVERIFY((err = label("pi1", "pi1", "sensing")).isEmpty());
    QVERIFY((err = label("pi2", "pi2", "sensing")).isEmpty());
    DockerResponse info = fx_.http().request("GET", "/info");
    auto i = docker::parseInfo(view(info.body));
    QVERIFY(i);
    QVERIFY2(
        (err = label(QString::fromStdString(i->nodeId), "manager", "enterprise", "gw1")).isEmpty(),
        qPrintable(err));

    SwarmOptions o;
    o.servicePrefix = QStringLiteral("swlm%1-").arg(QCoreApplication::applicationPid());
    o.redisPort = SwarmFixture::freePort();
    orch_ = std::make_unique<SwarmOrchestrator>(fx_.lab(), o);
    connect(orch_.get(), &Orchestrator::taskChanged, this,
            [this](const TaskInfo& t) { tasks_ << t; });
    connect(orch_.get(), &Orchestrator::nodesChanged, this,
            [this](const QList<NodeInfo>& n) { nodes_ = n; });
    QSignalSpy ready(orch_.get(), &Orchestrator::ready);
    orch_->start();
    QVERIFY(ready.wait(60000));
  }

  void nodesAreDistinct() {
    QHash<QString, QString> id;
    for (const auto& n : nodes_) {
      id[n.name] = n.id;
      if (n.name == "pi1" || n.name == "pi2") {
        QVERIFY(n.state == NodeState::Ready);
        QVERIFY(n.layer == Layer::Sensing);
      }
    }
    QVERIFY(!id.value("pi1").isEmpty() && !id.value("pi2").isEmpty());
    QVERIFY(id["pi1"] != id["pi2"]);
    QVERIFY(id["pi1"] != id["manager"]);
    QCOMPARE(id["gw1"], id["manager"]);
  }

  void migrateAcrossEngines() {
    QSignalSpy fin(orch_.get(), &Orchestrator::commandFinished);
    bool ok = false;
    OrchestratorError err;
    const quint64 p = orch_->deploy(*fx_.lab().templ("publisher"), "manager");
    const quint64 s = orch_->deploy(*fx_.lab().templ("subscriber"), "pi1");
    QVERIFY(waitFinished(fin, p, &ok, &err));
    QVERIFY2(ok, qPrintable(err.toString()));
    QVERIFY(waitFinished(fin, s, &ok, &err));
    QVERIFY2(ok, qPrintable(err.toString()));
    auto sub = running("subscriber");
    QVERIFY(sub);
    QCOMPARE(sub->node, QString("pi1"));
    QCOMPARE(containersOn("pi1"), 1);
    QCOMPARE(containersOn("pi2"), 0);
    // The agent on pi1's engine reached the gateway's Redis.
    QTRY_VERIFY_WITH_TIMEOUT(redisRaw(orch_->redisUrl(), {"XRANGE", "swarmlab:events", "-", "+"})
                                 .contains(sub->instance.toUtf8()),
                             20000);
    QElapsedTimer t;
    t.start();
    const quint64 m = orch_->migrate("subscriber", "pi2", UpdateOrder::StopFirst);
    QVERIFY(waitFinished(fin, m, &ok, &err));
    QVERIFY2(ok, qPrintable(err.toString()));
    qInfo("migration pi1 -> pi2 converged in %lld ms", t.elapsed());
    auto now = running("subscriber", sub->instance);
    QVERIFY(now);
    QCOMPARE(now->node, QString("pi2"));
    QTRY_COMPARE_WITH_TIMEOUT(containersOn("pi2"), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(containersOn("pi1"), 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(redisRaw(orch_->redisUrl(), {"XRANGE", "swarmlab:events", "-", "+"})
                                 .contains(now->instance.toUtf8()),
                             20000);
  }

  void drainAndActivate() {
    QSignalSpy fin(orch_.get(), &Orchestrator::commandFinished);
    bool ok = false;
    OrchestratorError err;
    quint64 id = orch_->setNodeDown("pi1");
    QVERIFY(waitFinished(fin, id, &ok, &err));
    QVERIFY2(ok, qPrintable(err.toString()));
    auto stateOf = [this](const QString& n) {
      for (const auto& x : nodes_)
        if (x.name == n) return x.state;
      return NodeState::Unknown;
    };
    QTRY_VERIFY_WITH_TIMEOUT(stateOf("pi1") == NodeState::Drain, 10000);
    id = orch_->setNodeUp("pi1");
    QVERIFY(waitFinished(fin, id, &ok, &err));
    QVERIFY2(ok, qPrintable(err.toString()));
    QTRY_VERIFY_WITH_TIMEOUT(stateOf("pi1") == NodeState::Ready, 10000);
    // The manager also hosts gw1 here: draining it is refused with the reason.
    id = orch_->setNodeDown("manager");
    QVERIFY(waitFinished(fin, id, &ok, &err));
    QVERIFY(!ok);
    QVERIFY2(err.message.contains("gw1"), qPrintable(err.toString()));
  }

  void cleanupTestCase() {
    if (orch_) QVERIFY(SwarmFixture::shutdownAndWait(orch_.get()));
    orch_.reset();
    const QStringList problems = undo();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
  }
};

SWARMLAB_DOCKER_TEST_MAIN(TestSwarmMultiNode)
#include "tst_swarm_multinode.moc"
