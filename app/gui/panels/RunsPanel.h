// The runs browser (issue 13, part 5): every run under a runs/ folder with its timeline, date,
// backend, state and headline figures (RunCatalog: summary.csv, never a made-up figure); two
// runs selected and "Compare" opens them in a RunComparisonWindow. The folder is read on a
// worker thread.
#pragma once

#include <QWidget>

#include "RunCatalog.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace swarmlab {

class RunComparisonWindow;

class RunsPanel : public QWidget {
  Q_OBJECT
 public:
  explicit RunsPanel(QWidget* parent = nullptr);

  /// The console's runs folder: $SWARMLAB_RUNS_DIR, else the user's data folder (runs/), where
  /// the Experiments tab journals its runs.
  static QString defaultRunsFolder();
  void setRunsFolder(const QString& dir);
  QString runsFolder() const { return dir_; }
  /// Reads the folder again (off the GUI thread); listed() follows.
  void refresh();
  QList<RunEntry> entries() const { return entries_; }
  QTreeWidget* list() const { return list_; }
  QPushButton* compareButton() const { return compare_; }
  /// Opens the two runs selected (or given) in the comparison window.
  void compareSelected();
  void compare(const QString& dirA, const QString& dirB);
  RunComparisonWindow* comparisonWindow() const { return window_; }

 signals:
  void listed(int runs);
  void message(const QString& text);

 protected:
  void changeEvent(QEvent* e) override;

 private:
  void fill();
  void retranslateUi();
  QStringList selectedDirs() const;

  QString dir_;
  QList<RunEntry> entries_;
  QString error_;
  QLabel* folder_;
  QPushButton* choose_;
  QPushButton* refresh_;
  QPushButton* compare_;
  QTreeWidget* list_;
  RunComparisonWindow* window_ = nullptr;
  int generation_ = 0;
};

}  // namespace swarmlab
