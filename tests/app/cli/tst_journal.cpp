// The journal reopened after a SIGKILL (issue 10): swarmlab-cli run on the embedded lab with the
// paper timeline shortened, SIGKILLed mid-run; `swarmlab-cli report` rebuilds the run from its
// folder, marks it interrupted (printed and in the files) and holds every second that ended
// at least 1 s before the kill, and every step the CLI printed by then. Also: report on a bad
// folder, and the progress line once the lab's Redis is killed (no stale rates).
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

#include "CsvExport.h"
#include "Measurements.h"
#include "Processes.h"
#include "RunJournal.h"
#include "swarmlab_build_paths.h"

using namespace swarmlab;

namespace {
const QString kCli = QStringLiteral(SWARMLAB_CLI_BIN);
const QString kSrc = QStringLiteral(SWARMLAB_SOURCE_DIR);

/// Processes (any parent) whose environment carries marker: what a run left behind.
QList<qint64> processesWithMarker(const QByteArray& marker) {
  QList<qint64> out;
  for (long pid : test::processesWithEnv(marker.toStdString())) out << pid;
  return out;
}

/// A CLI run in the background (its own folder and environment marker), its stdout lines
/// collected with the wall time they came.
class CliRun {
 public:
  CliRun()
      : out_(tmp_.filePath(QStringLiteral("run"))),
        marker_("SWARMLAB_TEST_MARK=" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)) {
    const QByteArray& marker = marker_;
    const QString& out = out_;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(marker.split('=').first()),
               QString::fromLatin1(marker.split('=').last()));
    p_.setProcessEnvironment(env);
    p_.setWorkingDirectory(kSrc);
    p_.start(kCli, {QStringLiteral("run"), QStringLiteral("resources/experiments/paper-2017.json"),
                    QStringLiteral("--duration-scale"), QStringLiteral("0.25"),
                    QStringLiteral("--out"), out});
  }
  ~CliRun() {
    p_.kill();
    p_.waitForFinished(5000);
  }
  QProcess& process() { return p_; }
  const QString& out() const { return out_; }
  const QByteArray& marker() const { return marker_; }
  /// Reads what is there; lines with their arrival time (local µs).
  void poll() {
    while (p_.canReadLine())
      lines_ << std::make_pair(QDateTime::currentMSecsSinceEpoch() * 1000,
                               QString::fromUtf8(p_.readLine()).trimmed());
  }
  bool sawLine(const QString& part) {
    poll();
    for (const auto& l : lines_)
      if (l.second.contains(part)) return true;
    return false;
  }
  const QList<std::pair<qint64, QString>>& lines() const { return lines_; }

 private:
  QTemporaryDir tmp_;
  QString out_;
  QByteArray marker_;
  QProcess p_;
  QList<std::pair<qint64, QString>> lines_;
};

struct Result {
  int code = -1;
  QString out, err;
};

Result runReport(const QString& dir) {
  QProcess p;
  p.start(kCli, {QStringLiteral("report"), dir});
  Result r;
  if (!p.waitForFinished(30000)) return r;
  r.code = p.exitCode();
  r.out = QString::fromUtf8(p.readAllStandardOutput());
  r.err = QString::fromUtf8(p.readAllStandardError());
  return r;
}
}  // namespace

class TestCliJournal : public QObject {
  Q_OBJECT
 private slots:
  void reopenedAfterSigkill() {
    CliRun cli;
    const QString out = cli.out();
    QVERIFY(cli.process().waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(cli.sawLine(QStringLiteral("journal: ")), 30000);
    // Into the run (step 4, the migration, fires at 20 s * 0.25 = 5 s), then SIGKILL.
    QTRY_VERIFY_WITH_TIMEOUT(cli.sawLine(QStringLiteral("step 4")), 30000);
    QTest::qWait(1500);
    cli.poll();
    const qint64 killUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    ::kill(pid_t(cli.process().processId()), SIGKILL);
    QVERIFY(cli.process().waitForFinished(10000));
    QCOMPARE(cli.process().exitStatus(), QProcess::CrashExit);
    // Its children die with it (PR_SET_PDEATHSIG).
    QTRY_VERIFY_WITH_TIMEOUT(processesWithMarker(cli.marker()).isEmpty(), 10000);
    QVERIFY(QFile::exists(QDir(out).filePath(RunJournal::eventsFileName())));
    QVERIFY(!QFile::exists(QDir(out).filePath(QStringLiteral("summary.csv"))));

    const Result r = runReport(out);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("run interrupted")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("run_interrupted")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("nan")), qPrintable(r.out));
    QString error;
    const auto run = importRun(out, &error);
    QVERIFY2(run, qPrintable(error));
    QVERIFY(run->interrupted);
    const auto summary = importSummary(out, &error);
    QVERIFY2(summary && findMeasure(*summary, QStringLiteral("run_interrupted")),
             qPrintable(error));

