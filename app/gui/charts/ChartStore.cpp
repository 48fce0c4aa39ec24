#include "ChartStore.h"

#include <algorithm>
#include <cmath>

namespace swarmlab {

ChartStore::~ChartStore() { qDeleteAll(series_); }

void ChartStore::setCapacity(std::size_t capacity) {
  capacity_ = capacity ? capacity : 1;
  for (auto* s : std::as_const(series_)) {
    s->points = RingBuffer<QPointF>(capacity_);
    s->appended = 0;
  }
  ++revision_;
}

ChartSeriesData* ChartStore::ensure(const QString& key, const QString& label, ChartKind chart) {
  auto* s = series_.value(key);
  if (!s) {
    s = new ChartSeriesData(capacity_);
    s->key = key;
    s->label = label;
    s->chart = chart;
    series_.insert(key, s);
    order_.append(key);
  }
  return s;
}

void ChartStore::append(const QString& key, const QString& label, ChartKind chart, double t,
                        double v) {
  auto* s = ensure(key, label, chart);
  if (!s->points.empty() && t < s->points.back().x()) t = s->points.back().x();
  s->points.push(QPointF(t, v));
  ++s->appended;
  latestT_ = std::max(latestT_, t);
  ++revision_;
}

void ChartStore::set(const QString& key, const QString& label, ChartKind chart, double t,
                     double v) {
  auto* s = ensure(key, label, chart);
  auto& ring = s->points;
  // Computed series change their last few seconds only: look back a little.
  const std::size_t n = ring.size();
  for (std::size_t back = 0; back < std::min<std::size_t>(n, 16); ++back) {
    QPointF& p = ring.at(n - 1 - back);
    if (p.x() == t) {
      if (p.y() != v) {
        p.setY(v);
        ++s->rewrites;
        ++revision_;
      }
      return;
    }
    if (p.x() < t) break;
  }
  if (n > 0 && t < ring.back().x()) return;  // older than what the series can change
  append(key, label, chart, t, v);
}

bool ChartStore::valueAt(const RingBuffer<QPointF>& ring, double t, double tolerance, double* v) {
  const std::size_t n = ring.size();
  if (n == 0) return false;
  std::size_t lo = 0, hi = n;
  while (lo < hi) {  // first sample at or after t
    const std::size_t mid = (lo + hi) / 2;
    if (ring.at(mid).x() < t)
      lo = mid + 1;
    else
      hi = mid;
  }
  double best = tolerance;
  bool found = false;
  for (std::size_t i : {lo > 0 ? lo - 1 : lo, lo}) {
    if (i >= n) continue;
    const double d = std::abs(ring.at(i).x() - t);
    if (d <= best) {
      best = d;
      *v = ring.at(i).y();
      found = true;
    }
  }
  return found;
}

QStringList ChartStore::dropOlderThan(double t) {
  QStringList dropped;
  for (const auto& k : std::as_const(order_)) {
    auto* s = series_.value(k);
    if (s->points.empty() || s->points.back().x() < t) dropped.append(k);
  }
  for (const auto& k : dropped) {
    delete series_.take(k);
    order_.removeAll(k);
  }
  if (!dropped.isEmpty()) ++revision_;
  return dropped;
}

std::size_t ChartStore::totalPoints() const {
  std::size_t n = 0;
  for (auto* s : series_) n += s->points.size();
  return n;
}

std::size_t ChartStore::storageBytes() const {
  std::size_t n = 0;
  for (auto* s : series_) n += s->points.storageBytes();
  return n;
}

void ChartStore::clear() {
  qDeleteAll(series_);
  series_.clear();
  order_.clear();
  latestT_ = 0;
  ++revision_;
}

double ChartStore::decimate(const RingBuffer<QPointF>& ring, double t0, double t1, int buckets,
                            QList<QPointF>& out) {
  out.clear();
  const std::size_t n = ring.size();
  if (n == 0 || t1 <= t0 || buckets <= 0) return 0;
  // First sample inside the window (the ring is sorted by x).
  std::size_t lo = 0, hi = n;
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    if (ring.at(mid).x() < t0)
      lo = mid + 1;
    else
      hi = mid;
  }
  // Keep one point before the window so the line enters from the left edge.
  std::size_t i = lo > 0 ? lo - 1 : 0;
  const double width = (t1 - t0) / buckets;
  double yMax = 0;
  if (n - i <= static_cast<std::size_t>(2 * buckets)) {
    // Fewer samples than pixels: no decimation needed.
    out.reserve(static_cast<int>(n - i));
    for (; i < n; ++i) {
      out.append(ring.at(i));
      yMax = std::max(yMax, ring.at(i).y());
    }
    return yMax;
  }
  out.reserve(2 * buckets + 2);
  while (i < n) {
    const QPointF& first = ring.at(i);
    const long b = first.x() < t0 ? -1 : static_cast<long>((first.x() - t0) / width);
    QPointF mn = first, mx = first;
    std::size_t j = i + 1;
    for (; j < n; ++j) {
      const QPointF& p = ring.at(j);
      const long bj = p.x() < t0 ? -1 : static_cast<long>((p.x() - t0) / width);
      if (bj != b) break;
      if (p.y() < mn.y()) mn = p;
      if (p.y() > mx.y()) mx = p;
    }
    if (mn.x() <= mx.x()) {
      out.append(mn);
      if (mx != mn) out.append(mx);
    } else {
      out.append(mx);
      out.append(mn);
    }
    yMax = std::max(yMax, mx.y());
    i = j;
  }
  return yMax;
}

