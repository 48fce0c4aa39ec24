#include "RedisUrl.hpp"

#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>

namespace swarmlab::redis {

namespace {
constexpr std::string_view kExpected =
    "expected redis://[[user]:password@]host[:port][/db], unix://[[user]:password@]/path or "
    "redis+sentinel://[[user]:password@]host[:port][,host[:port]...]/master";
constexpr std::string_view kRedisScheme = "redis://";
constexpr std::string_view kUnixScheme = "unix://";
constexpr std::string_view kSentinelScheme = "redis+sentinel://";
constexpr int kSentinelPort = 26379;

bool percentDecode(std::string_view in, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '%') {
      out.push_back(in[i]);
      continue;
    }
    if (i + 2 >= in.size()) return false;
    int v = 0;
    auto r = std::from_chars(in.data() + i + 1, in.data() + i + 3, v, 16);
    if (r.ec != std::errc{} || r.ptr != in.data() + i + 3) return false;
    out.push_back(static_cast<char>(v));
    i += 2;
  }
  return true;
}

bool parseInt(std::string_view s, int lo, int hi, int& out) {
  if (s.empty()) return false;
  int v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc{} || r.ptr != s.data() + s.size() || v < lo || v > hi) return false;
  out = v;
  return true;
}

// "user:password" (both %-decoded); an error text or empty.
std::string parseUserinfo(std::string_view userinfo, RedisUrl& u) {
  auto colon = userinfo.find(':');
  if (colon == std::string_view::npos) return "expected ':password@' before the host";
  if (!percentDecode(userinfo.substr(0, colon), u.user) ||
      !percentDecode(userinfo.substr(colon + 1), u.password)) {
    return "bad %-escape in the credentials";
  }
  if (u.password.empty()) return "empty password";
  return {};
}

// host[:port] or [v6][:port]; an error text or empty.
std::string parseHostPort(std::string_view authority, RedisUrl& u) {
  std::string_view portPart;
  bool hasPort = false;
  if (authority.starts_with("[")) {
    auto close = authority.find(']');
    if (close == std::string_view::npos) return "unterminated [IPv6] host";
    u.host = std::string(authority.substr(1, close - 1));
    auto after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') return "junk after ]";
      portPart = after.substr(1);
      hasPort = true;
    }
  } else {
    auto colon = authority.find(':');
    u.host = std::string(authority.substr(0, colon));
    if (colon != std::string_view::npos) {
      portPart = authority.substr(colon + 1);
      hasPort = true;
    }
  }
  if (u.host.empty()) return "missing host";
  if (hasPort && portPart.empty()) return "empty port";
  if (hasPort && !parseInt(portPart, 1, 65535, u.port)) return "port must be 1-65535";
  return {};
}

// unix://[userinfo@]/path: credentials only when the rest does not start with the path.
std::string parseUnix(std::string_view rest, RedisUrl& u) {
  u.isUnix = true;
  if (!rest.starts_with("/")) {
    auto at = rest.rfind("@/");
    if (at == std::string_view::npos) return "the socket path must be absolute";
    if (auto why = parseUserinfo(rest.substr(0, at), u); !why.empty()) return why;
    rest = rest.substr(at + 1);
  }
  u.path = std::string(rest);
  if (u.path.size() < 2) return "the socket path must be absolute";
  return {};
}

// A leading "userinfo@" of rest, parsed into u and removed. The last '@' ends it: a password
// may hold '@', '/' and ':' unescaped; hosts, ports, db and master names never hold '@'.
std::string takeUserinfo(std::string_view& rest, RedisUrl& u) {
  auto at = rest.rfind('@');
  if (at == std::string_view::npos) return {};
  if (auto why = parseUserinfo(rest.substr(0, at), u); !why.empty()) return why;
  rest = rest.substr(at + 1);
  return {};
}

// [userinfo@]host[:port],host[:port]/master: each sentinel parsed as a redis:// host.
std::string parseSentinel(std::string_view rest, RedisUrl& u) {
  if (auto why = takeUserinfo(rest, u); !why.empty()) return why;
  auto slash = rest.find('/');
  if (slash == std::string_view::npos || slash + 1 == rest.size())
    return "missing the master name after '/'";
  u.master = std::string(rest.substr(slash + 1));
  if (u.master.find_first_of("/ ") != std::string::npos) return "bad master name";
  std::string_view hosts = rest.substr(0, slash);
  while (true) {
    auto comma = hosts.find(',');
    RedisUrl one;
    one.port = kSentinelPort;
    if (auto why = parseHostPort(hosts.substr(0, comma), one); !why.empty())
      return "sentinel " + std::to_string(u.sentinels.size() + 1) + ": " + why;
    u.sentinels.push_back({one.host, one.port});
    if (comma == std::string_view::npos) break;
    hosts = hosts.substr(comma + 1);
  }
  return {};
}

