#include "TopologyItems.h"

#include <QApplication>
#include <QDrag>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <QWidget>
#include <algorithm>
#include <cmath>

#include "GuiText.h"
#include "MimeTypes.h"
#include "TopologyModel.h"
#include "TopologyScene.h"
#include "WireNames.h"

namespace swarmlab {

namespace {
constexpr double kTitleColumn = 150;
constexpr double kSearchPen = 5;
const QColor kSearchColor(0xff, 0x8f, 0x00);
const QColor kUnhostedColor(0xe6, 0x51, 0x00);

QColor chipColor(ChipState s) {
  switch (s) {
    case ChipState::Running:
      return QColor(0xc8, 0xe6, 0xc9);
    case ChipState::Starting:
      return QColor(0xbb, 0xde, 0xfb);
    case ChipState::Restarting:
      return QColor(0xff, 0xe0, 0xb2);
    case ChipState::Stopping:
      return QColor(0xe0, 0xe0, 0xe0);
    case ChipState::Stopped:
      return QColor(0xee, 0xee, 0xee);
    case ChipState::Failed:
      return QColor(0xff, 0xcd, 0xd2);
    case ChipState::Unknown:
      return QColor(0xf5, 0xf5, 0xf5);
    case ChipState::Waiting:
      return QColor(0xff, 0xf3, 0xe0);
  }
  return Qt::white;
}

QColor bandColor(Layer l) {
  switch (l) {
    case Layer::Enterprise:
      return QColor(0xe3, 0xf2, 0xfd);
    case Layer::Mediation:
      return QColor(0xf3, 0xe5, 0xf5);
    case Layer::Sensing:
      return QColor(0xe8, 0xf5, 0xe9);
    case Layer::Unassigned:
      return QColor(0xfa, 0xfa, 0xfa);
  }
  return Qt::white;
}

bool startDrag(TopologyScene* scene, QGraphicsItem* item, QGraphicsSceneMouseEvent* e,
               const QString& format, const QString& payload) {
  if ((e->screenPos() - e->buttonDownScreenPos(Qt::LeftButton)).manhattanLength() <
      QApplication::startDragDistance())
    return false;
  auto* mime = new QMimeData;
  mime->setData(format, payload.toUtf8());
  mime->setText(payload);
  auto* drag = new QDrag(e->widget());
  drag->setMimeData(mime);
  const QRectF r = item->boundingRect();
  QPixmap pm(r.size().toSize());
  pm.fill(Qt::transparent);
  {
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(-r.topLeft());
    QStyleOptionGraphicsItem opt;
    item->paint(&p, &opt, nullptr);
  }
  drag->setPixmap(pm);
  drag->setHotSpot((e->buttonDownPos(Qt::LeftButton) - r.topLeft()).toPoint());
  emit scene->dragStarted(format, payload);
  drag->exec(Qt::MoveAction | Qt::CopyAction, Qt::MoveAction);
  return true;
}

}  // namespace

// ---- BandItem ----

BandItem::BandItem(Layer layer) : layer_(layer) {
  setAcceptDrops(true);
  setZValue(-10);
}

TopologyScene* BandItem::topo() const { return static_cast<TopologyScene*>(scene()); }

void BandItem::setRect(const QRectF& r, bool titleAbove) {
  prepareGeometryChange();
  rect_ = r;
  titleAbove_ = titleAbove;
}

void BandItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  p->setRenderHint(QPainter::Antialiasing);
  p->setPen(hover_ ? QPen(QColor(0x1e, 0x88, 0xe5), 3, Qt::DashLine)
                   : QPen(QColor(0xbd, 0xbd, 0xbd)));
  p->setBrush(bandColor(layer_));
  p->drawRoundedRect(rect_, 10, 10);
  QFont f = p->font();
  f.setBold(true);
  f.setPointSizeF(f.pointSizeF() * 1.15);
  p->setFont(f);
  p->setPen(QColor(0x42, 0x42, 0x42));
  const QRectF title = titleAbove_
                          ? QRectF(rect_.left() + 14, rect_.top() + 10, rect_.width() - 28,
                                   kTitleHeight - 10)
                          : QRectF(rect_.left() + 14, rect_.top() + 10, kTitleColumn - 30,
                                   rect_.height() - 20);
  QString text = layer_ == Layer::Unassigned ? QCoreApplication::translate("swarmlab", "Tray")
                                             : layerName(layer_);
  p->drawText(title, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
  f.setBold(false);
  f.setPointSizeF(f.pointSizeF() / 1.4);
  p->setFont(f);
  p->setPen(QColor(0x75, 0x75, 0x75));
  QString sub;
  switch (layer_) {
    case Layer::Enterprise:
      sub = QCoreApplication::translate("swarmlab", "manager, cloud side");
      break;
    case Layer::Mediation:
      sub = QCoreApplication::translate("swarmlab", "gateways, storage");
      break;
    case Layer::Sensing:
      sub = QCoreApplication::translate("swarmlab", "end devices, displays");
      break;
    case Layer::Unassigned:
      sub = QCoreApplication::translate("swarmlab", "nodes without a swarmlab.layer label");
      break;
  }
  p->drawText(title.adjusted(0, 26, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, sub);
}

void BandItem::dragEnterEvent(QGraphicsSceneDragDropEvent* e) {
  if (!e->mimeData()->hasFormat(mime::kNode)) {
    e->ignore();
    return;
  }
  const auto v = topo()->evaluateBandDrop(e->mimeData(), layer_);
  e->setAccepted(true);
  hover_ = v.ok;
  emit topo()->dropHint(
      v.ok ? QCoreApplication::translate("swarmlab", "Drop to put %1 in the %2 layer")
                 .arg(v.payload, layerName(layer_))
           : v.why);
  update();
}

void BandItem::dragMoveEvent(QGraphicsSceneDragDropEvent* e) {
  e->setAccepted(topo()->evaluateBandDrop(e->mimeData(), layer_).ok);
}

void BandItem::dragLeaveEvent(QGraphicsSceneDragDropEvent*) {
  hover_ = false;
  emit topo()->dropHint({});
  update();
}

void BandItem::dropEvent(QGraphicsSceneDragDropEvent* e) {
  hover_ = false;
  update();
  e->setAccepted(topo()->dropOnBand(e->mimeData(), layer_));
}

bool BandItem::inTitle(const QPointF& pos) const {
  return rect_.contains(pos) && (titleAbove_ ? pos.y() < rect_.top() + kTitleHeight
                                             : pos.x() < rect_.left() + kTitleColumn);
}

void BandItem::mousePressEvent(QGraphicsSceneMouseEvent* e) {
  // Taking the press on the title is what makes the scene deliver the double-click here.
  if (inTitle(e->pos())) {
    e->accept();
    return;
  }
  QGraphicsItem::mousePressEvent(e);
}

void BandItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* e) {
  // The title column zooms to the band; elsewhere the band behaves as before.
  if (inTitle(e->pos())) {
    topo()->requestBandZoom(layer_);
    e->accept();
    return;
  }
  QGraphicsItem::mouseDoubleClickEvent(e);
}

// ---- CardItem ----

TopologyScene* CardItem::topo() const { return static_cast<TopologyScene*>(scene()); }

void CardItem::contextMenuEvent(QGraphicsSceneContextMenuEvent* e) {
  scene()->clearSelection();
  setSelected(true);
  topo()->requestContextMenu(this, e->screenPos());
}

void CardItem::mouseMoveEvent(QGraphicsSceneMouseEvent* e) {
  if ((e->buttons() & Qt::LeftButton) && canDrag()) {
    startDrag(topo(), this, e, dragFormat_, id_);
    return;
  }
  QGraphicsItem::mouseMoveEvent(e);
}

void CardItem::focusInEvent(QFocusEvent* e) {
  if (!isSelected()) {
    scene()->clearSelection();
    setSelected(true);
  }
  QGraphicsItem::focusInEvent(e);
}

// ---- NodeItem ----

NodeItem::NodeItem(const QString& node) : CardItem(node, mime::kNode) {
  setAcceptDrops(true);
  setFlags(ItemIsSelectable | ItemIsFocusable);
  setZValue(1);
  setToolTip(node);
}

void NodeItem::setSize(const QSizeF& s) {
  prepareGeometryChange();
  size_ = s;
}

void NodeItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  auto* t = topo();
  const NodeInfo* n = t ? t->model()->node(id_) : nullptr;
  const QRectF r = boundingRect().adjusted(1, 1, -1, -1);
  p->setRenderHint(QPainter::Antialiasing);
  QPen border(QColor(0x90, 0x90, 0x90), 1.2);
  if (t && t->highlightedNode() == id_)
    border = QPen(t->highlightOk() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28), 4);
  else if (isSelected())
    border = QPen(QColor(0x1e, 0x88, 0xe5), 3);
  p->setPen(border);
  const bool down = n && n->state == NodeState::Down;
  p->setBrush(down ? QColor(0xee, 0xee, 0xee) : QColor(Qt::white));
  p->drawRoundedRect(r, 8, 8);
  if (t && t->matchesSearch(id_)) {
    p->setPen(QPen(kSearchColor, kSearchPen));
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(r.adjusted(2, 2, -2, -2), 7, 7);
  }
  if (t && t->highlightedNode() == id_) {
    QColor glow = t->highlightOk() ? QColor(0x2e, 0x7d, 0x32, 40) : QColor(0xc6, 0x28, 0x28, 40);
    p->fillRect(r.adjusted(3, 3, -3, -3), glow);
  }
  // State stripe on the left.
  // A gateway whose Redis telemetry cannot reach is shown as down, whatever its engine says.
  const bool storageDown = t && t->model()->storageDown(id_);
  const QColor sc =
      nodeStateColor(storageDown ? NodeState::Down : (n ? n->state : NodeState::Unknown));
  p->setPen(Qt::NoPen);
  p->setBrush(sc);
  p->drawRoundedRect(QRectF(r.left(), r.top(), 8, r.height()), 4, 4);

  QFont f = p->font();
  const QFont base = f;
  f.setBold(true);
  f.setPointSizeF(namePointSize(base));
  p->setFont(f);
  p->setPen(QColor(0x21, 0x21, 0x21));
  p->drawText(QRectF(r.left() + 16, r.top() + 6, r.width() - 110, 22),
              Qt::AlignLeft | Qt::AlignVCenter, id_);
  // State badge.
  f.setBold(false);
  f.setPointSizeF(statePointSize(base));
  p->setFont(f);
  const QString unhosted = t ? t->model()->unhostedText(id_) : QString();
  QString state = storageDown ? QCoreApplication::translate("swarmlab", "Redis down")
                              : nodeStateName(n ? n->state : NodeState::Unknown);
  if (!unhosted.isEmpty()) state = QCoreApplication::translate("swarmlab", "no machine");
  const QRectF badge(r.right() - 90, r.top() + 8, 82, 18);
  p->setBrush(unhosted.isEmpty() ? sc : kUnhostedColor);
  p->drawRoundedRect(badge, 9, 9);
  p->setPen(Qt::white);
  p->drawText(badge, Qt::AlignCenter, state);
  // No machine runs this lab node: say so, and what to do, instead of its arch.
  if (!unhosted.isEmpty()) {
    f.setBold(true);
    p->setFont(f);
    p->setPen(kUnhostedColor);
    p->drawText(QRectF(r.left() + 16, r.top() + 27, r.width() - 24, kHeader - 27),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, unhosted);
    return;
  }
  // Arch and capabilities (and the machine, when it is not named after this lab node).
  p->setPen(QColor(0x61, 0x61, 0x61));
  QString line = n ? n->arch : QString();
  if (n && n->inLab && !n->machine.isEmpty() && n->machine != id_)
    line = QCoreApplication::translate("swarmlab", "on %1").arg(n->machine) +
           QStringLiteral(" · ") + line;
  if (n && !n->capabilities.isEmpty())
    line += QStringLiteral(" · ") + n->capabilities.join(QStringLiteral(", "));
  const QString activity = t ? t->model()->nodeActivity(id_) : QString();
  if (!activity.isEmpty()) line += QStringLiteral(" · ") + activity;
  p->drawText(QRectF(r.left() + 16, r.top() + 30, r.width() - 24, 20),
              Qt::AlignLeft | Qt::AlignVCenter,
              p->fontMetrics().elidedText(line, Qt::ElideRight, int(r.width() - 24)));
}

