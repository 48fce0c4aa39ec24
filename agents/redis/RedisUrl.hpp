// Redis URLs: redis://[[user]:password@]host[:port][/db], unix://[[user]:password@]/path and
// redis+sentinel://[[user]:password@]host[:port][,host[:port]...]/master (the primary found
// through Redis Sentinel), and the one redaction helper every program uses before a URL
// reaches any text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace swarmlab::redis {

/// One host:port (a Sentinel of a redis+sentinel:// URL).
struct Endpoint {
  std::string host;
  int port = 26379;
  bool operator==(const Endpoint&) const = default;
};

/// Where and how to reach Redis. The password is kept only for AUTH and never printed.
struct RedisUrl {
  bool isUnix = false;
  std::string host = "127.0.0.1";
  int port = 6379;
  std::string path;  ///< unix socket path when isUnix
  std::string user;  ///< ACL user (empty: the default user)
  std::string password;
  int db = 0;
  /// redis+sentinel://: the sentinels to ask, in turn, for the primary of `master` (host and
  /// port above are then unused). The credentials serve both the sentinels and the primary.
  std::vector<Endpoint> sentinels;
  std::string master;

  bool isSentinel() const { return !sentinels.empty(); }
  /// The URL with the password replaced by "***" (safe for logs and error messages).
  std::string redacted() const;
  /// host:port, the socket path, or "primary M via sentinels h:p,h:p", for "cannot reach X".
  std::string where() const;
  /// The whole URL, credentials %-escaped: parseRedisUrl(u.withCredentials()) == u. Only for
  /// handing to code that connects, in memory; never for any text a person or a file sees.
  std::string withCredentials() const;
};

/// Reads a password from a file (Docker secret, *_FILE variable, --redis-password-file): its
/// first line without the line end. False and *error naming the file and what was expected.
bool readPasswordFile(const std::string& path, std::string* password, std::string* error);

/// Parses a URL; on failure returns nullopt and sets *error to what was expected (the URL in
/// the message is redacted). The password may hold '/', ':' or '@' as they are or %-escaped.
std::optional<RedisUrl> parseRedisUrl(std::string_view url, std::string* error);

/// Any text that may be a URL with credentials (valid or not), made safe to show: everything
/// between "://" and the last '@' but the user name is replaced by "***"; without "://" a text
/// holding '@' is shown as "(hidden)".
std::string redactUrl(std::string_view url);

}  // namespace swarmlab::redis
