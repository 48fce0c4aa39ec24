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

#include "CsvExport.h"
#include "Measurements.h"
#include "Processes.h"

using namespace swarmlab;

namespace {
const QString kCli = QStringLiteral(SWARMLAB_CLI_BIN);
const QString kSrc = QStringLiteral(SWARMLAB_SOURCE_DIR);

struct Result {
  int code = -1;
  QString out, err;
};

Result runCli(const QStringList& args, int timeoutMs = 60000,
              const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
  QProcess p;
  p.setProcessEnvironment(env);
  p.setWorkingDirectory(kSrc);
  p.start(kCli, args);
  Result r;
  if (!p.waitForFinished(timeoutMs)) {
    p.kill();
    p.waitForFinished();
    r.err = QStringLiteral("timed out");
    return r;
  }
  r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  r.out = QString::fromUtf8(p.readAllStandardOutput());
  r.err = QString::fromUtf8(p.readAllStandardError());
  return r;
}

/// Processes (any parent) whose environment carries marker: what a run left behind.
QList<qint64> processesWithMarker(const QByteArray& marker) {
  QList<qint64> out;
  for (long pid : test::processesWithEnv(marker.toStdString())) out << pid;
  return out;
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
    const QRegularExpression re(QStringLiteral("lab Redis: redis://127.0.0.1:(\\d+)"));
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
  }
  void badUsageExits2() {
    QFETCH(QStringList, args);
    const Result r = runCli(args, 10000);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.trimmed().isEmpty());
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

  void missingExperimentFile() {
    const Result r = runCli({QStringLiteral("run"), QStringLiteral("/nonexistent/x.json")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("/nonexistent/x.json")));
  }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_commands.moc"
