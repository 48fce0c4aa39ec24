// Finding the primary of a redis+sentinel:// URL through Redis Sentinel. Every (re)connection
// asks again, so a failover is followed by the next reconnect (docs/replication.md).
#pragma once

#include <string>

#include "RedisLink.hpp"

namespace swarmlab::redis {

/// Connects to the primary of a redis+sentinel:// URL: asks each sentinel in turn
/// (`SENTINEL get-master-addr-by-name`, with the URL's credentials when it has them; a sentinel
/// without users is asked without), connects to the address it names (AUTH, SELECT) and keeps
/// that connection only when `ROLE` says master. A sentinel that is down, or that names a
/// primary that is gone or not a master (yet), is skipped. On success *primary (if given) is
/// the primary's redis:// URL with the credentials; on failure null and *error names every
/// sentinel and address tried with its own message (never the password).
/// hint (if given): a primary the sentinels announced (SentinelWatch), tried first. The
/// replica it names may not have run the leader's REPLICAOF NO ONE yet: its ROLE is asked
/// again for a short while.
Context connectViaSentinels(const RedisUrl& url, const ConnectOptions& options, RedisUrl* primary,
                            std::string* error, const Endpoint* hint = nullptr);

/// A connection to one sentinel of url with the URL's credentials (or none, for a sentinel
/// without users). Null and *error on failure.
Context connectSentinel(const RedisUrl& url, const Endpoint& sentinel,
                        const ConnectOptions& options, std::string* error);

/// The server or sentinel at e did not answer in time (a connect or a reply timed out: its
/// machine may have lost power, and nothing tells a client so). Every connection of the process
/// then asks silent sentinels only when no other answers, and does not try a silent server
/// again for 2 s: a try costs a whole timeout, and the sentinels name another primary
/// when they fail over.
void noteSilent(const Endpoint& e);
/// The SentinelWatch heard from this sentinel just now. One it heard from before but not for
/// 1.2 s is asked after the others, and not at all when another answered.
void noteHeard(const Endpoint& sentinel);
/// True for an error text that says a connect or a reply timed out.
bool isTimeout(const std::string& why);

/// The first element of `ROLE` ("master", "slave", "sentinel"); empty and *error on failure.
std::string roleOf(redisContext* c, std::string* error);

}  // namespace swarmlab::redis
