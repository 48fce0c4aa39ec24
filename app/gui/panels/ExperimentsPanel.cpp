#include "ExperimentsPanel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFuture>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

#include "CsvExport.h"
#include "ExperimentRunner.h"
#include "GuiText.h"
#include "LabFile.h"
#include "LabTrust.h"
#include "Orchestrator.h"
#include "RunJournal.h"
#include "Telemetry.h"

namespace swarmlab {

ExperimentsPanel::ExperimentsPanel(QWidget* parent) : QWidget(parent) {
  buildWidgets();
  layOut();
  const QString res = resourcesDir();
  if (!res.isEmpty()) {
    const QDir dir(QDir(res).filePath(QStringLiteral("experiments")));
    for (const auto& f : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
      addTimelineFile(f.absoluteFilePath());
    // The original run first.
    const int paper = timelines_->findText(QStringLiteral("paper-2017"));
    if (paper >= 0) timelines_->setCurrentIndex(paper);
  }
  connectButtons();
  updateButtons();
}

void ExperimentsPanel::buildWidgets() {
  timelines_ = new QComboBox;
  timelines_->setToolTip(tr("Experiment timeline"));
  timelines_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  timelineButton_ = new QPushButton(tr("&Timeline…"));
  timelineButton_->setToolTip(tr("Open another timeline file"));
  scale_ = new QDoubleSpinBox;
  scale_->setRange(0.05, 10);
  scale_->setSingleStep(0.1);
  scale_->setValue(1.0);
  scale_->setPrefix(tr("time ×"));
  scale_->setToolTip(tr("Duration scale: every step time and the duration are multiplied by it"));
  runButton_ = new QPushButton(QIcon(QStringLiteral(":/icons/play.svg")), tr("&Run"));
  stopButton_ = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), tr("St&op"));
  exportCsvButton_ = new QPushButton(tr("Export &CSV…"));
  exportPngButton_ = new QPushButton(tr("Charts as &PNG…"));
  openButton_ = new QPushButton(tr("Open &run folder…"));
  progress_ = new QProgressBar;
  progress_->setFormat(tr("%v / %m s"));
  progress_->setRange(0, 60);
  progress_->setValue(0);
  status_ = new QLabel(tr("Choose a timeline and press Run."));
  status_->setWordWrap(true);
  steps_ = new QTreeWidget;
  steps_->setHeaderLabels({tr("at (s)"), tr("action"), tr("service"), tr("node"), tr("status")});
  steps_->setRootIsDecorated(false);
  steps_->setAccessibleName(tr("Timeline steps"));
  table_ = new QTableWidget(0, 5);
  table_->setHorizontalHeaderLabels(
      {tr("measure"), tr("value"), tr("unit"), tr("paper 2017"), tr("detail")});
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setAccessibleName(tr("Run summary"));
}

void ExperimentsPanel::layOut() {
  auto* top = new QHBoxLayout;
  top->addWidget(timelines_, 1);
  top->addWidget(timelineButton_);
  top->addWidget(scale_);
  top->addWidget(runButton_);
  top->addWidget(stopButton_);
  auto* bottom = new QHBoxLayout;
  bottom->addWidget(exportCsvButton_);
  bottom->addWidget(exportPngButton_);
  bottom->addWidget(openButton_);
  bottom->addStretch(1);
  auto* split = new QSplitter(Qt::Horizontal);
  split->addWidget(steps_);
  split->addWidget(table_);
  split->setStretchFactor(1, 2);
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(4, 4, 4, 4);
  lay->addLayout(top);
  lay->addWidget(progress_);
  lay->addWidget(status_);
  lay->addWidget(split, 1);
  lay->addLayout(bottom);
}

void ExperimentsPanel::connectButtons() {
  connect(timelineButton_, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getOpenFileName(this, tr("Open timeline"), resourcesDir(),
                                                   tr("Timelines (*.json)"));
    if (f.isEmpty()) return;
    addTimelineFile(f);
    timelines_->setCurrentIndex(timelines_->count() - 1);
  });
  connect(runButton_, &QPushButton::clicked, this, [this] { runSelected(); });
  connect(stopButton_, &QPushButton::clicked, this, &ExperimentsPanel::stopRun);
  connect(exportPngButton_, &QPushButton::clicked, this, &ExperimentsPanel::exportChartsRequested);
  // The buttons write and read files on a worker thread: the window never waits for a disk.
  connect(exportCsvButton_, &QPushButton::clicked, this, [this] {
    const QString d = QFileDialog::getExistingDirectory(this, tr("Export the run's CSV files to"));
    if (d.isEmpty()) return;
    exportCsv(d).then(this, [this](const QString& err) {
      if (!err.isEmpty()) QMessageBox::warning(this, tr("Export CSV"), err);
    });
  });
  connect(openButton_, &QPushButton::clicked, this, [this] {
    const QString d = QFileDialog::getExistingDirectory(
        this, tr("Open a run folder (its journal, or metrics.csv and events.csv)"));
    if (d.isEmpty()) return;
    openRunFolder(d).then(this, [this](const QString& err) {
      if (!err.isEmpty()) QMessageBox::warning(this, tr("Open run"), err);
    });
  });
}

