#include "TopologyScene.h"

#include <QGraphicsView>
#include <QMimeData>

#include "GuiText.h"
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
constexpr double kRowGap = 22;
// Below this many cards in the lower row every link is drawn; from it on one link with a count.
constexpr int kAggregateFrom = 5;
constexpr double kDefaultWrapWidth = 1400;
constexpr double kSceneMargin = 10;
constexpr int kAnimationMs = 50;
const Layer kBandOrder[] = {Layer::Enterprise, Layer::Mediation, Layer::Sensing, Layer::Unassigned};

QString payload(const QMimeData* m, const QString& format) {
  return QString::fromUtf8(m->data(format));
}
}  // namespace

TopologyScene::TopologyScene(TopologyModel* model, QObject* parent)
    : QGraphicsScene(parent), model_(model), wrapWidth_(kDefaultWrapWidth) {
  setItemIndexMethod(QGraphicsScene::NoIndex);  // a few dozen items that move and repaint
  for (Layer l : kBandOrder) {
    auto* b = new BandItem(l);
    addItem(b);
    bands_.insert(l, b);
  }
  connect(model, &TopologyModel::structureChanged, this, &TopologyScene::relayout);
  connect(model, &TopologyModel::stateChanged, this, &TopologyScene::repaintState);
  connect(model, &TopologyModel::ratesChanged, this, &TopologyScene::repaintRates);
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
  // Each band's cards in the lab's order, wrapped in rows.
  QMap<Layer, QList<NodeItem*>> perBand;
  for (const auto& n : nodes) perBand[n.layer].append(nodes_.value(n.name));
  const QSizeF size = layoutBands(perBand);
  rebuildLinks(perBand);
  setSceneRect(QRectF(-kSceneMargin, -kSceneMargin, size.width() + 2 * kSceneMargin,
                      size.height() + kSceneMargin));
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

int TopologyScene::columnsFor(double titleWidth) const {
  const double cell = NodeItem::kWidth + kCardGap;
  return std::max(1, int((wrapWidth_ - titleWidth - kBandPad - 2 * kSceneMargin) / cell));
}

int TopologyScene::columns() const { return columnsFor(titleAbove_ ? 0 : kTitleWidth); }

double TopologyScene::narrowestWidth() {
  return kTitleWidth + NodeItem::kWidth + kCardGap + kBandPad + 2 * kSceneMargin;
}

void TopologyScene::setWrapWidth(double width) {
  if (qFuzzyCompare(width, wrapWidth_)) return;
  const auto fits = [this] { return std::pair(columnsFor(kTitleWidth), columnsFor(0)); };
  const auto before = fits();
  wrapWidth_ = width;
  if (fits() != before) relayout();
}

QSizeF TopologyScene::layoutBands(const QMap<Layer, QList<NodeItem*>>& perBand) {
  // A band with more cards than a row beside its title holds gets its title above them, when
  // that makes room for one more column (a classroom's Pis in a narrow view); the other bands
  // keep theirs beside, which takes no height.
  const int beside = columnsFor(kTitleWidth);
  qsizetype most = 0;
  for (const auto& l : perBand) most = std::max(most, l.size());
  titleAbove_ = most > beside && columnsFor(0) > beside;
  int used = 1;
  for (const auto& l : perBand) used = std::max<int>(used, std::min<int>(columns(), l.size()));
  const double width = (titleAbove_ ? 0 : kTitleWidth) + used * (NodeItem::kWidth + kCardGap) +
                       kBandPad;
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
    const bool above = titleAbove_ && perBand.value(l).size() > beside;
    const double titleHeight = above ? BandItem::kTitleHeight : 0;
    const double rows =
        layoutRows(perBand.value(l), y + titleHeight + kBandPad, above ? 0 : kTitleWidth, width);
    const double bandHeight = std::max(kMinBandHeight, titleHeight + rows + 2 * kBandPad);
    band->setRect(QRectF(0, y, width, bandHeight), above);
    y += bandHeight + kBandGap;
  }
  return QSizeF(width, y);
}

