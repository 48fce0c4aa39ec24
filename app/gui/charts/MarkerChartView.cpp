#include "MarkerChartView.h"

#include <QEvent>
#include <QFileInfo>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QSvgGenerator>
#include <QToolTip>
#include <algorithm>
#include <cstdlib>

namespace swarmlab {

QChart* makeChart(QValueAxis** x, QValueAxis** y) {
  auto* c = new QChart;
  c->setAnimationOptions(QChart::NoAnimation);
  // Below the plot and short: only the series drawn (summaries, drilled-down instances).
  c->legend()->setAlignment(Qt::AlignBottom);
  QFont lf = c->legend()->font();
  lf.setPointSizeF(lf.pointSizeF() * 0.85);
  c->legend()->setFont(lf);
  c->legend()->setShowToolTips(true);
  c->setMargins(QMargins(4, 4, 4, 4));
  *x = new QValueAxis;
  (*x)->setLabelFormat(QStringLiteral("%.0f"));
  (*x)->setTickCount(7);
  *y = new QValueAxis;
  (*y)->setLabelFormat(QStringLiteral("%.0f"));
  (*y)->setTickCount(5);
  c->addAxis(*x, Qt::AlignBottom);
  c->addAxis(*y, Qt::AlignLeft);
  return c;
}

bool renderChartViews(QChartView* top, QChartView* bottom, const QString& path, int dpi,
                      const QString& svgTitle) {
  const int w = std::max(top->width(), 600);
  const int h1 = std::max(top->height(), 250), h2 = std::max(bottom->height(), 250);
  auto paint = [&](QPainter& p) {
    p.fillRect(QRectF(0, 0, w, h1 + h2), Qt::white);
    top->render(&p, QRectF(0, 0, w, h1));
    bottom->render(&p, QRectF(0, h1, w, h2));
  };
  bool ok = false;
  if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
    QSvgGenerator gen;
    gen.setFileName(path);
    gen.setSize(QSize(w, h1 + h2));
    gen.setViewBox(QRect(0, 0, w, h1 + h2));
    gen.setResolution(96);
    gen.setTitle(svgTitle);
    QPainter p;
    if (p.begin(&gen)) {
      paint(p);
      ok = p.end() && QFileInfo(path).size() > 0;
    }
  } else {
    const double scale = dpi / 96.0;
    QImage img(QSize(w, h1 + h2) * scale, QImage::Format_ARGB32_Premultiplied);
    img.setDotsPerMeterX(qRound(dpi / 0.0254));
    img.setDotsPerMeterY(qRound(dpi / 0.0254));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    paint(p);
    p.end();
    ok = img.save(path, "PNG");
  }
  return ok;
}

MarkerChartView::MarkerChartView(QChart* chart, const QList<ChartMarker>* markers, HoverLines hover,
                                 QWidget* parent)
    : QChartView(chart, parent), markers_(markers), hover_(std::move(hover)) {
  setRenderHint(QPainter::Antialiasing, false);
  setMinimumHeight(140);
  setMouseTracking(true);
  viewport()->setMouseTracking(true);
}

QStringList MarkerChartView::hoverLines() const {
  return hasCursor_ && hover_ ? hover_(cursorT_) : QStringList();
}

void MarkerChartView::drawForeground(QPainter* p, const QRectF& rect) {
  QChartView::drawForeground(p, rect);
  auto axes = chart()->axes(Qt::Horizontal);
  if (axes.isEmpty()) return;
  auto* x = static_cast<QValueAxis*>(axes.first());
  const QRectF plot = chart()->plotArea();
  if (plot.width() <= 0 || x->max() <= x->min()) return;
  p->save();
  drawMarkers(p, plot, x->min(), x->max());
  if (hasCursor_) drawCursor(p, plot);
  p->restore();
}

