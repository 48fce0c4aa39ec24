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
// Swarm rows are measured by tests/bench/swarm; the CLI row needs `swarmlab-cli report`.
// Usage: bench_faults [--settle-s S]
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <unistd.h>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "EventLoopWait.h"
#include "LabFile.h"
#include "LocalOrchestrator.h"
#include "Measurements.h"
#include "Recorder.h"
#include "Telemetry.h"
#include "WireNames.h"

using namespace swarmlab;

namespace {
QTextStream out(stdout);
constexpr qint64 kPeriodUs = 2000;  // the paper lab's publisher period (2 ms)

using bench::sleepMs;
using bench::waitUntil;

/// One agent's --log file, read back: its rows' seq and the lab time of each row (publisher:
/// published at; subscriber: the display changed at, t_us + lag_us, and the message's t_us).
struct AgentLog {
  QString instance;
  bool subscriber = false;
  struct Row {
    quint64 seq;
    qint64 atUs;
    qint64 msgUs;
  };
  QList<Row> rows;
};

AgentLog readLog(const QString& path) {
  AgentLog log;
  log.instance = QFileInfo(path).completeBaseName();
  log.subscriber = log.instance.startsWith(QLatin1String("subscriber"));
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return log;
  f.readLine();  // header
  while (!f.atEnd()) {
    const QList<QByteArray> c = f.readLine().trimmed().split(',');
    if (c.size() < 2) continue;
    const qint64 t = c[1].toLongLong();
    log.rows.append({c[0].toULongLong(), c.size() > 2 ? t + c[2].toLongLong() : t, t});
  }
  return log;
}

/// Per lab second of one instance: messages published or display updates, failed, lost.
struct Counts {
  qint64 count = 0, failed = 0, lost = 0;
};
using PerSecond = std::map<qint64, Counts>;

qint64 secondOf(qint64 us) { return us / 1000000; }

/// The agent's own counters per second, as its metrics define them: a subscriber's lost are
/// the sequence numbers skipped before a row (a lower seq is a new publisher); a publisher's
/// failed are the numbers skipped between its rows (counted at the next row's second).
PerSecond observed(const AgentLog& log) {
  PerSecond ps;
  std::optional<quint64> prev;
  for (const auto& r : log.rows) {
    Counts& c = ps[secondOf(r.atUs)];
    ++c.count;
    const qint64 skipped = prev && r.seq > *prev + 1 ? qint64(r.seq - *prev - 1) : 0;
    (log.subscriber ? c.lost : c.failed) += skipped;
    prev = r.seq;
  }
  return ps;
}

/// What one fault did to a lab.
struct Row {
  QString fault;
  std::optional<double> recoveryMs;
  QString recorded;  ///< the run's recovery_time[service] measures
  qint64 notPublished = 0;
  qint64 lost = 0;
  QString recordedVsObserved;
  QString note;
};

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
    TelemetryOptions to;
    to.redisUrl = orch_->redisUrl();
    to.fromBeginning = true;
    tel_ = std::make_unique<Telemetry>(to);
    rec_ = std::make_unique<Recorder>(orch_.get(), tel_.get());
    bool conn = false;
    QObject::connect(tel_.get(), &Telemetry::connectionChanged, &scope, [&](bool c) { conn = c; });
    QObject::connect(tel_.get(), &Telemetry::agentEvent, &sink_, [this](const AgentEvent& e) {
      if (e.event == wirenames::kFirstMessage) firsts_.insert(e.instance, e.node);
    });
    tel_->start();
    if (!waitUntil([&] { return conn; }, 10000)) return false;
    rec_->start(QStringLiteral("faults"));
    orch_->deploy(*lab_.templ(QStringLiteral("redis")), QStringLiteral("gw1"));
    orch_->deploy(*lab_.templ(QStringLiteral("publisher")), QStringLiteral("manager"));
    orch_->deploy(*lab_.templ(QStringLiteral("subscriber")), QStringLiteral("pi1"));
    return waitUntil([&] { return firsts_.contains(QStringLiteral("subscriber.1.1")); }, 15000);
  }
  LocalOrchestrator& orch() { return *orch_; }
  qint64 labNowUs() const { return tel_->clock()->labNowUs(); }
  qint64 pidOf(const QString& instance) const {
    for (const auto& t : orch_->tasks())
      if (t.instance == instance && t.state == TaskState::Running)
        return t.message.mid(4).toLongLong();
    return 0;
  }
  bool hasFirst(const QString& instance) const { return firsts_.contains(instance); }

  /// Stops the agents (their final metrics and logs flushed), reads the streams to their end,
  /// and compares; then shuts the lab down.
  void finish(qint64 faultUs, Row* row) {
    QObject scope;  // the waits' connections end with it
    bool stopped = false;
    QObject::connect(orch_.get(), &LocalOrchestrator::allStopped, &scope, [&] { stopped = true; });
    orch_->stopAll();
    waitUntil([&] { return stopped; }, 15000);
    bool drained = false;
    QObject::connect(tel_.get(), &Telemetry::drained, &scope, [&] { drained = true; });
    tel_->requestDrain();
    waitUntil([&] { return drained; }, 10000);
    rec_->stop();
    QStringList rt;
    for (const auto& r : recoveries(rec_->data()))
      rt << QStringLiteral("%1 %2 ms").arg(r.service).arg(r.ms, 0, 'f', 1);
    row->recorded = rt.isEmpty() ? QStringLiteral("none") : rt.join(QStringLiteral(", "));
    compare(faultUs, row);
    tel_.reset();
    bool done = false;
    QObject::connect(orch_.get(), &LocalOrchestrator::shutdownFinished, &scope,
                     [&] { done = true; });
    orch_->shutdown();
    waitUntil([&] { return done; }, 15000);
    rec_.reset();
    orch_.reset();
  }

 private:
  void compare(qint64 faultUs, Row* row) {
    std::map<QString, PerSecond> recorded;
    for (const auto& m : rec_->data().metrics) {
      Counts& c = recorded[m.instance][m.second];
      c.count += m.count;
      c.failed += m.failed;
      c.lost += m.lost;
    }
    QList<AgentLog> logs;
    const QStringList files = QDir(logDir_).entryList({QStringLiteral("*.csv")}, QDir::Files);
    for (const auto& f : files) logs << readLog(logDir_ + QLatin1Char('/') + f);
    measureRecovery(logs, faultUs, row);
    Agreement all;
    for (const auto& log : logs) {
      // A SIGKILLed agent's log and metrics both end within its last second: compare before it.
      const qint64 last = log.rows.isEmpty() ? 0 : secondOf(log.rows.last().atUs);
      agree(recorded[log.instance], observed(log), killed_.contains(log.instance) ? last : 0, &all);
    }
    row->recordedVsObserved =
        all.differ == 0 && all.failedRecorded == all.failedObserved
            ? QStringLiteral("yes (%1 s, %2 failed)").arg(all.seconds).arg(all.failedRecorded)
            : QStringLiteral(
                  "NO: %1 of %2 s differ (recorded %3, observed %4); failed recorded "
                  "%5, observed %6")
                  .arg(all.differ)
                  .arg(all.seconds)
                  .arg(all.recorded)
                  .arg(all.observed)
                  .arg(all.failedRecorded)
                  .arg(all.failedObserved);
  }

  struct Agreement {
    int seconds = 0, differ = 0;
    qint64 recorded = 0, observed = 0, failedRecorded = 0, failedObserved = 0;
  };
  /// Per second: messages or updates and lost; the publisher's failed as a total (its log shows
  /// them only as numbers skipped before the next message, maybe in a later second). Seconds
  /// from `before` on are left out (0: none).
  static void agree(const PerSecond& r, const PerSecond& o, qint64 before, Agreement* g) {
    std::set<qint64> seconds;
    for (const auto& [s, _] : o) seconds.insert(s);
    for (const auto& [s, _] : r) seconds.insert(s);
    for (qint64 s : seconds) {
      if (before && s >= before) continue;
      const Counts a = r.count(s) ? r.at(s) : Counts{};
      const Counts b = o.count(s) ? o.at(s) : Counts{};
      ++g->seconds;
      g->recorded += a.count + a.lost;
      g->observed += b.count + b.lost;
      g->failedRecorded += a.failed;
      g->failedObserved += b.failed;
      if (a.count != b.count || a.lost != b.lost) ++g->differ;
    }
  }

  /// Recovery, messages not published and updates lost, from the agents' own logs.
  void measureRecovery(const QList<AgentLog>& logs, qint64 faultUs, Row* row) {
    std::optional<qint64> firstAfter;
    QList<const AgentLog*> pubs;
    for (const auto& log : logs) {
      if (!log.subscriber) {
        pubs << &log;
        continue;
      }
      for (const auto& r : log.rows) {
        if (r.msgUs > faultUs && (!firstAfter || r.atUs < *firstAfter)) firstAfter = r.atUs;
      }
      for (const auto& [_, c] : observed(log)) row->lost += c.lost;
    }
    if (firstAfter) row->recoveryMs = (*firstAfter - faultUs) / 1000.0;
    std::sort(pubs.begin(), pubs.end(), [](const AgentLog* a, const AgentLog* b) {
      return !a->rows.isEmpty() && !b->rows.isEmpty() &&
             a->rows.first().atUs < b->rows.first().atUs;
    });
    for (int i = 0; i < pubs.size(); ++i) {
      for (const auto& [_, c] : observed(*pubs[i])) row->notPublished += c.failed;
      // The periods with no publisher running: from one's last message to the next one's first.
      if (i > 0 && !pubs[i - 1]->rows.isEmpty() && !pubs[i]->rows.isEmpty())
        row->notPublished += qMax<qint64>(
            0, (pubs[i]->rows.first().atUs - pubs[i - 1]->rows.last().atUs) / kPeriodUs - 1);
    }
  }

 public:
  QSet<QString> killed_;

 private:
  Lab lab_;
  QString logDir_;
  std::unique_ptr<LocalOrchestrator> orch_;
  std::unique_ptr<Telemetry> tel_;
  std::unique_ptr<Recorder> rec_;
  QHash<QString, QString> firsts_;  // instance -> node of its first_message
  QObject sink_;                    // receiver of the telemetry's signals: queued to this thread
};

