// labSecond, LagHistogram (percentiles without samples, against exact percentiles of random
// data), GapDetector and the per-second MetricsReporter.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "Reporting.hpp"
#include "Stats.hpp"

using namespace swarmlab::agents;

namespace {
std::int64_t exactPercentile(std::vector<std::int64_t> v, double q) {
  std::sort(v.begin(), v.end());
  auto rank = static_cast<std::size_t>(std::ceil(q * double(v.size())));
  rank = std::clamp<std::size_t>(rank, 1, v.size());
  return v[rank - 1];
}
}  // namespace

class TestStats : public QObject {
  Q_OBJECT
 private slots:
  void labSecondFloors() {
    QCOMPARE(labSecond(0), 0);
    QCOMPARE(labSecond(999'999), 0);
    QCOMPARE(labSecond(1'000'000), 1);
    QCOMPARE(labSecond(-1), -1);
    QCOMPARE(labSecond(-1'000'000), -1);
    QCOMPARE(labSecond(-1'000'001), -2);
  }

  void histogramBucketsAreContiguous() {
    for (int b = 1; b < LagHistogram::kBuckets; ++b) {
      QCOMPARE(LagHistogram::bucketLow(b), LagHistogram::bucketHigh(b - 1) + 1);
    }
    for (std::int64_t v :
         {0LL, 1LL, 63LL, 64LL, 65LL, 127LL, 128LL, 1000LL, 123456789LL, 1LL << 40}) {
      int b = LagHistogram::bucketOf(v);
      QVERIFY2(LagHistogram::bucketLow(b) <= v && v <= LagHistogram::bucketHigh(b),
               qPrintable(QString::number(v)));
    }
  }

  void histogramMatchesExactPercentiles_data() {
    QTest::addColumn<int>("dist");
    QTest::addColumn<int>("n");
    QTest::newRow("uniform 50-300 us") << 0 << 20000;
    QTest::newRow("lognormal, heavy tail") << 1 << 50000;
    QTest::newRow("exponential ms") << 2 << 7;
    QTest::newRow("mostly small with spikes") << 3 << 10000;
  }
  void histogramMatchesExactPercentiles() {
    QFETCH(int, dist);
    QFETCH(int, n);
    std::mt19937_64 rng(1234 + dist);
    std::uniform_int_distribution<std::int64_t> uni(50, 300);
    std::lognormal_distribution<double> logn(4.5, 1.0);
    std::exponential_distribution<double> expo(1.0 / 5000.0);
    std::bernoulli_distribution spike(0.02);
    std::vector<std::int64_t> v;
    LagHistogram h;
    for (int i = 0; i < n; ++i) {
      std::int64_t x = 0;
      switch (dist) {
        case 0:
          x = uni(rng);
          break;
        case 1:
          x = std::int64_t(logn(rng));
          break;
        case 2:
          x = std::int64_t(expo(rng));
          break;
        default:
          x = spike(rng) ? 100000 + uni(rng) * 1000 : uni(rng) / 5;
          break;
      }
      v.push_back(x);
      h.add(x);
    }
    QCOMPARE(h.count(), std::uint64_t(n));
    QCOMPARE(h.max(), *std::max_element(v.begin(), v.end()));
    QCOMPARE(h.min(), *std::min_element(v.begin(), v.end()));
    for (double q : {0.0, 0.5, 0.9, 0.99, 0.999, 1.0}) {
      const std::int64_t exact = exactPercentile(v, q);
      const std::int64_t est = h.percentile(q);
      // within the bucket: half a bucket width, i.e. <= 1/64 relative (exact below 64 us)
      const double tol = std::max(1.0, double(exact) / 32.0);
      QVERIFY2(std::abs(double(est - exact)) <= tol,
               qPrintable(QStringLiteral("q=%1 exact=%2 histogram=%3").arg(q).arg(exact).arg(est)));
    }
    h.reset();
    QCOMPARE(h.count(), 0u);
    QCOMPARE(h.percentile(0.5), 0);
  }

  void histogramClampsNegativeAndHuge() {
    LagHistogram h;
    h.add(-50);  // a small negative lag from clock-offset error counts as 0
    QCOMPARE(h.max(), 0);
    h.add(std::int64_t(1) << 50);
    QCOMPARE(h.max(), std::int64_t(1) << 50);
    QCOMPARE(h.percentile(1.0), std::int64_t(1) << 50);
  }

  void gapDetector() {
    GapDetector g;
    std::int64_t now = 1'700'000'000'000'000;
    auto see = [&](std::uint64_t seq) {
      now += 2000;  // a message every 2 ms
      return g.see(seq, now);
    };
    QCOMPARE(see(10), 0u);  // the first message is never a gap
    QCOMPARE(see(11), 0u);
    QCOMPARE(see(15), 3u);  // 12, 13, 14
    QCOMPARE(see(15), 0u);  // duplicate
    QCOMPARE(see(1), 0u);   // publisher restarted
    QCOMPARE(g.restarts(), 1u);
    QCOMPARE(see(3), 1u);
    QCOMPARE(g.lostTotal(), 4u);
  }

  // A start-first publisher restart: the old publisher (seq ~500000) and the new one (from 1)
  // interleave on the channel for a while. Nothing is lost, so nothing may be counted.
  void gapDetectorInterleavedPublishers() {
    GapDetector g;
    std::int64_t now = 1'700'000'000'000'000;
    auto see = [&](std::uint64_t seq) {
      now += 1000;
      return g.see(seq, now);
    };
    QCOMPARE(see(500000), 0u);
    QCOMPARE(see(500001), 0u);
    QCOMPARE(see(1), 0u);  // new publisher
    QCOMPARE(g.restarts(), 1u);
    for (std::uint64_t i = 0; i < 100; ++i) {
      QCOMPARE(see(500002 + i), 0u);
      QCOMPARE(see(2 + i), 0u);
    }
    QCOMPARE(see(103), 1u);     // the new one skips 102: one lost, in its own stream
    QCOMPARE(see(500105), 3u);  // the old one skips 500102..500104
    QCOMPARE(g.lostTotal(), 4u);
    QCOMPARE(g.restarts(), 1u);
  }

  // Issue 11: a seq near UINT64_MAX, or a jump further ahead than one message per microsecond
  // since the stream's last message (plus the slack), is refused and counts nothing.
  void gapDetectorRefusesImpossibleJumps() {
    GapDetector g;
    const std::int64_t t0 = 1'700'000'000'000'000;
    QCOMPARE(g.see(100, t0), 0u);
    QVERIFY(!g.see(std::numeric_limits<std::uint64_t>::max(), t0 + 2000));
    QVERIFY(!g.see(std::numeric_limits<std::uint64_t>::max() - 1, t0 + 2000));
    QVERIFY(!g.see(GapDetector::kMaxSeq + 1, t0 + 2000));
    // 2 ms after the last message: at most 2000 + kJumpSlack numbers skipped
    const std::uint64_t most = 2000 + GapDetector::kJumpSlack;
    QVERIFY(!g.see(101 + most + 1, t0 + 2000));
    QCOMPARE(g.lostTotal(), 0u);
    QCOMPARE(g.see(101 + most, t0 + 2000), most);  // the largest jump allowed
    // an outage: 10 s without messages allows 10 million more
    QCOMPARE(g.see(102 + most + 9'000'000, t0 + 10'002'000), 9'000'000u);
    QCOMPARE(g.restarts(), 0u);
    // a refused message did not move the stream: the next real one continues it
    QCOMPARE(g.see(103 + most + 9'000'000, t0 + 10'004'000), 0u);
  }

  void metricsReporterOneEntryPerSecond() {
    swarmlab::wire::Keys keys;
    MetricsReporter pub(keys, {swarmlab::wire::kKindPublisher, "p1", "n1"}, false);
    const std::int64_t base = 1'700'000'000'000'000;
    for (int i = 0; i < 500; ++i) pub.published(base + i * 2000);
    pub.failed(base + 999'999, 2);
    QVERIFY(!pub.hasPending());
    pub.tick(base + 3'100'000);  // two silent seconds in between get count 0 entries
    QCOMPARE(pub.pending().size(), std::size_t(3));
    QCOMPARE(pub.pending()[0].count, 500u);
    QCOMPARE(pub.pending()[0].failed, 2u);
    QCOMPARE(pub.pending()[1].count, 0u);
    auto args = pub.xaddArgs(pub.pending()[0]);
    QStringList a;
    for (auto& s : args) a << QString::fromStdString(s);
    QCOMPARE(a.mid(0, 6).join(' '), QStringLiteral("XADD swarmlab:metrics MAXLEN ~ 200000 *"));
    QCOMPARE(a.mid(6).join(' '),
             QStringLiteral("kind publisher instance p1 node n1 t 1700000000 count 500 failed 2"));
    pub.confirm(SentBatch{2, pub.pending()[1].id});
    QCOMPARE(pub.pending().size(), std::size_t(1));

    MetricsReporter sub(keys, {swarmlab::wire::kKindSubscriber, "s1", "n1"}, true);
    for (int i = 1; i <= 100; ++i) sub.updated(base + i, i);
    sub.lost(base + 5, 7);
    sub.closeOpen();
    QCOMPARE(sub.pending().size(), std::size_t(1));
    const auto& e = sub.pending()[0];
    QCOMPARE(e.count, 100u);
    QCOMPARE(e.lagP50, 50);
    QVERIFY(std::abs(e.lagP99 - 99) <= 1);  // buckets are 2 us wide from 64 to 127
    QCOMPARE(e.lagMax, 100);
    QCOMPARE(e.lost, 7u);
    args = sub.xaddArgs(e);
    a.clear();
    for (auto& s : args) a << QString::fromStdString(s);
    QCOMPARE(a.mid(6).join(' '),
             QStringLiteral("kind subscriber instance s1 node n1 t 1700000000 count "
                            "100 lag_p50_us 50 lag_p99_us 98 lag_max_us 100 lost 7 bad 0"));
  }

  // Redis away longer than the queue holds: the oldest seconds are dropped, and the oldest
  // entry still queued says how many (dropped_s), so the console shows them as "no data".
  void metricsQueueOverflowIsReported() {
    swarmlab::wire::Keys keys;
    MetricsReporter pub(keys, {swarmlab::wire::kKindPublisher, "p1", "n1"}, false, 5);
    const std::int64_t base = 1'700'000'000'000'000;
    for (int s = 0; s < 8; ++s) pub.failed(base + s * 1'000'000, 500);
    pub.closeOpen();  // seconds 0..7 closed: 8 entries into a queue of 5
    QCOMPARE(pub.pending().size(), std::size_t(5));
    QCOMPARE(pub.dropped(), 3u);
    QCOMPARE(pub.pending()[0].second, 1'700'000'003);
    QCOMPARE(pub.pending()[0].droppedBefore, 3u);
    QCOMPARE(pub.pending()[1].droppedBefore, 0u);
    QStringList a;
    for (auto& s : pub.xaddArgs(pub.pending()[0])) a << QString::fromStdString(s);
    QVERIFY2(a.join(' ').endsWith("t 1700000003 count 0 failed 500 dropped_s 3"),
             qPrintable(a.join(' ')));
    a.clear();
    for (auto& s : pub.xaddArgs(pub.pending()[1])) a << QString::fromStdString(s);
    QVERIFY2(!a.contains("dropped_s"), qPrintable(a.join(' ')));
    // one more drop: the count moves on with the oldest entry, nothing is lost from it
    pub.failed(base + 9'000'000, 1);
    pub.failed(base + 10'000'000, 1);  // closes 9: drops 3, which carried 3
    QCOMPARE(pub.dropped(), 4u);
    QCOMPARE(pub.pending()[0].second, 1'700'000'004);
    QCOMPARE(pub.pending()[0].droppedBefore, 4u);
  }

  // Confirmation by id: entries dropped while a batch is in flight are not confused with it.
  void confirmByIdAfterADrop() {
    swarmlab::wire::Keys keys;
    MetricsReporter pub(keys, {swarmlab::wire::kKindPublisher, "p1", "n1"}, false, 3);
    const std::int64_t base = 1'700'000'000'000'000;
    for (int s = 0; s < 4; ++s) pub.published(base + s * 1'000'000);  // seconds 0..2 closed
    const SentBatch inFlight{2, pub.pending()[1].id};                 // 0 and 1 written
    pub.published(base + 4'000'000);                                  // closes 3: the queue drops 0
    pub.published(base + 5'000'000);                                  // closes 4: the queue drops 1
    pub.confirm(inFlight);  // their replies: nothing else may go
    QCOMPARE(pub.pending().size(), std::size_t(3));
    QCOMPARE(pub.pending()[0].second, 1'700'000'002);
  }

  void eventLogFields() {
    EventLog log(swarmlab::wire::Keys{"lab"}, {swarmlab::wire::kKindSubscriber, "s1", "n1"});
    log.post(swarmlab::wire::Event::Stopped, 123, "updates 5", 100);
    QStringList a;
    for (auto& s : log.xaddArgs(log.pending()[0])) a << QString::fromStdString(s);
    QCOMPARE(a.join(' '),
             QStringLiteral("XADD lab:events MAXLEN ~ 20000 * kind subscriber instance s1 "
                            "node n1 event stopped t_us 123 detail updates 5 last_update_us 100"));
  }
};

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
