// One synchronous hiredis connection with AUTH/SELECT at connect and pipelining.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "RedisReply.hpp"
#include "RedisUrl.hpp"
#include "SentinelWatch.hpp"

namespace swarmlab::redis {

/// Timeouts of a connection.
struct ConnectOptions {
  /// Short: a connect attempt to an unreachable host must not hold up shutdown for long.
  std::chrono::milliseconds connectTimeout{500};
  /// Socket read/write timeout: a stalled server counts as lost after this long.
  std::chrono::milliseconds commandTimeout{1000};
};

/// Connects to url, sends AUTH (password, or ACL user and password) and SELECT. On failure
/// returns null and sets *error to one line naming the server and its own message (never the
/// password). For callers that keep their own context (the console's telemetry worker).
/// A redis+sentinel:// URL is resolved on every call (SentinelResolver): *primary (if given)
/// is then the primary's own URL; else url itself. hint: a primary the sentinels announced
/// (SentinelWatch), tried first.
Context connectRedis(const RedisUrl& url, const ConnectOptions& options, std::string* error,
                     RedisUrl* primary = nullptr, const Endpoint* hint = nullptr);

/// The one-line reason of an I/O failure on c ("timed out", "connection closed by server", ...).
std::string ioErrorText(const redisContext* c);

/// A synchronous Redis connection (hiredis 0.14). Not thread-safe: one per thread. Behind a
/// redis+sentinel:// URL it shares the process' SentinelWatch: a failover the sentinels announce
/// is news to it (newsSinceConnect), and the next connect() tries the announced primary first.
class RedisLink {
 public:
  explicit RedisLink(RedisUrl url) : RedisLink(std::move(url), ConnectOptions{}) {}
  RedisLink(RedisUrl url, ConnectOptions options);
  RedisLink(const RedisLink&) = delete;
  RedisLink& operator=(const RedisLink&) = delete;

  /// One attempt: connect, AUTH, SELECT. On failure lastError() says why (never the password).
  bool connect();
  void disconnect() { ctx_.reset(); }
  bool connected() const { return ctx_ != nullptr; }
  /// Why the last connect or command failed, one line.
  const std::string& lastError() const { return error_; }
  const RedisUrl& url() const { return url_; }
  /// The server of the current (or last) connection: url() itself, or for a redis+sentinel://
  /// URL the primary the sentinels named at the last connect().
  const RedisUrl& server() const { return primary_; }
  /// The socket, for poll(); -1 when not connected.
  int fd() const;
  /// The hiredis context (null when not connected), for code that issues its own commands.
  redisContext* context() { return ctx_.get(); }
  /// After an I/O error on context(): disconnects, lastError() = "lost Redis at X: why". A
  /// timeout marks the server silent for every connection of the process (noteSilent).
  void failed();
  /// The connection is unusable for a reason found outside hiredis (a socket read by the
  /// caller): disconnects, lastError() = "lost Redis at X: why".
  void lost(const std::string& why);
  /// As lost(), for a server that fell silent (a PING without an answer): marked silent.
  void lostSilent(const std::string& why);

  /// The sentinels announced a primary since the last connect() (a sentinel URL only): worth
  /// connecting again now, without waiting for the backoff.
  bool newsSinceConnect() const { return watch_ && watch_->generation() != seen_; }
  /// Connected, and the sentinels announced a primary other than server() since: it was
  /// replaced (a power loss ends no connection: the old primary just falls silent).
  bool primaryMoved() const;
  /// Where the sentinels' last announcement put the primary ("" if none).
  std::string announcedPrimary() const;
  /// True behind a sentinel URL: waitForNews() can wait for an announcement.
  bool watching() const { return watch_ != nullptr; }
  /// Up to timeout, or until the sentinels announce a primary not seen at the last connect()
  /// (not a sentinel URL: the whole timeout).
  void waitForNews(std::chrono::milliseconds timeout) const;

  /// Queues a command (pipelining); sent by the next getReply(). False if not connected.
  bool append(const std::vector<std::string_view>& args);
  /// Queues a command whose arguments are already in a vector of strings.
  bool append(const std::vector<std::string>& args);
  /// Queues commands already encoded in RESP (the hot path: no formatting by hiredis).
  bool appendFormatted(const char* resp, std::size_t len);
  /// Writes a RESP-encoded command now, straight from the caller's buffer (no copy, no
  /// allocation; behind anything queued). False on an I/O error (disconnects).
  bool sendFormatted(const char* resp, std::size_t len);
  /// Reads n replies without building reply objects (no allocation), counting error replies
  /// in *errors. False on an I/O error or timeout (disconnects).
  bool skipReplies(std::size_t n, std::size_t* errors);
  /// Sends what is queued and reads one reply. nullptr on an I/O error or timeout: the link is
  /// then disconnected and lastError() set. Error replies are returned (type REDIS_REPLY_ERROR).
  Reply getReply();
  /// append + getReply.
  Reply command(const std::vector<std::string_view>& args);
  /// Writes everything queued without waiting for replies (read them later with getReply()).
  /// False on an I/O error (disconnects).
  bool flushOutput();
  /// SO_RCVTIMEO of the socket (for reading it directly, e.g. with a PushReader).
  void setReceiveTimeout(std::chrono::milliseconds ms);
  /// What hiredis has read from the socket but not parsed yet (bytes that follow the last
  /// reply); handed over, hiredis forgets them. Valid until the next call on this link.
  std::string_view takeBufferedInput();

 private:
  void fail(std::string why);

  RedisUrl url_;
  ConnectOptions options_;
  std::shared_ptr<SentinelWatch> watch_;  // sentinel URLs only
  std::uint64_t seen_ = 0;                // the watch's generation at the last connect()
  std::uint64_t connectedAt_ = 0;         // ... at the last successful one
  RedisUrl primary_;
  Context ctx_;
  std::string error_;
};

}  // namespace swarmlab::redis
