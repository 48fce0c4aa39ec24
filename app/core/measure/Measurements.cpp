#include "Measurements.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

#include "RunIndex.h"
#include "WireNames.h"

namespace swarmlab {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 kNoSecond = std::numeric_limits<qint64>::max();

/// Runs longer than this are not walked second by second (a corrupt sample far away in time
/// must not make us allocate billions of seconds); only seconds with samples count then.
constexpr qint64 kMaxWalkSeconds = 31LL * 86400;

/// The seconds strictly between first and last: every one when the span is sane, else only
/// those in `present`.
template <typename Map>
QList<qint64> secondsBetween(qint64 first, qint64 last, const Map& present) {
  QList<qint64> out;
  if (last - first <= 1) return out;
  if (last - first <= kMaxWalkSeconds) {
    for (qint64 s = first + 1; s < last; ++s) out << s;
  } else {
    for (auto it = present.lowerBound(first + 1); it != present.end() && it.key() < last; ++it)
      out << it.key();
  }
  return out;
}

double weightedQuantile(QList<std::pair<double, double>> vw, double q) {
  if (vw.isEmpty()) return kNaN;
  std::sort(vw.begin(), vw.end());
  double total = 0;
  for (const auto& p : vw) total += p.second;
  if (total <= 0) return vw.last().first;
  const double target = q * total;
  double acc = 0;
  for (const auto& p : vw) {
    acc += p.second;
    if (acc >= target) return p.first;
  }
  return vw.last().first;
}

/// base, then base#2, base#3, ... (used counts the names given per base).
QString uniqueName(QHash<QString, int>& used, const QString& base) {
  const int n = ++used[base];
  return n == 1 ? base : QStringLiteral("%1#%2").arg(base).arg(n);
}

QString orElse(const QString& s, const QString& fallback) { return s.isEmpty() ? fallback : s; }

/// "+12.345 s" after the run start, "?" without one.
QString sinceStart(const RunData& run, qint64 us) {
  return run.startUs ? QString::number(msOf(us - run.startUs) / 1000.0, 'f', 3)
                     : QStringLiteral("?");
}

/// The paper's D (876 ms) is its container started again on the device it ran on before
/// (image and layers already there); a first deploy compares with A (3.89 s).
bool startedAgain(const RunIndex& idx, const CommandTiming& t) {
  if (t.newInstance.isEmpty()) return false;
  const InstanceTimes& ni = idx.instance(t.newInstance);
  for (const auto& name : idx.order()) {
    const InstanceTimes& o = idx.instance(name);
    if (name != t.newInstance && o.kind == ni.kind && o.node == t.command.node &&
        o.firstMessageUs && *o.firstMessageUs < t.command.issuedUs)
      return true;
  }
  return false;
}

/// Deploy (A/B), migration (C) and restart (D) figures of one command.
void addCommandMeasures(const RunData& run, const RunIndex& idx, const CommandTiming& t,
                        QHash<QString, int>& used, QList<Measure>& out) {
  const CommandRecord& c = t.command;
  const QString what =
      QStringLiteral("command %1 at +%2 s").arg(c.id).arg(sinceStart(run, c.issuedUs));
  const QString note = t.note.isEmpty() ? QString() : QStringLiteral("; ") + t.note;
  const QString oldName = orElse(t.oldInstance, QStringLiteral("old"));
  const QString newName = orElse(t.newInstance, QStringLiteral("new"));
  const auto step = t.seqStep();
  const QString handover =
      step ? QStringLiteral("; clock messages: %1 last seq %2, %3 first seq %4 (%5)")
                 .arg(oldName)
                 .arg(*t.oldLastSeq)
                 .arg(newName)
                 .arg(*t.newFirstSeq)
                 .arg(*step <= 1 ? QStringLiteral("none missed")
                                 : QStringLiteral("%1 missed").arg(*step - 1))
           : QString();
  const QString gapDetail =
      QStringLiteral("%1 last update -> %2 first update; <= 0: no gap (%3)%4%5")
          .arg(oldName, newName, what, handover, note);
  const QString ms = QStringLiteral("ms");
  if (c.kind == CommandKind::Deploy) {
    const bool again = startedAgain(idx, t);
    out << Measure{uniqueName(used, QStringLiteral("deploy_time[%1@%2]").arg(c.service, c.node)),
                   t.durationMs.value_or(kNaN), ms, again ? paper::kRestartMs : paper::kDeployMs,
                   QStringLiteral("deploy issued -> %1 first_message (%2)%3%4")
                       .arg(orElse(t.newInstance, c.service), what,
                            again ? QStringLiteral("; started again on a node it ran on: paper D")
                                  : QStringLiteral("; paper A"),
                            note)};
  } else if (c.kind == CommandKind::Migrate) {
    const QString key = QStringLiteral("%1->%2").arg(c.service, c.node);
    out << Measure{uniqueName(used, QStringLiteral("migration_stop_time[%1]").arg(key)),
                   t.stopMs.value_or(kNaN), ms, paper::kMigrationStopMs,
                   QStringLiteral("migrate (%1) issued -> %2 stopped (%3)%4")
                       .arg(toString(c.order),
                            orElse(t.oldInstance, QStringLiteral("old instance")), what, note)};
    out << Measure{uniqueName(used, QStringLiteral("migration_update_gap[%1]").arg(key)),
                   t.gapMs.value_or(kNaN), ms, paper::kMigrationStopMs, gapDetail};
  } else if (c.kind == CommandKind::Restart) {
    out << Measure{uniqueName(used, QStringLiteral("restart_time[%1]").arg(c.service)),
                   t.durationMs.value_or(kNaN), ms, paper::kRestartMs,
                   QStringLiteral("restart (%1) issued -> %2 first_message (%3)%4")
                       .arg(toString(c.order), orElse(t.newInstance, c.service), what, note)};
    out << Measure{uniqueName(used, QStringLiteral("restart_update_gap[%1]").arg(c.service)),
                   t.gapMs.value_or(kNaN), ms, std::nullopt, gapDetail};
  }
}

void addRecoveryMeasures(const RunData& run, const QList<RecoveryTiming>& rec,
                         QHash<QString, int>& used, QList<Measure>& out) {
  for (const auto& r : rec) {
    // A service without agents (the lab's Redis) recovers when its task runs again.
    const bool agent = std::any_of(run.events.begin(), run.events.end(), [&](const AgentEvent& e) {
      return e.instance == r.newInstance && e.event == wirenames::kFirstMessage;
    });
    out << Measure{
        uniqueName(used, QStringLiteral("recovery_time[%1]").arg(r.service)), r.ms,
        QStringLiteral("ms"), std::nullopt,
        QStringLiteral("%1 %2 at +%3 s -> %4 %5 (no command: restart policy or rescheduling)")
            .arg(r.oldInstance, r.cause, sinceStart(run, r.endUs), r.newInstance,
                 agent ? QStringLiteral("first_message") : QStringLiteral("running"))};
  }
}

/// The run's metrics per lab second, within the run.
struct Series {
  QMap<qint64, qint64> pub;          ///< second -> messages published, all publishers (key: data)
  QMap<qint64, qint64> pubFailedAt;  ///< second -> messages the publishers could not publish
  QMap<QString, QMap<qint64, qint64>> upd;  ///< service -> second -> display updates
  qint64 pubFirst = kNoSecond, pubLast = std::numeric_limits<qint64>::min();
  QMap<QString, std::pair<qint64, qint64>> subSpan;  ///< service -> first/last second with updates
  QList<std::pair<double, double>> lag50, lag99;     ///< (per-second quantile, its updates)
  qint64 lagMax = 0, lost = 0, pubFailed = 0;
  qint64 droppedS = 0;  ///< seconds agents reported as dropped (dropped_s): no data
  bool anyLag = false;
  qint64 metricFirst = kNoSecond, metricLast = std::numeric_limits<qint64>::min();
};

Series collectSeries(const RunData& run, const RunIndex& idx) {
  const qint64 runFirst = run.startUs ? secondOf(run.startUs) : std::numeric_limits<qint64>::min();
  const qint64 runLast = run.endUs ? secondOf(run.endUs) : std::numeric_limits<qint64>::max();
  Series s;
  for (const auto& m : run.metrics) {
    if (m.second < runFirst || m.second > runLast) continue;
    s.metricFirst = std::min(s.metricFirst, m.second);
    s.metricLast = std::max(s.metricLast, m.second);
    s.droppedS += m.droppedS;
    if (m.kind == wirenames::kPublisher) {
      s.pub[m.second] += m.count;
      s.pubFailedAt[m.second] += m.failed;
      s.pubFailed += m.failed;
      if (m.count > 0) {
        s.pubFirst = std::min(s.pubFirst, m.second);
        s.pubLast = std::max(s.pubLast, m.second);
      }
    } else if (m.kind == wirenames::kSubscriber) {
      const QString svc = idx.service(m.instance);
      s.upd[svc][m.second] += m.count;
      s.lost += m.lost;
      if (m.count <= 0) continue;
      if (!s.subSpan.contains(svc)) s.subSpan.insert(svc, {m.second, m.second});
      auto& sp = s.subSpan[svc];
      sp.first = std::min(sp.first, m.second);
      sp.second = std::max(sp.second, m.second);
      s.lag50 << std::make_pair(double(m.lagP50Us), double(m.count));
      s.lag99 << std::make_pair(double(m.lagP99Us), double(m.count));
      s.lagMax = std::max(s.lagMax, m.lagMaxUs);
      s.anyLag = true;
    }
  }
  return s;
}

/// Full seconds of the publisher: strictly between the second it started publishing and the
/// last second it published in (both partial). Adds the publish rate; returns those seconds.
QList<qint64> addPublishMeasures(const Series& s, QList<Measure>& out) {
  QList<qint64> full;
  if (s.pubFirst != kNoSecond) full = secondsBetween(s.pubFirst, s.pubLast, s.pub);
  // A second no publisher reported is no data, not a rate of 0.
  const qsizetype spanned = full.size();
  full.removeIf([&](qint64 sec) { return !s.pub.contains(sec); });
  const QString noData =
      spanned > full.size()
          ? QStringLiteral(" (%1 seconds with no data left out)").arg(spanned - full.size())
          : QString();
  if (full.isEmpty()) return full;
  double sum = 0, mn = std::numeric_limits<double>::max();
  for (qint64 sec : full) {
    sum += double(s.pub.value(sec));
    mn = std::min(mn, double(s.pub.value(sec)));
  }
  out << Measure{
      QStringLiteral("publish_rate_mean"), sum / full.size(), QStringLiteral("1/s"),
      paper::kPublishRate,
      QStringLiteral("messages published per lab second, all publishers, over %1 full seconds%2")
          .arg(full.size())
          .arg(noData)};
  out << Measure{QStringLiteral("publish_rate_min"), mn, QStringLiteral("1/s"), std::nullopt,
                 QStringLiteral("lowest full second")};
  return full;
}

/// Seconds of each service inside a migrate/restart window (issued -> the later of old stopped,
/// new first message and the command's end) or a recovery window. Windows are clamped to the
/// seconds that have metrics, so wild timestamps (a command time never converted to lab time)
/// cannot make a loop over billions of seconds.
QMap<QString, QSet<qint64>> gapWindows(const QList<CommandTiming>& ct,
                                       const QList<RecoveryTiming>& rec, const Series& s) {
  QMap<QString, QSet<qint64>> gaps;
  const auto add = [&](QSet<qint64>& set, qint64 fromUs, qint64 toUs) {
    const qint64 a = std::max(secondOf(fromUs), s.metricFirst),
                 b = std::min(secondOf(toUs), s.metricLast);
    if (b < a || b - a > kMaxWalkSeconds) return;  // empty, or nonsense: ignore rather than walk it
    for (qint64 sec = a; sec <= b; ++sec) set.insert(sec);
  };
  for (const auto& t : ct) {
    if (t.command.kind != CommandKind::Migrate && t.command.kind != CommandKind::Restart) continue;
    qint64 end = t.command.issuedUs;
    if (t.command.finishedUs) end = std::max(end, t.command.finishedUs);
    if (t.oldStoppedUs) end = std::max(end, *t.oldStoppedUs);
    if (t.firstMessageUs) end = std::max(end, *t.firstMessageUs);
    add(gaps[t.command.service], t.command.issuedUs, end);
  }
  for (const auto& r : rec) add(gaps[r.service], r.endUs, r.firstMessageUs);
  return gaps;
}

/// Whether the publishers tried to publish in that second: they sent or failed something, or
/// did not report it (no data). Only an explicit "nothing to send" excuses a second without
/// display updates.
bool publisherTried(const Series& s, qint64 sec) {
  return !s.pub.contains(sec) || s.pub.value(sec) > 0 || s.pubFailedAt.value(sec) > 0;
}

/// When each service's instances ended (stopping/stopped events, task stopped/failed/rejected).
QHash<QString, QList<qint64>> serviceEndings(const RunData& run, const RunIndex& idx) {
  QHash<QString, QList<qint64>> out;
  for (const auto& name : idx.order())
    for (const auto& e : idx.events(name))
      if (e.event == wirenames::kStopping || e.event == wirenames::kStopped)
        out[idx.service(name)] << e.tUs;
  for (const auto& t : run.tasks)
    if (t.task.state == TaskState::Stopping || t.task.state == TaskState::Stopped ||
        t.task.state == TaskState::Failed || t.task.state == TaskState::Rejected)
      out[t.task.service.isEmpty() ? idx.service(t.task.instance) : t.task.service] << t.tUs;
  return out;
}

/// Seconds a service without updates stayed deployed after its last update: up to its last
/// instance's end (a migrated service's new instance counts), else the run's end (Redis away
/// for good: no data until the end).
QList<qint64> trailingSeconds(const RunData& run, const QList<qint64>& endings, qint64 lastSec) {
  if (!run.endUs) return {};
  qint64 end = secondOf(run.endUs);
  if (!endings.isEmpty()) {
    const qint64 last = *std::max_element(endings.begin(), endings.end());
    if (last >= lastSec * 1000000) end = std::min(end, secondOf(last));
  }
  QList<qint64> out;
  for (qint64 sec = lastSec + 1; sec < end && sec - lastSec <= kMaxWalkSeconds; ++sec) out << sec;
  return out;
}

/// One subscriber service's silent seconds (no update while the publishers tried, or no data).
struct Silence {
  qint64 seconds = 0, noData = 0;
};

/// Update rate and its ratio to the publish rate outside the gap windows, and the seconds
/// without any display update while messages were published (or no data came at all).
void addUpdateMeasures(const RunData& run, const RunIndex& idx, const Series& s,
                       const QList<qint64>& pubFull, const QMap<QString, QSet<qint64>>& gaps,
                       QList<Measure>& out) {
  const QSet<qint64> pubFullSet(pubFull.begin(), pubFull.end());
  const QHash<QString, QList<qint64>> endings = serviceEndings(run, idx);
  double ratioUpd = 0, ratioPub = 0;
  int ratioSecs = 0;
  Silence total;
  QStringList silentDetail;
  for (auto it = s.subSpan.begin(); it != s.subSpan.end(); ++it) {
    const QString& svc = it.key();
    const QMap<qint64, qint64> upd = s.upd.value(svc);
    // The second of the service's first first_message is partial even if metrics say otherwise
    // (it may be the second before the first one with updates).
    qint64 fmSec = it->first;
    for (const auto& name : idx.order()) {
      const auto& in = idx.instance(name);
      if (in.service == svc && in.firstMessageUs)
        fmSec = std::min(fmSec, secondOf(*in.firstMessageUs));
    }
    double sum = 0, mn = std::numeric_limits<double>::max();
    int n = 0;
    Silence sil;
    const auto silent = [&](qint64 sec) {
      const bool data = upd.contains(sec);
      if (upd.value(sec) > 0 || (data && !publisherTried(s, sec))) return;
      ++sil.seconds;
      if (!data) ++sil.noData;
    };
    for (qint64 sec :
         secondsBetween(std::clamp(fmSec, it->first - 1, it->first), it->second, upd)) {
      silent(sec);
      // No data is not a rate of 0: such seconds are left out of the rates.
      if (!upd.contains(sec) || gaps.value(svc).contains(sec)) continue;
      const qint64 u = upd.value(sec);
      sum += double(u);
      mn = std::min(mn, double(u));
      ++n;
      if (!pubFullSet.contains(sec)) continue;
      ratioUpd += double(u);
      ratioPub += double(s.pub.value(sec));
      ++ratioSecs;
    }
    for (qint64 sec : trailingSeconds(run, endings.value(svc), it->second)) silent(sec);
    total.seconds += sil.seconds;
    total.noData += sil.noData;
    if (sil.seconds)
      silentDetail << (sil.noData ? QStringLiteral("%1: %2 (%3 with no data)")
                                        .arg(svc)
                                        .arg(sil.seconds)
                                        .arg(sil.noData)
                                  : QStringLiteral("%1: %2").arg(svc).arg(sil.seconds));
    if (n == 0) continue;
    out << Measure{QStringLiteral("update_rate_mean[%1]").arg(svc), sum / n, QStringLiteral("1/s"),
                   paper::kUpdateRate,
                   QStringLiteral("display updates per lab second over %1 full seconds outside "
                                  "migration/restart windows, seconds with no data left out")
                       .arg(n)};
    out << Measure{QStringLiteral("update_rate_min[%1]").arg(svc), mn, QStringLiteral("1/s"),
                   std::nullopt,
                   QStringLiteral("lowest full second outside migration/restart windows")};
  }
  if (ratioPub > 0)
    out << Measure{QStringLiteral("update_publish_ratio"), ratioUpd / ratioPub, QString(),
                   std::nullopt,
                   QStringLiteral("display updates / messages published over %1 subscriber-seconds "
                                  "outside migration/restart windows")
                       .arg(ratioSecs)};
  if (!s.subSpan.isEmpty())
    out << Measure{QStringLiteral("seconds_without_updates"), double(total.seconds),
                   QStringLiteral("s"), std::nullopt,
                   silentDetail.isEmpty()
                       ? QStringLiteral("lab seconds while a subscriber was deployed and messages "
                                        "were published (or no data came), without a display "
                                        "update")
                       : silentDetail.join(QStringLiteral(", "))};
}

void addLagAndCounts(const Series& s, int failed, QList<Measure>& out) {
  if (s.anyLag) {
    out << Measure{
        QStringLiteral("lag_p50"), weightedQuantile(s.lag50, 0.5) / 1000.0, QStringLiteral("ms"),
        paper::kLagMs,
        QStringLiteral("update-weighted median of the per-second medians (paper: mean lag)")};
    out << Measure{
        QStringLiteral("lag_p99"), weightedQuantile(s.lag99, 0.99) / 1000.0, QStringLiteral("ms"),
        std::nullopt,
        QStringLiteral("update-weighted 99th percentile of the per-second 99th percentiles")};
    out << Measure{QStringLiteral("lag_max"), msOf(s.lagMax), QStringLiteral("ms"), std::nullopt,
                   QStringLiteral("largest lag of any display update")};
  }
  // Counts cover the seconds reported: say so when agents dropped some.
  const QString dropped = s.droppedS
                              ? QStringLiteral(
                                    "; %1 agent-seconds dropped by the agents (no data): at least "
                                    "this many")
                                    .arg(s.droppedS)
                              : QString();
  if (!s.upd.isEmpty())
    out << Measure{QStringLiteral("lost_total"), double(s.lost), QStringLiteral("count"),
                   std::nullopt,
                   QStringLiteral("sequence numbers a subscriber never saw while running, "
                                  "Redis outages included%1")
                       .arg(dropped)};
  if (!s.pub.isEmpty())
    out << Measure{QStringLiteral("publish_failed_total"), double(s.pubFailed),
                   QStringLiteral("count"), std::nullopt,
                   QStringLiteral("messages the publisher could not publish, Redis outages "
                                  "included%1")
                       .arg(dropped)};
  if (failed)
    out << Measure{QStringLiteral("commands_failed"), double(failed), QStringLiteral("count"),
                   std::nullopt, QStringLiteral("deploy/migrate/restart commands that failed")};
}

}  // namespace

