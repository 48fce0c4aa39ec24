// Live charts (the paper's Fig. 3 and Fig. 4): publish rate and each subscriber's update
// rate; display lag p50/p99. Samples go into bounded ring buffers (ChartStore) as they
// arrive; a 40 ms timer decimates the visible window to the plot's pixel width and calls
// replace() once per series. No animations; axes set by hand; OpenGL optional.
#pragma once

#include <QChartView>
#include <QElapsedTimer>
#include <QHash>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>
#include <QWidget>

#include "ChartStore.h"
#include "RingBuffer.h"
#include "RunData.h"

class QComboBox;
class QToolButton;
class QLabel;

namespace swarmlab {

/// A vertical line on the charts: deploy / migrate / restart with its measured duration.
struct ChartMarker {
  double t = 0;  ///< chart seconds
  QString text;
  QColor color;
};

/// A chart view that draws the markers over the plot.
class MarkerChartView : public QChartView {
  Q_OBJECT
 public:
  MarkerChartView(QChart* chart, const QList<ChartMarker>* markers, QWidget* parent = nullptr);

 protected:
  void drawForeground(QPainter* painter, const QRectF& rect) override;

 private:
  const QList<ChartMarker>* markers_;
};

class ChartPanel : public QWidget {
  Q_OBJECT
 public:
  explicit ChartPanel(QWidget* parent = nullptr);

  ChartStore& store() { return store_; }
  const ChartStore& store() const { return store_; }
  /// Window shown, in seconds (30 to 600).
  void setWindowSeconds(int s);
  int windowSeconds() const { return windowS_; }
  bool isPaused() const { return paused_; }
  void setUseOpenGL(bool on);
  bool useOpenGL() const { return openGL_; }
  /// Lab time (epoch seconds) of chart time 0: set by the first sample.
  double origin() const { return origin_; }
  double toChartTime(double labSeconds);
  void addMarker(double labSeconds, const QString& text, const QColor& color);
  QList<ChartMarker> markers() const { return markers_; }
  /// The line series drawing a store key (nullptr before the first tick that showed it).
  QLineSeries* lineSeries(const QString& key) const { return lines_.value(key); }
  int lineCount() const { return lines_.size(); }
  QChart* rateChart() const { return rateChart_; }
  QChart* lagChart() const { return lagChart_; }
  /// Durations of recent ticks (ms), for the status bar and the benchmark.
  const RingBuffer<double>& tickTimes() const { return tickMs_; }
  /// Ticks that redrew since the panel was created (the ring keeps the last 2048 durations).
  quint64 tickCount() const { return tickCount_; }
  static constexpr int kTickMs = 40;
  static constexpr int kMaxWindowS = 600;

 public slots:
  /// A per-second metric from telemetry: rates and, for subscribers, lag.
  void addMetric(const swarmlab::MetricSample& m);
  void setPaused(bool paused);
  /// Redraw now (the timer calls it; tests and the benchmark may too).
  void tick();
  void clear();

 signals:
  void windowSecondsChanged(int seconds);

 private:
  QLineSeries* ensureLine(const ChartSeriesData& s);
  /// Seconds the x axis spans now; *tFirst: the oldest sample kept.
  double visibleSpan(double* tFirst) const;
  void updateYAxes(double yRate, double yLag);
  void applyWindowCombo();

  ChartStore store_;
  QChart* rateChart_;
  QChart* lagChart_;
  QValueAxis* rateX_;
  QValueAxis* rateY_;
  QValueAxis* lagX_;
  QValueAxis* lagY_;
  MarkerChartView* rateView_;
  MarkerChartView* lagView_;
  QComboBox* window_;
  QToolButton* pause_;
  QLabel* info_;
  QHash<QString, QLineSeries*> lines_;
  QList<ChartMarker> markers_;
  QList<QPointF> scratch_;
  QHash<QString, MinMaxColumns> columns_;
  QHash<QString, QString> signature_;
  QTimer timer_;
  RingBuffer<double> tickMs_{2048};
  quint64 tickCount_ = 0;
  int windowS_ = 120;
  bool paused_ = false;
  bool openGL_ = false;
  double origin_ = -1;
  quint64 drawnRevision_ = ~0ull;
  double drawnWidth_ = -1;
  int colorIndex_ = 0;
  QHash<QString, int> instanceColor_;
};

}  // namespace swarmlab
