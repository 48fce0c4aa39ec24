// Truthful figures with gaps in the data (issue 10): seconds no agent reported are "no data"
// (left out of rates, counted by seconds_without_updates, never 0 or the last value), dropped_s,
// the live figures of a progress line once metrics stop; the run journal (appended, flushed,
// read back after a "kill" with a torn last row, interrupted without its end row) and
// reportRunFolder on good and bad folders.
#include <QtTest>

#include <cmath>
#include <tuple>

#include "CsvExport.h"
#include "Measurements.h"
#include "Recorder.h"
#include "RunJournal.h"
#include "Telemetry.h"

using namespace swarmlab;

namespace {

constexpr qint64 S0 = 1700000000;
constexpr qint64 T0 = S0 * 1000000;
qint64 at(double s) { return T0 + qint64(std::llround(s * 1e6)); }

MetricSample sample(const char* kind, const char* inst, const char* node, qint64 sec, qint64 count,
                    qint64 failed = 0, qint64 lost = 0) {
  MetricSample m;
  m.second = S0 + sec;
  m.kind = QString::fromLatin1(kind);
  m.instance = QString::fromLatin1(inst);
  m.node = QString::fromLatin1(node);
  m.count = count;
  m.failed = failed;
  m.lost = lost;
  if (m.kind == QLatin1String("subscriber")) m.lagP50Us = m.lagP99Us = m.lagMaxUs = 2000;
  return m;
}

AgentEvent event(double s, const char* kind, const char* inst, const char* ev) {
  AgentEvent e;
  e.tUs = at(s);
  e.kind = QString::fromLatin1(kind);
  e.instance = QString::fromLatin1(inst);
  e.node = QStringLiteral("pi1");
  e.event = QString::fromLatin1(ev);
  return e;
}

/// 30 s: a publisher (100/s) and a subscriber (100/s). Redis is away in seconds 10..13: no
/// agent reported them (no data); the agents' buffers then deliver 14..15 with the outage's
/// failed and lost counts (publisher count 0 failed 100, subscriber count 0 lost 100).
RunData outageRun() {
  RunData r;
  r.timelineName = QStringLiteral("outage");
  r.backend = QStringLiteral("local");
  r.startUs = T0;
  r.endUs = at(30.0);
  r.events << event(0.5, "subscriber", "subscriber.1.1", "first_message")
           << event(0.4, "publisher", "publisher.1.1", "first_message")
           << event(29.5, "subscriber", "subscriber.1.1", "stopping");
  for (qint64 s = 0; s < 30; ++s) {
    if (s >= 10 && s <= 13) continue;  // no data at all
    const bool away = s == 14 || s == 15;
    r.metrics << sample("publisher", "publisher.1.1", "manager", s, away ? 0 : 100, away ? 100 : 0);
    r.metrics << sample("subscriber", "subscriber.1.1", "pi1", s, away ? 0 : 100, 0,
                        away ? 100 : 0);
  }
  return r;
}

double value(const QList<Measure>& ms, const char* name) {
  const Measure* m = findMeasure(ms, QString::fromLatin1(name));
  return m ? m->value : std::nan("");
}

}  // namespace

class TestJournal : public QObject {
  Q_OBJECT
 private slots:
  void outageIsCountedNotZeroed() {
    const QList<Measure> ms = computeSummary(outageRun());
    // Seconds 1..28 are full: 10..13 have no data (left out), 14..15 published 0 (measured).
    QCOMPARE(value(ms, "publish_rate_mean"), 100.0 * 22 / 24);
    QVERIFY(findMeasure(ms, "publish_rate_mean")->detail.contains("4 seconds with no data"));
    QCOMPARE(value(ms, "update_rate_min[subscriber]"), 0.0);  // 14, 15: measured zeros
    QCOMPARE(value(ms, "update_rate_mean[subscriber]"), 100.0 * 22 / 24);
    // 10..13 (no data) + 14..15 (failed while publishing): 6 seconds without updates.
    QCOMPARE(value(ms, "seconds_without_updates"), 6.0);
    QVERIFY2(findMeasure(ms, "seconds_without_updates")->detail.contains("4 with no data"),
             qPrintable(findMeasure(ms, "seconds_without_updates")->detail));
    QCOMPARE(value(ms, "publish_failed_total"), 200.0);
    QCOMPARE(value(ms, "lost_total"), 200.0);
    QVERIFY(!findMeasure(ms, "run_interrupted"));
  }

