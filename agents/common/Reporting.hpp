// The metrics reporter (one stream entry per agent per lab second) and the lifecycle event
// log. Both queue entries while Redis is away and send them, pipelined, when it is back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "Stats.hpp"
#include "wire.hpp"

namespace swarmlab::redis {
class RedisLink;
}

namespace swarmlab::agents {

/// Who is reporting: written into every metrics and event entry.
struct AgentIdentity {
  std::string_view kind;  ///< wire::kKindPublisher / kKindSubscriber
  std::string instance;
  std::string node;
};

/// Figures of one lab second of one agent.
struct MetricsEntry {
  std::int64_t second = 0;
  std::uint64_t count = 0;
  std::uint64_t failed = 0;  ///< publisher only
  bool hasLag = false;       ///< subscriber only: lag and lost fields present
  std::int64_t lagP50 = 0, lagP99 = 0, lagMax = 0;
  std::uint64_t lost = 0;
};

/// Accumulates per lab second and turns each completed second into a `<prefix>:metrics`
/// entry. Not thread-safe.
class MetricsReporter {
 public:
  static constexpr std::size_t kMaxPending = 600;  // 10 min of seconds while Redis is away
  static constexpr std::int64_t kMaxGapFill = 10;  // empty seconds reported after a silence

  MetricsReporter(wire::Keys keys, AgentIdentity who, bool subscriber);

  void published(std::int64_t labUs) { at(labUs).count += 1; }
  void failed(std::int64_t labUs, std::uint64_t n = 1) { at(labUs).failed += n; }
  void updated(std::int64_t labUs, std::int64_t lagUs) {
    at(labUs).count += 1;
    hist_.add(lagUs);
  }
  void lost(std::int64_t labUs, std::uint64_t n) { at(labUs).lost += n; }
  /// Closes the seconds before labUs's second (call regularly, also when nothing happens).
  void tick(std::int64_t labUs) { at(labUs); }
  /// Closes the open second (final flush at shutdown).
  void closeOpen();

  bool hasPending() const { return !pending_.empty(); }
  const std::deque<MetricsEntry>& pending() const { return pending_; }
  /// Queues XADDs for up to `max` pending entries on the link; returns how many were queued.
  /// Read their replies, then confirm(n) to drop them (unconfirmed entries are resent).
  std::size_t appendPending(redis::RedisLink& link, std::size_t max = 64);
  void confirm(std::size_t n);
  /// The XADD arguments of one entry.
  std::vector<std::string> xaddArgs(const MetricsEntry& e) const;
  std::uint64_t dropped() const { return dropped_; }

 private:
  MetricsEntry& at(std::int64_t labUs);
  void close();
  void push(MetricsEntry e);

  wire::Keys keys_;
  AgentIdentity who_;
  bool subscriber_;
  bool open_ = false;
  MetricsEntry cur_;
  LagHistogram hist_;
  std::deque<MetricsEntry> pending_;
  std::uint64_t dropped_ = 0;
};

/// Lifecycle events (`<prefix>:events`), queued until they are written. Not thread-safe.
class EventLog {
 public:
  static constexpr std::size_t kMaxPending = 1000;

  EventLog(wire::Keys keys, AgentIdentity who);
  void post(wire::Event e, std::int64_t labUs, std::string detail = {},
            std::optional<std::int64_t> lastUpdateUs = std::nullopt);
  bool hasPending() const { return !pending_.empty(); }
  std::size_t appendPending(redis::RedisLink& link, std::size_t max = 64);
  void confirm(std::size_t n);
  std::vector<std::string> xaddArgs(std::size_t i) const;

 private:
  struct Entry {
    wire::Event event;
    std::int64_t t_us;
    std::string detail;
    std::optional<std::int64_t> lastUpdateUs;
  };
  wire::Keys keys_;
  AgentIdentity who_;
  std::deque<Entry> pending_;
};

/// Sends everything pending of both (metrics first) in one round trip, reading all replies.
/// False on an I/O error (the link is then disconnected; entries stay pending).
bool flushReports(redis::RedisLink& link, MetricsReporter* metrics, EventLog* events);

}  // namespace swarmlab::agents
