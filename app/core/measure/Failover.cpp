// failover_gap and failover_lost (issue 12): what a Sentinel failover of the lab's Redis cost
// the displays. Definitions: docs/labfiles.md ("Measurements") and docs/replication.md.
#include <QMap>
#include <QRegularExpression>

#include <cmath>
#include <limits>

#include "Measurements.h"
#include "WireNames.h"

namespace swarmlab {

QList<FailoverResume> failoverResumes(const RunData& run) {
  // the subscriber's `resumed` detail: "from <server> to <server>, lost <n>"
  static const QRegularExpression re(QStringLiteral(R"(^from (.+) to (.+), lost (\d+)$)"));
  QList<FailoverResume> out;
  for (const auto& e : run.events) {
    if (e.event != wirenames::kResumed) continue;
    const auto m = re.match(e.detail);
    if (!m.hasMatch() || m.captured(1) == m.captured(2)) continue;  // the same server: no failover
    FailoverResume r;
    r.instance = e.instance;
    r.service = serviceOfInstance(run, e.instance);
    r.from = m.captured(1);
    r.to = m.captured(2);
    r.lost = m.captured(3).toLongLong();
    r.resumedUs = e.tUs;
    r.lastUpdateUs = e.lastUpdateUs;
    if (e.lastUpdateUs > 0 && e.tUs >= e.lastUpdateUs)
      r.gapMs = double(e.tUs - e.lastUpdateUs) / 1000;
    out << r;
  }
  return out;
}

void addFailoverMeasures(const RunData& run, QList<Measure>& out) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  if (run.events.isEmpty() && run.metrics.isEmpty()) return;  // nothing recorded at all
  const QList<FailoverResume> rs = failoverResumes(run);
  if (rs.isEmpty()) {
    const QString why = QStringLiteral(
        "no data: no failover in this run (no subscriber resumed on another Redis primary)");
    out << Measure{QStringLiteral("failover_gap"), kNaN, QStringLiteral("ms"), std::nullopt, why};
    out << Measure{QStringLiteral("failover_lost"), kNaN, QStringLiteral("count"), std::nullopt,
                   why};
    return;
  }
  double worst = kNaN;
  QString worstOf, servers;
  qint64 lost = 0;
  QMap<QString, double> gapOf;  // service -> its longest gap
  QStringList lostParts, gapParts;
  for (const auto& r : rs) {
    lost += r.lost;
    lostParts << QStringLiteral("%1 %2").arg(r.instance).arg(r.lost);
    if (servers.isEmpty()) servers = QStringLiteral("%1 -> %2").arg(r.from, r.to);
    if (!r.gapMs) {
      gapParts << QStringLiteral("%1 no update before the loss").arg(r.instance);
      continue;
    }
    gapParts << QStringLiteral("%1 %2 ms").arg(r.instance).arg(*r.gapMs, 0, 'f', 0);
    if (std::isnan(worst) || *r.gapMs > worst) {
      worst = *r.gapMs;
      worstOf = r.instance;
    }
    if (!gapOf.contains(r.service) || *r.gapMs > gapOf[r.service]) gapOf[r.service] = *r.gapMs;
  }
  out << Measure{QStringLiteral("failover_gap"), worst, QStringLiteral("ms"), std::nullopt,
                 QStringLiteral("longest display gap across the Redis failover (%1): last update "
                                "before the loss -> first update after it, worst of %2 (%3)")
                     .arg(servers)
                     .arg(rs.size())
                     .arg(gapParts.join(QStringLiteral(", ")))};
  for (auto it = gapOf.begin(); it != gapOf.end(); ++it)
    out << Measure{QStringLiteral("failover_gap[%1]").arg(it.key()), it.value(),
                   QStringLiteral("ms"), std::nullopt,
                   QStringLiteral("longest display gap of %1 across the failover").arg(it.key())};
  out << Measure{QStringLiteral("failover_lost"), double(lost), QStringLiteral("count"),
                 std::nullopt,
                 QStringLiteral("sequence numbers the subscribers skipped across the failover "
                                "(%1)")
                     .arg(lostParts.join(QStringLiteral(", ")))};
}

}  // namespace swarmlab
