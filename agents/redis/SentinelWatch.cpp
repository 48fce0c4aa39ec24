#include "SentinelWatch.hpp"

#include <hiredis/hiredis.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cerrno>
#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "RedisLink.hpp"
#include "SentinelResolver.hpp"

namespace swarmlab::redis {

namespace {
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr char kPromotion[] = "+failover-state-wait-promotion";
constexpr char kSwitch[] = "+switch-master";
constexpr ConnectOptions kOptions{milliseconds(500), milliseconds(1000)};
constexpr int kPollMs = 250;  // how soon a released watch's threads end
// PING a sentinel that said nothing for this long: about two PINGs a second per sentinel and
// process, so that one whose machine lost power is known quiet (noteHeard) within ~1.2 s
constexpr auto kQuiet = milliseconds(500);
constexpr auto kPingTimeout = milliseconds(1000);
constexpr auto kFirstRetry = milliseconds(200);
constexpr auto kMaxRetry = milliseconds(5000);

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    const auto start = s.find_first_not_of(' ');
    if (start == std::string_view::npos) break;
    s.remove_prefix(start);
    const auto end = std::min(s.find(' '), s.size());
    out.push_back(s.substr(0, end));
    s.remove_prefix(end);
  }
  return out;
}

std::optional<Endpoint> endpoint(std::string_view host, std::string_view port) {
  int p = 0;
  const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), p);
  if (ec != std::errc() || end != port.data() + port.size() || p < 1 || p > 65535 || host.empty())
    return std::nullopt;
  return Endpoint{std::string(host), p};
}
}  // namespace

std::optional<Endpoint> announcedPrimary(std::string_view channel, std::string_view payload,
                                         std::string_view master) {
  const auto w = words(payload);
  if (channel == kPromotion && w.size() >= 6 && w[0] == "slave" && w[4] == "@" && w[5] == master)
    return endpoint(w[2], w[3]);
  if (channel == kSwitch && w.size() == 5 && w[0] == master) return endpoint(w[3], w[4]);
  return std::nullopt;
}

struct SentinelWatch::State {
  RedisUrl url;
  std::atomic<bool> stop{false};
  std::atomic<std::uint64_t> generation{0};
  mutable std::mutex mu;
  mutable std::condition_variable cv;
  Endpoint primary;  // under mu

  void announce(const Endpoint& e) {
    {
      std::lock_guard lock(mu);
      if (generation > 0 && primary == e) return;  // every sentinel says +switch-master
      primary = e;
      ++generation;
    }
    cv.notify_all();
  }
  void sleep(milliseconds d) {
    std::unique_lock lock(mu);
    cv.wait_for(lock, d, [&] { return stop.load(); });
  }
  void heard(const redisReply* r) {
    if (r->type != REDIS_REPLY_ARRAY || r->elements != 3) return;
    if (replyText(r->element[0]) != "message") return;  // subscribe confirmations, PING's pong
    if (auto e = announcedPrimary(replyText(r->element[1]), replyText(r->element[2]), url.master))
      announce(*e);
  }
};

namespace {
// Reads the subscribed connection until it is lost, silent, or the watch is released.
void listen(SentinelWatch::State& s, redisContext* c, const Endpoint& e) {
  auto heard = Clock::now();
  std::optional<Clock::time_point> pinged;
  while (!s.stop) {
    pollfd p{c->fd, POLLIN, 0};
    const int n = ::poll(&p, 1, kPollMs);
    const auto now = Clock::now();
    if (n < 0 && errno != EINTR) return;
    if (n > 0) {
      if (redisBufferRead(c) != REDIS_OK) return;
      void* r = nullptr;
      while (redisGetReplyFromReader(c, &r) == REDIS_OK && r) {
        const Reply reply(static_cast<redisReply*>(r));
        s.heard(reply.get());
        r = nullptr;
      }
      if (c->err) return;
      heard = now;
      pinged.reset();
      noteHeard(e);
      continue;
    }
    if (pinged && now - *pinged > kPingTimeout) {
      noteSilent(e);
      return;
    }
    if (!pinged && now - heard > kQuiet) {  // RESP2 allows PING on a subscribed connection
      int done = 0;
      if (redisAppendCommand(c, "PING") != REDIS_OK || redisBufferWrite(c, &done) != REDIS_OK)
        return;
      pinged = now;
    }
  }
}

void watchSentinel(std::shared_ptr<SentinelWatch::State> s, Endpoint e) {
  milliseconds retry = kFirstRetry;
  while (!s->stop) {
    std::string why;
    Context c = connectSentinel(s->url, e, kOptions, &why);
    if (c) {
      Reply r = command(c.get(), {"SUBSCRIBE", kPromotion, kSwitch});
      if (r && isError(r.get())) return;  // not allowed: reconnects ask the sentinels instead
      if (r) {
        retry = kFirstRetry;
        noteHeard(e);
        listen(*s, c.get(), e);
      }
    } else if (isTimeout(why)) {
      noteSilent(e);
    }
    s->sleep(retry);
    retry = std::min(retry * 2, kMaxRetry);
  }
}

std::mutex& registryMutex() {
  static auto* m = new std::mutex;
  return *m;
}
}  // namespace

std::shared_ptr<SentinelWatch> SentinelWatch::acquire(const RedisUrl& url) {
  static auto* watches = new std::map<std::string, std::weak_ptr<SentinelWatch>>;
  std::lock_guard lock(registryMutex());
  std::weak_ptr<SentinelWatch>& slot = (*watches)[url.withCredentials()];  // in memory only
  if (auto w = slot.lock()) return w;
  std::shared_ptr<SentinelWatch> w(new SentinelWatch(url));
  slot = w;
  return w;
}

SentinelWatch::SentinelWatch(const RedisUrl& url) : state_(std::make_shared<State>()) {
  state_->url = url;
  // the agents' stop signals must reach the threads that wait in their own loops
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &old);
  try {
    for (const Endpoint& e : url.sentinels) std::thread(watchSentinel, state_, e).detach();
  } catch (const std::system_error&) {
    // no thread: the clients learn of a failover when they reconnect
  }
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
}

SentinelWatch::~SentinelWatch() {
  state_->stop = true;
  state_->cv.notify_all();
}

std::uint64_t SentinelWatch::generation() const { return state_->generation.load(); }

SentinelWatch::News SentinelWatch::news() const {
  std::lock_guard lock(state_->mu);
  return {state_->generation.load(), state_->primary};
}

bool SentinelWatch::waitForNews(std::uint64_t seen, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(state_->mu);
  return state_->cv.wait_for(lock, timeout, [&] { return state_->generation != seen; });
}

}  // namespace swarmlab::redis
