// End to end on the embedded lab with the real LocalOrchestrator, offscreen: deploy a
// publisher and a subscriber by simulated drops, see rates above zero in the chart model,
// migrate by dropping the chip, run a short experiment, export its CSV, save a screenshot.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

#include "ChartPanel.h"
#include "CsvExport.h"
#include "ExperimentsPanel.h"
#include "GuiTestUtil.h"
#include "GuiText.h"
#include "LabController.h"
#include "LabSession.h"
#include "LocalOrchestrator.h"
#include "MainWindow.h"
#include "PalettePanel.h"
#include "SevenSegmentWidget.h"
#include "TopologyItems.h"
#include "TopologyModel.h"
#include "TopologyScene.h"
#include "TopologyView.h"

using namespace swarmlab;

namespace {
double latestOf(const ChartPanel* charts, const QString& prefix, const QString& service) {
  for (const auto& k : charts->store().keys()) {
    if (!k.startsWith(prefix + service + QLatin1Char('.'))) continue;
    const auto* s = charts->store().series(k);
    if (!s->points.empty()) return s->points.back().y();
  }
  return -1;
}
/// The chip's result for a command, as the topology model shows it.
std::optional<CommandResult> resultOf(const TopologyModel* model, quint64 id) {
  for (const auto& r : model->results())
    if (r.id == id) return r;
  return std::nullopt;
}

/// summary.csv's deploy_time of a command (its detail names the command).
std::optional<double> deployTimeOf(const CsvTable& summary, quint64 id) {
  const QString tag = QStringLiteral("(command %1 at ").arg(id);
  for (int i = 0; i < summary.rows.size(); ++i) {
    if (!summary.value(i, "measure").startsWith("deploy_time[")) continue;
    if (!summary.value(i, "detail").contains(tag)) continue;
    bool ok = false;
    const double v = summary.value(i, "value").toDouble(&ok);
    if (ok) return v;
  }
  return std::nullopt;
}
}  // namespace