/// The paper lab with every agent writing --log <dir>/<instance>.csv.
Lab withLogs(Lab lab, const QString& dir, bool failover) {
  for (auto& t : lab.templates) {
    if (t.kind != wirenames::kPublisher && t.kind != wirenames::kSubscriber) continue;
    t.env.insert(QStringLiteral("SWARMLAB_LOG"), dir + QStringLiteral("/${instance}.csv"));
    if (failover) t.placement = Placement::Failover;
  }
  return lab;
}

enum class Fault { KillPublisher, KillSubscriber, KillRedis, NodeDown };

Row runFault(const Lab& paper, Fault fault, const QString& name, int settleMs) {
  Row row;
  row.fault = name;
  QTemporaryDir dir;
  FaultLab lab(withLogs(paper, dir.path(), fault == Fault::NodeDown), dir.path());
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
  if (!waitFor.isEmpty() && !waitUntil([&] { return lab.hasFirst(waitFor); }, 15000))
    row.note = QStringLiteral("no first_message of %1 within 15 s").arg(waitFor);
  sleepMs(settleMs);
  lab.finish(faultUs, &row);
  return row;
}

void print(const Row& r) {
  auto cell = [](const QString& s, int w) { return s.leftJustified(w); };
  out << cell(r.fault, 26) << " | "
      << cell(r.recoveryMs ? QString::number(*r.recoveryMs, 'f', 1) + QStringLiteral(" ms")
                           : QStringLiteral("no data"),
              12)
      << " | " << cell(QString::number(r.notPublished), 13) << " | "
      << cell(QString::number(r.lost), 12) << " | " << r.recordedVsObserved << " | recovery_time "
      << r.recorded
      << (r.note.isEmpty() ? QString() : QStringLiteral(" (") + r.note + QLatin1Char(')'))
      << Qt::endl;
}

