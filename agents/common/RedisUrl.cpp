#include "RedisUrl.hpp"

#include <charconv>

namespace swarmlab::agents {

namespace {
constexpr std::string_view kExpected =
    "expected redis://[:password@]host[:port][/db] or unix:///path/to/socket";

// The URL as it may be shown: userinfo (which may hold a password) masked.
std::string maskUserinfo(std::string_view url) {
  auto scheme = url.find("://");
  if (scheme == std::string_view::npos) {
    return url.find('@') == std::string_view::npos ? std::string(url) : std::string("(hidden)");
  }
  auto rest = url.substr(scheme + 3);
  auto slash = rest.find('/');
  auto authority = rest.substr(0, slash);
  auto at = authority.rfind('@');
  if (at == std::string_view::npos) return std::string(url);
  return std::string(url.substr(0, scheme + 3)) + "***@" + std::string(rest.substr(at + 1));
}

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
}  // namespace

std::string RedisUrl::redacted() const {
  if (isUnix) return "unix://" + path + (password.empty() ? "" : " (with password)");
  std::string s = "redis://";
  if (!password.empty()) s += user + ":***@";
  s += where();
  if (db != 0) s += "/" + std::to_string(db);
  return s;
}

std::string RedisUrl::where() const {
  if (isUnix) return path;
  bool v6 = host.find(':') != std::string::npos;
  return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::optional<RedisUrl> parseRedisUrl(std::string_view url, std::string* error) {
  auto fail = [&](std::string_view why) -> std::optional<RedisUrl> {
    if (error)
      *error =
          std::string(kExpected) + ", got '" + maskUserinfo(url) + "' (" + std::string(why) + ")";
    return std::nullopt;
  };
  RedisUrl u;
  if (url.starts_with("unix://")) {
    u.isUnix = true;
    u.path = std::string(url.substr(7));
    if (u.path.empty() || u.path.front() != '/') return fail("the socket path must be absolute");
    return u;
  }
  if (!url.starts_with("redis://")) return fail("unknown scheme");
  auto rest = url.substr(8);
  auto slash = rest.find('/');
  auto authority = rest.substr(0, slash);
  if (slash != std::string_view::npos) {
    auto dbPart = rest.substr(slash + 1);
    if (!dbPart.empty() && !parseInt(dbPart, 0, 1 << 20, u.db)) return fail("bad database number");
  }
  auto at = authority.rfind('@');
  if (at != std::string_view::npos) {
    auto userinfo = authority.substr(0, at);
    authority = authority.substr(at + 1);
    auto colon = userinfo.find(':');
    if (colon == std::string_view::npos) return fail("expected ':password@' before the host");
    if (!percentDecode(userinfo.substr(0, colon), u.user) ||
        !percentDecode(userinfo.substr(colon + 1), u.password)) {
      return fail("bad %-escape in the credentials");
    }
    if (u.password.empty()) return fail("empty password");
  }
  std::string_view portPart;
  if (authority.starts_with("[")) {
    auto close = authority.find(']');
    if (close == std::string_view::npos) return fail("unterminated [IPv6] host");
    u.host = std::string(authority.substr(1, close - 1));
    auto after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') return fail("junk after ]");
      portPart = after.substr(1);
      if (portPart.empty()) return fail("empty port");
    }
  } else {
    auto colon = authority.find(':');
    u.host = std::string(authority.substr(0, colon));
    if (colon != std::string_view::npos) {
      portPart = authority.substr(colon + 1);
      if (portPart.empty()) return fail("empty port");
    }
  }
  if (u.host.empty()) return fail("missing host");
  if (!portPart.empty() && !parseInt(portPart, 1, 65535, u.port))
    return fail("port must be 1-65535");
  return u;
}

}  // namespace swarmlab::agents
