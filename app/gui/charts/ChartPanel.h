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
  const QList<ChartMarker>* m_markers;
};

class ChartPanel : public QWidget {
  Q_OBJECT
 public:
  explicit ChartPanel(QWidget* parent = nullptr);

  ChartStore& store() { return m_store; }
  const ChartStore& store() const { return m_store; }
  /// Window shown, in seconds (30 to 600).
  void setWindowSeconds(int s);
  int windowSeconds() const { return m_windowS; }
  bool isPaused() const { return m_paused; }
  void setUseOpenGL(bool on);
  bool useOpenGL() const { return m_openGL; }
  /// Lab time (epoch seconds) of chart time 0: set by the first sample.
  double origin() const { return m_origin; }
  double toChartTime(double labSeconds);
  void addMarker(double labSeconds, const QString& text, const QColor& color);
  QList<ChartMarker> markers() const { return m_markers; }
  /// The line series drawing a store key (nullptr before the first tick that showed it).
  QLineSeries* lineSeries(const QString& key) const { return m_lines.value(key); }
  int lineCount() const { return m_lines.size(); }
  QChart* rateChart() const { return m_rateChart; }
  QChart* lagChart() const { return m_lagChart; }
  /// Durations of recent ticks (ms), for the status bar and the benchmark.
  const RingBuffer<double>& tickTimes() const { return m_tickMs; }
  /// Ticks that redrew since the panel was created (the ring keeps the last 2048 durations).
  quint64 tickCount() const { return m_tickCount; }
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
  void applyWindowCombo();

  ChartStore m_store;
  QChart* m_rateChart;
  QChart* m_lagChart;
  QValueAxis* m_rateX;
  QValueAxis* m_rateY;
  QValueAxis* m_lagX;
  QValueAxis* m_lagY;
  MarkerChartView* m_rateView;
  MarkerChartView* m_lagView;
  QComboBox* m_window;
  QToolButton* m_pause;
  QLabel* m_info;
  QHash<QString, QLineSeries*> m_lines;
  QList<ChartMarker> m_markers;
  QList<QPointF> m_scratch;
  QHash<QString, MinMaxColumns> m_columns;
  QHash<QString, QString> m_signature;
  QTimer m_timer;
  RingBuffer<double> m_tickMs{2048};
  quint64 m_tickCount = 0;
  int m_windowS = 120;
  bool m_paused = false;
  bool m_openGL = false;
  double m_origin = -1;
  quint64 m_drawnRevision = ~0ull;
  double m_drawnWidth = -1;
  int m_colorIndex = 0;
  QHash<QString, int> m_instanceColor;
};

}  // namespace swarmlab
