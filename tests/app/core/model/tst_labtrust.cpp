// Lab and timeline files are code (issue 11): by default a template may run only a swarmlab
// program from ${bin} or redis-server with plain options, and nothing that changes what they
// load; a timeline's lab outside its own folder tree (or the shipped resources) is named so
// that the user is asked first.
#include <QtTest>

#include "LabFile.h"
#include "LabTrust.h"
#include "Timeline.h"
#include "tst_labfile_json.h"

using namespace swarmlab;

namespace {

ServiceTemplate templ(const QStringList& command, const QMap<QString, QString>& env = {}) {
  ServiceTemplate t;
  t.name = QStringLiteral("t");
  t.command = command;
  t.env = env;
  return t;
}

bool writeFile(const QString& path, const QByteArray& data) {
  QDir().mkpath(QFileInfo(path).path());
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

Timeline timelineAt(const QString& file, const QString& lab) {
  Timeline t;
  t.sourcePath = file;
  t.labPath = QFileInfo(lab).isRelative()
                  ? QDir::cleanPath(QFileInfo(file).absoluteDir().filePath(lab))
                  : lab;
  return t;
}

}  // namespace

class TestLabTrust : public QObject {
  Q_OBJECT
 private slots:
  void trustedCommands_data() {
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<QString>("named");  // what the refusal names
    QTest::newRow("publisher") << QStringList{"${bin}/swarmlab-publisher", "--period-ms", "2"}
                               << true << "";
    QTest::newRow("any swarmlab program") << QStringList{"${bin}/swarmlab-displayd"} << true << "";
    QTest::newRow("shipped redis")
        << QStringList{"redis-server", "--port", "${redis_port}", "--bind", "127.0.0.1",
                       "--save",       "",       "--appendonly",  "no"}
        << true << "";
    QTest::newRow("bare redis") << QStringList{"redis-server"} << true << "";
    QTest::newRow("python") << QStringList{"/usr/bin/python3", "job.py"} << false
                            << "/usr/bin/python3 job.py";
    QTest::newRow("shell") << QStringList{"sh", "-c", "curl x | sh"} << false
                           << "sh -c curl x | sh";
    QTest::newRow("out of bin") << QStringList{"${bin}/../../tmp/swarmlab-x"} << false
                                << "${bin}/../../tmp/swarmlab-x";
    QTest::newRow("not ours in bin") << QStringList{"${bin}/evil"} << false << "${bin}/evil";
    QTest::newRow("swarmlab elsewhere")
        << QStringList{"/tmp/swarmlab-publisher"} << false << "/tmp/swarmlab-publisher";
    QTest::newRow("lab_dir program")
        << QStringList{"${lab_dir}/swarmlab-publisher"} << false << "${lab_dir}/swarmlab-publisher";
    QTest::newRow("redis module") << QStringList{"redis-server", "--loadmodule", "/tmp/m.so"}
                                  << false << "(--loadmodule)";
    QTest::newRow("redis module upper")
        << QStringList{"redis-server", "--LOADMODULE", "/tmp/m.so"} << false << "(--LOADMODULE)";
    QTest::newRow("redis config file")
        << QStringList{"redis-server", "/tmp/redis.conf"} << false << "(/tmp/redis.conf)";
    QTest::newRow("redis writes files")
        << QStringList{"redis-server", "--dir", "/home/u/.ssh", "--dbfilename", "authorized_keys"}
        << false << "(--dir)";
    QTest::newRow("redis by path")
        << QStringList{"/tmp/redis-server"} << false << "/tmp/redis-server";
  }
  void trustedCommands() {
    QFETCH(QStringList, command);
    QFETCH(bool, trusted);
    QFETCH(QString, named);
    QString why;
    QCOMPARE(isTrustedTemplate(templ(command), &why), trusted);
    if (!trusted) QVERIFY2(why.contains(named), qPrintable(why));
  }

  void loaderVariablesAreNotTrusted() {
    QString why;
    const QStringList pub{"${bin}/swarmlab-publisher"};
    QVERIFY(isTrustedTemplate(templ(pub, {{"SWARMLAB_NODE", "${node}"}}), &why));
    for (const char* v : {"LD_PRELOAD", "LD_LIBRARY_PATH", "PATH", "GCONV_PATH"}) {
      QVERIFY2(!isTrustedTemplate(templ(pub, {{v, "/tmp/x"}}), &why), v);
      QVERIFY2(why.contains(QLatin1String(v) + "=/tmp/x"), qPrintable(why));
    }
  }

  void untrustedCommandsNameTemplateAndCommand() {
    Lab lab;
    lab.templates << templ({"${bin}/swarmlab-subscriber"});
    lab.templates << templ({"/usr/bin/python3", "job.py"});
    lab.templates.last().name = "job";
    const QStringList out = untrustedCommands(lab);
    QCOMPARE(out, QStringList{"template \"job\": /usr/bin/python3 job.py"});
  }

  void shippedLabIsTrusted() {
    auto r = loadLabFile(labtest::shipped("labs/paper-2017.json"));
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    QCOMPARE(untrustedCommands(*r.lab), QStringList{});
  }

  void labOutsideTheTimelineFolder() {
    QTemporaryDir root;
    const QString tl = root.filePath("exp/tl.json");
    QVERIFY(writeFile(tl, "{}"));
    QVERIFY(writeFile(root.filePath("exp/labs/lab.json"), "{}"));
    QVERIFY(writeFile(root.filePath("other/lab.json"), "{}"));
    QVERIFY(writeFile(root.filePath("exp-lab.json"), "{}"));
    // Inside its folder tree: nothing to ask.
    QCOMPARE(labOutsideTimeline(timelineAt(tl, "labs/lab.json")), QString());
    QCOMPARE(labOutsideTimeline(timelineAt(tl, "./labs/../labs/lab.json")), QString());
    // Outside: named, resolved.
    const QString other = QFileInfo(root.filePath("other/lab.json")).canonicalFilePath();
    QCOMPARE(labOutsideTimeline(timelineAt(tl, "../other/lab.json")), other);
    QCOMPARE(labOutsideTimeline(timelineAt(tl, other)), other);
    // A sibling whose name starts like the folder is not inside it.
    QVERIFY(!labOutsideTimeline(timelineAt(tl, "../exp-lab.json")).isEmpty());
    // A symbolic link inside the folder that points out of it is outside.
    QVERIFY(QFile::link(other, root.filePath("exp/link.json")));
    QCOMPARE(labOutsideTimeline(timelineAt(tl, "link.json")), other);
    // A file that does not exist (yet) is judged by its path.
    QVERIFY(!labOutsideTimeline(timelineAt(tl, "/nowhere/lab.json")).isEmpty());
  }

  void shippedTimelinesUseTheShippedLab() {
    // resources/experiments/*.json name ../labs/paper-2017.json: outside their folder, inside the
    // shipped resources, so they run without a question.
    for (const char* f :
         {"experiments/paper-2017.json", "experiments/paper-2017-start-first.json"}) {
      auto r = loadTimelineFile(labtest::shipped(f));
      QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
      QCOMPARE(labOutsideTimeline(*r.timeline), QString());
    }
  }
};

QTEST_GUILESS_MAIN(TestLabTrust)
#include "tst_labtrust.moc"
