// Issue 13, parts 4 and 5 in the console, with real mouse events: the runs browser lists the
// run folders (a broken one says what is wrong), two runs selected with clicks are compared
// (charts overlaid at time 0, summaries side by side with the paper), exported as CSV and PNG;
// the Record toggle clicked on the tool bar records the user's commands (a chip dragged to
// another node, a restart) and saves a timeline the Experiments tab offers.
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

#include "ComparisonCharts.h"
#include "CsvExport.h"
#include "CsvFile.h"
#include "ExperimentsPanel.h"
#include "FakeOrchestrator.h"
#include "GuiTestUtil.h"
#include "LabController.h"
#include "MainWindow.h"
#include "RecordControl.h"
#include "RunComparison.h"
#include "RunComparisonWindow.h"
#include "RunsPanel.h"
#include "Timeline.h"
#include "TimelineRecorder.h"
#include "TopologyItems.h"
#include "TopologyScene.h"
#include "TopologyView.h"

using namespace swarmlab;
using swarmlab::test::FakeOrchestrator;

namespace {
constexpr qint64 kT0 = 1'700'000'000'000'000;  // lab µs of the runs' start

/// A finished run of `seconds` seconds: one publisher at `pubRate`/s, one subscriber at
/// `subRate`/s with lag `lagMs`, a deploy at 0.5 s; written with exportRun as the CLI does.
bool writeRun(const QString& dir, const QString& timeline, qint64 startUs, int seconds, int pubRate,
              int subRate, double lagMs) {
  RunData run;
  run.timelineName = timeline;
  run.backend = QStringLiteral("local");
  run.startUs = startUs;
  run.endUs = startUs + seconds * 1'000'000LL;
  CommandRecord c;
  c.id = 1;
  c.kind = CommandKind::Deploy;
  c.service = QStringLiteral("subscriber");
  c.node = QStringLiteral("pi1");
  c.issuedUs = startUs + 500'000;
  c.finishedUs = c.issuedUs + 20'000;
  c.ok = true;
  run.commands << c;
  for (int s = 1; s < seconds; ++s) {
    const qint64 sec = startUs / 1'000'000 + s;
    MetricSample p;
    p.second = sec;
    p.kind = QStringLiteral("publisher");
    p.instance = QStringLiteral("publisher.1.1");
    p.node = QStringLiteral("manager");
    p.count = pubRate;
    MetricSample u = p;
    u.kind = QStringLiteral("subscriber");
    u.instance = QStringLiteral("subscriber.1.1");
    u.node = QStringLiteral("pi1");
    u.count = subRate;
    u.lagP50Us = u.lagP99Us = u.lagMaxUs = qint64(lagMs * 1000);
    run.metrics << p << u;
  }
  return exportRun(run, computeSummary(run), dir);
}
/// A finished run with one migration of the subscriber from pi1 to pi2 issued at 4.5 s: the
/// new instance's first display update (5.1 s) comes `gapMs` after the old one's last
/// (negative: before it, both instances showing updates for -gapMs, as with start-first).
bool writeMigrationRun(const QString& dir, UpdateOrder order, double gapMs) {
  RunData run;
  run.timelineName = QStringLiteral("migrate");
  run.backend = QStringLiteral("local");
  run.startUs = kT0;
  run.endUs = kT0 + 10'000'000LL;
  auto at = [](double s) { return kT0 + qint64(std::llround(s * 1e6)); };
  CommandRecord c;
  c.id = 1;
  c.kind = CommandKind::Migrate;
  c.service = QStringLiteral("subscriber");
  c.node = QStringLiteral("pi2");
  c.order = order;
  c.issuedUs = at(4.5);
  c.finishedUs = at(4.6);
  c.ok = true;
  run.commands << c;
  auto ev = [&at](double s, const QString& inst, const QString& node, const char* event,
                  double lastUpdateS = 0) {
    AgentEvent e;
    e.tUs = at(s);
    e.kind = QStringLiteral("subscriber");
    e.instance = inst;
    e.node = node;
    e.event = QString::fromLatin1(event);
    e.lastUpdateUs = lastUpdateS ? at(lastUpdateS) : 0;
    return e;
  };
  const QString oldI = QStringLiteral("subscriber.1.1"), newI = QStringLiteral("subscriber.1.2");
  const QString pi1 = QStringLiteral("pi1"), pi2 = QStringLiteral("pi2");
  const double firstNew = 5.1, lastOld = firstNew - gapMs / 1000;
  run.events << ev(0.1, oldI, pi1, "first_message") << ev(firstNew, newI, pi2, "first_message")
             << ev(lastOld + 0.001, oldI, pi1, "stopping", lastOld)
             << ev(lastOld + 0.002, oldI, pi1, "stopped", lastOld);
  std::sort(run.events.begin(), run.events.end(),
            [](const AgentEvent& a, const AgentEvent& b) { return a.tUs < b.tUs; });
  return exportRun(run, computeSummary(run), dir);
}
}  // namespace

