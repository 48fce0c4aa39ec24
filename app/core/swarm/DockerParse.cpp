#include "DockerParse.h"

#include <charconv>
#include <ctime>

namespace swarmlab::docker {
namespace {

using nlohmann::json;

constexpr int kMaxDepth = 128;

void setError(std::string* error, std::string text) {
  if (error) *error = std::move(text);
}

// Nesting deeper than any Docker answer is rejected before parsing, so that hostile input
// cannot make the parser or the destructor recurse deeply.
bool depthOk(std::string_view s) {
  int depth = 0;
  bool inString = false, escape = false;
  for (char c : s) {
    if (inString) {
      if (escape)
        escape = false;
      else if (c == '\\')
        escape = true;
      else if (c == '"')
        inString = false;
      continue;
    }
    if (c == '"')
      inString = true;
    else if (c == '{' || c == '[') {
      if (++depth > kMaxDepth) return false;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return true;
}

std::optional<json> parseJson(std::string_view body, std::string* error) {
  if (!depthOk(body)) {
    setError(error, "JSON nested deeper than " + std::to_string(kMaxDepth));
    return std::nullopt;
  }
  json j = json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    setError(error, "malformed JSON" + (body.empty() ? std::string(" (empty answer)") : ""));
    return std::nullopt;
  }
  return j;
}

const json* member(const json& j, const char* key) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(key);
  return it == j.end() ? nullptr : &*it;
}

const json* path(const json& j, std::initializer_list<const char*> keys) {
  const json* cur = &j;
  for (const char* k : keys) {
    cur = member(*cur, k);
    if (!cur) return nullptr;
  }
  return cur;
}

std::string str(const json& j, std::initializer_list<const char*> keys) {
  const json* v = path(j, keys);
  return v && v->is_string() ? v->get<std::string>() : std::string();
}

std::uint64_t uns(const json& j, std::initializer_list<const char*> keys) {
  const json* v = path(j, keys);
  if (v && v->is_number_unsigned()) return v->get<std::uint64_t>();
  if (v && v->is_number_integer()) {
    auto x = v->get<std::int64_t>();
    return x < 0 ? 0 : static_cast<std::uint64_t>(x);
  }
  return 0;
}

std::int64_t sint(const json& j, std::initializer_list<const char*> keys) {
  const json* v = path(j, keys);
  if (v && v->is_number_integer()) return v->get<std::int64_t>();
  if (v && v->is_number_unsigned()) {
    auto x = v->get<std::uint64_t>();
    return x > static_cast<std::uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<std::int64_t>(x);
  }
  return 0;
}

bool boolean(const json& j, std::initializer_list<const char*> keys) {
  const json* v = path(j, keys);
  return v && v->is_boolean() && v->get<bool>();
}

std::map<std::string, std::string> stringMap(const json& j,
                                             std::initializer_list<const char*> keys) {
  std::map<std::string, std::string> out;
  const json* v = path(j, keys);
  if (!v || !v->is_object()) return out;
  for (auto it = v->begin(); it != v->end(); ++it)
    if (it.value().is_string()) out[it.key()] = it.value().get<std::string>();
  return out;
}

std::vector<std::string> stringList(const json& j, std::initializer_list<const char*> keys) {
  std::vector<std::string> out;
  const json* v = path(j, keys);
  if (!v || !v->is_array()) return out;
  for (const auto& x : *v)
    if (x.is_string()) out.push_back(x.get<std::string>());
  return out;
}

std::optional<Node> nodeFrom(const json& j, std::string* error) {
  Node n;
  n.id = str(j, {"ID"});
  if (n.id.empty()) {
    setError(error, "node without ID");
    return std::nullopt;
  }
  n.version = uns(j, {"Version", "Index"});
  n.hostname = str(j, {"Description", "Hostname"});
  n.role = str(j, {"Spec", "Role"});
  n.availability = str(j, {"Spec", "Availability"});
  n.state = str(j, {"Status", "State"});
  n.message = str(j, {"Status", "Message"});
  n.addr = str(j, {"Status", "Addr"});
  n.arch = str(j, {"Description", "Platform", "Architecture"});
  n.os = str(j, {"Description", "Platform", "OS"});
  n.labels = stringMap(j, {"Spec", "Labels"});
  n.leader = boolean(j, {"ManagerStatus", "Leader"});
  if (const json* s = member(j, "Spec"); s && s->is_object())
    n.spec = *s;
  else
    n.spec = json::object();
  return n;
}

std::optional<Service> serviceFrom(const json& j, std::string* error) {
  Service s;
  s.id = str(j, {"ID"});
  if (s.id.empty()) {
    setError(error, "service without ID");
    return std::nullopt;
  }
  s.version = uns(j, {"Version", "Index"});
  s.name = str(j, {"Spec", "Name"});
  s.labels = stringMap(j, {"Spec", "Labels"});
  s.image = str(j, {"Spec", "TaskTemplate", "ContainerSpec", "Image"});
  s.env = stringList(j, {"Spec", "TaskTemplate", "ContainerSpec", "Env"});
  s.constraints = stringList(j, {"Spec", "TaskTemplate", "Placement", "Constraints"});
  s.replicas = path(j, {"Spec", "Mode", "Replicated", "Replicas"})
                   ? uns(j, {"Spec", "Mode", "Replicated", "Replicas"})
                   : 1;
  s.updateOrder = str(j, {"Spec", "UpdateConfig", "Order"});
  s.forceUpdate = uns(j, {"Spec", "TaskTemplate", "ForceUpdate"});
  if (const json* sp = member(j, "Spec"); sp && sp->is_object())
    s.spec = *sp;
  else
    s.spec = json::object();
  return s;
}

template <typename T, typename F>
std::optional<std::vector<T>> listOf(std::string_view body, std::string* error, const char* what,
                                     F&& one) {
  auto j = parseJson(body, error);
  if (!j) return std::nullopt;
  if (!j->is_array()) {
    setError(error, std::string("expected a JSON array of ") + what);
    return std::nullopt;
  }
  std::vector<T> out;
  out.reserve(j->size());
  std::size_t i = 0;
  for (const auto& e : *j) {
    std::string err;
    auto v = one(e, &err);
    if (!v) {
      setError(error, std::string(what) + "[" + std::to_string(i) + "]: " + err);
      return std::nullopt;
    }
    out.push_back(std::move(*v));
    ++i;
  }
  return out;
}

bool digits(std::string_view s, std::size_t pos, std::size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace

std::optional<std::pair<int, int>> parseApiVersion(std::string_view v) {
  auto dot = v.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 >= v.size()) return std::nullopt;
  int a = 0, b = 0;
  auto r1 = std::from_chars(v.data(), v.data() + dot, a);
  auto r2 = std::from_chars(v.data() + dot + 1, v.data() + v.size(), b);
  if (r1.ec != std::errc{} || r1.ptr != v.data() + dot) return std::nullopt;
  if (r2.ec != std::errc{} || r2.ptr != v.data() + v.size()) return std::nullopt;
  if (a < 0 || b < 0) return std::nullopt;
  return std::make_pair(a, b);
}

int compareApiVersion(std::string_view a, std::string_view b) {
  auto x = parseApiVersion(a), y = parseApiVersion(b);
  if (!x && !y) return 0;
  if (!x) return -1;
  if (!y) return 1;
  if (*x < *y) return -1;
  if (*y < *x) return 1;
  return 0;
}

std::optional<VersionInfo> parseVersion(std::string_view body, std::string* error) {
  auto j = parseJson(body, error);
  if (!j) return std::nullopt;
  if (!j->is_object()) {
    setError(error, "expected a JSON object from /version");
    return std::nullopt;
  }
  VersionInfo v;
  v.version = str(*j, {"Version"});
  v.apiVersion = str(*j, {"ApiVersion"});
  v.minApiVersion = str(*j, {"MinAPIVersion"});
  v.os = str(*j, {"Os"});
  v.arch = str(*j, {"Arch"});
  v.kernel = str(*j, {"KernelVersion"});
  if (!parseApiVersion(v.apiVersion)) {
    setError(error, "/version: field ApiVersion missing or not \"MAJOR.MINOR\"");
    return std::nullopt;
  }
  return v;
}

std::optional<std::string> negotiateApiVersion(const VersionInfo& server, std::string* error) {
  std::string use = compareApiVersion(server.apiVersion, kMaxApiVersion) < 0
                        ? server.apiVersion
                        : std::string(kMaxApiVersion);
  if (!server.minApiVersion.empty() && compareApiVersion(use, server.minApiVersion) < 0) {
    setError(error, "the engine needs API " + server.minApiVersion +
                        " or newer, swarmlab speaks up to " + std::string(kMaxApiVersion));
    return std::nullopt;
  }
  if (compareApiVersion(use, kMinApiVersion) < 0) {
    setError(error, "the engine speaks API " + server.apiVersion + " (Docker " + server.version +
                        "); swarmlab needs " + std::string(kMinApiVersion) + " or newer");
    return std::nullopt;
  }
  return use;
}

std::string errorMessage(std::string_view body) {
  if (body.empty()) return {};
  std::string err;
  if (depthOk(body)) {
    json j = json::parse(body.begin(), body.end(), nullptr, false);
    if (!j.is_discarded()) {
      std::string m = str(j, {"message"});
      if (!m.empty()) return m;
    }
  }
  std::string s(body.substr(0, 500));
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  return s;
}

std::optional<SwarmInfo> parseInfo(std::string_view body, std::string* error) {
  auto j = parseJson(body, error);
  if (!j) return std::nullopt;
  if (!j->is_object() || !member(*j, "Swarm") || !member(*j, "Swarm")->is_object()) {
    setError(error, "/info: object with a Swarm member expected");
    return std::nullopt;
  }
  SwarmInfo i;
  i.localNodeState = str(*j, {"Swarm", "LocalNodeState"});
  i.nodeId = str(*j, {"Swarm", "NodeID"});
  i.nodeAddr = str(*j, {"Swarm", "NodeAddr"});
  i.controlAvailable = boolean(*j, {"Swarm", "ControlAvailable"});
  i.error = str(*j, {"Swarm", "Error"});
  i.systemTime = str(*j, {"SystemTime"});
  i.name = str(*j, {"Name"});
  return i;
}

std::optional<std::vector<Node>> parseNodes(std::string_view body, std::string* error) {
  return listOf<Node>(body, error, "nodes", nodeFrom);
}

std::optional<Node> parseNode(std::string_view body, std::string* error) {
  auto j = parseJson(body, error);
  if (!j) return std::nullopt;
  return nodeFrom(*j, error);
}

std::optional<std::vector<Service>> parseServices(std::string_view body, std::string* error) {
  return listOf<Service>(body, error, "services", serviceFrom);
}

std::optional<Service> parseService(std::string_view body, std::string* error) {
  auto j = parseJson(body, error);
  if (!j) return std::nullopt;
  return serviceFrom(*j, error);
}

std::optional<std::vector<Task>> parseTasks(std::string_view body, std::string* error) {
  return listOf<Task>(
      body, error, "tasks", [](const json& j, std::string* err) -> std::optional<Task> {
        Task t;
        t.id = str(j, {"ID"});
        if (t.id.empty()) {
          setError(err, "task without ID");
          return std::nullopt;
        }
        t.serviceId = str(j, {"ServiceID"});
        t.nodeId = str(j, {"NodeID"});
        t.slot = uns(j, {"Slot"});
        t.state = str(j, {"Status", "State"});
        t.desiredState = str(j, {"DesiredState"});
        t.message = str(j, {"Status", "Message"});
        t.err = str(j, {"Status", "Err"});
        t.exitCode = static_cast<int>(sint(j, {"Status", "ContainerStatus", "ExitCode"}));
        t.timestamp = str(j, {"Status", "Timestamp"});
        t.containerId = str(j, {"Status", "ContainerStatus", "ContainerID"});
        t.version = uns(j, {"Version", "Index"});
        return t;
      });
}

std::optional<Event> parseEventLine(std::string_view line, std::string* error) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  auto j = parseJson(line, error);
  if (!j) return std::nullopt;
  if (!j->is_object()) {
    setError(error, "event line is not a JSON object");
    return std::nullopt;
  }
  Event e;
  e.type = str(*j, {"Type"});
  e.action = str(*j, {"Action"});
  e.actorId = str(*j, {"Actor", "ID"});
  e.attributes = stringMap(*j, {"Actor", "Attributes"});
  e.scope = str(*j, {"scope"});
  e.timeNano = sint(*j, {"timeNano"});
  if (e.timeNano <= 0) {
    std::int64_t t = sint(*j, {"time"});
    if (t > 0 && t < INT64_MAX / 1000000000) e.timeNano = t * 1000000000;
  }
  if (e.type.empty() || e.action.empty()) {
    setError(error, "event line without Type or Action");
    return std::nullopt;
  }
  return e;
}

std::optional<std::int64_t> parseRfc3339Micros(std::string_view s) {
  // YYYY-MM-DDTHH:MM:SS[.frac](Z|+HH:MM|-HH:MM)
  int Y, M, D, h, m, sec;
  if (!digits(s, 0, 4, &Y) || s.size() < 20 || s[4] != '-' || !digits(s, 5, 2, &M) || s[7] != '-' ||
      !digits(s, 8, 2, &D) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') ||
      !digits(s, 11, 2, &h) || s[13] != ':' || !digits(s, 14, 2, &m) || s[16] != ':' ||
      !digits(s, 17, 2, &sec))
    return std::nullopt;
  if (M < 1 || M > 12 || D < 1 || D > 31 || h > 23 || m > 59 || sec > 60) return std::nullopt;
  std::size_t pos = 19;
  std::int64_t micros = 0;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    int n = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      if (n < 6) micros = micros * 10 + (s[pos] - '0');
      ++n;
      ++pos;
    }
    if (n == 0) return std::nullopt;
    for (int i = n; i < 6; ++i) micros *= 10;
  }
  int offsetMin = 0;
  if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
    ++pos;
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    int oh, om;
    if (!digits(s, pos + 1, 2, &oh) || pos + 3 >= s.size() || s[pos + 3] != ':' ||
        !digits(s, pos + 4, 2, &om))
      return std::nullopt;
    offsetMin = (oh * 60 + om) * (s[pos] == '-' ? -1 : 1);
    pos += 6;
  } else {
    return std::nullopt;
  }
  if (pos != s.size()) return std::nullopt;
  // Days from civil (Howard Hinnant), no time zone database involved.
  int y = Y - (M <= 2);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (M + (M > 2 ? -3 : 9)) + 2) / 5 + D - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  std::int64_t days =
      static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
  std::int64_t secs = days * 86400 + h * 3600 + m * 60 + sec - offsetMin * 60;
  return secs * 1000000 + micros;
}

std::optional<TaskPhase> parseTaskPhase(std::string_view s) {
  static const std::pair<std::string_view, TaskPhase> kPhases[] = {
      {"new", TaskPhase::New},           {"allocated", TaskPhase::Allocated},
      {"pending", TaskPhase::Pending},   {"assigned", TaskPhase::Assigned},
      {"accepted", TaskPhase::Accepted}, {"preparing", TaskPhase::Preparing},
      {"ready", TaskPhase::Ready},       {"starting", TaskPhase::Starting},
      {"running", TaskPhase::Running},   {"complete", TaskPhase::Ended},
      {"shutdown", TaskPhase::Ended},    {"failed", TaskPhase::Ended},
      {"rejected", TaskPhase::Ended},    {"orphaned", TaskPhase::Ended},
      {"remove", TaskPhase::Ended}};
  for (const auto& [name, phase] : kPhases)
    if (name == s) return phase;
  return std::nullopt;
}

}  // namespace swarmlab::docker
