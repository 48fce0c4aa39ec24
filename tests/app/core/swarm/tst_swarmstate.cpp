// SwarmState (nodes <-> lab nodes, the lab's services, the task-state cache whose states only
// move forward) and CommandTracker (when a command converged, failed by a task, or ran out of
// time, and whether to blame the engine), fed with parsed Engine answers and events.
#include <QtTest>

#include "CommandTracker.h"
#include "PlacementRules.h"
#include "SwarmState.h"

using namespace swarmlab;
using docker::TaskPhase;

namespace {

Lab paperLab() {
  Lab lab;
  lab.name = "paper";
  lab.nodes = {{"manager", Layer::Enterprise, "x86_64", {}, {}},
               {"gw1", Layer::Mediation, "aarch64", {"redis"}, {}},
               {"pi1", Layer::Sensing, "aarch64", {"display"}, {}},
               {"pi2", Layer::Sensing, "aarch64", {"display"}, {}}};
  return lab;
}

docker::Node node(const char* id, const char* host, std::map<std::string, std::string> labels) {
  docker::Node n;
  n.id = id;
  n.hostname = host;
  n.state = "ready";
  n.availability = "active";
  n.arch = "x86_64";
  n.labels = std::move(labels);
  return n;
}

docker::Service service(const char* id, const char* name, const char* labService = nullptr) {
  docker::Service s;
  s.id = id;
  s.name = name;
  if (labService) s.labels["swarmlab.service"] = labService;
  return s;
}

docker::Task task(const char* id, const char* service, const char* node, const char* state,
                  const char* desired = "running") {
  docker::Task t;
  t.id = id;
  t.serviceId = service;
  t.nodeId = node;
  t.slot = 1;
  t.state = state;
  t.desiredState = desired;
  t.timestamp = "2026-01-01T00:00:01Z";
  return t;
}

docker::Event containerEvent(const char* action, const char* taskId, const char* serviceId,
                             const char* exitCode = "0") {
  docker::Event e;
  e.type = "container";
  e.action = action;
  e.timeNano = 2000000000;
  e.attributes = {{"swarmlab.lab", "paper"},
                  {"com.docker.swarm.task.id", taskId},
                  {"com.docker.swarm.task.name", std::string("t-sub.1.") + taskId},
                  {"com.docker.swarm.service.id", serviceId},
                  {"com.docker.swarm.service.name", "t-sub"},
                  {"com.docker.swarm.node.id", "n2"},
                  {"swarmlab.node", "pi1"},
                  {"exitCode", exitCode},
                  {"signal", "15"}};
  return e;
}

SwarmState threeNodes() {
  SwarmState st(paperLab(), "t-", true);
  st.setNodes({node("n1", "vm", {{"swarmlab.name", "manager"}, {"swarmlab.names", "gw1"}}),
               node("n2", "pi1", {{"swarmlab.name", "pi1"}, {"swarmlab.layer", "sensing"}}),
               node("n3", "pi2", {{"swarmlab.name", "pi2"}}),
               node("n4", "spare", {{"swarmlab.layer", "mediation"}})});
  st.setServices(
      {service("s1", "t-sub", "subscriber"), service("s2", "t-pub"), service("s9", "other-svc")});
  return st;
}

}  // namespace

class TestSwarmState : public QObject {
  Q_OBJECT
 private slots:
  void nodesMapToLabNodes() {
    SwarmState st = threeNodes();
    QCOMPARE(QString::fromStdString(st.nodeFor("gw1")->id), QString("n1"));
    QCOMPARE(QString::fromStdString(st.nodeFor("pi2")->id), QString("n3"));
    QVERIFY(!st.nodeFor("pi9"));
    QCOMPARE(st.labNodeOf("n2"), QString("pi1"));
    QCOMPARE(st.labNodeOf("n1"), QString());  // hosts manager and gw1: ambiguous
    QCOMPARE(st.labNodeOf("n4"), QString("spare"));
    QCOMPARE(st.sharingWith("manager"), QStringList{"gw1"});
    QVERIFY(st.sharingWith("pi1").isEmpty());
    const QList<NodeInfo> infos = st.nodeInfos();
    QCOMPARE(infos.size(), 5);  // four lab nodes and the unlabelled spare
    QCOMPARE(infos[2].name, QString("pi1"));
    QCOMPARE(infos[2].id, QString("n2"));
    QVERIFY(infos[2].state == NodeState::Ready);
    QCOMPARE(infos[4].name, QString("spare"));
    QVERIFY(infos[4].layer == Layer::Mediation);
  }

  void oneUnlabelledNodeHostsTheWholeLab() {
    SwarmState st(paperLab(), {}, true);
    st.setNodes({node("n1", "vm", {})});
    for (const char* n : {"manager", "gw1", "pi1", "pi2"}) QVERIFY(st.nodeFor(n));
    SwarmState strict(paperLab(), {}, false);
    strict.setNodes({node("n1", "vm", {})});
    QVERIFY(!strict.nodeFor("pi1"));
    QVERIFY(strict.nodeInfos()[2].detail.contains("swarmlab.name=pi1"));
  }