class TstRuns : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  QString runs_;

  static void click(QWidget* w, Qt::KeyboardModifiers mods = {}, QPoint at = {}) {
    QTest::mouseClick(w, Qt::LeftButton, mods, at.isNull() ? w->rect().center() : at);
  }
  /// The mouse moved over the plot with no button down. QTest::mouseMove moves the platform
  /// cursor (Qt >= 6.3), which the offscreen platform does not turn into a move event for this
  /// second top-level window; the move event a window system would send goes to the viewport.
  static void hoverAt(QChartView* view, QPoint pos) {
    QTest::mouseMove(view->viewport(), pos);
    QMouseEvent move(QEvent::MouseMove, pos, view->viewport()->mapToGlobal(pos), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
  }
  static QPoint rowCenter(QTreeWidget* list, int row) {
    return list->visualItemRect(list->topLevelItem(row)).center();
  }

 private slots:
  void initTestCase() {
    test::isolateSettings("tst_gui_runs");
    runs_ = tmp_.filePath(QStringLiteral("runs"));
    QVERIFY(writeRun(runs_ + QStringLiteral("/old"), QStringLiteral("paper-2017"), kT0, 20, 500,
                     480, 2.0));
    QVERIFY(writeRun(runs_ + QStringLiteral("/new"), QStringLiteral("paper-2017-start-first"),
                     kT0 + 3'600'000'000LL, 15, 400, 390, 3.5));
    QVERIFY(QDir().mkpath(runs_ + QStringLiteral("/broken")));
    QFile f(runs_ + QStringLiteral("/broken/summary.csv"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("measure,value\r\npublish_rate_mean,1\r\n");
  }

  void browserListsAndComparesWithTheMouse() {
    RunsPanel panel;
    panel.resize(1400, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy listed(&panel, &RunsPanel::listed);
    panel.setRunsFolder(runs_);
    QVERIFY(listed.wait(10000));
    QTreeWidget* list = panel.list();
    QCOMPARE(list->topLevelItemCount(), 3);
    // Newest first; the broken one (no start time) last, saying which file and what is wrong.
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("new"));
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("old"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("paper-2017"));
    QCOMPARE(list->topLevelItem(1)->text(3), QStringLiteral("local"));
    QCOMPARE(list->topLevelItem(1)->text(4), QStringLiteral("500"));   // publish/s
    QCOMPARE(list->topLevelItem(1)->text(6), QStringLiteral("2.00"));  // lag p50 ms
    const QString broken = list->topLevelItem(2)->text(8);
    QVERIFY2(broken.startsWith(QStringLiteral("broken: ")) &&
                 broken.contains(QStringLiteral("broken/summary.csv: line 1: expected a column")),
             qPrintable(broken));
    QVERIFY(list->topLevelItem(2)->text(4).isEmpty());  // no figure made up

    // Two rows selected with the mouse (click, Ctrl+click), then Compare.
    QVERIFY(!panel.compareButton()->isEnabled());
    click(list->viewport(), {}, rowCenter(list, 0));
    QVERIFY(!panel.compareButton()->isEnabled());
    click(list->viewport(), Qt::ControlModifier, rowCenter(list, 1));
    QVERIFY(panel.compareButton()->isEnabled());
    click(panel.compareButton());
    RunComparisonWindow* win = panel.comparisonWindow();
    QVERIFY(win);
    QSignalSpy loaded(win, &RunComparisonWindow::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toBool(), true);
    QVERIFY(QTest::qWaitForWindowExposed(win));

    // The table: A is the older run, B the newer, the paper beside them.
    QTableWidget* t = win->table();
    int pubRow = -1;
    for (int r = 0; r < t->rowCount(); ++r)
      if (t->item(r, 0)->text() == QLatin1String("publish_rate_mean")) pubRow = r;
    QVERIFY(pubRow >= 0);
    QCOMPARE(t->item(pubRow, 2)->text(), QStringLiteral("500 (×1.38)"));
    QCOMPARE(t->item(pubRow, 3)->text(), QStringLiteral("400 (×1.10)"));
    QCOMPARE(t->item(pubRow, 4)->text(), QStringLiteral("362"));
    QCOMPARE(t->item(pubRow, 2)->background().color(), QColor(0xc8, 0xe6, 0xc9));  // beats it

    // The charts: both runs start at 0; hovering shows each run's value at the cursor.
    ComparisonCharts* charts = win->charts();
    // A mouse move without buttons goes to the window under the cursor: the browser (another
    // top-level window here) steps aside, as a user would bring the comparison to the front.
    panel.hide();
    QVERIFY(win->isVisible());
    win->move(0, 0);  // the offscreen screen is 800×600: the plot point must be on it
    QVERIFY(charts->lineCount() >= 6);
    auto* view = charts->rateView();
    QTRY_VERIFY(view->chart()->plotArea().width() > 100);
    // The point of the plot at chart second t (the x axis starts at 0).
    auto at = [view](double t) {
      const QRectF plot = view->chart()->plotArea();
      const auto* x = static_cast<QValueAxis*>(view->chart()->axes(Qt::Horizontal).first());
      const double px = plot.left() + (t - x->min()) / (x->max() - x->min()) * plot.width();
      return view->mapFromScene(QPointF(px, plot.center().y()));
    };
    hoverAt(view, at(5));
    QTRY_VERIFY(!view->hoverLines().isEmpty());
    const QStringList hover = view->hoverLines();
    QVERIFY2(hover.contains(QStringLiteral("A publish/s: 500")) &&
                 hover.contains(QStringLiteral("B publish/s: 400")),
             qPrintable(hover.join(QLatin1Char('|'))));
    // After the newer (shorter) run's end: "no data" for B, never a made-up value.
    hoverAt(view, at(17));
    QTRY_VERIFY2(view->hoverLines().contains(QStringLiteral("B publish/s: no data")),
                 qPrintable(view->hoverLines().join(QLatin1Char('|'))));
    QVERIFY(view->hoverLines().contains(QStringLiteral("A publish/s: 500")));

    // Exports: CSV (the same rows) and PNG at print resolution.
    QString error;
    const QString csv = tmp_.filePath(QStringLiteral("cmp.csv"));
    QVERIFY2(win->exportCsv(csv, &error), qPrintable(error));
    const auto table = readCsv(csv, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->header, (QStringList{QStringLiteral("measure"), QStringLiteral("unit"),
                                         QStringLiteral("A:old"), QStringLiteral("B:new"),
                                         QStringLiteral("paper_value")}));
    QCOMPARE(table->rows.size(), t->rowCount());
    const QString png = tmp_.filePath(QStringLiteral("cmp.png"));
    QVERIFY2(win->exportPng(png, &error), qPrintable(error));
    QImage img(png);
    QVERIFY(img.width() >= 1800);

    // A broken run compared: the window names the file and the problem.
    QSignalSpy loaded2(win, &RunComparisonWindow::loaded);
    panel.compare(runs_ + QStringLiteral("/old"), runs_ + QStringLiteral("/broken"));
    QVERIFY(loaded2.wait(10000));
    QCOMPARE(loaded2.first().first().toBool(), false);
    QVERIFY2(win->statusLabel()->text().startsWith(QStringLiteral("B: cannot be read: ")),
             qPrintable(win->statusLabel()->text()));
  }

  // A start-first migration's negative update gap is an overlap (both instances showed
  // updates): neither green nor a ratio to the paper's gap; a stop-first gap shorter than the
  // paper's stays green.
  void overlapIsNotBetterThanThePaper() {
    const QString a = tmp_.filePath(QStringLiteral("gaps/stop-first"));
    const QString b = tmp_.filePath(QStringLiteral("gaps/start-first"));
    QVERIFY(writeMigrationRun(a, UpdateOrder::StopFirst, 300));
    QVERIFY(writeMigrationRun(b, UpdateOrder::StartFirst, -40));
    RunComparisonWindow win;
    QSignalSpy loaded(&win, &RunComparisonWindow::loaded);
    win.openRuns(a, b);
    QVERIFY(loaded.wait(10000));
    QVERIFY(QTest::qWaitForWindowExposed(&win));
    QTableWidget* t = win.table();
    int row = -1;
    for (int r = 0; r < t->rowCount(); ++r)
      if (t->item(r, 0)->text().startsWith(QLatin1String("migration_update_gap"))) row = r;
    QVERIFY(row >= 0);
    const QColor green(0xc8, 0xe6, 0xc9);
    QTableWidgetItem* stopFirst = t->item(row, 2);
    QVERIFY2(stopFirst->text().startsWith(QStringLiteral("300 (×")), qPrintable(stopFirst->text()));
    QCOMPARE(stopFirst->background().color(), green);
    QTableWidgetItem* startFirst = t->item(row, 3);
    QCOMPARE(startFirst->text(), QStringLiteral("-40 (overlap)"));
    QVERIFY(startFirst->background().style() == Qt::NoBrush);
    QVERIFY2(startFirst->toolTip().startsWith(QStringLiteral("overlap: both")),
             qPrintable(startFirst->toolTip()));
    // What a user sees: the table paints the overlap cell without the green.
    t->scrollToItem(startFirst);
    QTRY_VERIFY(t->viewport()->rect().contains(t->visualItemRect(startFirst).center()));
    const QImage shot = t->viewport()->grab().toImage();
    const QPoint inside = t->visualItemRect(startFirst).topLeft() + QPoint(3, 3);
    QVERIFY(QColor(shot.pixel(inside)) != green);
    // The Experiments tab's paper column says the same.
    bool beats = true;
    Measure gap{QStringLiteral("migration_update_gap[subscriber->pi2]"),
                -40,
                QStringLiteral("ms"),
                paper::kMigrationStopMs,
                {}};
    QVERIFY(ExperimentsPanel::paperText(gap, &beats).endsWith(QStringLiteral("(overlap)")));
    QVERIFY(!beats);
    QVERIFY(isUpdateOverlap(gap.name, gap.value));
    QVERIFY(!isUpdateOverlap(QStringLiteral("deploy_time[subscriber@pi1]"), -1));
  }

  void recordToggleOnTheToolBar() {
    const Lab lab = test::paperLab();
    FakeOrchestrator orch(lab);
    MainWindow w{AppSettings{}};
    w.attachOrchestrator(&orch, lab);
    orch.start();
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.controller()->deploy(QStringLiteral("subscriber"), QStringLiteral("pi1"));
    RecordControl* rec = w.recordControl();
    const QString file = tmp_.filePath(QStringLiteral("timelines/demo.json"));
    rec->setPathChooser([file](const QString& suggested) {
      return suggested.endsWith(QLatin1String(".json")) ? file : QString();
    });
    QToolButton* button = nullptr;
    for (auto* tb : w.findChildren<QToolBar*>())
      if (auto* b = qobject_cast<QToolButton*>(tb->widgetForAction(rec->action()))) button = b;
    QVERIFY(button);
    click(button);
    QVERIFY(rec->isRecording());
    QTest::qWait(300);

    // A chip dragged onto pi2 with the mouse (the offscreen platform has no drag loop: the drop
    // is delivered as the platform would), then a restart from the keyboard.
    auto* chip = w.scene()->chipItem(QStringLiteral("subscriber"));
    QVERIFY(chip);
    QSignalSpy started(w.scene(), &TopologyScene::dragStarted);
    const QPoint from = w.view()->mapFromScene(chip->sceneBoundingRect().center());
    QTest::mousePress(w.view()->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(w.view()->viewport(),
                     from + QPoint(QApplication::startDragDistance() + 10, 0));
    QTest::mouseRelease(w.view()->viewport(), Qt::LeftButton, {}, from);
    QCOMPARE(started.size(), 1);
    auto m = test::mime(started.first().at(0).toString(), started.first().at(1).toString());
    QVERIFY(w.view()->simulateDrop(w.scene()->nodeCenter(QStringLiteral("pi2")), m.get()));
    QCOMPARE(orch.count(CommandKind::Migrate), 1);
    QTest::qWait(200);
    w.controller()->restart(QStringLiteral("subscriber"));
    QVERIFY2(rec->action()->text().contains(QStringLiteral("(3 step")),
             qPrintable(rec->action()->text()));

    QSignalSpy saved(rec, &RecordControl::saved);
    click(button);
    QVERIFY(!rec->isRecording());
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.first().first().toString(), file);
    QVERIFY(w.experiments()->timelineFiles().contains(file));
    const TimelineLoadResult r = loadTimelineFile(file);
    QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.timeline->name, QStringLiteral("demo"));
    QCOMPARE(r.timeline->steps.size(), 3);
    QVERIFY(r.timeline->steps[0].action == CommandKind::Deploy);  // running at the start: 0 s
    QCOMPARE(r.timeline->steps[0].atS, 0.0);
    QVERIFY(r.timeline->steps[1].action == CommandKind::Migrate);
    QCOMPARE(r.timeline->steps[1].node, QStringLiteral("pi2"));
    QVERIFY(r.timeline->steps[1].atS >= 0.25 && r.timeline->steps[1].atS < 2);
    QVERIFY(r.timeline->steps[2].action == CommandKind::Restart);
    QVERIFY(r.timeline->steps[2].atS >= r.timeline->steps[1].atS + 0.15);
    QVERIFY(checkTimelineAgainstLab(*r.timeline, lab).isEmpty());
    w.attachOrchestrator(nullptr, lab);
  }
};

QTEST_MAIN(TstRuns)
#include "tst_runs.moc"
