#include "SevenSegmentWidget.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

#include "GuiText.h"

namespace swarmlab {

namespace {
// Segment polygons of one digit in a 10 x 18 box (a top, b upper right, c lower right,
// d bottom, e lower left, f upper left, g middle), slanted a little like the SH5461AS.
QPolygonF segment(int i) {
  const double w = 10, h = 18, t = 1.6, g = 0.35;
  auto horiz = [&](double y) {
    return QPolygonF({QPointF(t / 2 + g, y), QPointF(t + g, y - t / 2),
                      QPointF(w - t - g, y - t / 2), QPointF(w - t / 2 - g, y),
                      QPointF(w - t - g, y + t / 2), QPointF(t + g, y + t / 2)});
  };
  auto vert = [&](double x, double y0, double y1) {
    return QPolygonF({QPointF(x, y0 + g), QPointF(x + t / 2, y0 + t / 2 + g),
                      QPointF(x + t / 2, y1 - t / 2 - g), QPointF(x, y1 - g),
                      QPointF(x - t / 2, y1 - t / 2 - g), QPointF(x - t / 2, y0 + t / 2 + g)});
  };
  switch (i) {
    case 0:
      return horiz(t / 2);
    case 1:
      return vert(w - t / 2, t / 2, h / 2);
    case 2:
      return vert(w - t / 2, h / 2, h - t / 2);
    case 3:
      return horiz(h - t / 2);
    case 4:
      return vert(t / 2, h / 2, h - t / 2);
    case 5:
      return vert(t / 2, t / 2, h / 2);
    default:
      return horiz(h / 2);
  }
}
}  // namespace

SevenSegmentWidget::SevenSegmentWidget(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
  setAccessibleName(tr("7-segment display mirror"));
}

void SevenSegmentWidget::setSegments(const std::array<std::uint8_t, 8>& s) {
  if (s == segments_ && !stale_) return;
  segments_ = s;
  stale_ = false;
  update();
}

void SevenSegmentWidget::setStale(bool stale) {
  if (stale == stale_) return;
  stale_ = stale;
  update();
}

void SevenSegmentWidget::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), palette().window());
  // Two displays side by side, 4 digits each: digit box 10 x 18 plus spacing.
  const double digitW = 13, displayW = 4 * digitW + 4, gap = 8, h = 24;
  const double totalW = 2 * displayW + gap;
  const double s = std::min(width() / totalW, height() / h);
  p.translate((width() - totalW * s) / 2, (height() - h * s) / 2);
  p.scale(s, s);
  const QColor on = stale_ ? QColor(0x9e, 0x6b, 0x6b) : QColor(0xff, 0x31, 0x1f);
  const QColor off(0x3a, 0x12, 0x12);
  QTransform slant;
  slant.shear(-0.08, 0);
  for (int d = 0; d < 2; ++d) {
    const double x0 = d * (displayW + gap);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1a, 0x1a, 0x1a));
    p.drawRoundedRect(QRectF(x0, 0, displayW, h), 1.5, 1.5);
    for (int k = 0; k < 4; ++k) {
      const std::uint8_t bits = segments_[d * 4 + k];
      p.save();
      p.translate(x0 + 3.5 + k * digitW, 3);
      p.setTransform(slant, true);
      for (int seg = 0; seg < 7; ++seg) {
        p.setBrush((bits >> seg) & 1 ? on : off);
        p.drawPolygon(segment(seg));
      }
      p.setBrush(bits & 0x80 ? on : off);
      p.drawEllipse(QPointF(11.3, 17.2), 0.95, 0.95);
      p.restore();
    }
  }
}

DisplayMirrorPanel::DisplayMirrorPanel(QWidget* parent) : QWidget(parent) {
  grid_ = new QGridLayout(this);
  grid_->setContentsMargins(4, 4, 4, 4);
  empty_ = new QLabel;
  empty_->setWordWrap(true);
  empty_->setAlignment(Qt::AlignCenter);
  grid_->addWidget(empty_, 0, 0);
  retranslateUi();
}

void DisplayMirrorPanel::retranslateUi() {
  empty_->setText(
      tr("No subscriber is running: deploy one on an end device to see its displays here."));
  for (auto it = labels_.cbegin(); it != labels_.cend(); ++it)
    it.value()->setText(tr("<b>%1</b> on %2")
                            .arg(it.key().toHtmlEscaped(), nodes_.value(it.key()).toHtmlEscaped()));
}

void DisplayMirrorPanel::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(e);
}

void DisplayMirrorPanel::setInstances(const QStringList& instances, const QStringList& nodes) {
  for (const auto& i : mirrors_.keys()) {
    if (instances.contains(i)) continue;
    delete mirrors_.take(i);
    delete labels_.take(i);
    lastSeq_.remove(i);
  }
  for (int k = 0; k < instances.size(); ++k) {
    const QString& i = instances[k];
    nodes_.insert(i, nodes.value(k));
    if (mirrors_.contains(i)) continue;
    auto* label = new QLabel(this);
    auto* w = new SevenSegmentWidget(this);
    labels_.insert(i, label);
    mirrors_.insert(i, w);
  }
  // Re-grid by node in natural order (pi2 before pi10), then by name.
  order_ = mirrors_.keys();
  const auto key = [this](const QString& i) { return nodes_.value(i) + u' ' + i; };
  std::sort(order_.begin(), order_.end(),
            [&](const QString& a, const QString& b) { return naturalLess(key(a), key(b)); });
  retranslateUi();
  int row = 0;
  for (const auto& i : order_) {
    grid_->addWidget(labels_[i], row++, 0);
    grid_->addWidget(mirrors_[i], row++, 0);
  }
  empty_->setVisible(order_.isEmpty());
  grid_->setRowStretch(row, 1);
}

void DisplayMirrorPanel::updateStates(const QList<DisplaySnapshot>& states) {
  for (const auto& st : states) {
    auto* w = mirrors_.value(st.instance);
    if (!w) continue;
    if (!st.valid || st.segments.size() != 8) {
      w->setStale(true);
      continue;
    }
    // A sequence number unchanged for a second: the subscriber stopped updating its displays.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (lastSeq_.value(st.instance) == st.seq && st.seq != 0) {
      if (now - lastChangeMs_.value(st.instance) > 1000) w->setStale(true);
      continue;
    }
    lastSeq_.insert(st.instance, st.seq);
    lastChangeMs_.insert(st.instance, now);
    std::array<std::uint8_t, 8> seg{};
    for (int k = 0; k < 8; ++k) seg[k] = static_cast<std::uint8_t>(st.segments[k]);
    w->setSegments(seg);
  }
}

}  // namespace swarmlab
