#include "SentinelResolver.hpp"

#include <hiredis/hiredis.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>
#include <vector>

namespace swarmlab::redis {

namespace {
// A sentinel started without users or a password answers AUTH with this: ask it without.
constexpr std::string_view kNoPasswordSet = "without any password configured";

RedisUrl sentinelUrl(const RedisUrl& url, const Endpoint& e, bool withCredentials) {
  RedisUrl s;
  s.host = e.host;
  s.port = e.port;
  if (withCredentials) {
    s.user = url.user;
    s.password = url.password;
  }
  return s;
}

// The primary's address as one sentinel sees it; an error text or empty.
std::string askSentinel(const RedisUrl& url, const Endpoint& e, const ConnectOptions& options,
                        RedisUrl* answer) {
  std::string why;
  Context c = connectRedis(sentinelUrl(url, e, true), options, &why);
  if (!c && !url.password.empty() && why.find(kNoPasswordSet) != std::string::npos)
    c = connectRedis(sentinelUrl(url, e, false), options, &why);
  if (!c) return why;
  const std::string where = e.host + ":" + std::to_string(e.port);
  Reply r = command(c.get(), {"SENTINEL", "get-master-addr-by-name", url.master});
  if (!r) return "lost sentinel " + where + ": " + ioErrorText(c.get());
  if (isError(r.get())) return "sentinel " + where + ": " + errorText(r.get());
  if (r->type == REDIS_REPLY_NIL) return "sentinel " + where + " knows no master " + url.master;
  if (r->type != REDIS_REPLY_ARRAY || r->elements != 2)
    return "sentinel " + where + ": expected [host, port], got " + errorText(r.get());
  const auto port = replyInt(r->element[1]);
  if (!port || *port < 1 || *port > 65535)
    return "sentinel " + where + ": bad port " + std::string(replyText(r->element[1]));
  *answer = url;
  answer->sentinels.clear();
  answer->master.clear();
  answer->host = std::string(replyText(r->element[0]));
  answer->port = static_cast<int>(*port);
  return {};
}
// Sentinels that did not answer lately, asked last: a sentinel whose machine lost power costs
// a whole connect timeout per attempt, and the others name the primary as well. Shared by every
// connection of the process (the agents connect from two threads).
class Unanswered {
 public:
  static constexpr auto kRemember = std::chrono::seconds(30);
  void note(const Endpoint& e, bool answered) {
    std::lock_guard lock(mutex_);
    if (answered)
      since_.erase(key(e));
    else
      since_[key(e)] = std::chrono::steady_clock::now();
  }
  /// The sentinels in order, those that did not answer within kRemember last.
  std::vector<Endpoint> order(const std::vector<Endpoint>& all) {
    std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    std::vector<Endpoint> out = all;
    std::stable_partition(out.begin(), out.end(), [&](const Endpoint& e) {
      const auto it = since_.find(key(e));
      return it == since_.end() || now - it->second > kRemember;
    });
    return out;
  }

 private:
  static std::string key(const Endpoint& e) { return e.host + ":" + std::to_string(e.port); }
  std::mutex mutex_;
  std::map<std::string, std::chrono::steady_clock::time_point> since_;
};

Unanswered& unanswered() {
  static Unanswered u;
  return u;
}

}  // namespace

std::string roleOf(redisContext* c, std::string* error) {
  Reply r = command(c, {"ROLE"});
  if (!r || isError(r.get()) || r->type != REDIS_REPLY_ARRAY || r->elements == 0) {
    if (error) *error = r ? "ROLE: " + errorText(r.get()) : ioErrorText(c);
    return {};
  }
  return std::string(replyText(r->element[0]));
}

Context connectViaSentinels(const RedisUrl& url, const ConnectOptions& options, RedisUrl* primary,
                            std::string* error) {
  std::vector<std::string> tried;  // "primary" addresses already tried (several sentinels agree)
  std::string why;
  for (const Endpoint& e : unanswered().order(url.sentinels)) {
    RedisUrl candidate;
    const std::string refused = askSentinel(url, e, options, &candidate);
    unanswered().note(e, refused.empty() || refused.rfind("sentinel ", 0) == 0);  // answered?
    if (!refused.empty()) {
      why += (why.empty() ? "" : "; ") + refused;
      continue;
    }
    const std::string where = candidate.where();
    bool seen = false;
    for (const auto& t : tried) seen = seen || t == where;
    if (seen) continue;
    tried.push_back(where);
    std::string no;
    Context c = connectRedis(candidate, options, &no);
    if (c) {
      const std::string role = roleOf(c.get(), &no);
      if (role == "master") {
        if (primary) *primary = candidate;
        return c;
      }
      if (!role.empty()) no = "Redis at " + where + " is a " + role + ", not the primary (yet)";
    }
    why += (why.empty() ? "" : "; ") + no;
  }
  if (error) *error = "no primary " + url.master + " via sentinels: " + why;
  return nullptr;
}

}  // namespace swarmlab::redis
