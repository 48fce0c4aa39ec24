#include "Measurements.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

namespace swarmlab {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

qint64 secondOf(qint64 us) { return us / 1000000 - (us % 1000000 < 0 ? 1 : 0); }

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
double ms(qint64 us) { return double(us) / 1000.0; }

/// Everything derived from the events once: per instance its first message, stop, last update.
struct InstanceTimes {
  QString service;
  QString kind;
  QString node;
  std::optional<qint64> firstMessageUs;
  std::optional<qint64> stoppingUs;
  std::optional<qint64> stoppedUs;
  qint64 lastUpdateUs = 0;
};

class Index {
 public:
  explicit Index(const RunData& run) : run_(run) {
    for (const auto& t : run.tasks)
      if (!t.task.instance.isEmpty() && !t.task.service.isEmpty())
        serviceOf_.insert(t.task.instance, t.task.service);
    QList<AgentEvent> ev = run.events;
    std::stable_sort(ev.begin(), ev.end(),
                     [](const AgentEvent& a, const AgentEvent& b) { return a.tUs < b.tUs; });
    for (const auto& e : ev) {
      InstanceTimes& it = inst_[e.instance];
      if (it.service.isEmpty()) {
        it.service = service(e.instance);
        it.kind = e.kind;
        it.node = e.node;
        order_ << e.instance;
      }
      byInstance_[e.instance] << e;
      if (e.event == QLatin1String("first_message") && !it.firstMessageUs)
        it.firstMessageUs = e.tUs;
      if (e.event == QLatin1String("stopping") && !it.stoppingUs) it.stoppingUs = e.tUs;
      if (e.event == QLatin1String("stopped") && !it.stoppedUs) it.stoppedUs = e.tUs;
      if ((e.event == QLatin1String("stopping") || e.event == QLatin1String("stopped")) &&
          e.lastUpdateUs > 0)
        it.lastUpdateUs = std::max(it.lastUpdateUs, e.lastUpdateUs);
      agentServices_.insert(it.service);
    }
  }

  QString service(const QString& instance) const {
    auto it = serviceOf_.constFind(instance);
    if (it != serviceOf_.constEnd()) return *it;
    return instance.section(QLatin1Char('.'), 0, 0);
  }
  bool isAgentService(const QString& s) const { return agentServices_.contains(s); }
  const QHash<QString, InstanceTimes>& instances() const { return inst_; }
  QList<AgentEvent> events(const QString& instance) const { return byInstance_.value(instance); }
  const QStringList& order() const { return order_; }