double TopologyScene::layoutRows(const QList<NodeItem*>& cards, double top, double left,
                                 double width) {
  const int cols = columns();
  const double free = width - left - kBandPad;
  double y = top;
  for (qsizetype first = 0; first < cards.size(); first += cols) {
    const qsizetype n = std::min<qsizetype>(cols, cards.size() - first);
    double rowHeight = 0;
    for (qsizetype i = 0; i < n; ++i) rowHeight = std::max(rowHeight, layoutCard(cards[first + i]));
    // Centre each row in the band's free width.
    const double rowWidth = n * NodeItem::kWidth + (n - 1) * kCardGap;
    double x = left + std::max(0.0, (free - rowWidth) / 2);
    for (qsizetype i = 0; i < n; ++i) {
      cards[first + i]->setPos(x, y);
      x += NodeItem::kWidth + kCardGap;
    }
    y += rowHeight + kRowGap;
  }
  return cards.isEmpty() ? 0 : y - top - kRowGap;
}

void TopologyScene::addLink(const QString& from, const QString& to, int count, QLineF line) {
  auto* link = new LinkItem(from, to, count);
  link->setLine(line);
  addItem(link);
  links_.append(link);
}

void TopologyScene::rebuildLinks(const QMap<Layer, QList<NodeItem*>>& perBand) {
  // Links between adjacent layers (enterprise -> mediation -> sensing; skip an empty layer).
  // A node serving many cards gets one link to the lower band's group, with the count.
  qDeleteAll(links_);
  links_.clear();
  QList<Layer> layers;
  for (Layer l : {Layer::Enterprise, Layer::Mediation, Layer::Sensing})
    if (!perBand.value(l).isEmpty()) layers.append(l);
  for (int i = 0; i + 1 < layers.size(); ++i) {
    const auto& upper = perBand.value(layers[i]);
    const auto& lower = perBand.value(layers[i + 1]);
    for (auto* a : upper) {
      const QPointF p1 = a->mapToScene(QPointF(NodeItem::kWidth / 2, a->boundingRect().height()));
      if (lower.size() >= kAggregateFrom) {
        QRectF group;
        for (auto* b : lower) group |= b->sceneBoundingRect();
        addLink(a->node(), layerName(layers[i + 1]), int(lower.size()),
                QLineF(p1, QPointF(group.center().x(), group.top())));
        continue;
      }
      for (auto* b : lower)
        addLink(a->node(), b->node(), 1,
                QLineF(p1, b->mapToScene(QPointF(NodeItem::kWidth / 2, 0))));
    }
  }
}

QGraphicsItem* TopologyScene::setSearch(const QString& text) {
  search_ = text.trimmed();
  repaintState();
  const auto matches = searchMatches();
  if (matches.isEmpty()) return nullptr;
  if (auto* n = nodes_.value(matches.first())) return n;
  return chips_.value(matches.first());
}

const QIcon& TopologyScene::kindIcon(const QString& kind) const {
  auto it = kindIcons_.find(kind);
  if (it == kindIcons_.end()) it = kindIcons_.insert(kind, templateIcon(kind));
  return *it;
}

bool TopologyScene::matchesSearch(const QString& name) const {
  return !search_.isEmpty() && name.contains(search_, Qt::CaseInsensitive);
}

QStringList TopologyScene::searchMatches() const {
  // Nodes in the lab's order first, then services by name.
  QStringList out;
  for (const auto& n : model_->nodes())
    if (nodes_.contains(n.name) && matchesSearch(n.name)) out << n.name;
  QStringList services;
  for (auto it = chips_.cbegin(); it != chips_.cend(); ++it)
    if (matchesSearch(it.key())) services << it.key();
  services.sort();
  return out + services;
}

void TopologyScene::repaintState() {
  for (auto it = nodes_.cbegin(); it != nodes_.cend(); ++it) {
    it.value()->setToolTip(model_->nodeToolTip(it.key()));
    it.value()->update();
  }
  for (auto it = chips_.cbegin(); it != chips_.cend(); ++it) {
    it.value()->setToolTip(model_->chipToolTip(it.key()));
    it.value()->update();
  }
  if (model_->anyBusy()) {
    if (!animation_.isActive()) animation_.start();
  } else {
    animation_.stop();
  }
}

void TopologyScene::repaintRates() {
  for (auto* chip : std::as_const(chips_)) chip->update();
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
  } else if (m->hasFormat(mime::kNode)) {
    v.format = mime::kNode;
    v.payload = payload(m, v.format);
    v.ok = model_->canHost(v.payload, node, &v.why);
  } else {
    v.why = tr("only services and machines can be dropped on a node");
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
  else if (v.format == mime::kNode)
    emit hostRequested(v.payload, node);
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
