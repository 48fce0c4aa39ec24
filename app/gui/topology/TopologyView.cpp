#include "TopologyView.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDragLeaveEvent>
#include <QEvent>
#include <QGraphicsItem>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollBar>
#include <QToolBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "GuiText.h"
#include "TopologyItems.h"
#include "TopologyScene.h"

namespace swarmlab {

namespace {
constexpr double kZoomStep = 1.2;
constexpr double kMaxDefaultScale = 1.6;  // a small lab is not blown up past this
constexpr int kSearchWidth = 220;
constexpr int kMinSearchWidth = 110;
}  // namespace

TopologyView::TopologyView(TopologyScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent), scene_(scene) {
  setRenderHint(QPainter::Antialiasing);
  setRenderHint(QPainter::TextAntialiasing);
  setAcceptDrops(true);
  setDragMode(QGraphicsView::NoDrag);
  setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
  setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
  setFocusPolicy(Qt::StrongFocus);
  connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
    if (autoFit_) fit();
  });
  connect(scene, &TopologyScene::bandZoomRequested, this, &TopologyView::zoomToBand);
  buildToolBar();
}

void TopologyView::buildToolBar() {
  toolBar_ = new QToolBar(this);
  search_ = new QLineEdit(toolBar_);
  search_->setClearButtonEnabled(true);
  search_->setFixedWidth(kSearchWidth);
  toolBar_->addWidget(search_);
  connect(search_, &QLineEdit::textChanged, this, &TopologyView::search);
  toolBar_->addSeparator();
  zoomActions_ << toolBar_->addAction(QString(), this, &TopologyView::fit)
               << toolBar_->addAction(QString(), this, &TopologyView::zoomToFit);
  for (Layer l : {Layer::Enterprise, Layer::Mediation, Layer::Sensing})
    zoomActions_ << toolBar_->addAction(QString(), this, [this, l] { zoomToBand(l); });
  // Texts come from retranslateUi(), again on every language change.
  retranslateUi();
}

void TopologyView::retranslateUi() {
  setAccessibleName(tr("Lab topology"));
  toolBar_->setWindowTitle(tr("Topology"));
  toolBar_->setAccessibleName(tr("Topology tools"));
  search_->setPlaceholderText(tr("Find a node or service"));
  search_->setAccessibleName(tr("Find a node or service"));
  zoomActions_[0]->setText(tr("Readable"));
  zoomActions_[0]->setToolTip(tr("Default zoom: text stays readable, the view scrolls"));
  zoomActions_[1]->setText(tr("Fit all"));
  zoomActions_[1]->setToolTip(tr("Show the whole lab, however small"));
  const Layer bands[] = {Layer::Enterprise, Layer::Mediation, Layer::Sensing};
  for (int i = 0; i < 3; ++i) {
    zoomActions_[2 + i]->setText(layerName(bands[i]));
    zoomActions_[2 + i]->setToolTip(
        tr("Zoom to the %1 band (or double-click its title)").arg(layerName(bands[i])));
  }
  // The toolbar's height may change with its texts (another font's metrics): keep the margin.
  setViewportMargins(0, toolBar_->sizeHint().height(), 0, 0);
  const int fw = frameWidth();
  toolBar_->setGeometry(fw, fw, width() - 2 * fw, toolBar_->sizeHint().height());
  updateGeometry();  // the minimum width follows the toolbar's texts
}

void TopologyView::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  QGraphicsView::changeEvent(e);
}

void TopologyView::search(const QString& text) {
  if (auto* item = scene_->setSearch(text)) ensureVisible(item, 40, 40);
}

double TopologyView::readableScale() const {
  const double pt = NodeItem::statePointSize(viewport()->font());
  return pt > 0 ? kMinTextPt / pt : 1.0;
}

void TopologyView::updateWrapWidth() {
  // The wrap width is fixed by the view's width at the readable scale, not by the current
  // zoom, and leaves room for a vertical scroll bar: zooming never re-wraps the bands.
  const double px = width() - 2 * frameWidth() - verticalScrollBar()->sizeHint().width();
  scene_->setWrapWidth(std::max(1.0, px / readableScale()));
}

QSize TopologyView::minimumSizeHint() const {
  // The vertical scroll bar runs beside the toolbar too.
  const int bar = toolBar_->sizeHint().width() - search_->width() + kMinSearchWidth;
  const int band = int(std::ceil(TopologyScene::narrowestWidth() * readableScale()));
  return QSize(std::max(bar, band) + 2 * frameWidth() + verticalScrollBar()->sizeHint().width(),
               QGraphicsView::minimumSizeHint().height());
}

void TopologyView::zoomIn() {
  autoFit_ = false;
  scale(kZoomStep, kZoomStep);
}

void TopologyView::zoomOut() {
  autoFit_ = false;
  scale(1 / kZoomStep, 1 / kZoomStep);
}

void TopologyView::fit() {
  autoFit_ = true;
  const QRectF r = sceneRect();
  const QSize vp = viewport()->size();
  if (r.isEmpty() || vp.isEmpty()) return;
  const double fitScale = std::min(vp.width() / r.width(), vp.height() / r.height());
  const double floor = readableScale();
  const double s = std::max(floor, std::min(fitScale, std::max(floor, kMaxDefaultScale)));
  setTransform(QTransform::fromScale(s, s));
  // Start at the top (the enterprise band) when the lab is taller than the view.
  centerOn(QPointF(r.center().x(), r.top() + vp.height() / (2 * s)));
}

void TopologyView::zoomToFit() {
  autoFit_ = false;
  fitInView(sceneRect(), Qt::KeepAspectRatio);
}

void TopologyView::zoomToBand(Layer layer) {
  auto* band = scene_->bandItem(layer);
  if (!band || !band->isVisible()) return;
  autoFit_ = false;
  fitInView(band->sceneBoundingRect(), Qt::KeepAspectRatio);
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
  // A narrow view (1366x768 with the docks open) narrows the search box first, so that the
  // zoom buttons stay on the toolbar, clear of the vertical scroll bar that runs beside it.
  const int fw = frameWidth();
  const int room = width() - 2 * fw - verticalScrollBar()->sizeHint().width();
  const int others = toolBar_->sizeHint().width() - search_->width();
  search_->setFixedWidth(std::clamp(room - others - 4, kMinSearchWidth, kSearchWidth));
  toolBar_->setGeometry(fw, fw, width() - 2 * fw, toolBar_->sizeHint().height());
  updateWrapWidth();
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