class TstE2E : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { test::isolateSettings("tst_gui_e2e"); }

  void embeddedLab() {
    AppSettings s;  // no settings: the embedded lab on the shipped paper-2017 file
    MainWindow w(s);
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy ready(&w, &MainWindow::labReady);
    QStringList errors;
    QVERIFY2(w.startLab(&errors), qPrintable(errors.join('\n')));
    QVERIFY(qobject_cast<LocalOrchestrator*>(w.session()->orchestrator()));
    QVERIFY(ready.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(w.session()->telemetry() != nullptr, 5000);

    // Deploy by drops, as from the palette.
    QElapsedTimer dragToRunning;
    dragToRunning.start();
    std::unique_ptr<QMimeData> pub(PalettePanel::mimeFor("publisher"));
    std::unique_ptr<QMimeData> sub(PalettePanel::mimeFor("subscriber"));
    QVERIFY(w.view()->simulateDrop(w.scene()->nodeCenter("manager"), pub.get()));
    QVERIFY(w.view()->simulateDrop(w.scene()->nodeCenter("pi1"), sub.get()));
    QTRY_VERIFY_WITH_TIMEOUT(w.model()->chipState("subscriber") == ChipState::Running, 15000);
    qInfo("drop to running chip: %lld ms", dragToRunning.elapsed());
    QVERIFY(w.scene()->chipItem("publisher"));
    QCOMPARE(w.scene()->chipItem("subscriber")->parentItem(), w.scene()->nodeItem("pi1"));
    // The measured deploy time appears on the chip.
    QTRY_VERIFY_WITH_TIMEOUT(w.model()->activityText("subscriber").startsWith("deployed in "),
                             15000);
    qInfo("chip says: %s", qPrintable(w.model()->activityText("subscriber")));

    // Rates above zero in the chart model (metrics are per lab second).
    QTRY_VERIFY_WITH_TIMEOUT(latestOf(w.charts(), "rate:", "publisher") > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(latestOf(w.charts(), "rate:", "subscriber") > 0, 20000);
    w.charts()->tick();
    QVERIFY(w.charts()->lineCount() >= 2);
    qInfo("publish %.0f/s, updates %.0f/s", latestOf(w.charts(), "rate:", "publisher"),
          latestOf(w.charts(), "rate:", "subscriber"));
    // The 7-segment mirror shows the subscriber's displays.
    QTRY_VERIFY_WITH_TIMEOUT(!w.mirrors()->instances().isEmpty(), 5000);
    auto* mirror = w.mirrors()->mirror(w.mirrors()->instances().first());
    QTRY_VERIFY_WITH_TIMEOUT(!mirror->isStale(), 5000);
    bool lit = false;
    for (auto b : mirror->segments()) lit |= b != 0;
    QVERIFY(lit);

    // Migrate by dropping the chip on pi2.
    auto chip = test::mime(mime::kService, "subscriber");
    QVERIFY(w.view()->simulateDrop(w.scene()->nodeCenter("pi2"), chip.get()));
    QTRY_COMPARE_WITH_TIMEOUT(w.model()->service("subscriber")->node, QString("pi2"), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(w.model()->activityText("subscriber").startsWith("migrated in "),
                             20000);
    qInfo("chip says: %s", qPrintable(w.model()->activityText("subscriber")));
    QTRY_VERIFY_WITH_TIMEOUT(w.model()->chipState("subscriber") == ChipState::Running, 15000);
    QVERIFY(!w.charts()->markers().isEmpty());

    // Screenshot of the live lab, as a test artifact.
    QTest::qWait(1500);
    const QString artifacts = QStringLiteral(SWARMLAB_TEST_ARTIFACTS);
    QDir().mkpath(artifacts);
    QString err;
    QVERIFY2(w.saveScreenshot(artifacts + "/e2e-live.png", &err), qPrintable(err));

    // Stop both, then a short paper experiment from the Experiments panel and its CSVs.
    w.controller()->stop("publisher");
    w.controller()->stop("subscriber");
    QTRY_VERIFY_WITH_TIMEOUT(w.model()->services().isEmpty(), 20000);
    auto* exp = w.experiments();
    QSignalSpy finished(exp, &ExperimentsPanel::runFinished);
    QTemporaryDir runs;  // where the console journals its runs (docs/runs.md)
    qputenv("SWARMLAB_RUNS_DIR", runs.path().toLocal8Bit());
    QVERIFY(exp->runSelected(0.1));  // paper-2017 (first in the list), 6 s
    QVERIFY(finished.wait(60000));
    const QStringList journaled = QDir(runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(journaled.size(), 1);
    QVERIFY(QFile::exists(runs.filePath(journaled.first() + "/journal-events.csv")));
    QVERIFY(exp->lastRun().has_value());
    QVERIFY(!exp->lastRun()->metrics.isEmpty());
    QVERIFY(exp->summaryTable()->rowCount() > 0);
    QTemporaryDir out;
    const QFuture<QString> exported = exp->exportCsv(out.path());
    QTRY_VERIFY_WITH_TIMEOUT(exported.isFinished(), 20000);
    QVERIFY2(exported.result().isEmpty(), qPrintable(exported.result()));
    for (const char* f : {"metrics.csv", "events.csv", "summary.csv"}) {
      const auto t = readCsv(QDir(out.path()).filePath(f), &err);
      QVERIFY2(t.has_value(), qPrintable(err));
      QVERIFY2(!t->rows.isEmpty(), f);
    }
    // One definition of a command's timing: for each deploy of the run, the chip's "deployed in
    // N ms" is summary.csv's deploy_time of that command.
    const auto summary = readCsv(QDir(out.path()).filePath("summary.csv"), &err);
    QVERIFY2(summary.has_value(), qPrintable(err));
    int compared = 0;
    const RunData& run = *exp->lastRun();
    for (const CommandRecord& c : run.commands) {
      // Services without agents (redis) have no first_message, hence no deploy_time.
      const bool agents = std::any_of(run.events.begin(), run.events.end(), [&c](const auto& e) {
        return e.instance.startsWith(c.service + QLatin1Char('.'));
      });
      if (c.kind != CommandKind::Deploy || !agents) continue;
      const auto chip = resultOf(w.model(), c.id);
      QVERIFY2(chip, qPrintable(QString("no chip result for command %1").arg(c.id)));
      const auto value = deployTimeOf(*summary, c.id);
      QVERIFY2(value, qPrintable(QString("no deploy_time for command %1").arg(c.id)));
      qInfo("deploy %s on %s (command %llu): chip \"%s\", summary.csv deploy_time %.3f ms",
            qPrintable(c.service), qPrintable(c.node), c.id, qPrintable(chip->text), *value);
      QVERIFY(chip->ok);
      QVERIFY2(qAbs(chip->ms - *value) < 0.0005,
               qPrintable(QString("chip %1 ms, summary %2 ms").arg(chip->ms).arg(*value)));
      QCOMPARE(chip->text,
               commandDoneText(CommandKind::Deploy).arg(QString::number(*value, 'f', 0)));
      ++compared;
    }
    QVERIFY(compared >= 2);  // publisher and subscriber at least
    // An earlier run's folder opens again.
    QSignalSpy loaded(exp, &ExperimentsPanel::runLoaded);
    const QFuture<QString> opened = exp->openRunFolder(out.path());
    QTRY_VERIFY_WITH_TIMEOUT(opened.isFinished(), 20000);
    QVERIFY2(opened.result().isEmpty(), qPrintable(opened.result()));
    QCOMPARE(loaded.size(), 1);
    QVERIFY(w.saveScreenshot(artifacts + "/e2e-experiment.png", &err));

    // Closing the window stops the lab without blocking: the first close is refused while the
    // processes stop, a second one changes nothing, and the window closes when all are gone.
    auto* local = qobject_cast<LocalOrchestrator*>(w.session()->orchestrator());
    const QList<qint64> pids = local->childPids();
    QVERIFY(!pids.isEmpty());  // redis-server at least
    QSignalSpy shutDown(&w, &MainWindow::labShutDown);
    QElapsedTimer closing;
    closing.start();
    QVERIFY(!w.close());
    QVERIFY(!w.close());
    QVERIFY2(closing.elapsed() < 500, qPrintable(QString::number(closing.elapsed())));
    QVERIFY(w.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), LabSession::kShutdownDeadlineMs + 2000);
    qInfo("close to closed window: %lld ms", closing.elapsed());
    QCOMPARE(shutDown.size(), 1);
    QVERIFY(!w.session());
    QVERIFY2(w.eventLog()->toPlainText().contains(QStringLiteral("lab stopped")),
             "the embedded lab did not finish stopping before the deadline");
    for (qint64 pid : pids) QVERIFY2(::kill(pid_t(pid), 0) != 0, qPrintable(QString::number(pid)));
  }
};

QTEST_MAIN(TstE2E)
#include "tst_e2e.moc"
