// swarmlab-cli end to end (issue 3): a shortened paper experiment (stop-first and start-first)
// with its CSVs and measurements read back, Ctrl-C keeping what was recorded and leaving no
// process behind, validate on good and bad files, exit codes of bad flags.
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

#include <fcntl.h>
#include <unistd.h>

#include "CsvExport.h"
#include "Measurements.h"
#include "Processes.h"

#include "CliRun.h"
#include "swarmlab_build_paths.h"

using namespace swarmlab;

namespace {
const QString kCli = QStringLiteral(SWARMLAB_CLI_BIN);
const QString kSrc = QStringLiteral(SWARMLAB_SOURCE_DIR);

using clitest::Result;
using clitest::runCli;

/// Processes (any parent) whose environment carries marker: what a run left behind.
QList<qint64> processesWithMarker(const QByteArray& marker) {
  QList<qint64> out;
  for (long pid : test::processesWithEnv(marker.toStdString())) out << pid;
  return out;
}

/// The shipped lab with the publisher's command replaced (nothing else changed).
QByteArray labWithPublisherCommand(const QStringList& command) {
  QFile f(kSrc + QStringLiteral("/resources/labs/paper-2017.json"));
  if (!f.open(QIODevice::ReadOnly)) return {};
  QByteArray json = f.readAll();
  QByteArray quoted;
  for (const QString& a : command) quoted += (quoted.isEmpty() ? "\"" : ", \"") + a.toUtf8() + "\"";
  json.replace("[\"${bin}/swarmlab-publisher\"]", "[" + quoted + "]");
  return json;
}

/// A timeline of `lab` (as written) whose one step names a template the lab does not have: the
/// run stops at the check against the lab, after the trust checks, and starts nothing.
QByteArray timelineOf(const QString& lab) {
  return QStringLiteral(R"({"name": "t", "lab": "%1", "duration_s": 2, "steps": [
    {"at_s": 0, "action": "deploy", "template": "nosuch", "node": "manager", "service": "x"}]})")
      .arg(lab)
      .toUtf8();
}

bool writeFile(const QString& path, const QByteArray& data) {
  QDir().mkpath(QFileInfo(path).path());
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

double measure(const QList<Measure>& ms, const QString& name, bool* found = nullptr) {
  const Measure* m = findMeasure(ms, name);
  if (found) *found = m != nullptr;
  return m ? m->value : qQNaN();
}
}  // namespace

