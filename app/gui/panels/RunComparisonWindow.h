// Two runs compared (issue 13, part 5): their Fig. 3 and Fig. 4 overlaid at time 0 and their
// summaries side by side with the paper's column; exports as CSV and PNG. A window of its own
// so that charts and table are readable (1600×1000); the runs are read on a worker thread.
#pragma once

#include <QWidget>
#include <optional>

#include "RunCatalog.h"
#include "RunComparison.h"

class QLabel;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace swarmlab {

class ComparisonCharts;

class RunComparisonWindow : public QWidget {
  Q_OBJECT
 public:
  explicit RunComparisonWindow(QWidget* parent = nullptr);

  /// Reads both run folders (reportRunFolder, nothing rewritten) off the GUI thread, then
  /// shows them; loaded() follows (ok false: the status line names the file and the problem).
  void openRuns(const QString& dirA, const QString& dirB);
  bool isLoading() const { return loading_; }
  QTableWidget* table() const { return table_; }
  ComparisonCharts* charts() const { return charts_; }
  QLabel* statusLabel() const { return status_; }
  QPushButton* exportCsvButton() const { return exportCsv_; }
  QPushButton* exportPngButton() const { return exportPng_; }
  /// Writes the side-by-side table (CSV) or the charts (PNG / SVG, 300 dpi); error names the file.
  bool exportCsv(const QString& path, QString* error = nullptr) const;
  bool exportPng(const QString& path, QString* error = nullptr);

 signals:
  void loaded(bool ok);

 protected:
  void changeEvent(QEvent* e) override;

 private:
  struct Loaded {
    RunEntry entry;
    RunSeries series;
    QList<Measure> summary;
    QString error;  ///< empty when the run was read
  };
  static Loaded load(const QString& dir);
  void display(const Loaded& a, const Loaded& b);
  void fillTable();
  QString headerText(int run) const;
  void retranslateUi();

  QLabel* head_[2];
  ComparisonCharts* charts_;
  QTableWidget* table_;
  QSplitter* split_;
  QPushButton* exportCsv_;
  QPushButton* exportPng_;
  QLabel* status_;
  std::optional<Loaded> runs_[2];
  QList<ComparisonRow> rows_;
  bool loading_ = false;
};

}  // namespace swarmlab
