#include "SwarmFaults.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <unistd.h>
#include <cstdio>

#include "EngineLock.h"
#include "EventLoopWait.h"
#include "FaultCheck.h"
#include "LogFollower.h"
#include "Recording.h"
#include "SwarmFixture.h"
#include "SwarmOrchestrator.h"

namespace swarmlab::bench {

namespace {

using test::SwarmFixture;

constexpr qint64 kPeriodUs = 2000;  // the paper lab's publisher period (2 ms)
constexpr const char* kRestartNode = "mgr9";

struct NodeCase {
  int heartbeatMs;
  QString from, to, row;
};

/// One SwarmOrchestrator for the rows of one engine, with its commands' results and node states.
class SwarmLab {
 public:
  SwarmLab(const Lab& lab, const SwarmOptions& options) : orch_(lab, options) {
    QObject::connect(&orch_, &Orchestrator::commandFinished, &sink_,
                     [this](quint64 id, bool ok, const OrchestratorError& e) {
                       done_.insert(id, ok ? QString() : e.toString());
                     });
    QObject::connect(&orch_, &Orchestrator::nodesChanged, &sink_, [this](const QList<NodeInfo>& n) {
      nodes_ = n;
      for (const auto& x : n)
        if (x.state == NodeState::Down && !downAtUs_.contains(x.name))
          downAtUs_.insert(x.name, QDateTime::currentMSecsSinceEpoch() * 1000);
    });
  }
  ~SwarmLab() { SwarmFixture::shutdownAndWait(&orch_); }
  bool start() {
    QObject scope;
    bool ready = false;
    QObject::connect(&orch_, &Orchestrator::ready, &scope, [&] { ready = true; });
    orch_.start();
    return waitUntil([&] { return ready; }, 60000);
  }
  SwarmOrchestrator& orch() { return orch_; }
  /// Waits for command id; "" when it succeeded, else why not.
  QString await(quint64 id, int timeoutMs = 90000) {
    if (!waitUntil([&] { return done_.contains(id); }, timeoutMs))
      return QStringLiteral("command %1 did not finish in %2 s").arg(id).arg(timeoutMs / 1000);
    return done_.value(id);
  }
  bool waitReady(const QString& node, int timeoutMs) {
    return waitUntil(
        [&] {
          for (const auto& n : nodes_)
            if (n.name == node) return n.state == NodeState::Ready;
          return false;
        },
        timeoutMs);
  }
  /// When the orchestrator first reported `node` Down since forgetDown() (wall clock, us).
  std::optional<qint64> downAtUs(const QString& node) const {
    return downAtUs_.contains(node) ? std::optional<qint64>(downAtUs_.value(node)) : std::nullopt;
  }
  void forgetDown() { downAtUs_.clear(); }
  QString prefix(const QString& service) const {
    return orch_.options().servicePrefix + service + QLatin1Char('.');
  }

