// Record to timeline (issue 13, part 4): the commands a user gives by hand become the steps of
// a timeline file that the Experiments tab replays.
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include "LabTypes.h"
#include "Orchestrator.h"
#include "Timeline.h"

namespace swarmlab {

/// Turns the commands issued through an Orchestrator (deploy, migrate, restart, stop, scale,
/// node down/up; not the console's node assignments) into TimelineSteps timed from the start
/// of recording, with the backend's own issue time (Orchestrator::commandIssued). A command
/// that the backend refuses (commandFinished with ok false) is dropped: replaying it would fail
/// the same way. What runs when the recording starts becomes steps at 0 s (deploys, then
/// node_down), so that the timeline replays on a clean lab.
class TimelineRecorder : public QObject {
  Q_OBJECT
 public:
  /// labPath: the lab file the timeline names ("lab"), written relative to the timeline's
  /// folder when saved.
  TimelineRecorder(Orchestrator* orchestrator, Lab lab, QString labPath, QObject* parent = nullptr);

  /// Starts a recording (clearing the last one). services / nodes: the lab as it is now.
  void start(const QList<ServiceInfo>& services, const QList<NodeInfo>& nodes);
  /// Ends the recording: the duration is the time since start (at least 1 s after the last
  /// step, rounded up to a whole second).
  void stop();
  bool isRecording() const { return recording_; }
  /// Seconds since start() (until stop()).
  double elapsedS() const;
  /// The recorded steps so far, in time order (refused commands left out).
  QList<TimelineStep> steps() const;
  /// The recording as a timeline named `name` (a timeline name: letters, digits, _ and -).
  Timeline timeline(const QString& name) const;
  /// Services running at start() that could not be recorded (their template is not in the
  /// lab), one "<service>: <why>" each.
  QStringList skipped() const { return skipped_; }
  /// A timeline name made of a file's base name ("my demo.json" -> "my-demo").
  static QString nameFromFile(const QString& path);

 signals:
  /// A step was recorded, or a refused command's step went away, or the recording started or
  /// stopped.
  void stepsChanged();

 private:
  struct Entry {
    quint64 id = 0;  ///< 0: a step of the starting state
    TimelineStep step;
    bool finished = false;
  };
  void onIssued(quint64 id, CommandKind kind, const QString& service, const QString& node,
                qint64 tUs);
  void onFinished(quint64 id, bool ok);
  void onServices(const QList<ServiceInfo>& services);
  void takeReplicas(Entry& e) const;
  /// The lab template a service was deployed from: what the backend says, else its name.
  QString templateOf(const QString& service) const;
  static qint64 nowUs();

  QPointer<Orchestrator> orch_;
  Lab lab_;
  QString labPath_;
  bool recording_ = false;
  qint64 startUs_ = 0;
  qint64 stopUs_ = 0;
  QList<Entry> entries_;
  QHash<QString, ServiceInfo> services_;  ///< as the backend last reported them
  QStringList skipped_;
};

}  // namespace swarmlab
