// One synchronous hiredis connection with AUTH/SELECT, pipelining and reconnect bookkeeping.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "RedisUrl.hpp"

struct redisContext;
struct redisReply;

namespace swarmlab::agents {

struct ReplyDeleter {
  void operator()(redisReply* r) const;
};
/// A hiredis reply, freed automatically.
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;

/// Capped exponential backoff: initial, 2x, 4x, ... up to cap.
class Backoff {
 public:
  Backoff(std::chrono::milliseconds initial, std::chrono::milliseconds cap)
      : initial_(initial), cap_(cap), next_(initial) {}
  /// The delay to wait now; doubles the following one (up to the cap).
  std::chrono::milliseconds next() {
    auto d = next_;
    next_ = std::min(cap_, next_ * 2);
    return d;
  }
  void reset() { next_ = initial_; }
  std::chrono::milliseconds peek() const { return next_; }

 private:
  std::chrono::milliseconds initial_, cap_, next_;
};

/// A synchronous Redis connection (hiredis 0.14). Not thread-safe: one per thread.
class RedisLink {
 public:
  struct Options {
    /// Short: a connect attempt to an unreachable host must not hold up shutdown for long.
    std::chrono::milliseconds connectTimeout{500};
    /// Socket read/write timeout: a stalled server counts as lost after this long.
    std::chrono::milliseconds commandTimeout{1000};
  };

  explicit RedisLink(RedisUrl url) : RedisLink(std::move(url), Options{}) {}
  RedisLink(RedisUrl url, Options options);
  ~RedisLink();
  RedisLink(const RedisLink&) = delete;
  RedisLink& operator=(const RedisLink&) = delete;

  /// One attempt: connect, AUTH, SELECT. On failure lastError() says why (never the password).
  bool connect();
  void disconnect();
  bool connected() const { return ctx_ != nullptr; }
  /// Why the last connect or command failed, one line.
  const std::string& lastError() const { return error_; }
  const RedisUrl& url() const { return url_; }
  /// The socket, for poll(); -1 when not connected.
  int fd() const;
  redisContext* context() { return ctx_; }

  /// Queues a command (pipelining); sent by the next getReply(). False if not connected.
  bool append(const std::vector<std::string_view>& args);
  /// Queues commands already encoded in RESP (the hot path: no formatting by hiredis).
  bool appendFormatted(const char* resp, std::size_t len);
  /// Queues a command whose arguments are already in a vector of strings.
  bool append(const std::vector<std::string>& args);
  /// Sends what is queued and reads one reply. nullptr on an I/O error or timeout: the link is
  /// then disconnected and lastError() set. Error replies are returned (type REDIS_REPLY_ERROR).
  Reply getReply();
  /// append + getReply.
  Reply command(const std::vector<std::string_view>& args);
  /// Writes everything queued without waiting for replies (read them later with getReply()).
  /// False on an I/O error (disconnects).
  bool flushOutput();
  enum class Receive { Data, Timeout, Failed };
  /// One recv() into the reply reader: blocks up to the receive timeout (setReceiveTimeout) or
  /// until a signal arrives. One system call per wake-up, no poll().
  Receive receive();
  /// SO_RCVTIMEO of the socket (for receive()).
  void setReceiveTimeout(std::chrono::milliseconds ms);
  /// Reads a reply only if one is already buffered (no I/O). nullptr if none or on error.
  Reply bufferedReply();

 private:
  void fail(std::string why);

  RedisUrl url_;
  Options options_;
  redisContext* ctx_ = nullptr;
  std::string error_;
};

/// True if the reply is an error reply (or null).
bool isError(const redisReply* r);
/// The error text of an error reply, or "no reply".
std::string errorText(const redisReply* r);

}  // namespace swarmlab::agents
