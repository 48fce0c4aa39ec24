#include "RedisReply.hpp"

#include <hiredis/hiredis.h>

#include <charconv>
#include <vector>

namespace swarmlab::redis {

void ReplyDeleter::operator()(redisReply* r) const {
  if (r) freeReplyObject(r);
}

void ContextDeleter::operator()(redisContext* c) const {
  if (!c) return;
  freeReplyBound(c->reader);
  redisFree(c);
}

namespace {

/// What one reader has left of kMaxReplyElements in the reply it is reading.
struct ReplyBudget {
  long long left = kMaxReplyElements;
  long long refused = 0;  ///< the element count of the last array refused (0: none)
};

/// hiredis' own object functions (one static table, the same for every reader).
const redisReplyObjectFunctions* hiredisFunctions(const redisReader* any) {
  static const redisReplyObjectFunctions* const fn = any->fn;
  return fn;
}

void* createArrayBounded(const redisReadTask* task, int elements) {
  auto* budget = static_cast<ReplyBudget*>(task->privdata);
  if (task->parent == nullptr) *budget = ReplyBudget{};  // a new reply
  if (elements > budget->left) {
    budget->refused = elements;
    return nullptr;  // hiredis then fails the read (REDIS_ERR_OOM)
  }
  budget->left -= elements;
  return hiredisFunctions(nullptr)->createArray(task, elements);
}

const redisReplyObjectFunctions* boundedFunctions(const redisReader* any) {
  static const redisReplyObjectFunctions table = [any] {
    redisReplyObjectFunctions t = *hiredisFunctions(any);
    t.createArray = createArrayBounded;
    return t;
  }();
  return &table;
}

}  // namespace

void boundReplies(redisReader* reader) {
  if (!reader || reader->fn == boundedFunctions(reader)) return;
  reader->fn = const_cast<redisReplyObjectFunctions*>(boundedFunctions(reader));
  reader->privdata = new ReplyBudget;
}

void freeReplyBound(redisReader* reader) {
  if (!reader || reader->fn != boundedFunctions(reader)) return;
  delete static_cast<ReplyBudget*>(reader->privdata);
  reader->privdata = nullptr;
  reader->fn = const_cast<redisReplyObjectFunctions*>(hiredisFunctions(reader));
}

std::string replyBoundError(const redisReader* reader) {
  if (!reader || reader->fn != boundedFunctions(reader) || !reader->privdata) return {};
  const auto* budget = static_cast<const ReplyBudget*>(reader->privdata);
  if (budget->refused == 0 || reader->err != REDIS_ERR_OOM) return {};
  return "a reply of more than " + std::to_string(kMaxReplyElements) + " elements (" +
         std::to_string(budget->refused) + " in one array, refused)";
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
