// Machines hosting lab nodes (issue 12, part 6): the label changes PlacementRules::hostEdits
// asks for (first lab node -> swarmlab.name and layer, further ones -> swarmlab.names, the
// previous host lets go), how SwarmState shows hosted, unhosted and Tray nodes, and services
// held back until a machine hosts their node. Pure: no engine.
#include <QtTest>

#include "PlacementRules.h"
#include "SwarmState.h"

using namespace swarmlab;

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

/// "id: key=value key=value" per edit, sorted: easy to compare.
QStringList describe(const QList<NodeLabelFix>& edits) {
  QStringList out;
  for (const auto& e : edits) {
    QStringList kv;
    for (const auto& [k, v] : e.labels) kv << QString::fromStdString(k) + "=" + v;
    out << e.nodeId + ": " + kv.join(' ');
  }
  out.sort();
  return out;
}

const NodeInfo* info(const QList<NodeInfo>& list, const QString& name) {
  for (const auto& n : list)
    if (n.name == name) return &n;
  return nullptr;
}

}  // namespace

class TstHosting : public QObject {
  Q_OBJECT
 private slots:
  void firstLabNodeNamesTheMachine() {
    SwarmState st(paperLab(), {}, false);
    st.setNodes({node("a", "vm", {}), node("b", "pi", {})});
    PlacementRules rules(paperLab());
    QString why;
    QCOMPARE(describe(rules.hostEdits(st, "a", "gw1", &why)),
             QStringList{"a: swarmlab.cap.redis=true swarmlab.layer=mediation swarmlab.name=gw1"});
    // By hostname too.
    QCOMPARE(describe(rules.hostEdits(st, "pi", "pi1", &why)),
             QStringList{"b: swarmlab.cap.display=true swarmlab.layer=sensing swarmlab.name=pi1"});
  }

  void furtherLabNodesAreListed() {
    SwarmState st(paperLab(), {}, false);
    st.setNodes({node("a", "vm", {{"swarmlab.name", "gw1"}, {"swarmlab.layer", "mediation"}})});
    PlacementRules rules(paperLab());
    QString why;
    QCOMPARE(describe(rules.hostEdits(st, "a", "manager", &why)),
             QStringList{"a: swarmlab.names=manager"});
    st.setNodes({node("a", "vm", {{"swarmlab.name", "gw1"}, {"swarmlab.names", "manager"}})});
    QCOMPARE(describe(rules.hostEdits(st, "a", "pi1", &why)),
             QStringList{"a: swarmlab.cap.display=true swarmlab.names=manager,pi1"});
    // A name that is no lab node (a band drop named it after its hostname) is replaced.
    st.setNodes({node("a", "vm", {{"swarmlab.name", "vm"}, {"swarmlab.layer", "mediation"}})});
    QCOMPARE(describe(rules.hostEdits(st, "a", "pi2", &why)),
             QStringList{"a: swarmlab.cap.display=true swarmlab.layer=sensing swarmlab.name=pi2"});
  }

  void previousHostLetsGo() {
    SwarmState st(paperLab(), {}, false);
    st.setNodes({node("a", "vm", {}),
                 node("b", "old", {{"swarmlab.name", "gw1"}, {"swarmlab.names", "pi1,pi2"}}),
                 node("c", "other", {{"swarmlab.name", "manager"}, {"swarmlab.names", "gw1"}})});
    PlacementRules rules(paperLab());
    QString why;
    QCOMPARE(describe(rules.hostEdits(st, "a", "gw1", &why)),
             QStringList({"a: swarmlab.cap.redis=true swarmlab.layer=mediation swarmlab.name=gw1",
                          "b: swarmlab.name=pi1 swarmlab.names=pi2", "c: swarmlab.names="}));
  }

