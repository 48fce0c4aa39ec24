#include "ComparisonCharts.h"

#include <QEvent>
#include <QFileInfo>
#include <QLegend>
#include <QLegendMarker>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace swarmlab {

namespace {
/// Points further apart than this (seconds) are a gap: the line is split there.
constexpr double kGapS = 1.5;

QList<QList<QPointF>> splitAtGaps(const QList<QPointF>& pts) {
  QList<QList<QPointF>> parts;
  for (const auto& p : pts) {
    if (parts.isEmpty() || p.x() - parts.last().last().x() > kGapS) parts.append(QList<QPointF>());
    parts.last().append(p);
  }
  return parts;
}

double maxY(const QList<QPointF>& pts) {
  double m = 0;
  for (const auto& p : pts) m = std::max(m, p.y());
  return m;
}

/// The value at t: the point of that second, if there is one.
std::optional<double> valueAt(const QList<QPointF>& pts, double t) {
  auto it = std::lower_bound(pts.begin(), pts.end(), t - 0.5,
                             [](const QPointF& p, double v) { return p.x() < v; });
  if (it != pts.end() && std::abs(it->x() - t) <= 0.5) return it->y();
  return std::nullopt;
}
}  // namespace

QColor ComparisonCharts::runColor(int run) {
  return run == 0 ? QColor(0x15, 0x65, 0xc0) : QColor(0xe6, 0x51, 0x00);
}

ComparisonCharts::ComparisonCharts(QWidget* parent) : QWidget(parent) {
  rateChart_ = makeChart(&rateX_, &rateY_);
  lagChart_ = makeChart(&lagX_, &lagY_);
  rateView_ =
      new MarkerChartView(rateChart_, &markers_, [this](double t) { return hoverLines(false, t); });
  lagView_ =
      new MarkerChartView(lagChart_, &markers_, [this](double t) { return hoverLines(true, t); });
  for (auto* v : {rateView_, lagView_}) v->setRenderHint(QPainter::Antialiasing, true);
  auto* l = new QVBoxLayout(this);
  l->setContentsMargins(0, 0, 0, 0);
  l->addWidget(rateView_, 1);
  l->addWidget(lagView_, 1);
  retranslateUi();
}

void ComparisonCharts::setRuns(const RunSeries& a, const RunSeries& b) {
  runs_[0] = a;
  runs_[1] = b;
  rebuild();
}

void ComparisonCharts::rebuild() {
  for (auto* s : lines_) {
    s->chart()->removeSeries(s);
    delete s;
  }
  lines_.clear();
  curves_.clear();
  markers_.clear();
  double xMax = 10, rateMax = 10, lagMax = 10;
  for (int r = 0; r < 2; ++r) {
    const RunSeries& s = runs_[r];
    curves_ << Curve{QStringLiteral("publish"), r, false, s.publish}
            << Curve{QStringLiteral("updates"), r, false, s.updates}
            << Curve{QStringLiteral("lag50"), r, true, s.lagP50Ms}
            << Curve{QStringLiteral("lag99"), r, true, s.lagP99Ms};
    for (const auto* pts : {&s.publish, &s.updates, &s.lagP99Ms})
      if (!pts->isEmpty()) xMax = std::max(xMax, pts->last().x());
    rateMax = std::max({rateMax, maxY(s.publish), maxY(s.updates)});
    lagMax = std::max({lagMax, maxY(s.lagP50Ms), maxY(s.lagP99Ms)});
    for (const auto& [t, text] : s.commands)
      markers_ << ChartMarker{
          t, QStringLiteral("%1: %2").arg(r == 0 ? QStringLiteral("A") : QStringLiteral("B"), text),
          runColor(r), false};
  }
  std::stable_sort(markers_.begin(), markers_.end(),
                   [](const ChartMarker& x, const ChartMarker& y) { return x.t < y.t; });
  for (const auto& c : curves_)
    addCurve(c, c.lag ? lagChart_ : rateChart_, c.lag ? lagX_ : rateX_, c.lag ? lagY_ : rateY_);
  // Round axes: ticks every 10 s (or a multiple) and nice y steps.
  const double step = std::max(10.0, std::ceil(xMax / 120.0) * 10.0);
  xMax = std::ceil(xMax / step) * step;
  for (auto* x : {rateX_, lagX_}) {
    x->setRange(0, xMax);
    x->setTickCount(int(xMax / step) + 1);
  }
  rateY_->setRange(0, rateMax * 1.15);
  lagY_->setRange(0, lagMax * 1.15);
  rateY_->applyNiceNumbers();
  lagY_->applyNiceNumbers();
  rateView_->viewport()->update();
  lagView_->viewport()->update();
}

void ComparisonCharts::addCurve(const Curve& c, QChart* chart, QValueAxis* x, QValueAxis* y) {
  QPen pen(runColor(c.run), 2);
  if (c.name == QLatin1String("updates") || c.name == QLatin1String("lag99"))
    pen.setStyle(Qt::DashLine);
  if (c.name == QLatin1String("updates")) pen.setColor(runColor(c.run).lighter(130));
  bool first = true;
  for (const auto& part : splitAtGaps(c.points)) {
    auto* s = new QLineSeries;
    s->setPen(pen);
    s->replace(part);
    s->setName(curveLabel(c));
    s->setProperty("curve", int(&c - curves_.constData()));
    chart->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
    // One legend entry per curve, not per segment.
    if (!first)
      for (auto* m : chart->legend()->markers(s)) m->setVisible(false);
    first = false;
    lines_ << s;
  }
}

QString ComparisonCharts::curveLabel(const Curve& c) const {
  const QString run = c.run == 0 ? QStringLiteral("A") : QStringLiteral("B");
  if (c.name == QLatin1String("publish")) return tr("%1 publish/s").arg(run);
  if (c.name == QLatin1String("updates")) return tr("%1 updates/s").arg(run);
  if (c.name == QLatin1String("lag50")) return tr("%1 lag p50 (ms)").arg(run);
  return tr("%1 lag p99 (ms)").arg(run);
}

QStringList ComparisonCharts::hoverLines(bool lag, double t) const {
  QStringList out{tr("t = %1 s").arg(t, 0, 'f', 1)};
  for (const auto& c : curves_) {
    if (c.lag != lag) continue;
    const auto v = valueAt(c.points, t);
    out << QStringLiteral("%1: %2").arg(curveLabel(c),
                                        v ? QString::number(*v, 'f', lag ? 1 : 0) : tr("no data"));
  }
  return out;
}

bool ComparisonCharts::exportImage(const QString& path, int dpi) {
  return renderChartViews(rateView_, lagView_, path, dpi, tr("swarmlab: two runs compared"));
}

void ComparisonCharts::retranslateUi() {
  rateView_->setChartTitle(tr("Fig. 3: publishes and display updates per second"));
  lagView_->setChartTitle(tr("Fig. 4: display lag"));
  rateX_->setTitleText(tr("seconds since the run's start"));
  lagX_->setTitleText(tr("seconds since the run's start"));
  rateY_->setTitleText(tr("per second"));
  lagY_->setTitleText(tr("ms"));
  for (auto* s : lines_) {
    const int i = s->property("curve").toInt();
    if (i >= 0 && i < curves_.size()) s->setName(curveLabel(curves_[i]));
  }
}

void ComparisonCharts::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(e);
}

}  // namespace swarmlab
