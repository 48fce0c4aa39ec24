// Live charts (the paper's Fig. 3 and Fig. 4). By default they summarise: one series per kind
// and layer (total publish rate; minimum and mean update rate across subscribers; worst lag
// p99), whatever the number of devices. The legend beside the plots drills down to single
// instances (a click), and so does selecting chips on the topology (setFocusInstances).
// Samples go into bounded ring buffers (ChartStore) as they arrive; a 40 ms timer decimates the
// visible window to the plot's pixel width and replaces the points of the series shown; a
// missing second splits a line (a gap, not a flat line). Hovering shows the values at the
// cursor; command markers stack in rows and collapse into "+N" groups. No animations.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QLineSeries>
#include <QMap>
#include <QSet>
#include <QTimer>
#include <QValueAxis>
#include <QWidget>

#include "ChartStore.h"
#include "LabTypes.h"
#include "MarkerChartView.h"
#include "RingBuffer.h"
#include "RunData.h"

class QComboBox;
class QToolButton;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace swarmlab {

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
  /// Layer of each node, for the summary series (one per kind and layer).
  void setNodeLayers(const QHash<QString, Layer>& layers);
  /// Lab time (epoch seconds) of chart time 0: set by the first sample, or by startAt().
  double origin() const { return origin_; }
  double toChartTime(double labSeconds);
  /// Clears the charts and starts them at lab time `labSeconds` (an experiment's time 0);
  /// `planEndS` > 0 keeps the x axis wide enough to show that much of the plan ahead.
  void startAt(double labSeconds, double planEndS = 0);
  void addMarker(double labSeconds, const QString& text, const QColor& color);
  /// A faint marker at chart time t, removed once the charts' time has passed it.
  void addPlannedMarker(double chartSeconds, const QString& text, const QColor& color);
  QList<ChartMarker> markers() const { return markers_; }

  /// Keys of the series drawn now (summaries and drilled-down instances).
  QStringList shownKeys() const;
  bool isShown(const QString& key) const;
  /// Drill down: show (or hide) an instance's own series.
  void setInstanceShown(const QString& instance, bool shown);
  /// Instances shown because their chips are selected on the topology (replaces the last set).
  void setFocusInstances(const QStringList& instances);
  /// The legend (a tree beside the plots; collapsible).
  QTreeWidget* legend() const { return legend_; }
  QTreeWidgetItem* legendItem(const QString& keyOrInstance) const;
  void setLegendVisible(bool on);
  /// The first line series drawing a store key (nullptr when it is not drawn).
  QLineSeries* lineSeries(const QString& key) const;
  /// Line segments drawing a key (a gap in the data starts a new one).
  QList<QLineSeries*> segments(const QString& key) const { return lines_.value(key); }
  int lineCount() const { return lines_.size(); }
  QChart* rateChart() const { return rateChart_; }
  QChart* lagChart() const { return lagChart_; }
  MarkerChartView* rateView() const { return rateView_; }
  MarkerChartView* lagView() const { return lagView_; }
  /// The display name of a store key, in the current language.
  QString seriesLabel(const QString& key) const;
  /// Both charts (with their legends) as PNG (at `dpi`) or SVG, chosen by the file suffix.
  bool exportImage(const QString& path, int dpi = 300, QString* error = nullptr);
  /// Durations of recent ticks (ms), for the status bar and the benchmark.
  const RingBuffer<double>& tickTimes() const { return tickMs_; }
  /// The same ticks' CPU time on the GUI thread (ms; Linux), without the time the thread spent
  /// preempted: on a loaded machine the wall time above includes other processes' turns.
  const RingBuffer<double>& tickCpuTimes() const { return tickCpuMs_; }
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

 protected:
  void changeEvent(QEvent* e) override;

 private:
  struct SecondSum {
    double sum = 0, min = 0, lagMax = 0;
    int n = 0, lagN = 0;
  };
  void buildBar();
  void retranslateUi();
  void addToSummary(const MetricSample& m, double t);
  void addLegendItem(const QString& key);
  void onLegendClicked(QTreeWidgetItem* item);
  void refreshLegendChecks();
  QColor seriesColor(const QString& key);
  QPen seriesPen(const QString& key);
  void setSegments(const QString& key, ChartKind chart, const QList<QList<QPointF>>& parts);
  void removeLines(const QString& key);
  QStringList hoverLines(ChartKind chart, double t) const;
  /// Seconds the x axis spans now; *tFirst: the oldest sample kept.
  double visibleSpan(double* tFirst) const;
  void updateXAxis(double* t0, double* tMax, int* buckets);
  void updateYAxes(double yRate, double yLag);
  void dropGone();
  void updateInfo(double tickMs);
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
  QTreeWidget* legend_;
  QComboBox* window_;
  QLabel* windowLabel_;
  QToolButton* pause_;
  QToolButton* legendButton_;
  QLabel* info_;
  QElapsedTimer infoAge_;  ///< since the info label's text was last set
  QHash<QString, QList<QLineSeries*>> lines_;
  QList<ChartMarker> markers_;
  QList<QPointF> scratch_;
  QHash<QString, MinMaxColumns> columns_;
  /// What a series' columns looked like when last sent to its lines: equal means unchanged.
  struct ColumnsSignature {
    size_t count = 0;
    long long firstIndex = 0;
    double lastMin = 0, lastMax = 0;
    bool operator==(const ColumnsSignature&) const = default;
    static ColumnsSignature of(const MinMaxColumns& c) {
      if (c.columns.empty()) return {};
      return {c.columns.size(), c.columns.front().index, c.columns.back().min.y(),
              c.columns.back().max.y()};
    }
  };
  QHash<QString, ColumnsSignature> signature_;
  QHash<QString, Layer> nodeLayer_;
  QHash<QString, QString> instanceKind_;   ///< instance -> publisher | subscriber
  QHash<QString, QString> instanceGroup_;  ///< instance -> summary key it belongs under
  QHash<QString, QString> instanceNode_;
  QHash<QString, QMap<qint64, SecondSum>> sums_;  ///< "pub:<layer>" / "sub:<layer>" -> second
  QSet<QString> hiddenSummaries_;
  QSet<QString> shownInstances_;
  QSet<QString> focusInstances_;
  QHash<QString, QTreeWidgetItem*> legendItems_;  ///< summary key or instance -> item
  QTimer timer_;
  RingBuffer<double> tickMs_{2048};
  RingBuffer<double> tickCpuMs_{2048};
  quint64 tickCount_ = 0;
  int windowS_ = 120;
  bool paused_ = false;
  bool openGL_ = false;
  double origin_ = -1;
  double planEnd_ = 0;
  quint64 drawnRevision_ = ~0ull;
  double drawnWidth_ = -1;
  int colorIndex_ = 0;
  QHash<QString, int> instanceColor_;
};

}  // namespace swarmlab
