#include "ExperimentsPanel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
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
#include <memory>

#include "CsvExport.h"
#include "ExperimentRunner.h"
#include "GuiText.h"
#include "LabFile.h"
#include "LabTrust.h"
#include "Orchestrator.h"
#include "RunComparison.h"
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
  timelines_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  timelineButton_ = new QPushButton;
  scale_ = new QDoubleSpinBox;
  scale_->setRange(0.05, 10);
  scale_->setSingleStep(0.1);
  scale_->setValue(1.0);
  runButton_ = new QPushButton(QIcon(QStringLiteral(":/icons/play.svg")), QString());
  stopButton_ = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), QString());
  exportCsvButton_ = new QPushButton;
  exportPngButton_ = new QPushButton;
  openButton_ = new QPushButton;
  progress_ = new QProgressBar;
  progress_->setRange(0, 60);
  progress_->setValue(0);
  status_ = new QLabel;
  status_->setWordWrap(true);
  steps_ = new QTreeWidget;
  steps_->setColumnCount(5);
  steps_->setRootIsDecorated(false);
  steps_->setUniformRowHeights(true);
  steps_->header()->setStretchLastSection(true);
  table_ = new QTableWidget(0, 5);
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->verticalHeader()->hide();
  // Compact rows: a dozen measures fit in the dock's height.
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setAlternatingRowColors(true);
  table_->setWordWrap(false);
  retranslateUi();
  status_->setText(tr("Choose a timeline and press Run."));
}

void ExperimentsPanel::retranslateUi() {
  timelines_->setToolTip(tr("Experiment timeline"));
  timelineButton_->setText(tr("&Timeline…"));
  timelineButton_->setToolTip(tr("Open another timeline file"));
  scale_->setPrefix(tr("time ×"));
  scale_->setToolTip(tr("Duration scale: every step time and the duration are multiplied by it"));
  runButton_->setText(tr("&Run"));
  stopButton_->setText(tr("St&op"));
  exportCsvButton_->setText(tr("Export &CSV…"));
  exportPngButton_->setText(tr("Charts as &PNG…"));
  openButton_->setText(tr("Open &run folder…"));
  progress_->setFormat(tr("%v / %m s"));
  steps_->setHeaderLabels({tr("at (s)"), tr("action"), tr("service"), tr("node"), tr("status")});
  steps_->setAccessibleName(tr("Timeline steps"));
  table_->setHorizontalHeaderLabels(
      {tr("measure"), tr("value"), tr("unit"), tr("paper 2017 (ratio)"), tr("detail")});
  table_->setAccessibleName(tr("Run summary"));
  for (int i = 0; i < summary_.size() && i < table_->rowCount(); ++i)
    fillSummaryRow(i, summary_[i]);
}

void ExperimentsPanel::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(e);
}

void ExperimentsPanel::layOut() {
  // Left: the controls over the steps; right, full height: the results (a splitter between).
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
  auto* left = new QWidget;
  auto* leftLay = new QVBoxLayout(left);
  leftLay->setContentsMargins(0, 0, 0, 0);
  leftLay->addLayout(top);
  leftLay->addWidget(progress_);
  leftLay->addWidget(status_);
  leftLay->addWidget(steps_, 1);
  leftLay->addLayout(bottom);
  auto* split = new QSplitter(Qt::Horizontal);
  split->setObjectName(QStringLiteral("experimentsSplitter"));
  split->addWidget(left);
  split->addWidget(table_);
  split->setStretchFactor(0, 2);
  split->setStretchFactor(1, 3);
  split->setChildrenCollapsible(false);
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(4, 4, 4, 4);
  lay->addWidget(split, 1);
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
  if (orch_ != orchestrator) {
    disconnect(servicesConn_);
    services_.clear();
    if (orchestrator)
      servicesConn_ = connect(orchestrator, &Orchestrator::servicesChanged, this,
                              [this](const QList<ServiceInfo>& list) {
                                services_.clear();
                                for (const auto& s : list) services_ << s.name;
                              });
  }
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
  const bool running = runner_ != nullptr || clearing_;
  runButton_->setEnabled(!running && orch_ && telemetry_ && timelines_->count() > 0);
  stopButton_->setEnabled(running);
  exportCsvButton_->setEnabled(!running && run_.has_value());
  openButton_->setEnabled(!running);
  timelines_->setEnabled(!running);
  scale_->setEnabled(!running);
}

bool ExperimentsPanel::runSelected(double durationScale) {
  if (runner_ || clearing_) return false;
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
  const double scale = durationScale > 0 ? durationScale : scale_->value();
  if (services_.isEmpty()) {
    startRunner(*loaded.timeline, scale);
    return true;
  }
  // A busy lab: the run starts from a clean one, or not at all.
  if (!confirmCleanLab(int(services_.size()))) {
    status_->setText(tr("Run cancelled: the services running were left as they are."));
    return false;
  }
  clearLab([this, timeline = *loaded.timeline, scale] { startRunner(timeline, scale); });
  return true;
}

