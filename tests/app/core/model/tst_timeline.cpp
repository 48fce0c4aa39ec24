// Experiment timelines: the shipped ones load and fit the shipped lab; bad files and bad
// steps are reported with their JSON path; placement rules (canPlace).
#include <QTemporaryDir>
#include <QtTest>

#include "LabFile.h"
#include "Timeline.h"
#include "tst_labfile_json.h"

using namespace swarmlab;

using labtest::hasError;
using labtest::shipped;

namespace {

const QByteArray kGood = R"({
  "name": "t", "lab": "../labs/paper-2017.json", "duration_s": 60, "order": "stop-first",
  "steps": [
    {"at_s": 0, "action": "deploy", "template": "redis", "node": "gw1"},
    {"at_s": 0, "action": "deploy", "template": "publisher", "node": "manager"},
    {"at_s": 0, "action": "deploy", "template": "subscriber", "node": "pi1"},
    {"at_s": 20, "action": "migrate", "service": "subscriber", "node": "pi2"},
    {"at_s": 35, "action": "deploy", "template": "subscriber", "node": "pi1"},
    {"at_s": 40, "action": "restart", "service": "subscriber-2", "order": "start-first"},
    {"at_s": 45, "action": "scale", "service": "subscriber", "replicas": 2},
    {"at_s": 50, "action": "node_down", "node": "pi2"},
    {"at_s": 55, "action": "node_up", "node": "pi2"},
    {"at_s": 58, "action": "stop", "service": "subscriber-2"}
  ]
})";

Lab shippedLab() {
  auto r = loadLabFile(shipped("labs/paper-2017.json"));
  if (!r.ok()) qFatal("shipped lab does not load: %s", qPrintable(r.errors.join('\n')));
  return *r.lab;
}

}  // namespace

class TestTimeline : public QObject {
  Q_OBJECT
 private slots:
  void goodTimelineParses() {
    auto r = parseTimeline(kGood, "good.json");
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    const Timeline& t = *r.timeline;
    QCOMPARE(t.durationS, 60.0);
    QCOMPARE(t.steps.size(), 10);
    QCOMPARE(t.steps[0].service, QStringLiteral("redis"));  // default: the template name
    QCOMPARE(t.steps[2].service, QStringLiteral("subscriber"));
    QCOMPARE(t.steps[4].service, QStringLiteral("subscriber-2"));  // name in use -> -2
    QVERIFY(t.steps[3].action == CommandKind::Migrate);
    QVERIFY(t.steps[3].order ==
            std::optional<UpdateOrder>(UpdateOrder::StopFirst));  // timeline default
    QVERIFY(t.steps[5].order ==
            std::optional<UpdateOrder>(UpdateOrder::StartFirst));  // the step's own
    QCOMPARE(t.steps[6].replicas, 2);
    QVERIFY(t.steps[7].action == CommandKind::NodeDown);
    QCOMPARE(t.steps[7].node, QStringLiteral("pi2"));
    const QStringList problems = checkTimelineAgainstLab(t, shippedLab());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
  }

  void noDefaultOrder() {
    auto r = parseTimeline(jsonedit::remove(kGood, "order"), "x.json");
    QVERIFY(r.ok());
    QVERIFY(!r.timeline->steps[3].order.has_value());
  }

