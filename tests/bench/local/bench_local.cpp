// Benchmark of the embedded lab (issue 3, run by hand): deploy to first message, restart,
// stop-first migration update gap, start-first migration/restart gaps, each measured in this
// run, next to the 2017 paper's figure and to a plain shell baseline (the same agent binary
// started by hand from /bin/sh, until its first_message). Then the full 60 s paper experiment
// through swarmlab-cli.  Usage: bench_local [--repeat N] [--skip-paper]
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <limits>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

#include "EventLoopWait.h"
#include "LabFile.h"
#include "LocalOrchestrator.h"
#include "Measurements.h"
#include "Recorder.h"
#include "Telemetry.h"
#include "WireNames.h"
#include "swarmlab_build_paths.h"

using namespace swarmlab;

namespace {
QTextStream out(stdout);

using bench::sleepMs;
using bench::waitUntil;

double median(QList<double> v) {
  if (v.isEmpty()) return qQNaN();
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}
double maxOf(const QList<double>& v) {
  return v.isEmpty() ? qQNaN() : *std::max_element(v.begin(), v.end());
}

QString list(const QList<double>& v) {
  QStringList s;
  for (double x : v) s << QString::number(x, 'f', 2);
  return s.join(QStringLiteral(" "));
}

struct Bench {
  Lab lab;
  std::unique_ptr<LocalOrchestrator> orch;
  std::unique_ptr<Telemetry> tel;
  std::unique_ptr<Recorder> rec;
  QList<AgentEvent> events;
  /// Receives Telemetry's signals on this (the main) thread: they are emitted on its worker, and a
  /// lambda connected without a receiver runs there, appending to `events` while the main thread
  /// reads it (the SIGSEGV in has()).
  QObject sink;

  bool start() {
    orch = std::make_unique<LocalOrchestrator>(lab);
    // The lambdas below write to this function's locals: `scope` ends their connections with
    // the function (a later ready() or connectionChanged() wrote into a dead stack frame: an
    // intermittent SIGSEGV in the next measurement).
    QObject scope;
    bool ready = false;
    QObject::connect(orch.get(), &Orchestrator::ready, &scope, [&] { ready = true; });
    QObject::connect(orch.get(), &Orchestrator::errorOccurred, [](const OrchestratorError& e) {
      out << "bench: orchestrator: " << e.toString() << Qt::endl;
    });
    orch->start();
    if (!waitUntil([&] { return ready; }, 15000)) return false;
    TelemetryOptions to;
    to.redisUrl = orch->redisUrl();
    to.fromBeginning = true;
    tel = std::make_unique<Telemetry>(to);
    bool conn = false;
    QObject::connect(tel.get(), &Telemetry::connectionChanged, &scope, [&](bool c) { conn = c; });
    QObject::connect(tel.get(), &Telemetry::agentEvent, &sink,
                     [this](const AgentEvent& e) { events.append(e); });
    rec = std::make_unique<Recorder>(orch.get(), tel.get());
    tel->start();
    if (!waitUntil([&] { return conn; }, 10000)) return false;
    rec->start(QStringLiteral("bench"));
    return true;
  }
  bool has(const QString& instance, QLatin1String ev) const {
    return std::any_of(events.begin(), events.end(), [&](const AgentEvent& e) {
      return e.instance == instance && e.event == ev;
    });
  }
  std::optional<qint64> tOf(const QString& instance, QLatin1String ev) const {
    for (const auto& e : events)
      if (e.instance == instance && e.event == ev) return e.tUs;
    return std::nullopt;
  }
  /// The instance currently running for a service (newest).
  QString current(const QString& service) const {
    QString best;
    for (const auto& t : orch->tasks())
      if (t.service == service && t.state == TaskState::Running) best = t.instance;
    return best;
  }
  bool runCommand(const std::function<quint64()>& issue, std::optional<UpdateOrder> order = {}) {
    bool done = false, ok = false;
    quint64 id = 0;
    auto c = QObject::connect(orch.get(), &Orchestrator::commandFinished, [&](quint64 i, bool o) {
      if (i == id) {
        done = true;
        ok = o;
      }
    });
    id = issue();
    if (order) rec->noteOrder(id, *order);  // commandIssued does not carry the order
    waitUntil([&] { return done; }, 20000);
    QObject::disconnect(c);
    return ok;
  }
  void stop() {
    rec->stop();
    tel.reset();
    bool finished = false;
    QObject scope;
    QObject::connect(orch.get(), &LocalOrchestrator::shutdownFinished, &scope,
                     [&] { finished = true; });
    orch->shutdown();
    waitUntil([&] { return finished; }, 15000);
    orch.reset();
  }
};

/// The shell baseline: the subscriber binary started from /bin/sh by hand (publisher running),
/// time from the start call to its first_message, in lab time. Median of n.
QList<double> shellBaseline(Bench& b, const QString& bin, int n) {
  QList<double> v;
  for (int i = 0; i < n; ++i) {
    const QString inst = QStringLiteral("shell.%1").arg(i);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const secrets::RedisAccess& access = b.orch->redisAccess();  // as the lab's own agents
    env.insert(QStringLiteral("SWARMLAB_REDIS_URL"), access.agentUrl);
    for (auto it = access.agentEnv.begin(); it != access.agentEnv.end(); ++it)
      env.insert(it.key(), it.value());
    env.insert(QStringLiteral("SWARMLAB_NODE"), QStringLiteral("pi1"));
    env.insert(QStringLiteral("SWARMLAB_INSTANCE"), inst);
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    const qint64 t0 = b.tel->clock()->labNowUs();
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exec \"$0\""), bin});
    if (waitUntil([&] { return b.has(inst, wirenames::kFirstMessage); }, 10000))
      v.append((*b.tOf(inst, wirenames::kFirstMessage) - t0) / 1000.0);
    p.terminate();
    p.waitForFinished(5000);
  }
  return v;
}

