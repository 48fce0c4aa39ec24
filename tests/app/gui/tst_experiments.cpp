// The Experiments tab on a busy lab (Run asks before it stops anything; Cancel changes nothing;
// a run stops only its own services), its layout at 1680x1050 and the paper column's ratio —
// against a test double of the Orchestrator, the buttons pressed with real mouse clicks.
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <cmath>

#include "ExperimentsPanel.h"
#include "FakeOrchestrator.h"
#include "GuiTestUtil.h"
#include "MainWindow.h"
#include "Measurements.h"
#include "Telemetry.h"

using namespace swarmlab;
using swarmlab::test::FakeOrchestrator;

namespace {
/// Clicks a button of the next modal message box (when it shows) with the mouse; `text`
/// receives the box's text.
void answerNextBox(QMessageBox::StandardButton which, QString* text) {
  auto* poll = new QTimer;
  poll->setInterval(20);
  QObject::connect(poll, &QTimer::timeout, [poll, which, text] {
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    if (!box) return;
    poll->stop();
    poll->deleteLater();
    *text = box->text();
    auto* b = box->button(which);
    QTest::mouseClick(b, Qt::LeftButton, {}, b->rect().center());
  });
  poll->start();
}

void clickButton(QPushButton* b) {
  QTest::mousePress(b, Qt::LeftButton, {}, b->rect().center());
  QTest::mouseRelease(b, Qt::LeftButton, {}, b->rect().center());
}
}  // namespace

class TstExperiments : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { test::isolateSettings("tst_gui_experiments"); }

  void runOnBusyLabAsksAndCancelChangesNothing() {
    const Lab lab = test::paperLab();
    FakeOrchestrator orch(lab);
    Telemetry telemetry(TelemetryOptions{});  // not started: the run is not reached
    ExperimentsPanel panel;
    panel.setLab(lab, &orch);
    panel.setTelemetry(&telemetry);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    orch.deploy(*lab.templ("redis"), "gw1", {});
    orch.deploy(*lab.templ("subscriber"), "pi1", {});
    QCOMPARE(panel.runningServices().size(), 2);
    const int calls = orch.calls.size();
    QString text;
    answerNextBox(QMessageBox::Cancel, &text);
    clickButton(panel.runButton());
    QVERIFY2(text.contains("2"), qPrintable(text));
    QVERIFY(!panel.isRunning());
    QCOMPARE(orch.calls.size(), calls);  // nothing stopped, nothing deployed
    QCOMPARE(panel.runningServices().size(), 2);
    QVERIFY(panel.runButton()->isEnabled());
  }

  void runOnBusyLabStopsThenRunsAndEndsOnlyItsOwn() {
    const Lab lab = test::paperLab();
    FakeOrchestrator orch(lab);
    Telemetry telemetry(TelemetryOptions{});
    ExperimentsPanel panel;
    panel.setLab(lab, &orch);
    panel.setTelemetry(&telemetry);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    orch.deploy(*lab.templ("subscriber"), "pi2", "mine");
    QSignalSpy planned(&panel, &ExperimentsPanel::runTimeline);
    QString text;
    answerNextBox(QMessageBox::Yes, &text);
    QVERIFY(panel.runSelected(0.05));  // the paper timeline, 20 times faster
    QCOMPARE(orch.count(CommandKind::Stop), 1);
    QCOMPARE(orch.calls.last().service, QString("mine"));
    QTRY_VERIFY(panel.isRunning());
    QCOMPARE(planned.size(), 1);
    // The fake keeps services it was told to stop: the user's "mine" is still listed, and the
    // run's end must leave it alone.
    QTRY_VERIFY_WITH_TIMEOUT(orch.count(CommandKind::Deploy) >= 3, 20000);
    const int stopsBefore = orch.count(CommandKind::Stop);
    panel.stopRun();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30000);
    QStringList stopped;
    int seen = 0;
    for (const auto& c : orch.calls)
      if (c.kind == CommandKind::Stop && ++seen > stopsBefore) stopped << c.service;
    QVERIFY(!stopped.isEmpty());
    QVERIFY2(!stopped.contains("mine"), qPrintable(stopped.join(",")));
  }

  void paperColumnShowsRatio() {
    bool beats = false;
    Measure rate{"publish_rate_mean", 400, "1/s", paper::kPublishRate, {}};
    QCOMPARE(ExperimentsPanel::paperText(rate, &beats), QString("362 (×1.10)"));
    QVERIFY(beats);
    Measure lag{"lag_mean", 300, "ms", paper::kLagMs, {}};
    ExperimentsPanel::paperText(lag, &beats);
    QVERIFY(!beats);
    Measure none{"lag_mean", std::nan(""), "ms", paper::kLagMs, {}};
    QCOMPARE(ExperimentsPanel::paperText(none, &beats), QString("281"));
    QVERIFY(!beats);
    // In the table: green where the result beats the paper, "no data" for a missing figure.
    ExperimentsPanel panel;
    RunData run;
    panel.showRun(run);
    for (int r = 0; r < panel.summaryTable()->rowCount(); ++r)
      QVERIFY(!panel.summaryTable()->item(r, 1)->text().contains("nan"));
  }

  void resultsShowTwelveRowsAt1680x1050() {
    AppSettings s;
    MainWindow w(s);
    w.resize(1680, 1050);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* dock = qobject_cast<QDockWidget*>(w.experiments()->parentWidget());
    QVERIFY(dock);
    dock->raise();
    auto* table = w.experiments()->summaryTable();
    table->setRowCount(20);
    QTRY_VERIFY(table->isVisible());
    const int rowH = table->verticalHeader()->defaultSectionSize();
    QTRY_VERIFY2(
        table->viewport()->height() >= 12 * rowH,
        qPrintable(QString("%1 px for rows of %2 px").arg(table->viewport()->height()).arg(rowH)));
    // What it looks like (an artifact, not a check).
    w.grab().save(QDir(QDir::tempPath()).filePath("tst_gui_experiments-1680x1050.png"));
    // The steps table gets room too.
    QVERIFY(w.experiments()->stepsTree()->width() >= 400);
    QVERIFY(w.experiments()->stepsTree()->viewport()->height() >= 5 * rowH);
  }
};

QTEST_MAIN(TstExperiments)
#include "tst_experiments.moc"
