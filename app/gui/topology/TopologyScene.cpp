#include "TopologyScene.h"

#include <QGraphicsView>
#include <QMimeData>

#include "MimeTypes.h"
#include "TopologyItems.h"
#include "TopologyModel.h"

namespace swarmlab {

namespace {
constexpr double kTitleWidth = 150;
constexpr double kCardGap = 28;
constexpr double kBandGap = 18;
constexpr double kBandPad = 16;
constexpr double kMinBandHeight = 130;
constexpr double kChipGap = 6;
constexpr int kAnimationMs = 50;
const Layer kBandOrder[] = {Layer::Enterprise, Layer::Mediation, Layer::Sensing, Layer::Unassigned};

QString payload(const QMimeData* m, const QString& format) {
  return QString::fromUtf8(m->data(format));
}
}  // namespace

TopologyScene::TopologyScene(TopologyModel* model, QObject* parent)
    : QGraphicsScene(parent), model_(model) {
  setItemIndexMethod(QGraphicsScene::NoIndex);  // a few dozen items that move and repaint
  for (Layer l : kBandOrder) {
    auto* b = new BandItem(l);
    addItem(b);
    bands_.insert(l, b);
  }
  connect(model, &TopologyModel::structureChanged, this, &TopologyScene::relayout);
  connect(model, &TopologyModel::stateChanged, this, &TopologyScene::repaintState);
  animation_.setInterval(kAnimationMs);
  connect(&animation_, &QTimer::timeout, this, &TopologyScene::repaintState);
  relayout();
}

QPointF TopologyScene::nodeCenter(const QString& node) const {
  auto* n = nodes_.value(node);
  return n ? n->mapToScene(QPointF(n->boundingRect().center().x(), NodeItem::kHeader / 2))
           : QPointF();
}

void TopologyScene::relayout() {
  const auto nodes = model_->nodes();
  syncItems(nodes, model_->services());
  // One row of cards per band, in the lab's order.
  QMap<Layer, QList<NodeItem*>> perBand;
  for (const auto& n : nodes) perBand[n.layer].append(nodes_.value(n.name));
  const QSizeF size = layoutBands(perBand);
  rebuildLinks(perBand);
  setSceneRect(QRectF(-10, -10, size.width() + 20, size.height() + 10));
  repaintState();
}

void TopologyScene::syncItems(const QList<NodeInfo>& nodes, const QList<ServiceInfo>& services) {
  QSet<QString> nodeNames, serviceNames;
  for (const auto& n : nodes) nodeNames.insert(n.name);
  for (const auto& s : services) serviceNames.insert(s.name);

  // Remove what left the model, add what is new (items are keyed by id only).
  for (auto it = chips_.begin(); it != chips_.end();) {
    if (!serviceNames.contains(it.key()) || !nodeNames.contains(model_->service(it.key())->node)) {
      delete it.value();
      it = chips_.erase(it);
    } else {
      ++it;
    }
  }
  for (auto it = nodes_.begin(); it != nodes_.end();) {
    if (!nodeNames.contains(it.key())) {
      for (auto* child : it.value()->childItems()) {
        if (child->type() == ChipItem::Type)
          chips_.remove(static_cast<ChipItem*>(child)->service());
      }
      delete it.value();
      it = nodes_.erase(it);
    } else {
      ++it;
    }
  }
  for (const auto& n : nodes) {
    if (!nodes_.contains(n.name)) {
      auto* item = new NodeItem(n.name);
      addItem(item);
      nodes_.insert(n.name, item);
    }
  }
  for (const auto& s : services) {
    auto* parentCard = nodes_.value(s.node);
    if (!parentCard) continue;
    auto* chip = chips_.value(s.name);
    if (!chip) {
      chip = new ChipItem(s.name);
      chips_.insert(s.name, chip);
    }
    if (chip->parentItem() != parentCard) chip->setParentItem(parentCard);
  }
}

double TopologyScene::layoutCard(NodeItem* card) {
  QList<ChipItem*> chips;
  for (auto* c : card->childItems())
    if (c->type() == ChipItem::Type) chips.append(static_cast<ChipItem*>(c));
  std::sort(chips.begin(), chips.end(),
            [](ChipItem* a, ChipItem* b) { return a->service() < b->service(); });
  double cy = NodeItem::kHeader;
  for (auto* c : chips) {
    c->setPos(8, cy);
    cy += ChipItem::kHeight + kChipGap;
  }
  const double h = std::max(cy + 8, 96.0);
  card->setSize(QSizeF(NodeItem::kWidth, h));
  return h;
}

QSizeF TopologyScene::layoutBands(const QMap<Layer, QList<NodeItem*>>& perBand) {
  int maxCards = 1;
  for (const auto& l : perBand) maxCards = std::max<int>(maxCards, l.size());
  const double width = kTitleWidth + maxCards * (NodeItem::kWidth + kCardGap) + kBandPad;
  double y = 0;
  // The Tray holds machines the backend can place in a layer (Swarm nodes without a label).
  const bool showTray =
      !perBand.value(Layer::Unassigned).isEmpty() || model_->traits().machinesAssignable;
  for (Layer l : kBandOrder) {
    BandItem* band = bands_.value(l);
    if (l == Layer::Unassigned && !showTray) {
      band->setVisible(false);
      continue;
    }
    band->setVisible(true);
    const auto cards = perBand.value(l);
    double bandHeight = kMinBandHeight;
    for (auto* card : cards) bandHeight = std::max(bandHeight, layoutCard(card) + 2 * kBandPad);
    // Centre the row of cards in the band's free width.
    const double free = width - kTitleWidth - kBandPad;
    const double rowWidth =
        cards.size() * NodeItem::kWidth + std::max<qsizetype>(0, cards.size() - 1) * kCardGap;
    double x = kTitleWidth + std::max(0.0, (free - rowWidth) / 2);
    for (auto* card : cards) {
      card->setPos(x, y + kBandPad);
      x += NodeItem::kWidth + kCardGap;
    }
    band->setRect(QRectF(0, y, width, bandHeight));
    y += bandHeight + kBandGap;
  }
  return QSizeF(width, y);
}

void TopologyScene::rebuildLinks(const QMap<Layer, QList<NodeItem*>>& perBand) {
  // Links between adjacent layers (enterprise -> mediation -> sensing; skip an empty layer).
  qDeleteAll(links_);
  links_.clear();
  QList<QList<NodeItem*>> rows;
  for (Layer l : {Layer::Enterprise, Layer::Mediation, Layer::Sensing})
    if (!perBand.value(l).isEmpty()) rows.append(perBand.value(l));
  for (int i = 0; i + 1 < rows.size(); ++i) {
    for (auto* a : rows[i]) {
      for (auto* b : rows[i + 1]) {
        auto* link = new LinkItem(a->node(), b->node());
        const QPointF p1 = a->mapToScene(QPointF(NodeItem::kWidth / 2, a->boundingRect().height()));
        const QPointF p2 = b->mapToScene(QPointF(NodeItem::kWidth / 2, 0));
        link->setLine(QLineF(p1, p2));
        addItem(link);
        links_.append(link);
      }
    }
  }
}

void TopologyScene::repaintState() {
  for (auto* n : std::as_const(nodes_)) n->update();
  for (auto* c : std::as_const(chips_)) c->update();
  if (model_->anyBusy()) {
    if (!animation_.isActive()) animation_.start();
  } else {
    animation_.stop();
  }
}

DropVerdict TopologyScene::evaluateNodeDrop(const QMimeData* m, const QString& node) const {
  DropVerdict v;
  if (m->hasFormat(mime::kTemplate)) {
    v.format = mime::kTemplate;
    v.payload = payload(m, v.format);
    v.ok = model_->canDeploy(v.payload, node, &v.why);
  } else if (m->hasFormat(mime::kService)) {
    v.format = mime::kService;
    v.payload = payload(m, v.format);
    v.ok = model_->canMigrate(v.payload, node, &v.why);
  } else {
    v.why = tr("only services can be dropped on a node");
  }
  return v;
}

DropVerdict TopologyScene::evaluateBandDrop(const QMimeData* m, Layer layer) const {
  DropVerdict v;
  if (!m->hasFormat(mime::kNode)) {
    v.why = tr("only node cards can be dropped on a band");
    return v;
  }
  v.format = mime::kNode;
  v.payload = payload(m, v.format);
  const NodeInfo* n = model_->node(v.payload);
  if (!n) {
    v.why = tr("unknown node '%1'").arg(v.payload);
  } else if (!model_->traits().machinesAssignable) {
    v.why = tr("on this backend every node's layer comes from the lab file");
  } else if (layer == Layer::Unassigned) {
    v.why = tr("a node leaves its layer only by removing its swarmlab.layer label");
  } else if (n->layer == layer) {
    v.why = tr("%1 is already in this layer").arg(v.payload);
  } else {
    v.ok = true;
  }
  return v;
}

bool TopologyScene::dropOnNode(const QMimeData* m, const QString& node) {
  const auto v = evaluateNodeDrop(m, node);
  if (!v.ok) {
    emit dropRefused(v.why);
    return false;
  }
  if (v.format == mime::kTemplate)
    emit deployRequested(v.payload, node);
  else
    emit migrateRequested(v.payload, node);
  return true;
}

bool TopologyScene::dropOnBand(const QMimeData* m, Layer layer) {
  const auto v = evaluateBandDrop(m, layer);
  if (!v.ok) {
    emit dropRefused(v.why);
    return false;
  }
  emit nodeLayerRequested(v.payload, layer);
  return true;
}

void TopologyScene::setDropHighlight(const QString& node, bool ok) {
  const QString old = highlight_;
  highlight_ = node;
  highlightOk_ = ok;
  if (auto* o = nodes_.value(old)) o->update();
  if (auto* n = nodes_.value(node)) n->update();
}

void TopologyScene::clearDropHighlight(const QString& node) {
  if (highlight_ != node) return;
  highlight_.clear();
  if (auto* n = nodes_.value(node)) n->update();
}

void TopologyScene::requestContextMenu(QGraphicsItem* item, const QPoint& screenPos) {
  emit contextMenuRequested(item, screenPos);
}

QGraphicsItem* TopologyScene::currentItem() const {
  const auto sel = selectedItems();
  for (auto* i : sel)
    if (i->type() == ChipItem::Type || i->type() == NodeItem::Type) return i;
  return nullptr;
}

}  // namespace swarmlab