  void redisAwayUntilTheEnd() {
    // Redis never came back after second 20: nothing more arrived, the subscriber's task was
    // stopped at the end (its stopping event never reached anyone).
    RunData r = outageRun();
    r.metrics.removeIf([](const MetricSample& m) { return m.second >= S0 + 20; });
    r.events.removeLast();
    TaskRecord t;
    t.tUs = at(29.6);
    t.task.instance = QStringLiteral("subscriber.1.1");
    t.task.service = QStringLiteral("subscriber");
    t.task.state = TaskState::Stopped;
    r.tasks << t;
    const QList<Measure> ms = computeSummary(r);
    // 6 as above, plus 20..28 (no data until the task stopped in second 29).
    QCOMPARE(value(ms, "seconds_without_updates"), 15.0);
    QVERIFY(findMeasure(ms, "seconds_without_updates")->detail.contains("13 with no data"));
  }

  void redisAwayThroughAMigration() {
    // As above, and the subscriber was migrated at 22 s: its old task stopped, the new one
    // ran (never reaching Redis) until the end. Still deployed: counted until second 29.
    RunData r = outageRun();
    r.metrics.removeIf([](const MetricSample& m) { return m.second >= S0 + 20; });
    r.events.removeLast();
    for (const auto& [s, inst, state] : {std::tuple{22.2, "subscriber.1.1", TaskState::Stopped},
                                         std::tuple{22.9, "subscriber.2.1", TaskState::Running},
                                         std::tuple{29.6, "subscriber.2.1", TaskState::Stopped}}) {
      TaskRecord t;
      t.tUs = at(s);
      t.task.instance = QString::fromLatin1(inst);
      t.task.service = QStringLiteral("subscriber");
      t.task.state = state;
      r.tasks << t;
    }
    QCOMPARE(value(computeSummary(r), "seconds_without_updates"), 15.0);
  }

  void publisherWithNothingToSendExcuses() {
    RunData r = outageRun();
    for (auto& m : r.metrics)
      if (m.second == S0 + 14 || m.second == S0 + 15) m.failed = m.lost = 0;
    // 14..15: the publisher reported 0 sent and 0 failed: not a silent second.
    QCOMPARE(value(computeSummary(r), "seconds_without_updates"), 4.0);
  }

  void droppedSecondsAreNoData() {
    RunData r = outageRun();
    for (auto& m : r.metrics)
      if (m.second == S0 + 14) m.droppedS = 4;  // the agents' buffers dropped 10..13
    const QList<Measure> ms = computeSummary(r);
    QCOMPARE(value(ms, "seconds_without_updates"), 6.0);
    QVERIFY(findMeasure(ms, "lost_total")->detail.contains("8 agent-seconds dropped"));
    QVERIFY(findMeasure(ms, "publish_failed_total")->detail.contains("at least"));
    // dropped_s survives the CSV files.
    QTemporaryDir dir;
    QString error;
    QVERIFY2(exportRun(r, ms, dir.path(), &error), qPrintable(error));
    const auto back = importRun(dir.path(), &error);
    QVERIFY2(back, qPrintable(error));
    qint64 dropped = 0;
    for (const auto& m : back->metrics) dropped += m.droppedS;
    QCOMPARE(dropped, 8);
  }

