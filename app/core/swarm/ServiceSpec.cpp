#include "ServiceSpec.h"

#include <QCoreApplication>
#include <QSet>

#include <cstdint>

#include "DockerParse.h"
#include "LabFile.h"

namespace swarmlab {
namespace {

using nlohmann::json;

constexpr std::int64_t kNsPerMs = 1000000;
constexpr std::int64_t kStopGraceMs = 5000;
constexpr std::int64_t kUpdateMonitorMs = 500;
constexpr std::int64_t kMaxReplicas = 1000000;
constexpr const char* kNodeIdConstraint = "node.id==";
constexpr const char* kArchConstraint = "node.platform.arch==";
constexpr const char* kNodeEnv = "SWARMLAB_NODE=";
constexpr const char* kTaskName = "{{.Task.Name}}";
constexpr const char* kLabLabelConstraint = "node.labels.swarmlab.";
constexpr std::int64_t kTmpBytes = 16 * 1024 * 1024;
constexpr std::string_view kCapabilitiesApi = "1.41";
constexpr std::string_view kNoNewPrivilegesApi = "1.44";

QString tr(const char* s) { return QCoreApplication::translate("swarmlab::ServiceSpec", s); }
std::string s(const QString& q) { return q.toStdString(); }

bool startsWith(const json& j, const char* prefix) {
  return j.is_string() && j.get_ref<const std::string&>().rfind(prefix, 0) == 0;
}

// The member `key` of `parent` (at `path`) as an object, created when absent or null; nullptr and
// *error when it holds anything else. Every edit walks the spec through these, so that a spec of
// another shape is an error and never an exception.
json* objectAt(json& parent, const char* key, const QString& path, QString* error) {
  auto it = parent.find(key);
  if (it == parent.end() || it->is_null()) {
    parent[key] = json::object();
    return &parent[key];
  }
  if (it->is_object()) return &*it;
  if (error)
    *error = tr("%1.%2: expected an object, found %3")
                 .arg(path, QLatin1String(key), QLatin1String(it->type_name()));
  return nullptr;
}

json* arrayAt(json& parent, const char* key, const QString& path, QString* error) {
  auto it = parent.find(key);
  if (it == parent.end() || it->is_null()) {
    parent[key] = json::array();
    return &parent[key];
  }
  if (it->is_array()) return &*it;
  if (error)
    *error = tr("%1.%2: expected an array, found %3")
                 .arg(path, QLatin1String(key), QLatin1String(it->type_name()));
  return nullptr;
}

json constraintsFor(const SpecPlacement& p) {
  json c = json::array({kNodeIdConstraint + p.nodeId});
  if (!p.arch.empty()) c.push_back(kArchConstraint + p.arch);
  if (p.mode != Placement::Failover) return c;
  if (!p.layer.isEmpty()) c.push_back(kLabLabelConstraint + std::string("layer==") + s(p.layer));
  for (const QString& need : p.needs)
    c.push_back("node.labels." + capabilityLabel(need) + "==true");
  return c;
}

// Ours: replaced by each placement; constraints someone else added stay.
bool ours(const json& constraint) {
  return startsWith(constraint, kNodeIdConstraint) || startsWith(constraint, kArchConstraint) ||
         startsWith(constraint, kLabLabelConstraint);
}

// Where the agent says it runs: the lab node when pinned; the swarm node's hostname when it
// may move (name the machines like their lab nodes).
QString nodeNameFor(const SpecPlacement& p) {
  return p.mode == Placement::Failover ? QStringLiteral("{{.Node.Hostname}}") : p.labNode;
}

const char* placementName(Placement p) { return p == Placement::Failover ? "failover" : "pinned"; }

// The template's ${...} in the swarm's terms: the instance is the task name Swarm gives the task.
QString expand(QString v, const SpecContext& c) {
  v.replace(QLatin1String("${redis_url}"), c.redisUrl);
  v.replace(QLatin1String("${node}"), nodeNameFor(c.placement));
  v.replace(QLatin1String("${instance}"), QLatin1String(kTaskName));
  return v;
}

json envFor(const ServiceTemplate& t, const SpecContext& c) {
  json env = json::array();
  QSet<QString> seen;
  for (auto it = t.env.begin(); it != t.env.end(); ++it) {
    env.push_back(s(it.key() + QLatin1Char('=') + expand(it.value(), c)));
    seen.insert(it.key());
  }
  auto add = [&](const char* k, const QString& v) {
    if (!seen.contains(QLatin1String(k))) env.push_back(std::string(k) + "=" + s(v));
  };
  add("SWARMLAB_REDIS_URL", c.redisUrl);
  for (auto it = c.redisEnv.begin(); it != c.redisEnv.end(); ++it) add(s(it.key()).c_str(), *it);
  add("SWARMLAB_NODE", nodeNameFor(c.placement));
  add("SWARMLAB_INSTANCE", QLatin1String(kTaskName));
  return env;
}

json argsFor(const ServiceTemplate& t, const SpecContext& c) {
  json args = json::array();
  if (c.args) {
    for (const QString& a : *c.args) args.push_back(s(a));
    return args;
  }
  if (isRedisTemplate(t)) {
    // Only the lab network's address; protected mode needs the password that the Redis
    // credentials give it (without one it would refuse every agent, none being on loopback).
    args.push_back("--bind");
    args.push_back(s(c.redisBind));
    args.push_back("--protected-mode");
    args.push_back(c.redisRequiresAuth ? "yes" : "no");
    for (const char* a : {"--save", "", "--appendonly", "no"}) args.push_back(a);
    args.push_back("--port");
    args.push_back(std::to_string(c.redisPort));
    if (!c.aclFile.isEmpty()) {
      args.push_back("--aclfile");  // users and password hashes from a Docker secret
      args.push_back(s(c.aclFile));
    }
    return args;
  }
  // The image's entrypoint is the agent; the template's arguments follow it.
  for (int i = 1; i < t.command.size(); ++i) args.push_back(s(expand(t.command[i], c)));
  return args;
}

// Least privilege for every container, as far as the engine's API version takes it: a read-only
// root filesystem (a small tmpfs on /tmp for what must be written), no capabilities (API 1.41,
// Docker 20.10), no-new-privileges (API 1.44, Docker 25.0). The images already run as a user
// that is not root (packaging/docker/build-images.sh: USER 10001).
void harden(json& container, const std::string& apiVersion) {
  container["ReadOnly"] = true;
  container["Mounts"] =
      json::array({{{"Type", "tmpfs"},
                    {"Target", "/tmp"},
                    {"TmpfsOptions", {{"SizeBytes", kTmpBytes}, {"Mode", 01777}}}}});
  if (docker::compareApiVersion(apiVersion, kCapabilitiesApi) >= 0)
    container["CapabilityDrop"] = json::array({"ALL"});
  if (docker::compareApiVersion(apiVersion, kNoNewPrivilegesApi) >= 0)
    container["Privileges"] = {{"NoNewPrivileges", true}};
}

// TaskTemplate.Resources.Limits from the template's "limits" (API 1.25).
json resourcesFor(const ResourceLimits& l) {
  json limits = json::object();
  if (l.memoryMb > 0) limits["MemoryBytes"] = std::int64_t{l.memoryMb} * 1024 * 1024;
  if (l.cpus > 0) limits["NanoCPUs"] = static_cast<std::int64_t>(l.cpus * 1e9 + 0.5);
  return {{"Limits", limits}};
}

json secretsFor(const QList<SecretRef>& secrets) {
  json out = json::array();
  for (const SecretRef& r : secrets)
    out.push_back({{"SecretID", r.id},
                   {"SecretName", r.name},
                   {"File", {{"Name", r.file}, {"UID", "0"}, {"GID", "0"}, {"Mode", 0444}}}});
  return out;
}

json taskTemplateFor(const ServiceTemplate& t, const SpecContext& c) {
  const json containerLabels = {{"swarmlab.lab", s(c.lab)},
                                {"swarmlab.service", s(c.service)},
                                {"swarmlab.node", s(c.placement.labNode)}};
  json container = {{"Image", s(c.image)},
                    {"Env", envFor(t, c)},
                    {"Labels", containerLabels},
                    {"StopGracePeriod", kStopGraceMs * kNsPerMs}};
  json args = argsFor(t, c);
  if (!args.empty()) container["Args"] = std::move(args);
  if (!c.command.isEmpty()) {
    json command = json::array();
    for (const QString& a : c.command) command.push_back(s(a));
    container["Command"] = std::move(command);
  }
  harden(container, c.apiVersion);
  if (!c.secrets.isEmpty()) container["Secrets"] = secretsFor(c.secrets);
  const json restart = {{"Condition", s(toString(t.restart.condition))},
                        {"Delay", std::int64_t{t.restart.delayMs} * kNsPerMs},
                        {"MaxAttempts", t.restart.maxAttempts},
                        {"Window", std::int64_t{t.restart.windowMs} * kNsPerMs}};
  json task = {{"ContainerSpec", std::move(container)},
               {"RestartPolicy", restart},
               {"Placement", {{"Constraints", constraintsFor(c.placement)}}},
               {"ForceUpdate", 0}};
  if (t.limits.any()) task["Resources"] = resourcesFor(t.limits);
  if (!c.network.isEmpty()) task["Networks"] = json::array({{{"Target", s(c.network)}}});
  return task;
}

}  // namespace

bool isRedisTemplate(const ServiceTemplate& t) {
  return t.name == QLatin1String("redis") || t.kind == QLatin1String("redis");
}

ServiceSpec ServiceSpec::create(const ServiceTemplate& t, const SpecContext& c) {
  json labels = {
      {"swarmlab.lab", s(c.lab)},         {"swarmlab.service", s(c.service)},
      {"swarmlab.template", s(t.name)},   {"swarmlab.node", s(c.placement.labNode)},
      {"swarmlab.kind", s(t.kind)},       {"swarmlab.image", s(t.image)},
      {"swarmlab.session", s(c.session)}, {"swarmlab.placement", placementName(c.placement.mode)}};
  if (isRedisTemplate(t)) labels["swarmlab.redis.url"] = s(c.redisUrl);
  return ServiceSpec(json{{"Name", s(c.swarmName)},
                          {"Labels", labels},
                          {"TaskTemplate", taskTemplateFor(t, c)},
                          {"Mode", {{"Replicated", {{"Replicas", std::max(1, t.replicas)}}}}},
                          {"UpdateConfig",
                           {{"Parallelism", 1},
                            {"Delay", 0},
                            {"FailureAction", "pause"},
                            {"Monitor", kUpdateMonitorMs * kNsPerMs},
                            {"Order", s(toString(t.order))}}}});
}

std::optional<ServiceSpec> ServiceSpec::fromEngine(const nlohmann::json& spec, QString* error) {
  if (spec.is_object()) return ServiceSpec(spec);
  if (error) *error = tr("Spec: expected an object, found %1").arg(QLatin1String(spec.type_name()));
  return std::nullopt;
}

QByteArray ServiceSpec::body() const { return QByteArray::fromStdString(spec_.dump()); }

bool ServiceSpec::placeOn(const SpecPlacement& p, QString* error) {
  json* task = objectAt(spec_, "TaskTemplate", QStringLiteral("Spec"), error);
  json* placement = task ? objectAt(*task, "Placement", "Spec.TaskTemplate", error) : nullptr;
  json* old = placement ? arrayAt(*placement, "Constraints", "Spec.TaskTemplate.Placement", error)
                        : nullptr;
  json* container = task ? objectAt(*task, "ContainerSpec", "Spec.TaskTemplate", error) : nullptr;
  json* env =
      container ? arrayAt(*container, "Env", "Spec.TaskTemplate.ContainerSpec", error) : nullptr;
  json* cLabels = container
                      ? objectAt(*container, "Labels", "Spec.TaskTemplate.ContainerSpec", error)
                      : nullptr;
  json* labels = objectAt(spec_, "Labels", QStringLiteral("Spec"), error);
  if (!old || !env || !cLabels || !labels) return false;
  json constraints = constraintsFor(p);
  for (const auto& c : *old)
    if (!ours(c)) constraints.push_back(c);
  *old = std::move(constraints);
  json next = json::array();
  for (const auto& e : *env)
    if (!startsWith(e, kNodeEnv)) next.push_back(e);
  next.push_back(kNodeEnv + s(nodeNameFor(p)));
  *env = std::move(next);
  (*cLabels)["swarmlab.node"] = s(p.labNode);
  (*labels)["swarmlab.node"] = s(p.labNode);
  (*labels)["swarmlab.placement"] = placementName(p.mode);
  return true;
}

bool ServiceSpec::setOrder(UpdateOrder order, QString* error) {
  json* update = objectAt(spec_, "UpdateConfig", QStringLiteral("Spec"), error);
  if (!update) return false;
  (*update)["Order"] = s(toString(order));
  return true;
}

bool ServiceSpec::forceUpdate(QString* error) {
  json* task = objectAt(spec_, "TaskTemplate", QStringLiteral("Spec"), error);
  if (!task) return false;
  auto it = task->find("ForceUpdate");
  std::uint64_t n = 0;
  if (it != task->end() && it->is_number_unsigned()) {
    n = it->get<std::uint64_t>();
  } else if (it != task->end() && !it->is_null() && !it->is_number_integer()) {
    if (error)
      *error = tr("Spec.TaskTemplate.ForceUpdate: expected a number, found %1")
                   .arg(QLatin1String(it->type_name()));
    return false;
  }
  (*task)["ForceUpdate"] = n + 1;
  return true;
}

std::optional<int> ServiceSpec::replicas(QString* error) const {
  auto mode = spec_.find("Mode");
  if (mode == spec_.end() || mode->is_null()) return 1;
  if (!mode->is_object()) {
    if (error)
      *error = tr("Spec.Mode: expected an object, found %1").arg(QLatin1String(mode->type_name()));
    return std::nullopt;
  }
  auto rep = mode->find("Replicated");
  if (rep == mode->end() || !rep->is_object()) {
    QStringList modes;
    for (auto it = mode->begin(); it != mode->end(); ++it)
      modes << QString::fromStdString(it.key());
    if (error)
      *error = tr("Spec.Mode: a replicated service was expected, this one is %1")
                   .arg(modes.isEmpty() ? tr("of no mode") : modes.join(QStringLiteral(", ")));
    return std::nullopt;
  }
  auto n = rep->find("Replicas");
  if (n == rep->end() || n->is_null()) return 1;
  // Unsigned as the engine sends it, signed as set by setReplicas(): both are a count.
  if (n->is_number_integer() && n->get<std::int64_t>() >= 0 &&
      n->get<std::int64_t>() <= kMaxReplicas)
    return static_cast<int>(n->get<std::int64_t>());
  if (error)
    *error = tr("Spec.Mode.Replicated.Replicas: expected a count, found %1")
                 .arg(QString::fromStdString(n->dump()));
  return std::nullopt;
}

bool ServiceSpec::setReplicas(int replicas, QString* error) {
  if (replicas < 0) {
    if (error) *error = tr("replicas must be 0 or more, not %1").arg(replicas);
    return false;
  }
  if (!this->replicas(error)) return false;  // a Global-mode service stays one
  spec_["Mode"]["Replicated"]["Replicas"] = replicas;
  return true;
}

std::string ServiceSpec::pinnedNodeId() const {
  const auto task = spec_.find("TaskTemplate");
  if (task == spec_.end() || !task->is_object()) return {};
  const auto placement = task->find("Placement");
  if (placement == task->end() || !placement->is_object()) return {};
  const auto constraints = placement->find("Constraints");
  if (constraints == placement->end() || !constraints->is_array()) return {};
  for (const auto& c : *constraints)
    if (startsWith(c, kNodeIdConstraint))
      return c.get<std::string>().substr(std::char_traits<char>::length(kNodeIdConstraint));
  return {};
}

Placement ServiceSpec::placement() const {
  const auto labels = spec_.find("Labels");
  if (labels == spec_.end() || !labels->is_object()) return Placement::Pinned;
  const auto p = labels->find("swarmlab.placement");
  return p != labels->end() && *p == "failover" ? Placement::Failover : Placement::Pinned;
}

bool ServiceSpec::unpin(QString* error) {
  json* task = objectAt(spec_, "TaskTemplate", QStringLiteral("Spec"), error);
  json* placement = task ? objectAt(*task, "Placement", "Spec.TaskTemplate", error) : nullptr;
  json* constraints = placement
                          ? arrayAt(*placement, "Constraints", "Spec.TaskTemplate.Placement", error)
                          : nullptr;
  if (!constraints) return false;
  json kept = json::array();
  for (const auto& c : *constraints)
    if (!startsWith(c, kNodeIdConstraint)) kept.push_back(c);
  *constraints = std::move(kept);
  return true;
}

std::string capabilityLabel(const QString& capability) {
  return "swarmlab.cap." + capability.toStdString();
}

bool setNodeLabel(nlohmann::json& nodeSpec, const std::string& key, const QString& value,
                  QString* error) {
  if (!nodeSpec.is_object()) {
    if (error)
      *error =
          tr("node Spec: expected an object, found %1").arg(QLatin1String(nodeSpec.type_name()));
    return false;
  }
  json* labels = objectAt(nodeSpec, "Labels", QStringLiteral("node Spec"), error);
  if (!labels) return false;
  if (value.isEmpty())
    labels->erase(key);
  else
    (*labels)[key] = s(value);
  return true;
}

bool setNodeAvailability(nlohmann::json& nodeSpec, const std::string& availability,
                         QString* error) {
  if (!nodeSpec.is_object()) {
    if (error)
      *error =
          tr("node Spec: expected an object, found %1").arg(QLatin1String(nodeSpec.type_name()));
    return false;
  }
  nodeSpec["Availability"] = availability;
  return true;
}

}  // namespace swarmlab
