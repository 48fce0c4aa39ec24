// Ownership of hiredis objects (the one reply deleter) and reading replies.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct redisContext;
struct redisReader;
struct redisReply;

namespace swarmlab::redis {

/// Frees a hiredis reply (freeReplyObject).
struct ReplyDeleter {
  void operator()(redisReply* r) const;
};
/// A hiredis reply, freed automatically.
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;

/// Frees a hiredis context (redisFree).
struct ContextDeleter {
  void operator()(redisContext* c) const;
};
/// A hiredis context, freed automatically.
using Context = std::unique_ptr<redisContext, ContextDeleter>;

/// hiredis 0.14 (Debian 12) allocates an array's element table as soon as it reads "*<n>", with
/// no limit: "*700000000" from a hostile server is a 5.6 GB calloc before any element arrives.
/// hiredis 1.0 added a limit (maxelements); 0.14 has none, so swarmlab bounds the elements of
/// one reply, all nesting levels together, through the reader's object functions. A larger
/// reply fails the read as "a reply of more than N elements (refused)"; the link is dropped as
/// for any broken connection. The largest reply swarmlab asks for (the console's XREAD COUNT
/// 2000 of the metrics and events streams) has at most about 110,000.
inline constexpr long long kMaxReplyElements = 1 << 20;
/// Installs that bound on a reader (a context's: c->reader). Idempotent. The reader's privdata
/// holds the count: freeReplyBound() releases it (ContextDeleter does, for contexts).
void boundReplies(redisReader* reader);
void freeReplyBound(redisReader* reader);
/// Why the last read of `reader` failed if it was the bound, else empty.
std::string replyBoundError(const redisReader* reader);

/// True if the reply is an error reply (or null).
bool isError(const redisReply* r);
/// The error text of an error reply, "no reply" for null, else what type came instead.
std::string errorText(const redisReply* r);
/// The text of a string, status or error reply; empty for other types and null.
std::string_view replyText(const redisReply* r);
/// An integer reply, or a string reply holding a decimal integer (TIME, XLEN ...).
std::optional<std::int64_t> replyInt(const redisReply* r);

/// One command, synchronously, on a bare context (arguments are binary-safe).
Reply command(redisContext* c, std::initializer_list<std::string_view> args);

}  // namespace swarmlab::redis