void MarkerChartView::drawMarkers(QPainter* p, const QRectF& plot, double x0, double x1) {
  QFont f = p->font();
  f.setPointSizeF(f.pointSizeF() * 0.85);
  p->setFont(f);
  const QFontMetrics fm(f);
  const double rowH = fm.height() + 2;
  labelRects_.clear();
  groups_.clear();
  // Each label goes on the first row where it clears the previous label; what fits on no row
  // joins a "+N" badge on the row below (badges closer than their width merge).
  double rowRight[kLabelRows];
  std::fill(std::begin(rowRight), std::end(rowRight), -1e9);
  const double badgeW = fm.horizontalAdvance(QStringLiteral("+999")) + 8;
  QList<double> groupX;
  // Text widths are measured once per label and font (shaping text on every paint of a lab
  // with dozens of markers was a sixth of the GUI thread's time).
  if (widthFont_ != f) {
    widthFont_ = f;
    textWidth_.clear();
  }
  if (textWidth_.size() > 4 * markers_->size() + 64) textWidth_.clear();
  for (const auto& m : *markers_) {
    if (m.t < x0 || m.t > x1) continue;
    const double px = plot.left() + (m.t - x0) / (x1 - x0) * plot.width();
    auto wIt = textWidth_.constFind(m.text);
    if (wIt == textWidth_.cend()) wIt = textWidth_.insert(m.text, fm.horizontalAdvance(m.text));
    const double w = *wIt + 6;
    const double lx = px + w + 3 > plot.right() ? px - w - 3 : px + 3;
    int row = 0;
    while (row < kLabelRows && lx <= rowRight[row] + 2) ++row;
    // A marker without its own label (in a "+N" group) draws a thin, faint line.
    QColor c = m.color;
    if (m.planned || row == kLabelRows) c.setAlpha(row == kLabelRows ? 70 : 90);
    p->setPen(QPen(c, m.planned || row == kLabelRows ? 1.0 : 1.5,
                   m.planned ? Qt::DotLine : (row == kLabelRows ? Qt::SolidLine : Qt::DashLine)));
    p->drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
    if (row < kLabelRows) {
      const QRectF r(lx, plot.top() + 2 + row * rowH, w, rowH - 1);
      p->setPen(m.planned ? c : m.color.darker(140));
      p->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, m.text);
      rowRight[row] = lx + w;
      labelRects_.append(r);
      continue;
    }
    if (groupX.isEmpty() || px > groupX.last() + badgeW + 2) {
      groupX.append(std::min(px, plot.right() - badgeW));
      groups_.append(
          {QRectF(groupX.last(), plot.top() + 2 + kLabelRows * rowH, badgeW, rowH - 1), {}});
    }
    groups_.last().second.append(m.text);
  }
  for (const auto& [r, texts] : std::as_const(groups_)) {
    p->setPen(QPen(QColor(0x54, 0x6e, 0x7a)));
    p->setBrush(QColor(0xec, 0xef, 0xf1));
    p->drawRoundedRect(r, 3, 3);
    p->drawText(r, Qt::AlignCenter, QStringLiteral("+%1").arg(texts.size()));
    labelRects_.append(r);
  }
}

void MarkerChartView::drawCursor(QPainter* p, const QRectF& plot) {
  const auto* x = static_cast<QValueAxis*>(chart()->axes(Qt::Horizontal).first());
  if (cursorT_ < x->min() || cursorT_ > x->max()) return;
  const double px = plot.left() + (cursorT_ - x->min()) / (x->max() - x->min()) * plot.width();
  p->setPen(QPen(QColor(0x26, 0x32, 0x38), 1, Qt::SolidLine));
  p->drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
  const QStringList lines = hoverLines();
  if (lines.isEmpty()) return;
  const QFontMetrics fm(p->font());
  double w = 0;
  for (const auto& l : lines) w = std::max<double>(w, fm.horizontalAdvance(l));
  QRectF box(0, 0, w + 12, lines.size() * fm.height() + 8);
  // Beside the cursor, on the side with room, at the bottom of the plot (markers use the top).
  box.moveLeft(px + box.width() + 8 < plot.right() ? px + 8 : px - box.width() - 8);
  box.moveBottom(plot.bottom() - 4);
  p->setPen(QColor(0x90, 0xa4, 0xae));
  p->setBrush(QColor(255, 255, 255, 235));
  p->drawRect(box);
  p->setPen(Qt::black);
  p->drawText(box.adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::AlignTop,
              lines.join(QLatin1Char('\n')));
}

void MarkerChartView::mouseMoveEvent(QMouseEvent* e) {
  QChartView::mouseMoveEvent(e);
  const QPointF pos = mapToScene(e->position().toPoint());
  const QRectF plot = chart()->plotArea();
  const bool inside = plot.contains(pos);
  if (inside) cursorT_ = chart()->mapToValue(pos).x();
  if (inside != hasCursor_ || inside) {
    hasCursor_ = inside;
    viewport()->update();
  }
  for (const auto& [r, texts] : std::as_const(groups_)) {
    if (!r.contains(pos)) continue;
    groupTip_ = texts.join(QLatin1Char('\n'));
    QToolTip::showText(e->globalPosition().toPoint(), groupTip_, this);
    return;
  }
}

void MarkerChartView::resizeEvent(QResizeEvent* e) {
  const bool legend = e->size().height() >= kLegendMinHeight;
  if (chart()->legend()->isVisible() != legend) chart()->legend()->setVisible(legend);
  fitTitle();
  QChartView::resizeEvent(e);
}

void MarkerChartView::setChartTitle(const QString& title) {
  title_ = title;
  fitTitle();
}

void MarkerChartView::fitTitle() {
  // The chart elides a title wider than itself; QChart titles are HTML, so a <br> at the space
  // nearest the middle gives two lines instead.
  const QFontMetricsF fm(chart()->titleFont());
  const double room = width() - chart()->margins().left() - chart()->margins().right() - 8;
  QString html = title_.toHtmlEscaped();
  if (fm.horizontalAdvance(title_) > room) {
    qsizetype cut = -1;
    for (qsizetype i = title_.indexOf(QLatin1Char(' ')); i >= 0;
         i = title_.indexOf(QLatin1Char(' '), i + 1))
      if (cut < 0 || std::abs(i - title_.size() / 2) < std::abs(cut - title_.size() / 2)) cut = i;
    if (cut > 0)
      html = title_.left(cut).toHtmlEscaped() + QStringLiteral("<br>") +
             title_.mid(cut + 1).toHtmlEscaped();
  }
  if (chart()->title() != html) chart()->setTitle(html);
}

void MarkerChartView::leaveEvent(QEvent* e) {
  QChartView::leaveEvent(e);
  hasCursor_ = false;
  viewport()->update();
}

}  // namespace swarmlab