  void servicesOfThisLab() {
    SwarmState st = threeNodes();
    QVERIFY(st.service("subscriber"));
    QVERIFY(st.service("pub"));         // named after the swarm name without the prefix
    QVERIFY(!st.service("other-svc"));  // another prefix: not ours
    QCOMPARE(st.serviceName("s1"), QString("subscriber"));
    QCOMPARE(st.uniqueName("subscriber"), QString("subscriber-2"));
    QCOMPARE(st.uniqueName("redis"), QString("redis"));
    const auto infos = st.serviceInfos();
    QCOMPARE(infos.size(), 2);
    QCOMPARE(infos[0].name, QString("pub"));
  }

  void taskStatesOnlyMoveForward() {
    SwarmState st = threeNodes();
    auto a = st.observe(task("t1", "s1", "n2", "starting"), 5);
    QVERIFY(a);
    QVERIFY(a->state == TaskState::Starting);
    QCOMPARE(a->instance, QString("t-sub.1.t1"));
    QCOMPARE(a->node, QString("pi1"));
    auto b = st.observe(task("t1", "s1", "n2", "running"), 6);
    QVERIFY(b && b->state == TaskState::Running);
    QVERIFY(!st.observe(task("t1", "s1", "n2", "preparing"), 7));  // old news
    QVERIFY(!st.observe(task("t1", "s1", "n2", "running"), 7));    // no change
    QCOMPARE(st.liveTasks("s1"), QSet<QString>{"t1"});
    // Still running but no longer wanted: stopping, at the time we saw it.
    auto c = st.observe(task("t1", "s1", "n2", "running", "shutdown"), 42);
    QVERIFY(c && c->state == TaskState::Stopping);
    QCOMPARE(c->tUs, qint64(42));
    QVERIFY(st.tasks()["t1"].phase == TaskPhase::Stopping);
    QVERIFY(st.liveTasks("s1").isEmpty());
    auto d = st.observe(task("t1", "s1", "n2", "failed", "shutdown"), 50);
    QVERIFY(d && d->state == TaskState::Failed);
    QVERIFY(!st.observe(task("t1", "s1", "n2", "running"), 60));
    // Unknown service, unknown state: nothing.
    QVERIFY(!st.observe(task("t2", "s9", "n2", "running"), 1));
    QVERIFY(!st.observe(task("t3", "s1", "n2", "sleeping"), 1));
  }

  void containerEventsAreTaskStates() {
    SwarmState st = threeNodes();
    auto a = st.observe(containerEvent("create", "t5", "s1"));
    QVERIFY(a && a->state == TaskState::Starting);
    QCOMPARE(a->tUs, qint64(2000000));
    QCOMPARE(a->node, QString("pi1"));
    QCOMPARE(a->service, QString("subscriber"));
    QVERIFY(st.observe(containerEvent("start", "t5", "s1"))->state == TaskState::Running);
    QVERIFY(!st.observe(containerEvent("create", "t5", "s1")));
    QVERIFY(st.observe(containerEvent("kill", "t5", "s1"))->state == TaskState::Stopping);
    // Killed on purpose: stopped, whatever the exit code.
    QVERIFY(st.observe(containerEvent("die", "t5", "s1", "137"))->state == TaskState::Stopped);
    // Died by itself with an error: failed.
    st.observe(containerEvent("start", "t6", "s1"));
    auto f = st.observe(containerEvent("die", "t6", "s1", "3"));
    QVERIFY(f && f->state == TaskState::Failed);
    QCOMPARE(f->exitCode, 3);
    // Another lab's container, or an action that is no task state: nothing.
    docker::Event other = containerEvent("start", "t7", "s1");
    other.attributes["swarmlab.lab"] = "other";
    QVERIFY(!st.observe(other));
    QVERIFY(!st.observe(containerEvent("exec_start", "t5", "s1")));
  }

