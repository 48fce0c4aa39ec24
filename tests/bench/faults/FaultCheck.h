// What one fault did to a lab, judged from the agents' own --log rows and the run as recorded
// (bench_faults: the embedded lab and Swarm share it). One row of the benchmark's table.
#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

#include "LabTypes.h"
#include "RunData.h"

namespace swarmlab::bench {

/// One agent's --log CSV, read back: its rows' seq and the lab time of each row (publisher:
/// published at; subscriber: the display changed at, t_us + lag_us, and the message's t_us).
struct AgentLog {
  QString instance;
  bool subscriber = false;  ///< its header has lag_us
  struct Row {
    quint64 seq;
    qint64 atUs;
    qint64 msgUs;
  };
  QList<Row> rows;
};

/// Parses a --log text (header "seq,t_us[,lag_us]", then rows; other lines are skipped).
AgentLog parseAgentLog(const QString& instance, const QByteArray& csv);
/// The file <dir>/<instance>.csv (the embedded lab's ${instance} name).
AgentLog readAgentLog(const QString& path);

/// The lab with its publisher and subscriber templates writing --log to `logPath` (may hold
/// ${instance}); with `failover`, those templates are placed "failover".
Lab withAgentLogs(Lab lab, const QString& logPath, bool failover);

/// One fault's row.
struct FaultRow {
  QString fault;
  std::optional<double> recoveryMs;
  QString recorded;  ///< the run's recovery_time[service] measures
  qint64 notPublished = 0;
  qint64 lost = 0;
  QString recordedVsObserved;
  QString note;
};

/// The instances a fault ended: `ended` (their display updates are not the recovery), of which
/// `killed` were SIGKILLed (their last second is left out of recorded = observed on both sides:
/// their log and their metrics both end within it).
struct Ended {
  QSet<QString> ended, killed;
};

/// Fills recovery (faultUs -> the first display update, by an instance the fault did not end,
/// showing a message published after it), messages not published (failed + periods of periodUs
/// with no publisher running; a killed publisher counts as running until faultUs), updates lost,
/// recorded = observed (per instance and lab second) and the recorded recovery_time.
void evaluate(const RunData& run, const QList<AgentLog>& logs, const Ended& ended, qint64 faultUs,
              qint64 periodUs, FaultRow* row);

void printHeader();
void printRow(const FaultRow& r);
void printSkipped(const QString& fault, const QString& why);

}  // namespace swarmlab::bench