 private:
  const RunData& run_;
  QHash<QString, QString> serviceOf_;
  QHash<QString, InstanceTimes> inst_;
  QStringList order_;
  QSet<QString> agentServices_;
  QHash<QString, QList<AgentEvent>> byInstance_;  ///< time order
};

QList<RecoveryTiming> findRecoveries(const RunData& run, const Index& idx,
                                     const QList<CommandTiming>& ct) {
  // First messages explained otherwise: the first instance of each service, and every instance
  // a deploy/migrate/restart command waited for. Ends already explained: old instances of
  // migrate/restart commands.
  QSet<QString> explainedNew, consumedOld;
  for (const auto& t : ct) {
    if (!t.newInstance.isEmpty())
      explainedNew.insert(t.newInstance + QLatin1Char('@') +
                          QString::number(t.firstMessageUs.value_or(0)));
    if (!t.oldInstance.isEmpty()) consumedOld.insert(t.oldInstance);
  }
  struct Fm {
    QString instance;
    qint64 t;
  };
  QMap<QString, QList<Fm>> byService;
  for (const auto& name : idx.order()) {
    const InstanceTimes& it = idx.instances()[name];
    for (const auto& e : idx.events(name))
      if (e.event == QLatin1String("first_message")) byService[it.service] << Fm{name, e.tUs};
  }
  QHash<QString, QList<TaskRecord>> tasksOf;
  for (const auto& r : run.tasks) tasksOf[r.task.instance] << r;
  QList<CommandRecord> nodeDowns;
  for (const auto& c : run.commands)
    if (c.kind == CommandKind::NodeDown) nodeDowns << c;
  // End of an instance at or before t: the earliest sign of it ending after its last start.
  const auto endOf = [&](const QString& inst, qint64 since, qint64 t,
                         QString* cause) -> std::optional<qint64> {
    std::optional<qint64> best;
    const auto consider = [&](qint64 at, const QString& why) {
      if (at < since || at > t) return;
      if (!best || at < *best) {
        best = at;
        *cause = why;
      }
    };
    for (const auto& e : idx.events(inst))
      if (e.event == QLatin1String("stopping") || e.event == QLatin1String("stopped"))
        consider(e.tUs, e.event);
    for (const TaskRecord& r : tasksOf.value(inst)) {
      if (r.task.state == TaskState::Failed)
        consider(r.tUs, QStringLiteral("failed (exit %1%2)")
                            .arg(r.task.exitCode)
                            .arg(r.task.message.isEmpty() ? QString()
                                                          : QStringLiteral(": ") + r.task.message));
      else if (r.task.state == TaskState::Stopped)
        consider(r.tUs, QStringLiteral("stopped"));
    }
    const QString node = idx.instances()[inst].node;
    for (const auto& c : nodeDowns)
      if (c.node == node) consider(c.issuedUs, QStringLiteral("node_down %1").arg(node));
    return best;
  };
  QList<RecoveryTiming> out;
  for (auto it = byService.begin(); it != byService.end(); ++it) {
    QList<Fm> fms = *it;
    std::stable_sort(fms.begin(), fms.end(), [](const Fm& a, const Fm& b) { return a.t < b.t; });
    QMap<QString, qint64> lastStart;  // instance -> its latest first_message before now
    for (int i = 0; i < fms.size(); ++i) {
      const Fm& f = fms[i];
      const bool explained =
          i == 0 || explainedNew.contains(f.instance + QLatin1Char('@') + QString::number(f.t));
      if (!explained) {
        RecoveryTiming best;
        std::optional<qint64> bestEnd;
        for (auto ls = lastStart.begin(); ls != lastStart.end(); ++ls) {
          if (consumedOld.contains(ls.key()) && ls.key() != f.instance) continue;
          QString cause;
          auto end = endOf(ls.key(), *ls, f.t, &cause);
          if (!end) continue;
          if (!bestEnd || *end > *bestEnd) {
            bestEnd = end;
            best.oldInstance = ls.key();
            best.cause = cause;
          }
        }
        if (bestEnd) {
          best.service = it.key();
          best.newInstance = f.instance;
          best.endUs = *bestEnd;
          best.firstMessageUs = f.t;
          best.ms = ms(f.t - *bestEnd);
          lastStart.remove(best.oldInstance);  // its end is explained now
          out << best;
        }
      }
      lastStart[f.instance] = f.t;
    }
  }
  std::sort(out.begin(), out.end(),
            [](const RecoveryTiming& a, const RecoveryTiming& b) { return a.endUs < b.endUs; });
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

QList<RecoveryTiming> recoveries(const RunData& run) {
  const Index idx(run);
  return findRecoveries(run, idx, commandTimings(run));
}

QList<SecondStats> perSecond(const RunData& run) {
  const Index idx(run);
  QMap<qint64, SecondStats> m;
  for (const auto& s : run.metrics) {
    SecondStats& st = m[s.second];
    st.second = s.second;
    if (s.kind == QLatin1String("publisher")) {
      st.published += s.count;
    } else if (s.kind == QLatin1String("subscriber")) {
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
  const Index idx(run);
  QList<Measure> out;
  QHash<QString, int> used;

  // Commands: deploy (A/B), migration (C), restart (D).
  const QList<CommandTiming> ct = commandTimings(run);
  int failed = 0;
  for (const auto& t : ct) {
    const CommandRecord& c = t.command;
    if (!c.ok) ++failed;
    if (!idx.isAgentService(c.service) && c.ok) continue;  // redis, webdis: no first_message
    const QString what =
        QStringLiteral("command %1 at +%2 s")
            .arg(c.id)
            .arg(run.startUs ? QString::number(ms(c.issuedUs - run.startUs) / 1000.0, 'f', 3)
                             : QStringLiteral("?"));
    const QString note = t.note.isEmpty() ? QString() : QStringLiteral("; ") + t.note;
    switch (c.kind) {
      case CommandKind::Deploy: {
        // The paper's D (876 ms) is its container started again on the device it ran on
        // before (image and layers already there); a first deploy compares with A (3.89 s).
        bool again = false;
        if (!t.newInstance.isEmpty()) {
          const InstanceTimes& ni = idx.instances()[t.newInstance];
          for (const auto& name : idx.order()) {
            const InstanceTimes& o = idx.instances()[name];
            if (name != t.newInstance && o.kind == ni.kind && o.node == c.node &&
                o.firstMessageUs && *o.firstMessageUs < c.issuedUs)
              again = true;
          }
        }
        out << Measure{
            uniqueName(used, QStringLiteral("deploy_time[%1@%2]").arg(c.service, c.node)),
            t.durationMs.value_or(kNaN), QStringLiteral("ms"),
            again ? paper::kRestartMs : paper::kDeployMs,
            QStringLiteral("deploy issued -> %1 first_message (%2)%3%4")
                .arg(t.newInstance.isEmpty() ? c.service : t.newInstance, what,
                     again ? QStringLiteral("; started again on a node it ran on: paper D")
                           : QStringLiteral("; paper A"),
                     note)};
        break;
      }
      case CommandKind::Migrate: {
        const QString key = QStringLiteral("%1->%2").arg(c.service, c.node);
        out << Measure{
            uniqueName(used, QStringLiteral("migration_stop_time[%1]").arg(key)),
            t.stopMs.value_or(kNaN), QStringLiteral("ms"), paper::kMigrationStopMs,
            QStringLiteral("migrate (%1) issued -> %2 stopped (%3)%4")
                .arg(toString(c.order),
                     t.oldInstance.isEmpty() ? QStringLiteral("old instance") : t.oldInstance, what,
                     note)};
        out << Measure{
            uniqueName(used, QStringLiteral("migration_update_gap[%1]").arg(key)),
            t.gapMs.value_or(kNaN), QStringLiteral("ms"), paper::kMigrationStopMs,
            QStringLiteral("%1 last update -> %2 first update; <= 0: no gap (%3)%4")
                .arg(t.oldInstance.isEmpty() ? QStringLiteral("old") : t.oldInstance,
                     t.newInstance.isEmpty() ? QStringLiteral("new") : t.newInstance, what, note)};
        break;
      }
      case CommandKind::Restart:
        out << Measure{uniqueName(used, QStringLiteral("restart_time[%1]").arg(c.service)),
                       t.durationMs.value_or(kNaN), QStringLiteral("ms"), paper::kRestartMs,
                       QStringLiteral("restart (%1) issued -> %2 first_message (%3)%4")
                           .arg(toString(c.order),
                                t.newInstance.isEmpty() ? c.service : t.newInstance, what, note)};
        out << Measure{
            uniqueName(used, QStringLiteral("restart_update_gap[%1]").arg(c.service)),
            t.gapMs.value_or(kNaN), QStringLiteral("ms"), std::nullopt,
            QStringLiteral("%1 last update -> %2 first update; <= 0: no gap (%3)%4")
                .arg(t.oldInstance.isEmpty() ? QStringLiteral("old") : t.oldInstance,
                     t.newInstance.isEmpty() ? QStringLiteral("new") : t.newInstance, what, note)};
        break;
      default:
        break;
    }
  }

  const QList<RecoveryTiming> rec = findRecoveries(run, idx, ct);
  for (const auto& r : rec) {
    out << Measure{
        uniqueName(used, QStringLiteral("recovery_time[%1]").arg(r.service)), r.ms,
        QStringLiteral("ms"), std::nullopt,
        QStringLiteral(
            "%1 %2 at +%3 s -> %4 first_message (no command: restart policy or rescheduling)")
            .arg(r.oldInstance, r.cause,
                 run.startUs ? QString::number(ms(r.endUs - run.startUs) / 1000.0, 'f', 3)
                             : QStringLiteral("?"),
                 r.newInstance)};
  }

  // Per-second series.
  const qint64 runFirst = run.startUs ? secondOf(run.startUs) : std::numeric_limits<qint64>::min();
  const qint64 runLast = run.endUs ? secondOf(run.endUs) : std::numeric_limits<qint64>::max();
  QMap<qint64, qint64> pub;
  QMap<QString, QMap<qint64, qint64>> upd;
  qint64 pubFirstSample = std::numeric_limits<qint64>::max(),
         pubLastSample = std::numeric_limits<qint64>::min();
  QMap<QString, std::pair<qint64, qint64>> subSpan;  // service -> first/last second with updates
  QList<std::pair<double, double>> lag50, lag99;
  qint64 lagMax = 0, lost = 0, pubFailed = 0;
  bool anyLag = false;
  for (const auto& s : run.metrics) {
    if (s.second < runFirst || s.second > runLast) continue;
    if (s.kind == QLatin1String("publisher")) {
      pub[s.second] += s.count;
      pubFailed += s.failed;
      if (s.count > 0) {
        pubFirstSample = std::min(pubFirstSample, s.second);
        pubLastSample = std::max(pubLastSample, s.second);
      }
    } else if (s.kind == QLatin1String("subscriber")) {
      const QString svc = idx.service(s.instance);
      upd[svc][s.second] += s.count;
      lost += s.lost;
      if (s.count > 0) {
        if (!subSpan.contains(svc)) subSpan.insert(svc, {s.second, s.second});
        auto& sp = subSpan[svc];
        sp.first = std::min(sp.first, s.second);
        sp.second = std::max(sp.second, s.second);
        lag50 << std::make_pair(double(s.lagP50Us), double(s.count));
        lag99 << std::make_pair(double(s.lagP99Us), double(s.count));
        lagMax = std::max(lagMax, s.lagMaxUs);
        anyLag = true;
      }
    }
  }

  // Full seconds of the publisher: strictly between the second it started publishing and the
  // last second it published in (both partial).
  QList<qint64> pubFull;
  if (pubFirstSample != std::numeric_limits<qint64>::max())
    pubFull = secondsBetween(pubFirstSample, pubLastSample, pub);
  if (!pubFull.isEmpty()) {
    double sum = 0, mn = std::numeric_limits<double>::max();
    for (qint64 s : pubFull) {
      sum += double(pub.value(s));
      mn = std::min(mn, double(pub.value(s)));
    }
    out << Measure{
        QStringLiteral("publish_rate_mean"), sum / pubFull.size(), QStringLiteral("1/s"),
        paper::kPublishRate,
        QStringLiteral("messages published per lab second, all publishers, over %1 full seconds")
            .arg(pubFull.size())};
    out << Measure{QStringLiteral("publish_rate_min"), mn, QStringLiteral("1/s"), std::nullopt,
                   QStringLiteral("lowest full second")};
  }

  // Gap windows (seconds) of each service: migrate/restart issued -> the later of old stopped
  // and new first message.
  QMap<QString, QSet<qint64>> gapSecs;
  // Windows are clamped to the seconds that have metrics, so wild timestamps (a command time
  // never converted to lab time) cannot make a loop over billions of seconds.
  qint64 metricFirst = std::numeric_limits<qint64>::max(),
         metricLast = std::numeric_limits<qint64>::min();
  for (const auto& m : run.metrics) {
    if (m.second < runFirst || m.second > runLast) continue;
    metricFirst = std::min(metricFirst, m.second);
    metricLast = std::max(metricLast, m.second);
  }
  const auto addWindow = [&](QSet<qint64>& set, qint64 fromUs, qint64 toUs) {
    const qint64 a = std::max(secondOf(fromUs), metricFirst),
                 b = std::min(secondOf(toUs), metricLast);
    if (b < a || b - a > kMaxWalkSeconds) return;  // empty, or nonsense: ignore rather than walk it
    for (qint64 s = a; s <= b; ++s) set.insert(s);
  };
  for (const auto& t : ct) {
    if (t.command.kind != CommandKind::Migrate && t.command.kind != CommandKind::Restart) continue;
    qint64 end = t.command.issuedUs;
    if (t.oldStoppedUs) end = std::max(end, *t.oldStoppedUs);
    if (t.firstMessageUs) end = std::max(end, *t.firstMessageUs);
    if (t.command.finishedUs) end = std::max(end, t.command.finishedUs);
    addWindow(gapSecs[t.command.service], t.command.issuedUs, end);
  }

  for (const auto& r : rec) addWindow(gapSecs[r.service], r.endUs, r.firstMessageUs);

  const QSet<qint64> pubFullSet(pubFull.begin(), pubFull.end());
  double ratioUpd = 0, ratioPub = 0;
  int ratioSecs = 0;
  qint64 silent = 0;
  QStringList silentDetail;
  for (auto it = subSpan.begin(); it != subSpan.end(); ++it) {
    const QString& svc = it.key();
    // The second of the service's first first_message is partial even if metrics say otherwise
    // (it may be the second before the first one with updates).
    qint64 fmSec = it->first;
    for (const auto& name : idx.order()) {
      const auto& in = idx.instances()[name];
      if (in.service == svc && in.firstMessageUs)
        fmSec = std::min(fmSec, secondOf(*in.firstMessageUs));
    }
    const qint64 first = std::clamp(fmSec, it->first - 1, it->first);
    const qint64 last = it->second;
    double sum = 0, mn = std::numeric_limits<double>::max();
    int n = 0;
    qint64 svcSilent = 0;
    for (qint64 s : secondsBetween(first, last, upd[svc])) {
      const qint64 u = upd[svc].value(s);
      if (u == 0 && pub.value(s) > 0) ++svcSilent;
      if (gapSecs.value(svc).contains(s)) continue;
      sum += double(u);
      mn = std::min(mn, double(u));
      ++n;
      if (pubFullSet.contains(s)) {
        ratioUpd += double(u);
        ratioPub += double(pub.value(s));
        ++ratioSecs;
      }
    }
    silent += svcSilent;
    if (svcSilent) silentDetail << QStringLiteral("%1: %2").arg(svc).arg(svcSilent);
    if (n > 0) {
      out << Measure{QStringLiteral("update_rate_mean[%1]").arg(svc), sum / n,
                     QStringLiteral("1/s"), paper::kUpdateRate,
                     QStringLiteral("display updates per lab second over %1 full seconds outside "
                                    "migration/restart windows")
                         .arg(n)};
      out << Measure{QStringLiteral("update_rate_min[%1]").arg(svc), mn, QStringLiteral("1/s"),
                     std::nullopt,
                     QStringLiteral("lowest full second outside migration/restart windows")};
    }
  }
  if (ratioPub > 0)
    out << Measure{QStringLiteral("update_publish_ratio"), ratioUpd / ratioPub, QString(),
                   std::nullopt,
                   QStringLiteral("display updates / messages published over %1 subscriber-seconds "
                                  "outside migration/restart windows")
                       .arg(ratioSecs)};
  if (!subSpan.isEmpty())
    out << Measure{QStringLiteral("seconds_without_updates"), double(silent), QStringLiteral("s"),
                   std::nullopt,
                   silentDetail.isEmpty()
                       ? QStringLiteral("lab seconds while a subscriber ran and messages were "
                                        "published, without a display update")
                       : silentDetail.join(QStringLiteral(", "))};
  if (anyLag) {
    out << Measure{
        QStringLiteral("lag_p50"), weightedQuantile(lag50, 0.5) / 1000.0, QStringLiteral("ms"),
        paper::kLagMs,
        QStringLiteral("update-weighted median of the per-second medians (paper: mean lag)")};
    out << Measure{
        QStringLiteral("lag_p99"), weightedQuantile(lag99, 0.99) / 1000.0, QStringLiteral("ms"),
        std::nullopt,
        QStringLiteral("update-weighted 99th percentile of the per-second 99th percentiles")};
    out << Measure{QStringLiteral("lag_max"), ms(lagMax), QStringLiteral("ms"), std::nullopt,
                   QStringLiteral("largest lag of any display update")};
  }
  if (!upd.isEmpty())
    out << Measure{QStringLiteral("lost_total"), double(lost), QStringLiteral("count"),
                   std::nullopt,
                   QStringLiteral("sequence numbers a subscriber never saw while running")};
  if (!pub.isEmpty())
    out << Measure{QStringLiteral("publish_failed_total"), double(pubFailed),
                   QStringLiteral("count"), std::nullopt,
                   QStringLiteral("messages the publisher could not publish")};
  if (failed)
    out << Measure{QStringLiteral("commands_failed"), double(failed), QStringLiteral("count"),
                   std::nullopt, QStringLiteral("deploy/migrate/restart commands that failed")};
  return out;
}

const Measure* findMeasure(const QList<Measure>& measures, const QString& name) {
  for (const auto& m : measures)
    if (m.name == name) return &m;
  return nullptr;
}

}  // namespace swarmlab