void NodeItem::dragEnterEvent(QGraphicsSceneDragDropEvent* e) {
  const auto* m = e->mimeData();
  const NodeInfo* self = topo()->model()->node(id_);
  // A machine goes onto a lab node's card (to host it); onto another machine, to its band.
  const bool machine = m->hasFormat(mime::kNode) && self && self->inLab;
  if (!m->hasFormat(mime::kTemplate) && !m->hasFormat(mime::kService) && !machine) {
    e->ignore();
    return;
  }
  const auto v = topo()->evaluateNodeDrop(m, id_);
  // Accept the enter so the card can light up red and say why; the move event refuses.
  e->setAccepted(true);
  topo()->setDropHighlight(id_, v.ok);
  if (v.ok && machine) {
    emit topo()->dropHint(QCoreApplication::translate("swarmlab", "Drop to make %1 host %2")
                              .arg(topo()->model()->machineName(v.payload), id_));
  } else if (v.ok) {
    emit topo()->dropHint(
        m->hasFormat(mime::kTemplate)
            ? QCoreApplication::translate("swarmlab", "Drop to deploy %1 on %2").arg(v.payload, id_)
            : QCoreApplication::translate("swarmlab", "Drop to migrate %1 to %2")
                  .arg(v.payload, id_));
  } else {
    emit topo()->dropHint(v.why);
  }
}

