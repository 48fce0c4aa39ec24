#include "RedisLink.hpp"

#include <hiredis/hiredis.h>
#include <sys/socket.h>
#include <cerrno>
#include <cstring>

namespace swarmlab::agents {

namespace {
timeval toTimeval(std::chrono::milliseconds ms) {
  timeval tv{};
  tv.tv_sec = static_cast<time_t>(ms.count() / 1000);
  tv.tv_usec = static_cast<suseconds_t>(ms.count() % 1000 * 1000);
  return tv;
}
}  // namespace

void ReplyDeleter::operator()(redisReply* r) const {
  if (r) freeReplyObject(r);
}

bool isError(const redisReply* r) { return r == nullptr || r->type == REDIS_REPLY_ERROR; }

std::string errorText(const redisReply* r) {
  if (!r) return "no reply";
  if (r->type == REDIS_REPLY_ERROR) return std::string(r->str, r->len);
  return "unexpected reply type " + std::to_string(r->type);
}

RedisLink::RedisLink(RedisUrl url, Options options) : url_(std::move(url)), options_(options) {}

RedisLink::~RedisLink() { disconnect(); }

void RedisLink::disconnect() {
  if (ctx_) {
    redisFree(ctx_);
    ctx_ = nullptr;
  }
}

int RedisLink::fd() const { return ctx_ ? ctx_->fd : -1; }

void RedisLink::fail(std::string why) {
  error_ = std::move(why);
  disconnect();
}

bool RedisLink::connect() {
  disconnect();
  auto tv = toTimeval(options_.connectTimeout);
  redisContext* c = url_.isUnix ? redisConnectUnixWithTimeout(url_.path.c_str(), tv)
                                : redisConnectWithTimeout(url_.host.c_str(), url_.port, tv);
  if (c == nullptr) {
    error_ = "cannot reach Redis at " + url_.where() + ": out of memory";
    return false;
  }
  if (c->err) {
    error_ = "cannot reach Redis at " + url_.where() + ": " + c->errstr;
    redisFree(c);
    return false;
  }
  ctx_ = c;
  redisSetTimeout(ctx_, toTimeval(options_.commandTimeout));
  if (!url_.isUnix) redisEnableKeepAlive(ctx_);
  if (!url_.password.empty()) {
    Reply r = url_.user.empty() ? command({"AUTH", url_.password})
                                : command({"AUTH", url_.user, url_.password});
    if (!r) return false;
    if (isError(r.get())) {
      // the server's message names no password (e.g. "WRONGPASS invalid username-password pair")
      fail("Redis at " + url_.where() + " refused AUTH: " + errorText(r.get()));
      return false;
    }
  }
  if (url_.db != 0) {
    auto db = std::to_string(url_.db);
    Reply r = command({"SELECT", db});
    if (!r) return false;
    if (isError(r.get())) {
      fail("Redis at " + url_.where() + " refused SELECT " + db + ": " + errorText(r.get()));
      return false;
    }
  }
  error_.clear();
  return true;
}

bool RedisLink::append(const std::vector<std::string_view>& args) {
  if (!ctx_) return false;
  const char* argv[32];
  size_t lens[32];
  std::size_t n = std::min<std::size_t>(args.size(), 32);
  for (std::size_t i = 0; i < n; ++i) {
    argv[i] = args[i].data();
    lens[i] = args[i].size();
  }
  if (redisAppendCommandArgv(ctx_, static_cast<int>(n), argv, lens) != REDIS_OK) {
    fail(std::string("Redis at ") + url_.where() + ": " + ctx_->errstr);
    return false;
  }
  return true;
}

bool RedisLink::appendFormatted(const char* resp, std::size_t len) {
  if (!ctx_) return false;
  if (redisAppendFormattedCommand(ctx_, resp, len) != REDIS_OK) {
    fail(std::string("Redis at ") + url_.where() + ": " + ctx_->errstr);
    return false;
  }
  return true;
}

bool RedisLink::append(const std::vector<std::string>& args) {
  std::vector<std::string_view> v(args.begin(), args.end());
  return append(v);
}

Reply RedisLink::getReply() {
  if (!ctx_) return nullptr;
  void* r = nullptr;
  if (redisGetReply(ctx_, &r) != REDIS_OK || r == nullptr) {
    std::string why = ctx_->err ? ctx_->errstr : "no reply";
    if (ctx_->err == REDIS_ERR_IO && (errno == EAGAIN || errno == EWOULDBLOCK)) why = "timed out";
    if (ctx_->err == REDIS_ERR_EOF) why = "connection closed by server";
    fail("lost Redis at " + url_.where() + ": " + why);
    return nullptr;
  }
  return Reply(static_cast<redisReply*>(r));
}

Reply RedisLink::command(const std::vector<std::string_view>& args) {
  if (!append(args)) return nullptr;
  return getReply();
}

bool RedisLink::flushOutput() {
  if (!ctx_) return false;
  int done = 0;
  do {
    if (redisBufferWrite(ctx_, &done) != REDIS_OK) {
      fail("lost Redis at " + url_.where() + ": " + ctx_->errstr);
      return false;
    }
  } while (!done);
  return true;
}

void RedisLink::setReceiveTimeout(std::chrono::milliseconds ms) {
  if (!ctx_) return;
  timeval tv = toTimeval(ms);
  ::setsockopt(ctx_->fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
}

RedisLink::Receive RedisLink::receive() {
  if (!ctx_) return Receive::Failed;
  char buf[16 * 1024];
  ssize_t n = ::recv(ctx_->fd, buf, sizeof buf, 0);
  if (n > 0) {
    if (redisReaderFeed(ctx_->reader, buf, static_cast<size_t>(n)) != REDIS_OK) {
      fail("lost Redis at " + url_.where() + ": protocol error");
      return Receive::Failed;
    }
    return Receive::Data;
  }
  if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) return Receive::Timeout;
  fail("lost Redis at " + url_.where() + ": " +
       (n == 0 ? std::string("connection closed by server") : std::string(std::strerror(errno))));
  return Receive::Failed;
}

Reply RedisLink::bufferedReply() {
  if (!ctx_) return nullptr;
  void* r = nullptr;
  if (redisGetReplyFromReader(ctx_, &r) != REDIS_OK) {
    fail("lost Redis at " + url_.where() + ": protocol error: " + ctx_->errstr);
    return nullptr;
  }
  return Reply(static_cast<redisReply*>(r));
}

}  // namespace swarmlab::agents