class TestCli : public QObject {
  Q_OBJECT
 private slots:
  void shortenedPaperExperiment_data() {
    QTest::addColumn<QString>("timeline");
    QTest::addColumn<bool>("startFirst");
    QTest::newRow("stop-first") << QStringLiteral("resources/experiments/paper-2017.json") << false;
    QTest::newRow("start-first") << QStringLiteral(
                                        "resources/experiments/paper-2017-start-first.json")
                                 << true;
  }
  void shortenedPaperExperiment() {
    QFETCH(QString, timeline);
    QFETCH(bool, startFirst);
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("run"));
    const Result r = runCli({QStringLiteral("run"), timeline, QStringLiteral("--duration-scale"),
                             QStringLiteral("0.1"), QStringLiteral("--out"), out},
                            90000);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("CSV files: ") + QDir(out).absolutePath()),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("deploy_time[subscriber@pi1]")), qPrintable(r.out));

    // The CSVs as files: RFC 4180 with the documented headers.
    QString error;
    const auto metrics = readCsv(out + QStringLiteral("/metrics.csv"), &error);
    QVERIFY2(metrics, qPrintable(error));
    for (const char* c : {"lab_second", "instance", "node", "kind", "count", "lag_p50_ms",
                          "lag_p99_ms", "lag_max_ms", "lost"})
      QVERIFY2(metrics->column(QString::fromLatin1(c)) >= 0, c);
    QVERIFY(metrics->rows.size() >= 8);  // ~6 s x (publisher + 1..2 subscribers)
    const auto events = readCsv(out + QStringLiteral("/events.csv"), &error);
    QVERIFY2(events, qPrintable(error));
    const auto summaryCsv = readCsv(out + QStringLiteral("/summary.csv"), &error);
    QVERIFY2(summaryCsv, qPrintable(error));
    QCOMPARE(summaryCsv->header.mid(0, 4),
             (QStringList{QStringLiteral("measure"), QStringLiteral("value"),
                          QStringLiteral("unit"), QStringLiteral("paper_value")}));

    // Read back and measured again: the figures the CLI printed come from these files.
    const auto run = importRun(out, &error);
    QVERIFY2(run, qPrintable(error));
    bool sawNewFirst = false, sawOldStopped = false, sawSecondSub = false;
    for (const auto& e : run->events) {
      sawNewFirst |= e.instance == QStringLiteral("subscriber.1.2") &&
                     e.event == QStringLiteral("first_message") && e.node == QStringLiteral("pi2");
      sawOldStopped |=
          e.instance == QStringLiteral("subscriber.1.1") && e.event == QStringLiteral("stopped");
      sawSecondSub |= e.instance == QStringLiteral("subscriber-2.1.1") &&
                      e.event == QStringLiteral("first_message") && e.node == QStringLiteral("pi1");
    }
    QVERIFY(sawNewFirst);
    QVERIFY(sawOldStopped);
    QVERIFY(sawSecondSub);
    const QList<Measure> ms = computeSummary(*run);
    const auto summary = importSummary(out, &error);
    QVERIFY2(summary, qPrintable(error));
    bool found = false;
    const double deploy = measure(*summary, QStringLiteral("deploy_time[subscriber@pi1]"), &found);
    QVERIFY(found);
    QVERIFY2(deploy > 0 && deploy < 5000, qPrintable(QString::number(deploy)));
    QVERIFY(measure(*summary, QStringLiteral("deploy_time[publisher@manager]")) > 0);
    const double stop =
        measure(*summary, QStringLiteral("migration_stop_time[subscriber->pi2]"), &found);
    QVERIFY2(found, "migration not recorded");
    QVERIFY(stop >= 0 && stop < 10000);
    const double gap =
        measure(*summary, QStringLiteral("migration_update_gap[subscriber->pi2]"), &found);
    QVERIFY(found);
    // Make-before-break: no publish period (2 ms) without an update. A fast stop of the old
    // instance leaves both showing the same last message microseconds apart: gap 0-1 ms.
    if (startFirst)
      QVERIFY2(gap < 2, qPrintable(QString::number(gap)));
    else
      QVERIFY2(gap > 0 && gap < 5000, qPrintable(QString::number(gap)));  // break-before-make
    QCOMPARE(measure(*summary, QStringLiteral("lost_total")), 0.0);
    QVERIFY(measure(*summary, QStringLiteral("publish_rate_mean")) > 100);
    if (startFirst) QCOMPARE(measure(*summary, QStringLiteral("seconds_without_updates")), 0.0);
    // The summary in the file is what the run data gives.
    QCOMPARE(measure(ms, QStringLiteral("lost_total")),
             measure(*summary, QStringLiteral("lost_total")));
    QCOMPARE(measure(ms, QStringLiteral("deploy_time[subscriber@pi1]")), deploy);
  }

  void ctrlCKeepsWhatWasRecordedAndLeavesNothing() {
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("run"));
    const QByteArray marker =
        "SWARMLAB_TEST_MARK=" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(marker.split('=').first()),
               QString::fromLatin1(marker.split('=').last()));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(kSrc);
    p.start(kCli, {QStringLiteral("run"), QStringLiteral("resources/experiments/paper-2017.json"),
                   QStringLiteral("--out"), out});
    QVERIFY(p.waitForStarted());
    // Wait until the agents run, then interrupt.
    // cli, publisher, subscriber (redis-server rewrites its environ for its process title)
    QTRY_VERIFY_WITH_TIMEOUT(processesWithMarker(marker).size() >= 3, 15000);
    QTest::qWait(2500);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(20000));
    const QString stdoutText = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(stdoutText.contains(QStringLiteral("interrupted")), qPrintable(stdoutText));
    QString error;
    const auto run = importRun(out, &error);
    QVERIFY2(run, qPrintable(error));
    QVERIFY(!run->metrics.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(processesWithMarker(marker).isEmpty(), 5000);
    // The lab's redis-server is gone too: nothing listens on its port any more.
    const QRegularExpression re(
        QStringLiteral("lab Redis: redis://(?:[^@\\s]*@)?127.0.0.1:(\\d+)"));
    const auto m = re.match(stdoutText);
    QVERIFY2(m.hasMatch(), qPrintable(stdoutText));
    QTcpSocket sock;
    sock.connectToHost(QHostAddress::LocalHost, quint16(m.captured(1).toUInt()));
    QVERIFY(!sock.waitForConnected(1000));
  }

  void validate_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expect");
    QTest::newRow("malformed") << QByteArray("{\"name\": \"x\", \"nodes\": [") << 1 << QString();
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]") << 1 << QString();
    QTest::newRow("wrong type") << QByteArray(
                                       "{\"name\": 3, \"nodes\": \"pi1\", \"templates\": []}")
                                << 1 << QStringLiteral("nodes");
    QTest::newRow("unknown layer")
        << QByteArray(
               R"({"name": "x", "nodes": [{"name": "a", "layer": "space", "arch": "x86_64"}], "templates": []})")
        << 1 << QStringLiteral("space");
    QTest::newRow("timeline without steps")
        << QByteArray(R"({"name": "t", "lab": "nolab.json", "duration_s": 10})") << 1 << QString();
    QTest::newRow("huge") << QByteArray(2 * 1024 * 1024, ' ') << 1 << QString();
    QTest::newRow("empty") << QByteArray() << 1 << QString();
  }
  void validate() {
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    QFETCH(QString, expect);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("bad.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const Result r = runCli({QStringLiteral("validate"), path}, 20000);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    if (!expect.isEmpty()) QVERIFY2(r.err.contains(expect), qPrintable(r.err));
  }

  void validateShippedFiles() {
    const Result r =
        runCli({QStringLiteral("validate"), QStringLiteral("resources/labs/paper-2017.json"),
                QStringLiteral("resources/experiments/paper-2017.json"),
                QStringLiteral("resources/experiments/paper-2017-start-first.json")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.out.count(QStringLiteral(": OK")), 3);
    const Result missing =
        runCli({QStringLiteral("validate"), QStringLiteral("/nonexistent/lab.json")});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(QStringLiteral("/nonexistent/lab.json")));
  }

  void badUsageExits2_data() {
    QTest::addColumn<QStringList>("args");
    const QString tl = QStringLiteral("resources/experiments/paper-2017.json");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")};
    QTest::newRow("run without file") << QStringList{QStringLiteral("run")};
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("run"), tl,
                                                 QStringLiteral("--speed")};
    QTest::newRow("scale not a number") << QStringList{
        QStringLiteral("run"), tl, QStringLiteral("--duration-scale"), QStringLiteral("fast")};
    QTest::newRow("scale zero") << QStringList{
        QStringLiteral("run"), tl, QStringLiteral("--duration-scale"), QStringLiteral("0")};
    QTest::newRow("bad backend") << QStringList{QStringLiteral("run"), tl,
                                                QStringLiteral("--backend"), QStringLiteral("k8s")};
    QTest::newRow("bad redis url") << QStringList{
        QStringLiteral("run"), tl, QStringLiteral("--redis"), QStringLiteral("localhost:6379")};
    QTest::newRow("validate without file") << QStringList{QStringLiteral("validate")};
    QTest::newRow("registry with scheme")
        << QStringList{QStringLiteral("run"),        tl,
                       QStringLiteral("--backend"),  QStringLiteral("swarm"),
                       QStringLiteral("--registry"), QStringLiteral("https://10.0.0.1:5000")};
    QTest::newRow("registry without port") << QStringList{
        QStringLiteral("run"), tl, QStringLiteral("--registry"), QStringLiteral("10.0.0.1")};
    QTest::newRow("unknown images command")
        << QStringList{QStringLiteral("images"), QStringLiteral("fly")};
  }
  void badUsageExits2() {
    QFETCH(QStringList, args);
    const Result r = runCli(args, 10000);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.trimmed().isEmpty());
  }

  // Issue 12 part 4: the lab registry's address is checked before anything runs, naming the
  // option and what was expected.
  void registryAddressNamed() {
    const Result r =
        runCli({QStringLiteral("run"), QStringLiteral("resources/experiments/paper-2017.json"),
                QStringLiteral("--backend"), QStringLiteral("swarm"), QStringLiteral("--registry"),
                QStringLiteral("lab/x")},
               10000);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--registry")) &&
                 r.err.contains(QStringLiteral("\"lab/x\"")) &&
                 r.err.contains(QStringLiteral("host:port")),
             qPrintable(r.err));
  }

  // Issue 12: `images` runs lab-registry.sh (mmdebstrap inside) with stdin, stdout and stderr
  // only, even when swarmlab-cli itself inherited more (here: a descriptor of this test, open
  // without close-on-exec, which QProcess passes on). mmdebstrap fails with descriptors above 9
  // in use (docs/images.md).
  void imagesScriptGetsOnlyStdio() {
    QTemporaryDir tmp;
    const QString script = tmp.filePath(QStringLiteral("fds.sh"));
    // bash's own descriptors, listed while it holds no pipe (255: the script it reads)
    QVERIFY(writeFile(script,
                      "ls /proc/$$/fd > \"$0.out\"\n"
                      "grep -vx 255 \"$0.out\" | sort -n | tr '\\n' ' '\n"));
    const int leaked = ::open("/dev/null", O_RDONLY);  // no O_CLOEXEC: the CLI inherits it
    QVERIFY(leaked > 2);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SWARMLAB_LAB_REGISTRY_SCRIPT"), script);
    const Result r = runCli({QStringLiteral("images"), QStringLiteral("status")}, 20000, env);
    ::close(leaked);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("0 1 2"));
  }

  void missingRedisServerFailsClearly() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SWARMLAB_REDIS_SERVER"),
               QStringLiteral("/nonexistent/redis-server"));
    QTemporaryDir tmp;
    const Result r =
        runCli({QStringLiteral("run"), QStringLiteral("resources/experiments/paper-2017.json"),
                QStringLiteral("--out"), tmp.filePath(QStringLiteral("run"))},
               20000, env);
    QCOMPARE(r.code, 1);
    QVERIFY2((r.out + r.err).contains(QStringLiteral("/nonexistent/redis-server")),
             qPrintable(r.out + r.err));
  }

  void commandsOutsideBinNeedAllowCommands() {
    // Issue 11: a lab file is code. A template running anything but a swarmlab program from
    // ${bin} or redis-server is refused, named, until --allow-commands is given.
    QTemporaryDir tmp;
    const QString marker = tmp.filePath(QStringLiteral("ran"));
    QVERIFY(writeFile(tmp.filePath(QStringLiteral("lab.json")),
                      labWithPublisherCommand({QStringLiteral("/bin/touch"), marker})));
    const QString tl = tmp.filePath(QStringLiteral("tl.json"));
    QVERIFY(writeFile(tl, timelineOf(QStringLiteral("lab.json"))));
    const QString out = tmp.filePath(QStringLiteral("run"));
    Result r = runCli({QStringLiteral("run"), tl, QStringLiteral("--out"), out}, 20000);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("template \"publisher\": /bin/touch ") + marker),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("give --allow-commands")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("nosuch")), qPrintable(r.err));  // stopped before
    QVERIFY(!QFileInfo::exists(out) && !QFileInfo::exists(marker));
    r = runCli({QStringLiteral("run"), tl, QStringLiteral("--out"), out,
                QStringLiteral("--allow-commands")},
               20000);
    QCOMPARE(r.code, 1);  // the timeline's own problem, found after the trust checks passed
    QVERIFY2(r.err.contains(QStringLiteral("allowed by --allow-commands")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("nosuch")), qPrintable(r.err));
  }

  void labOutsideTheTimelineFolderNeedsConsent() {
    QTemporaryDir tmp;
    QVERIFY(writeFile(tmp.filePath(QStringLiteral("elsewhere/lab.json")),
                      labWithPublisherCommand({QStringLiteral("${bin}/swarmlab-publisher")})));
    const QString tl = tmp.filePath(QStringLiteral("exp/tl.json"));
    QVERIFY(writeFile(tl, timelineOf(QStringLiteral("../elsewhere/lab.json"))));
    const QString lab =
        QFileInfo(tmp.filePath(QStringLiteral("elsewhere/lab.json"))).canonicalFilePath();
    Result r = runCli({QStringLiteral("run"), tl}, 20000);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(lab) && r.err.contains(QStringLiteral("--allow-outside-lab")),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("nosuch")), qPrintable(r.err));
    // Allowed: said, then the run goes on (to the timeline's own problem here).
    r = runCli({QStringLiteral("run"), tl, QStringLiteral("--allow-outside-lab")}, 20000);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("note: lab ") + lab), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("nosuch")), qPrintable(r.err));
    // A lab named on the command line is the user's own choice: nothing to ask.
    r = runCli({QStringLiteral("run"), tl, QStringLiteral("--lab"), lab}, 20000);
    QCOMPARE(r.code, 1);
    QVERIFY2(!r.err.contains(QStringLiteral("--allow-outside-lab")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("nosuch")), qPrintable(r.err));
  }

  void swarmTlsWithoutCaIsRefusedAndPlainTcpWarned() {
    // No engine needed: the endpoint is refused before anything is sent, or warned about.
    QTemporaryDir certs;
    for (const char* f : {"cert.pem", "key.pem"})
      QVERIFY(writeFile(certs.filePath(QLatin1String(f)), "x"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DOCKER_TLS_VERIFY"));
    env.insert(QStringLiteral("DOCKER_CERT_PATH"), certs.path());
    env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("https://192.0.2.1:1"));
    Result r = runCli({QStringLiteral("swarm"), QStringLiteral("status")}, 20000, env);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(certs.filePath(QStringLiteral("ca.pem")) + " missing") &&
                 r.err.contains(QStringLiteral("--tls-insecure")),
             qPrintable(r.err));
    env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://192.0.2.1:1"));
    r = runCli({QStringLiteral("swarm"), QStringLiteral("status")}, 30000, env);
    QCOMPARE(r.code, 1);  // nothing listens there
    QVERIFY2(r.err.contains(QStringLiteral("warning: plain tcp:// to 192.0.2.1:1")),
             qPrintable(r.err));
  }

  void missingExperimentFile() {
    const Result r = runCli({QStringLiteral("run"), QStringLiteral("/nonexistent/x.json")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("/nonexistent/x.json")));
  }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_commands.moc"
