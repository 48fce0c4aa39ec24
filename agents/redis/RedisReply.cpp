#include "RedisReply.hpp"

#include <hiredis/hiredis.h>

#include <charconv>
#include <vector>

namespace swarmlab::redis {

void ReplyDeleter::operator()(redisReply* r) const {
  if (r) freeReplyObject(r);
}

void ContextDeleter::operator()(redisContext* c) const {
  if (c) redisFree(c);
}

bool isError(const redisReply* r) { return r == nullptr || r->type == REDIS_REPLY_ERROR; }

std::string errorText(const redisReply* r) {
  if (!r) return "no reply";
  if (r->type == REDIS_REPLY_ERROR) return std::string(r->str, r->len);
  return "unexpected reply type " + std::to_string(r->type);
}

std::string_view replyText(const redisReply* r) {
  if (!r || (r->type != REDIS_REPLY_STRING && r->type != REDIS_REPLY_STATUS &&
             r->type != REDIS_REPLY_ERROR)) {
    return {};
  }
  return {r->str, r->len};
}

std::optional<std::int64_t> replyInt(const redisReply* r) {
  if (!r) return std::nullopt;
  if (r->type == REDIS_REPLY_INTEGER) return r->integer;
  if (r->type != REDIS_REPLY_STRING) return std::nullopt;
  std::int64_t v = 0;
  auto res = std::from_chars(r->str, r->str + r->len, v);
  if (res.ec != std::errc{} || res.ptr != r->str + r->len) return std::nullopt;
  return v;
}

Reply command(redisContext* c, std::initializer_list<std::string_view> args) {
  std::vector<const char*> argv;
  std::vector<std::size_t> lens;
  for (auto a : args) {
    argv.push_back(a.data());
    lens.push_back(a.size());
  }
  return Reply(static_cast<redisReply*>(
      redisCommandArgv(c, static_cast<int>(argv.size()), argv.data(), lens.data())));
}

}  // namespace swarmlab::redis
