// The DESIGN.md measurements computed from a recorded run. Pure functions, no I/O.
// Definitions: docs/labfiles.md ("Measurements").
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

#include "CommandTiming.h"
#include "RunData.h"

namespace swarmlab {

/// One figure of a run, next to the 2017 paper's when there is one.
struct Measure {
  QString name;  ///< stable key, e.g. "deploy_time[subscriber@pi1]", "publish_rate_mean"
  double value = 0;
  QString unit;                      ///< "ms", "1/s", "", "count", "s"
  std::optional<double> paperValue;  ///< same unit
  QString detail;  ///< one line for humans: what exactly was measured, or why it is missing
};

/// The paper's figures (Rufino et al. 2017), in the units of our measures.
namespace paper {
inline constexpr double kPublishRate = 362;       // 1/s
inline constexpr double kUpdateRate = 220;        // 1/s
inline constexpr double kLagMs = 281;             // ms, mean display lag
inline constexpr double kDeployMs = 3890;         // ms, first deploy (laptop), "A"
inline constexpr double kMigrationStopMs = 1800;  // ms, ~1.8 s to terminate, "C"
inline constexpr double kRestartMs = 876;         // ms, "D"
}  // namespace paper

/// A new instance not started by a command of its service: restarted by its restart policy
/// after a failure, or rescheduled after node_down. Measured from the old instance's end
/// (its failed/stopped task state, stop event, or the node_down command, whichever is first)
/// to the new instance's first_message.
struct RecoveryTiming {
  QString service;
  QString oldInstance;
  QString newInstance;
  qint64 endUs = 0;
  qint64 firstMessageUs = 0;
  double ms = 0;
  QString cause;  ///< "failed (exit 137: ...)", "stopped", "node_down pi1"
};

/// A subscriber's first display update after a Sentinel failover (its `resumed` event naming
/// another Redis server than the one it lost).
struct FailoverResume {
  QString instance;
  QString service;
  QString from, to;             ///< the Redis servers (host:port) before and after
  qint64 lastUpdateUs = 0;      ///< its last display update before the loss (0: none)
  qint64 resumedUs = 0;         ///< its first display update after
  std::optional<double> gapMs;  ///< resumedUs - lastUpdateUs
  qint64 lost = 0;              ///< sequence numbers it skipped across the failover
};

/// Aggregates of one lab second over the whole lab. Seconds no agent reported are absent.
struct SecondStats {
  qint64 second = 0;
  qint64 published = 0;           ///< all publishers; meaningful only when publishData
  bool publishData = false;       ///< a publisher reported this second (else: no data, not 0)
  QMap<QString, qint64> updates;  ///< per subscriber service that reported (absent: no data)
  qint64 lagP50Us = 0, lagP99Us = 0, lagMaxUs = 0;  ///< worst subscriber of that second
  qint64 lost = 0;
};

/// The service an instance belongs to: TaskRecords first, else the instance name up to its
/// first '.' ("subscriber-2.1.3" -> "subscriber-2").
QString serviceOfInstance(const RunData& run, const QString& instance);

/// The deploy, migrate and restart commands of the run through CommandTimer::replay.
QList<CommandTiming> commandTimings(const RunData& run);
QList<RecoveryTiming> recoveries(const RunData& run);
QList<SecondStats> perSecond(const RunData& run);
QList<FailoverResume> failoverResumes(const RunData& run);
/// failover_gap (worst subscriber; failover_gap[service] each) and failover_lost; both "no
/// data" (NaN) when no failover happened in the run.
void addFailoverMeasures(const RunData& run, QList<Measure>& out);
/// Every measure of the run, in a stable order (see docs/labfiles.md).
QList<Measure> computeSummary(const RunData& run);

/// First measure with that name, or nullptr.
const Measure* findMeasure(const QList<Measure>& measures, const QString& name);

}  // namespace swarmlab

Q_DECLARE_METATYPE(swarmlab::Measure)
