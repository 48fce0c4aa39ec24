// Hearing of a failover from the sentinels as they make it, instead of at the next reconnect:
// a subscription to their failover announcements (docs/replication.md).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "RedisUrl.hpp"

namespace swarmlab::redis {

/// The primary the sentinels of one redis+sentinel:// URL announced last for its master. One per
/// URL in a process, shared by its connections (acquire()). A thread per sentinel subscribes to
/// `+failover-state-wait-promotion` (the elected leader has sent the chosen replica REPLICAOF NO
/// ONE: the primary from then on, about a second before the leader sees it in INFO and
/// `SENTINEL get-master-addr-by-name` names it) and `+switch-master` (the failover is over; every
/// sentinel says so). Each thread PINGs its sentinel when quiet, notes a silent one
/// (noteSilent) and subscribes again after a loss. A sentinel that refuses the subscription (an
/// ACL without it) is left alone: clients then learn of a failover when they reconnect.
class SentinelWatch {
 public:
  struct News {
    std::uint64_t generation = 0;  ///< 0: nothing announced since the watch started
    Endpoint primary;
  };
  struct State;  ///< shared with the threads, which outlive the watch by one poll at most

  /// The process' watch of url's sentinels (started by the first call).
  static std::shared_ptr<SentinelWatch> acquire(const RedisUrl& url);
  SentinelWatch(const SentinelWatch&) = delete;
  SentinelWatch& operator=(const SentinelWatch&) = delete;
  ~SentinelWatch();

  /// Goes up by one for every announced primary other than the last one.
  std::uint64_t generation() const;
  News news() const;
  /// Until generation() differs from seen, or timeout: true if it does.
  bool waitForNews(std::uint64_t seen, std::chrono::milliseconds timeout) const;

 private:
  explicit SentinelWatch(const RedisUrl& url);
  std::shared_ptr<State> state_;
};

/// The primary that a sentinel's message on `channel` names for `master`: the replica of a
/// `+failover-state-wait-promotion` ("slave <ip>:<port> <ip> <port> @ <master> <ip> <port>"), the
/// new address of a `+switch-master` ("<master> <old ip> <old port> <new ip> <new port>").
std::optional<Endpoint> announcedPrimary(std::string_view channel, std::string_view payload,
                                         std::string_view master);

}  // namespace swarmlab::redis