 private:
  SwarmOrchestrator orch_;
  QHash<quint64, QString> done_;
  QList<NodeInfo> nodes_;
  QHash<QString, qint64> downAtUs_;
  QObject sink_;
};

/// Adds a remark to the row's note, after a comma.
void addNote(FaultRow* row, const QString& text) {
  row->note += (row->note.isEmpty() ? QString() : QStringLiteral(", ")) + text;
}

QString firstLine(const QString& s) { return s.section(QLatin1Char('\n'), 0, 0); }

/// Deploys publisher and subscriber as `pub` and `sub`; the subscriber's first instance.
std::optional<QString> deployPair(SwarmLab& sl, Recording& rec, const Lab& lab, const QString& pub,
                                  const QString& sub, const QString& subNode, FaultRow* row) {
  SwarmOrchestrator& o = sl.orch();
  QString err =
      sl.await(o.deploy(*lab.templ(QStringLiteral("publisher")), QStringLiteral("manager"), pub));
  if (err.isEmpty())
    err = sl.await(o.deploy(*lab.templ(QStringLiteral("subscriber")), subNode, sub));
  if (!err.isEmpty()) {
    addNote(row, QStringLiteral("deploy: ") + err);
    return std::nullopt;
  }
  auto first = rec.waitFirst(sl.prefix(sub), {}, {}, 30000);
  if (!first)
    addNote(row, QStringLiteral("no first_message of %1 on %2 in 30 s").arg(sub, subNode));
  return first;
}

/// Scales both services to 0 (SIGTERM: the agents flush their logs and final metrics), reads
/// the streams to their end and the logs from the engines, and judges the row.
void finishRow(SwarmLab& sl, Recording& rec, LogFollower& follower, const QStringList& services,
               const Ended& ended, qint64 faultUs, FaultRow* row) {
  for (const auto& s : services)
    if (const QString err = sl.await(sl.orch().scale(s, 0)); !err.isEmpty())
      addNote(row, QStringLiteral("scale %1 0: %2").arg(s, err));
  // The agents' last metrics come with their stop (SIGTERM), which may follow the command.
  QStringList prefixes;
  for (const auto& s : services) prefixes << sl.prefix(s);
  if (!rec.waitStopped(prefixes, ended.ended, 30000))
    addNote(row, QStringLiteral("not every agent stopped within 30 s"));
  const RunData& run = rec.finish();
  QList<AgentLog> logs;
  QStringList cut;
  for (const auto& t : follower.finish(15000)) {
    logs << parseAgentLog(t.task, t.out);
    if (!t.error.isEmpty()) cut << t.task.section(QLatin1Char('.'), 0, 1) + ": " + t.error;
    const QList<QByteArray> errLines = t.err.trimmed().split('\n');
    if (ended.ended.contains(t.task))  // how the agent saw its end: its last stderr lines
      for (const auto& l : errLines.mid(qMax(0, errLines.size() - 3)))
        std::fprintf(stderr, "bench_faults: %s: %s stderr: %s\n", qPrintable(row->fault),
                     qPrintable(t.task), l.constData());
  }
  evaluate(run, logs, ended, faultUs, kPeriodUs, row);
  addNote(row, QStringLiteral("%1 logs").arg(logs.size()));
  if (!cut.isEmpty()) addNote(row, QStringLiteral("cut: ") + cut.join(QLatin1String("; ")));
  for (const auto& s : services) sl.await(sl.orch().stop(s));
}

/// One node failure: a failover subscriber on c.from, c.from's engine killed.
FaultRow nodeFailure(SwarmFixture& fx, SwarmLab& sl, const Lab& lab, const NodeCase& c,
                     int settleMs) {
  FaultRow row;
  row.fault = c.row;
  if (QString err = fx.setHeartbeat(c.heartbeatMs); !err.isEmpty()) {
    addNote(&row, err);
    return row;
  }
  if (!sl.waitReady(c.from, 30000) || !sl.waitReady(c.to, 30000)) {
    addNote(&row, QStringLiteral("%1 or %2 is not Ready").arg(c.from, c.to));
    return row;
  }
  Recording rec(&sl.orch());
  const QString pub = QStringLiteral("pub%1").arg(c.heartbeatMs),
                sub = QStringLiteral("sub%1").arg(c.heartbeatMs);
  if (!rec.start(sl.orch().redisUrl(), false)) {
    addNote(&row, QStringLiteral("the lab Redis does not answer"));
    return row;
  }
  LogFollower follower(fx.labName(), {pub, sub},
                       {QString(), SwarmFixture::nodeEndpoint(QStringLiteral("pi1")),
                        SwarmFixture::nodeEndpoint(QStringLiteral("pi2"))});
  const auto old = deployPair(sl, rec, lab, pub, sub, c.from, &row);
  if (!old) return row;
  // Failover: the preferred node reached, the service is unpinned (else it could not move).
  waitUntil([&] { return fx.pinnedNode(sl.orch().serviceId(sub)).isEmpty(); }, 15000);
  sleepMs(settleMs);
  const qint64 faultUs = rec.labNowUs();
  const qint64 faultWallUs = QDateTime::currentMSecsSinceEpoch() * 1000;
  sl.forgetDown();
  int rc = 0;
  QString out = SwarmFixture::multinode({QStringLiteral("kill"), c.from}, &rc);
  if (rc != 0) addNote(&row, QStringLiteral("multinode.sh kill: ") + firstLine(out));
  if (!rec.waitFirst(sl.prefix(sub), c.to, *old, 90000))
    addNote(&row, QStringLiteral("no first_message of %1 on %2 within 90 s").arg(sub, c.to));
  sleepMs(settleMs);
  const auto down = sl.downAtUs(c.from);
  addNote(&row, down ? QStringLiteral("%1 reported Down after %2 ms")
                           .arg(c.from)
                           .arg((*down - faultWallUs) / 1000.0, 0, 'f', 0)
                     : QStringLiteral("%1 never reported Down").arg(c.from));
  finishRow(sl, rec, follower, {pub, sub}, {{*old}, {*old}}, faultUs, &row);
  out = SwarmFixture::multinode({QStringLiteral("start"), c.from}, &rc);  // back for the next row
  if (rc != 0) addNote(&row, QStringLiteral("multinode.sh start: ") + firstLine(out));
  return row;
}

/// The workers pi1 and pi2 in this engine's swarm, then both node failure rows.
void nodeRows(SwarmFixture& fx, int settleMs, const QList<NodeCase>& cases) {
  auto skipAll = [&](const QString& why) {
    for (const auto& c : cases) printSkipped(c.row, why);
  };
  if (fx.swarmStateBefore() != QLatin1String("inactive"))
    return skipAll(QStringLiteral("the engine is in a swarm already (%1); not adding nodes to it")
                       .arg(fx.swarmStateBefore()));
  if (QString err = fx.initSwarmIfInactive(); !err.isEmpty()) return skipAll(err);
  int rc = 0;
  const QString out = SwarmFixture::multinode({"up", "pi1", "pi2"}, &rc);
  QString err;
  if (rc != 0) err = QStringLiteral("multinode.sh up pi1 pi2 refused: ") + firstLine(out);
  if (err.isEmpty()) err = fx.labelNode("pi1", "pi1", "sensing");
  if (err.isEmpty()) err = fx.labelNode("pi2", "pi2", "sensing");
  auto info = fx.http().request("GET", "/info");
  auto i = docker::parseInfo(std::string_view(info.body.constData(), size_t(info.body.size())));
  if (err.isEmpty() && i)
    err = fx.labelNode(QString::fromStdString(i->nodeId), "manager", "enterprise", "gw1");
  if (err.isEmpty()) {
    const Lab lab = withAgentLogs(fx.lab(), QStringLiteral("/dev/stdout"), true);
    SwarmOptions so;
    so.servicePrefix = QStringLiteral("swlf%1-").arg(QCoreApplication::applicationPid());
    so.redisPort = SwarmFixture::freePort();
    SwarmLab sl(lab, so);
    if (!sl.start()) {
      skipAll(QStringLiteral("the Swarm backend was not ready in 60 s"));
    } else {
      for (const auto& c : cases) printRow(nodeFailure(fx, sl, lab, c, settleMs));
    }
  } else {
    skipAll(err);
  }
  SwarmFixture::multinode({"down", "pi1", "pi2"}, &rc);
}

/// The lab on mgr9's engine, that dockerd stopped and started again.
FaultRow daemonRestart(SwarmFixture& fx, int settleMs) {
  FaultRow row;
  row.fault = QStringLiteral("Docker daemon restart");
  const Lab lab = withAgentLogs(fx.lab(), QStringLiteral("/dev/stdout"), false);
  SwarmOptions so;
  so.dockerHost = SwarmFixture::nodeEndpoint(QLatin1String(kRestartNode));
  so.servicePrefix = QStringLiteral("swlfr%1-").arg(QCoreApplication::applicationPid());
  SwarmLab sl(lab, so);
  if (!sl.start()) {
    addNote(&row, QStringLiteral("the Swarm backend on mgr9 was not ready in 60 s"));
    return row;
  }
  Recording rec(&sl.orch());
  if (!rec.start(sl.orch().redisUrl(), false)) {
    addNote(&row, QStringLiteral("the lab Redis does not answer"));
    return row;
  }
  const QString pub = QStringLiteral("publisher"), sub = QStringLiteral("subscriber");
  LogFollower follower(fx.labName(), {pub, sub}, {so.dockerHost});
  const auto old = deployPair(sl, rec, lab, pub, sub, QStringLiteral("pi1"), &row);
  if (!old) return row;
  const auto oldPub = rec.waitFirst(sl.prefix(pub), {}, {}, 1000);
  sleepMs(settleMs);
  const qint64 faultUs = rec.labNowUs();
  int rc = 0;
  const QString out = SwarmFixture::multinode({"restart", kRestartNode}, &rc);
  if (rc != 0) addNote(&row, QStringLiteral("multinode.sh restart: ") + firstLine(out));
  if (!rec.waitFirst(sl.prefix(sub), {}, *old, 90000))
    addNote(&row, QStringLiteral("no first_message of a new subscriber within 90 s"));
  sleepMs(settleMs);
  // Both agents end with the daemon (SIGTERM): no display update of theirs is the recovery.
  finishRow(sl, rec, follower, {pub, sub}, {{oldPub.value_or(QString()), *old}, {}}, faultUs, &row);
  return row;
}

void restartRow(SwarmFixture& fx, int settleMs) {
  int rc = 0;
  const QString out = SwarmFixture::multinode({"manager", kRestartNode}, &rc);
  if (rc != 0)
    printSkipped(QStringLiteral("Docker daemon restart"),
                 QStringLiteral("multinode.sh manager mgr9 refused: ") + firstLine(out));
  else
    printRow(daemonRestart(fx, settleMs));
  SwarmFixture::multinode({"down", kRestartNode}, &rc);
}

}  // namespace

void runSwarmFaults(int settleMs) {
  const QList<NodeCase> cases = {
      {1000, QStringLiteral("pi1"), QStringLiteral("pi2"), QStringLiteral("node failure, hb 1 s")},
      {5000, QStringLiteral("pi2"), QStringLiteral("pi1"),
       QStringLiteral("node failure, hb 5 s (dflt)")}};
  auto skipAll = [&](const QString& why) {
    for (const auto& c : cases) printSkipped(c.row, why);
    printSkipped(QStringLiteral("Docker daemon restart"), why);
  };
  if (::geteuid() != 0) return skipAll(QStringLiteral("extra dockerd instances need root"));
  EngineLock lock(600000);
  if (!lock.held())
    return skipAll(QStringLiteral("%1 held by another process for 10 min").arg(EngineLock::kPath));
  SwarmFixture fx;
  QString why = fx.setUp(QStringLiteral("swlfaults-%1").arg(QCoreApplication::applicationPid()));
  if (why.startsWith(QLatin1String("FAIL: "))) why.remove(0, 6);
  if (!why.isEmpty()) return skipAll(firstLine(why));
  nodeRows(fx, settleMs, cases);
  restartRow(fx, settleMs);
  for (const auto& p : fx.tearDown())
    std::fprintf(stderr, "bench_faults: cleanup: %s\n", qPrintable(p));
  std::printf("engine left: swarm %s (was %s)\n", qPrintable(fx.swarmState()),
              qPrintable(fx.swarmStateBefore()));
  std::fflush(stdout);
}

}  // namespace swarmlab::bench
