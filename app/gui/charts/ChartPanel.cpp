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
    : QChartView(chart, parent), m_markers(markers) {
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
  for (const auto& m : *m_markers) {
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

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent), m_store(4096) {
  m_rateChart = makeChart(tr("Publish and display update rate (Fig. 3)"), &m_rateX, &m_rateY,
                          tr("per second"));
  m_lagChart = makeChart(tr("Display lag (Fig. 4)"), &m_lagX, &m_lagY, tr("ms"));
  m_rateView = new MarkerChartView(m_rateChart, &m_markers);
  m_lagView = new MarkerChartView(m_lagChart, &m_markers);
  m_rateView->setAccessibleName(tr("Rates chart"));
  m_lagView->setAccessibleName(tr("Lag chart"));

  m_window = new QComboBox;
  for (int s : {30, 60, 120, 300, 600})
    m_window->addItem(s < 60 ? tr("%1 s").arg(s) : tr("%1 min").arg(s / 60), s);
  m_window->setToolTip(tr("Time window shown by the charts"));
  m_window->setCurrentIndex(m_window->findData(m_windowS));
  connect(m_window, &QComboBox::currentIndexChanged, this, &ChartPanel::applyWindowCombo);
  m_pause = new QToolButton;
  m_pause->setCheckable(true);
  m_pause->setText(tr("&Pause"));
  m_pause->setIcon(QIcon(QStringLiteral(":/icons/pause.svg")));
  m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  m_pause->setToolTip(tr("Freeze the charts; data keeps being recorded"));
  connect(m_pause, &QToolButton::toggled, this, &ChartPanel::setPaused);
  m_info = new QLabel;
  m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* bar = new QHBoxLayout;
  auto* wl = new QLabel(tr("&Window:"));
  wl->setBuddy(m_window);
  bar->addWidget(wl);
  bar->addWidget(m_window);
  bar->addWidget(m_pause);
  bar->addStretch(1);
  bar->addWidget(m_info);
  auto* split = new QSplitter(Qt::Vertical);
  split->addWidget(m_rateView);
  split->addWidget(m_lagView);
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(2, 2, 2, 2);
  lay->addLayout(bar);
  lay->addWidget(split, 1);

  m_timer.setInterval(kTickMs);
  m_timer.setTimerType(Qt::CoarseTimer);
  connect(&m_timer, &QTimer::timeout, this, &ChartPanel::tick);
  m_timer.start();
  setWindowSeconds(m_windowS);
}

void ChartPanel::applyWindowCombo() { setWindowSeconds(m_window->currentData().toInt()); }

void ChartPanel::setWindowSeconds(int s) {
  s = std::clamp(s, 30, kMaxWindowS);
  const bool changed = s != m_windowS;
  m_windowS = s;
  const int idx = m_window->findData(s);
  if (idx >= 0 && idx != m_window->currentIndex()) m_window->setCurrentIndex(idx);
  m_drawnRevision = ~0ull;
  if (changed) emit windowSecondsChanged(s);
}

void ChartPanel::setPaused(bool paused) {
  m_paused = paused;
  if (m_pause->isChecked() != paused) m_pause->setChecked(paused);
  m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
  m_pause->setIcon(
      QIcon(paused ? QStringLiteral(":/icons/play.svg") : QStringLiteral(":/icons/pause.svg")));
  m_drawnRevision = ~0ull;
}

void ChartPanel::setUseOpenGL(bool on) {
  m_openGL = on;
  for (auto* l : std::as_const(m_lines)) l->setUseOpenGL(on);
}

double ChartPanel::toChartTime(double labSeconds) {
  if (m_origin < 0) m_origin = std::floor(labSeconds);
  return labSeconds - m_origin;
}

void ChartPanel::addMarker(double labSeconds, const QString& text, const QColor& color) {
  m_markers.append({toChartTime(labSeconds), text, color});
  while (m_markers.size() > kMaxMarkers) m_markers.removeFirst();
  m_drawnRevision = ~0ull;
}

void ChartPanel::addMetric(const MetricSample& m) {
  const double t = toChartTime(double(m.second));
  if (m.kind == QLatin1String("publisher")) {
    m_store.append(QStringLiteral("rate:") + m.instance, tr("%1 publish/s").arg(m.instance),
                   ChartKind::Rate, t, double(m.count));
  } else if (m.kind == QLatin1String("subscriber")) {
    m_store.append(QStringLiteral("rate:") + m.instance, tr("%1 updates/s").arg(m.instance),
                   ChartKind::Rate, t, double(m.count));
    if (m.count > 0) {
      m_store.append(QStringLiteral("p50:") + m.instance, tr("%1 lag p50").arg(m.instance),
                     ChartKind::Lag, t, m.lagP50Us / 1000.0);
      m_store.append(QStringLiteral("p99:") + m.instance, tr("%1 lag p99").arg(m.instance),
                     ChartKind::Lag, t, m.lagP99Us / 1000.0);
    }
  }
}

QLineSeries* ChartPanel::ensureLine(const ChartSeriesData& s) {
  if (auto* l = m_lines.value(s.key)) return l;
  auto* l = new QLineSeries;
  l->setName(s.label);
  // One colour per instance: its rate, lag p50 (dashed) and p99 share it.
  const QString instance = s.key.section(QLatin1Char(':'), 1);
  if (!m_instanceColor.contains(instance)) m_instanceColor.insert(instance, m_colorIndex++);
  QColor c = kPalette[m_instanceColor.value(instance) % std::size(kPalette)];
  QPen pen(c, 1.6);
  if (s.key.startsWith(QLatin1String("p50:"))) pen.setStyle(Qt::DashLine);
  l->setPen(pen);
  l->setUseOpenGL(m_openGL);
  QChart* chart = s.chart == ChartKind::Rate ? m_rateChart : m_lagChart;
  chart->addSeries(l);
  l->attachAxis(s.chart == ChartKind::Rate ? m_rateX : m_lagX);
  l->attachAxis(s.chart == ChartKind::Rate ? m_rateY : m_lagY);
  connect(l, &QLineSeries::hovered, this, [l](const QPointF& p, bool state) {
    if (state)
      QToolTip::showText(
          QCursor::pos(),
          tr("%1\nt = %2 s: %3").arg(l->name()).arg(p.x(), 0, 'f', 0).arg(p.y(), 0, 'f', 1));
    else
      QToolTip::hideText();
  });
  m_lines.insert(s.key, l);
  return l;
}

void ChartPanel::tick() {
  if (m_paused) return;
  const double width = m_rateChart->plotArea().width();
  if (m_store.revision() == m_drawnRevision && width == m_drawnWidth) return;
  QElapsedTimer timer;
  timer.start();
  // Until a whole window of data exists the axis starts at the first sample and grows from
  // 30 s, so a young lab is not squeezed into the left edge of a 10 min window.
  double tFirst = m_store.latestT();
  for (const auto& key : m_store.keys()) {
    const auto* s = m_store.series(key);
    if (!s->points.empty()) tFirst = std::min(tFirst, s->points.at(0).x());
  }
  // The span grows in steps (30 s, 1, 2, 5, 10 min): each step keeps the column grid, so the
  // decimation stays incremental between steps.
  double span = m_windowS;
  for (double step : {30.0, 60.0, 120.0, 300.0, 600.0}) {
    if (step >= m_store.latestT() - tFirst + 5) {
      span = std::min<double>(step, m_windowS);
      break;
    }
  }
  const int buckets = std::max(50, int(width > 0 ? width : 600));
  // The right edge moves by whole pixel columns: axes and labels are laid out again about once
  // a second on a 10 min window, not on every tick.
  const double column = span / buckets;
  const double tMax = std::ceil(std::max(m_store.latestT(), tFirst + span) / column) * column;
  const double t0 = tMax - span;
  // Instances gone for longer than the widest window leave the store (memory stays flat).
  for (const auto& k : m_store.dropOlderThan(m_store.latestT() - kMaxWindowS - 5)) {
    m_columns.remove(k);
    m_signature.remove(k);
    if (auto* l = m_lines.take(k)) {
      l->chart()->removeSeries(l);
      delete l;
    }
  }
  double yRate = 0, yLag = 0;
  for (const auto& key : m_store.keys()) {
    const auto* s = m_store.series(key);
    const double y = ChartStore::decimate(*s, t0, tMax, buckets, m_columns[key], m_scratch);
    (s->chart == ChartKind::Rate ? yRate : yLag) =
        std::max(s->chart == ChartKind::Rate ? yRate : yLag, y);
    // Unchanged columns (same count, same last column): nothing to send to the series.
    const auto& cols = m_columns[key].columns;
    const QString sig = cols.empty() ? QString()
                                     : QStringLiteral("%1/%2/%3/%4")
                                           .arg(cols.size())
                                           .arg(cols.front().index)
                                           .arg(cols.back().min.y())
                                           .arg(cols.back().max.y());
    if (m_signature.value(key) == sig && m_lines.contains(key)) continue;
    m_signature.insert(key, sig);
    ensureLine(*s)->replace(m_scratch);
  }
  if (m_rateX->min() != t0 || m_rateX->max() != tMax) {
    m_rateX->setRange(t0, tMax);
    m_lagX->setRange(t0, tMax);
  }
  for (auto [axis, y] : {std::pair{m_rateY, yRate}, std::pair{m_lagY, yLag}}) {
    const double top = niceCeil(y * 1.1);
    if (axis->property("top").toDouble() == top) continue;
    axis->setProperty("top", top);
    axis->setRange(0, top);
    axis->applyNiceNumbers();  // ticks on round values
    axis->setLabelFormat(top <= 2    ? QStringLiteral("%.2f")
                         : top <= 20 ? QStringLiteral("%.1f")
                                     : QStringLiteral("%.0f"));
  }
  m_drawnRevision = m_store.revision();
  m_drawnWidth = width;
  m_rateView->viewport()->update();
  m_lagView->viewport()->update();
  const double ms = timer.nsecsElapsed() / 1e6;
  m_tickMs.push(ms);
  ++m_tickCount;
  m_info->setText(tr("%1 series, %2 points kept, tick %3 ms")
                      .arg(m_store.keys().size())
                      .arg(m_store.totalPoints())
                      .arg(ms, 0, 'f', 2));
}

void ChartPanel::clear() {
  for (auto* l : std::as_const(m_lines)) {
    l->chart()->removeSeries(l);
    delete l;
  }
  m_lines.clear();
  m_columns.clear();
  m_signature.clear();
  m_store.clear();
  m_markers.clear();
  m_instanceColor.clear();
  m_colorIndex = 0;
  m_origin = -1;
  m_drawnRevision = ~0ull;
}

}  // namespace swarmlab