    // Every second that ended at least 1 s before the kill is there (lab time is this host's
    // clock: the lab's Redis runs here).
    qint64 newest = 0;
    for (const auto& m : run->metrics) newest = std::max(newest, m.second);
    const qint64 mustHave = (killUs - 1000000) / 1000000 - 1;
    qInfo("kill at %.3f s, newest journaled second %lld, lost after it: %.3f s", killUs / 1e6,
          newest, killUs / 1e6 - double(newest + 1));
    QVERIFY2(newest >= mustHave,
             qPrintable(QStringLiteral("newest %1, expected >= %2").arg(newest).arg(mustHave)));
    // Every step the CLI printed 1 s before the kill is a command of the journal.
    int steps = 0;
    for (const auto& l : cli.lines())
      if (l.first <= killUs - 1000000 && l.second.contains(QStringLiteral("] step "))) ++steps;
    QVERIFY(steps >= 4);
    QVERIFY2(
        run->commands.size() >= steps,
        qPrintable(QStringLiteral("%1 commands, %2 steps").arg(run->commands.size()).arg(steps)));
  }

  void reportOnABadFolder() {
    QTemporaryDir tmp;
    Result r = runReport(tmp.path());
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(tmp.path()) && r.err.contains(QStringLiteral("journal-events.csv")),
             qPrintable(r.err));
    QFile f(tmp.filePath(QStringLiteral("events.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("t_s,source\r\n");
    f.close();
    QFile m(tmp.filePath(QStringLiteral("metrics.csv")));
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write("lab_second\r\n");
    m.close();
    r = runReport(tmp.path());
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("metrics.csv")) &&
                 r.err.contains(QStringLiteral("expected a column")),
             qPrintable(r.err));
  }

  void redisKilledMidRun() {
    CliRun cli;
    const QString out = cli.out();
    QVERIFY(cli.process().waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(cli.sawLine(QStringLiteral("step 3")), 30000);
    QString port;
    const QRegularExpression re(
        QStringLiteral("lab Redis: redis://(?:[^@ ]*@)?127\\.0\\.0\\.1:(\\d+)"));
    for (const auto& l : cli.lines())
      if (auto m = re.match(l.second); m.hasMatch()) port = m.captured(1);
    QVERIFY(!port.isEmpty());
    const qint64 redisPid = redisServerOn(port);
    QVERIFY2(redisPid, "no redis-server process for the lab's port");
    QTest::qWait(3000);  // before the migration at 5 s
    ::kill(pid_t(redisPid), SIGKILL);
    const qint64 killUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    QVERIFY(cli.process().waitForFinished(60000));
    cli.poll();
    QString error;
    const auto summary = importSummary(out, &error);
    QVERIFY2(summary, qPrintable(error));
    const auto value = [&](const char* name) {
      const Measure* m = findMeasure(*summary, QString::fromLatin1(name));
      return m ? m->value : -1.0;
    };
    // The embedded lab supervises its Redis: a restart is recorded as the redis service's
    // recovery (docs/local.md, faults).
    const bool restarted = findMeasure(*summary, QStringLiteral("recovery_time[redis]")) != nullptr;
    QString all;
    for (const auto& l : cli.lines()) all += l.second + QLatin1Char('\n');
    QVERIFY2(!all.contains(QStringLiteral("nan")), qPrintable(all));
    qInfo("redis %s; seconds_without_updates %g, publish_failed_total %g, lost_total %g",
          restarted ? "restarted by the lab" : "not restarted", value("seconds_without_updates"),
          value("publish_failed_total"), value("lost_total"));
    if (restarted) {
      // Back within a second or so: seconds_without_updates may rightly be 0 (every second had
      // updates on one side of the outage), but what the outage cost is counted.
      // The agents delivered the outage's seconds with their failed and lost counts.
      QVERIFY2(value("publish_failed_total") > 0, qPrintable(all));
      QVERIFY2(value("lost_total") > 0, qPrintable(all));
    } else {
      QVERIFY2(value("seconds_without_updates") >= 1, qPrintable(all));  // the outage counted
      // Redis stayed away: the progress line said so instead of repeating the last rates.
      for (const auto& l : cli.lines())
        if (l.first > killUs + 4000000 && l.second.contains(QStringLiteral(" s | publish ")))
          QVERIFY2(l.second.contains(QStringLiteral("publish no data")), qPrintable(l.second));
    }
  }

 private:
  /// The redis-server serving that port (its process title names it), or 0.
  static qint64 redisServerOn(const QString& port) {
    for (const auto& e : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
      QFile c(QStringLiteral("/proc/%1/cmdline").arg(e));
      if (!c.open(QIODevice::ReadOnly)) continue;
      const QByteArray cmd = c.readAll();
      if (cmd.contains("redis-server ") && cmd.contains(":" + port.toLatin1() + char(0)))
        return e.toLongLong();
    }
    return 0;
  }
};

QTEST_GUILESS_MAIN(TestCliJournal)
#include "tst_journal.moc"
