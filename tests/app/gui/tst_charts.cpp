// Charts: data reaches the series, ring buffers stay bounded, decimation keeps the extremes.
#include <QApplication>
#include <QTest>
#include <random>

#include "ChartPanel.h"
#include "ChartStore.h"
#include "RingBuffer.h"
#include "SevenSegmentWidget.h"

using namespace swarmlab;

class TstCharts : public QObject {
  Q_OBJECT
 private slots:
  void ringBufferIsBounded() {
    RingBuffer<int> r(100);
    const auto bytes = r.storageBytes();
    for (int i = 0; i < 100000; ++i) r.push(i);
    QCOMPARE(r.size(), std::size_t(100));
    QCOMPARE(r.storageBytes(), bytes);
    QCOMPARE(r.at(0), 99900);  // oldest kept
    QCOMPARE(r.back(), 99999);
  }

  void storeStaysBoundedAfterManySamples() {
    ChartStore store(600);
    for (int i = 0; i < 600; ++i) store.append("a", "a", ChartKind::Rate, i, i);
    const auto bytes = store.storageBytes();
    const auto points = store.totalPoints();
    for (int i = 600; i < 200000; ++i)
      store.append("a", "a", ChartKind::Rate, i * 0.01 + 600, i % 500);
    QCOMPARE(store.totalPoints(), points);
    QCOMPARE(store.storageBytes(), bytes);
    QCOMPARE(store.series("a")->points.size(), std::size_t(600));
  }

  void decimationKeepsMinAndMax() {
    RingBuffer<QPointF> ring(100000);
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> d(0, 100);
    double maxY = 0, minY = 1e9;
    for (int i = 0; i < 100000; ++i) {
      const double y = d(rng);
      maxY = std::max(maxY, y);
      minY = std::min(minY, y);
      ring.push(QPointF(i * 0.001, y));
    }
    QList<QPointF> out;
    const double yMax = ChartStore::decimate(ring, 0, 100, 500, out);
    QVERIFY(out.size() <= 2 * 500 + 2);
    QVERIFY(out.size() >= 500);
    QCOMPARE(yMax, maxY);
    double outMin = 1e9;
    for (int i = 1; i < out.size(); ++i) QVERIFY(out[i].x() >= out[i - 1].x());
    for (const auto& p : out) outMin = std::min(outMin, p.y());
    QCOMPARE(outMin, minY);
    // A window over the last 10 s only reads that part.
    ChartStore::decimate(ring, 90, 100, 100, out);
    QVERIFY(out.first().x() >= 89.9);
  }

  void incrementalDecimationMatchesFull() {
    ChartStore store(50000);
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> d(0, 100);
    MinMaxColumns cache;
    QList<QPointF> inc, full;
    double t = 0;
    for (int chunk = 0; chunk < 200; ++chunk) {
      for (int i = 0; i < 500; ++i, t += 0.002) store.append("s", "s", ChartKind::Lag, t, d(rng));
      const double t1 = t, t0 = t1 - 60;
      ChartStore::decimate(*store.series("s"), t0, t1, 300, cache, inc);
    }
    const double t1 = t, t0 = t1 - 60;
    const double yInc = ChartStore::decimate(*store.series("s"), t0, t1, 300, cache, inc);
    QVERIFY(inc.size() <= 2 * 302);
    // Every sample in the window is inside [min, max] of the incremental output.
    double lo = 1e9, hi = -1e9, loFull = 1e9, hiFull = -1e9;
    for (const auto& p : inc)
      if (p.x() >= t0) {
        lo = std::min(lo, p.y());
        hi = std::max(hi, p.y());
      }
    const auto& ring = store.series("s")->points;
    for (std::size_t i = 0; i < ring.size(); ++i)
      if (ring.at(i).x() >= t0 + 0.2) {
        loFull = std::min(loFull, ring.at(i).y());
        hiFull = std::max(hiFull, ring.at(i).y());
      }
    QVERIFY(lo <= loFull);
    QVERIFY(hi >= hiFull);
    QVERIFY(yInc >= hiFull);
    // Columns before the window were dropped: memory of the cache is bounded by the pixels.
    QVERIFY(cache.columns.size() <= 302);
  }

