// One run of swarmlab-cli run: orchestrator -> telemetry -> runner -> CSV -> table -> shutdown.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

#include "BackendFactory.h"
#include "CliCommon.h"
#include "LabTypes.h"
#include "Measurements.h"
#include "RunData.h"
#include "Timeline.h"

class QSocketNotifier;

namespace swarmlab {
class ExperimentRunner;
class Orchestrator;
class Telemetry;
}  // namespace swarmlab

namespace swarmlab::cli {

/// Plays one timeline on the backend the Args name and writes the run's CSV files; Ctrl-C
/// (once) ends the run early keeping what was recorded, twice kills every child and exits.
class RunSession : public QObject {
 public:
  struct Args {
    Timeline timeline;
    Lab lab;
    QString outDir;
    BackendConfig backend;
    double scale = 1.0;
    bool journal = true;  ///< journal the run to outDir while it runs (docs/runs.md)
  };

  explicit RunSession(Args a);
  ~RunSession() override;
  /// Runs the event loop until the run is over; the exit code (ExitCode).
  int exec();

 private:
  void line(const QString& s);
  void fail(const QString& message);
  void begin();
  void onReady();
  void startRun();
  void progress(double elapsed, double total);
  void finished(const RunData& run, bool aborted);
  void printTable(const QList<Measure>& ms);
  void shutdownAndQuit(int rc);
  void interrupted();

  Args a_;
  bool tty_ = false;
  bool progressShown_ = false;
  bool started_ = false;
  bool failed_ = false;
  bool finishing_ = false;
  bool quitting_ = false;
  int interrupts_ = 0;
  int rc_ = kOk;
  double lastPlain_ = -10;
  QTimer startGuard_;
  QSocketNotifier* notifier_ = nullptr;
  std::unique_ptr<Orchestrator> orch_;
  std::unique_ptr<Telemetry> telemetry_;
  ExperimentRunner* runner_ = nullptr;
};

}  // namespace swarmlab::cli
