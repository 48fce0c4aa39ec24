#include "SentinelResolver.hpp"

#include <hiredis/hiredis.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace swarmlab::redis {

namespace {
using Clock = std::chrono::steady_clock;

// A sentinel started without users or a password answers AUTH with this: ask it without.
constexpr std::string_view kNoPasswordSet = "without any password configured";
// A silent server is tried again after this long: it may have been slow, not gone, and the
// sentinels fail over only after down-after-milliseconds (1 s in the lab).
constexpr auto kSilentRetry = std::chrono::seconds(2);
// A promoted replica answers ROLE "master" once it has run the leader's REPLICAOF NO ONE,
// which the leader announces as it sends it: asked again this often, for this long.
constexpr auto kPromotionPoll = std::chrono::milliseconds(10);
constexpr auto kPromotionWait = std::chrono::milliseconds(300);

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

std::string whereOf(const Endpoint& e) { return e.host + ":" + std::to_string(e.port); }

// Sentinels and servers that did not answer lately (refused or timed out), shared by every
// connection of the process (the agents connect from several threads). A sentinel whose
// machine lost power costs a whole connect timeout per attempt, and the others name the
// primary as well. A sentinel the SentinelWatch hears from (about every 0.5 s) but has not
// heard from for kSuspect is as good as silent: the watch only declares it so after its PING
// timeout, later than the agents' first attempt. Never destroyed: SentinelWatch threads may
// note into it during exit.
class Unanswered {
 public:
  static constexpr auto kRemember = std::chrono::seconds(30);
  static constexpr auto kSuspect = std::chrono::milliseconds(1200);
  void note(const Endpoint& e, bool answered) {
    std::lock_guard lock(mutex_);
    const std::string key = whereOf(e);
    if (!answered) {
      since_[key] = Clock::now();
      return;
    }
    since_.erase(key);
    if (auto it = heard_.find(key); it != heard_.end()) it->second = Clock::now();
  }
  void heard(const Endpoint& e) {
    std::lock_guard lock(mutex_);
    since_.erase(whereOf(e));
    heard_[whereOf(e)] = Clock::now();
  }
  /// True when e did not answer within the last `within`.
  bool lately(const Endpoint& e, Clock::duration within = kRemember) {
    std::lock_guard lock(mutex_);
    const auto it = since_.find(whereOf(e));
    return it != since_.end() && Clock::now() - it->second <= within;
  }
  /// A sentinel that did not answer lately, or that the watch stopped hearing from.
  bool quiet(const Endpoint& e) {
    if (lately(e)) return true;
    std::lock_guard lock(mutex_);
    const auto it = heard_.find(whereOf(e));
    return it != heard_.end() && Clock::now() - it->second > kSuspect;
  }
  /// The sentinels in order, the quiet ones last.
  std::vector<Endpoint> order(const std::vector<Endpoint>& all) {
    std::vector<Endpoint> out = all;
    std::stable_partition(out.begin(), out.end(), [&](const Endpoint& e) { return !quiet(e); });
    return out;
  }

