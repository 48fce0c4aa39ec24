// ExperimentRunner: plays a Timeline on any Orchestrator and records the run.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include "LabTypes.h"
#include "Orchestrator.h"
#include "RunData.h"
#include "Timeline.h"

namespace swarmlab {

class Recorder;
class RunJournal;
class Telemetry;

struct RunnerOptions {
  double durationScale = 1.0;    ///< every at_s and the duration are multiplied by it
  int endStopTimeoutMs = 20000;  ///< wait this long for the final stops
  int drainTimeoutMs = 5000;     ///< and this long for telemetry to catch up
  /// Journal the run to this folder while it runs (RunJournal, docs/runs.md); empty: no journal.
  QString journalDir;
};

/// Runs a Timeline: each step fires on a timer relative to the run start (scaled), the run
/// ends after the (scaled) duration by stopping the services it deployed, letting telemetry
/// catch up, and emitting finished() with the recorded RunData. The orchestrator must be
/// ready and the telemetry started (the runner does not own them).
class ExperimentRunner : public QObject {
  Q_OBJECT
 public:
  ExperimentRunner(Orchestrator* orchestrator, Telemetry* telemetry, Lab lab, Timeline timeline,
                   RunnerOptions options = {}, QObject* parent = nullptr);
  ~ExperimentRunner() override;

  void start();
  /// Ends the run now (Ctrl-C, Stop button): same ending as at the duration, aborted = true.
  void abort();
  bool isRunning() const { return phase_ == Phase::Running; }
  double totalS() const { return timeline_.durationS * opt_.durationScale; }
  double elapsedS() const;
  Recorder* recorder() const { return recorder_; }
  /// The run's journal; nullptr without RunnerOptions::journalDir.
  RunJournal* journal() const { return journal_; }
  const Timeline& timeline() const { return timeline_; }

 signals:
  void started();
  void progress(double elapsedS, double totalS);
  void stepFired(int index, const swarmlab::TimelineStep& step, quint64 commandId);
  /// A step could not be issued, or its command finished with an error.
  void stepFailed(int index, const QString& message);
  /// The run is ending (stopping services, draining telemetry).
  void ending();
  void finished(const swarmlab::RunData& run, bool aborted);
  /// The journal could not be written (message names the file); the run goes on.
  void journalFailed(const QString& message);

 private:
  enum class Phase { Idle, Running, Ending, Done };
  void fire(int index);
  void end(bool aborted);
  void finishNow();

  QPointer<Orchestrator> orch_;
  QPointer<Telemetry> telemetry_;
  Lab lab_;
  Timeline timeline_;
  RunnerOptions opt_;
  Recorder* recorder_ = nullptr;
  RunJournal* journal_ = nullptr;
  Phase phase_ = Phase::Idle;
  bool aborted_ = false;
  QElapsedTimer clock_;
  QList<QTimer*> stepTimers_;
  QTimer progressTimer_;
  QTimer endTimer_;
  QTimer guardTimer_;
  QHash<quint64, int> stepOfCommand_;
  QHash<QString, QString> templateOfService_;
  QList<ServiceInfo> services_;
  QSet<quint64> pendingStops_;
};

}  // namespace swarmlab
