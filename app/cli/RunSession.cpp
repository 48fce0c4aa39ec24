#include "RunSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>

#include <unistd.h>
#include <csignal>

#include "CsvExport.h"
#include "ExperimentRunner.h"
#include "Orchestrator.h"
#include "Recorder.h"
#include "RunJournal.h"
#include "Telemetry.h"

namespace swarmlab::cli {

namespace {
constexpr int kTelemetryConnectTimeoutMs = 15000;
constexpr int kStartTimeoutMs = 60000;
constexpr int kShutdownGuardMs =
    20000;  // local: stop timeout 3 s + Redis; swarm: a DELETE per service

// Ctrl-C / SIGTERM reach the event loop through a pipe (the handler only writes a byte).
int gSignalPipe[2] = {-1, -1};
void onSignal(int) {
  const char c = 1;
  [[maybe_unused]] auto n = ::write(gSignalPipe[1], &c, 1);
}

}  // namespace

RunSession::RunSession(Args a) : a_(std::move(a)), tty_(stdoutIsTerminal()) {}

RunSession::~RunSession() = default;

int RunSession::exec() {
  if (::pipe(gSignalPipe) == 0) {
    notifier_ = new QSocketNotifier(gSignalPipe[0], QSocketNotifier::Read, this);
    connect(notifier_, &QSocketNotifier::activated, this, [this] {
      char buf[16];
      [[maybe_unused]] auto n = ::read(gSignalPipe[0], buf, sizeof buf);
      interrupted();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGHUP, onSignal);
  }
  QTimer::singleShot(0, this, [this] { begin(); });
  const int rc = QCoreApplication::exec();
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  std::signal(SIGHUP, SIG_DFL);
  return rc;
}

void RunSession::line(const QString& s) {
  if (tty_ && progressShown_) out() << "\r\033[K";
  out() << s << Qt::endl;
  progressShown_ = false;
}

void RunSession::fail(const QString& message) {
  if (failed_) return;
  failed_ = true;
  line(QStringLiteral("swarmlab-cli: ") + message);
  if (runner_ && runner_->isRunning()) {
    runner_->abort();  // writes what was recorded, then shuts down
    return;
  }
  if (!runner_ || !finishing_) shutdownAndQuit(kFailed);
}

void RunSession::begin() {
  QString error;
  const QString warning = backendWarning(a_.backend);
  if (!warning.isEmpty()) line(tr("warning: %1").arg(warning));
  orch_ = makeOrchestrator(a_.lab, a_.backend, &error);
  if (!orch_) {
    line(tr("swarmlab-cli: %1").arg(error));
    QCoreApplication::exit(kFailed);
    return;
  }
  connect(orch_.get(), &Orchestrator::errorOccurred, this, [this](const OrchestratorError& e) {
    if (!started_)
      fail(e.toString());
    else
      line(tr("warning: %1").arg(e.toString()));
  });
  connect(orch_.get(), &Orchestrator::ready, this, [this] { onReady(); });
  startGuard_.setSingleShot(true);
  connect(&startGuard_, &QTimer::timeout, this, [this] {
    fail(tr("the %1 backend did not become ready within %2 s")
             .arg(toString(a_.backend.kind))
             .arg(kStartTimeoutMs / 1000));
  });
  startGuard_.start(kStartTimeoutMs);
  line(tr("swarmlab-cli: %1 on lab %2, %3 backend, %4 s%5")
           .arg(a_.timeline.name, a_.lab.name, toString(a_.backend.kind))
           .arg(fmtValue(a_.timeline.durationS * a_.scale))
           .arg(a_.scale != 1.0 ? tr(" (duration scale %1)").arg(a_.scale) : QString()));
  orch_->start();
}

void RunSession::onReady() {
  if (started_ || failed_) return;
  started_ = true;
  TelemetryOptions to;
  to.redisUrl = orch_->redisUrl();
  // Our own fresh Redis: read from the first entry; someone else's: from now on.
  to.fromBeginning = a_.backend.kind == BackendConfig::Kind::Local && a_.backend.redisUrl.isEmpty();
  telemetry_ = std::make_unique<Telemetry>(to);
  line(tr("lab Redis: %1").arg(redactedRedisUrl(to.redisUrl)));
  connect(telemetry_.get(), &Telemetry::connectionChanged, this,
          [this](bool connected, const QString& message) {
            if (connected && !runner_) {
              startGuard_.stop();
              startRun();
            } else if (!connected) {
              if (!runner_)
                fail(tr("telemetry: %1").arg(message));
              else
                line(tr("warning: telemetry: %1 (reconnecting)").arg(message));
            } else {
              line(tr("telemetry: reconnected to %1").arg(message));
            }
          });
  startGuard_.start(kTelemetryConnectTimeoutMs);
  telemetry_->start();
}

void RunSession::startRun() {
  RunnerOptions ro;
  ro.durationScale = a_.scale;
  if (a_.journal) ro.journalDir = a_.outDir;
  runner_ = new ExperimentRunner(orch_.get(), telemetry_.get(), a_.lab, a_.timeline, ro, this);
  connect(runner_, &ExperimentRunner::stepFired, this,
          [this](int i, const TimelineStep& s, quint64) {
            QString what = toString(s.action);
            if (!s.service.isEmpty()) what += QLatin1Char(' ') + s.service;
            if (!s.templateName.isEmpty() && s.templateName != s.service)
              what += QStringLiteral(" (%1)").arg(s.templateName);
            if (!s.node.isEmpty()) what += tr(" on %1").arg(s.node);
            if (s.order) what += QStringLiteral(", ") + toString(*s.order);
            line(QStringLiteral("[%1 s] step %2: %3")
                     .arg(runner_->elapsedS(), 6, 'f', 2)
                     .arg(i + 1)
                     .arg(what));
          });
  connect(runner_, &ExperimentRunner::stepFailed, this, [this](int i, const QString& m) {
    line(tr("[%1 s] step %2 failed: %3").arg(runner_->elapsedS(), 6, 'f', 2).arg(i + 1).arg(m));
  });
  connect(runner_, &ExperimentRunner::progress, this,
          [this](double e, double t) { progress(e, t); });
  connect(runner_, &ExperimentRunner::ending, this, [this] {
    finishing_ = true;
    line(tr("stopping services and collecting the last metrics..."));
  });
  connect(runner_, &ExperimentRunner::finished, this,
          [this](const RunData& run, bool aborted) { finished(run, aborted); });
  // Without its journal a killed run would be lost: stop rather than run unrecorded.
  connect(runner_, &ExperimentRunner::journalFailed, this, [this](const QString& m) { fail(m); });
  connect(orch_.get(), &Orchestrator::taskChanged, this, [this](const TaskInfo& t) {
    if (t.state == TaskState::Failed)
      line(tr("[%1 s] %2 on %3 failed: %4")
               .arg(runner_->elapsedS(), 6, 'f', 2)
               .arg(t.instance, t.node, t.message));
  });
  runner_->start();
  if (auto* j = runner_->journal(); j && j->error().isEmpty())
    line(tr("journal: %1 (flushed every %2 ms; swarmlab-cli report %1 rebuilds the run)")
             .arg(QDir(a_.outDir).absolutePath())
             .arg(RunJournal::kFlushMs));
}

void RunSession::progress(double elapsed, double total) {
  const Recorder::Live l = runner_->recorder()->live();
  // A second no agent reported is "no data", never the last value or 0.
  const QString noData = tr("no data");
  QStringList ups;
  for (auto it = l.updates.begin(); it != l.updates.end(); ++it)
    ups << QStringLiteral("%1 %2").arg(it.key(), it.value() ? tr("%1/s").arg(*it.value()) : noData);
  const QString s = tr("%1/%2 s | publish %3 | updates %4 | lag p50 %5 | lost %6")
                        .arg(elapsed, 5, 'f', 1)
                        .arg(total, 0, 'f', 1)
                        .arg(l.published ? tr("%1/s").arg(*l.published) : noData)
                        .arg(ups.isEmpty() ? noData : ups.join(QStringLiteral(", ")))
                        .arg(l.lagP50Us ? tr("%1 ms").arg(*l.lagP50Us / 1000.0, 0, 'f', 2) : noData)
                        .arg(l.lost);
  if (tty_) {
    out() << "\r\033[K" << s << Qt::flush;
    progressShown_ = true;
  } else if (elapsed - lastPlain_ >= 5.0 || elapsed >= total) {
    lastPlain_ = elapsed;
    out() << s << Qt::endl;
  }
}

void RunSession::finished(const RunData& run, bool aborted) {
  const QList<Measure> summary = computeSummary(run);
  QString error;
  QDir().mkpath(a_.outDir);
  const bool written = exportRun(run, summary, a_.outDir, &error);
  line(aborted ? tr("run interrupted after %1 s; recorded data kept")
                     .arg((run.endUs - run.startUs) / 1e6, 0, 'f', 1)
               : tr("run finished"));
  printTable(summary);
  if (written) {
    const QString dir = QDir(a_.outDir).absolutePath();
    line(tr("CSV files: %1/metrics.csv, %1/events.csv, %1/summary.csv").arg(dir));
    // The CSVs hold everything the journal did.
    if (!removeJournal(a_.outDir, &error)) line(tr("warning: %1").arg(error));
  } else {
    line(tr("swarmlab-cli: could not write the CSV files: %1").arg(error));
  }
  shutdownAndQuit(!written || aborted || failed_ ? kFailed : kOk);
}

void RunSession::printTable(const QList<Measure>& ms) {
  printSummaryTable(ms, [this](const QString& s) { line(s); });
}

void RunSession::shutdownAndQuit(int rc) {
  if (quitting_) return;
  quitting_ = true;
  rc_ = rc;
  telemetry_.reset();  // before Redis goes away
  auto quit = [this] { QCoreApplication::exit(rc_); };
  if (!orch_) return quit();
  connect(orch_.get(), &Orchestrator::shutdownFinished, this, quit);
  QTimer::singleShot(kShutdownGuardMs, this, quit);  // an engine that never answers
  orch_->shutdown();
}

void RunSession::interrupted() {
  ++interrupts_;
  if (interrupts_ >= 2) {
    line(tr("interrupted again: killing every child process and exiting"));
    telemetry_.reset();
    orch_.reset();  // the local backend's destructor SIGKILLs and reaps its children
    QCoreApplication::exit(kFailed);
    return;
  }
  line(
      tr("interrupted: stopping the run and writing what was recorded (Ctrl-C again to quit at "
         "once)"));
  if (runner_ && runner_->isRunning())
    runner_->abort();
  else if (!runner_)
    shutdownAndQuit(kFailed);
}

}  // namespace swarmlab::cli
