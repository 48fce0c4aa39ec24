#include "RedisLink.hpp"

#include "SentinelResolver.hpp"

#include <hiredis/hiredis.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>
#include <thread>

namespace swarmlab::redis {

namespace {
constexpr std::size_t kStackArgs = 32;

timeval toTimeval(std::chrono::milliseconds ms) {
  timeval tv{};
  tv.tv_sec = static_cast<time_t>(ms.count() / 1000);
  tv.tv_usec = static_cast<suseconds_t>(ms.count() % 1000 * 1000);
  return tv;
}

// AUTH and SELECT on a fresh context; an error text or empty.
std::string authAndSelect(redisContext* c, const RedisUrl& url) {
  if (!url.password.empty()) {
    Reply r = url.user.empty() ? command(c, {"AUTH", url.password})
                               : command(c, {"AUTH", url.user, url.password});
    if (!r) return "lost Redis at " + url.where() + ": " + ioErrorText(c);
    // the server's message names no password (e.g. "WRONGPASS invalid username-password pair")
    if (isError(r.get())) return "Redis at " + url.where() + " refused AUTH: " + errorText(r.get());
  }
  if (url.db != 0) {
    const auto db = std::to_string(url.db);
    Reply r = command(c, {"SELECT", db});
    if (!r) return "lost Redis at " + url.where() + ": " + ioErrorText(c);
    if (isError(r.get())) {
      return "Redis at " + url.where() + " refused SELECT " + db + ": " + errorText(r.get());
    }
  }
  return {};
}
}  // namespace

std::string ioErrorText(const redisContext* c) {
  if (!c || !c->err) return "no reply";
  if (std::string bound = replyBoundError(c->reader); !bound.empty()) return bound;
  if (c->err == REDIS_ERR_EOF) return "connection closed by server";
  if (c->err == REDIS_ERR_IO && (errno == EAGAIN || errno == EWOULDBLOCK)) return "timed out";
  return c->errstr;
}

Context connectRedis(const RedisUrl& url, const ConnectOptions& options, std::string* error,
                     RedisUrl* primary, const Endpoint* hint) {
  if (url.isSentinel()) return connectViaSentinels(url, options, primary, error, hint);
  if (primary) *primary = url;
  auto setError = [&](std::string why) {
    if (error) *error = std::move(why);
  };
  const timeval tv = toTimeval(options.connectTimeout);
  Context c(url.isUnix ? redisConnectUnixWithTimeout(url.path.c_str(), tv)
                       : redisConnectWithTimeout(url.host.c_str(), url.port, tv));
  if (!c) {
    setError("cannot reach Redis at " + url.where() + ": out of memory");
    return nullptr;
  }
  if (c->err) {
    setError("cannot reach Redis at " + url.where() + ": " + c->errstr);
    return nullptr;
  }
  boundReplies(c->reader);
  redisSetTimeout(c.get(), toTimeval(options.commandTimeout));
  if (!url.isUnix) redisEnableKeepAlive(c.get());
  if (auto why = authAndSelect(c.get(), url); !why.empty()) {
    setError(std::move(why));
    return nullptr;
  }
  return c;
}

RedisLink::RedisLink(RedisUrl url, ConnectOptions options)
    : url_(std::move(url)),
      options_(options),
      watch_(url_.isSentinel() ? SentinelWatch::acquire(url_) : nullptr),
      primary_(url_) {}

int RedisLink::fd() const { return ctx_ ? ctx_->fd : -1; }

void RedisLink::fail(std::string why) {
  error_ = std::move(why);
  disconnect();
}

void RedisLink::failed() {
  const std::string why = ioErrorText(ctx_.get());
  if (isTimeout(why)) noteSilent({primary_.host, primary_.port});
  fail("lost Redis at " + primary_.where() + ": " + why);
}

void RedisLink::lost(const std::string& why) {
  fail("lost Redis at " + primary_.where() + ": " + why);
}

void RedisLink::lostSilent(const std::string& why) {
  noteSilent({primary_.host, primary_.port});
  lost(why);
}

bool RedisLink::primaryMoved() const {
  if (!ctx_ || !newsSinceConnect()) return false;
  const Endpoint now = watch_->news().primary;
  return now != Endpoint{primary_.host, primary_.port};
}

std::string RedisLink::announcedPrimary() const {
  if (!watch_ || watch_->generation() == 0) return {};
  const Endpoint e = watch_->news().primary;
  return e.host + ":" + std::to_string(e.port);
}

void RedisLink::waitForNews(std::chrono::milliseconds timeout) const {
  if (watch_)
    watch_->waitForNews(seen_, timeout);
  else
    std::this_thread::sleep_for(timeout);
}

bool RedisLink::connect() {
  std::string why;
  const SentinelWatch::News news = watch_ ? watch_->news() : SentinelWatch::News{};
  seen_ = news.generation;
  // an announcement this link has not connected after: its primary first
  const bool fresh = news.generation != 0 && news.generation != connectedAt_;
  ctx_ = connectRedis(url_, options_, &why, &primary_, fresh ? &news.primary : nullptr);
  if (!ctx_) {
    error_ = std::move(why);
    return false;
  }
  connectedAt_ = news.generation;
  error_.clear();
  return true;
}

bool RedisLink::append(const std::vector<std::string_view>& args) {
  if (!ctx_) return false;
  if (args.size() > kStackArgs) {
    fail("Redis at " + primary_.where() + ": a command of more than 32 arguments");
    return false;
  }
  const char* argv[kStackArgs];
  std::size_t lens[kStackArgs];
  for (std::size_t i = 0; i < args.size(); ++i) {
    argv[i] = args[i].data();
    lens[i] = args[i].size();
  }
  if (redisAppendCommandArgv(ctx_.get(), static_cast<int>(args.size()), argv, lens) != REDIS_OK) {
    fail("Redis at " + primary_.where() + ": " + ctx_->errstr);
    return false;
  }
  return true;
}

bool RedisLink::append(const std::vector<std::string>& args) {
  return append(std::vector<std::string_view>(args.begin(), args.end()));
}

bool RedisLink::appendFormatted(const char* resp, std::size_t len) {
  if (!ctx_) return false;
  if (redisAppendFormattedCommand(ctx_.get(), resp, len) != REDIS_OK) {
    fail("Redis at " + primary_.where() + ": " + ctx_->errstr);
    return false;
  }
  return true;
}

bool RedisLink::sendFormatted(const char* resp, std::size_t len) {
  if (!ctx_) return false;
  if (ctx_->obuf[0] != '\0') return appendFormatted(resp, len) && flushOutput();  // keep order
  while (len > 0) {
    const ssize_t n = ::send(ctx_->fd, resp, len, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;  // a stop signal: finish the command all the same
    if (n <= 0) {
      fail("lost Redis at " + primary_.where() + ": " +
           (errno == EAGAIN || errno == EWOULDBLOCK ? std::string("timed out")
                                                    : std::string(std::strerror(errno))));
      return false;
    }
    resp += n;
    len -= static_cast<std::size_t>(n);
  }
  return true;
}

bool RedisLink::skipReplies(std::size_t n, std::size_t* errors) {
  if (!ctx_) return false;
  // without object functions the reader only checks the protocol and returns each reply's
  // type as the pointer value
  redisReader* reader = ctx_->reader;
  redisReplyObjectFunctions* fn = reader->fn;
  reader->fn = nullptr;
  bool ok = true;
  for (std::size_t i = 0; ok && i < n; ++i) {
    void* r = nullptr;
    ok = redisGetReply(ctx_.get(), &r) == REDIS_OK && r != nullptr;
    if (ok && errors && r == reinterpret_cast<void*>(REDIS_REPLY_ERROR)) ++*errors;
  }
  reader->fn = fn;
  if (!ok) failed();
  return ok;
}

Reply RedisLink::getReply() {
  if (!ctx_) return nullptr;
  void* r = nullptr;
  if (redisGetReply(ctx_.get(), &r) != REDIS_OK || r == nullptr) {
    failed();
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
    if (redisBufferWrite(ctx_.get(), &done) != REDIS_OK) {
      failed();
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

std::string_view RedisLink::takeBufferedInput() {
  if (!ctx_) return {};
  redisReader* r = ctx_->reader;
  const std::string_view rest(r->buf + r->pos, r->len - r->pos);
  r->pos = r->len;  // consumed: the next reply is read from the socket
  return rest;
}

}  // namespace swarmlab::redis
