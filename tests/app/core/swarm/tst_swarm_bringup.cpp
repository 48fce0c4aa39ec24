// Bring-up on a real swarm (issue 12, parts 6 and 7), on this machine's engine: the lab's Redis
// waits, saying why, while no machine hosts its gateway; hostLabNode() labels the engine's node
// through POST /nodes/{id}/update (checked with GET /nodes), after which Redis starts; one
// machine hosts several lab nodes; a node added while the lab runs is hosted the same way; and
// `swarmlab-cli swarm join-command` prints the worker join command. The node's labels are put
// back as they were.
#include <QtTest>

#include "SwarmFixture.h"
#include "SwarmOrchestrator.h"
#include "swarmlab_build_paths.h"

using namespace swarmlab;
using namespace swarmlab::test;
using nlohmann::json;

namespace {
const NodeInfo* find(const QList<NodeInfo>& list, const QString& name) {
  for (const auto& n : list)
    if (n.name == name) return &n;
  return nullptr;
}
}  // namespace

class TestSwarmBringup : public QObject {
  Q_OBJECT
  SwarmFixture fx_;
  SwarmOptions opt_;
  std::unique_ptr<SwarmOrchestrator> orch_;
  QString nodeId_;
  json labelsBefore_;
  QList<NodeInfo> nodes_;
  QList<ServiceInfo> services_;

  json nodeLabels() {
    DockerResponse r = fx_.http().request("GET", "/nodes");
    const json list = json::parse(r.body.toStdString(), nullptr, false);
    for (const auto& n : list.is_array() ? list : json::array())
      if (n.value("ID", "") == nodeId_.toStdString())
        return n["Spec"].value("Labels", json::object());
    return json();
  }
  QString setLabels(const json& labels) {
    DockerResponse r = fx_.http().request("GET", "/nodes/" + nodeId_);
    auto n = r.ok() ? docker::parseNode(r.body.toStdString()) : std::nullopt;
    if (!n) return "GET /nodes/" + nodeId_ + ": " + r.message();
    json spec = n->spec;
    spec["Labels"] = labels;
    DockerResponse u = fx_.http().request(
        "POST", QStringLiteral("/nodes/%1/update?version=%2").arg(nodeId_).arg(n->version),
        QByteArray::fromStdString(spec.dump()));
    return u.ok() ? QString() : u.message();
  }
  quint64 host(const QString& labNode, bool* ok, OrchestratorError* err) {
    QSignalSpy fin(orch_.get(), &Orchestrator::commandFinished);
    const quint64 id = orch_->hostLabNode(nodeId_, labNode);
    if (!waitFinished(fin, id, ok, err)) *err = {"host", labNode, "no commandFinished", 0};
    return id;
  }

 public:
  QString prepare() {
    return fx_.setUp(QStringLiteral("swlbring-%1").arg(QCoreApplication::applicationPid()));
  }

 private slots:
  void initTestCase() {
    qRegisterMetaType<OrchestratorError>();
    const QString err = fx_.initSwarmIfInactive();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    DockerResponse r = fx_.http().request("GET", "/info");
    auto info = docker::parseInfo(r.body.toStdString());
    QVERIFY(info);
    nodeId_ = QString::fromStdString(info->nodeId);
    labelsBefore_ = nodeLabels();
    QVERIFY(labelsBefore_.is_object());
    // This node starts as a machine that hosts no lab node (its other labels stay).
    json plain = json::object();
    for (auto it = labelsBefore_.begin(); it != labelsBefore_.end(); ++it)
      if (it.key().rfind("swarmlab.", 0) != 0) plain[it.key()] = it.value();
    QCOMPARE(setLabels(plain), QString());
    opt_.servicePrefix = QStringLiteral("swlb%1-").arg(QCoreApplication::applicationPid());
    opt_.redisPort = SwarmFixture::freePort();
    opt_.singleNodeFallback = false;
  }

  void redisWaitsForAMachine() {
    orch_ = std::make_unique<SwarmOrchestrator>(fx_.lab(), opt_);
    connect(orch_.get(), &Orchestrator::nodesChanged, this,
            [this](const QList<NodeInfo>& n) { nodes_ = n; });
    connect(orch_.get(), &Orchestrator::servicesChanged, this,
            [this](const QList<ServiceInfo>& s) { services_ = s; });
    QSignalSpy ready(orch_.get(), &Orchestrator::ready);
    QSignalSpy errors(orch_.get(), &Orchestrator::errorOccurred);
    orch_->start();
    QVERIFY(ready.wait(60000));
    // Not "starting…" forever: the held Redis says why, on gw1.
    QCOMPARE(services_.size(), 1);
    QCOMPARE(services_.first().name, QStringLiteral("redis"));
    QCOMPARE(services_.first().node, QStringLiteral("gw1"));
    QVERIFY2(services_.first().waiting.contains("no machine hosts gw1"),
             qPrintable(services_.first().waiting));
    QVERIFY(!errors.isEmpty());
    QVERIFY(errors.last().at(0).value<OrchestratorError>().message.contains("drag one"));
    const NodeInfo* gw1 = find(nodes_, "gw1");
    QVERIFY(gw1 && !gw1->hosted);
    bool machine = false;
    for (const auto& n : nodes_) machine |= n.id == nodeId_ && !n.inLab;
    QVERIFY2(machine, "the engine's node is not offered as a machine");
    QVERIFY(orch_->redisUrl().isEmpty());
  }

