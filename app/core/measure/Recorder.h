// Recorder: one run's RunData, from telemetry and the orchestrator's signals.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

#include "LabClock.h"
#include "Orchestrator.h"
#include "RunData.h"

namespace swarmlab {

class Telemetry;

/// Fills a RunData from a Telemetry (metrics, agent events) and an Orchestrator (commands and
/// task changes, converted from the local wall clock to lab time with the telemetry's clock).
/// Appends only; memory grows by one MetricSample per agent and lab second.
class Recorder : public QObject {
  Q_OBJECT
 public:
  Recorder(Orchestrator* orchestrator, Telemetry* telemetry, QObject* parent = nullptr);

  /// Starts recording (startUs = lab now); entries arriving before are dropped.
  void start(const QString& timelineName);
  /// Ends recording (endUs = lab now); later signals are ignored. interrupted: the timeline
  /// did not play to its end (RunData::interrupted).
  void stop(bool interrupted = false);
  bool isRecording() const { return recording_; }
  const RunData& data() const { return run_; }
  /// The order a migrate/restart used (the orchestrator's signal does not carry it; without
  /// this call the service's default order from servicesChanged is recorded).
  void noteOrder(quint64 commandId, UpdateOrder order);
  qint64 labNowUs() const;

  /// Live figures of one lab second (two before now: the agents report each second at the
  /// start of the next one), for progress displays. nullopt: no agent reported it ("no data";
  /// Redis away, an agent gone), never the last value or 0.
  struct Live {
    qint64 second = 0;
    std::optional<qint64> published;  ///< all publishers; nullopt when none reported
    /// Per node (instance when the node is unknown) that reported in the last kLiveForgetS s.
    QMap<QString, std::optional<qint64>> updates;
    std::optional<qint64> lagP50Us;  ///< max over the subscribers that reported
    qint64 lost = 0;                 ///< whole run so far
  };
  Live live() const;
  /// Live for the lab second `second` (live() uses lab now - 2).
  Live liveAt(qint64 second) const;
  static constexpr qint64 kLiveForgetS = 10;

 signals:
  /// start(): the run's name, backend and startUs are set.
  void recordingStarted(const swarmlab::RunData& run);
  /// stop(): endUs and interrupted are set.
  void recordingStopped(const swarmlab::RunData& run);
  void metricRecorded(const swarmlab::MetricSample& sample);
  void eventRecorded(const swarmlab::AgentEvent& event);
  void commandRecorded(const swarmlab::CommandRecord& command);
  void taskRecorded(const swarmlab::TaskRecord& task);

 private:
  qint64 toLab(qint64 localUs) const;

  QPointer<Orchestrator> orch_;
  std::shared_ptr<const LabClock> clock_;
  RunData run_;
  QHash<quint64, int> commandIndex_;
  QHash<QString, UpdateOrder> serviceOrder_;
  qint64 lostTotal_ = 0;
  QHash<QString, qint64> lastSecondOf_;  ///< live key ("" = publishers) -> newest second seen
  bool recording_ = false;
};

}  // namespace swarmlab