  void perSecondHasNoZeroForNoData() {
    RunData r = outageRun();
    r.metrics.removeIf([](const MetricSample& m) {
      return m.second == S0 + 5 && m.kind == QLatin1String("publisher");
    });
    const auto ps = perSecond(r);
    for (const auto& s : ps) {
      QVERIFY(s.second < S0 + 10 || s.second > S0 + 13);  // absent, not zero
      QCOMPARE(s.publishData, s.second != S0 + 5);
    }
  }

  void interruptedRunIsMarked() {
    RunData r = outageRun();
    r.interrupted = true;
    const QList<Measure> ms = computeSummary(r);
    QVERIFY(findMeasure(ms, "run_interrupted"));
    QTemporaryDir dir;
    QString error;
    QVERIFY2(exportRun(r, ms, dir.path(), &error), qPrintable(error));
    const auto back = importRun(dir.path(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->interrupted);
    const auto summary = importSummary(dir.path(), &error);
    QVERIFY(summary && findMeasure(*summary, "run_interrupted"));
  }

  void liveShowsNoDataOnceMetricsStop() {
    Telemetry telemetry(TelemetryOptions{});  // never started: the test emits its signals
    Recorder rec(nullptr, &telemetry);
    rec.start(QStringLiteral("live"));
    for (qint64 s = 0; s < 5; ++s) {
      emit telemetry.metricSample(sample("publisher", "publisher.1.1", "manager", s, 500));
      emit telemetry.metricSample(sample("subscriber", "subscriber.1.1", "pi1", s, 480));
    }
    Recorder::Live l = rec.liveAt(S0 + 4);
    QCOMPARE(l.published, std::optional<qint64>(500));
    QCOMPARE(l.updates.value(QStringLiteral("pi1")), std::optional<qint64>(480));
    // Redis away: seconds 5.. never arrive. The figures say so, not 500/s.
    l = rec.liveAt(S0 + 6);
    QVERIFY(!l.published);
    QVERIFY(l.updates.contains(QStringLiteral("pi1")));
    QVERIFY(!l.updates.value(QStringLiteral("pi1")));
    QVERIFY(!l.lagP50Us);
    // Long gone: the node is no longer listed.
    QVERIFY(rec.liveAt(S0 + 4 + Recorder::kLiveForgetS + 1).updates.isEmpty());
  }

  void journalReadBackAfterAKill() {
    QTemporaryDir dir;
    Telemetry telemetry(TelemetryOptions{});
    Recorder rec(nullptr, &telemetry);
    RunJournal journal(&rec, dir.path());
    rec.start(QStringLiteral("journaled"));
    const RunData full = outageRun();
    for (const auto& m : full.metrics) emit telemetry.metricSample(m);
    for (const auto& e : full.events) emit telemetry.agentEvent(e);
    // The timer hands the rows to the OS without any call from us.
    const QString mpath = dir.filePath(RunJournal::metricsFileName());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(mpath).size() > 1000, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(
        journal.bytesWritten(),
        QFileInfo(mpath).size() + QFileInfo(dir.filePath(RunJournal::eventsFileName())).size(),
        5000);
    QVERIFY(journal.error().isEmpty());
    // A writer killed in the middle of a row: that row is dropped, the rest is read.
    {
      QFile f(mpath);
      QVERIFY(f.open(QIODevice::Append));
      f.write("1700000029,subscriber.1.1,pi1,subscr");
    }
    QString error;
    auto r = reportRunFolder(dir.path(), true, &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(r->run.interrupted);  // no end row
    QCOMPARE(r->run.metrics.size(), full.metrics.size());
    QCOMPARE(r->run.events.size(), full.events.size());
    QVERIFY(findMeasure(r->summary, "run_interrupted"));
    QVERIFY2(r->writeError.isEmpty(), qPrintable(r->writeError));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("summary.csv"))));
    // The recording ends: the end row makes it a finished run.
    rec.stop();
    r = reportRunFolder(dir.path(), false, &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(!r->run.interrupted);
    QVERIFY(!findMeasure(r->summary, "run_interrupted"));
  }

