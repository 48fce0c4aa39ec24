// Ownership of hiredis objects (the one reply deleter) and reading replies.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct redisContext;
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
