// Experiments: choose a timeline, run / stop it on the current backend, see its steps fire
// and its progress, then the summary beside the paper's values; export the CSVs (the same
// files as swarmlab-cli) and the charts as PNG; open an earlier run's folder again.
#pragma once

#include <QFuture>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

#include "LabTypes.h"
#include "Measurements.h"
#include "RunData.h"
#include "Timeline.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace swarmlab {

class ExperimentRunner;
class Orchestrator;
class Telemetry;

class ExperimentsPanel : public QWidget {
  Q_OBJECT
 public:
  explicit ExperimentsPanel(QWidget* parent = nullptr);
  ~ExperimentsPanel() override;

  /// The lab and backend runs go to (not owned); telemetry may arrive later.
  void setLab(const Lab& lab, Orchestrator* orchestrator);
  void setTelemetry(Telemetry* telemetry);
  /// Timelines shipped in resources/experiments, plus any opened by hand.
  void addTimelineFile(const QString& path);
  QStringList timelineFiles() const;
  bool isRunning() const;

  /// The last run (finished or opened), and its summary.
  const std::optional<RunData>& lastRun() const { return run_; }
  QList<Measure> summary() const { return summary_; }
  /// Writes metrics.csv, events.csv, summary.csv (exportRun) on a worker thread. The future
  /// finishes, back on the GUI thread, with the error text (empty on success).
  QFuture<QString> exportCsv(const QString& dir);
  /// Reads a run folder (reportRunFolder: its journal, or its final CSVs; summary.csv is
  /// rewritten) on a worker thread; back on the GUI thread shows its summary and emits
  /// runLoaded. The future finishes with the error text (empty on success).
  QFuture<QString> openRunFolder(const QString& dir);
  /// Shows a run's summary as the run would (also used after openRunFolder).
  void showRun(const RunData& run);
  QTableWidget* summaryTable() const { return table_; }
  /// Where a run is journaled while it runs: $SWARMLAB_RUNS_DIR, else the user's data folder
  /// (runs/<timeline>-<yyyyMMdd-HHmmss>).
  static QString journalFolder(const QString& timelineName);
  QTreeWidget* stepsTree() const { return steps_; }
  QPushButton* runButton() const { return runButton_; }
  /// Services deployed on the lab now (as the orchestrator last reported them).
  QStringList runningServices() const { return services_; }
  /// The text and whether it beats the paper, for a measure's paper column ("" if none).
  static QString paperText(const Measure& m, bool* beats);

 public slots:
  bool runSelected(double durationScale = -1);
  void stopRun();

 signals:
  void message(const QString& text);
  void runStarted(const QString& timelineName);
  /// Just before the first step: the charts restart at time 0 and draw the steps ahead.
  void runTimeline(const swarmlab::Timeline& timeline, double durationScale);
  void runFinished(const swarmlab::RunData& run, bool aborted);
  /// A run read back from a folder: the charts show it again.
  void runLoaded(const swarmlab::RunData& run);
  /// The user asked for the charts as PNG (the window owns the charts).
  void exportChartsRequested();

 protected:
  void changeEvent(QEvent* e) override;

 private:
  void buildWidgets();
  void layOut();
  void retranslateUi();
  /// Asks whether to stop the services running now; false: leave everything as it is.
  bool confirmCleanLab(int services);
  /// Stops every service, then calls `then` (nothing when a stop fails).
  void clearLab(std::function<void()> then);
  void startRunner(const Timeline& timeline, double scale);
  void fillSummaryRow(int row, const Measure& m);
  void connectButtons();
  void onStepFired(int index, const TimelineStep& step, quint64 id);
  void onFinished(const RunData& run, bool aborted);
  void updateButtons();

  Lab lab_;
  QPointer<Orchestrator> orch_;
  QPointer<Telemetry> telemetry_;
  ExperimentRunner* runner_ = nullptr;
  std::optional<RunData> run_;
  QList<Measure> summary_;
  QComboBox* timelines_;
  QDoubleSpinBox* scale_;
  QPushButton* timelineButton_;
  QPushButton* runButton_;
  QPushButton* stopButton_;
  QPushButton* exportCsvButton_;
  QPushButton* exportPngButton_;
  QPushButton* openButton_;
  QProgressBar* progress_;
  QTreeWidget* steps_;
  QTableWidget* table_;
  QLabel* status_;
  QStringList services_;
  QMetaObject::Connection servicesConn_;
  bool clearing_ = false;
};

}  // namespace swarmlab
