#include "RunComparisonWindow.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

#include "ComparisonCharts.h"
#include "RunJournal.h"

namespace swarmlab {

namespace {
enum Col { kMeasure, kUnit, kA, kB, kPaper, kCols };

QString num(double v) {
  if (v == std::round(v)) return QString::number(v, 'f', 0);  // counts, whole rates
  return QString::number(v, 'f', std::abs(v) < 10 ? 2 : 0);
}

/// value / paper: two decimals, or two significant digits when far below 1 ("×0.0034").
QString ratio(double r) {
  return std::abs(r) >= 0.1 ? QString::number(r, 'f', 2) : QString::number(r, 'g', 2);
}

QString statusName(RunEntry::Status s) {
  switch (s) {
    case RunEntry::Status::Finished:
      return RunComparisonWindow::tr("finished");
    case RunEntry::Status::Interrupted:
      return RunComparisonWindow::tr("interrupted");
    case RunEntry::Status::Journal:
      return RunComparisonWindow::tr("journal only");
    case RunEntry::Status::Broken:
      break;
  }
  return RunComparisonWindow::tr("broken");
}
}  // namespace

RunComparisonWindow::RunComparisonWindow(QWidget* parent) : QWidget(parent, Qt::Window) {
  setObjectName(QStringLiteral("runComparison"));
  for (int r = 0; r < 2; ++r) {
    head_[r] = new QLabel;
    head_[r]->setTextInteractionFlags(Qt::TextSelectableByMouse);
    head_[r]->setWordWrap(true);
    head_[r]->setStyleSheet(
        QStringLiteral("QLabel { border-left: 6px solid %1; padding-left: 6px; }")
            .arg(ComparisonCharts::runColor(r).name()));
  }
  charts_ = new ComparisonCharts;
  table_ = new QTableWidget(0, kCols);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->setVisible(false);
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
  table_->horizontalHeader()->setStretchLastSection(false);
  table_->setAlternatingRowColors(true);
  split_ = new QSplitter(Qt::Horizontal);
  split_->addWidget(charts_);
  split_->addWidget(table_);
  split_->setStretchFactor(0, 3);
  split_->setStretchFactor(1, 2);
  // The charts get the room; the table is as wide as its columns need at 1600 px.
  split_->setSizes({960, 620});
  exportCsv_ = new QPushButton;
  exportPng_ = new QPushButton;
  status_ = new QLabel;
  status_->setWordWrap(true);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(status_, 1);
  buttons->addWidget(exportCsv_);
  buttons->addWidget(exportPng_);
  auto* l = new QVBoxLayout(this);
  l->addWidget(head_[0]);
  l->addWidget(head_[1]);
  l->addWidget(split_, 1);
  l->addLayout(buttons);
  connect(exportCsv_, &QPushButton::clicked, this, [this] {
    const QString f =
        QFileDialog::getSaveFileName(this, tr("Export the comparison as CSV"),
                                     QStringLiteral("comparison.csv"), tr("CSV files (*.csv)"));
    QString err;
    if (!f.isEmpty()) status_->setText(exportCsv(f, &err) ? tr("written to %1").arg(f) : err);
  });
  connect(exportPng_, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getSaveFileName(
        this, tr("Export the comparison charts"), QStringLiteral("comparison.png"),
        tr("PNG images, 300 dpi (*.png);;SVG drawings (*.svg)"));
    QString err;
    if (!f.isEmpty()) status_->setText(exportPng(f, &err) ? tr("written to %1").arg(f) : err);
  });
  resize(1600, 1000);
  retranslateUi();
}

RunComparisonWindow::Loaded RunComparisonWindow::load(const QString& dir) {
  Loaded out;
  out.entry = readRunEntry(dir);
  QString error;
  // The whole run (its journal when it has no final files): charts and summary. Nothing is
  // rewritten: comparing runs must not change them.
  if (auto r = reportRunFolder(dir, false, &error)) {
    out.series = runSeries(r->run);
    out.summary = r->summary;
    if (out.entry.timeline.isEmpty()) out.entry.timeline = r->run.timelineName;
    if (out.entry.backend.isEmpty()) out.entry.backend = r->run.backend;
  } else {
    out.error = error;
  }
  return out;
}

void RunComparisonWindow::openRuns(const QString& dirA, const QString& dirB) {
  loading_ = true;
  status_->setText(tr("reading %1 and %2…").arg(dirA, dirB));
  using Pair = QPair<Loaded, Loaded>;
  auto* watcher = new QFutureWatcher<Pair>(this);
  connect(watcher, &QFutureWatcher<Pair>::finished, this, [this, watcher] {
    const Pair p = watcher->result();
    watcher->deleteLater();
    display(p.first, p.second);
  });
  watcher->setFuture(QtConcurrent::run([dirA, dirB] { return Pair(load(dirA), load(dirB)); }));
}

