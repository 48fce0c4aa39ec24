// One running lab for the console: the lab file, the orchestrator chosen by the settings
// (embedded LocalOrchestrator by default, SwarmOrchestrator for a Docker endpoint) and the
// telemetry worker reading its Redis (on its own thread). Nothing here blocks the GUI.
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

#include "AppSettings.h"
#include "LabTypes.h"
#include "Orchestrator.h"

namespace swarmlab {

class Telemetry;

class LabSession : public QObject {
  Q_OBJECT
 public:
  explicit LabSession(QObject* parent = nullptr);
  ~LabSession() override;

  /// The lab file the settings name, or the shipped paper-2017 lab. Empty if none is found.
  static QString labPathFor(const AppSettings& s);
  /// Loads the lab and creates the backend; false with every validation error otherwise.
  bool open(const AppSettings& s, QStringList* errors);
  /// Starts the backend; ready() follows, then telemetryStarted().
  void start();
  /// Stops every service and the backend; waits at most timeoutMs for it (event loop runs).
  void shutdown(int timeoutMs = 8000);

  const Lab& lab() const { return lab_; }
  Orchestrator* orchestrator() const { return orch_.get(); }
  Telemetry* telemetry() const { return telemetry_.get(); }
  bool isReady() const { return ready_; }
  /// "embedded lab" or "Docker Swarm at <endpoint>" (translated).
  QString description() const;

 signals:
  void ready();
  void telemetryStarted(swarmlab::Telemetry* telemetry);
  void failed(const QString& message);

 private:
  void startTelemetry();
  Lab lab_;
  AppSettings settings_;
  std::unique_ptr<Orchestrator> orch_;
  std::unique_ptr<Telemetry> telemetry_;
  bool ready_ = false;
};

}  // namespace swarmlab
