// Record to timeline (issue 13, part 4) on the embedded lab with real processes: commands given
// by hand are recorded with their times from the start of recording (what ran before becomes
// steps at 0 s; a refused command is left out), saved atomically, loaded back with the Timeline
// parser, checked against the lab, and replayed with ExperimentRunner on a fresh lab: the same
// commands run at the recorded times.
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "../local/LocalLabFixture.h"
#include "ExperimentRunner.h"
#include "Timeline.h"
#include "TimelineRecorder.h"

using namespace swarmlab;
using namespace swarmlab::testlab;

namespace {
/// How late a replayed step may be issued against its recorded time. The runner fires each step
/// from its own PreciseTimer (about 1 ms late on an idle machine) and issues the command inside
/// the timeout; what remains is the event loop finishing the previous step's work (forking an
/// agent, a few ms) and, on a loaded 2-core test machine, the scheduler: a replay later than
/// this is a real bug (a step waiting on another, a wrong time base), not noise.
constexpr double kToleranceS = 0.25;

/// Runs the event loop until `ms` after `clock` started.
void waitUntil(const QElapsedTimer& clock, int ms) {
  while (clock.elapsed() < ms) QTest::qWait(qMin<qint64>(10, ms - clock.elapsed()));
}

struct Issued {
  CommandKind kind;
  QString service, node;
  double atS;
};
}  // namespace

