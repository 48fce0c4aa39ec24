// Two recorded runs overlaid (issue 13, part 5): Fig. 3 (publishes and display updates per
// second) and Fig. 4 (display lag) of run A and run B, both aligned at their time 0, with their
// deploy / migrate / restart markers. Made of the live charts' parts (makeChart,
// MarkerChartView: marker rows and "+N" groups, the hover cursor; renderChartViews for export).
#pragma once

#include <QLineSeries>
#include <QList>
#include <QWidget>

#include "MarkerChartView.h"
#include "RunComparison.h"

namespace swarmlab {

class ComparisonCharts : public QWidget {
  Q_OBJECT
 public:
  explicit ComparisonCharts(QWidget* parent = nullptr);

  /// Draws the two runs (labels: "A", "B"); replaces what was drawn.
  void setRuns(const RunSeries& a, const RunSeries& b);
  MarkerChartView* rateView() const { return rateView_; }
  MarkerChartView* lagView() const { return lagView_; }
  /// Line series drawn per chart (each gap starts a new one).
  int lineCount() const { return int(lines_.size()); }
  /// Both charts as PNG (at `dpi`) or SVG, by the file's suffix.
  bool exportImage(const QString& path, int dpi = 300);
  static QColor runColor(int run);

 protected:
  void changeEvent(QEvent* e) override;

 private:
  struct Curve {
    QString name;  ///< untranslated key: "publish", "updates", "lag50", "lag99"
    int run = 0;
    bool lag = false;
    QList<QPointF> points;
  };
  void rebuild();
  void addCurve(const Curve& c, QChart* chart, QValueAxis* x, QValueAxis* y);
  QString curveLabel(const Curve& c) const;
  QStringList hoverLines(bool lag, double t) const;
  void retranslateUi();

  QChart* rateChart_;
  QChart* lagChart_;
  QValueAxis *rateX_, *rateY_, *lagX_, *lagY_;
  MarkerChartView* rateView_;
  MarkerChartView* lagView_;
  QList<ChartMarker> markers_;
  QList<Curve> curves_;
  QList<QLineSeries*> lines_;
  RunSeries runs_[2];
};

}  // namespace swarmlab