ExperimentsPanel::~ExperimentsPanel() = default;

void ExperimentsPanel::setLab(const Lab& lab, Orchestrator* orchestrator) {
  lab_ = lab;
  orch_ = orchestrator;
  updateButtons();
}

void ExperimentsPanel::setTelemetry(Telemetry* telemetry) {
  telemetry_ = telemetry;
  updateButtons();
}

void ExperimentsPanel::addTimelineFile(const QString& path) {
  if (timelines_->findData(path) >= 0) return;
  timelines_->addItem(QFileInfo(path).completeBaseName(), path);
  timelines_->setItemData(timelines_->count() - 1, path, Qt::ToolTipRole);
}

QStringList ExperimentsPanel::timelineFiles() const {
  QStringList out;
  for (int i = 0; i < timelines_->count(); ++i) out << timelines_->itemData(i).toString();
  return out;
}

QString ExperimentsPanel::journalFolder(const QString& timelineName) {
  QString root = qEnvironmentVariable("SWARMLAB_RUNS_DIR");
  if (root.isEmpty())
    root = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
               .filePath(QStringLiteral("runs"));
  return QDir(root).filePath(QStringLiteral("%1-%2").arg(
      timelineName, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

bool ExperimentsPanel::isRunning() const { return runner_ && runner_->isRunning(); }

void ExperimentsPanel::updateButtons() {
  const bool running = runner_ != nullptr;
  runButton_->setEnabled(!running && orch_ && telemetry_ && timelines_->count() > 0);
  stopButton_->setEnabled(running);
  exportCsvButton_->setEnabled(!running && run_.has_value());
  openButton_->setEnabled(!running);
  timelines_->setEnabled(!running);
  scale_->setEnabled(!running);
}

bool ExperimentsPanel::runSelected(double durationScale) {
  if (runner_) return false;
  const QString path = timelines_->currentData().toString();
  if (!orch_ || !telemetry_) {
    status_->setText(tr("The lab is not ready yet."));
    return false;
  }
  const auto loaded = loadTimelineFile(path);
  QStringList errors = loaded.errors;
  if (loaded.ok()) errors += checkTimelineAgainstLab(*loaded.timeline, lab_);
  if (!errors.isEmpty()) {
    status_->setText(tr("%1 cannot run:\n%2").arg(path, errors.join(QLatin1Char('\n'))));
    emit message(tr("timeline %1 rejected: %2").arg(path, errors.join(QStringLiteral("; "))));
    return false;
  }
  const QString outside = labOutsideTimeline(*loaded.timeline);
  if (!outside.isEmpty() &&
      QMessageBox::question(
          this, tr("Run this timeline?"),
          tr("The timeline %1 names the lab file %2, outside the timeline's own folder.\n\n"
             "The console runs it on the open lab (%3) and does not load that file; the command "
             "line would refuse it without --allow-outside-lab. Run the timeline?")
              .arg(path, outside, lab_.name)) != QMessageBox::Yes) {
    emit message(tr("timeline %1 not run: its lab %2 lies outside its folder").arg(path, outside));
    return false;
  }
  RunnerOptions o;
  o.durationScale = durationScale > 0 ? durationScale : scale_->value();
  o.journalDir = journalFolder(loaded.timeline->name);
  runner_ = new ExperimentRunner(orch_, telemetry_, lab_, *loaded.timeline, o, this);
  connect(runner_, &ExperimentRunner::journalFailed, this, [this](const QString& msg) {
    emit message(tr("the run is not journaled: %1").arg(msg));
  });
  steps_->clear();
  for (const auto& s : loaded.timeline->steps) {
    auto* it = new QTreeWidgetItem(steps_);
    it->setText(0, QString::number(s.atS * o.durationScale, 'f', 1));
    it->setText(1, commandName(s.action));
    it->setText(2, s.service.isEmpty() ? s.templateName : s.service);
    it->setText(3, s.node);
    it->setText(4, tr("waiting"));
  }
  table_->setRowCount(0);
  progress_->setRange(0, int(std::ceil(runner_->totalS())));
  progress_->setValue(0);
  connect(runner_, &ExperimentRunner::progress, this, [this](double e, double total) {
    progress_->setValue(int(e));
    status_->setText(tr("Running %1: %2 of %3 s")
                         .arg(runner_->timeline().name)
                         .arg(e, 0, 'f', 1)
                         .arg(total, 0, 'f', 0));
  });
  connect(runner_, &ExperimentRunner::stepFired, this, &ExperimentsPanel::onStepFired);
  connect(runner_, &ExperimentRunner::stepFailed, this, [this](int index, const QString& msg) {
    if (auto* it = steps_->topLevelItem(index)) {
      it->setText(4, tr("failed: %1").arg(msg));
      it->setForeground(4, QColor(0xc6, 0x28, 0x28));
    }
    emit message(tr("step %1 failed: %2").arg(index + 1).arg(msg));
  });
  connect(runner_, &ExperimentRunner::ending, this, [this] {
    status_->setText(tr("Ending: stopping services and collecting the last metrics…"));
  });
  connect(runner_, &ExperimentRunner::finished, this, &ExperimentsPanel::onFinished);
  emit runStarted(loaded.timeline->name);
  emit message(tr("experiment %1 started (time ×%2), journaled to %3")
                   .arg(loaded.timeline->name)
                   .arg(o.durationScale)
                   .arg(o.journalDir));
  runner_->start();
  updateButtons();
  return true;
}

void ExperimentsPanel::stopRun() {
  if (runner_) runner_->abort();
}

void ExperimentsPanel::onStepFired(int index, const TimelineStep&, quint64 id) {
  if (auto* it = steps_->topLevelItem(index)) {
    it->setText(4, tr("fired (command %1)").arg(id));
    steps_->scrollToItem(it);
  }
}

void ExperimentsPanel::onFinished(const RunData& run, bool aborted) {
  runner_->deleteLater();
  runner_ = nullptr;
  progress_->setValue(progress_->maximum());
  showRun(run);
  status_->setText(aborted
                       ? tr("Run stopped early; what was recorded is shown and can be exported.")
                       : tr("Run finished: %1 metrics, %2 events recorded.")
                             .arg(run.metrics.size())
                             .arg(run.events.size()));
  emit message(
      tr("experiment %1 %2").arg(run.timelineName, aborted ? tr("stopped") : tr("finished")));
  emit runFinished(run, aborted);
  updateButtons();
}

void ExperimentsPanel::showRun(const RunData& run) {
  run_ = run;
  summary_ = computeSummary(run);
  table_->setRowCount(summary_.size());
  for (int i = 0; i < summary_.size(); ++i) {
    const auto& m = summary_[i];
    auto num = [](double v) {
      return std::isfinite(v) ? QString::number(v, 'f', std::abs(v) < 10 ? 2 : 0) : tr("no data");
    };
    table_->setItem(i, 0, new QTableWidgetItem(m.name));
    auto* v = new QTableWidgetItem(num(m.value));
    v->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table_->setItem(i, 1, v);
    table_->setItem(i, 2, new QTableWidgetItem(m.unit));
    auto* p = new QTableWidgetItem(m.paperValue ? num(*m.paperValue) : QString());
    p->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table_->setItem(i, 3, p);
    table_->setItem(i, 4, new QTableWidgetItem(m.detail));
  }
  table_->resizeColumnsToContents();
  updateButtons();
}

QFuture<QString> ExperimentsPanel::exportCsv(const QString& dir) {
  if (!run_) return QtFuture::makeReadyFuture(tr("No run to export yet."));
  exportCsvButton_->setEnabled(false);
  return QtConcurrent::run([run = *run_, summary = summary_, dir] {
           QString err;
           return exportRun(run, summary, dir, &err) ? QString() : err;
         })
      .then(this, [this, dir](const QString& err) {
        updateButtons();
        if (err.isEmpty())
          emit message(tr("CSV written to %1 (metrics.csv, events.csv, summary.csv)").arg(dir));
        return err;
      });
}

QFuture<QString> ExperimentsPanel::openRunFolder(const QString& dir) {
  using Result = std::pair<std::optional<RunReport>, QString>;
  openButton_->setEnabled(false);
  // The same as swarmlab-cli report: journal or final CSVs, summary.csv rewritten.
  return QtConcurrent::run([dir] {
           QString err;
           auto report = reportRunFolder(dir, true, &err);
           return Result{std::move(report), err};
         })
      .then(this, [this, dir](const Result& r) {
        updateButtons();
        if (!r.first) return r.second;
        showRun(r.first->run);
        QString status = r.first->run.interrupted
                             ? tr("Run read from %1: interrupted (it did not finish).").arg(dir)
                             : tr("Run read from %1.").arg(dir);
        if (!r.first->writeError.isEmpty())
          status += QLatin1Char(' ') +
                    tr("Its files could not be rewritten: %1").arg(r.first->writeError);
        status_->setText(status);
        emit runLoaded(r.first->run);
        return QString();
      });
}

}  // namespace swarmlab