void skipped(const QString& fault, const QString& why) {
  out << fault.leftJustified(26) << " | skipped: " << why << Qt::endl;
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
    skipped(name, QStringLiteral("no report command"));
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
  const QStringList args = app.arguments();
  for (int i = 1; i < args.size(); ++i) {
    if (args[i] == QLatin1String("--settle-s") && i + 1 < args.size()) {
      settleMs = qMax(1, int(args[++i].toDouble() * 1000));
    } else {
      fprintf(stderr, "usage: bench_faults [--settle-s S]\n");
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
      << "fault                      | recovery     | not published | updates lost | "
         "recorded = observed | recorded recovery_time"
      << Qt::endl;
  const std::pair<Fault, QString> faults[] = {
      {Fault::KillPublisher, QStringLiteral("kill publisher")},
      {Fault::KillSubscriber, QStringLiteral("kill subscriber")},
      {Fault::KillRedis, QStringLiteral("kill lab Redis")},
      {Fault::NodeDown, QStringLiteral("node down (embedded)")}};
  for (const auto& [fault, name] : faults) print(runFault(*lr.lab, fault, name, settleMs));
  const QString swarm = QStringLiteral(
      "measured by tests/bench/swarm (bench_swarm) with the "
      "multi-engine harness, see docs/swarm.md");
  skipped(QStringLiteral("node failure (Swarm)"), swarm);
  skipped(QStringLiteral("Docker daemon restart"), swarm);
  cliRow(src);
  out << "targets: recovery < 1000 ms for a killed agent or Redis (restart delay included); "
         "recorded = observed in every row"
      << Qt::endl;
  return 0;
}
