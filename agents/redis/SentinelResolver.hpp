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
Context connectViaSentinels(const RedisUrl& url, const ConnectOptions& options, RedisUrl* primary,
                            std::string* error);

/// The first element of `ROLE` ("master", "slave", "sentinel"); empty and *error on failure.
std::string roleOf(redisContext* c, std::string* error);

}  // namespace swarmlab::redis
