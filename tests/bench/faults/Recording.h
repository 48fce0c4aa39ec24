// The run of one fault as the CLI records it: Telemetry reading the lab's Redis and a Recorder
// over it and the orchestrator; the agents' first_message events are kept to wait on.
#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

#include "Orchestrator.h"
#include "Recorder.h"
#include "Telemetry.h"

namespace swarmlab::bench {

class Recording {
 public:
  explicit Recording(Orchestrator* orchestrator);
  ~Recording();
  /// Connects to the lab's Redis and starts recording; false when Redis did not answer in 10 s.
  bool start(const QString& redisUrl, bool fromBeginning);
  qint64 labNowUs() const { return telemetry_->clock()->labNowUs(); }
  /// The instance of the first first_message whose instance starts with `prefix`, on `node` if
  /// given, other than `other`; waits up to timeoutMs for it.
  std::optional<QString> waitFirst(const QString& prefix, const QString& node, const QString& other,
                                   int timeoutMs) const;
  /// Waits until every instance that sent first_message and whose name starts with one of
  /// `prefixes` (but those in `except`) has sent its `stopped` event; false after timeoutMs.
  bool waitStopped(const QStringList& prefixes, const QSet<QString>& except, int timeoutMs) const;
  /// Reads the streams to their end (everything sent so far) and stops recording.
  const RunData& finish();

 private:
  struct First {
    QString instance, node;
  };
  Orchestrator* orch_;
  std::unique_ptr<Telemetry> telemetry_;
  std::unique_ptr<Recorder> recorder_;
  QList<First> firsts_;
  QSet<QString> stopped_;
  QObject sink_;  ///< receiver of the telemetry's signals: queued to this thread
};

}  // namespace swarmlab::bench