  void panelReceivesMetrics() {
    ChartPanel panel;
    panel.resize(800, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const qint64 t0 = 1'800'000'000;
    for (int s = 0; s < 2000; ++s) {
      MetricSample pub;
      pub.second = t0 + s;
      pub.kind = "publisher";
      pub.instance = "publisher.1.1";
      pub.count = 500;
      panel.addMetric(pub);
      MetricSample sub = pub;
      sub.kind = "subscriber";
      sub.instance = "subscriber.1.1";
      sub.count = 499;
      sub.lagP50Us = 800;
      sub.lagP99Us = 2500;
      panel.addMetric(sub);
    }
    panel.addMarker(double(t0 + 1990), "migrate subscriber: 40 ms", Qt::magenta);
    panel.tick();
    auto* pub = panel.lineSeries("rate:publisher.1.1");
    auto* sub = panel.lineSeries("rate:subscriber.1.1");
    auto* p99 = panel.lineSeries("p99:subscriber.1.1");
    QVERIFY(pub && sub && p99);
    QVERIFY(pub->count() > 0);
    QVERIFY(pub->count() <= 2 * 800 + 2);
    QCOMPARE(pub->at(pub->count() - 1).y(), 500.0);
    QCOMPARE(p99->at(p99->count() - 1).y(), 2.5);  // ms
    // 2000 s of samples, but only the store's capacity is kept per series.
    QCOMPARE(panel.store().series("rate:publisher.1.1")->points.size(),
             std::min<std::size_t>(2000, panel.store().capacity()));
    QCOMPARE(panel.markers().size(), 1);
    // Paused: new data is kept but not drawn.
    panel.setPaused(true);
    const int before = pub->count();
    const double lastX = pub->at(before - 1).x();
    MetricSample more;
    more.second = t0 + 2000;
    more.kind = "publisher";
    more.instance = "publisher.1.1";
    more.count = 10;
    panel.addMetric(more);
    panel.tick();
    QCOMPARE(pub->at(pub->count() - 1).x(), lastX);
    panel.setPaused(false);
    panel.tick();
    QCOMPARE(pub->at(pub->count() - 1).y(), 10.0);
  }

  void goneInstancesLeaveTheStore() {
    ChartPanel panel;
    MetricSample a;
    a.second = 1000;
    a.kind = "publisher";
    a.instance = "old";
    a.count = 1;
    panel.addMetric(a);
    a.instance = "new";
    for (int s = 0; s < 700; ++s) {
      a.second = 1001 + s;
      panel.addMetric(a);
    }
    panel.tick();
    QVERIFY(!panel.store().series("rate:old"));
    QVERIFY(!panel.lineSeries("rate:old"));
    QVERIFY(panel.store().series("rate:new"));
  }

  void sevenSegmentMirrorFollowsDisplayKey() {
    DisplayMirrorPanel panel;
    panel.setInstances({"subscriber.1.1"}, {"pi1"});
    QCOMPARE(panel.instances(), QStringList({"subscriber.1.1"}));
    auto* m = panel.mirror("subscriber.1.1");
    QVERIFY(m);
    QVERIFY(m->isStale());  // nothing shown yet
    DisplaySnapshot d;
    d.instance = "subscriber.1.1";
    d.valid = true;
    d.seq = 7;
    d.segments = QByteArray::fromHex("3f86db4f66ed7d07");  // 0 1. 2 3 4 5 6 7 (bit 7 = dp on "1")
    panel.updateStates({d});
    QVERIFY(!m->isStale());
    QCOMPARE(int(m->segments()[1]), 0x86);
    QCOMPARE(int(m->segments()[7]), 0x07);
    m->resize(380, 96);
    QImage img(m->size(), QImage::Format_ARGB32);
    m->render(&img);  // draws without a display
    d.valid = false;  // key gone or malformed
    panel.updateStates({d});
    QVERIFY(m->isStale());
    panel.setInstances({}, {});
    QVERIFY(!panel.mirror("subscriber.1.1"));
  }

  void windowIsClamped() {
    ChartPanel panel;
    panel.setWindowSeconds(5);
    QCOMPARE(panel.windowSeconds(), 30);
    panel.setWindowSeconds(100000);
    QCOMPARE(panel.windowSeconds(), 600);
  }
};

QTEST_MAIN(TstCharts)
#include "tst_charts.moc"
