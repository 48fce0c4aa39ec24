#include "RunsPanel.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

#include "RunComparisonWindow.h"

namespace swarmlab {

namespace {
enum Col { kRun, kTimeline, kStarted, kBackend, kPublish, kUpdates, kLag, kDeploy, kState, kCols };

QString figure(double v) {
  return std::isfinite(v) ? QString::number(v, 'f', std::abs(v) < 10 ? 2 : 0)
                          : RunsPanel::tr("no data");
}
}  // namespace

RunsPanel::RunsPanel(QWidget* parent) : QWidget(parent) {
  folder_ = new QLabel;
  folder_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  choose_ = new QPushButton;
  refresh_ = new QPushButton;
  compare_ = new QPushButton;
  compare_->setObjectName(QStringLiteral("compareRuns"));
  compare_->setEnabled(false);
  list_ = new QTreeWidget;
  list_->setColumnCount(kCols);
  list_->setRootIsDecorated(false);
  list_->setUniformRowHeights(true);
  list_->setAlternatingRowColors(true);
  list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  list_->setSortingEnabled(false);
  auto* top = new QHBoxLayout;
  top->addWidget(folder_, 1);
  top->addWidget(choose_);
  top->addWidget(refresh_);
  top->addWidget(compare_);
  auto* l = new QVBoxLayout(this);
  l->setContentsMargins(4, 4, 4, 4);
  l->addLayout(top);
  l->addWidget(list_, 1);
  connect(list_, &QTreeWidget::itemSelectionChanged, this,
          [this] { compare_->setEnabled(selectedDirs().size() == 2); });
  connect(compare_, &QPushButton::clicked, this, &RunsPanel::compareSelected);
  connect(refresh_, &QPushButton::clicked, this, &RunsPanel::refresh);
  connect(choose_, &QPushButton::clicked, this, [this] {
    const QString d = QFileDialog::getExistingDirectory(this, tr("Runs folder"), dir_);
    if (!d.isEmpty()) setRunsFolder(d);
  });
  retranslateUi();
}

QString RunsPanel::defaultRunsFolder() {
  const QString env = qEnvironmentVariable("SWARMLAB_RUNS_DIR");
  if (!env.isEmpty()) return env;
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
      .filePath(QStringLiteral("runs"));
}

void RunsPanel::setRunsFolder(const QString& dir) {
  dir_ = dir;
  refresh();
}

void RunsPanel::refresh() {
  if (dir_.isEmpty()) return;
  const int gen = ++generation_;
  using Result = QPair<QList<RunEntry>, QString>;
  auto* watcher = new QFutureWatcher<Result>(this);
  connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, gen] {
    const Result r = watcher->result();
    watcher->deleteLater();
    if (gen != generation_) return;  // a newer read was asked for
    entries_ = r.first;
    error_ = r.second;
    fill();
    emit listed(int(entries_.size()));
  });
  watcher->setFuture(QtConcurrent::run([dir = dir_] {
    QString error;
    QList<RunEntry> runs = scanRunsFolder(dir, &error);
    return Result(runs, error);
  }));
}

void RunsPanel::fill() {
  list_->clear();
  for (const auto& e : entries_) {
    auto* it = new QTreeWidgetItem;
    it->setData(kRun, Qt::UserRole, e.dir);
    it->setText(kRun, e.name);
    it->setToolTip(kRun, e.dir);
    it->setText(kTimeline, e.timeline.isEmpty() ? tr("unknown") : e.timeline);
    it->setText(kStarted, e.started.isValid()
                              ? e.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : tr("unknown"));
    it->setText(kBackend, e.backend.isEmpty() ? tr("unknown") : e.backend);
    const double figs[] = {e.publishRate(), e.updateRate(), e.lagMs(), e.deployMs()};
    for (int c = kPublish; c <= kDeploy; ++c) {
      it->setText(c, e.summary.isEmpty() ? QString() : figure(figs[c - kPublish]));
      it->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    QString state;
    QColor color;
    switch (e.status) {
      case RunEntry::Status::Finished:
        state = tr("finished");
        break;
      case RunEntry::Status::Interrupted:
        state = tr("interrupted");
        color = QColor(0xef, 0x6c, 0x00);
        break;
      case RunEntry::Status::Journal:
        state = tr("journal only: %1").arg(e.problem);
        color = QColor(0xef, 0x6c, 0x00);
        break;
      case RunEntry::Status::Broken:
        state = tr("broken: %1").arg(e.problem);
        color = QColor(0xc6, 0x28, 0x28);
        break;
    }
    it->setText(kState, state);
    it->setToolTip(kState, e.problem.isEmpty() ? state : e.problem);
    if (color.isValid()) it->setForeground(kState, color);
    list_->addTopLevelItem(it);
  }
  for (int c = 0; c < kState; ++c) list_->resizeColumnToContents(c);
  folder_->setText(error_.isEmpty() ? tr("%n run(s) in %1", nullptr, int(entries_.size())).arg(dir_)
                                    : error_);
  compare_->setEnabled(false);
}

QStringList RunsPanel::selectedDirs() const {
  // In list order (newest first), whatever order they were selected in.
  QStringList out;
  for (int i = 0; i < list_->topLevelItemCount(); ++i)
    if (list_->topLevelItem(i)->isSelected())
      out << list_->topLevelItem(i)->data(kRun, Qt::UserRole).toString();
  return out;
}

void RunsPanel::compareSelected() {
  const QStringList dirs = selectedDirs();
  if (dirs.size() != 2) return;
  // The list is newest first: the older run is A.
  compare(dirs[1], dirs[0]);
}

void RunsPanel::compare(const QString& dirA, const QString& dirB) {
  if (!window_) window_ = new RunComparisonWindow(this);
  emit message(tr("comparing %1 (A) and %2 (B)").arg(dirA, dirB));
  window_->openRuns(dirA, dirB);
}

void RunsPanel::retranslateUi() {
  choose_->setText(tr("Folder…"));
  refresh_->setText(tr("Refresh"));
  compare_->setText(tr("Compare the two selected"));
  compare_->setToolTip(
      tr("Select two runs (Ctrl+click) to overlay their charts and compare "
         "their summaries with the paper"));
  list_->setHeaderLabels({tr("run folder"), tr("timeline"), tr("started"), tr("backend"),
                          tr("publish/s"), tr("updates/s"), tr("lag p50 (ms)"),
                          tr("first deploy (ms)"), tr("state")});
  if (!entries_.isEmpty() || !error_.isEmpty()) fill();
}

void RunsPanel::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(e);
}

}  // namespace swarmlab
