// Agent configuration: CLI11 flags with SWARMLAB_* environment fallbacks (so that the same
// binary runs in a container configured by environment only).
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "Display.hpp"
#include "RedisUrl.hpp"

namespace swarmlab::agents {

/// Settings every agent has.
struct CommonConfig {
  std::string redisUrl = "redis://127.0.0.1:6379";  ///< as given (may hold a password)
  redis::RedisUrl redis;  ///< parsed; user and password as set by the settings below
  /// ACL user (--redis-user / SWARMLAB_REDIS_USER); empty: the URL's.
  std::string redisUser;
  /// File holding the password (--redis-password-file / SWARMLAB_REDIS_PASSWORD_FILE, a Docker
  /// secret under /run/secrets on Swarm). The password itself is read from the file or from
  /// the environment (SWARMLAB_REDIS_PASSWORD), never from the command line.
  std::string redisPasswordFile;
  std::string node;      ///< default: the host name
  std::string instance;  ///< default: <kind>-<node>-<pid>
  double durationS = 0;  ///< 0 = until stopped
  std::string prefix = "swarmlab";
  std::string logPath;  ///< CSV log, empty = none
};

struct PublisherConfig : CommonConfig {
  enum class Transport { Redis, Rest };
  double periodMs = 2.0;  ///< 0 = as fast as the connection allows
  Transport transport = Transport::Redis;
  std::string restUrl;  ///< webdis base URL for Transport::Rest
};

struct SubscriberConfig : CommonConfig {
  /// auto: the display daemon's socket when it exists, else gpio on a Raspberry Pi, else sim.
  std::string display = "auto";                              ///< auto | socket | gpio | sim
  std::string displaySocket = "/run/swarmlab/display.sock";  ///< swarmlab-displayd's socket
  std::string pinmap;  ///< gpio pin map file (empty = default wiring)
  display::TimeFormat timeFormat = display::TimeFormat::HhMm_SsCc;
  int utcOffsetMin = 0;
};

/// What to do after parsing: run, or exit with `exitCode` after printing `message`
/// (to stdout for --help, to stderr otherwise).
struct ParseOutcome {
  bool run = false;
  int exitCode = 0;
  std::string message;
};

/// Looks up an environment variable (injectable for tests).
using EnvLookup = std::function<std::optional<std::string>(const char* name)>;
EnvLookup processEnv();

ParseOutcome parsePublisherArgs(int argc, const char* const* argv, PublisherConfig& out,
                                const EnvLookup& env = processEnv());
ParseOutcome parseSubscriberArgs(int argc, const char* const* argv, SubscriberConfig& out,
                                 const EnvLookup& env = processEnv());

/// Exit codes of every agent.
inline constexpr int kExitDone = 0;
inline constexpr int kExitRuntime = 1;
inline constexpr int kExitUsage = 2;

}  // namespace swarmlab::agents
