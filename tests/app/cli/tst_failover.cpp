// The replicated mediation layer end to end (issue 12): swarmlab-cli runs
// resources/experiments/gateway-failover.json (two gateways, a redis-server and a real
// redis-sentinel on each and one on the manager); gw1, the primary's gateway, is powered off
// mid-run. The agents follow Sentinel's new primary without restarting, the console's telemetry
// follows it too (the events after the failover are recorded), and the summary holds the
// display gap (measured; the < 3 s target is bench_failover's) and the messages lost, in the CLI's
// table, summary.csv and `report`.
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "CsvExport.h"
#include "Measurements.h"
#include "WireNames.h"

#include "CliRun.h"

using namespace swarmlab;

namespace {
// The target (< 3 s with down-after 1000 ms) is checked by bench_failover on a quiet
// machine; here, with ctest -j and a build beside it, the agents must follow the new primary
// within Sentinel's failover-timeout plus their reconnect (it took 3.4 s once at nice 19 under a
// parallel build), and the gap must be measured.
constexpr double kFollowedWithinMs = 10000;

using clitest::Result;
using clitest::runCli;
}  // namespace

class TestFailover : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() {
    if (QStandardPaths::findExecutable(QStringLiteral("redis-server")).isEmpty()) {
      qInfo("SKIP: no redis-server on PATH");
      std::exit(SWARMLAB_TEST_SKIP_CODE);
    }
  }

  void gatewayFailover() {
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("run"));
    // 20 s: gw1 down at 7.5 s, back at 15 s
    const Result r = runCli(
        {QStringLiteral("run"), QStringLiteral("resources/experiments/gateway-failover.json"),
         QStringLiteral("--duration-scale"), QStringLiteral("0.5"), QStringLiteral("--out"), out},
        120000);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("failover_gap")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("failover_lost")), qPrintable(r.out));

    QString error;
    const auto run = importRun(out, &error);
    QVERIFY2(run, qPrintable(error));
    // the agents followed the new primary without restarting: one `started` per subscriber
    // service, and each resumed on another server than the one it lost
    QMap<QString, int> started;
    QStringList resumed;
    for (const auto& e : run->events) {
      if (e.event == wirenames::kStarted) ++started[serviceOfInstance(*run, e.instance)];
      if (e.event == wirenames::kResumed) resumed << e.instance + ": " + e.detail;
    }
    QCOMPARE(started.value(QStringLiteral("subscriber")), 1);
    QCOMPARE(started.value(QStringLiteral("subscriber-2")), 1);
    QCOMPARE(started.value(QStringLiteral("publisher")), 1);
    const QList<FailoverResume> fr = failoverResumes(*run);
    QVERIFY2(fr.size() >= 2, qPrintable(resumed.join(u'\n') + r.err));
    for (const auto& f : fr) {
      QVERIFY2(f.from != f.to, qPrintable(f.from));
      QVERIFY2(f.gapMs.has_value(), qPrintable(f.instance));
    }

    const QList<Measure> ms = computeSummary(*run);
    const Measure* gap = findMeasure(ms, QStringLiteral("failover_gap"));
    const Measure* lost = findMeasure(ms, QStringLiteral("failover_lost"));
    QVERIFY(gap && lost);
    qInfo("failover_gap %.0f ms (%s); failover_lost %.0f", gap->value, qPrintable(gap->detail),
          lost->value);
    QVERIFY2(std::isfinite(gap->value) && gap->value > 0, qPrintable(gap->detail));
    QVERIFY2(gap->value < kFollowedWithinMs, qPrintable(gap->detail));
    // the publisher kept publishing every 2 ms while the primary was away: lost, and counted
    QVERIFY2(std::isfinite(lost->value) && lost->value > 0, qPrintable(lost->detail));

    // recorded: summary.csv and `report` rebuild the same figures
    const Result rep = runCli({QStringLiteral("report"), out}, 30000);
    QVERIFY2(rep.code == 0, qPrintable(rep.out + rep.err));
    QVERIFY2(rep.out.contains(QStringLiteral("failover_gap")), qPrintable(rep.out));
    QFile summary(out + QStringLiteral("/summary.csv"));
    QVERIFY(summary.open(QIODevice::ReadOnly));
    const QByteArray csv = summary.readAll();
    QVERIFY2(csv.contains("failover_gap,") && csv.contains("failover_lost,"), csv.constData());
  }
};

QTEST_GUILESS_MAIN(TestFailover)
#include "tst_failover.moc"
