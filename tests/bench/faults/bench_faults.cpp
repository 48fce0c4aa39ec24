// Fault-injection benchmark (issue 10, run by hand, not in ctest). Each fault runs against a
// fresh embedded lab (resources/labs/paper-2017.json: redis on gw1, publisher on manager,
// subscriber on pi1, every agent with --log) and prints one row:
//   time to recovery: the fault -> the first display update showing a message published after
//     it (from the subscribers' own --log rows: t_us + lag_us is when the display changed);
//   not published: the publisher's failed count plus the periods no publisher ran (its --log);
//   updates lost: sequence numbers a running subscriber never saw (its --log);
//   recorded = observed: the run as recorded (Recorder over Telemetry, as the CLI records)
//     against the agents' own --log counters, per instance and lab second;
//   the run's recorded recovery_time measures.
// Then the Swarm rows (SwarmFaults.h: node failure with both heartbeats, Docker daemon restart)
// when an engine is there, else "skipped: <reason>"; then `swarmlab-cli run` SIGKILLed, `report`.
// Usage: bench_faults [--settle-s S] [--no-swarm]
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <unistd.h>
#include <csignal>
#include <cstdio>
#include <memory>

#include "EventLoopWait.h"
#include "FaultCheck.h"
#include "LabFile.h"
#include "LocalOrchestrator.h"
#include "Recording.h"
#include "SwarmFaults.h"
#include "swarmlab_build_paths.h"

using namespace swarmlab;
using namespace swarmlab::bench;

namespace {
QTextStream out(stdout);
constexpr qint64 kPeriodUs = 2000;  // the paper lab's publisher period (2 ms)

class FaultLab {
 public:
  explicit FaultLab(Lab lab, QString logDir) : lab_(std::move(lab)), logDir_(std::move(logDir)) {}

  bool start() {
    orch_ = std::make_unique<LocalOrchestrator>(lab_);
    QObject scope;  // the waits' connections end with it
    bool ready = false;
    QObject::connect(orch_.get(), &Orchestrator::ready, &scope, [&] { ready = true; });
    orch_->start();
    if (!waitUntil([&] { return ready; }, 15000)) return false;
    rec_ = std::make_unique<Recording>(orch_.get());
    if (!rec_->start(orch_->redisUrl(), true)) return false;
    orch_->deploy(*lab_.templ(QStringLiteral("redis")), QStringLiteral("gw1"));
    orch_->deploy(*lab_.templ(QStringLiteral("publisher")), QStringLiteral("manager"));
    orch_->deploy(*lab_.templ(QStringLiteral("subscriber")), QStringLiteral("pi1"));
    return hasFirst(QStringLiteral("subscriber.1.1"), 15000);
  }
  LocalOrchestrator& orch() { return *orch_; }
  qint64 labNowUs() const { return rec_->labNowUs(); }
  qint64 pidOf(const QString& instance) const {
    for (const auto& t : orch_->tasks())
      if (t.instance == instance && t.state == TaskState::Running)
        return t.message.mid(4).toLongLong();
    return 0;
  }
  bool hasFirst(const QString& instance, int timeoutMs) const {
    return rec_->waitFirst(instance, {}, {}, timeoutMs).has_value();
  }

  /// Stops the agents (their final metrics and logs flushed), reads the streams to their end,
  /// and compares; then shuts the lab down.
  void finish(qint64 faultUs, FaultRow* row) {
    QObject scope;  // the waits' connections end with it
    bool stopped = false;
    QObject::connect(orch_.get(), &LocalOrchestrator::allStopped, &scope, [&] { stopped = true; });
    orch_->stopAll();
    waitUntil([&] { return stopped; }, 15000);
    const RunData& run = rec_->finish();
    QList<AgentLog> logs;
    const QStringList files = QDir(logDir_).entryList({QStringLiteral("*.csv")}, QDir::Files);
    for (const auto& f : files) logs << readAgentLog(logDir_ + QLatin1Char('/') + f);
    evaluate(run, logs, {killed_, killed_}, faultUs, kPeriodUs, row);
    rec_.reset();
    bool done = false;
    QObject::connect(orch_.get(), &LocalOrchestrator::shutdownFinished, &scope,
                     [&] { done = true; });
    orch_->shutdown();
    waitUntil([&] { return done; }, 15000);
    orch_.reset();
  }

 public:
  QSet<QString> killed_;