  void commandRowsOfAJournalMerge() {
    QTemporaryDir dir;
    Telemetry telemetry(TelemetryOptions{});
    Recorder rec(nullptr, &telemetry);
    RunJournal journal(&rec, dir.path());
    rec.start(QStringLiteral("commands"));
    CommandRecord c;
    c.id = 7;
    c.kind = CommandKind::Deploy;
    c.service = QStringLiteral("subscriber");
    c.issuedUs = at(1);
    emit rec.commandRecorded(c);  // issued
    c.finishedUs = at(2);
    c.ok = true;
    emit rec.commandRecorded(c);  // finished
    journal.flush();
    QString error;
    const auto r = reportRunFolder(dir.path(), false, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->run.commands.size(), 1);
    QVERIFY(r->run.commands[0].ok);
    QCOMPARE(r->run.commands[0].finishedUs, at(2));
  }

  void badFoldersAreNamed() {
    QString error;
    QVERIFY(!reportRunFolder(QStringLiteral("/nonexistent/run"), false, &error));
    QVERIFY2(error.contains("/nonexistent/run") && error.contains("expected a run folder"),
             qPrintable(error));
    QTemporaryDir empty;
    QVERIFY(!reportRunFolder(empty.path(), false, &error));
    QVERIFY2(error.contains(empty.path()) && error.contains("journal-events.csv") &&
                 error.contains("metrics.csv and events.csv"),
             qPrintable(error));
    // A journal whose metrics row is not a number: the file, line and column are named.
    QTemporaryDir bad;
    QFile ev(bad.filePath(RunJournal::eventsFileName()));
    QVERIFY(ev.open(QIODevice::WriteOnly));
    ev.write(csvRecord(runcsv::eventsHeader()).toUtf8());
    RunData start = outageRun();
    ev.write(csvRecord(runcsv::startRow(start)).toUtf8());
    ev.close();
    QFile mf(bad.filePath(RunJournal::metricsFileName()));
    QVERIFY(mf.open(QIODevice::WriteOnly));
    mf.write(csvRecord(runcsv::metricsHeader()).toUtf8());
    mf.write("soon,publisher.1.1,manager,publisher,1,0,,,,,\r\n");
    mf.close();
    QVERIFY(!reportRunFolder(bad.path(), false, &error));
    QVERIFY2(error.contains(RunJournal::metricsFileName()) && error.contains("line 2") &&
                 error.contains("lab_second"),
             qPrintable(error));
    // Events without a start row.
    QVERIFY(ev.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ev.write(csvRecord(runcsv::eventsHeader()).toUtf8());
    ev.close();
    QVERIFY(mf.open(QIODevice::WriteOnly | QIODevice::Truncate));
    mf.write(csvRecord(runcsv::metricsHeader()).toUtf8());
    mf.close();
    QVERIFY(!reportRunFolder(bad.path(), false, &error));
    QVERIFY2(error.contains(RunJournal::eventsFileName()) && error.contains("\"start\""),
             qPrintable(error));
  }

  void journalWriteErrorIsReported() {
    if (!QFileInfo::exists(QStringLiteral("/dev/full"))) QSKIP("no /dev/full here");
    QTemporaryDir dir;
    QVERIFY(QFile::link(QStringLiteral("/dev/full"), dir.filePath(RunJournal::metricsFileName())));
    Telemetry telemetry(TelemetryOptions{});
    Recorder rec(nullptr, &telemetry);
    RunJournal journal(&rec, dir.path());
    QSignalSpy failed(&journal, &RunJournal::failed);
    rec.start(QStringLiteral("full"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QVERIFY2(failed.at(0).at(0).toString().contains(RunJournal::metricsFileName()),
             qPrintable(failed.at(0).at(0).toString()));
  }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
