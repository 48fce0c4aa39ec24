#include "ClockSync.hpp"

#include <charconv>
#include <ctime>
#include <hiredis/hiredis.h>
#include <limits>

#include "RedisLink.hpp"

namespace swarmlab::agents {

std::int64_t localMicros() {
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  return std::int64_t{ts.tv_sec} * 1'000'000 + ts.tv_nsec / 1000;
}

std::int64_t monotonicNanos() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

namespace {
bool toInt(const redisReply* r, std::int64_t& out) {
  if (r->type == REDIS_REPLY_INTEGER) {
    out = r->integer;
    return true;
  }
  if (r->type != REDIS_REPLY_STRING) return false;
  auto res = std::from_chars(r->str, r->str + r->len, out);
  return res.ec == std::errc{} && res.ptr == r->str + r->len;
}
}  // namespace

bool ClockSync::sync(RedisLink& link, int samples) {
  std::int64_t bestRtt = std::numeric_limits<std::int64_t>::max();
  std::int64_t bestOffset = 0;
  for (int i = 0; i < samples; ++i) {
    std::int64_t t0 = localMicros();
    Reply r = link.command({"TIME"});
    std::int64_t t1 = localMicros();
    if (!r) return false;
    std::int64_t sec = 0, usec = 0;
    if (r->type != REDIS_REPLY_ARRAY || r->elements != 2 || !toInt(r->element[0], sec) ||
        !toInt(r->element[1], usec)) {
      continue;  // e.g. TIME disabled by ACL: keep the previous estimate
    }
    std::int64_t server = sec * 1'000'000 + usec;
    std::int64_t rtt = t1 - t0;
    if (rtt < bestRtt) {
      bestRtt = rtt;
      bestOffset = server - (t0 + t1) / 2;
    }
  }
  if (bestRtt == std::numeric_limits<std::int64_t>::max()) return true;
  offset_ = bestOffset;
  rtt_ = bestRtt;
  synced_ = true;
  lastSyncNs_ = monotonicNanos();
  return true;
}

bool ClockSync::due(std::chrono::seconds refresh) const {
  if (!synced_) return true;
  return monotonicNanos() - lastSyncNs_.load() >= std::chrono::nanoseconds(refresh).count();
}

}  // namespace swarmlab::agents