  void shippedTimelines_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("order");
    QTest::newRow("stop-first") << "experiments/paper-2017.json" << int(UpdateOrder::StopFirst);
    QTest::newRow("start-first") << "experiments/paper-2017-start-first.json"
                                 << int(UpdateOrder::StartFirst);
  }
  void shippedTimelines() {
    QFETCH(QString, file);
    QFETCH(int, order);
    auto r = loadTimelineFile(shipped(file));
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    const Timeline& t = *r.timeline;
    QCOMPARE(t.durationS, 60.0);
    QCOMPARE(QFileInfo(t.labPath).canonicalFilePath(),
             QFileInfo(shipped("labs/paper-2017.json")).canonicalFilePath());
    auto lr = loadLabFile(t.labPath);
    QVERIFY2(lr.ok(), qPrintable(lr.errors.join('\n')));
    const QStringList problems = checkTimelineAgainstLab(t, *lr.lab);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    // The paper's run: redis on gw1, publisher on manager, subscriber on pi1 at 0 s; migrate
    // to pi2 at 20 s; a subscriber on pi1 again at 35 s.
    bool redis = false, pub = false, sub = false, mig = false, again = false;
    for (const auto& s : t.steps) {
      if (s.atS == 0 && s.action == CommandKind::Deploy && s.templateName == "redis" &&
          s.node == "gw1")
        redis = true;
      if (s.atS == 0 && s.action == CommandKind::Deploy && s.templateName == "publisher" &&
          s.node == "manager")
        pub = true;
      if (s.atS == 0 && s.action == CommandKind::Deploy && s.templateName == "subscriber" &&
          s.node == "pi1")
        sub = true;
      if (s.atS == 20 && s.action == CommandKind::Migrate && s.node == "pi2") {
        mig = true;
        QVERIFY(s.order == std::optional<UpdateOrder>(UpdateOrder(order)));
      }
      if (s.atS == 35 && s.action == CommandKind::Deploy && s.templateName == "subscriber" &&
          s.node == "pi1")
        again = true;
    }
    QVERIFY(redis && pub && sub && mig && again);
  }

  void badTimeline_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    using namespace jsonedit;
    const QByteArray g = kGood;
    QTest::newRow("empty") << QByteArray() << "$"
                           << "an empty file";
    QTest::newRow("truncated") << g.left(g.size() * 2 / 3) << "$"
                               << "at offset";
    QTest::newRow("malformed") << QByteArray("{\"name\": 't'}") << "$"
                               << "valid JSON";
    QTest::newRow("array root") << QByteArray("[]") << "$"
                                << "got an array";
    QTest::newRow("duration string") << set(g, "duration_s", "60") << "$.duration_s"
                                     << "got \"60\"";
    QTest::newRow("duration zero") << set(g, "duration_s", 0) << "$.duration_s"
                                   << "got number 0";
    QTest::newRow("lab missing") << remove(g, "lab") << "$.lab"
                                 << "got nothing";
    QTest::newRow("steps object") << set(g, "steps", QJsonObject()) << "$.steps"
                                  << "an array of steps";
    QTest::newRow("step not object") << set(g, "steps[2]", 5) << "$.steps[2]"
                                     << "a step object";
    QTest::newRow("unknown action")
        << set(g, "steps[1].action", "explode") << "$.steps[1].action"
        << "one of deploy, migrate, restart, stop, scale, node_down, node_up";
    QTest::newRow("action missing") << remove(g, "steps[1].action") << "$.steps[1].action"
                                    << "got nothing";
    QTest::newRow("at_s missing") << remove(g, "steps[1].at_s") << "$.steps[1].at_s"
                                  << "got nothing";
    QTest::newRow("at_s string") << set(g, "steps[1].at_s", "0") << "$.steps[1].at_s"
                                 << "got \"0\"";
    QTest::newRow("out of order") << set(g, "steps[4].at_s", 10) << "$.steps[4].at_s"
                                  << "time order";
    QTest::newRow("beyond duration") << set(g, "steps[9].at_s", 61) << "$.steps[9].at_s"
                                     << "less than the duration 60 s";
    QTest::newRow("deploy without template")
        << remove(g, "steps[0].template") << "$.steps[0].template"
        << "got nothing";
    QTest::newRow("migrate without node") << remove(g, "steps[3].node") << "$.steps[3].node"
                                          << "got nothing";
    QTest::newRow("restart with node") << set(g, "steps[5].node", "pi1") << "$.steps[5].node"
                                       << "unknown property";
    QTest::newRow("bad order") << set(g, "steps[3].order", "sideways") << "$.steps[3].order"
                               << "stop-first, start-first";
    QTest::newRow("bad default order") << set(g, "order", 1) << "$.order"
                                       << "got number 1";
    QTest::newRow("scale negative") << set(g, "steps[6].replicas", -1) << "$.steps[6].replicas"
                                    << "from 0 to 64";
    QTest::newRow("service number") << set(g, "steps[3].service", 7) << "$.steps[3].service"
                                    << "got number 7";
    QByteArray huge = g;
    huge.insert(1, "\"description\": \"" + QByteArray(1100 * 1024, 'y') + "\",");
    QTest::newRow("huge") << huge << "$"
                          << "at most 1048576 bytes";
  }
  void badTimeline() {
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    auto r = parseTimeline(json, "bad.json");
    QVERIFY(!r.timeline);
    QVERIFY2(hasError(r.errors, "bad.json", path, fragment),
             qPrintable(QStringLiteral("wanted %1 ... %2 in:\n").arg(path, fragment) +
                        r.errors.join('\n')));
  }

  void againstLab_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    using namespace jsonedit;
    const QByteArray g = kGood;
    QTest::newRow("unknown node")
        << set(g, "steps[1].node", "cloud9") << "$.steps[1].node"
        << "a node of lab paper-2017 (manager, gw1, pi1, pi2), got \"cloud9\"";
    QTest::newRow("unknown template")
        << set(g, "steps[0].template", "mongodb") << "$.steps[0].template"
        << "a template of lab paper-2017";
    QTest::newRow("layer rule") << set(g, "steps[2].node", "manager") << "$.steps[2].node"
                                << "subscriber runs on the sensing layer, manager is enterprise";
    QTest::newRow("migrate breaks layer")
        << set(g, "steps[3].node", "gw1") << "$.steps[3].node"
        << "subscriber runs on the sensing layer, gw1 is mediation";
    QTest::newRow("migrate before deploy")
        << set(set(g, "steps[3].service", "ghost"), "steps[3].node", "pi2") << "$.steps[3].service"
        << "a service deployed before 20 s";
    QTest::newRow("restart after stop")
        << set(set(g, "steps[8]",
                   parse(R"({"at_s": 55, "action": "stop", "service": "subscriber-2"})")
                       .toObject()),
               "steps[9].action", "restart")
        << "$.steps[9].service"
        << "deployed before 58 s";
    QTest::newRow("migrate to same node") << set(g, "steps[3].node", "pi1") << "$.steps[3].node"
                                          << "a node other than the one subscriber runs on";
    QTest::newRow("duplicate service")
        << set(g, "steps[4].service", "publisher") << "$.steps[4].service"
        << "a service name not in use at 35 s";
    QTest::newRow("node_up of up node") << set(g, "steps[8].node", "pi1") << "$.steps[8].node"
                                        << "a node that is down at 55 s";
  }
  void againstLab() {
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    auto r = parseTimeline(json, "tl.json");
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    const QStringList problems = checkTimelineAgainstLab(*r.timeline, shippedLab());
    QVERIFY2(hasError(problems, "tl.json", path, fragment),
             qPrintable(QStringLiteral("wanted %1 ... %2 in:\n").arg(path, fragment) +
                        problems.join('\n')));
  }

  void deployOnDownNode() {
    const QByteArray j = R"({"name": "d", "lab": "x", "duration_s": 10, "steps": [
      {"at_s": 0, "action": "node_down", "node": "pi1"},
      {"at_s": 1, "action": "deploy", "template": "subscriber", "node": "pi1"}]})";
    auto r = parseTimeline(j, "d.json");
    QVERIFY(r.ok());
    const QStringList p = checkTimelineAgainstLab(*r.timeline, shippedLab());
    QVERIFY2(hasError(p, "d.json", "$.steps[1].node", "a node that is up at 1 s"),
             qPrintable(p.join('\n')));
  }

  void canPlace_data() {
    QTest::addColumn<QString>("templ");
    QTest::addColumn<QString>("node");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("why");
    QTest::newRow("sub on pi1") << "subscriber"
                                << "pi1" << true << "";
    QTest::newRow("sub on manager")
        << "subscriber"
        << "manager" << false << "subscriber runs on the sensing layer, manager is enterprise";
    QTest::newRow("sub on pi3 no display")
        << "subscriber"
        << "pi3" << false << "subscriber needs capability display, pi3 has none";
    QTest::newRow("sub on pi0 armv6")
        << "subscriber"
        << "pi0" << false << "subscriber exists for x86_64, aarch64, pi0 is armv6l";
    QTest::newRow("pub on manager") << "publisher"
                                    << "manager" << true << "";
    QTest::newRow("pub on pi1") << "publisher"
                                << "pi1" << false
                                << "publisher runs on the enterprise, mediation layer";
    QTest::newRow("redis on gw1") << "redis"
                                  << "gw1" << true << "";
  }
  void canPlace() {
    QFETCH(QString, templ);
    QFETCH(QString, node);
    QFETCH(bool, ok);
    QFETCH(QString, why);
    Lab lab = shippedLab();
    lab.nodes << NodeSpec{"pi3", Layer::Sensing, "aarch64", {}, {}}
              << NodeSpec{"pi0", Layer::Sensing, "armv6l", {"display"}, {}};
    QString reason = "stale";
    QCOMPARE(swarmlab::canPlace(*lab.templ(templ), *lab.node(node), &reason), ok);
    if (ok)
      QVERIFY(reason.isEmpty());
    else
      QVERIFY2(reason.startsWith(why), qPrintable(reason));
  }

  // timeline.schema.json lists the same actions, step fields and top-level keys as the C++.
  void schemaInSync() {
    QFile f(shipped("schema/timeline.schema.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject schema = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject step = schema.value("$defs").toObject().value("step").toObject();
    QStringList actions;
    for (const auto& v :
         step.value("properties").toObject().value("action").toObject().value("enum").toArray())
      actions << v.toString();
    QCOMPARE(actions.size(), 7);
    for (const auto& a : actions) {
      auto k = commandKindFromString(a);
      QVERIFY2(k, qPrintable(a));
      QCOMPARE(toString(*k), a);
    }
    // Each oneOf branch: its required fields are exactly what the parser requires.
    for (const auto& b : step.value("oneOf").toArray()) {
      const QJsonObject br = b.toObject();
      const QJsonObject props = br.value("properties").toObject();
      const QJsonObject act = props.value("action").toObject();
      QStringList acts;
      if (act.contains("const")) acts << act.value("const").toString();
      for (const auto& v : act.value("enum").toArray()) acts << v.toString();
      QStringList required;
      for (const auto& v : br.value("required").toArray()) required << v.toString();
      for (const auto& a : acts) {
        QJsonObject full{{"at_s", 1}, {"action", a}};
        for (const auto& k : props.keys()) {
          if (k == "at_s" || k == "action" || k == "$schema" || k == "comment") continue;
          full[k] = k == "replicas" ? QJsonValue(1)
                    : k == "order"  ? QJsonValue("start-first")
                                    : QJsonValue("pi1");
        }
        QJsonObject root{
            {"name", "s"}, {"lab", "x"}, {"duration_s", 10}, {"steps", QJsonArray{full}}};
        auto r = parseTimeline(QJsonDocument(root).toJson(), "s.json");
        QVERIFY2(r.ok(), qPrintable(a + ": " + r.errors.join('\n')));
        for (const auto& k : required) {
          QJsonObject less = full;
          less.remove(k);
          root["steps"] = QJsonArray{less};
          r = parseTimeline(QJsonDocument(root).toJson(), "s.json");
          QVERIFY2(hasError(r.errors, "s.json", "$.steps[0]." + k, "got nothing"),
                   qPrintable(a + " " + k));
        }
      }
    }
    for (const auto& k : schema.value("properties").toObject().keys())
      QVERIFY2(parseTimeline(jsonedit::set(kGood, k, 1), "s.json")
                   .errors.filter("unknown property")
                   .isEmpty(),
               qPrintable(k));
  }

  void saveAndLoadBack() {
    auto r = loadTimelineFile(shipped("experiments/paper-2017-start-first.json"));
    QVERIFY(r.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath("sub/saved.json");
    QVERIFY(QDir().mkpath(dir.filePath("sub")));
    QString err;
    QVERIFY2(saveTimelineFile(*r.timeline, path, &err), qPrintable(err));
    auto back = loadTimelineFile(path);
    QVERIFY2(back.ok(), qPrintable(back.errors.join('\n')));
    const Timeline& a = *r.timeline;
    const Timeline& b = *back.timeline;
    QCOMPARE(b.name, a.name);
    QCOMPARE(b.description, a.description);
    QCOMPARE(b.durationS, a.durationS);
    QCOMPARE(QFileInfo(b.labPath).canonicalFilePath(), QFileInfo(a.labPath).canonicalFilePath());
    QCOMPARE(b.steps.size(), a.steps.size());
    for (int i = 0; i < a.steps.size(); ++i) {
      QCOMPARE(b.steps[i].atS, a.steps[i].atS);
      QVERIFY(b.steps[i].action == a.steps[i].action);
      QCOMPARE(b.steps[i].service, a.steps[i].service);
      QCOMPARE(b.steps[i].templateName, a.steps[i].templateName);
      QCOMPARE(b.steps[i].node, a.steps[i].node);
      QCOMPARE(b.steps[i].replicas, a.steps[i].replicas);
      QVERIFY(b.steps[i].order == a.steps[i].order);
    }
    // The lab is written relative to the file.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString lab = QJsonDocument::fromJson(f.readAll()).object().value("lab").toString();
    QVERIFY2(QFileInfo(lab).isRelative(), qPrintable(lab));
    QVERIFY(!saveTimelineFile(*r.timeline, dir.filePath("missing-dir/x.json"), &err));
    QVERIFY2(err.contains("missing-dir/x.json"), qPrintable(err));
  }

  void badFiles() {
    QTemporaryDir dir;
    const QString missing = dir.filePath("nope.json");
    auto r = loadTimelineFile(missing);
    QVERIFY(!r.timeline);
    QVERIFY(hasError(r.errors, missing, "$", "a readable file"));
    const QString empty = dir.filePath("empty.json");
    {
      QFile f(empty);
      QVERIFY(f.open(QIODevice::WriteOnly));
    }
    r = loadTimelineFile(empty);
    QVERIFY(hasError(r.errors, empty, "$", "an empty file"));
  }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
