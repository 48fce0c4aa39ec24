#include "ClockSync.hpp"

#include <hiredis/hiredis.h>
#include <charconv>
#include <ctime>
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
  addSample(bestOffset, bestRtt, monotonicNanos());
  return true;
}

namespace {
double boundUs(std::int64_t rttUs, std::int64_t ageNs, double ppm) {
  return static_cast<double>(rttUs) / 2.0 + static_cast<double>(ageNs) / 1000.0 * ppm * 1e-6;
}
}  // namespace

void ClockSync::addSample(std::int64_t offsetUs, std::int64_t rttUs, std::int64_t atMonoNs) {
  std::lock_guard lock(historyMu_);
  if (historySize_ == kHistory) {
    for (int i = 1; i < kHistory; ++i) history_[i - 1] = history_[i];
    --historySize_;
  }
  history_[historySize_++] = Sample{offsetUs, rttUs, atMonoNs};
  int best = 0;
  for (int i = 1; i < historySize_; ++i) {
    if (boundUs(history_[i].rtt, atMonoNs - history_[i].atNs, kDriftPpm) <
        boundUs(history_[best].rtt, atMonoNs - history_[best].atNs, kDriftPpm)) {
      best = i;
    }
  }
  offset_ = history_[best].offset;
  rtt_ = history_[best].rtt;
  synced_ = true;
  lastSyncNs_ = atMonoNs;
  ++bursts_;
}

bool ClockSync::due(std::chrono::seconds refresh) const {
  if (!synced_) return true;
  // a few quick bursts first: one bad start (a loaded machine) is soon replaced
  const auto interval = bursts_.load() < 4 ? std::chrono::seconds(2) : refresh;
  return monotonicNanos() - lastSyncNs_.load() >= std::chrono::nanoseconds(interval).count();
}

}  // namespace swarmlab::agents
