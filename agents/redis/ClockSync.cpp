#include "ClockSync.hpp"

#include <hiredis/hiredis.h>

#include <ctime>

#include "RedisLink.hpp"
#include "RedisReply.hpp"

namespace swarmlab::redis {

namespace {
constexpr std::int64_t kEarlyBursts = 4;
constexpr auto kEarlyInterval = std::chrono::seconds(2);

double boundUs(std::int64_t rttUs, std::int64_t ageNs, double ppm) {
  return static_cast<double>(rttUs) / 2.0 + static_cast<double>(ageNs) / 1000.0 * ppm * 1e-6;
}
}  // namespace

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

TimeBurst timeBurst(redisContext* c, int samples) {
  TimeBurst out;
  for (int i = 0; i < samples; ++i) {
    const std::int64_t t0 = localMicros();
    Reply r = command(c, {"TIME"});
    const std::int64_t t1 = localMicros();
    if (!r) {
      out.ioOk = false;
      out.error = ioErrorText(c);
      return out;
    }
    std::optional<std::int64_t> sec, usec;
    if (r->type == REDIS_REPLY_ARRAY && r->elements == 2) {
      sec = replyInt(r->element[0]);
      usec = replyInt(r->element[1]);
    }
    if (!sec || !usec) {
      // e.g. TIME forbidden by an ACL: the caller keeps its previous estimate
      out.error = "TIME: " + errorText(r.get());
      continue;
    }
    const ClockSample s{*sec * 1'000'000 + *usec - (t0 + t1) / 2, t1 - t0};
    if (!out.best || s.rttUs < out.best->rttUs) out.best = s;
  }
  return out;
}

bool ClockSync::sync(RedisLink& link, int samples) {
  if (!link.connected()) return false;
  const TimeBurst b = timeBurst(link.context(), samples);
  if (!b.ioOk) {
    link.failed();
    return false;
  }
  if (b.best) addSample(*b.best, monotonicNanos());
  return true;
}

std::int64_t ClockSync::addSample(ClockSample s, std::int64_t atMonoNs) {
  std::lock_guard lock(historyMu_);
  if (historySize_ == kHistory) {
    for (int i = 1; i < kHistory; ++i) history_[i - 1] = history_[i];
    --historySize_;
  }
  history_[historySize_++] = Sample{s.offsetUs, s.rttUs, atMonoNs};
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
  return history_[best].offset;
}

bool ClockSync::due(std::chrono::seconds refresh) const {
  if (!synced_) return true;
  // a few quick bursts first: one bad start (a loaded machine) is soon replaced
  const auto interval = bursts_.load() < kEarlyBursts ? kEarlyInterval : refresh;
  return monotonicNanos() - lastSyncNs_.load() >= std::chrono::nanoseconds(interval).count();
}

}  // namespace swarmlab::redis
