// The data behind the live charts: one bounded ring buffer per series, filled from signals,
// read by the chart's timer with min/max decimation to the pixel width. No widgets here.
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include "RingBuffer.h"

#include <deque>

namespace swarmlab {

/// Which chart a series belongs to.
enum class ChartKind { Rate, Lag };

/// One series: its label, chart, and its last samples (x = lab seconds, y = value).
struct ChartSeriesData {
  QString key;
  QString label;
  ChartKind chart = ChartKind::Rate;
  RingBuffer<QPointF> points;
  quint64 appended = 0;  ///< samples appended over the series' life (the ring keeps the last)
  quint64 rewrites = 0;  ///< samples changed in place (set()): a decimation cache starts again
  explicit ChartSeriesData(std::size_t capacity) : points(capacity) {}
};

/// Min/max per pixel column on a grid aligned to absolute time, kept between ticks so that a
/// tick only folds in the samples that arrived since the last one (cost: new samples + pixels,
/// not the whole window).
struct MinMaxColumns {
  struct Column {
    long long index;
    QPointF min, max;
  };
  double width = 0;      ///< seconds per column
  quint64 consumed = 0;  ///< ChartSeriesData::appended already folded in
  quint64 rewrites = 0;  ///< ChartSeriesData::rewrites when the columns were built
  std::deque<Column> columns;
  void reset(double w) {
    width = w;
    consumed = 0;
    columns.clear();
  }
};

class ChartStore {
 public:
  /// capacity: points kept per series (the window's length times the sample rate).
  explicit ChartStore(std::size_t capacity = 4096) : capacity_(capacity) {}
  ~ChartStore();
  ChartStore(const ChartStore&) = delete;
  ChartStore& operator=(const ChartStore&) = delete;

  void setCapacity(std::size_t capacity);  ///< drops the data of existing series
  std::size_t capacity() const { return capacity_; }

  /// Append a sample; creates the series on first use. Samples older than the series' last
  /// are clamped to it (ring buffers are kept sorted for the window search).
  void append(const QString& key, const QString& label, ChartKind chart, double t, double v);
  /// Sets the value at t: a sample already at t (among the last few) changes in place, a later
  /// t appends. For series computed from others (a second's total grows as samples arrive).
  void set(const QString& key, const QString& label, ChartKind chart, double t, double v);
  /// The sample nearest to t within `tolerance` seconds; false when there is none.
  static bool valueAt(const RingBuffer<QPointF>& ring, double t, double tolerance, double* v);

  const ChartSeriesData* series(const QString& key) const { return series_.value(key); }
  QStringList keys() const { return order_; }
  /// Highest x appended so far (lab seconds), 0 if none.
  double latestT() const { return latestT_; }
  /// Changes on every append/removal: the chart redraws only when it moved.
  quint64 revision() const { return revision_; }
  /// Remove series whose newest sample is older than t (instances gone for a whole window).
  QStringList dropOlderThan(double t);
  std::size_t totalPoints() const;
  std::size_t storageBytes() const;
  void clear();

  /// Min/max decimation of [t0, t1] into `buckets` columns: at most two points per column
  /// (its min and its max, in time order). Returns the largest y seen (0 if none).
  static double decimate(const RingBuffer<QPointF>& ring, double t0, double t1, int buckets,
                         QList<QPointF>& out);
  /// The same result, incrementally: `cache` belongs to this series and this chart.
  static double decimate(const ChartSeriesData& s, double t0, double t1, int buckets,
                         MinMaxColumns& cache, QList<QPointF>& out);

  /// The smallest of 1, 2, 2.5, 5 times a power of ten that is >= v (1 for v <= 0).
  static double niceCeil(double v);
  /// Splits points where the time between two of them exceeds `gap`: no line across a gap.
  static QList<QList<QPointF>> splitAtGaps(const QList<QPointF>& pts, double gap);

 private:
  std::size_t capacity_;
  QHash<QString, ChartSeriesData*> series_;
  QStringList order_;
  ChartSeriesData* ensure(const QString& key, const QString& label, ChartKind chart);

  double latestT_ = 0;
  quint64 revision_ = 0;
};

}  // namespace swarmlab
