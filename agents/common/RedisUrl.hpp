// Parsing of --redis URLs: redis://[[user]:password@]host[:port][/db] and unix:///path.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace swarmlab::agents {

/// Where and how to reach Redis. The password is kept only for AUTH and never printed.
struct RedisUrl {
  bool isUnix = false;
  std::string host = "127.0.0.1";
  int port = 6379;
  std::string path;  ///< unix socket path when isUnix
  std::string user;
  std::string password;
  int db = 0;

  /// The URL with the password replaced by "***" (safe for logs and error messages).
  std::string redacted() const;
  /// host:port or the socket path, for "cannot reach X" messages.
  std::string where() const;
};

/// Parses a URL; on failure returns nullopt and sets *error to what was expected (the URL in
/// the message is redacted).
std::optional<RedisUrl> parseRedisUrl(std::string_view url, std::string* error);

}  // namespace swarmlab::agents