  void nothingToDoSaysWhy() {
    SwarmState st(paperLab(), {}, false);
    st.setNodes({node("a", "vm", {{"swarmlab.name", "gw1"}, {"swarmlab.names", "pi1"}})});
    PlacementRules rules(paperLab());
    QString why;
    QVERIFY(rules.hostEdits(st, "a", "pi1", &why).isEmpty());
    QCOMPARE(why, QStringLiteral("vm hosts pi1 already"));
    QVERIFY(rules.hostEdits(st, "a", "pi9", &why).isEmpty());
    QCOMPARE(why, QStringLiteral("pi9 is not a node of lab paper"));
    QVERIFY(rules.hostEdits(st, "zz", "pi2", &why).isEmpty());
    QCOMPARE(why, QStringLiteral("no swarm node zz"));
  }

  // A card dropped into a band on a machine that hosts several lab nodes: only the machine's
  // own lab node (swarmlab.name) moves it; the others would rename the machine.
  void layerOfASharedMachine() {
    PlacementRules rules(paperLab());
    SwarmState st(paperLab(), {}, false);
    st.setNodes({node("a", "vm",
                      {{"swarmlab.name", "manager"},
                       {"swarmlab.names", "pi1"},
                       {"swarmlab.layer", "enterprise"}}),
                 node("b", "spare", {}), node("c", "old", {{"swarmlab.name", "retired"}})});
    const QString why = rules.layerRefusal(st, "a", "pi1");
    QVERIFY2(why.contains("pi1 runs on vm besides manager"), qPrintable(why));
    QVERIFY2(why.contains("(sensing)") && why.contains("drag manager"), qPrintable(why));
    QVERIFY(rules.layerRefusal(st, "a", "manager").isEmpty());  // its own lab node
    QVERIFY(rules.layerRefusal(st, "b", "spare").isEmpty());    // a machine of the Tray
    QVERIFY(rules.layerRefusal(st, "c", "old").isEmpty());      // named, but not a lab node
    QVERIFY(rules.layerRefusal(st, "zz", "pi1").isEmpty());     // the update says: no such node
  }

  void nodeInfosShowHostedUnhostedAndTray() {
    SwarmState st(paperLab(), {}, false);
    st.setNodes({node("a", "vm", {{"swarmlab.name", "gw1"}, {"swarmlab.names", "pi1"}}),
                 node("b", "newpi", {})});
    const auto infos = st.nodeInfos();
    QCOMPARE(infos.size(), 5);
    const NodeInfo* gw1 = info(infos, "gw1");
    QVERIFY(gw1 && gw1->hosted && gw1->inLab);
    QCOMPARE(gw1->machine, QStringLiteral("vm"));
    QCOMPARE(info(infos, "pi1")->id, QStringLiteral("a"));
    QVERIFY(!info(infos, "pi2")->hosted);
    QVERIFY(info(infos, "pi2")->id.isEmpty());
    const NodeInfo* tray = info(infos, "newpi");
    QVERIFY(tray && !tray->inLab && tray->hosted);
    QVERIFY(tray->layer == Layer::Unassigned);
    // A node added to the lab while it runs is a lab node, unhosted until a machine hosts it.
    st.addLabNode({"pi3", Layer::Sensing, "aarch64", {"display"}, {}});
    QVERIFY(!info(st.nodeInfos(), "pi3")->hosted);
  }

  void heldServicesAreListedUntilCreated() {
    SwarmState st(paperLab(), {}, false);
    ServiceInfo redis;
    redis.name = redis.templateName = "redis";
    redis.node = "gw1";
    redis.waiting = "not started: no machine hosts gw1";
    st.hold(redis);
    QVERIFY(st.isHeld("redis"));
    auto list = st.serviceInfos();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().waiting, redis.waiting);
    // Once the real service exists, it is the one listed.
    docker::Service svc;
    svc.id = "s1";
    svc.name = "redis";
    st.addService("redis", svc);
    list = st.serviceInfos();
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first().waiting.isEmpty());
    st.release("redis");
    QVERIFY(!st.isHeld("redis"));
  }
};

QTEST_MAIN(TstHosting)
#include "tst_hosting.moc"
