// What every agent does around its own work: the run window (--duration-s), waiting for Redis
// at start with backoff, the --log file, the stop reason and the shutdown summary line.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "Config.hpp"
#include "CsvLog.hpp"
#include "Reconnector.hpp"

namespace swarmlab::agents {

/// When the agent started (wall and monotonic clocks) and when its --duration-s ends.
class RunWindow {
 public:
  /// durationS 0: no end.
  explicit RunWindow(double durationS);
  std::int64_t startLocalUs() const { return startLocalUs_; }
  std::int64_t startMonoNs() const { return startMonoNs_; }
  std::int64_t endMonoNs() const { return endMonoNs_; }
  bool over(std::int64_t nowMonoNs) const { return nowMonoNs >= endMonoNs_; }
  bool over() const;
  double elapsedS() const;

 private:
  std::int64_t startLocalUs_;
  std::int64_t startMonoNs_;
  std::int64_t endMonoNs_;
};

/// One agent's run: created after the flags are parsed; installs the stop signals.
class AgentRuntime {
 public:
  enum class Start { Connected, Stopped, NoRedis };

  AgentRuntime(const char* prog, const CommonConfig& config);

  /// After parsing: the exit code if the agent must not run (the message already printed).
  static std::optional<int> exitAfterParse(const ParseOutcome& parsed);
  /// After waitForRedis(): the exit code if the agent must not go on (stopped: 0, no Redis: 1).
  static std::optional<int> exitUnlessConnected(Start started);

  const char* prog() const { return prog_; }
  const RunWindow& window() const { return window_; }
  /// The main connection's reconnect schedule.
  Reconnector& reconnector() { return reconnector_; }
  /// The --log file (disabled when not asked for).
  CsvLog& log() { return log_; }
  /// Opens --log if given; false (said on stderr) if it cannot be written.
  bool openLog(const char* header);

  /// Tries `attempt` (connect, and whatever else makes the agent ready) with backoff until it
  /// succeeds, a stop is requested or the run window ends (said on stderr every few seconds).
  Start waitForRedis(const std::function<bool()>& attempt,
                     const std::function<std::string()>& lastError);
  /// Once a second or so: flushes the log; a write error ends the run (fail()).
  void checkLog();
  /// Ends the run with a failure: says why on stderr, requests a stop; the exit code becomes 1.
  void fail(const std::string& why);
  bool failed() const { return !failure_.empty(); }
  /// Why the run ends: the failure, "signal N" or "duration elapsed".
  std::string stopReason() const;
  /// Closes the log and prints "<prog>: stopped (<why>): <summary> in <s> s". The exit code.
  int finish(const std::string& why, const std::string& summary);

 private:
  const char* prog_;
  const CommonConfig& config_;
  RunWindow window_;
  Reconnector reconnector_;
  CsvLog log_;
  std::string failure_;
};

/// An agent's main(): parse the flags (Config's parse function), open the log, run an Agent
/// (constructed from the config and the runtime, with int run()).
template <class Agent, class AgentConfig>
int runAgent(int argc, char** argv, const char* prog,
             ParseOutcome (*parse)(int, const char* const*, AgentConfig&, const EnvLookup&),
             const char* logHeader) {
  AgentConfig config;
  if (auto exitCode = AgentRuntime::exitAfterParse(parse(argc, argv, config, processEnv())))
    return *exitCode;
  AgentRuntime runtime(prog, config);
  if (!runtime.openLog(logHeader)) return kExitRuntime;
  Agent agent(config, runtime);
  return agent.run();
}

}  // namespace swarmlab::agents
