// What a run records (filled by the Recorder, read by Measurements, CsvExport and the console).
// All times are lab time (the Redis server's clock), microseconds since the epoch, unless
// stated otherwise.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

#include "LabTypes.h"
#include "Orchestrator.h"

namespace swarmlab {

/// One entry of the metrics stream: one agent, one lab second.
struct MetricSample {
  qint64 second = 0;  ///< lab second (epoch seconds)
  QString kind;       ///< "publisher", "subscriber"
  QString instance;
  QString node;
  qint64 count = 0;   ///< messages published / display updates in that second
  qint64 failed = 0;  ///< publisher: messages it could not publish
  qint64 lagP50Us = 0, lagP99Us = 0, lagMaxUs = 0;  ///< subscriber only
  qint64 lost = 0;                                  ///< subscriber: sequence numbers never seen
  /// The agent's bounded buffer overflowed while Redis was away: the droppedS seconds before
  /// `second` have no data from this instance ("no data", never 0).
  qint64 droppedS = 0;
};

/// One entry of the events stream.
struct AgentEvent {
  qint64 tUs = 0;
  QString kind;
  QString instance;
  QString node;
  QString event;  ///< started, first_message, redis_lost, redis_back, stopping, stopped
  QString detail;
  qint64 lastUpdateUs = 0;  ///< subscriber stopping/stopped: its last display update, 0 if none
  /// subscriber first_message: the seq of the first clock message it showed; stopping/stopped:
  /// of the last one (wire::field::kSeq). None: not sent (no update yet, or an older agent).
  std::optional<quint64> seq;
};

/// An orchestrator command as issued and finished (times converted to lab time).
struct CommandRecord {
  quint64 id = 0;
  CommandKind kind = CommandKind::Deploy;
  QString service;
  QString node;
  UpdateOrder order = UpdateOrder::StopFirst;
  qint64 issuedUs = 0;
  qint64 finishedUs = 0;  ///< 0 = never finished
  bool ok = false;
  QString error;
};

/// A task state change (tUs: lab time; task.tUs keeps the backend's own timestamp).
struct TaskRecord {
  qint64 tUs = 0;
  TaskInfo task;
};

struct RunData {
  QString timelineName;
  QString backend;  ///< "local", "swarm"
  qint64 startUs = 0;
  qint64 endUs = 0;
  /// The run did not finish its timeline: stopped early, or rebuilt from the journal of a
  /// recorder that was killed (docs/runs.md).
  bool interrupted = false;
  QList<MetricSample> metrics;
  QList<AgentEvent> events;
  QList<CommandRecord> commands;
  QList<TaskRecord> tasks;
};

}  // namespace swarmlab

Q_DECLARE_METATYPE(swarmlab::MetricSample)
Q_DECLARE_METATYPE(swarmlab::AgentEvent)
Q_DECLARE_METATYPE(swarmlab::CommandRecord)
Q_DECLARE_METATYPE(swarmlab::TaskRecord)
Q_DECLARE_METATYPE(swarmlab::RunData)