class TestTimelineRecorder : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() {
    if (!QFileInfo::exists(LocalOrchestrator::resolveBinDir() +
                           QStringLiteral("/swarmlab-subscriber")))
      QFAIL(qPrintable(
          QStringLiteral("agents not built in %1").arg(LocalOrchestrator::resolveBinDir())));
  }

  void nameFromFile() {
    QCOMPARE(TimelineRecorder::nameFromFile(QStringLiteral("/x/my demo (2).json")),
             QStringLiteral("my-demo-2-"));
    QCOMPARE(TimelineRecorder::nameFromFile(QStringLiteral("/x/__.json")),
             QStringLiteral("recorded"));
  }

  void recordSaveLoadReplay() {
    QTemporaryDir tmp;
    const QString labPath = tmp.filePath(QStringLiteral("labs/test-lab.json"));
    Lab0 l(this);
    QVERIFY(l.start(this));
    // Running before the recording starts: becomes a deploy at 0 s.
    QSignalSpy fin0(l.orch.get(), &Orchestrator::commandFinished);
    l.orch->deploy(l.templ("redis"), QStringLiteral("gw1"), QStringLiteral("redis"));
    QVERIFY(fin0.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(l.orch->services().size(), 1, 5000);

    TimelineRecorder rec(l.orch.get(), l.orch->lab(), labPath);
    QSignalSpy finished(l.orch.get(), &Orchestrator::commandFinished);
    rec.start(l.orch->services(), l.orch->nodes());
    QVERIFY(rec.isRecording());
    QElapsedTimer clock;
    clock.start();
    waitUntil(clock, 300);
    l.orch->deploy(l.templ("publisher"), QStringLiteral("manager"), QStringLiteral("publisher"));
    waitUntil(clock, 600);
    l.orch->deploy(l.templ("subscriber"), QStringLiteral("pi1"), QStringLiteral("subscriber"));
    waitUntil(clock, 900);
    // Refused (a subscriber needs a display): left out of the recording.
    l.orch->deploy(l.templ("subscriber"), QStringLiteral("manager"), QStringLiteral("bad"));
    QTRY_VERIFY_WITH_TIMEOUT(
        l.hasEvent(QStringLiteral("subscriber.1.1"), QStringLiteral("first_message")), 15000);
    const int tMigrate = qMax<int>(2000, int(clock.elapsed()) + 200);
    waitUntil(clock, tMigrate);
    l.orch->migrate(QStringLiteral("subscriber"), QStringLiteral("pi2"), UpdateOrder::StopFirst);
    waitUntil(clock, tMigrate + 1000);
    l.orch->restart(QStringLiteral("publisher"), UpdateOrder::StopFirst);
    waitUntil(clock, tMigrate + 1500);
    l.orch->setNodeDown(QStringLiteral("pi1"));
    waitUntil(clock, tMigrate + 2000);
    l.orch->setNodeUp(QStringLiteral("pi1"));
    waitUntil(clock, tMigrate + 2500);
    l.orch->stop(QStringLiteral("subscriber"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 8, 20000);
    waitUntil(clock, tMigrate + 3000);
    rec.stop();
    QVERIFY(!rec.isRecording());

    const QList<TimelineStep> steps = rec.steps();
    const QList<std::pair<CommandKind, QString>> expected = {
        {CommandKind::Deploy, QStringLiteral("redis")},
        {CommandKind::Deploy, QStringLiteral("publisher")},
        {CommandKind::Deploy, QStringLiteral("subscriber")},
        {CommandKind::Migrate, QStringLiteral("subscriber")},
        {CommandKind::Restart, QStringLiteral("publisher")},
        {CommandKind::NodeDown, QStringLiteral("pi1")},
        {CommandKind::NodeUp, QStringLiteral("pi1")},
        {CommandKind::Stop, QStringLiteral("subscriber")}};
    QCOMPARE(steps.size(), expected.size());
    for (int i = 0; i < steps.size(); ++i) {
      QVERIFY(steps[i].action == expected[i].first);
      const bool nodeStep =
          steps[i].action == CommandKind::NodeDown || steps[i].action == CommandKind::NodeUp;
      QCOMPARE(nodeStep ? steps[i].node : steps[i].service, expected[i].second);
    }
    QCOMPARE(steps[0].atS, 0.0);
    QCOMPARE(steps[2].templateName, QStringLiteral("subscriber"));
    QCOMPARE(steps[2].node, QStringLiteral("pi1"));
    QCOMPARE(steps[3].node, QStringLiteral("pi2"));
    QVERIFY(steps[3].order == std::optional<UpdateOrder>(UpdateOrder::StopFirst));
    // Times from the start of recording: within the test's own clock (issued after it read it).
    QVERIFY2(std::abs(steps[1].atS - 0.3) < 0.1, qPrintable(QString::number(steps[1].atS)));
    QVERIFY2(std::abs(steps[3].atS - tMigrate / 1000.0) < 0.1,
             qPrintable(QString::number(steps[3].atS)));

    // Saved atomically, loaded back by the parser, valid against the lab.
    const QString file = tmp.filePath(QStringLiteral("timelines/my demo.json"));
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    QString error;
    const Timeline recorded = rec.timeline(TimelineRecorder::nameFromFile(file));
    QVERIFY(recorded.durationS >= steps.last().atS + 1);
    QVERIFY2(saveTimelineFile(recorded, file, &error), qPrintable(error));
    const TimelineLoadResult loaded = loadTimelineFile(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    QCOMPARE(loaded.timeline->name, QStringLiteral("my-demo"));
    QCOMPARE(QFileInfo(loaded.timeline->labPath).absoluteFilePath(), labPath);
    QCOMPARE(loaded.timeline->steps.size(), steps.size());
    const QStringList problems = checkTimelineAgainstLab(*loaded.timeline, l.orch->lab());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // Replayed on a fresh lab: the same commands, at the recorded times.
    Lab0 r(this);
    QVERIFY(r.start(this));
    QList<Issued> issued;
    QElapsedTimer since;
    connect(r.orch.get(), &Orchestrator::commandIssued, this,
            [&](quint64, CommandKind k, const QString& s, const QString& n, qint64) {
              issued << Issued{k, s, n, since.nsecsElapsed() / 1e9};
            });
    QList<QString> failures;
    ExperimentRunner runner(r.orch.get(), r.tel.get(), r.orch->lab(), *loaded.timeline);
    connect(&runner, &ExperimentRunner::stepFailed, this,
            [&](int i, const QString& m) { failures << QStringLiteral("%1: %2").arg(i).arg(m); });
    QSignalSpy done(&runner, &ExperimentRunner::finished);
    since.start();
    runner.start();
    QVERIFY(done.wait(int(loaded.timeline->durationS * 1000) + 30000));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    // The run's own end stops what it deployed: only the steps' commands are compared.
    QVERIFY(issued.size() >= steps.size());
    double worst = 0;
    for (int i = 0; i < steps.size(); ++i) {
      const TimelineStep& s = loaded.timeline->steps[i];
      QVERIFY(issued[i].kind == s.action);
      if (s.action != CommandKind::NodeDown && s.action != CommandKind::NodeUp)
        QCOMPARE(issued[i].service, s.service);
      const double late = issued[i].atS - s.atS;
      worst = std::max(worst, std::abs(late));
      QVERIFY2(late > -0.005 && late < kToleranceS,
               qPrintable(QStringLiteral("step %1 (%2 at %3 s) issued at %4 s")
                              .arg(i)
                              .arg(toString(s.action))
                              .arg(s.atS)
                              .arg(issued[i].atS)));
    }
    qInfo("replay: worst |issued - recorded| = %.1f ms over %lld steps", worst * 1000,
          qlonglong(steps.size()));
    // The replayed lab ended as the recording did: the publisher and redis were the run's and
    // were stopped at its end; nothing of the user's is left behind on either lab.
    QVERIFY(QFileInfo(file).exists());
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".tmp")));
  }
};

QTEST_GUILESS_MAIN(TestTimelineRecorder)
#include "tst_timelinerecorder.moc"
