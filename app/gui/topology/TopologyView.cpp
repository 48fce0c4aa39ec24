#include "TopologyView.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDragLeaveEvent>
#include <QGraphicsItem>
#include <QKeyEvent>
#include <QMimeData>
#include <QWheelEvent>

#include "TopologyScene.h"

namespace swarmlab {

TopologyView::TopologyView(TopologyScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent), scene_(scene) {
  setRenderHint(QPainter::Antialiasing);
  setRenderHint(QPainter::TextAntialiasing);
  setAcceptDrops(true);
  setDragMode(QGraphicsView::NoDrag);
  setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
  setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
  setFocusPolicy(Qt::StrongFocus);
  setAccessibleName(tr("Lab topology"));
  connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
    if (autoFit_) fit();
  });
}

void TopologyView::zoomIn() {
  autoFit_ = false;
  scale(1.2, 1.2);
}

void TopologyView::zoomOut() {
  autoFit_ = false;
  scale(1 / 1.2, 1 / 1.2);
}

void TopologyView::fit() {
  autoFit_ = true;
  fitInView(sceneRect(), Qt::KeepAspectRatio);
}

void TopologyView::wheelEvent(QWheelEvent* e) {
  if (e->modifiers() & Qt::ControlModifier) {
    e->angleDelta().y() > 0 ? zoomIn() : zoomOut();
    e->accept();
    return;
  }
  QGraphicsView::wheelEvent(e);
}

void TopologyView::keyPressEvent(QKeyEvent* e) {
  if (e->key() == Qt::Key_Menu || (e->key() == Qt::Key_F10 && e->modifiers() & Qt::ShiftModifier)) {
    if (auto* item = scene_->currentItem()) {
      const QPointF c = item->mapToScene(item->boundingRect().center());
      scene_->requestContextMenu(item, viewport()->mapToGlobal(mapFromScene(c)));
      e->accept();
      return;
    }
  }
  QGraphicsView::keyPressEvent(e);
}

void TopologyView::resizeEvent(QResizeEvent* e) {
  QGraphicsView::resizeEvent(e);
  if (autoFit_) fit();
}

bool TopologyView::simulateHover(const QPointF& scenePos, const QMimeData* mime) {
  const QPoint pos = mapFromScene(scenePos);
  QDragEnterEvent enter(pos, Qt::MoveAction | Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
  QCoreApplication::sendEvent(viewport(), &enter);
  QDragMoveEvent move(pos, Qt::MoveAction | Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
  QCoreApplication::sendEvent(viewport(), &move);
  return move.isAccepted();
}

bool TopologyView::simulateDrop(const QPointF& scenePos, const QMimeData* mime) {
  simulateHover(scenePos, mime);
  QDropEvent drop(QPointF(mapFromScene(scenePos)), Qt::MoveAction | Qt::CopyAction, mime,
                  Qt::LeftButton, Qt::NoModifier);
  QCoreApplication::sendEvent(viewport(), &drop);
  return drop.isAccepted();
}

}  // namespace swarmlab
