// Lab files: the shipped lab loads clean; a table of bad inputs, each reported with its
// JSON path and what was expected; every problem reported, not only the first.
#include <QRandomGenerator>
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
  "name": "t",
  "nodes": [
    {"name": "manager", "layer": "enterprise", "arch": "x86_64"},
    {"name": "gw1", "layer": "mediation", "arch": "aarch64", "capabilities": ["redis"]},
    {"name": "pi1", "layer": "sensing", "arch": "aarch64", "capabilities": ["display"]},
    {"name": "pi2", "layer": "sensing", "arch": "aarch64", "capabilities": ["display"]}
  ],
  "templates": [
    {"name": "publisher", "command": ["${bin}/swarmlab-publisher"],
     "env": {"SWARMLAB_REDIS_URL": "${redis_url}"}, "layers": ["enterprise"]},
    {"name": "subscriber", "kind": "subscriber", "command": ["${bin}/swarmlab-subscriber", "--x", ""],
     "layers": ["sensing"], "needs": ["display"], "archs": ["aarch64"],
     "restart": {"condition": "any", "delay_ms": 100, "max_attempts": 3, "window_ms": 1000},
     "order": "start-first", "replicas": 2}
  ]
})";

}  // namespace

class TestLabFile : public QObject {
  Q_OBJECT
 private slots:
  void goodLabParses() {
    auto r = parseLab(kGood, QStringLiteral("good.json"));
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    const Lab& lab = *r.lab;
    QCOMPARE(lab.nodes.size(), 4);
    QVERIFY(lab.node("gw1")->layer == Layer::Mediation);
    QCOMPARE(lab.node("pi1")->capabilities, QStringList{"display"});
    const ServiceTemplate* s = lab.templ("subscriber");
    QVERIFY(s);
    QCOMPARE(s->command, (QStringList{"${bin}/swarmlab-subscriber", "--x", ""}));
    QVERIFY(s->restart.condition == RestartPolicy::Condition::Any);
    QCOMPARE(s->restart.delayMs, 100);
    QCOMPARE(s->restart.maxAttempts, 3);
    QCOMPARE(s->restart.windowMs, 1000);
    QVERIFY(s->order == UpdateOrder::StartFirst);
    QCOMPARE(s->replicas, 2);
    QCOMPARE(s->archs, QStringList{"aarch64"});
    QVERIFY(!s->limits.any());  // absent: no limits
    const ServiceTemplate* p = lab.templ("publisher");
    QCOMPARE(p->kind, QStringLiteral("publisher"));  // defaults to the name
    QVERIFY(p->restart.condition == RestartPolicy::Condition::OnFailure);
    QVERIFY(p->order == UpdateOrder::StopFirst);
    QCOMPARE(p->env.value("SWARMLAB_REDIS_URL"), QStringLiteral("${redis_url}"));
  }

  void shippedLabLoadsClean() {
    auto r = loadLabFile(shipped("labs/paper-2017.json"));
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    const Lab& lab = *r.lab;
    QCOMPARE(lab.name, QStringLiteral("paper-2017"));
    QVERIFY(lab.sourcePath.endsWith("resources/labs/paper-2017.json"));
    QStringList names;
    for (const auto& n : lab.nodes) names << n.name;
    QCOMPARE(names, (QStringList{"manager", "gw1", "pi1", "pi2"}));
    QVERIFY(lab.node("manager")->layer == Layer::Enterprise);
    QVERIFY(lab.node("gw1")->layer == Layer::Mediation);
    QVERIFY(lab.node("pi2")->layer == Layer::Sensing);
    QVERIFY(lab.node("pi1")->capabilities.contains("display"));
    QVERIFY(lab.node("gw1")->capabilities.contains("redis"));
    for (const char* t : {"publisher", "subscriber", "redis"}) {
      QVERIFY2(lab.templ(t), t);
      QVERIFY(!lab.templ(t)->command.isEmpty());
      QVERIFY(!lab.templ(t)->image.isEmpty());
    }
    QCOMPARE(lab.templ("subscriber")->kind, QStringLiteral("subscriber"));
    QCOMPARE(lab.templ("publisher")->limits.memoryMb, 64);
    QCOMPARE(lab.templ("redis")->limits.cpus, 1.0);
    QVERIFY(lab.templ("subscriber")->needs.contains("display"));
    QVERIFY(canPlace(*lab.templ("publisher"), *lab.node("manager")));
    QVERIFY(canPlace(*lab.templ("subscriber"), *lab.node("pi1")));
    QVERIFY(canPlace(*lab.templ("redis"), *lab.node("gw1")));
    QVERIFY(!canPlace(*lab.templ("subscriber"), *lab.node("manager")));
  }

