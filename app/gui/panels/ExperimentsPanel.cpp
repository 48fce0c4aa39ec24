#include "ExperimentsPanel.h"

#include <QComboBox>
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
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "CsvExport.h"
#include "ExperimentRunner.h"
#include "GuiText.h"
#include "LabFile.h"
#include "Orchestrator.h"
#include "Telemetry.h"

namespace swarmlab {

ExperimentsPanel::ExperimentsPanel(QWidget* parent) : QWidget(parent) {
  m_timelines = new QComboBox;
  m_timelines->setToolTip(tr("Experiment timeline"));
  m_timelines->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  auto* openTimeline = new QPushButton(tr("&Timeline…"));
  openTimeline->setToolTip(tr("Open another timeline file"));
  m_scale = new QDoubleSpinBox;
  m_scale->setRange(0.05, 10);
  m_scale->setSingleStep(0.1);
  m_scale->setValue(1.0);
  m_scale->setPrefix(tr("time ×"));
  m_scale->setToolTip(tr("Duration scale: every step time and the duration are multiplied by it"));
  m_run_ = new QPushButton(QIcon(QStringLiteral(":/icons/play.svg")), tr("&Run"));
  m_stop = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), tr("St&op"));
  m_exportCsv = new QPushButton(tr("Export &CSV…"));
  m_exportPng = new QPushButton(tr("Charts as &PNG…"));
  m_open = new QPushButton(tr("Open &run folder…"));
  m_progress = new QProgressBar;
  m_progress->setFormat(tr("%v / %m s"));
  m_progress->setRange(0, 60);
  m_progress->setValue(0);
  m_status = new QLabel(tr("Choose a timeline and press Run."));
  m_status->setWordWrap(true);
  m_steps = new QTreeWidget;
  m_steps->setHeaderLabels({tr("at (s)"), tr("action"), tr("service"), tr("node"), tr("status")});
  m_steps->setRootIsDecorated(false);
  m_steps->setAccessibleName(tr("Timeline steps"));
  m_table = new QTableWidget(0, 5);
  m_table->setHorizontalHeaderLabels(
      {tr("measure"), tr("value"), tr("unit"), tr("paper 2017"), tr("detail")});
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_table->verticalHeader()->hide();
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setAccessibleName(tr("Run summary"));

  auto* top = new QHBoxLayout;
  top->addWidget(m_timelines, 1);
  top->addWidget(openTimeline);
  top->addWidget(m_scale);
  top->addWidget(m_run_);
  top->addWidget(m_stop);
  auto* bottom = new QHBoxLayout;
  bottom->addWidget(m_exportCsv);
  bottom->addWidget(m_exportPng);
  bottom->addWidget(m_open);
  bottom->addStretch(1);
  auto* split = new QSplitter(Qt::Horizontal);
  split->addWidget(m_steps);
  split->addWidget(m_table);
  split->setStretchFactor(1, 2);
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(4, 4, 4, 4);
  lay->addLayout(top);
  lay->addWidget(m_progress);
  lay->addWidget(m_status);
  lay->addWidget(split, 1);
  lay->addLayout(bottom);

  const QString res = resourcesDir();
  if (!res.isEmpty()) {
    const QDir dir(QDir(res).filePath(QStringLiteral("experiments")));
    for (const auto& f : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
      addTimelineFile(f.absoluteFilePath());
    // The original run first.
    const int paper = m_timelines->findText(QStringLiteral("paper-2017"));
    if (paper >= 0) m_timelines->setCurrentIndex(paper);
  }

  connect(openTimeline, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getOpenFileName(this, tr("Open timeline"), resourcesDir(),
                                                   tr("Timelines (*.json)"));
    if (f.isEmpty()) return;
    addTimelineFile(f);
    m_timelines->setCurrentIndex(m_timelines->count() - 1);
  });
  connect(m_run_, &QPushButton::clicked, this, [this] { runSelected(); });
  connect(m_stop, &QPushButton::clicked, this, &ExperimentsPanel::stopRun);
  connect(m_exportPng, &QPushButton::clicked, this, &ExperimentsPanel::exportChartsRequested);
  // The buttons write and read files on a worker thread: the window never waits for a disk.
  connect(m_exportCsv, &QPushButton::clicked, this, [this] {
    const QString d = QFileDialog::getExistingDirectory(this, tr("Export the run's CSV files to"));
    if (d.isEmpty()) return;
    exportCsv(d).then(this, [this](const QString& err) {
      if (!err.isEmpty()) QMessageBox::warning(this, tr("Export CSV"), err);
    });
  });
  connect(m_open, &QPushButton::clicked, this, [this] {
    const QString d =
        QFileDialog::getExistingDirectory(this, tr("Open a run folder (metrics.csv, events.csv)"));
    if (d.isEmpty()) return;
    openRunFolder(d).then(this, [this](const QString& err) {
      if (!err.isEmpty()) QMessageBox::warning(this, tr("Open run"), err);
    });
  });
  updateButtons();
}