QString serviceOfInstance(const RunData& run, const QString& instance) {
  for (const auto& t : run.tasks)
    if (t.task.instance == instance && !t.task.service.isEmpty()) return t.task.service;
  return instance.section(QLatin1Char('.'), 0, 0);
}

QList<CommandTiming> commandTimings(const RunData& run) {
  QList<CommandTiming> out = CommandTimer::replay(run);
  out.removeIf([](const CommandTiming& t) {
    const CommandKind k = t.command.kind;
    return k != CommandKind::Deploy && k != CommandKind::Migrate && k != CommandKind::Restart;
  });
  return out;
}

QList<SecondStats> perSecond(const RunData& run) {
  const RunIndex idx(run);
  QMap<qint64, SecondStats> m;
  for (const auto& s : run.metrics) {
    SecondStats& st = m[s.second];
    st.second = s.second;
    if (s.kind == wirenames::kPublisher) {
      st.published += s.count;
      st.publishData = true;
    } else if (s.kind == wirenames::kSubscriber) {
      st.updates[idx.service(s.instance)] += s.count;
      st.lagP50Us = std::max(st.lagP50Us, s.lagP50Us);
      st.lagP99Us = std::max(st.lagP99Us, s.lagP99Us);
      st.lagMaxUs = std::max(st.lagMaxUs, s.lagMaxUs);
      st.lost += s.lost;
    }
  }
  return m.values();
}