QString ratio(double v, double base) {
  if (qIsNaN(v) || qIsNaN(base) || base == 0) return QStringLiteral("-");
  return QString::number(v / base, 'g', 3);
}

// paper or baseline NaN: no meaningful comparison for that row, printed as "-".
void row(const QString& name, double v, double paper, double baseline, const QString& target,
         bool ok) {
  auto num = [](double x, int decimals) {
    return qIsNaN(x) ? QStringLiteral("-") : QString::number(x, 'f', decimals);
  };
  out << QStringLiteral("%1 %2 ms | paper %3 ms (x%4) | shell baseline %5 ms (x%6) | target %7: %8")
             .arg(name, -34)
             .arg(v, 8, 'f', 2)
             .arg(num(paper, 0))
             .arg(ratio(v, paper))
             .arg(num(baseline, 2))
             .arg(ratio(v, baseline))
             .arg(target, ok ? QStringLiteral("met") : QStringLiteral("MISSED"))
      << Qt::endl;
}
/// Deploys, restarts (stop-first), stop-first migrations, start-first migrations and restarts,
/// `repeat` times each, with the publisher running; the recorded run.
RunData measureCommands(Bench& b, int repeat) {
  const ServiceTemplate sub = *b.lab.templ(QStringLiteral("subscriber"));
  const auto firstMessageOf = [&](const QString& inst) {
    waitUntil([&] { return b.has(inst, wirenames::kFirstMessage); }, 10000);
  };
  for (int i = 0; i < repeat; ++i) {
    const QString name = QStringLiteral("sub-d%1").arg(i);
    b.runCommand([&] { return b.orch->deploy(sub, QStringLiteral("pi1"), name); });
    firstMessageOf(name + QStringLiteral(".1.1"));
    b.runCommand([&] { return b.orch->stop(name); });
  }
  const QString svc = QStringLiteral("subscriber");
  b.runCommand([&] { return b.orch->deploy(sub, QStringLiteral("pi1"), svc); });
  firstMessageOf(QStringLiteral("subscriber.1.1"));
  sleepMs(300);
  for (int i = 0; i < repeat; ++i) {
    b.runCommand([&] { return b.orch->restart(svc, UpdateOrder::StopFirst); },
                 UpdateOrder::StopFirst);
    firstMessageOf(b.current(svc));
    sleepMs(300);
  }
  for (int i = 0; i < repeat; ++i) {  // stop-first migration pi1 <-> pi2
    const QString to = i % 2 ? QStringLiteral("pi1") : QStringLiteral("pi2");
    b.runCommand([&] { return b.orch->migrate(svc, to, UpdateOrder::StopFirst); },
                 UpdateOrder::StopFirst);
    firstMessageOf(b.current(svc));
    sleepMs(300);
  }
  for (int i = 0; i < repeat; ++i) {  // start-first migration and restart
    const QString to = i % 2 ? QStringLiteral("pi2") : QStringLiteral("pi1");
    b.runCommand([&] { return b.orch->migrate(svc, to, UpdateOrder::StartFirst); },
                 UpdateOrder::StartFirst);
    sleepMs(300);
    b.runCommand([&] { return b.orch->restart(svc, UpdateOrder::StartFirst); },
                 UpdateOrder::StartFirst);
    sleepMs(300);
  }
  sleepMs(1500);  // let the last metrics arrive
  b.tel->requestDrain();
  sleepMs(300);
  return b.rec->data();
}