bool ExperimentsPanel::confirmCleanLab(int services) {
  QMessageBox box(QMessageBox::Question, tr("Run experiment"),
                  tr("Stop %n running service(s) and start from a clean lab?", "", services),
                  QMessageBox::Yes | QMessageBox::Cancel, this);
  box.setObjectName(QStringLiteral("cleanLabQuestion"));
  box.setInformativeText(tr("An experiment deploys its own services; %1 are running now.")
                             .arg(services_.join(QStringLiteral(", "))));
  box.button(QMessageBox::Yes)->setText(tr("Stop them and &run"));
  box.setDefaultButton(QMessageBox::Cancel);
  return box.exec() == QMessageBox::Yes;
}

void ExperimentsPanel::clearLab(std::function<void()> then) {
  clearing_ = true;
  updateButtons();
  status_->setText(tr("Stopping %n service(s) before the run…", "", int(services_.size())));
  // A backend may finish a stop before stop() returns: outcomes are kept by command id.
  struct Clearing {
    QSet<quint64> issued;
    QHash<quint64, QString> outcome;  ///< id -> error ("" = stopped)
    bool allIssued = false;
    QMetaObject::Connection conn;
  };
  auto st = std::make_shared<Clearing>();
  auto check = [this, st, then = std::move(then)] {
    if (!st->allIssued) return;
    for (quint64 id : std::as_const(st->issued))
      if (!st->outcome.contains(id)) return;
    disconnect(st->conn);
    clearing_ = false;
    QStringList failed;
    for (quint64 id : std::as_const(st->issued))
      if (!st->outcome.value(id).isEmpty()) failed << st->outcome.value(id);
    if (failed.isEmpty()) return then();
    status_->setText(tr("The lab could not be cleared: %1").arg(failed.join(QStringLiteral("; "))));
    updateButtons();
  };
  st->conn = connect(orch_, &Orchestrator::commandFinished, this,
                     [st, check](quint64 id, bool ok, const OrchestratorError& e) {
                       st->outcome.insert(id, ok ? QString() : e.toString());
                       check();
                     });
  for (const auto& name : QStringList(services_)) st->issued.insert(orch_->stop(name));
  st->allIssued = true;
  check();
}

void ExperimentsPanel::startRunner(const Timeline& timeline, double scale) {
  RunnerOptions o;
  o.durationScale = scale;
  o.journalDir = journalFolder(timeline.name);
  runner_ = new ExperimentRunner(orch_, telemetry_, lab_, timeline, o, this);
  connect(runner_, &ExperimentRunner::journalFailed, this, [this](const QString& msg) {
    emit message(tr("the run is not journaled: %1").arg(msg));
  });
  steps_->clear();
  for (const auto& s : timeline.steps) {
    auto* it = new QTreeWidgetItem(steps_);
    it->setText(0, QString::number(s.atS * o.durationScale, 'f', 1));
    it->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    it->setText(1, commandName(s.action));
    it->setText(2, s.service.isEmpty() ? s.templateName : s.service);
    it->setText(3, s.node);
    it->setText(4, tr("waiting"));
  }
  for (int c = 0; c < 4; ++c) steps_->resizeColumnToContents(c);
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
  emit runStarted(timeline.name);
  emit runTimeline(timeline, o.durationScale);
  emit message(tr("experiment %1 started (time ×%2), journaled to %3")
                   .arg(timeline.name)
                   .arg(o.durationScale)
                   .arg(o.journalDir));
  runner_->start();
  updateButtons();
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
  for (int i = 0; i < summary_.size(); ++i) fillSummaryRow(i, summary_[i]);
  table_->resizeColumnsToContents();
  updateButtons();
}

QString ExperimentsPanel::paperText(const Measure& m, bool* beats) {
  *beats = false;
  if (!m.paperValue) return {};
  auto num = [](double v) { return QString::number(v, 'f', std::abs(v) < 10 ? 2 : 0); };
  if (!std::isfinite(m.value) || *m.paperValue == 0) return num(*m.paperValue);
  // A negative update gap is an overlap (both instances showed updates): no ratio, no green.
  if (isUpdateOverlap(m.name, m.value)) return tr("%1 (overlap)").arg(num(*m.paperValue));
  // Rates are better higher; durations and lags lower.
  *beats = beatsPaper(m.value, *m.paperValue, m.unit);
  return tr("%1 (×%2)").arg(num(*m.paperValue)).arg(m.value / *m.paperValue, 0, 'f', 2);
}

void ExperimentsPanel::fillSummaryRow(int i, const Measure& m) {
  auto num = [](double v) {
    return std::isfinite(v) ? QString::number(v, 'f', std::abs(v) < 10 ? 2 : 0) : tr("no data");
  };
  table_->setItem(i, 0, new QTableWidgetItem(m.name));
  auto* v = new QTableWidgetItem(num(m.value));
  v->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  table_->setItem(i, 1, v);
  table_->setItem(i, 2, new QTableWidgetItem(m.unit));
  bool beats = false;
  auto* p = new QTableWidgetItem(paperText(m, &beats));
  p->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  if (beats) {
    p->setForeground(QColor(0x1b, 0x5e, 0x20));
    p->setBackground(QColor(0xc8, 0xe6, 0xc9));
    p->setToolTip(tr("better than the paper"));
  } else if (isUpdateOverlap(m.name, m.value)) {
    p->setToolTip(tr("overlap: both the old and the new instance showed updates"));
  }
  table_->setItem(i, 3, p);
  auto* d = new QTableWidgetItem(m.detail);
  d->setToolTip(m.detail);
  table_->setItem(i, 4, d);
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
