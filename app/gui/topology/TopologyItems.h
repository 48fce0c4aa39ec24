// Graphics items of the topology. Each carries only an id (node or service name, or a
// layer) and its geometry; everything it draws is read from the TopologyModel at paint time.
#pragma once

#include <QFont>
#include <QFontMetrics>
#include <QGraphicsItem>
#include <QPointF>

#include "LabTypes.h"

namespace swarmlab {

class TopologyScene;

/// A horizontal band: Enterprise, Mediation, Sensing, or the tray of unplaced nodes.
class BandItem : public QGraphicsItem {
 public:
  enum { Type = UserType + 1 };
  explicit BandItem(Layer layer);
  int type() const override { return Type; }
  Layer layer() const { return layer_; }
  /// Height of the title and subtitle when they sit above the cards.
  static constexpr double kTitleHeight = 52;
  /// The band's rectangle; its title in a column left of the cards, or above them.
  void setRect(const QRectF& r, bool titleAbove = false);
  QRectF boundingRect() const override { return rect_; }
  void paint(QPainter* p, const QStyleOptionGraphicsItem* o, QWidget* w) override;

 protected:
  void dragEnterEvent(QGraphicsSceneDragDropEvent* e) override;
  void dragMoveEvent(QGraphicsSceneDragDropEvent* e) override;
  void dragLeaveEvent(QGraphicsSceneDragDropEvent* e) override;
  void dropEvent(QGraphicsSceneDragDropEvent* e) override;
  void mousePressEvent(QGraphicsSceneMouseEvent* e) override;
  void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* e) override;

 private:
  TopologyScene* topo() const;
  bool inTitle(const QPointF& pos) const;
  Layer layer_;
  QRectF rect_;
  bool titleAbove_ = false;
  bool hover_ = false;
};

/// What a node card and a service chip share: selected on focus and before the scene's
/// context menu, and a left-button drag carries the item's id out under its MIME type.
class CardItem : public QGraphicsItem {
 protected:
  CardItem(const QString& id, const QString& dragFormat) : id_(id), dragFormat_(dragFormat) {}
  TopologyScene* topo() const;
  /// Whether a left-button drag takes the item out (default: always).
  virtual bool canDrag() const { return true; }
  void contextMenuEvent(QGraphicsSceneContextMenuEvent* e) override;
  void focusInEvent(QFocusEvent* e) override;
  void mouseMoveEvent(QGraphicsSceneMouseEvent* e) override;

  const QString id_;  // node or service name

 private:
  QString dragFormat_;
};

/// A node card: name, arch, state; parent of its service chips.
class NodeItem : public CardItem {
 public:
  enum { Type = UserType + 2 };
  explicit NodeItem(const QString& node);
  int type() const override { return Type; }
  QString node() const { return id_; }
  void setSize(const QSizeF& s);
  QRectF boundingRect() const override { return QRectF(QPointF(0, 0), size_); }
  void paint(QPainter* p, const QStyleOptionGraphicsItem* o, QWidget* w) override;

  static constexpr double kWidth = 236;
  static constexpr double kHeader = 58;
  /// Point sizes of the card's name and state texts for the painter's base font: the
  /// view's default zoom keeps the smaller one readable.
  static double namePointSize(const QFont& base) { return base.pointSizeF() * 1.1; }
  static double statePointSize(const QFont& base) { return namePointSize(base) / 1.2; }

 protected:
  void dragEnterEvent(QGraphicsSceneDragDropEvent* e) override;
  void dragMoveEvent(QGraphicsSceneDragDropEvent* e) override;
  void dragLeaveEvent(QGraphicsSceneDragDropEvent* e) override;
  void dropEvent(QGraphicsSceneDragDropEvent* e) override;
  bool canDrag() const override;

 private:
  QSizeF size_{kWidth, 96};
};

/// A service chip inside a node card: state, live rate, command progress and result.
class ChipItem : public CardItem {
 public:
  enum { Type = UserType + 3 };
  explicit ChipItem(const QString& service);
  int type() const override { return Type; }
  QString service() const { return id_; }
  QRectF boundingRect() const override { return QRectF(0, 0, kWidth, kHeight); }
  void paint(QPainter* p, const QStyleOptionGraphicsItem* o, QWidget* w) override;
  /// The second line as last painted (state, then the command or its result).
  QString paintedStatus() const { return paintedStatus_; }
  /// The second line in `width` pixels: when state and activity do not both fit, the state
  /// gives way first (the chip's colour and tool tip still say it), so a measured result such
  /// as "implantado em 11 ms" stays whole.
  static QString fitStatus(const QString& state, const QString& activity, const QFontMetrics& fm,
                           int width);

  static constexpr double kWidth = NodeItem::kWidth - 16;
  static constexpr double kHeight = 40;

 private:
  QString paintedStatus_;
};

/// A link between two nodes of adjacent layers (drawn behind the cards), or, when one node
/// serves many, one link from it to the lower band's group of cards labelled with the count.
class LinkItem : public QGraphicsLineItem {
 public:
  enum { Type = UserType + 4 };
  LinkItem(const QString& from, const QString& to, int count = 1);
  int type() const override { return Type; }
  QString from() const { return from_; }
  QString to() const { return to_; }  ///< the node, or the lower band's name when aggregated
  int count() const { return count_; }
  QRectF boundingRect() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem* o, QWidget* w) override;

 private:
  QString from_, to_;
  int count_;
};

}  // namespace swarmlab
