// The console's "Record" toggle (issue 13, part 4): while it is on, a TimelineRecorder (core)
// keeps the user's own commands; turning it off asks where to save the timeline file, writes
// it off the GUI thread and offers it to the Experiments tab for replay.
#pragma once

#include <QAction>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

#include "LabTypes.h"
#include "Orchestrator.h"

namespace swarmlab {

class TimelineRecorder;
class TopologyModel;

class RecordControl : public QObject {
  Q_OBJECT
 public:
  /// model: the lab as the console shows it (its services and nodes at the start).
  RecordControl(TopologyModel* model, QWidget* parent);

  /// The checkable toolbar / menu action.
  QAction* action() const { return action_; }
  /// The lab and orchestrator to record (nullptr: none; a recording in progress is dropped).
  void setOrchestrator(Orchestrator* orchestrator, const Lab& lab);
  TimelineRecorder* recorder() const { return recorder_; }
  bool isRecording() const;
  /// Where the timeline goes when the recording stops: a file dialog by default (tests give a
  /// path). An empty path discards the recording.
  void setPathChooser(std::function<QString(const QString& suggested)> chooser) {
    choosePath_ = std::move(chooser);
  }
  /// Folder offered for recorded timelines: $SWARMLAB_TIMELINES_DIR, else the user's data
  /// folder (timelines/).
  static QString timelineFolder();

 signals:
  /// One line for the event log (translated).
  void message(const QString& text);
  /// The timeline was written (path absolute); the Experiments tab can replay it.
  void saved(const QString& path);
  /// It could not be written: the message names the file and the reason.
  void saveFailed(const QString& message);

 private:
  void toggled(bool on);
  void finish();
  void retranslate();
  bool eventFilter(QObject* o, QEvent* e) override;

  TopologyModel* model_;
  QWidget* parent_;
  QAction* action_;
  TimelineRecorder* recorder_ = nullptr;
  QTimer tick_;
  std::function<QString(const QString&)> choosePath_;
};

}  // namespace swarmlab
