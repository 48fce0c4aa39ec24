// Pure parsers for the Docker Engine API's JSON answers and /events lines. No Qt, no curl, no
// exceptions out: malformed, truncated or wrong-typed input gives std::nullopt / false and an
// error text naming the field. These are what tests/app/core/swarm/tst_dockerparse and the
// libFuzzer targets in tests/fuzz exercise.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace swarmlab::docker {

/// The API version we are written against (Docker 20.10) and the lowest one we accept:
/// 1.30 is the first that creates services without asking a registry and has UpdateConfig.Order.
inline constexpr std::string_view kMaxApiVersion = "1.41";
inline constexpr std::string_view kMinApiVersion = "1.30";

/// "1.41" -> {1, 41}; nullopt if not two dot-separated decimal integers.
std::optional<std::pair<int, int>> parseApiVersion(std::string_view v);
/// <0, 0, >0 like strcmp; unparsable versions compare as lowest.
int compareApiVersion(std::string_view a, std::string_view b);

/// /version
struct VersionInfo {
  std::string version;        ///< engine version, "20.10.24+dfsg1"
  std::string apiVersion;     ///< "1.41"
  std::string minApiVersion;  ///< "1.12"
  std::string os, arch, kernel;
};
std::optional<VersionInfo> parseVersion(std::string_view body, std::string* error = nullptr);

/// The version to use: min(ours, server's), or nullopt with a reason if the server cannot
/// speak one we support.
std::optional<std::string> negotiateApiVersion(const VersionInfo& server, std::string* error);

/// The `message` of a Docker error answer ({"message":"..."}); the body itself if it is not JSON.
std::string errorMessage(std::string_view body);

/// /info (the parts we need).
struct SwarmInfo {
  std::string localNodeState;  ///< "inactive", "active", "pending", "error", "locked"
  std::string nodeId;
  std::string nodeAddr;
  bool controlAvailable = false;  ///< this engine is a manager
  std::string error;
  std::string systemTime;  ///< RFC 3339, the engine's clock
  std::string name;        ///< hostname
};
std::optional<SwarmInfo> parseInfo(std::string_view body, std::string* error = nullptr);

/// One element of /nodes.
struct Node {
  std::string id;
  std::uint64_t version = 0;
  std::string hostname;
  std::string role;          ///< "manager" / "worker"
  std::string availability;  ///< "active" / "pause" / "drain"
  std::string state;         ///< "unknown" / "down" / "ready" / "disconnected"
  std::string message;
  std::string addr;
  std::string arch, os;
  std::map<std::string, std::string> labels;  ///< Spec.Labels (the ones we set)
  bool leader = false;
  nlohmann::json spec;  ///< Spec as received, for updates
};
std::optional<std::vector<Node>> parseNodes(std::string_view body, std::string* error = nullptr);
std::optional<Node> parseNode(std::string_view body, std::string* error = nullptr);

/// One element of /services.
struct Service {
  std::string id;
  std::string name;
  std::uint64_t version = 0;
  std::map<std::string, std::string> labels;
  std::string image;
  std::vector<std::string> constraints;
  std::vector<std::string> env;
  std::uint64_t replicas = 1;
  std::string updateOrder;  ///< "stop-first" / "start-first"
  std::uint64_t forceUpdate = 0;
  nlohmann::json spec;  ///< Spec as received, for updates
};
std::optional<std::vector<Service>> parseServices(std::string_view body,
                                                  std::string* error = nullptr);
std::optional<Service> parseService(std::string_view body, std::string* error = nullptr);

/// One element of /tasks.
struct Task {
  std::string id;
  std::string serviceId;
  std::string nodeId;
  std::uint64_t slot = 0;
  std::string state;  ///< Status.State: new ... running, complete, shutdown, failed, rejected
  std::string desiredState;  ///< "running" / "shutdown" / ...
  std::string message;       ///< Status.Message
  std::string err;           ///< Status.Err
  int exitCode = 0;
  std::string timestamp;  ///< Status.Timestamp, RFC 3339 with nanoseconds
  std::string containerId;
  std::uint64_t version = 0;
};
std::optional<std::vector<Task>> parseTasks(std::string_view body, std::string* error = nullptr);

/// One line of the /events stream.
struct Event {
  std::string type;    ///< "container", "service", "node", ...
  std::string action;  ///< "create", "start", "die", "update", "remove", ...
  std::string actorId;
  std::map<std::string, std::string> attributes;
  std::string scope;  ///< "local" / "swarm"
  std::int64_t timeNano = 0;
  std::string attr(const std::string& k) const {
    auto it = attributes.find(k);
    return it == attributes.end() ? std::string() : it->second;
  }
};
std::optional<Event> parseEventLine(std::string_view line, std::string* error = nullptr);

/// Splits a byte stream into lines: feed() chunks as they come, take complete lines out.
/// A line longer than maxLine is dropped (counted) instead of growing without bound.
class LineSplitter {
 public:
  explicit LineSplitter(std::size_t maxLine = 1 << 20) : maxLine_(maxLine) {}
  template <typename F>
  void feed(std::string_view chunk, F&& onLine) {
    for (char c : chunk) {
      if (c == '\n') {
        if (!overflow_ && !buf_.empty()) onLine(std::string_view(buf_));
        buf_.clear();
        overflow_ = false;
      } else if (!overflow_) {
        if (buf_.size() >= maxLine_) {
          overflow_ = true;
          ++dropped_;
          buf_.clear();
        } else {
          buf_.push_back(c);
        }
      }
    }
  }
  void reset() {
    buf_.clear();
    overflow_ = false;
  }
  std::size_t dropped() const { return dropped_; }

 private:
  std::string buf_;
  std::size_t maxLine_;
  bool overflow_ = false;
  std::size_t dropped_ = 0;
};

/// RFC 3339 ("2026-11-27T17:26:01.123456789Z", offsets allowed) -> microseconds since the epoch.
std::optional<std::int64_t> parseRfc3339Micros(std::string_view s);

/// Where a Swarm task is in its life, in the order it moves: a task's phase never goes back, so
/// older news (a slower source, a replayed event) is recognised by comparing phases. Stopping is
/// ours: a task still running whose desired state is no longer "running", or a container being
/// killed; Ended covers every terminal Swarm state (complete, shutdown, failed, rejected, ...).
enum class TaskPhase {
  New,
  Allocated,
  Pending,
  Assigned,
  Accepted,
  Preparing,
  Ready,
  Starting,
  Running,
  Stopping,
  Ended
};
/// Status.State of a task -> its phase; nullopt for a state this API version does not define.
std::optional<TaskPhase> parseTaskPhase(std::string_view state);

}  // namespace swarmlab::docker