std::string parseTcp(std::string_view rest, RedisUrl& u) {
  if (auto why = takeUserinfo(rest, u); !why.empty()) return why;
  auto slash = rest.find('/');
  if (slash != std::string_view::npos) {
    auto dbPart = rest.substr(slash + 1);
    if (!dbPart.empty() && !parseInt(dbPart, 0, 1 << 20, u.db)) return "bad database number";
  }
  return parseHostPort(rest.substr(0, slash), u);
}

std::string endpoints(const std::vector<Endpoint>& list) {
  std::string s;
  for (const auto& e : list) {
    if (!s.empty()) s += ',';
    const bool v6 = e.host.find(':') != std::string::npos;
    s += (v6 ? "[" + e.host + "]" : e.host) + ":" + std::to_string(e.port);
  }
  return s;
}

std::string_view schemeOf(const RedisUrl& u) {
  return u.isSentinel() ? kSentinelScheme : u.isUnix ? kUnixScheme : kRedisScheme;
}

// host:port, the socket path, or the sentinels and the master name (the URL's tail)
std::string tail(const RedisUrl& u) {
  if (u.isSentinel()) return endpoints(u.sentinels) + "/" + u.master;
  std::string s = u.where();
  if (!u.isUnix && u.db != 0) s += "/" + std::to_string(u.db);
  return s;
}
}  // namespace

std::string RedisUrl::redacted() const {
  std::string s(schemeOf(*this));
  if (!password.empty()) s += user + ":***@";
  return s + tail(*this);
}

std::string RedisUrl::where() const {
  if (isSentinel()) return "primary " + master + " via sentinels " + endpoints(sentinels);
  if (isUnix) return path;
  bool v6 = host.find(':') != std::string::npos;
  return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::string RedisUrl::withCredentials() const {
  auto escape = [](const std::string& in) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char ch : in) {
      if (std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.' || ch == '~') {
        out.push_back(static_cast<char>(ch));
      } else {
        out += {'%', kHex[ch >> 4], kHex[ch & 15]};
      }
    }
    return out;
  };
  std::string s(schemeOf(*this));
  if (!password.empty()) s += escape(user) + ":" + escape(password) + "@";
  return s + tail(*this);
}

bool readPasswordFile(const std::string& path, std::string* password, std::string* error) {
  auto fail = [&](const std::string& why) {
    if (error) *error = "password file " + path + ": " + why;
    return false;
  };
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(std::strerror(errno));
  std::string line;
  std::getline(in, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line.empty()) return fail("expected the password on its first line, found none");
  *password = std::move(line);
  return true;
}

std::string redactUrl(std::string_view url) {
  auto scheme = url.find("://");
  if (scheme == std::string_view::npos) {
    return url.find('@') == std::string_view::npos ? std::string(url) : std::string("(hidden)");
  }
  auto rest = url.substr(scheme + 3);
  auto at = rest.rfind('@');
  if (at == std::string_view::npos) return std::string(url);
  auto userinfo = rest.substr(0, at);
  auto colon = userinfo.find(':');
  std::string out(url.substr(0, scheme + 3));
  if (colon != std::string_view::npos) out += std::string(userinfo.substr(0, colon)) + ":";
  return out + "***@" + std::string(rest.substr(at + 1));
}

std::optional<RedisUrl> parseRedisUrl(std::string_view url, std::string* error) {
  RedisUrl u;
  std::string why;
  if (url.starts_with(kSentinelScheme)) {
    why = parseSentinel(url.substr(kSentinelScheme.size()), u);
  } else if (url.starts_with(kUnixScheme)) {
    why = parseUnix(url.substr(kUnixScheme.size()), u);
  } else if (url.starts_with(kRedisScheme)) {
    why = parseTcp(url.substr(kRedisScheme.size()), u);
  } else {
    why = "unknown scheme";
  }
  if (why.empty()) return u;
  if (error) *error = std::string(kExpected) + ", got '" + redactUrl(url) + "' (" + why + ")";
  return std::nullopt;
}

}  // namespace swarmlab::redis
