// Charts: data reaches the series, ring buffers stay bounded, decimation keeps the extremes;
// the charts summarise many subscribers, drill down from the legend (real mouse clicks), show
// the values under the cursor (real mouse moves), split lines at gaps, never overlap marker
// labels, and export PNG and SVG.
#include <QApplication>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <random>

#include "ChartPanel.h"
#include "ChartStore.h"
#include "RingBuffer.h"
#include "SeriesNameDelegate.h"
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
    // Summaries only, until an instance is drilled down.
    QVERIFY(!panel.lineSeries("rate:publisher.1.1"));
    QVERIFY(panel.lineSeries("sum:pub:"));
    panel.setInstanceShown("publisher.1.1", true);
    panel.setInstanceShown("subscriber.1.1", true);
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

  /// n subscribers on pi1..pin and a publisher, `seconds` seconds of metrics from t0.
  static void feed(ChartPanel& panel, int n, qint64 t0, int seconds, int skipFrom = -1,
                   int skipTo = -1) {
    for (int s = 0; s < seconds; ++s) {
      if (s >= skipFrom && s < skipTo) continue;
      MetricSample pub;
      pub.second = t0 + s;
      pub.kind = "publisher";
      pub.instance = "publisher.1.1";
      pub.node = "manager";
      pub.count = 500;
      panel.addMetric(pub);
      for (int i = 1; i <= n; ++i) {
        MetricSample sub;
        sub.second = t0 + s;
        sub.kind = "subscriber";
        sub.instance = QStringLiteral("subscriber.%1.1").arg(i);
        sub.node = QStringLiteral("pi%1").arg(i);
        sub.count = 500 - i;  // the minimum is the last one's
        sub.lagP50Us = 1000;
        sub.lagP99Us = 1000 * i;  // the worst is the last one's
        panel.addMetric(sub);
      }
    }
  }

  /// A shown panel fed by feed(n subscribers, `seconds`) and drawn once.
  static ChartPanel* fedPanel(std::unique_ptr<ChartPanel>& holder, int n, int seconds) {
    auto* panel = shownPanel(holder);
    if (!panel) return nullptr;
    feed(*panel, n, 1'800'000'000, seconds);
    panel->tick();
    return panel;
  }

  static ChartPanel* shownPanel(std::unique_ptr<ChartPanel>& holder) {
    holder = std::make_unique<ChartPanel>();
    holder->resize(900, 700);
    holder->show();
    if (!QTest::qWaitForWindowExposed(holder.get())) return nullptr;
    QHash<QString, Layer> layers{{"manager", Layer::Enterprise}};
    for (int i = 1; i <= 30; ++i) layers.insert(QStringLiteral("pi%1").arg(i), Layer::Sensing);
    holder->setNodeLayers(layers);
    return holder.get();
  }

  void thirtySubscribersGiveFourSeries() {
    std::unique_ptr<ChartPanel> holder;
    auto* panel = fedPanel(holder, 30, 60);
    QVERIFY(panel);
    QCOMPARE(panel->shownKeys().size(), 4);
    QCOMPARE(panel->lineCount(), 4);
    auto last = [panel](const QString& k) {
      auto* l = panel->lineSeries(k);
      return l && l->count() ? l->at(l->count() - 1).y() : -1.0;
    };
    QCOMPARE(last("sum:pub:enterprise"), 500.0);
    QCOMPARE(last("sum:min:sensing"), 470.0);
    QCOMPARE(last("sum:mean:sensing"), 500.0 - 15.5);
    QCOMPARE(last("sum:p99:sensing"), 30.0);  // ms
    // The legend lists the four summaries; the instances are under them, not drawn.
    QVERIFY(panel->legendItem("sum:min:sensing"));
    QCOMPARE(panel->legendItem("sum:min:sensing")->childCount(), 30);
    QCOMPARE(panel->legendItem("subscriber.7.1")->checkState(0), Qt::Unchecked);
  }

  // Instances are listed by node in natural order, whatever order they report in.
  void legendListsInstancesByNode() {
    std::unique_ptr<ChartPanel> holder;
    auto* panel = shownPanel(holder);
    QVERIFY(panel);
    for (const int i : {10, 2, 30, 1, 21}) {
      MetricSample sub;
      sub.second = 1'800'000'000;
      sub.kind = "subscriber";
      sub.instance = QStringLiteral("subscriber-%1.1.1").arg(i);
      sub.node = QStringLiteral("pi%1").arg(i);
      sub.count = 500;
      panel->addMetric(sub);
    }
    panel->tick();
    auto* group = panel->legendItem("sum:min:sensing");
    QVERIFY(group);
    QStringList order;
    for (int c = 0; c < group->childCount(); ++c) order << group->child(c)->text(0);
    QCOMPARE(order, QStringList({"subscriber-1.1.1 on pi1", "subscriber-2.1.1 on pi2",
                                 "subscriber-10.1.1 on pi10", "subscriber-21.1.1 on pi21",
                                 "subscriber-30.1.1 on pi30"}));
  }

  void legendClickDrillsDown() {
    std::unique_ptr<ChartPanel> holder;
    auto* panel = fedPanel(holder, 3, 30);
    QVERIFY(panel);
    auto* tree = panel->legend();
    auto* group = panel->legendItem("sum:min:sensing");
    QVERIFY(group);
    tree->expandItem(group);
    auto* child = panel->legendItem("subscriber.2.1");
    QVERIFY(child);
    auto click = [tree](QTreeWidgetItem* it) {
      const QPoint at = tree->visualItemRect(it).center();
      QTest::mousePress(tree->viewport(), Qt::LeftButton, {}, at);
      QTest::mouseRelease(tree->viewport(), Qt::LeftButton, {}, at);
    };
    click(child);
    panel->tick();
    QVERIFY(panel->isShown("rate:subscriber.2.1"));
    QVERIFY(panel->lineSeries("rate:subscriber.2.1"));
    QVERIFY(panel->lineSeries("p99:subscriber.2.1"));
    QCOMPARE(child->checkState(0), Qt::Checked);
    QVERIFY(!panel->lineSeries("rate:subscriber.1.1"));
    // A second click hides it again; a click on a summary hides the summary.
    click(child);
    panel->tick();
    QVERIFY(!panel->lineSeries("rate:subscriber.2.1"));
    click(group);
    panel->tick();
    QVERIFY(!panel->lineSeries("sum:min:sensing"));
    QVERIFY(panel->lineSeries("sum:mean:sensing"));
    // Chips selected on the topology drill down the same way.
    panel->setFocusInstances({"subscriber.3.1"});
    panel->tick();
    QVERIFY(panel->lineSeries("rate:subscriber.3.1"));
    panel->setFocusInstances({});
    panel->tick();
    QVERIFY(!panel->lineSeries("rate:subscriber.3.1"));
    // The legend collapses.
    panel->setLegendVisible(false);
    QVERIFY(!tree->isVisible());
  }

  void hoverShowsValuesAtCursor() {
    std::unique_ptr<ChartPanel> holder;
    auto* panel = fedPanel(holder, 2, 40);
    QVERIFY(panel);
    auto* view = panel->rateView();
    QTRY_VERIFY(view->chart()->plotArea().width() > 100);
    const QRectF plot = view->chart()->plotArea();
    const QPoint at = view->mapFromScene(QPointF(plot.center().x(), plot.center().y()));
    QTest::mouseMove(view->viewport(), at);
    QTRY_VERIFY(!view->hoverLines().isEmpty());
    const QString text = view->hoverLines().join('\n');
    QVERIFY2(text.contains(panel->seriesLabel("sum:min:sensing") + ": 498"), qPrintable(text));
    QVERIFY2(text.contains(panel->seriesLabel("sum:pub:enterprise") + ": 500"), qPrintable(text));
    // Outside the plot, no cursor.
    QTest::mouseMove(view->viewport(), QPoint(2, 2));
    QTRY_VERIFY(view->hoverLines().isEmpty());
  }

  void missingSecondsAreGaps() {
    std::unique_ptr<ChartPanel> holder;
    auto* panel = shownPanel(holder);
    QVERIFY(panel);
    feed(*panel, 1, 1'800'000'000, 40, 10, 20);  // nothing from second 10 to 19
    panel->setInstanceShown("subscriber.1.1", true);
    panel->tick();
    QCOMPARE(panel->segments("sum:pub:enterprise").size(), 2);
    QCOMPARE(panel->segments("rate:subscriber.1.1").size(), 2);
    const auto segs = panel->segments("rate:subscriber.1.1");
    QVERIFY(segs[0]->at(segs[0]->count() - 1).x() < 10);
    QVERIFY(segs[1]->at(0).x() >= 20);
  }

  void markerLabelsNeverOverlap() {
    std::unique_ptr<ChartPanel> holder;
    auto* panel = shownPanel(holder);
    QVERIFY(panel);
    const qint64 t0 = 1'800'000'000;
    feed(*panel, 1, t0, 60);
    // Ten actions within three seconds: more than the rows can hold.
    for (int i = 0; i < 10; ++i)
      panel->addMarker(t0 + 30 + i * 0.3, QStringLiteral("deploy subscriber%1: 18 ms").arg(i),
                       Qt::darkGreen);
    panel->tick();
    panel->grab();  // paints the views
    auto* view = panel->rateView();
    const auto rects = view->labelRects();
    for (int i = 0; i < rects.size(); ++i)
      for (int j = i + 1; j < rects.size(); ++j)
        QVERIFY2(!rects[i].intersects(rects[j]), "two marker labels overlap");
    const auto groups = view->groups();
    QVERIFY(!groups.isEmpty());
    int grouped = 0;
    for (const auto& g : groups) grouped += g.second.size();
    QCOMPARE(rects.size() - groups.size() + grouped, 10);  // every marker is shown somewhere
    // Hovering a "+N" badge lists its markers.
    QTest::mouseMove(view->viewport(), view->mapFromScene(groups.first().first.center()));
    QTRY_VERIFY(view->lastGroupToolTip().contains(groups.first().second.first()));
  }

  void plannedStepsShowAhead() {
    std::unique_ptr<ChartPanel> holder;
    auto* panel = shownPanel(holder);
    QVERIFY(panel);
    const double t0 = 1'800'000'000;
    panel->startAt(t0, 90);
    panel->addPlannedMarker(60, "migrate subscriber", Qt::magenta);
    panel->tick();
    QCOMPARE(panel->rateChart()->axes(Qt::Horizontal).first()->property("min").toDouble(), 0.0);
    QVERIFY(panel->rateChart()->axes(Qt::Horizontal).first()->property("max").toDouble() >= 90);
    feed(*panel, 1, qint64(t0), 70);
    panel->tick();
    QVERIFY(panel->markers().isEmpty());  // its time has passed
  }

  void exportsPngAndSvg() {
    std::unique_ptr<ChartPanel> holder;
    auto* panel = shownPanel(holder);
    QVERIFY(panel);
    feed(*panel, 2, 1'800'000'000, 30);
    QTemporaryDir dir;
    QString err;
    const QString png = dir.filePath("c.png"), svg = dir.filePath("c.svg");
    QVERIFY2(panel->exportImage(png, 300, &err), qPrintable(err));
    QVERIFY2(panel->exportImage(svg, 300, &err), qPrintable(err));
    const QImage img(png);
    QVERIFY(img.width() >= 3 * panel->rateView()->width());
    QCOMPARE(qRound(img.dotsPerMeterX() * 0.0254), 300);
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray s = f.readAll();
    QVERIFY(s.contains("<svg"));
    QVERIFY(s.contains("<polyline") || s.contains("<path"));
    QVERIFY(!panel->exportImage(dir.filePath("no/such/dir/c.png"), 300, &err));
    QVERIFY(err.contains("no/such/dir"));
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

  // The Displays dock of a classroom: by node in natural order, whatever order they come in.
  void mirrorsAreListedByNode() {
    DisplayMirrorPanel panel;
    panel.setInstances({"subscriber-10.1.1", "subscriber-2.1.1", "subscriber-1.1.1"},
                       {"pi10", "pi2", "pi1"});
    QCOMPARE(panel.instances(),
             QStringList({"subscriber-1.1.1", "subscriber-2.1.1", "subscriber-10.1.1"}));
  }

  // Issue 13: the Series list shortens a long instance name in its middle and keeps the node:
  // "subscriber-16.1.1 on pi16" stays told apart from "subscriber-10.1.1 on pi10" when narrow.
  void seriesNamesKeepTheirEnds_data() {
    QTest::addColumn<int>("chars");  ///< room, in average character widths
    QTest::newRow("roomy") << 40;
    QTest::newRow("1366x768 list") << 18;
    QTest::newRow("narrow") << 14;
    QTest::newRow("very narrow") << 10;
  }
  void seriesNamesKeepTheirEnds() {
    QFETCH(int, chars);
    const QFontMetrics fm(QApplication::font());
    const int width = chars * fm.averageCharWidth();
    const QString name = QStringLiteral("subscriber-16.1.1");
    const QString text = QStringLiteral("%1 on pi16").arg(name);
    const QString shown = SeriesNameDelegate::fit(fm, text, name, width);
    qInfo("%d chars: '%s'", chars, qPrintable(shown));
    QVERIFY2(fm.horizontalAdvance(shown) <= width, qPrintable(shown));
    // The node always; with room for a few letters of the name, its start and its end too.
    QVERIFY2(shown.endsWith(QStringLiteral("on pi16")), qPrintable(shown));
    if (chars > 10) {
      QVERIFY2(shown.endsWith(QStringLiteral("1 on pi16")), qPrintable(shown));
      QVERIFY2(shown.startsWith(QLatin1Char('s')), qPrintable(shown));
    }
    if (fm.horizontalAdvance(text) <= width) QCOMPARE(shown, text);
    // The list's rows keep the whole text in their tool tip.
    ChartPanel panel;
    panel.setNodeLayers({{QStringLiteral("pi16"), Layer::Sensing}});
    MetricSample m;
    m.kind = QStringLiteral("subscriber");
    m.instance = name;
    m.node = QStringLiteral("pi16");
    m.second = 1'800'000'000;
    m.count = 500;
    panel.addMetric(m);
    QTreeWidgetItem* item = panel.legendItem(name);
    QVERIFY(item);
    QCOMPARE(item->toolTip(0), text);
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