  void trackerConvergesAndFails() {
    SwarmState st = threeNodes();
    CommandTracker tr;
    tr.begin(1, CommandKind::Deploy, "subscriber", 1000);
    QVERIFY(tr.judge(st).isEmpty());  // the request is not answered yet
    tr.converge(1, "s1", 1, "n2");
    QVERIFY(tr.servicesToWatch().contains("s1"));
    st.observe(task("t1", "s1", "n3", "running"), 1);  // running, but on the wrong node
    QVERIFY(tr.judge(st).isEmpty());
    st.observe(task("t2", "s1", "n2", "running"), 1);
    auto out = tr.judge(st);
    QCOMPARE(out.size(), 1);
    QVERIFY(out[0].ok);
    tr.end(1);
    // Migrate: the new task runs, but the old one has not ended yet.
    tr.begin(2, CommandKind::Migrate, "subscriber", 1000);
    tr.converge(2, "s1", 1, "n3", {"t2"});
    QVERIFY(tr.judge(st).isEmpty());
    st.observe(task("t2", "s1", "n2", "shutdown", "shutdown"), 2);
    QVERIFY(tr.judge(st).value(0).ok);
    tr.end(2);
    // A task's own failure, with nothing running: the command fails with its words.
    tr.begin(3, CommandKind::Restart, "subscriber", 1000);
    tr.converge(3, "s1", 1, {}, {"t1"});
    st.observe(task("t1", "s1", "n3", "shutdown", "shutdown"), 3);
    docker::Task bad = task("t3", "s1", "n2", "rejected", "shutdown");
    bad.err = "No such image: x";
    st.observe(bad, 3);
    out = tr.judge(st);
    QCOMPARE(out.size(), 1);
    QVERIFY(!out[0].ok);
    QVERIFY2(out[0].error.message.contains("No such image: x"), qPrintable(out[0].error.message));
    QCOMPARE(out[0].error.operation, QString("restart"));
  }

  void placementRules() {
    Lab lab = paperLab();
    ServiceTemplate sub;
    sub.name = "subscriber";
    sub.needs = {"display"};
    sub.placement = Placement::Failover;
    ServiceTemplate redis;
    redis.name = "redis";
    lab.templates = {sub, redis};
    PlacementRules rules(lab);
    QCOMPARE(rules.gateway(redis), QString("gw1"));
    SwarmState st = threeNodes();
    // manager lacks its layer; pi1 carries its layer but not its capability; pi2 neither.
    const auto fixes = rules.missingLabels(st);
    QCOMPARE(fixes.size(), 3);
    QCOMPARE(fixes[0].labels, (std::map<std::string, QString>{{"swarmlab.layer", "enterprise"}}));
    QCOMPARE(fixes[1].nodeId, QString("n2"));
    QCOMPARE(fixes[1].labels, (std::map<std::string, QString>{{"swarmlab.cap.display", "true"}}));
    QCOMPARE(fixes[2].labels.at("swarmlab.layer"), QString("sensing"));
    QCOMPARE(fixes[2].labels.size(), size_t(2));
    // Failover on pi1: its layer from the node's own label, its needs from the template.
    const SpecPlacement p = rules.placement(sub, "pi1", *st.nodeFor("pi1"));
    QVERIFY(p.mode == Placement::Failover);
    QCOMPARE(p.layer, QString("sensing"));
    QCOMPARE(p.needs, QStringList{"display"});
    QVERIFY(rules.placement(redis, "gw1", *st.nodeFor("gw1")).layer.isEmpty());  // pinned
    // A node going down takes the failover services that had tasks on it, and only those.
    docker::Service failover = service("s5", "t-fsub", "fsub");
    failover.labels["swarmlab.placement"] = "failover";
    failover.replicas = 1;
    st.setServices({service("s1", "t-sub", "subscriber"), failover});
    st.observe(task("t1", "s1", "n2", "running"), 1);
    st.observe(task("t5", "s5", "n2", "running"), 1);
    st.observe(task("t6", "s5", "n3", "shutdown", "shutdown"), 1);
    QVERIFY(rules.newlyDown(st).isEmpty());  // the first look only learns the states
    std::vector<docker::Node> nodes = st.nodes();
    nodes[1].state = "down";
    st.setNodes(nodes);
    QCOMPARE(rules.newlyDown(st), QStringList{"n2"});
    QVERIFY(rules.newlyDown(st).isEmpty());  // once
    const auto lost = rules.lostWith(st, "n2");
    QCOMPARE(lost.size(), 1);
    QCOMPARE(lost[0].service, QString("fsub"));
    QCOMPARE(lost[0].tasks, QSet<QString>{"t5"});
  }

  void trackerDeadlinesSayWhy() {
    CommandTracker tr;
    tr.begin(1, CommandKind::Deploy, "a", 1000);
    tr.begin(2, CommandKind::Migrate, "b", 1000);
    tr.converge(2, "s2", 1);
    tr.begin(3, CommandKind::Stop, "c", 5000);
    QVERIFY(tr.expire(999, true, 1000).isEmpty());
    auto out = tr.expire(1000, true, 1000);
    QCOMPARE(out.size(), 2);
    // Its request never answered: the engine's fault; converging: the swarm's.
    QVERIFY2(out[0].error.message.contains("engine not answering"),
             qPrintable(out[0].error.message));
    QVERIFY2(out[1].error.message.contains("not converged after 1 s"),
             qPrintable(out[1].error.message));
    out = tr.expire(1000, false, 1000);
    QVERIFY2(out[1].error.message.contains("engine not answering"),
             qPrintable(out[1].error.message));
    QCOMPARE(out[1].error.object, QString("b"));
  }
};

QTEST_GUILESS_MAIN(TestSwarmState)
#include "tst_swarmstate.moc"
