// The view of the topology scene: zoom (Ctrl+wheel, actions), a readable default zoom that
// scrolls rather than shrinks text, zoom to fit or to a band, a search box in its own toolbar,
// keyboard context menu, and a programmatic drop used by tests, benchmarks and the screenshot.
#pragma once

#include <QGraphicsView>

#include "LabTypes.h"

class QAction;
class QLineEdit;
class QMimeData;
class QToolBar;

namespace swarmlab {

class TopologyScene;

class TopologyView : public QGraphicsView {
  Q_OBJECT
 public:
  explicit TopologyView(TopologyScene* scene, QWidget* parent = nullptr);
  TopologyScene* topology() const { return scene_; }

  /// Deliver drag-enter, drag-move and drop events at a scene position, exactly as a mouse
  /// drag would reach the viewport. Returns whether the drop was accepted.
  bool simulateDrop(const QPointF& scenePos, const QMimeData* mime);
  /// Whether a drag hovering at scenePos would be accepted (the target lit up green).
  bool simulateHover(const QPointF& scenePos, const QMimeData* mime);

  /// The smallest scale at which every card's name and state are >= kMinTextPt on screen.
  double readableScale() const;
  static constexpr double kMinTextPt = 9;
  QLineEdit* searchBox() const { return search_; }
  QToolBar* toolBar() const { return toolBar_; }
  /// The toolbar's zoom actions: "Readable", "Fit all", then one per band.
  QList<QAction*> zoomActions() const { return zoomActions_; }
  /// As narrow as the view stays usable: its whole toolbar (the search box at its narrowest)
  /// and a band with one card per row at the readable zoom, without scrolling sideways.
  QSize minimumSizeHint() const override;

 public slots:
  void zoomIn();
  void zoomOut();
  /// The default zoom: the whole lab if it fits readable, else readable and scrolled.
  void fit();
  /// Everything in view, however small.
  void zoomToFit();
  void zoomToBand(swarmlab::Layer layer);

 protected:
  void changeEvent(QEvent* e) override;
  void wheelEvent(QWheelEvent* e) override;
  void keyPressEvent(QKeyEvent* e) override;
  void resizeEvent(QResizeEvent* e) override;

 private:
  void buildToolBar();
  void retranslateUi();
  void search(const QString& text);
  void updateWrapWidth();

  TopologyScene* scene_;
  QToolBar* toolBar_ = nullptr;
  QLineEdit* search_ = nullptr;
  QList<QAction*> zoomActions_;
  bool autoFit_ = true;
};

}  // namespace swarmlab
