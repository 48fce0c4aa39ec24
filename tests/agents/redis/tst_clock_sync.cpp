// Clock sync (agents/redis/ClockSync): which burst's sample is kept as the offset in use.
// The TIME burst itself runs against a real redis-server in tst_redis_link.
#include <QtTest>

#include "ClockSync.hpp"

using namespace swarmlab::redis;

class TestClockSync : public QObject {
  Q_OBJECT
 private slots:
  void clockKeepsTheBestRecentSample() {
    ClockSync c;
    QVERIFY(c.due());
    const std::int64_t s = 1'000'000'000;
    c.addSample({100, 40}, 0);  // good sample
    QCOMPARE(c.offsetUs(), 100);
    c.addSample({900, 2000}, 2 * s);  // bad sample (loaded machine): error bound 1000 us
    QCOMPARE(c.offsetUs(), 100);      // 20 us + 2 s x 50 ppm = 120 us beats it
    c.addSample({120, 30}, 4 * s);
    QCOMPARE(c.offsetUs(), 120);
    // much later, drift makes the old good sample worse than a fresh mediocre one
    c.addSample({300, 200}, 604 * s);  // 100 us vs 15 + 600 s x 50 ppm = 30015 us
    QCOMPARE(c.offsetUs(), 300);
    for (int i = 0; i < ClockSync::kHistory; ++i) c.addSample({50 + i, 1000}, (700 + i) * s);
    QCOMPARE(c.offsetUs(), 57);  // equal RTTs: the freshest wins (the 30 us one has aged out)
  }

  void addSampleReturnsTheOffsetInUse() {
    ClockSync c;
    QCOMPARE(c.addSample({7, 10}, 0), 7);
    QCOMPARE(c.addSample({9, 5000}, 1'000'000'000), 7);
    QCOMPARE(c.rttUs(), 10);
    QVERIFY(c.synced());
  }
};

QTEST_GUILESS_MAIN(TestClockSync)
#include "tst_clock_sync.moc"