QList<Measure> computeSummary(const RunData& run) {
  const RunIndex idx(run);
  QList<Measure> out;
  if (run.interrupted)
    out << Measure{QStringLiteral("run_interrupted"), 1, QString(), std::nullopt,
                   QStringLiteral("the run did not finish (stopped early, or its recorder was "
                                  "killed): the figures cover +0 to +%1 s")
                       .arg(sinceStart(run, run.endUs))};
  QHash<QString, int> used;
  const QList<CommandTiming> ct = commandTimings(run);
  int failed = 0;
  for (const auto& t : ct) {
    if (!t.command.ok) ++failed;
    // redis, webdis: no first_message, nothing to measure when it went well
    if (t.command.ok && !idx.isAgentService(t.command.service)) continue;
    addCommandMeasures(run, idx, t, used, out);
  }
  const QList<RecoveryTiming> rec = findRecoveries(run, idx, ct);
  addRecoveryMeasures(run, rec, used, out);
  const Series series = collectSeries(run, idx);
  const QList<qint64> pubFull = addPublishMeasures(series, out);
  addUpdateMeasures(run, idx, series, pubFull, gapWindows(ct, rec, series), out);
  addLagAndCounts(series, failed, out);
  addFailoverMeasures(run, out);
  return out;
}

const Measure* findMeasure(const QList<Measure>& measures, const QString& name) {
  for (const auto& m : measures)
    if (m.name == name) return &m;
  return nullptr;
}

}  // namespace swarmlab
