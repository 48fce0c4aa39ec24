#include "FaultCheck.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "Measurements.h"
#include "WireNames.h"

namespace swarmlab::bench {

namespace {

QTextStream& out() {
  static QTextStream s(stdout);
  return s;
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

struct Agreement {
  int seconds = 0, differ = 0;
  qint64 recorded = 0, observed = 0, failedRecorded = 0, failedObserved = 0;
  QStringList unlogged;  ///< instances recorded with no --log to compare with
  QStringList details;   ///< "instance second S: recorded c/l, observed c/l" per differing second
};

/// Per second: messages or updates and lost; the publisher's failed as a total (its log shows
/// them only as numbers skipped before the next message, maybe in a later second). Seconds
/// from `before` on are left out (0: none).
void agree(const QString& instance, const PerSecond& r, const PerSecond& o, qint64 before,
           Agreement* g) {
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
    if (a.count == b.count && a.lost == b.lost) continue;
    ++g->differ;
    g->details << QStringLiteral("%1 second %2: recorded %3 (+%4 lost), observed %5 (+%6 lost)")
                      .arg(instance)
                      .arg(s)
                      .arg(a.count)
                      .arg(a.lost)
                      .arg(b.count)
                      .arg(b.lost);
  }
}

QString verdict(const Agreement& g) {
  if (g.differ == 0 && g.failedRecorded == g.failedObserved && g.unlogged.isEmpty())
    return QStringLiteral("yes (%1 s, %2 failed)").arg(g.seconds).arg(g.failedRecorded);
  QString s = QStringLiteral(
                  "NO: %1 of %2 s differ (recorded %3, observed %4); failed recorded %5, "
                  "observed %6")
                  .arg(g.differ)
                  .arg(g.seconds)
                  .arg(g.recorded)
                  .arg(g.observed)
                  .arg(g.failedRecorded)
                  .arg(g.failedObserved);
  if (!g.unlogged.isEmpty())
    s += QStringLiteral("; no log of ") + g.unlogged.join(QLatin1String(", "));
  return s;
}

/// Recovery, messages not published and updates lost, from the agents' own logs.
void measureRecovery(const QList<AgentLog>& logs, const Ended& fault, qint64 faultUs,
                     qint64 periodUs, FaultRow* row) {
  const QSet<QString>& ended = fault.ended;
  const QSet<QString>& killed = fault.killed;
  std::optional<qint64> firstAfter;
  QList<const AgentLog*> pubs;
  for (const auto& log : logs) {
    if (!log.subscriber) {
      if (!log.rows.isEmpty()) pubs << &log;
      continue;
    }
    for (const auto& r : log.rows) {
      if (!ended.contains(log.instance) && r.msgUs > faultUs &&
          (!firstAfter || r.atUs < *firstAfter))
        firstAfter = r.atUs;
    }
    for (const auto& [_, c] : observed(log)) row->lost += c.lost;
  }
  if (firstAfter) row->recoveryMs = (*firstAfter - faultUs) / 1000.0;
  std::sort(pubs.begin(), pubs.end(), [](const AgentLog* a, const AgentLog* b) {
    return a->rows.first().atUs < b->rows.first().atUs;
  });
  for (int i = 0; i < pubs.size(); ++i) {
    for (const auto& [_, c] : observed(*pubs[i])) row->notPublished += c.failed;
    // The periods with no publisher running: from one's end to the next one's first message.
    // A SIGKILLed publisher ran until the fault: its log lacks what it had not flushed yet.
    if (i == 0) continue;
    const AgentLog& prev = *pubs[i - 1];
    const qint64 end = killed.contains(prev.instance) ? qMax(prev.rows.last().atUs, faultUs)
                                                      : prev.rows.last().atUs;
    row->notPublished += qMax<qint64>(0, (pubs[i]->rows.first().atUs - end) / periodUs - 1);
  }
}

}  // namespace

Lab withAgentLogs(Lab lab, const QString& logPath, bool failover) {
  for (auto& t : lab.templates) {
    if (t.kind != wirenames::kPublisher && t.kind != wirenames::kSubscriber) continue;
    t.env.insert(QStringLiteral("SWARMLAB_LOG"), logPath);
    if (failover) t.placement = Placement::Failover;
  }
  return lab;
}

AgentLog parseAgentLog(const QString& instance, const QByteArray& csv) {
  AgentLog log;
  log.instance = instance;
  for (const QByteArray& line : csv.split('\n')) {
    const QList<QByteArray> c = line.trimmed().split(',');
    if (c.size() < 2) continue;
    if (c[0] == "seq") {
      log.subscriber = c.size() > 2;
      continue;
    }
    bool ok = false;
    const quint64 seq = c[0].toULongLong(&ok);
    const qint64 t = c[1].toLongLong();
    if (ok) log.rows.append({seq, c.size() > 2 ? t + c[2].toLongLong() : t, t});
  }
  return log;
}

AgentLog readAgentLog(const QString& path) {
  QFile f(path);
  const QString instance = QFileInfo(path).completeBaseName();
  if (!f.open(QIODevice::ReadOnly)) return AgentLog{instance, false, {}};
  return parseAgentLog(instance, f.readAll());
}

void evaluate(const RunData& run, const QList<AgentLog>& logs, const Ended& ended, qint64 faultUs,
              qint64 periodUs, FaultRow* row) {
  QStringList rt;
  for (const auto& r : recoveries(run))
    rt << QStringLiteral("%1 %2 ms").arg(r.service).arg(r.ms, 0, 'f', 1);
  row->recorded = rt.isEmpty() ? QStringLiteral("none") : rt.join(QStringLiteral(", "));
  std::map<QString, PerSecond> recorded;
  for (const auto& m : run.metrics) {
    Counts& c = recorded[m.instance][m.second];
    c.count += m.count;
    c.failed += m.failed;
    c.lost += m.lost;
  }
  measureRecovery(logs, ended, faultUs, periodUs, row);
  Agreement all;
  QSet<QString> logged;
  for (const auto& log : logs) {
    logged.insert(log.instance);
    // A SIGKILLed agent's log and metrics both end within its last second: compare before it.
    const qint64 last = log.rows.isEmpty() ? 0 : secondOf(log.rows.last().atUs);
    agree(log.instance, recorded[log.instance], observed(log),
          ended.killed.contains(log.instance) ? last : 0, &all);
  }
  for (const auto& [instance, seconds] : recorded)
    if (!logged.contains(instance) && !seconds.empty()) all.unlogged << instance;
  row->recordedVsObserved = verdict(all);
  for (const auto& d : std::as_const(all.details))
    std::fprintf(stderr, "bench_faults: %s: %s\n", qPrintable(row->fault), qPrintable(d));
  for (const auto& [instance, seconds] : recorded)
    if (all.unlogged.contains(instance))
      std::fprintf(stderr, "bench_faults: %s: %s recorded in seconds %lld..%lld, no log\n",
                   qPrintable(row->fault), qPrintable(instance), seconds.begin()->first,
                   seconds.rbegin()->first);
}

void printHeader() {
  out() << "fault                      | recovery     | not published | updates lost | "
           "recorded = observed | recorded recovery_time"
        << Qt::endl;
}

void printRow(const FaultRow& r) {
  auto cell = [](const QString& s, int w) { return s.leftJustified(w); };
  out() << cell(r.fault, 26) << " | "
        << cell(r.recoveryMs ? QString::number(*r.recoveryMs, 'f', 1) + QStringLiteral(" ms")
                             : QStringLiteral("no data"),
                12)
        << " | " << cell(QString::number(r.notPublished), 13) << " | "
        << cell(QString::number(r.lost), 12) << " | " << r.recordedVsObserved << " | recovery_time "
        << r.recorded
        << (r.note.isEmpty() ? QString() : QStringLiteral(" (") + r.note + QLatin1Char(')'))
        << Qt::endl;
}

void printSkipped(const QString& fault, const QString& why) {
  out() << fault.leftJustified(26) << " | skipped: " << why << Qt::endl;
}

}  // namespace swarmlab::bench
