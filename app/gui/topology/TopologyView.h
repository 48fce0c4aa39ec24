// The view of the topology scene: zoom (Ctrl+wheel, actions), fit, keyboard context menu,
// and a programmatic drop used by tests, benchmarks and the offscreen screenshot.
#pragma once

#include <QGraphicsView>

class QMimeData;

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

 public slots:
  void zoomIn();
  void zoomOut();
  void fit();

 protected:
  void wheelEvent(QWheelEvent* e) override;
  void keyPressEvent(QKeyEvent* e) override;
  void resizeEvent(QResizeEvent* e) override;

 private:
  TopologyScene* scene_;
  bool autoFit_ = true;
};

}  // namespace swarmlab
