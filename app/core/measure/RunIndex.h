// Internal to the measurements: a recorded run's events indexed once by instance. Not a
// public interface.
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

#include "Measurements.h"
#include "RunData.h"

namespace swarmlab {

/// Lab second of a lab time in µs (floor, also before 1970).
inline qint64 secondOf(qint64 us) { return us / 1000000 - (us % 1000000 < 0 ? 1 : 0); }
inline double msOf(qint64 us) { return double(us) / 1000.0; }

/// What the events say of one instance.
struct InstanceTimes {
  QString service;
  QString kind;
  QString node;
  std::optional<qint64> firstMessageUs;  ///< its first one
};

/// The events of a run per instance (time order), each instance's service (task records first,
/// else its name up to the first '.'), and which services have agents.
class RunIndex {
 public:
  explicit RunIndex(const RunData& run);

  QString service(const QString& instance) const;
  bool isAgentService(const QString& s) const { return agentServices_.contains(s); }
  /// Its times; empty ones for an instance without events.
  const InstanceTimes& instance(const QString& name) const;
  QList<AgentEvent> events(const QString& instance) const { return byInstance_.value(instance); }
  /// Instances in the order their first event came.
  const QStringList& order() const { return order_; }

 private:
  QHash<QString, QString> serviceOf_;
  QHash<QString, InstanceTimes> inst_;
  QStringList order_;
  QSet<QString> agentServices_;
  QHash<QString, QList<AgentEvent>> byInstance_;
};

/// Restarts by policy and reschedulings (RecoveryTiming), given the command timings.
QList<RecoveryTiming> findRecoveries(const RunData& run, const RunIndex& idx,
                                     const QList<CommandTiming>& commands);

}  // namespace swarmlab