ExperimentsPanel::~ExperimentsPanel() = default;

void ExperimentsPanel::setLab(const Lab& lab, Orchestrator* orchestrator) {
  m_lab = lab;
  m_orch = orchestrator;
  updateButtons();
}

void ExperimentsPanel::setTelemetry(Telemetry* telemetry) {
  m_telemetry = telemetry;
  updateButtons();
}

void ExperimentsPanel::addTimelineFile(const QString& path) {
  if (m_timelines->findData(path) >= 0) return;
  m_timelines->addItem(QFileInfo(path).completeBaseName(), path);
  m_timelines->setItemData(m_timelines->count() - 1, path, Qt::ToolTipRole);
}

QStringList ExperimentsPanel::timelineFiles() const {
  QStringList out;
  for (int i = 0; i < m_timelines->count(); ++i) out << m_timelines->itemData(i).toString();
  return out;
}

bool ExperimentsPanel::isRunning() const { return m_runner && m_runner->isRunning(); }

void ExperimentsPanel::updateButtons() {
  const bool running = m_runner != nullptr;
  m_run_->setEnabled(!running && m_orch && m_telemetry && m_timelines->count() > 0);
  m_stop->setEnabled(running);
  m_exportCsv->setEnabled(!running && m_run.has_value());
  m_open->setEnabled(!running);
  m_timelines->setEnabled(!running);
  m_scale->setEnabled(!running);
}