  void hostingLabelsTheNode() {
    QVERIFY(orch_);
    QSignalSpy redis(orch_.get(), &Orchestrator::redisStarted);
    bool ok = false;
    OrchestratorError err;
    host("gw1", &ok, &err);
    QVERIFY2(ok, qPrintable(err.toString()));
    json l = nodeLabels();
    qInfo("labels after hosting gw1: %s", l.dump().c_str());
    QCOMPARE(l.value("swarmlab.name", ""), std::string("gw1"));
    QCOMPARE(l.value("swarmlab.layer", ""), std::string("mediation"));
    QCOMPARE(l.value("swarmlab.cap.redis", ""), std::string("true"));
    // The gateway has a machine: Redis starts, and says so.
    QVERIFY2(redis.wait(120000) || !redis.isEmpty(), "Redis did not start on gw1's machine");
    QVERIFY(orch_->redisUrl().startsWith("redis://"));
    QVERIFY(redisRaw(orch_->redisUrl(), {"PING"}).startsWith("+PONG"));
    QTRY_VERIFY(find(nodes_, "gw1") && find(nodes_, "gw1")->hosted);
    QTRY_VERIFY(!services_.isEmpty() && services_.first().waiting.isEmpty());
  }

  void oneMachineHostsSeveral() {
    QVERIFY(orch_);
    bool ok = false;
    OrchestratorError err;
    host("pi1", &ok, &err);
    QVERIFY2(ok, qPrintable(err.toString()));
    json l = nodeLabels();
    QCOMPARE(l.value("swarmlab.name", ""), std::string("gw1"));
    QCOMPARE(l.value("swarmlab.names", ""), std::string("pi1"));
    QCOMPARE(l.value("swarmlab.cap.display", ""), std::string("true"));
    host("pi1", &ok, &err);
    QVERIFY(!ok);
    QVERIFY2(err.message.contains("hosts pi1 already"), qPrintable(err.toString()));
    // A new device added while the lab runs.
    QString why;
    QVERIFY2(orch_->addLabNode({"pi3", Layer::Sensing, "x86_64", {"display"}, {}}, &why),
             qPrintable(why));
    QTRY_VERIFY(find(nodes_, "pi3") && !find(nodes_, "pi3")->hosted);
    QVERIFY(!orch_->addLabNode({"pi3", Layer::Sensing, "x86_64", {}, {}}, &why));
    QVERIFY(why.contains("\"pi3\""));
    host("pi3", &ok, &err);
    QVERIFY2(ok, qPrintable(err.toString()));
    QCOMPARE(nodeLabels().value("swarmlab.names", ""), std::string("pi1,pi3"));
    QTRY_VERIFY(find(nodes_, "pi3") && find(nodes_, "pi3")->hosted);
  }

  void joinCommandPrintsTheWorkerCommand() {
    QProcess cli;
    const QString bin =
        qEnvironmentVariable("SWARMLAB_BIN_DIR", QStringLiteral(SWARMLAB_BUILD_BIN_DIR));
    cli.start(bin + "/swarmlab-cli", {"swarm", "join-command"});
    QVERIFY(cli.waitForFinished(30000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 0);
    const json sw = json::parse(fx_.http().request("GET", "/swarm").body.toStdString());
    const QString token = QString::fromStdString(sw["JoinTokens"]["Worker"].get<std::string>());
    QVERIFY(out.contains(QRegularExpression("docker swarm join --token SWMTKN-\\S+ \\S+:2377\\n")));
    QVERIFY(out.contains(token));
    QVERIFY(!err.contains(token));  // the token goes to stdout only
    qInfo("%s", qPrintable(QString(out).replace(token, "SWMTKN-<redacted>")));
  }

  void cleanupTestCase() {
    if (orch_) QVERIFY(SwarmFixture::shutdownAndWait(orch_.get()));
    orch_.reset();
    if (!nodeId_.isEmpty() && labelsBefore_.is_object())
      QCOMPARE(setLabels(labelsBefore_), QString());
    const QStringList problems = fx_.tearDown();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
  }
};

SWARMLAB_DOCKER_TEST_MAIN(TestSwarmBringup)
#include "tst_swarm_bringup.moc"