double ChartStore::decimate(const ChartSeriesData& s, double t0, double t1, int buckets,
                            MinMaxColumns& cache, QList<QPointF>& out) {
  out.clear();
  if (t1 <= t0 || buckets <= 0) return 0;
  const double w = (t1 - t0) / buckets;
  if (cache.width != w || s.appended < cache.consumed || s.rewrites != cache.rewrites) {
    cache.reset(w);
    cache.rewrites = s.rewrites;
  }
  const std::size_t n = s.points.size();
  quint64 fresh = s.appended - cache.consumed;
  if (fresh > n) {  // more arrived than the ring keeps: rebuild from what it holds
    cache.reset(w);
    fresh = n;
  }
  for (std::size_t i = n - fresh; i < n; ++i) {
    const QPointF& p = s.points.at(i);
    const long long b = static_cast<long long>(std::floor(p.x() / w));
    if (cache.columns.empty() || b > cache.columns.back().index) {
      cache.columns.push_back({b, p, p});
    } else {
      auto& c = cache.columns.back();
      if (p.y() < c.min.y()) c.min = p;
      if (p.y() >= c.max.y()) c.max = p;
    }
  }
  cache.consumed = s.appended;
  // Columns left of the window go; one stays so the line enters from the left edge.
  const long long first = static_cast<long long>(std::floor(t0 / w));
  while (cache.columns.size() > 1 && cache.columns[1].index <= first) cache.columns.pop_front();
  out.reserve(static_cast<int>(2 * cache.columns.size()));
  double yMax = 0;
  for (const auto& c : cache.columns) {
    if (c.min.x() <= c.max.x()) {
      out.append(c.min);
      if (c.max != c.min) out.append(c.max);
    } else {
      out.append(c.max);
      out.append(c.min);
    }
    yMax = std::max(yMax, c.max.y());
  }
  return yMax;
}

double ChartStore::niceCeil(double v) {
  if (v <= 0) return 1;
  const double p = std::pow(10.0, std::floor(std::log10(v)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (v <= m * p) return m * p;
  return 10 * p;
}

QList<QList<QPointF>> ChartStore::splitAtGaps(const QList<QPointF>& pts, double gap) {
  QList<QList<QPointF>> parts;
  for (int i = 0; i < pts.size(); ++i) {
    if (i == 0 || pts[i].x() - pts[i - 1].x() > gap) parts.append(QList<QPointF>{});
    parts.last().append(pts[i]);
  }
  return parts;
}

}  // namespace swarmlab