void RunComparisonWindow::display(const Loaded& a, const Loaded& b) {
  loading_ = false;
  runs_[0] = a;
  runs_[1] = b;
  charts_->setRuns(a.series, b.series);
  rows_ = compareSummaries(a.summary, b.summary);
  fillTable();
  QStringList problems;
  for (int r = 0; r < 2; ++r)
    if (!runs_[r]->error.isEmpty())
      problems << tr("%1: cannot be read: %2")
                      .arg(r == 0 ? QStringLiteral("A") : QStringLiteral("B"), runs_[r]->error);
  status_->setText(problems.isEmpty() ? tr("%n measure(s) compared", nullptr, int(rows_.size()))
                                      : problems.join(QLatin1Char('\n')));
  status_->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color: #c62828"));
  retranslateUi();
  QWidget::show();
  emit loaded(problems.isEmpty());
}

void RunComparisonWindow::fillTable() {
  table_->setRowCount(int(rows_.size()));
  auto cell = [](const std::optional<double>& v, const ComparisonRow& r) {
    auto* it = new QTableWidgetItem;
    it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!v) {
      it->setText(QStringLiteral("—"));
      it->setToolTip(tr("this run has no such measure"));
    } else if (!std::isfinite(*v)) {
      it->setText(tr("no data"));
    } else if (paperVerdict(r.measure, *v, r.paper, r.unit) == PaperVerdict::Overlap) {
      // Both instances showed updates: not a gap shorter than the paper's, so no ratio and
      // no green; the default colours, and the reason in words.
      it->setText(tr("%1 (overlap)").arg(num(*v)));
      it->setToolTip(
          tr("overlap: both the old and the new instance showed updates for %1 ms").arg(num(-*v)));
    } else if (r.paper && *r.paper != 0) {
      it->setText(tr("%1 (×%2)").arg(num(*v), ratio(*v / *r.paper)));
      if (paperVerdict(r.measure, *v, r.paper, r.unit) == PaperVerdict::Beats) {
        it->setForeground(QColor(0x1b, 0x5e, 0x20));
        it->setBackground(QColor(0xc8, 0xe6, 0xc9));
        it->setToolTip(tr("better than the paper"));
      }
    } else {
      it->setText(num(*v));
    }
    return it;
  };
  for (int i = 0; i < rows_.size(); ++i) {
    const ComparisonRow& r = rows_[i];
    table_->setItem(i, kMeasure, new QTableWidgetItem(r.measure));
    table_->setItem(i, kUnit, new QTableWidgetItem(r.unit));
    table_->setItem(i, kA, cell(r.a, r));
    table_->setItem(i, kB, cell(r.b, r));
    auto* p = new QTableWidgetItem(r.paper ? num(*r.paper) : QString());
    p->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table_->setItem(i, kPaper, p);
  }
  table_->resizeColumnsToContents();
}

QString RunComparisonWindow::headerText(int r) const {
  const QString label = r == 0 ? QStringLiteral("A") : QStringLiteral("B");
  if (!runs_[r]) return label;
  const RunEntry& e = runs_[r]->entry;
  QString s =
      tr("<b>%1</b>  %2 — timeline <b>%3</b>, %4, %5 backend, %6")
          .arg(label, e.name.toHtmlEscaped(),
               e.timeline.isEmpty() ? tr("unknown") : e.timeline.toHtmlEscaped(),
               e.started.isValid() ? e.started.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                   : tr("date unknown"),
               e.backend.isEmpty() ? tr("unknown") : e.backend.toHtmlEscaped(),
               statusName(e.status));
  if (e.status != RunEntry::Status::Finished && !e.problem.isEmpty())
    s += QStringLiteral("<br><span style='color:#c62828'>%1</span>").arg(e.problem.toHtmlEscaped());
  return s;
}

bool RunComparisonWindow::exportCsv(const QString& path, QString* error) const {
  return writeComparisonCsv(
      rows_, runs_[0] ? QStringLiteral("A:") + runs_[0]->entry.name : QStringLiteral("A"),
      runs_[1] ? QStringLiteral("B:") + runs_[1]->entry.name : QStringLiteral("B"), path, error);
}

bool RunComparisonWindow::exportPng(const QString& path, QString* error) {
  if (charts_->exportImage(path, 300)) return true;
  if (error) *error = tr("%1: cannot write the image file").arg(path);
  return false;
}

void RunComparisonWindow::retranslateUi() {
  setWindowTitle(tr("swarmlab: two runs compared"));
  for (int r = 0; r < 2; ++r) head_[r]->setText(headerText(r));
  table_->setHorizontalHeaderLabels(
      {tr("measure"), tr("unit"), tr("run A (× paper)"), tr("run B (× paper)"), tr("paper 2017")});
  exportCsv_->setText(tr("Export CSV…"));
  exportPng_->setText(tr("Export PNG…"));
  if (!rows_.isEmpty()) fillTable();
}

void RunComparisonWindow::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(e);
}

}  // namespace swarmlab