  void badLab_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    using namespace jsonedit;
    const QByteArray g = kGood;
    QTest::newRow("empty") << QByteArray() << "$"
                           << "got an empty file";
    QTest::newRow("whitespace") << QByteArray(" \n\t ") << "$"
                                << "got an empty file";
    QTest::newRow("malformed") << QByteArray(R"({"name": "t",, "nodes": []})") << "$"
                               << "valid JSON";
    QTest::newRow("truncated") << g.left(g.size() / 2) << "$"
                               << "at offset";
    QTest::newRow("truncated-end") << g.left(g.size() - 1) << "$"
                                   << "truncated";
    QTest::newRow("array root") << QByteArray("[1,2]") << "$"
                                << "got an array";
    QTest::newRow("bare value") << QByteArray("42") << "$"
                                << "JSON";
    QTest::newRow("name number") << set(g, "name", 5) << "$.name"
                                 << "got number 5";
    QTest::newRow("name missing") << remove(g, "name") << "$.name"
                                  << "got nothing";
    QTest::newRow("name with dot") << set(g, "name", "a.b") << "$.name"
                                   << "no '.'";
    QTest::newRow("nodes object") << set(g, "nodes", QJsonObject()) << "$.nodes"
                                  << "got an object";
    QTest::newRow("nodes empty") << set(g, "nodes", QJsonArray()) << "$.nodes"
                                 << "got an empty array";
    QTest::newRow("node not object") << set(g, "nodes[1]", "gw1") << "$.nodes[1]"
                                     << "a node object";
    QTest::newRow("unknown layer") << set(g, "nodes[2].layer", "cloud") << "$.nodes[2].layer"
                                   << "one of enterprise, mediation, sensing, got \"cloud\"";
    QTest::newRow("layer type") << set(g, "nodes[0].layer", true) << "$.nodes[0].layer"
                                << "got true";
    QTest::newRow("unknown arch") << set(g, "nodes[0].arch", "z80") << "$.nodes[0].arch"
                                  << "\"z80\"";
    QTest::newRow("arch missing") << remove(g, "nodes[3].arch") << "$.nodes[3].arch"
                                  << "got nothing";
    QTest::newRow("duplicate node") << set(g, "nodes[3].name", "pi1") << "$.nodes[3].name"
                                    << "unique node name";
    QTest::newRow("capabilities type")
        << set(g, "nodes[1].capabilities", "redis") << "$.nodes[1].capabilities"
        << "array of strings";
    QTest::newRow("capability item type")
        << set(g, "nodes[1].capabilities[0]", 3) << "$.nodes[1].capabilities[0]"
        << "got number 3";
    QTest::newRow("unknown node key") << set(g, "nodes[0].lyer", "x") << "$.nodes[0].lyer"
                                      << "unknown property";
    QTest::newRow("unknown root key") << set(g, "nodez", 1) << "$.nodez"
                                      << "unknown property";
    QTest::newRow("templates missing") << remove(g, "templates") << "$.templates"
                                       << "got nothing";
    QTest::newRow("duplicate template")
        << set(g, "templates[1].name", "publisher") << "$.templates[1].name"
        << "unique template name";
    QTest::newRow("template without command")
        << remove(g, "templates[0].command") << "$.templates[0].command"
        << "got nothing";
    QTest::newRow("command empty")
        << set(g, "templates[0].command", QJsonArray()) << "$.templates[0].command"
        << "got an empty array";
    QTest::newRow("command string")
        << set(g, "templates[0].command", "swarmlab-publisher") << "$.templates[0].command"
        << "got \"swarmlab-publisher\"";
    QTest::newRow("command first empty")
        << set(g, "templates[0].command[0]", "") << "$.templates[0].command[0]"
        << "non-empty string";
    QTest::newRow("unknown variable")
        << set(g, "templates[0].command[0]", "${bni}/x") << "$.templates[0].command[0]"
        << "got ${bni}";
    QTest::newRow("env not object")
        << set(g, "templates[0].env", QJsonArray()) << "$.templates[0].env"
        << "an object of strings";
    QTest::newRow("env value number") << set(g, "templates[0].env.X", 1) << "$.templates[0].env.X"
                                      << "got number 1";
    QTest::newRow("bad restart policy") << set(g, "templates[1].restart.condition", "sometimes")
                                        << "$.templates[1].restart.condition"
                                        << "one of none, on-failure, any, got \"sometimes\"";
    QTest::newRow("restart not object")
        << set(g, "templates[1].restart", "always") << "$.templates[1].restart"
        << "restart policy object";
    QTest::newRow("restart delay negative")
        << set(g, "templates[1].restart.delay_ms", -5) << "$.templates[1].restart.delay_ms"
        << "got number -5";
    QTest::newRow("max attempts fraction")
        << set(g, "templates[1].restart.max_attempts", 1.5) << "$.templates[1].restart.max_attempts"
        << "an integer";
    QTest::newRow("bad order") << set(g, "templates[1].order", "whenever") << "$.templates[1].order"
                               << "stop-first, start-first";
    QTest::newRow("replicas zero")
        << set(g, "templates[1].replicas", 0) << "$.templates[1].replicas"
        << "got number 0";
    QTest::newRow("limits not an object")
        << set(g, "templates[1].limits", 64) << "$.templates[1].limits"
        << "a limits object {memory_mb, cpus}";
    QTest::newRow("memory below docker's minimum")
        << set(g, "templates[1].limits", QJsonObject{{"memory_mb", 4}})
        << "$.templates[1].limits.memory_mb"
        << "an integer from 6 to 1048576, got number 4";
    QTest::newRow("memory as text")
        << set(g, "templates[1].limits", QJsonObject{{"memory_mb", "64M"}})
        << "$.templates[1].limits.memory_mb"
        << "got \"64M\"";
    QTest::newRow("cpus zero") << set(g, "templates[1].limits", QJsonObject{{"cpus", 0}})
                               << "$.templates[1].limits.cpus"
                               << "a number from 0.01 to 1024, got number 0";
    QTest::newRow("limits key typo") << set(g, "templates[1].limits", QJsonObject{{"memory", 64}})
                                     << "$.templates[1].limits.memory"
                                     << "unknown property";
    QTest::newRow("unknown template layer")
        << set(g, "templates[0].layers[0]", "fog") << "$.templates[0].layers[0]"
        << "\"fog\"";
    QTest::newRow("unknown capability reference")
        << set(g, "templates[1].needs[0]", "gpu") << "$.templates[1].needs[0]"
        << "a capability some node has (redis, display)";
    QTest::newRow("template fits no node")
        << set(g, "templates[1].layers[0]", "mediation") << "$.templates[1]"
        << "at least one node";
    QTest::newRow("template arch fits no node")
        << set(g, "templates[1].archs[0]", "x86_64") << "$.templates[1]"
        << "subscriber exists for x86_64";
    QTest::newRow("template key typo")
        << set(g, "templates[0].comand", QJsonArray{"x"}) << "$.templates[0].comand"
        << "unknown property";
    QByteArray huge = g;
    huge.insert(1, "\"description\": \"" + QByteArray(1100 * 1024, 'x') + "\",");
    QTest::newRow("huge") << huge << "$"
                          << "at most 1048576 bytes";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "$"
                                  << "valid JSON";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << "$"
                            << "valid JSON";
  }

  void badLab() {
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    auto r = parseLab(json, QStringLiteral("bad.json"));
    QVERIFY(!r.lab);
    QVERIFY(!r.ok());
    QVERIFY2(hasError(r.errors, "bad.json", path, fragment),
             qPrintable(QStringLiteral("wanted %1 ... %2 in:\n").arg(path, fragment) +
                        r.errors.join('\n')));
    for (const auto& e : r.errors)
      QVERIFY2(e.contains(": expected ") && e.contains(", got "), qPrintable(e));
  }

  void reportsEveryProblem() {
    using namespace jsonedit;
    QByteArray j = set(kGood, "nodes[2].layer", "cloud");
    j = set(j, "nodes[3].name", "gw1");
    j = remove(j, "templates[0].command");
    j = set(j, "templates[1].restart.condition", "never");
    auto r = parseLab(j, QStringLiteral("many.json"));
    for (const auto& e : r.errors) qInfo("%s", qPrintable(e));
    QVERIFY(!r.lab);
    QVERIFY2(r.errors.size() >= 4, qPrintable(r.errors.join('\n')));
    QVERIFY(hasError(r.errors, "many.json", "$.nodes[2].layer", "cloud"));
    QVERIFY(hasError(r.errors, "many.json", "$.nodes[3].name", "unique"));
    QVERIFY(hasError(r.errors, "many.json", "$.templates[0].command", "nothing"));
    QVERIFY(hasError(r.errors, "many.json", "$.templates[1].restart.condition", "never"));
    // A duplicate of a node that has problems of its own is still a duplicate.
    j = set(set(kGood, "nodes[0].layer", "cloud"), "nodes[1].name", "manager");
    r = parseLab(j, QStringLiteral("dup.json"));
    QVERIFY(hasError(r.errors, "dup.json", "$.nodes[0].layer", "cloud"));
    QVERIFY2(hasError(r.errors, "dup.json", "$.nodes[1].name", "already $.nodes[0]"),
             qPrintable(r.errors.join('\n')));
  }

  void badFiles() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath("missing.json");
    auto r = loadLabFile(missing);
    QVERIFY(!r.lab);
    QVERIFY2(hasError(r.errors, missing, "$", "a readable file"), qPrintable(r.errors.join('\n')));

    r = loadLabFile(dir.path());
    QVERIFY(hasError(r.errors, dir.path(), "$", "got a directory"));

    const QString empty = dir.filePath("empty.json");
    {
      QFile f(empty);
      QVERIFY(f.open(QIODevice::WriteOnly));
    }
    r = loadLabFile(empty);
    QVERIFY2(hasError(r.errors, empty, "$", "an empty file"), qPrintable(r.errors.join('\n')));

    const QString huge = dir.filePath("huge.json");
    {
      QFile f(huge);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(QByteArray(2 * 1024 * 1024, ' '));
    }
    r = loadLabFile(huge);
    QVERIFY2(hasError(r.errors, huge, "$", "at most 1048576 bytes, got 2097152 bytes"),
             qPrintable(r.errors.join('\n')));

    const QString unreadable = dir.filePath("unreadable.json");
    {
      QFile f(unreadable);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(kGood);
    }
    QFile::setPermissions(unreadable, QFileDevice::Permissions());
    if (QFile(unreadable).open(QIODevice::ReadOnly)) {
      qInfo("running as root: permissions not enforced, skipping the unreadable case");
    } else {
      r = loadLabFile(unreadable);
      QVERIFY(hasError(r.errors, unreadable, "$", "a readable file"));
    }
  }

  void variables() {
    QStringList unknown;
    const QMap<QString, QString> vars{{"bin", "/opt/b"}, {"redis_url", "redis://h:1"}};
    QCOMPARE(expandVariables("${bin}/x ${redis_url} ${bin}", vars),
             QStringLiteral("/opt/b/x redis://h:1 /opt/b"));
    QCOMPARE(expandVariables("${nope}-$bin-${bin", vars, &unknown),
             QStringLiteral("${nope}-$bin-${bin"));
    QCOMPARE(unknown, QStringList{"nope"});
    auto r = parseLab(kGood, "good.json");
    QVERIFY(r.ok());
    QCOMPARE(expandCommand(*r.lab->templ("publisher"), vars),
             QStringList{"/opt/b/swarmlab-publisher"});
    QCOMPARE(expandEnvironment(*r.lab->templ("publisher"), vars).value("SWARMLAB_REDIS_URL"),
             QStringLiteral("redis://h:1"));
  }

  void names() {
    QVERIFY(layerFromString("sensing") == std::optional<Layer>(Layer::Sensing));
    QVERIFY(!layerFromString("Sensing"));
    QVERIFY(updateOrderFromString("start-first") ==
            std::optional<UpdateOrder>(UpdateOrder::StartFirst));
    QVERIFY(!updateOrderFromString("start_first"));
    QCOMPARE(toString(*restartConditionFromString("on-failure")), QStringLiteral("on-failure"));
    for (auto l : {Layer::Enterprise, Layer::Mediation, Layer::Sensing})
      QVERIFY(layerFromString(toString(l)) == std::optional<Layer>(l));
  }

  // The JSON Schema documents the same rules as the C++ validator: every property it lists is
  // known to the validator, and its enums are exactly what the validator accepts.
  void schemaInSync() {
    QFile f(shipped("schema/lab.schema.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError pe;
    const QJsonObject schema = QJsonDocument::fromJson(f.readAll(), &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QCOMPARE(schema.value("$schema").toString(),
             QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
    const QJsonObject defs = schema.value("$defs").toObject();
    using namespace jsonedit;

    const auto noUnknown = [](const QByteArray& j, const QString& path) {
      const auto r = parseLab(j, "s.json");
      for (const auto& e : r.errors)
        if (e.startsWith("s.json: " + path + ": ") && e.contains("unknown property")) return false;
      return true;
    };
    struct Obj {
      const char* where;
      QJsonObject props;
    };
    const QList<Obj> objs = {
        {"", schema.value("properties").toObject()},
        {"nodes[0].", defs.value("node").toObject().value("properties").toObject()},
        {"templates[1].", defs.value("template").toObject().value("properties").toObject()},
        {"templates[1].restart.", defs.value("restart").toObject().value("properties").toObject()}};
    for (const auto& o : objs) {
      QVERIFY(!o.props.isEmpty());
      for (const auto& key : o.props.keys()) {
        const QString path = QString::fromLatin1(o.where) + key;
        QVERIFY2(noUnknown(set(kGood, path, 12345), "$." + path), qPrintable(path));
      }
    }
    // A property the schema does not list is refused by both.
    QVERIFY(!noUnknown(set(kGood, "nodes[0].colour", 1), "$.nodes[0].colour"));
    QVERIFY(defs.value("node").toObject().value("additionalProperties") == QJsonValue(false));

    const auto accepted = [](const QByteArray& j) { return parseLab(j, "s.json").ok(); };
    QStringList archs;
    for (const auto& v : defs.value("arch").toObject().value("enum").toArray())
      archs << v.toString();
    QVERIFY(archs.contains("x86_64") && archs.contains("aarch64"));
    for (const auto& a : archs) QVERIFY2(accepted(set(kGood, "nodes[0].arch", a)), qPrintable(a));
    QVERIFY(!accepted(set(kGood, "nodes[0].arch", "amd64")));
    QStringList layers;
    for (const auto& v : defs.value("layer").toObject().value("enum").toArray())
      layers << v.toString();
    QCOMPARE(layers, (QStringList{"enterprise", "mediation", "sensing"}));
    for (const auto& l : layers) QVERIFY(accepted(set(kGood, "templates[0].layers[1]", l)));
    QStringList conds;
    for (const auto& v : defs.value("restart")
                             .toObject()
                             .value("properties")
                             .toObject()
                             .value("condition")
                             .toObject()
                             .value("enum")
                             .toArray())
      conds << v.toString();
    QCOMPARE(conds.size(), 3);
    for (const auto& c : conds)
      QVERIFY2(accepted(set(kGood, "templates[1].restart.condition", c)), qPrintable(c));
    QStringList vars;
    for (const auto& v : knownTemplateVariables()) vars << "${" + v + "}";
    const QString doc = defs.value("templateString").toObject().value("description").toString();
    for (const auto& v : vars) QVERIFY2(doc.contains(v), qPrintable(v));
  }

  // Thousands of random byte edits of the shipped lab and timeline (fixed seed): every result
  // is a lab or a list of well-formed errors, never a crash; the timeline check on a mutated
  // timeline against a mutated lab must not crash either.
  void randomMutationsNeverCrash() {
    QFile lf(shipped("labs/paper-2017.json")), tf(shipped("experiments/paper-2017.json"));
    QVERIFY(lf.open(QIODevice::ReadOnly) && tf.open(QIODevice::ReadOnly));
    const QByteArray lab = lf.readAll(), tl = tf.readAll();
    QRandomGenerator rng(20171);
    const char alphabet[] = "{}[]\":,0123456789.-eE truefalsn\\/$";
    int labsOk = 0, labsBad = 0;
    for (int i = 0; i < 3000; ++i) {
      QByteArray l = lab, t = tl;
      for (QByteArray* d : {&l, &t}) {
        const int edits = 1 + rng.bounded(4);
        for (int k = 0; k < edits; ++k) {
          const int pos = rng.bounded(d->size());
          switch (rng.bounded(3)) {
            case 0:
              (*d)[pos] = alphabet[rng.bounded(int(sizeof(alphabet) - 1))];
              break;
            case 1:
              d->remove(pos, 1 + rng.bounded(8));
              break;
            default:
              d->insert(pos, alphabet[rng.bounded(int(sizeof(alphabet) - 1))]);
              break;
          }
        }
      }
      const auto lr = parseLab(l, "m.json");
      QVERIFY(lr.ok() || !lr.errors.isEmpty());
      QVERIFY(!(lr.lab && !lr.errors.isEmpty()));
      for (const auto& e : lr.errors)
        QVERIFY2(e.startsWith("m.json: $") && e.contains(": expected "), qPrintable(e));
      lr.ok() ? ++labsOk : ++labsBad;
      const auto tr = parseTimeline(t, "t.json");
      QVERIFY(tr.ok() || !tr.errors.isEmpty());
      if (tr.ok() && lr.ok()) checkTimelineAgainstLab(*tr.timeline, *lr.lab);
    }
    qInfo("3000 mutations: %d labs still valid, %d refused", labsOk, labsBad);
    QVERIFY(labsBad > 1000);
  }

  void resourcesDirFound() {
    const QString d = resourcesDir();
    QVERIFY2(QFileInfo::exists(d + "/labs/paper-2017.json"), qPrintable(d));
  }
};

QTEST_GUILESS_MAIN(TestLabFile)
#include "tst_labfile.moc"