 private:
  Lab lab_;
  QString logDir_;
  std::unique_ptr<LocalOrchestrator> orch_;
  std::unique_ptr<Recording> rec_;
};

enum class Fault { KillPublisher, KillSubscriber, KillRedis, NodeDown };

FaultRow runFault(const Lab& paper, Fault fault, const QString& name, int settleMs) {
  FaultRow row;
  row.fault = name;
  QTemporaryDir dir;
  FaultLab lab(withAgentLogs(paper, dir.path() + QStringLiteral("/${instance}.csv"),
                             fault == Fault::NodeDown),
               dir.path());
  if (!lab.start()) {
    row.note = QStringLiteral("the embedded lab did not start");
    return row;
  }
  sleepMs(settleMs);
  qint64 pid = 0;
  QString waitFor;
  if (fault == Fault::KillPublisher) {
    pid = lab.pidOf(QStringLiteral("publisher.1.1"));
    lab.killed_.insert(QStringLiteral("publisher.1.1"));
    waitFor = QStringLiteral("publisher.1.2");
  } else if (fault == Fault::KillSubscriber || fault == Fault::NodeDown) {
    pid = lab.pidOf(QStringLiteral("subscriber.1.1"));
    lab.killed_.insert(QStringLiteral("subscriber.1.1"));
    waitFor = QStringLiteral("subscriber.1.2");
  } else {
    pid = lab.orch().redisServerPid();
  }
  qint64 faultUs = 0;
  if (fault == Fault::NodeDown) {
    faultUs = lab.labNowUs();
    lab.orch().setNodeDown(QStringLiteral("pi1"));
  } else {
    ::kill(pid_t(pid), SIGKILL);
    faultUs = lab.labNowUs();  // after the signal: a message stamped later is not the victim's
  }
  if (!waitFor.isEmpty() && !lab.hasFirst(waitFor, 15000))
    row.note = QStringLiteral("no first_message of %1 within 15 s").arg(waitFor);
  sleepMs(settleMs);
  lab.finish(faultUs, &row);
  return row;
}

/// `swarmlab-cli run` SIGKILLed mid-run, then `swarmlab-cli report` of its folder.
void cliRow(const QString& src) {
  const QString cli = QStringLiteral(SWARMLAB_CLI_BIN);
  QProcess help;
  help.start(cli, {QStringLiteral("--help")});
  help.waitForFinished(10000);
  const QString usage =
      QString::fromLocal8Bit(help.readAllStandardOutput() + help.readAllStandardError());
  const QString name = QStringLiteral("CLI SIGKILL, then report");
  // A command line of the usage's "commands:" list: "  report RUN_DIR ...".
  if (!usage.contains(QRegularExpression(QStringLiteral("^\\s+report\\b"),
                                         QRegularExpression::MultilineOption))) {
    printSkipped(name, QStringLiteral("no report command"));
    return;
  }
  QTemporaryDir tmp;
  const QString runDir = tmp.filePath(QStringLiteral("run"));
  QProcess run;
  run.setWorkingDirectory(src);
  run.setStandardOutputFile(QProcess::nullDevice());
  run.start(cli, {QStringLiteral("run"), QStringLiteral("resources/experiments/paper-2017.json"),
                  QStringLiteral("--duration-scale"), QStringLiteral("0.2"),
                  QStringLiteral("--out"), runDir});
  sleepMs(6000);
  run.kill();
  run.waitForFinished(5000);
  QProcess report;
  report.setProcessChannelMode(QProcess::MergedChannels);
  report.start(cli, {QStringLiteral("report"), runDir});
  report.waitForFinished(60000);
  const QString text = QString::fromLocal8Bit(report.readAll());
  out << name.leftJustified(26) << " | report exit " << report.exitCode()
      << (text.contains(QLatin1String("interrupted")) ? ", marked interrupted"
                                                      : ", NOT marked interrupted")
      << Qt::endl;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
    QLoggingCategory::setFilterRules(
        QStringLiteral("swarmlab.*.debug=false\nswarmlab.*.info=false\nswarmlab.*.warning=false"));
  int settleMs = 2000;
  bool swarm = true;
  const QStringList args = app.arguments();
  for (int i = 1; i < args.size(); ++i) {
    if (args[i] == QLatin1String("--settle-s") && i + 1 < args.size()) {
      settleMs = qMax(1, int(args[++i].toDouble() * 1000));
    } else if (args[i] == QLatin1String("--no-swarm")) {
      swarm = false;
    } else {
      fprintf(stderr, "usage: bench_faults [--settle-s S] [--no-swarm]\n");
      return 2;
    }
  }
  const QString src = QStringLiteral(SWARMLAB_SOURCE_DIR);
  const LabLoadResult lr = loadLabFile(src + QStringLiteral("/resources/labs/paper-2017.json"));
  if (!lr.ok()) {
    for (const auto& e : lr.errors) fprintf(stderr, "%s\n", qPrintable(e));
    return 1;
  }
  out << "bench_faults: embedded lab paper-2017, agents from " << LocalOrchestrator::resolveBinDir()
      << ", " << settleMs / 1000.0 << " s before and after each fault" << Qt::endl
      << Qt::endl;
  printHeader();
  const std::pair<Fault, QString> faults[] = {
      {Fault::KillPublisher, QStringLiteral("kill publisher")},
      {Fault::KillSubscriber, QStringLiteral("kill subscriber")},
      {Fault::KillRedis, QStringLiteral("kill lab Redis")},
      {Fault::NodeDown, QStringLiteral("node down (embedded)")}};
  for (const auto& [fault, name] : faults) printRow(runFault(*lr.lab, fault, name, settleMs));
  if (swarm)
    runSwarmFaults(settleMs);
  else
    for (const char* f :
         {"node failure, hb 1 s", "node failure, hb 5 s (dflt)", "Docker daemon restart"})
      printSkipped(QString::fromLatin1(f), QStringLiteral("--no-swarm"));
  cliRow(src);
  out << "targets: recovery < 1000 ms for a killed agent or Redis (restart delay included); "
         "Swarm node failure < 5000 ms with the 1 s heartbeat; recorded = observed in every row"
      << Qt::endl;
  return 0;
}