void NodeItem::dragMoveEvent(QGraphicsSceneDragDropEvent* e) {
  const auto v = topo()->evaluateNodeDrop(e->mimeData(), id_);
  e->setAccepted(v.ok);
}

void NodeItem::dragLeaveEvent(QGraphicsSceneDragDropEvent*) {
  topo()->clearDropHighlight(id_);
  emit topo()->dropHint({});
}

void NodeItem::dropEvent(QGraphicsSceneDragDropEvent* e) {
  topo()->clearDropHighlight(id_);
  emit topo()->dropHint({});
  e->setAccepted(topo()->dropOnNode(e->mimeData(), id_));
}

bool NodeItem::canDrag() const {
  // Only machines the backend can assign are placed by dragging (Swarm nodes); otherwise the
  // layers come from the lab file.
  return topo()->model()->traits().machinesAssignable;
}

// ---- ChipItem ----

ChipItem::ChipItem(const QString& service) : CardItem(service, mime::kService) {
  setFlags(ItemIsSelectable | ItemIsFocusable);
  setAcceptDrops(false);  // drops go to the card under the chip
  setZValue(2);
}

QString ChipItem::fitStatus(const QString& state, const QString& activity, const QFontMetrics& fm,
                            int width) {
  if (activity.isEmpty()) return fm.elidedText(state, Qt::ElideRight, width);
  const QString tail = QStringLiteral(" · ") + activity;
  if (fm.horizontalAdvance(state + tail) <= width) return state + tail;
  const QString shortState =
      fm.elidedText(state, Qt::ElideRight, std::max(0, width - fm.horizontalAdvance(tail)));
  // A state cut to a letter or two says nothing: the activity alone then.
  if (shortState.size() > 3) return shortState + tail;
  return fm.elidedText(activity, Qt::ElideRight, width);
}

void ChipItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  auto* t = topo();
  const TopologyModel* m = t ? t->model() : nullptr;
  const ChipState st = m ? m->chipState(id_) : ChipState::Unknown;
  const QRectF r = boundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
  p->setRenderHint(QPainter::Antialiasing);
  p->setPen(isSelected() ? QPen(QColor(0x1e, 0x88, 0xe5), 2.5) : QPen(QColor(0x9e, 0x9e, 0x9e)));
  p->setBrush(chipColor(st));
  p->drawRoundedRect(r, 6, 6);
  if (t && t->matchesSearch(id_)) {
    p->setPen(QPen(kSearchColor, kSearchPen / 2));
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(r.adjusted(1, 1, -1, -1), 5, 5);
  }
  const QString kind = m ? m->kindOfService(id_) : QString();
  const QRect iconRect(int(r.left()) + 5, int(r.top()) + 4, 18, 18);
  if (t)
    t->kindIcon(kind).paint(p, iconRect);
  else
    templateIcon(kind).paint(p, iconRect);

  // Line 1: name, and the live rate at the right.
  const double rate = m ? m->rate(id_) : -1;
  const QString rateText = rate < 0 ? QString()
                                    : (kind == wirenames::kSubscriber
                                           ? QCoreApplication::translate("swarmlab", "%1 upd/s")
                                           : QCoreApplication::translate("swarmlab", "%1 msg/s"))
                                          .arg(QString::number(rate, 'f', 0));
  QFont f = p->font();
  const QFontMetrics fm(f);
  const double rateW = rateText.isEmpty() ? 0 : fm.horizontalAdvance(rateText) + 6;
  p->setPen(QColor(0x21, 0x21, 0x21));
  p->drawText(QRectF(r.right() - rateW - 4, r.top() + 3, rateW, 18),
              Qt::AlignRight | Qt::AlignVCenter, rateText);
  f.setBold(true);
  p->setFont(f);
  const double nameW = r.width() - 34 - rateW;
  p->drawText(QRectF(r.left() + 28, r.top() + 3, nameW, 18), Qt::AlignLeft | Qt::AlignVCenter,
              QFontMetrics(f).elidedText(id_, Qt::ElideRight, int(nameW)));
  // Line 2: state, then the command in progress or its measured result.
  QFont small = f;
  small.setBold(false);
  small.setPointSizeF(f.pointSizeF() * 0.85);
  p->setFont(small);
  p->setPen(QColor(0x42, 0x42, 0x42));
  const QFontMetrics smallFm(small);
  const int line2W = int(r.width() - 34);
  // What holds it back, in full in the tooltip.
  paintedStatus_ =
      st == ChipState::Waiting
          ? smallFm.elidedText(m->waitingReason(id_), Qt::ElideRight, line2W)
          : fitStatus(chipStateText(st), m ? m->activityText(id_) : QString(), smallFm, line2W);
  p->drawText(QRectF(r.left() + 28, r.top() + 21, r.width() - 34, 16),
              Qt::AlignLeft | Qt::AlignVCenter, paintedStatus_);
  if (m && m->busy(id_)) {
    // Indeterminate progress: a sliding block along the chip's bottom edge.
    const qint64 ms = std::max<qint64>(0, m->busySinceMs(id_));
    const double w = r.width() * 0.3;
    const double x = r.left() + std::fmod(ms / 4.0, r.width() + w) - w;
    p->save();
    p->setClipRect(QRectF(r.left() + 2, r.bottom() - 4, r.width() - 4, 3));
    p->fillRect(QRectF(x, r.bottom() - 4, w, 3), QColor(0x1e, 0x88, 0xe5));
    p->restore();
  }
}

