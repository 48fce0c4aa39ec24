// Recorder: one run's RunData, from telemetry and the orchestrator's signals.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

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
  /// Ends recording (endUs = lab now); later signals are ignored.
  void stop();
  bool isRecording() const { return recording_; }
  const RunData& data() const { return run_; }
  /// The order a migrate/restart used (the orchestrator's signal does not carry it; without
  /// this call the service's default order from servicesChanged is recorded).
  void noteOrder(quint64 commandId, UpdateOrder order);
  qint64 labNowUs() const;

  /// Live figures of the latest complete lab second, for progress displays.
  struct Live {
    qint64 second = 0;
    qint64 published = 0;
    QMap<QString, qint64> updates;  ///< per node (instance when the node is unknown)
    qint64 lagP50Us = 0;            ///< max over subscribers of that second
    qint64 lost = 0;                ///< whole run so far
  };
  Live live() const;

 signals:
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
  bool recording_ = false;
};

}  // namespace swarmlab
