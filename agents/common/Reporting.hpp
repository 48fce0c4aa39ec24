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

#include "RedisLink.hpp"
#include "Stats.hpp"
#include "wire.hpp"

namespace swarmlab::agents {

/// Who is reporting: written into every metrics and event entry.
struct AgentIdentity {
  std::string_view kind;  ///< wire::kKindPublisher / kKindSubscriber
  std::string instance;
  std::string node;
};

/// What appendPending() queued on a link: how many replies to read, and the last entry's id.
struct SentBatch {
  std::size_t count = 0;
  std::uint64_t lastId = 0;
};

/// Entries waiting to be written, oldest first, each with a serial id. Bounded: when full the
/// oldest is dropped (and counted). Written entries stay until their replies confirm them by
/// id, so a failed round trip resends them, and an entry dropped in between is never mistaken
/// for another. Not thread-safe.
template <class Entry>
class ReportQueue {
 public:
  explicit ReportQueue(std::size_t capacity) : capacity_(capacity) {}
  bool hasPending() const { return !q_.empty(); }
  const std::deque<Entry>& pending() const { return q_; }
  /// Drops the entries up to batch.lastId that are still queued.
  void confirm(const SentBatch& batch) {
    while (!q_.empty() && q_.front().id <= batch.lastId) q_.pop_front();
  }
  /// How many entries the bound dropped so far.
  std::uint64_t dropped() const { return dropped_; }

 protected:
  /// Appends e; when full, first drops the oldest and returns it.
  std::optional<Entry> push(Entry e) {
    std::optional<Entry> old;
    if (q_.size() >= capacity_) {
      old = std::move(q_.front());
      q_.pop_front();
      ++dropped_;
    }
    e.id = ++lastId_;
    q_.push_back(std::move(e));
    return old;
  }
  /// Queues the XADDs (args(entry)) of up to max entries, oldest first.
  template <class Args>
  SentBatch append(redis::RedisLink& link, std::size_t max, const Args& args) const {
    SentBatch b;
    for (const Entry& e : q_) {
      if (b.count == max || !link.append(args(e))) break;
      ++b.count;
      b.lastId = e.id;
    }
    return b;
  }

  std::deque<Entry> q_;

 private:
  std::size_t capacity_;
  std::uint64_t lastId_ = 0;
  std::uint64_t dropped_ = 0;
};

/// Figures of one lab second of one agent.
struct MetricsEntry {
  std::uint64_t id = 0;  ///< serial number in the queue
  std::int64_t second = 0;
  std::uint64_t count = 0;
  std::uint64_t failed = 0;  ///< publisher only
  bool hasLag = false;       ///< subscriber only: lag and lost fields present
  std::int64_t lagP50 = 0, lagP99 = 0, lagMax = 0;
  std::uint64_t lost = 0;
  std::uint64_t bad = 0;            ///< subscriber only: clock messages refused
  std::uint64_t droppedBefore = 0;  ///< entries of earlier seconds the full queue dropped
};

/// Accumulates per lab second and turns each completed second into a `<prefix>:metrics`
/// entry, kept (up to kMaxPending seconds) until it is written.
class MetricsReporter : public ReportQueue<MetricsEntry> {
 public:
  static constexpr std::size_t kMaxPending = 600;  // 10 min of seconds while Redis is away
  static constexpr std::int64_t kMaxGapFill = 10;  // empty seconds reported after a silence

  MetricsReporter(wire::Keys keys, AgentIdentity who, bool subscriber,
                  std::size_t capacity = kMaxPending);

  void published(std::int64_t labUs) { at(labUs).count += 1; }
  void failed(std::int64_t labUs, std::uint64_t n = 1) { at(labUs).failed += n; }
  void updated(std::int64_t labUs, std::int64_t lagUs) {
    at(labUs).count += 1;
    hist_.add(lagUs);
  }
  void lost(std::int64_t labUs, std::uint64_t n) { at(labUs).lost += n; }
  void bad(std::int64_t labUs) { at(labUs).bad += 1; }
  /// Closes the seconds before labUs's second (call regularly, also when nothing happens).
  void tick(std::int64_t labUs) { at(labUs); }
  /// Closes the open second (final flush at shutdown).
  void closeOpen();

  /// Queues XADDs for up to `max` pending entries on the link. Read their replies, then
  /// confirm() the batch (entries not confirmed are sent again).
  SentBatch appendPending(redis::RedisLink& link, std::size_t max = 64) const;
  /// The XADD arguments of one entry.
  std::vector<std::string> xaddArgs(const MetricsEntry& e) const;

 private:
  MetricsEntry& at(std::int64_t labUs);
  void close();
  void add(MetricsEntry e);

  wire::Keys keys_;
  AgentIdentity who_;
  bool subscriber_;
  bool open_ = false;
  MetricsEntry cur_;
  LagHistogram hist_;
};

/// One lifecycle event.
struct EventEntry {
  std::uint64_t id = 0;
  wire::Event event = wire::Event::Started;
  std::int64_t t_us = 0;
  std::string detail;
  std::optional<std::int64_t> lastUpdateUs;
  std::optional<std::uint64_t> seq;  ///< wire::field::kSeq
};

/// Lifecycle events (`<prefix>:events`), kept (up to kMaxPending) until they are written.
class EventLog : public ReportQueue<EventEntry> {
 public:
  static constexpr std::size_t kMaxPending = 1000;

  EventLog(wire::Keys keys, AgentIdentity who);
  void post(wire::Event e, std::int64_t labUs, std::string detail = {},
            std::optional<std::int64_t> lastUpdateUs = std::nullopt,
            std::optional<std::uint64_t> seq = std::nullopt);
  SentBatch appendPending(redis::RedisLink& link, std::size_t max = 64) const;
  std::vector<std::string> xaddArgs(const EventEntry& e) const;

 private:
  wire::Keys keys_;
  AgentIdentity who_;
};

/// Sends everything pending of both (metrics first) in one round trip, reading all replies.
/// False on an I/O error (the link is then disconnected; entries stay pending).
bool flushReports(redis::RedisLink& link, MetricsReporter* metrics, EventLog* events);

}  // namespace swarmlab::agents
