// Telemetry: the lab's Redis streams read on a worker thread (DESIGN.md "Threads").
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

#include "LabClock.h"
#include "RunData.h"
#include "StreamDecoder.h"

class QThread;

namespace swarmlab {

/// A Redis URL safe to show: its password replaced (swarmlab_redis's one redaction helper).
QString redactedRedisUrl(const QString& url);

/// What Telemetry reads and how.
struct TelemetryOptions {
  QString redisUrl;  ///< redis://[:password@]host[:port][/db] or unix:///path
  QString keyPrefix = QStringLiteral("swarmlab");
  bool readMetrics = true;
  bool readEvents = true;
  /// true: read the streams from their first entry; false: from the server's time at the first
  /// connection (entries older than that are skipped). Reconnects resume from the last id.
  bool fromBeginning = false;
  QString threadName = QStringLiteral("swarmlab-telemetry");
  int blockMs = 50;  ///< XREAD BLOCK; also the display poll granularity
  int clockRefreshMs = 10000;
  int displayPollMs = 50;  ///< ~20 Hz
};

/// Reads `<prefix>:metrics` and `<prefix>:events` with XREAD BLOCK on its own named QThread
/// with its own hiredis context (created inside that thread), and emits value types over
/// queued signals (TelemetryWorker does the reading). Nothing is lost: it resumes from the last
/// id after a reconnect; nothing is emitted twice: an entry an agent sent again is dropped. Also
/// keeps the lab clock offset (Redis TIME) and, when asked, polls display keys at ~20 Hz.
class Telemetry : public QObject {
  Q_OBJECT
 public:
  explicit Telemetry(TelemetryOptions options, QObject* parent = nullptr);
  /// Stops the thread and waits for it (at most one XREAD block plus a socket timeout).
  ~Telemetry() override;

  void start();
  void stop();
  bool isRunning() const;
  const TelemetryOptions& options() const { return opt_; }
  /// Shared with the worker thread; valid after the first connection.
  std::shared_ptr<const LabClock> clock() const { return clock_; }
  /// Which subscribers' display keys to poll (empty: none). Any thread.
  void setDisplayInstances(const QStringList& instances);
  /// drained() follows once every entry added to the streams before this call was emitted.
  void requestDrain();
  /// Stream entries not emitted because the agent had sent them before (RepeatFilter). Any thread.
  qint64 repeatsDropped() const { return repeatsDropped_.load(); }

 signals:
  void metricSample(const swarmlab::MetricSample& sample);
  void agentEvent(const swarmlab::AgentEvent& event);
  /// Connection to Redis established (message: the redacted URL) or lost (Redis's own message).
  void connectionChanged(bool connected, const QString& message);
  void clockOffsetChanged(qint64 offsetUs, qint64 rttUs);
  void displayStates(const QList<swarmlab::DisplaySnapshot>& states);
  void drained();

 private:
  friend class TelemetryWorker;

  TelemetryOptions opt_;
  std::shared_ptr<LabClock> clock_ = std::make_shared<LabClock>();
  QThread* thread_ = nullptr;
  std::atomic<bool> stop_{false};
  std::atomic<bool> drain_{false};
  /// Set by the worker thread as its last act, read after QThread::wait(): the join made
  /// visible to ThreadSanitizer (Qt's wait is a futex it cannot see).
  std::atomic<bool> workerDone_{false};
  std::atomic<qint64> repeatsDropped_{0};
  mutable QMutex mutex_;
  QStringList displayInstances_;
};

}  // namespace swarmlab
