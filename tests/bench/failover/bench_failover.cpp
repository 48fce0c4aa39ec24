// Sentinel failover benchmark (issue 12, run by hand, not in ctest). Each round starts a fresh
// embedded lab from resources/labs/two-gateways.json (a redis-server and a redis-sentinel on
// gw1 and gw2, a third sentinel on the manager; publisher on manager, subscribers on pi1 and
// pi2), lets it run, powers gw1 (the primary's gateway) off and measures:
//   sentinel: gw1 down -> the first +switch-master a sentinel logs (Sentinel's own time, with
//     down-after-milliseconds 1000: the baseline, measured in the same round);
//   gap: the subscribers' display gap across the failover (their `resumed` events: last update
//     before the loss -> first update after it), worst subscriber, as failover_gap;
//   lost: sequence numbers the subscribers skipped across it (failover_lost);
//   client overhead: gap - sentinel (what our reconnect adds to Sentinel's own time).
// Prints one row per round and p50/max over the rounds.
// Usage: bench_failover [--rounds N] [--settle-s S]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cmath>

#include "EventLoopWait.h"
#include "LabFile.h"
#include "LocalOrchestrator.h"
#include "Measurements.h"
#include "Recorder.h"
#include "ReplicatedRedis.h"
#include "Telemetry.h"
#include "WireNames.h"
#include "swarmlab_build_paths.h"

using namespace swarmlab;

namespace {
QTextStream out(stdout);
using bench::sleepMs;
using bench::waitUntil;

struct Round {
  double sentinelMs = NAN, gapMs = NAN, lost = NAN;
  QString note;
};

Round runRound(const Lab& lab, int settleMs) {
  Round r;
  LocalOrchestrator orch(lab);
  orch.start();
  if (!waitUntil([&] { return orch.isReady(); }, 20000)) {
    r.note = QStringLiteral("lab not ready");
    return r;
  }
  TelemetryOptions to;
  to.redisUrl = orch.redisUrl();
  to.fromBeginning = true;
  Telemetry tel(to);
  Recorder rec(&orch, &tel);
  tel.start();
  waitUntil([&] { return tel.clock()->isValid(); }, 10000);
  rec.start(QStringLiteral("bench-failover"));
  for (const auto& [templ, node, name] :
       {std::tuple{"redis", "gw1", "redis"}, std::tuple{"publisher", "manager", "publisher"},
        std::tuple{"subscriber", "pi1", "subscriber"},
        std::tuple{"subscriber", "pi2", "subscriber-2"}})
    orch.deploy(*lab.templ(QString::fromLatin1(templ)), QString::fromLatin1(node),
                QString::fromLatin1(name));
  sleepMs(settleMs);
  QElapsedTimer sinceDown;
  qint64 switchedMs = -1;
  QObject::connect(orch.replicatedRedis(), &ReplicatedRedis::switched, &orch,
                   [&] { switchedMs = sinceDown.elapsed(); });
  sinceDown.start();
  orch.setNodeDown(QStringLiteral("gw1"));
  waitUntil([&] { return failoverResumes(rec.data()).size() >= 2; }, 15000);
  sleepMs(1500);  // the seconds around the failover delivered
  rec.stop();
  if (switchedMs >= 0) r.sentinelMs = double(switchedMs);
  const QList<Measure> ms = computeSummary(rec.data());
  if (const Measure* g = findMeasure(ms, QStringLiteral("failover_gap"))) {
    r.gapMs = g->value;
    if (!std::isfinite(g->value)) r.note = g->detail;
  }
  if (const Measure* l = findMeasure(ms, QStringLiteral("failover_lost"))) r.lost = l->value;
  bool done = false;
  QObject::connect(&orch, &Orchestrator::shutdownFinished, &orch, [&] { done = true; });
  orch.shutdown();
  waitUntil([&] { return done; }, 15000);
  return r;
}

double quantile(QList<double> v, double q) {
  v.removeIf([](double x) { return !std::isfinite(x); });
  if (v.isEmpty()) return NAN;
  std::sort(v.begin(), v.end());
  return v[qMin(v.size() - 1, qsizetype(std::ceil(q * v.size())) - (q > 0 ? 1 : 0))];
}

QString ms(double v) {
  return std::isfinite(v) ? QString::number(v, 'f', 0) : QStringLiteral("no data");
}
}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  int rounds = 5, settleMs = 4000;
  const QStringList args = app.arguments();
  for (int i = 1; i < args.size(); ++i) {
    if (args[i] == QLatin1String("--rounds") && i + 1 < args.size()) {
      rounds = qMax(1, args[++i].toInt());
    } else if (args[i] == QLatin1String("--settle-s") && i + 1 < args.size()) {
      settleMs = qMax(1000, int(args[++i].toDouble() * 1000));
    } else {
      fprintf(stderr, "usage: bench_failover [--rounds N] [--settle-s S]\n");
      return 2;
    }
  }
  const LabLoadResult lr =
      loadLabFile(QStringLiteral(SWARMLAB_SOURCE_DIR "/resources/labs/two-gateways.json"));
  if (!lr.ok()) {
    for (const auto& e : lr.errors) fprintf(stderr, "%s\n", qPrintable(e));
    return 1;
  }
  out << "bench_failover: two-gateways lab, gw1 (primary) powered off after " << settleMs / 1000.0
      << " s; Sentinel down-after " << ReplicatedRedis::kDownAfterMs << " ms; " << rounds
      << " rounds" << Qt::endl
      << "round | sentinel (down -> +switch-master) ms | failover_gap ms | gap/sentinel | "
         "failover_lost"
      << Qt::endl;
  QList<double> sentinel, gap, lost;
  for (int i = 1; i <= rounds; ++i) {
    const Round r = runRound(*lr.lab, settleMs);
    sentinel << r.sentinelMs;
    gap << r.gapMs;
    lost << r.lost;
    out << i << " | " << ms(r.sentinelMs) << " | " << ms(r.gapMs) << " | "
        << (std::isfinite(r.gapMs / r.sentinelMs) ? QString::number(r.gapMs / r.sentinelMs, 'f', 2)
                                                  : QStringLiteral("-"))
        << " | " << ms(r.lost)
        << (r.note.isEmpty() ? QString() : QStringLiteral(" (") + r.note + ")") << Qt::endl;
  }
  out << "p50 | " << ms(quantile(sentinel, 0.5)) << " | " << ms(quantile(gap, 0.5)) << " | "
      << QString::number(quantile(gap, 0.5) / quantile(sentinel, 0.5), 'f', 2) << " | "
      << ms(quantile(lost, 0.5)) << Qt::endl
      << "max | " << ms(quantile(sentinel, 1)) << " | " << ms(quantile(gap, 1)) << " | - | "
      << ms(quantile(lost, 1)) << Qt::endl
      << "target: failover_gap < 3000 ms (issue 12)" << Qt::endl;
  return 0;
}