/// Lab seconds without a display update while the subscriber service ran through its
/// start-first commands: {without, checked}.
std::pair<int, int> silentStartFirstSeconds(const RunData& run) {
  QMap<qint64, qint64> updates;
  for (const auto& m : run.metrics)
    if (m.kind == wirenames::kSubscriber && !m.instance.startsWith(QLatin1String("sub-d")) &&
        !m.instance.startsWith(QLatin1String("shell")))
      updates[m.second] += m.count;
  qint64 first = 0, last = 0;
  for (const CommandTiming& t : commandTimings(run))
    if (t.command.order == UpdateOrder::StartFirst && t.command.kind != CommandKind::Deploy) {
      const qint64 s = t.command.issuedUs / 1000000;
      if (!first) first = s;
      last = s;
    }
  int without = 0, checked = 0;
  for (qint64 s = first; first && s <= last; ++s) {
    ++checked;
    if (updates.value(s) == 0) ++without;
  }
  return {without, checked};
}

/// Each figure of the run next to the paper's and the shell baseline's.
void report(const RunData& run, double baseMs) {
  QList<double> deploy, restartStop, gapStop, migStop, gapStartMig, gapStartRestart;
  QList<double> stepStart;  // start-first handovers in clock messages (CommandTiming::seqStep)
  int stepUnknown = 0;
  for (const CommandTiming& t : commandTimings(run)) {
    const auto& c = t.command;
    const bool stopFirst = c.order == UpdateOrder::StopFirst;
    if (c.kind == CommandKind::Deploy && c.service.startsWith(QLatin1String("sub-d")) &&
        t.durationMs)
      deploy << *t.durationMs;
    if (c.kind == CommandKind::Restart && stopFirst && t.durationMs) restartStop << *t.durationMs;
    if (c.kind == CommandKind::Migrate && stopFirst && t.gapMs) gapStop << *t.gapMs;
    if (c.kind == CommandKind::Migrate && stopFirst && t.stopMs) migStop << *t.stopMs;
    if (c.kind == CommandKind::Migrate && !stopFirst && t.gapMs) gapStartMig << *t.gapMs;
    if (c.kind == CommandKind::Restart && !stopFirst && t.gapMs) gapStartRestart << *t.gapMs;
    if (c.kind != CommandKind::Deploy && !stopFirst && (t.gapMs || t.seqStep())) {
      if (const auto step = t.seqStep())
        stepStart << double(*step);
      else
        ++stepUnknown;
    }
  }
  out << Qt::endl
      << "measured (ms): deploy " << list(deploy) << " | restart " << list(restartStop)
      << " | stop-first gap " << list(gapStop) << " | stop-first stop " << list(migStop)
      << " | start-first migrate gap " << list(gapStartMig) << " | start-first restart gap "
      << list(gapStartRestart) << Qt::endl
      << "start-first handovers, new first seq - old last seq (<= 1: no clock message missed): "
      << list(stepStart)
      << (stepUnknown ? QStringLiteral(" (%1 without seqs)").arg(stepUnknown) : QString())
      << Qt::endl
      << Qt::endl;
  row(QStringLiteral("deploy -> first message (A/B)"), median(deploy), paper::kDeployMs, baseMs,
      QStringLiteral("< 100 ms"), median(deploy) < 100);
  row(QStringLiteral("restart -> first message (D)"), median(restartStop), paper::kRestartMs,
      baseMs, QStringLiteral("< 100 ms"), median(restartStop) < 100);
  row(QStringLiteral("stop-first migration update gap (C)"), median(gapStop),
      paper::kMigrationStopMs, baseMs, QStringLiteral("< 150 ms"), median(gapStop) < 150);
  row(QStringLiteral("stop-first migration stop time (C)"), median(migStop),
      paper::kMigrationStopMs, baseMs, QStringLiteral("(info)"), true);
  // The start-first target: no clock message left unshown at a handover, judged by seq. The
  // time gap alone cannot tell "both showed message k, the old a few µs first" (a positive µs
  // gap, nothing missed) from a real gap; it is printed as measured, against no target.
  constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  const bool handoversKnown = !stepStart.isEmpty() && stepUnknown == 0;
  row(QStringLiteral("start-first migration gap, worst"), maxOf(gapStartMig), kNone, kNone,
      QStringLiteral("(info; < 0: overlap)"), true);
  row(QStringLiteral("start-first restart gap, worst"), maxOf(gapStartRestart), kNone, kNone,
      QStringLiteral("(info; < 0: overlap)"), true);
  out << QStringLiteral(
             "start-first: clock messages missed at a handover, worst: %1 (target 0): %2")
             .arg(handoversKnown ? QString::number(qMax(0.0, maxOf(stepStart) - 1))
                                 : QStringLiteral("no data"))
             .arg(handoversKnown && maxOf(stepStart) <= 1 ? QStringLiteral("met")
                                                          : QStringLiteral("MISSED"))
      << Qt::endl;
  const auto [without, checked] = silentStartFirstSeconds(run);
  out << QStringLiteral("start-first: lab seconds without display updates: %1 of %2 (target 0): %3")
             .arg(without)
             .arg(checked)
             .arg(without == 0 ? QStringLiteral("met") : QStringLiteral("MISSED"))
      << Qt::endl;
  out << "(gap < 0: the new instance updated the display before the old one's last update)"
      << Qt::endl;
}

