// The topology scene: three bands (Enterprise / Mediation / Sensing) plus a tray, node cards
// with service chips, links between layers. Laid out from the TopologyModel; turns drops
// into requests (deploy, migrate, set a node's layer) that the controller sends on.
#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QIcon>
#include <QMap>
#include <QTimer>

#include "LabTypes.h"
#include "Orchestrator.h"

class QMimeData;

namespace swarmlab {

class TopologyModel;
class BandItem;
class NodeItem;
class ChipItem;
class LinkItem;

/// What a drop on a target would do, and why not if it may not.
struct DropVerdict {
  bool ok = false;
  QString why;      ///< translated reason when !ok
  QString format;   ///< the MIME type dragged
  QString payload;  ///< template, service or node name
};

class TopologyScene : public QGraphicsScene {
  Q_OBJECT
 public:
  explicit TopologyScene(TopologyModel* model, QObject* parent = nullptr);
  TopologyModel* model() const { return model_; }

  NodeItem* nodeItem(const QString& node) const { return nodes_.value(node); }
  ChipItem* chipItem(const QString& service) const { return chips_.value(service); }
  BandItem* bandItem(Layer l) const { return bands_.value(l); }
  QList<LinkItem*> links() const { return links_; }
  /// Scene position of the centre of a node card (for drops and tests).
  QPointF nodeCenter(const QString& node) const;

  // Called by the items during a drag.
  DropVerdict evaluateNodeDrop(const QMimeData* mime, const QString& node) const;
  DropVerdict evaluateBandDrop(const QMimeData* mime, Layer layer) const;
  bool dropOnNode(const QMimeData* mime, const QString& node);
  bool dropOnBand(const QMimeData* mime, Layer layer);
  void setDropHighlight(const QString& node, bool ok);
  void clearDropHighlight(const QString& node);
  QString highlightedNode() const { return highlight_; }
  bool highlightOk() const { return highlightOk_; }
  void requestContextMenu(QGraphicsItem* item, const QPoint& screenPos);
  /// The node card or chip that keyboard actions apply to (the selected one).
  QGraphicsItem* currentItem() const;

  /// Width in scene units the bands wrap their cards to (the view's width at its default zoom).
  void setWrapWidth(double width);
  double wrapWidth() const { return wrapWidth_; }
  /// Cards per row of a band at the current wrap width.
  int columns() const;
  /// Whether a band (one with many cards) has its title above its cards (see layoutBands).
  bool titlesAbove() const { return titleAbove_; }
  /// Scene width of the bands with one card per row (the narrowest layout), margins included.
  static double narrowestWidth();
  /// Highlights the nodes and services whose name contains `text` (case-insensitive);
  /// returns the first match (a card or chip), or nullptr.
  QGraphicsItem* setSearch(const QString& text);
  bool matchesSearch(const QString& name) const;
  /// The icon of a service kind, one per kind for the scene's life. A QIcon made for each
  /// paint has a new SVG engine, whose pixmaps never hit QPixmapCache: every chip repaint
  /// rendered the SVG again and cached one more copy (the console's RSS grew ~20 KB/s up to
  /// the cache's 10 MB limit).
  const QIcon& kindIcon(const QString& kind) const;
  QStringList searchMatches() const;
  void requestBandZoom(Layer layer) { emit bandZoomRequested(layer); }

 signals:
  void deployRequested(const QString& templateName, const QString& node);
  void migrateRequested(const QString& service, const QString& node);
  void nodeLayerRequested(const QString& node, swarmlab::Layer layer);
  /// A machine's card (Tray, or a lab node a machine hosts) was dropped on lab node labNode.
  void hostRequested(const QString& machine, const QString& labNode);
  /// A drop was refused: the reason, for the status bar.
  void dropRefused(const QString& why);
  /// While dragging: what a drop here would do, or why it may not (empty when leaving).
  void dropHint(const QString& text);
  void contextMenuRequested(QGraphicsItem* item, const QPoint& screenPos);
  /// A card or chip left its place under the mouse: a drag of `payload` as `format` began.
  void dragStarted(const QString& format, const QString& payload);
  /// The user asked to zoom to a band (double-click on its title).
  void bandZoomRequested(swarmlab::Layer layer);

 public slots:
  void relayout();

 private slots:
  void repaintState();
  /// Only the chips (their live rates); no tooltip is rebuilt.
  void repaintRates();

 private:
  void syncItems(const QList<NodeInfo>& nodes, const QList<ServiceInfo>& services);
  /// Places a card's chips; returns the card's height.
  static double layoutCard(NodeItem* card);
  /// Sizes and places the bands and their cards; returns the size they take.
  QSizeF layoutBands(const QMap<Layer, QList<NodeItem*>>& perBand);
  /// Places one band's cards in wrapping rows from `top`, right of `left`; returns the height
  /// they take.
  double layoutRows(const QList<NodeItem*>& cards, double top, double left, double width);
  /// Cards per row at the wrap width when `titleWidth` of it goes to the bands' titles.
  int columnsFor(double titleWidth) const;
  void addLink(const QString& from, const QString& to, int count, QLineF line);
  void rebuildLinks(const QMap<Layer, QList<NodeItem*>>& perBand);

  TopologyModel* model_;
  QMap<Layer, BandItem*> bands_;
  QHash<QString, NodeItem*> nodes_;
  QHash<QString, ChipItem*> chips_;
  QList<LinkItem*> links_;
  mutable QHash<QString, QIcon> kindIcons_;
  QString highlight_;
  bool highlightOk_ = false;
  QString search_;
  double wrapWidth_;
  bool titleAbove_ = false;
  QTimer animation_;  // repaints progress while commands run
};

}  // namespace swarmlab
