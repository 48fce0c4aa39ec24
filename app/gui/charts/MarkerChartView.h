// A chart view that draws command markers over the plot (rows of labels, "+N" groups, faint
// planned steps) and, under the mouse, a cursor with the values at that time; the charts it
// shows are made by makeChart, and renderChartViews paints two of them into a PNG or SVG file.
#pragma once

#include <QChartView>
#include <QFont>
#include <QHash>
#include <QValueAxis>
#include <functional>

namespace swarmlab {

/// A vertical line on the charts: deploy / migrate / restart with its measured duration, or a
/// step of the running experiment still ahead (planned: drawn faint until its time passes).
struct ChartMarker {
  double t = 0;  ///< chart seconds
  QString text;
  QColor color;
  bool planned = false;
};

/// A chart view that draws the markers over the plot and, under the mouse, a cursor line with
/// the values of the series shown at that time.
class MarkerChartView : public QChartView {
  Q_OBJECT
 public:
  /// Lines for the cursor box at chart time t (the first line is the time).
  using HoverLines = std::function<QStringList(double t)>;
  MarkerChartView(QChart* chart, const QList<ChartMarker>* markers, HoverLines hover,
                  QWidget* parent = nullptr);

  /// Marker labels and "+N" group badges of the last paint, in view coordinates.
  QList<QRectF> labelRects() const { return labelRects_; }
  /// Each "+N" badge of the last paint with the markers it stands for.
  QList<QPair<QRectF, QStringList>> groups() const { return groups_; }
  /// What the cursor box shows now (empty when the mouse is not over the plot).
  QStringList hoverLines() const;
  /// The tool tip last shown for a "+N" badge.
  QString lastGroupToolTip() const { return groupTip_; }
  /// The chart's title (plain text): on two lines when one is wider than the view, so that
  /// its end ("(Fig. 3)") is not lost to an ellipsis (Portuguese at 1366x768).
  void setChartTitle(const QString& title);
  static constexpr int kLabelRows = 3;
  static constexpr int kLegendMinHeight = 260;

 protected:
  void drawForeground(QPainter* painter, const QRectF& rect) override;
  void mouseMoveEvent(QMouseEvent* e) override;
  void leaveEvent(QEvent* e) override;
  /// Below kLegendMinHeight the chart's own legend goes (the Series list beside the charts has
  /// the same names and colours): the plot keeps its height at 1366x768.
  void resizeEvent(QResizeEvent* e) override;

 private:
  void drawMarkers(QPainter* p, const QRectF& plot, double x0, double x1);
  void drawCursor(QPainter* p, const QRectF& plot);
  void fitTitle();

  const QList<ChartMarker>* markers_;
  QString title_;
  HoverLines hover_;
  QList<QRectF> labelRects_;
  QList<QPair<QRectF, QStringList>> groups_;
  double cursorT_ = -1;
  bool hasCursor_ = false;
  QString groupTip_;
  QFont widthFont_;                ///< the font textWidth_ was measured in
  QHash<QString, int> textWidth_;  ///< marker text -> its width in widthFont_
};

/// A chart with a bottom legend, no animation and two value axes (x: bottom, y: left).
QChart* makeChart(QValueAxis** x, QValueAxis** y);
/// Paints `top` above `bottom` into `path`: SVG (titled `svgTitle`) when the suffix is .svg,
/// otherwise PNG at `dpi`. False when the file cannot be written.
bool renderChartViews(QChartView* top, QChartView* bottom, const QString& path, int dpi,
                      const QString& svgTitle);

}  // namespace swarmlab
