#include "Config.hpp"

#include <unistd.h>
#include <CLI/CLI.hpp>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <deque>
#include <utility>
#include <vector>

#include "wire.hpp"

namespace swarmlab::agents {

namespace {

// Applies a setting's text; on failure returns what was expected.
using Apply = std::function<std::optional<std::string>(const std::string&)>;

/// One setting: a flag, its environment fallback, and how to apply the text.
struct Setting {
  std::string flag;  // "--period-ms"
  std::string env;   // "SWARMLAB_PERIOD_MS"
  std::string raw;
  CLI::Option* opt = nullptr;
  // Applies the text; on failure returns what was expected.
  Apply apply;
};

std::optional<double> toDouble(const std::string& s) {
  if (s.empty()) return std::nullopt;
  double v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc{} || r.ptr != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::optional<long> toLong(const std::string& s) {
  long v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || r.ec != std::errc{} || r.ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

bool isName(const std::string& s) {
  if (s.empty() || s.size() > 128) return false;
  for (unsigned char c : s) {
    if (c <= ' ' || c == 0x7f) return false;
  }
  return true;
}

std::string hostName() {
  char buf[256] = {};
  if (::gethostname(buf, sizeof buf - 1) != 0 || buf[0] == 0) return "localhost";
  return buf;
}

// A name without spaces (node, instance, prefix) into target.
Apply nameInto(std::string& target, const char* expected) {
  return [&target, expected](const std::string& v) -> std::optional<std::string> {
    if (!isName(v)) return std::string(expected);
    target = v;
    return std::nullopt;
  };
}

// A non-empty file path into target.
Apply pathInto(std::string& target) {
  return [&target](const std::string& v) -> std::optional<std::string> {
    if (v.empty()) return std::string("a file path");
    target = v;
    return std::nullopt;
  };
}

// A number accepted by `ok` into target.
template <class T, class Parse, class Ok>
Apply numberInto(T& target, Parse parse, Ok ok, const char* expected) {
  return [&target, parse, ok, expected](const std::string& v) -> std::optional<std::string> {
    auto n = parse(v);
    if (!n || !ok(*n)) return std::string(expected);
    target = static_cast<T>(*n);
    return std::nullopt;
  };
}

// One of a few words, each meaning a value of T.
template <class T>
Apply choiceInto(T& target, std::vector<std::pair<std::string, T>> choices) {
  return
      [&target, choices = std::move(choices)](const std::string& v) -> std::optional<std::string> {
        std::string expected;
        for (const auto& [word, value] : choices) {
          if (v == word) {
            target = value;
            return std::nullopt;
          }
          expected += (expected.empty() ? "'" : " or '") + word + "'";
        }
        return expected;
      };
}

class Parser {
 public:
  /// The settings every agent has are added here (common's defaults first).
  Parser(std::string prog, const std::string& what, const EnvLookup& env, CommonConfig& common)
      : app_(what + "\nExit codes: 0 done, 1 runtime failure, 2 bad usage.", std::move(prog)),
        env_(env) {
    app_.set_help_flag("-h,--help", "Print this help and exit");
    app_.get_formatter()->column_width(34);
    common.redis = *redis::parseRedisUrl(common.redisUrl, nullptr);
    addCommon(common);
  }

  void add(std::string flag, std::string env, std::string help, std::string def, Apply apply) {
    settings_.push_back(Setting{flag, env, {}, nullptr, std::move(apply)});
    Setting& s = settings_.back();
    std::string text = help + " [env " + env + (def.empty() ? "" : ", default " + def) + "]";
    s.opt = app_.add_option(flag, s.raw, text);
    s.opt->type_name(placeholder(flag));
  }

  static std::string placeholder(const std::string& flag) {
    static const std::pair<const char*, const char*> kNames[] = {
        {"--redis", "URL"},           {"--node", "NAME"},
        {"--instance", "NAME"},       {"--duration-s", "SECONDS"},
        {"--prefix", "PREFIX"},       {"--log", "FILE"},
        {"--period-ms", "MS"},        {"--transport", "redis|rest"},
        {"--rest-url", "URL"},        {"--display", "auto|socket|gpio|sim"},
        {"--display-socket", "PATH"}, {"--pinmap", "FILE"},
        {"--time-format", "FORMAT"},  {"--utc-offset-min", "MINUTES"},
        {"--redis-user", "NAME"},     {"--redis-password-file", "FILE"}};
    for (const auto& [f, n] : kNames) {
      if (flag == f) return n;
    }
    return "VALUE";
  }

  ParseOutcome parse(int argc, const char* const* argv, CommonConfig& common,
                     std::string_view kind) {
    ParseOutcome out;
    // settings_ must not reallocate after add(): CLI11 holds pointers into it
    try {
      app_.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
      out.exitCode = kExitDone;
      out.message = app_.help();
      return out;
    } catch (const CLI::ParseError& e) {
      out.exitCode = kExitUsage;
      out.message = app_.get_name() + ": " + e.what() + " (see --help)";
      return out;
    }
    for (Setting& s : settings_) {
      std::string source;
      std::string value;
      if (s.opt->count() > 0) {
        source = s.flag;
        value = s.raw;
      } else if (auto v = env_(s.env.c_str())) {
        source = s.env;
        value = *v;
      } else {
        continue;
      }
      if (auto expected = s.apply(value)) {
        out.exitCode = kExitUsage;
        // never echo a URL's password back
        std::string shown = "'" + value + "'";
        if (s.flag == "--redis") {
          out.message = app_.get_name() + ": " + source + ": " + *expected;
        } else {
          out.message =
              app_.get_name() + ": " + source + ": expected " + *expected + ", got " + shown;
        }
        return out;
      }
    }
    if (auto why = applyCredentials(common); !why.empty()) {
      out.exitCode = kExitUsage;
      out.message = app_.get_name() + ": " + why;
      return out;
    }
    if (common.node.empty()) common.node = hostName();
    if (common.instance.empty()) {
      common.instance = std::string(kind) + "-" + common.node + "-" + std::to_string(::getpid());
    }
    out.run = true;
    return out;
  }

  void addCommon(CommonConfig& c) {
    add("--redis", "SWARMLAB_REDIS_URL",
        "Redis URL: redis://[:password@]host[:port][/db] or unix:///path", c.redisUrl,
        [&c](const std::string& v) -> std::optional<std::string> {
          std::string err;
          auto u = redis::parseRedisUrl(v, &err);
          if (!u) return err;
          c.redisUrl = v;
          c.redis = *u;
          return std::nullopt;
        });
    add("--redis-user", "SWARMLAB_REDIS_USER", "Redis ACL user for AUTH", "the URL's",
        nameInto(c.redisUser, "a non-empty user name without spaces"));
    add("--redis-password-file", "SWARMLAB_REDIS_PASSWORD_FILE",
        "File whose first line is the Redis password (else SWARMLAB_REDIS_PASSWORD, else the "
        "URL's)",
        "", pathInto(c.redisPasswordFile));
    add("--node", "SWARMLAB_NODE", "Node name reported in metrics and events", "host name",
        nameInto(c.node, "a non-empty name without spaces"));
    add("--instance", "SWARMLAB_INSTANCE", "Instance name reported in metrics and events",
        "<kind>-<node>-<pid>", nameInto(c.instance, "a non-empty name without spaces"));
    add("--duration-s", "SWARMLAB_DURATION_S", "Run this many seconds, 0 = until stopped", "0",
        numberInto(
            c.durationS, toDouble, [](double d) { return d >= 0 && d <= 1e9; },
            "seconds >= 0 (0 = until stopped)"));
    add("--prefix", "SWARMLAB_PREFIX", "Prefix of every Redis key, channel and stream", "swarmlab",
        nameInto(c.prefix, "a non-empty prefix without spaces"));
    add("--log", "SWARMLAB_LOG", "Write one CSV line per message to FILE", "", pathInto(c.logPath));
  }

  CLI::App& app() { return app_; }

  /// User and password over the URL's: the password file first, then SWARMLAB_REDIS_PASSWORD
  /// (the environment only: argv is readable by anyone through /proc). An error text or empty.
  std::string applyCredentials(CommonConfig& c) const {
    if (!c.redisUser.empty()) c.redis.user = c.redisUser;
    std::string error;
    if (!c.redisPasswordFile.empty()) {
      if (!redis::readPasswordFile(c.redisPasswordFile, &c.redis.password, &error)) return error;
    } else if (auto pw = env_("SWARMLAB_REDIS_PASSWORD"); pw && !pw->empty()) {
      c.redis.password = *pw;
    }
    if (!c.redis.user.empty() && c.redis.password.empty()) {
      return "Redis user '" + c.redis.user +
             "' without a password (expected SWARMLAB_REDIS_PASSWORD_FILE, "
             "--redis-password-file or SWARMLAB_REDIS_PASSWORD)";
    }
    return {};
  }

 private:
  CLI::App app_;
  const EnvLookup& env_;
  std::deque<Setting> settings_;  // stable addresses
};

}  // namespace

EnvLookup processEnv() {
  return [](const char* name) -> std::optional<std::string> {
    const char* v = std::getenv(name);
    if (!v) return std::nullopt;
    return std::string(v);
  };
}

ParseOutcome parsePublisherArgs(int argc, const char* const* argv, PublisherConfig& c,
                                const EnvLookup& env) {
  Parser p("swarmlab-publisher",
           "Publishes the lab time (the Redis server's clock) with a sequence number to the clock "
           "channel every period.",
           env, c);
  p.add("--period-ms", "SWARMLAB_PERIOD_MS",
        "Publish period in milliseconds, fractional allowed, 0 = as fast as possible", "2",
        numberInto(
            c.periodMs, toDouble, [](double d) { return d == 0 || (d >= 0.001 && d <= 3'600'000); },
            "milliseconds: 0 (as fast as possible) or 0.001 to 3600000"));
  p.add("--transport", "SWARMLAB_TRANSPORT", "redis (direct) or rest (through webdis)", "redis",
        choiceInto(c.transport, std::vector<std::pair<std::string, PublisherConfig::Transport>>{
                                    {"redis", PublisherConfig::Transport::Redis},
                                    {"rest", PublisherConfig::Transport::Rest}}));
  p.add("--rest-url", "SWARMLAB_REST_URL",
        "webdis base URL for --transport rest, e.g. http://127.0.0.1:7379", "",
        [&c](const std::string& v) -> std::optional<std::string> {
          if (!(v.starts_with("http://") || v.starts_with("https://")) || v.size() < 9) {
            return std::string("an http:// or https:// URL of webdis");
          }
          c.restUrl = v;
          while (!c.restUrl.empty() && c.restUrl.back() == '/') c.restUrl.pop_back();
          return std::nullopt;
        });
  ParseOutcome out = p.parse(argc, argv, c, wire::kKindPublisher);
  if (out.run && c.transport == PublisherConfig::Transport::Rest && c.restUrl.empty()) {
    out.run = false;
    out.exitCode = kExitUsage;
    out.message =
        "swarmlab-publisher: --rest-url: required with --transport rest (expected the "
        "http:// URL of webdis)";
  }
  return out;
}

ParseOutcome parseSubscriberArgs(int argc, const char* const* argv, SubscriberConfig& c,
                                 const EnvLookup& env) {
  Parser p("swarmlab-subscriber",
           "Subscribes to the clock channel, measures the lag of every message in lab time and "
           "drives the display.",
           env, c);
  p.add("--display", "SWARMLAB_DISPLAY",
        "Display backend: auto (the daemon's socket if it exists, else gpio on a Raspberry Pi, "
        "else sim), socket, gpio or sim",
        "auto",
        choiceInto(c.display,
                   std::vector<std::pair<std::string, std::string>>{
                       {"auto", "auto"}, {"socket", "socket"}, {"gpio", "gpio"}, {"sim", "sim"}}));
  p.add("--display-socket", "SWARMLAB_DISPLAY_SOCKET",
        "swarmlab-displayd's unix socket (Swarm services bind-mount /run/swarmlab)",
        "/run/swarmlab/display.sock", pathInto(c.displaySocket));
  p.add("--pinmap", "SWARMLAB_PINMAP", "GPIO pin map file for --display gpio", "built-in wiring",
        pathInto(c.pinmap));
  p.add("--time-format", "SWARMLAB_TIME_FORMAT",
        "What the displays show: hhmm-sscc (hh.mm ss.cc) or hhmm-mmss (hh.mm mm.ss)", "hhmm-sscc",
        choiceInto(c.timeFormat, std::vector<std::pair<std::string, display::TimeFormat>>{
                                     {"hhmm-sscc", display::TimeFormat::HhMm_SsCc},
                                     {"hhmm-mmss", display::TimeFormat::HhMm_MmSs}}));
  p.add("--utc-offset-min", "SWARMLAB_UTC_OFFSET_MIN",
        "Minutes added to UTC for the displayed time", "0",
        numberInto(
            c.utcOffsetMin, toLong, [](long m) { return m >= -720 && m <= 840; },
            "whole minutes from -720 to 840"));
  return p.parse(argc, argv, c, wire::kKindSubscriber);
}

}  // namespace swarmlab::agents