bool ExperimentsPanel::runSelected(double durationScale) {
  if (m_runner) return false;
  const QString path = m_timelines->currentData().toString();
  if (!m_orch || !m_telemetry) {
    m_status->setText(tr("The lab is not ready yet."));
    return false;
  }
  const auto loaded = loadTimelineFile(path);
  QStringList errors = loaded.errors;
  if (loaded.ok()) errors += checkTimelineAgainstLab(*loaded.timeline, m_lab);
  if (!errors.isEmpty()) {
    m_status->setText(tr("%1 cannot run:\n%2").arg(path, errors.join(QLatin1Char('\n'))));
    emit message(tr("timeline %1 rejected: %2").arg(path, errors.join(QStringLiteral("; "))));
    return false;
  }
  RunnerOptions o;
  o.durationScale = durationScale > 0 ? durationScale : m_scale->value();
  m_runner = new ExperimentRunner(m_orch, m_telemetry, m_lab, *loaded.timeline, o, this);
  m_steps->clear();
  for (const auto& s : loaded.timeline->steps) {
    auto* it = new QTreeWidgetItem(m_steps);
    it->setText(0, QString::number(s.atS * o.durationScale, 'f', 1));
    it->setText(1, commandName(s.action));
    it->setText(2, s.service.isEmpty() ? s.templateName : s.service);
    it->setText(3, s.node);
    it->setText(4, tr("waiting"));
  }
  m_table->setRowCount(0);
  m_progress->setRange(0, int(std::ceil(m_runner->totalS())));
  m_progress->setValue(0);
  connect(m_runner, &ExperimentRunner::progress, this, [this](double e, double total) {
    m_progress->setValue(int(e));
    m_status->setText(tr("Running %1: %2 of %3 s")
                          .arg(m_runner->timeline().name)
                          .arg(e, 0, 'f', 1)
                          .arg(total, 0, 'f', 0));
  });
  connect(m_runner, &ExperimentRunner::stepFired, this, &ExperimentsPanel::onStepFired);
  connect(m_runner, &ExperimentRunner::stepFailed, this, [this](int index, const QString& msg) {
    if (auto* it = m_steps->topLevelItem(index)) {
      it->setText(4, tr("failed: %1").arg(msg));
      it->setForeground(4, QColor(0xc6, 0x28, 0x28));
    }
    emit message(tr("step %1 failed: %2").arg(index + 1).arg(msg));
  });
  connect(m_runner, &ExperimentRunner::ending, this, [this] {
    m_status->setText(tr("Ending: stopping services and collecting the last metrics…"));
  });
  connect(m_runner, &ExperimentRunner::finished, this, &ExperimentsPanel::onFinished);
  emit runStarted(loaded.timeline->name);
  emit message(
      tr("experiment %1 started (time ×%2)").arg(loaded.timeline->name).arg(o.durationScale));
  m_runner->start();
  updateButtons();
  return true;
}

void ExperimentsPanel::stopRun() {
  if (m_runner) m_runner->abort();
}

void ExperimentsPanel::onStepFired(int index, const TimelineStep&, quint64 id) {
  if (auto* it = m_steps->topLevelItem(index)) {
    it->setText(4, tr("fired (command %1)").arg(id));
    m_steps->scrollToItem(it);
  }
}

void ExperimentsPanel::onFinished(const RunData& run, bool aborted) {
  m_runner->deleteLater();
  m_runner = nullptr;
  m_progress->setValue(m_progress->maximum());
  showRun(run);
  m_status->setText(aborted
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
  m_run = run;
  m_summary = computeSummary(run);
  m_table->setRowCount(m_summary.size());
  for (int i = 0; i < m_summary.size(); ++i) {
    const auto& m = m_summary[i];
    auto num = [](double v) { return QString::number(v, 'f', std::abs(v) < 10 ? 2 : 0); };
    m_table->setItem(i, 0, new QTableWidgetItem(m.name));
    auto* v = new QTableWidgetItem(num(m.value));
    v->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(i, 1, v);
    m_table->setItem(i, 2, new QTableWidgetItem(m.unit));
    auto* p = new QTableWidgetItem(m.paperValue ? num(*m.paperValue) : QString());
    p->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(i, 3, p);
    m_table->setItem(i, 4, new QTableWidgetItem(m.detail));
  }
  m_table->resizeColumnsToContents();
  updateButtons();
}

QFuture<QString> ExperimentsPanel::exportCsv(const QString& dir) {
  if (!m_run) return QtFuture::makeReadyFuture(tr("No run to export yet."));
  m_exportCsv->setEnabled(false);
  return QtConcurrent::run([run = *m_run, summary = m_summary, dir] {
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
  using Result = std::pair<std::optional<RunData>, QString>;
  m_open->setEnabled(false);
  return QtConcurrent::run([dir] {
           QString err;
           auto run = importRun(dir, &err);
           return Result{std::move(run), err};
         })
      .then(this, [this, dir](const Result& r) {
        updateButtons();
        if (!r.first) return r.second;
        showRun(*r.first);
        m_status->setText(tr("Run read from %1.").arg(dir));
        emit runLoaded(*r.first);
        return QString();
      });
}

}  // namespace swarmlab
