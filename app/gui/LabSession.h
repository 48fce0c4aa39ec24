// One running lab for the console: the lab file, the backend its settings choose (built by
// makeOrchestrator: the embedded lab by default, a Docker Swarm for a Docker endpoint) and the
// telemetry worker reading its Redis (on its own thread). Nothing here blocks the GUI: even
// shutdown() only starts the backend's own shutdown and says when it is over.
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

#include "AppSettings.h"
#include "BackendFactory.h"
#include "LabTypes.h"
#include "Orchestrator.h"

namespace swarmlab {

class Telemetry;

/// The lab, its backend and its telemetry, from open() or use() to shutdownFinished().
class LabSession : public QObject {
  Q_OBJECT
 public:
  /// How long shutdown() waits for the backend before it gives up on it.
  static constexpr int kShutdownDeadlineMs = 8000;

  explicit LabSession(QObject* parent = nullptr);
  ~LabSession() override;

  /// The lab file the settings name, or the shipped paper-2017 lab. Empty if none is found.
  static QString labPathFor(const AppSettings& s);
  /// The backend the settings describe (Docker TLS included: no environment is changed).
  static BackendConfig backendConfig(const AppSettings& s);
  /// Loads the lab and builds the backend; false with every validation error otherwise.
  bool open(const AppSettings& s, QStringList* errors);
  /// Drives this backend with this lab (open() ends here; tests pass a double, or a backend of
  /// their own with the settings it stands for).
  void use(const Lab& lab, std::unique_ptr<Orchestrator> orchestrator,
           const AppSettings& settings = {});
  /// Starts the backend; ready() follows, then telemetryStarted().
  void start();
  /// Starts stopping every service and the backend, and returns at once. shutdownFinished()
  /// follows exactly once: when the backend says it is done, or when deadlineMs has passed.
  /// A second call while shutting down does nothing.
  void shutdown(int deadlineMs = kShutdownDeadlineMs);
  bool isShuttingDown() const { return shuttingDown_; }

  const Lab& lab() const { return lab_; }
  /// The lab file was rewritten while the lab runs (a device added): its nodes as written.
  void updateLab(const Lab& lab) { lab_.nodes = lab.nodes; }
  Orchestrator* orchestrator() const { return orch_.get(); }
  Telemetry* telemetry() const { return telemetry_.get(); }
  bool isReady() const { return ready_; }
  /// Whether the settings chose a Docker endpoint (the status bar shows its connection).
  bool usesDocker() const { return settings_.backend == AppSettings::Backend::Docker; }
  /// "embedded lab" or "Docker Swarm at <endpoint>" (translated).
  QString description() const;

 signals:
  void ready();
  void telemetryStarted(swarmlab::Telemetry* telemetry);
  /// shutdown() is over; `complete` is false when the deadline passed before the backend was.
  void shutdownFinished(bool complete);

 private:
  void startTelemetry();
  void finishShutdown(bool complete);

  Lab lab_;
  AppSettings settings_;
  std::unique_ptr<Orchestrator> orch_;
  std::unique_ptr<Telemetry> telemetry_;
  QTimer shutdownDeadline_;
  bool ready_ = false;
  bool shuttingDown_ = false;
  bool shutDown_ = false;
};

}  // namespace swarmlab
