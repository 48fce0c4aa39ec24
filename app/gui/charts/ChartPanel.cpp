#include "ChartPanel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QPainter>
#include <QSplitter>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>

#include "WireNames.h"

namespace swarmlab {

namespace {
constexpr int kMaxMarkers = 400;
const QColor kPalette[] = {QColor(0x1e, 0x88, 0xe5), QColor(0xe5, 0x39, 0x35),
                           QColor(0x43, 0xa0, 0x47), QColor(0x8e, 0x24, 0xaa),
                           QColor(0xfb, 0x8c, 0x00), QColor(0x00, 0x89, 0x7b),
                           QColor(0x6d, 0x4c, 0x41), QColor(0x54, 0x6e, 0x7a)};

double niceCeil(double v) {
  if (v <= 0) return 1;
  const double p = std::pow(10.0, std::floor(std::log10(v)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (v <= m * p) return m * p;
  return 10 * p;
}

QChart* makeChart(const QString& title, QValueAxis** x, QValueAxis** y, const QString& yTitle) {
  auto* c = new QChart;
  c->setTitle(title);
  c->setAnimationOptions(QChart::NoAnimation);
  // A column on the right: a row at the bottom hides itself once it cannot hold every series.
  c->legend()->setAlignment(Qt::AlignRight);
  QFont lf = c->legend()->font();
  lf.setPointSizeF(lf.pointSizeF() * 0.85);
  c->legend()->setFont(lf);
  c->legend()->setShowToolTips(true);
  c->setMargins(QMargins(4, 4, 4, 4));
  *x = new QValueAxis;
  (*x)->setTitleText(QCoreApplication::translate("swarmlab::ChartPanel", "lab time (s)"));
  (*x)->setLabelFormat(QStringLiteral("%.0f"));
  (*x)->setTickCount(7);
  *y = new QValueAxis;
  (*y)->setTitleText(yTitle);
  (*y)->setLabelFormat(QStringLiteral("%.0f"));
  (*y)->setTickCount(5);
  c->addAxis(*x, Qt::AlignBottom);
  c->addAxis(*y, Qt::AlignLeft);
  return c;
}
}  // namespace

MarkerChartView::MarkerChartView(QChart* chart, const QList<ChartMarker>* markers, QWidget* parent)
    : QChartView(chart, parent), markers_(markers) {
  setRenderHint(QPainter::Antialiasing, false);
  setMinimumHeight(160);
}

void MarkerChartView::drawForeground(QPainter* p, const QRectF& rect) {
  QChartView::drawForeground(p, rect);
  auto axes = chart()->axes(Qt::Horizontal);
  if (axes.isEmpty() || chart()->series().isEmpty()) return;
  auto* x = static_cast<QValueAxis*>(axes.first());
  const QRectF plot = chart()->plotArea();
  p->save();
  QFont f = p->font();
  f.setPointSizeF(f.pointSizeF() * 0.85);
  p->setFont(f);
  // Labels go on the first of four rows where they do not overlap the previous one.
  double rowRight[4] = {-1e9, -1e9, -1e9, -1e9};
  const QFontMetrics fm(f);
  for (const auto& m : *markers_) {
    if (m.t < x->min() || m.t > x->max()) continue;
    const double px = plot.left() + (m.t - x->min()) / (x->max() - x->min()) * plot.width();
    p->setPen(QPen(m.color, 1.5, Qt::DashLine));
    p->drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
    const double w = fm.horizontalAdvance(m.text) + 6;
    for (int row = 0; row < 4; ++row) {
      if (px <= rowRight[row]) continue;
      // Near the right edge the label goes to the left of its line.
      const double lx = px + w + 3 > plot.right() ? px - w - 3 : px + 3;
      p->setPen(m.color.darker(140));
      p->drawText(QRectF(lx, plot.top() + 2 + row * 15, w, 14), Qt::AlignLeft | Qt::AlignVCenter,
                  m.text);
      rowRight[row] = lx + w;
      break;
    }
  }
  p->restore();
}

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent), store_(4096) {
  rateChart_ =
      makeChart(tr("Publish and display update rate (Fig. 3)"), &rateX_, &rateY_, tr("per second"));
  lagChart_ = makeChart(tr("Display lag (Fig. 4)"), &lagX_, &lagY_, tr("ms"));
  rateView_ = new MarkerChartView(rateChart_, &markers_);
  lagView_ = new MarkerChartView(lagChart_, &markers_);
  rateView_->setAccessibleName(tr("Rates chart"));
  lagView_->setAccessibleName(tr("Lag chart"));

  window_ = new QComboBox;
  for (int s : {30, 60, 120, 300, 600})
    window_->addItem(s < 60 ? tr("%1 s").arg(s) : tr("%1 min").arg(s / 60), s);
  window_->setToolTip(tr("Time window shown by the charts"));
  window_->setCurrentIndex(window_->findData(windowS_));
  connect(window_, &QComboBox::currentIndexChanged, this, &ChartPanel::applyWindowCombo);
  pause_ = new QToolButton;
  pause_->setCheckable(true);
  pause_->setText(tr("&Pause"));
  pause_->setIcon(QIcon(QStringLiteral(":/icons/pause.svg")));
  pause_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  pause_->setToolTip(tr("Freeze the charts; data keeps being recorded"));
  connect(pause_, &QToolButton::toggled, this, &ChartPanel::setPaused);
  info_ = new QLabel;
  info_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* bar = new QHBoxLayout;
  auto* wl = new QLabel(tr("&Window:"));
  wl->setBuddy(window_);
  bar->addWidget(wl);
  bar->addWidget(window_);
  bar->addWidget(pause_);
  bar->addStretch(1);
  bar->addWidget(info_);
  auto* split = new QSplitter(Qt::Vertical);
  split->addWidget(rateView_);
  split->addWidget(lagView_);
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(2, 2, 2, 2);
  lay->addLayout(bar);
  lay->addWidget(split, 1);

  timer_.setInterval(kTickMs);
  timer_.setTimerType(Qt::CoarseTimer);
  connect(&timer_, &QTimer::timeout, this, &ChartPanel::tick);
  timer_.start();
  setWindowSeconds(windowS_);
}

void ChartPanel::applyWindowCombo() { setWindowSeconds(window_->currentData().toInt()); }

void ChartPanel::setWindowSeconds(int s) {
  s = std::clamp(s, 30, kMaxWindowS);
  const bool changed = s != windowS_;
  windowS_ = s;
  const int idx = window_->findData(s);
  if (idx >= 0 && idx != window_->currentIndex()) window_->setCurrentIndex(idx);
  drawnRevision_ = ~0ull;
  if (changed) emit windowSecondsChanged(s);
}

void ChartPanel::setPaused(bool paused) {
  paused_ = paused;
  if (pause_->isChecked() != paused) pause_->setChecked(paused);
  pause_->setText(paused ? tr("&Resume") : tr("&Pause"));
  pause_->setIcon(
      QIcon(paused ? QStringLiteral(":/icons/play.svg") : QStringLiteral(":/icons/pause.svg")));
  drawnRevision_ = ~0ull;
}

void ChartPanel::setUseOpenGL(bool on) {
  openGL_ = on;
  for (auto* l : std::as_const(lines_)) l->setUseOpenGL(on);
}

double ChartPanel::toChartTime(double labSeconds) {
  if (origin_ < 0) origin_ = std::floor(labSeconds);
  return labSeconds - origin_;
}

void ChartPanel::addMarker(double labSeconds, const QString& text, const QColor& color) {
  markers_.append({toChartTime(labSeconds), text, color});
  while (markers_.size() > kMaxMarkers) markers_.removeFirst();
  drawnRevision_ = ~0ull;
}

void ChartPanel::addMetric(const MetricSample& m) {
  const double t = toChartTime(double(m.second));
  if (m.kind == wirenames::kPublisher) {
    store_.append(QStringLiteral("rate:") + m.instance, tr("%1 publish/s").arg(m.instance),
                  ChartKind::Rate, t, double(m.count));
  } else if (m.kind == wirenames::kSubscriber) {
    store_.append(QStringLiteral("rate:") + m.instance, tr("%1 updates/s").arg(m.instance),
                  ChartKind::Rate, t, double(m.count));
    if (m.count > 0) {
      store_.append(QStringLiteral("p50:") + m.instance, tr("%1 lag p50").arg(m.instance),
                    ChartKind::Lag, t, m.lagP50Us / 1000.0);
      store_.append(QStringLiteral("p99:") + m.instance, tr("%1 lag p99").arg(m.instance),
                    ChartKind::Lag, t, m.lagP99Us / 1000.0);
    }
  }
}

QLineSeries* ChartPanel::ensureLine(const ChartSeriesData& s) {
  if (auto* l = lines_.value(s.key)) return l;
  auto* l = new QLineSeries;
  l->setName(s.label);
  // One colour per instance: its rate, lag p50 (dashed) and p99 share it.
  const QString instance = s.key.section(QLatin1Char(':'), 1);
  if (!instanceColor_.contains(instance)) instanceColor_.insert(instance, colorIndex_++);
  QColor c = kPalette[instanceColor_.value(instance) % std::size(kPalette)];
  QPen pen(c, 1.6);
  if (s.key.startsWith(QLatin1String("p50:"))) pen.setStyle(Qt::DashLine);
  l->setPen(pen);
  l->setUseOpenGL(openGL_);
  QChart* chart = s.chart == ChartKind::Rate ? rateChart_ : lagChart_;
  chart->addSeries(l);
  l->attachAxis(s.chart == ChartKind::Rate ? rateX_ : lagX_);
  l->attachAxis(s.chart == ChartKind::Rate ? rateY_ : lagY_);
  connect(l, &QLineSeries::hovered, this, [l](const QPointF& p, bool state) {
    if (state)
      QToolTip::showText(
          QCursor::pos(),
          tr("%1\nt = %2 s: %3").arg(l->name()).arg(p.x(), 0, 'f', 0).arg(p.y(), 0, 'f', 1));
    else
      QToolTip::hideText();
  });
  lines_.insert(s.key, l);
  return l;
}

double ChartPanel::visibleSpan(double* tFirst) const {
  // Until a whole window of data exists the axis starts at the first sample and grows from
  // 30 s, so a young lab is not squeezed into the left edge of a 10 min window.
  *tFirst = store_.latestT();
  for (const auto& key : store_.keys()) {
    const auto* s = store_.series(key);
    if (!s->points.empty()) *tFirst = std::min(*tFirst, s->points.at(0).x());
  }
  // The span grows in steps (30 s, 1, 2, 5, 10 min): each step keeps the column grid, so the
  // decimation stays incremental between steps.
  for (double step : {30.0, 60.0, 120.0, 300.0, 600.0}) {
    if (step >= store_.latestT() - *tFirst + 5) return std::min<double>(step, windowS_);
  }
  return windowS_;
}

void ChartPanel::updateYAxes(double yRate, double yLag) {
  for (auto [axis, y] : {std::pair{rateY_, yRate}, std::pair{lagY_, yLag}}) {
    const double top = niceCeil(y * 1.1);
    if (axis->property("top").toDouble() == top) continue;
    axis->setProperty("top", top);
    axis->setRange(0, top);
    axis->applyNiceNumbers();  // ticks on round values
    axis->setLabelFormat(top <= 2    ? QStringLiteral("%.2f")
                         : top <= 20 ? QStringLiteral("%.1f")
                                     : QStringLiteral("%.0f"));
  }
}

void ChartPanel::tick() {
  if (paused_) return;
  const double width = rateChart_->plotArea().width();
  if (store_.revision() == drawnRevision_ && width == drawnWidth_) return;
  QElapsedTimer timer;
  timer.start();
  double tFirst = 0;
  const double span = visibleSpan(&tFirst);
  const int buckets = std::max(50, int(width > 0 ? width : 600));
  // The right edge moves by whole pixel columns: axes and labels are laid out again about once
  // a second on a 10 min window, not on every tick.
  const double column = span / buckets;
  const double tMax = std::ceil(std::max(store_.latestT(), tFirst + span) / column) * column;
  const double t0 = tMax - span;
  // Instances gone for longer than the widest window leave the store (memory stays flat).
  for (const auto& k : store_.dropOlderThan(store_.latestT() - kMaxWindowS - 5)) {
    columns_.remove(k);
    signature_.remove(k);
    if (auto* l = lines_.take(k)) {
      l->chart()->removeSeries(l);
      delete l;
    }
  }
  double yRate = 0, yLag = 0;
  for (const auto& key : store_.keys()) {
    const auto* s = store_.series(key);
    const double y = ChartStore::decimate(*s, t0, tMax, buckets, columns_[key], scratch_);
    (s->chart == ChartKind::Rate ? yRate : yLag) =
        std::max(s->chart == ChartKind::Rate ? yRate : yLag, y);
    // Unchanged columns (same count, same last column): nothing to send to the series.
    const auto& cols = columns_[key].columns;
    const QString sig = cols.empty() ? QString()
                                     : QStringLiteral("%1/%2/%3/%4")
                                           .arg(cols.size())
                                           .arg(cols.front().index)
                                           .arg(cols.back().min.y())
                                           .arg(cols.back().max.y());
    if (signature_.value(key) == sig && lines_.contains(key)) continue;
    signature_.insert(key, sig);
    ensureLine(*s)->replace(scratch_);
  }
  if (rateX_->min() != t0 || rateX_->max() != tMax) {
    rateX_->setRange(t0, tMax);
    lagX_->setRange(t0, tMax);
  }
  updateYAxes(yRate, yLag);
  drawnRevision_ = store_.revision();
  drawnWidth_ = width;
  rateView_->viewport()->update();
  lagView_->viewport()->update();
  const double ms = timer.nsecsElapsed() / 1e6;
  tickMs_.push(ms);
  ++tickCount_;
  info_->setText(tr("%1 series, %2 points kept, tick %3 ms")
                     .arg(store_.keys().size())
                     .arg(store_.totalPoints())
                     .arg(ms, 0, 'f', 2));
}

void ChartPanel::clear() {
  for (auto* l : std::as_const(lines_)) {
    l->chart()->removeSeries(l);
    delete l;
  }
  lines_.clear();
  columns_.clear();
  signature_.clear();
  store_.clear();
  markers_.clear();
  instanceColor_.clear();
  colorIndex_ = 0;
  origin_ = -1;
  drawnRevision_ = ~0ull;
}

}  // namespace swarmlab