 private:
  std::mutex mutex_;
  std::map<std::string, Clock::time_point> since_, heard_;
};

Unanswered& unanswered() {
  static auto* u = new Unanswered;
  return *u;
}

// The primary's address as one sentinel sees it; an error text or empty.
std::string askSentinel(const RedisUrl& url, const Endpoint& e, const ConnectOptions& options,
                        RedisUrl* answer) {
  std::string why;
  Context c = connectSentinel(url, e, options, &why);
  if (!c) return why;
  const std::string where = whereOf(e);
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

RedisUrl serverUrl(const RedisUrl& url, const Endpoint& e) {
  RedisUrl s = url;
  s.sentinels.clear();
  s.master.clear();
  s.host = e.host;
  s.port = e.port;
  return s;
}

// Connects to candidate and keeps it if it is the primary; else null and *why. A server that
// did not answer lately is not tried (*why says so). promotionWait: how long a replica may
// take to become the primary; it ends its clients' connections as it does (the leader's
// CLIENT KILL after REPLICAOF NO ONE), so each try is a new connection.
Context tryPrimary(const RedisUrl& candidate, const ConnectOptions& options,
                   Clock::duration promotionWait, std::string* why) {
  const Endpoint e{candidate.host, candidate.port};
  const std::string where = candidate.where();
  if (unanswered().lately(e, kSilentRetry)) {
    *why = "Redis at " + where + " did not answer lately (tried again after " +
           std::to_string(std::chrono::seconds(kSilentRetry).count()) + " s)";
    return nullptr;
  }
  const auto until = Clock::now() + promotionWait;
  for (;;) {
    Context c = connectRedis(candidate, options, why);
    if (c) {
      unanswered().note(e, true);
      const std::string role = roleOf(c.get(), why);
      if (role == "master") return c;
      if (!role.empty()) *why = "Redis at " + where + " is a " + role + ", not the primary (yet)";
    } else if (isTimeout(*why)) {
      noteSilent(e);
      return nullptr;
    }
    if (Clock::now() >= until) return nullptr;
    std::this_thread::sleep_for(kPromotionPoll);
  }
}

}  // namespace

void noteSilent(const Endpoint& e) { unanswered().note(e, false); }

void noteHeard(const Endpoint& sentinel) { unanswered().heard(sentinel); }

bool isTimeout(const std::string& why) {
  // hiredis says "Connection timed out" (a connect), ioErrorText "timed out" (a reply)
  return why.find("timed out") != std::string::npos;
}

Context connectSentinel(const RedisUrl& url, const Endpoint& sentinel,
                        const ConnectOptions& options, std::string* error) {
  Context c = connectRedis(sentinelUrl(url, sentinel, true), options, error);
  if (!c && !url.password.empty() && error->find(kNoPasswordSet) != std::string::npos)
    c = connectRedis(sentinelUrl(url, sentinel, false), options, error);
  return c;
}

std::string roleOf(redisContext* c, std::string* error) {
  Reply r = command(c, {"ROLE"});
  if (!r || isError(r.get()) || r->type != REDIS_REPLY_ARRAY || r->elements == 0) {
    if (error) *error = r ? "ROLE: " + errorText(r.get()) : ioErrorText(c);
    return {};
  }
  return std::string(replyText(r->element[0]));
}

Context connectViaSentinels(const RedisUrl& url, const ConnectOptions& options, RedisUrl* primary,
                            std::string* error, const Endpoint* hint) {
  std::vector<std::string> tried;  // "primary" addresses already tried (several sentinels agree)
  std::string why;
  auto keep = [&](const RedisUrl& candidate, Clock::duration promotionWait) -> Context {
    tried.push_back(candidate.where());
    std::string no;
    Context c = tryPrimary(candidate, options, promotionWait, &no);
    if (c && primary) *primary = candidate;
    if (!c) why += (why.empty() ? "" : "; ") + no;
    return c;
  };
  if (hint) {
    if (Context c = keep(serverUrl(url, *hint), kPromotionWait)) return c;
  }
  bool anyAnswered = false;
  for (const Endpoint& e : unanswered().order(url.sentinels)) {
    // the rest are quiet: those that answered named what they know
    if (anyAnswered && unanswered().quiet(e)) break;
    RedisUrl candidate;
    const std::string refused = askSentinel(url, e, options, &candidate);
    const bool answered = refused.empty() || refused.rfind("sentinel ", 0) == 0;
    unanswered().note(e, answered);
    anyAnswered = anyAnswered || answered;
    if (!refused.empty()) {
      why += (why.empty() ? "" : "; ") + refused;
      continue;
    }
    if (std::find(tried.begin(), tried.end(), candidate.where()) != tried.end()) continue;
    if (Context c = keep(candidate, Clock::duration::zero())) return c;
  }
  if (error) *error = "no primary " + url.master + " via sentinels: " + why;
  return nullptr;
}

}  // namespace swarmlab::redis
