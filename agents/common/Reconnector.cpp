#include "Reconnector.hpp"

#include <cstdio>

namespace swarmlab::agents {

namespace {
constexpr std::int64_t kNsPerMs = 1'000'000;
}  // namespace

Reconnector::Reconnector(std::string prog, bool quiet) : prog_(std::move(prog)), quiet_(quiet) {}

void Reconnector::lost(std::int64_t nowNs) {
  lostAtNs_ = nowNs;
  lastNoticeNs_ = nowNs;
  noticed_ = true;
  nextNs_ = nowNs + std::chrono::nanoseconds(backoff_.next()).count();
}

void Reconnector::failed(std::int64_t nowNs, const std::string& why, const char* what,
                         const char* tail) {
  nextNs_ = nowNs + std::chrono::nanoseconds(backoff_.next()).count();
  if (quiet_ || (noticed_ && nowNs - lastNoticeNs_ < kNoticeEveryNs)) return;
  noticed_ = true;
  lastNoticeNs_ = nowNs;
  std::fprintf(stderr, "%s: %s: %s%s\n", prog_.c_str(), what, why.c_str(), tail);
}

std::int64_t Reconnector::succeeded(std::int64_t nowNs) {
  backoff_.reset();
  nextNs_ = 0;
  noticed_ = false;
  return (nowNs - lostAtNs_) / kNsPerMs;
}

}  // namespace swarmlab::agents