// ---- LinkItem ----

LinkItem::LinkItem(const QString& from, const QString& to, int count)
    : from_(from), to_(to), count_(count) {
  setPen(QPen(QColor(0x90, 0xa4, 0xae), count > 1 ? 4 : 2, Qt::SolidLine, Qt::RoundCap));
  setZValue(-1);
}

QRectF LinkItem::boundingRect() const {
  // Room for the count label at the middle of the line.
  return QGraphicsLineItem::boundingRect().united(
      QRectF(line().center() - QPointF(40, 16), QSizeF(80, 32)));
}

void LinkItem::paint(QPainter* p, const QStyleOptionGraphicsItem* o, QWidget* w) {
  QGraphicsLineItem::paint(p, o, w);
  if (count_ <= 1) return;
  const QString label = QCoreApplication::translate("swarmlab", "× %1").arg(count_);
  QFont f = p->font();
  f.setBold(true);
  p->setFont(f);
  const QRectF box(line().center() - QPointF(30, 12), QSizeF(60, 24));
  p->setRenderHint(QPainter::Antialiasing);
  p->setPen(QPen(QColor(0x90, 0xa4, 0xae), 2));
  p->setBrush(Qt::white);
  p->drawRoundedRect(box, 12, 12);
  p->setPen(QColor(0x37, 0x47, 0x4f));
  p->drawText(box, Qt::AlignCenter, label);
}

}  // namespace swarmlab
