// The loop of Telemetry's worker thread: every hiredis call of the console's telemetry.
#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "RedisLink.hpp"
#include "RedisReply.hpp"
#include "RedisUrl.hpp"
#include "RepeatFilter.h"
#include "wire.hpp"

namespace swarmlab {

class Telemetry;

/// Runs on Telemetry's thread with its own hiredis context: connects (AUTH/SELECT through
/// swarmlab_redis), keeps the lab clock (TIME bursts), polls display keys and reads the
/// streams with XREAD BLOCK, resuming from the last ids after a reconnect. Results leave
/// through the owner's signals (queued to its thread). Behind Sentinel it follows a failover
/// as the sentinels announce it, like the agents (RedisLink, docs/replication.md).
class TelemetryWorker {
 public:
  explicit TelemetryWorker(Telemetry& owner);
  /// Until the owner asks it to stop.
  void run();

 private:
  /// One connection: true when it ended because the link broke (reconnect), false on stop.
  bool session(redisContext* ctx);
  bool connect();
  /// Before the next connect: kReconnectDelayMs, cut short by a stop or a new primary.
  void waitBeforeReconnect() const;
  bool syncClock(redisContext* c);
  /// MGET of the display keys when due; false if the link broke.
  bool pollDisplays(redisContext* c, qint64 nowMs, qint64* lastMs);
  /// One XREAD; false if the link broke (reported).
  bool readStreams(redisContext* c);
  void fail(const QString& why);

  Telemetry& owner_;
  redis::RedisUrl url_;
  std::unique_ptr<redis::RedisLink> link_;
  QString where_;  ///< the URL, redacted
  wire::Keys keys_;
  std::vector<std::string> streams_;
  RepeatFilter repeats_;              ///< entries an agent sent again after a lost reply
  std::vector<std::string> lastIds_;  ///< empty until the first connection resolves the start
  bool connected_ = false;
  QString lastError_;
};

}  // namespace swarmlab