/// The full 60 s paper experiment through swarmlab-cli; its exit code.
int runPaper(const QString& src) {
  out << Qt::endl
      << "bench_local: the full 60 s paper experiment (swarmlab-cli run "
         "resources/experiments/paper-2017.json)"
      << Qt::endl;
  QTemporaryDir tmp;
  QProcess cli;
  cli.setProcessChannelMode(QProcess::ForwardedChannels);
  cli.setWorkingDirectory(src);
  cli.start(QStringLiteral(SWARMLAB_CLI_BIN),
            {QStringLiteral("run"), QStringLiteral("resources/experiments/paper-2017.json"),
             QStringLiteral("--out"), tmp.filePath(QStringLiteral("paper"))});
  cli.waitForFinished(180000);
  return cli.exitCode();
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
    QLoggingCategory::setFilterRules(
        QStringLiteral("swarmlab.*.debug=false\nswarmlab.*.info=false"));
  int repeat = 5;
  bool skipPaper = false;
  const QStringList args = app.arguments();
  for (int i = 1; i < args.size(); ++i) {
    if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
      repeat = qMax(1, args[++i].toInt());
    else if (args[i] == QLatin1String("--skip-paper"))
      skipPaper = true;
    else {
      fprintf(stderr, "usage: bench_local [--repeat N] [--skip-paper]\n");
      return 2;
    }
  }
  const QString src = QStringLiteral(SWARMLAB_SOURCE_DIR);
  const LabLoadResult lr = loadLabFile(src + QStringLiteral("/resources/labs/paper-2017.json"));
  if (!lr.ok()) {
    for (const auto& e : lr.errors) fprintf(stderr, "%s\n", qPrintable(e));
    return 1;
  }
  const QString bin = LocalOrchestrator::resolveBinDir();
  out << "bench_local: embedded lab, agents from " << bin << ", " << repeat
      << " repetitions each (median)" << Qt::endl;
  Bench b;
  b.lab = *lr.lab;
  if (!b.start()) {
    out << "bench_local: the embedded lab did not start" << Qt::endl;
    return 1;
  }
  const ServiceTemplate pub = *b.lab.templ(QStringLiteral("publisher"));
  b.runCommand([&] { return b.orch->deploy(pub, QStringLiteral("manager")); });
  waitUntil([&] { return b.has(QStringLiteral("publisher.1.1"), wirenames::kFirstMessage); },
            10000);
  const QList<double> base = shellBaseline(b, bin + QStringLiteral("/swarmlab-subscriber"), repeat);
  out << "shell baseline (sh -c exec subscriber -> first_message): " << list(base) << " ms"
      << Qt::endl;
  const RunData run = measureCommands(b, repeat);
  b.stop();
  report(run, median(base));
  return skipPaper ? 0 : runPaper(src);
}
