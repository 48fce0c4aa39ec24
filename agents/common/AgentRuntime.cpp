#include "AgentRuntime.hpp"

#include <cstdio>
#include <limits>

#include "ClockSync.hpp"
#include "Signals.hpp"

namespace swarmlab::agents {

namespace {
constexpr double kNsPerS = 1e9;
}  // namespace

RunWindow::RunWindow(double durationS)
    : startLocalUs_(redis::localMicros()),
      startMonoNs_(redis::monotonicNanos()),
      endMonoNs_(durationS > 0 ? startMonoNs_ + static_cast<std::int64_t>(durationS * kNsPerS)
                               : std::numeric_limits<std::int64_t>::max()) {}

bool RunWindow::over() const { return over(redis::monotonicNanos()); }

double RunWindow::elapsedS() const {
  return static_cast<double>(redis::monotonicNanos() - startMonoNs_) / kNsPerS;
}

AgentRuntime::AgentRuntime(const char* prog, const CommonConfig& config)
    : prog_(prog), config_(config), window_(config.durationS), reconnector_(prog) {
  if (config.redis.isSentinel()) reconnector_.setMaxDelay(Reconnector::kSentinelMaxDelay);
  installStopSignals();
}

std::optional<int> AgentRuntime::exitAfterParse(const ParseOutcome& parsed) {
  if (parsed.run) return std::nullopt;
  std::fprintf(parsed.exitCode == kExitDone ? stdout : stderr, "%s\n", parsed.message.c_str());
  return parsed.exitCode;
}

std::optional<int> AgentRuntime::exitUnlessConnected(Start started) {
  switch (started) {
    case Start::Stopped:
      return kExitDone;
    case Start::NoRedis:
      return kExitRuntime;
    case Start::Connected:
      break;
  }
  return std::nullopt;
}

bool AgentRuntime::openLog(const char* header) {
  if (config_.logPath.empty() || log_.open(config_.logPath, header)) return true;
  std::fprintf(stderr, "%s: %s\n", prog_, log_.error().c_str());
  return false;
}

AgentRuntime::Start AgentRuntime::waitForRedis(const std::function<bool()>& attempt,
                                               const std::function<std::string()>& lastError) {
  while (!stopRequested()) {
    if (attempt()) {
      reconnector_.succeeded(redis::monotonicNanos());
      return Start::Connected;
    }
    const std::int64_t now = redis::monotonicNanos();
    reconnector_.failed(now, lastError(), "waiting for Redis", "; retrying (backoff up to 2 s)");
    if (window_.over(now)) {
      std::fprintf(stderr, "%s: no Redis within the run's %.3g s: %s\n", prog_, config_.durationS,
                   lastError().c_str());
      return Start::NoRedis;
    }
    sleepUnlessStopped(std::chrono::nanoseconds(reconnector_.waitNs(now)));
  }
  return Start::Stopped;
}

void AgentRuntime::checkLog() {
  if (!failed() && !log_.flush()) fail(log_.error());
}

void AgentRuntime::fail(const std::string& why) {
  if (failed()) return;
  failure_ = why;
  std::fprintf(stderr, "%s: %s; stopping\n", prog_, why.c_str());
  requestStop();
}

std::string AgentRuntime::stopReason() const {
  if (failed()) return failure_;
  const int sig = stopSignal();
  return sig ? "signal " + std::to_string(sig) : std::string("duration elapsed");
}

int AgentRuntime::finish(const std::string& why, const std::string& summary) {
  if (!log_.close() && !failed()) {
    failure_ = log_.error();
    std::fprintf(stderr, "%s: %s\n", prog_, failure_.c_str());
  }
  std::fprintf(stderr, "%s: stopped (%s): %s in %.1f s\n", prog_, why.c_str(), summary.c_str(),
               window_.elapsedS());
  return failed() ? kExitRuntime : kExitDone;
}

}  // namespace swarmlab::agents
