#include "SwarmState.h"

#include <QCoreApplication>

#include <algorithm>

namespace swarmlab {
namespace {

using docker::TaskPhase;

QString q(const std::string& s) { return QString::fromStdString(s); }

QString label(const std::map<std::string, std::string>& labels, const char* key) {
  auto it = labels.find(key);
  return it == labels.end() ? QString() : q(it->second);
}

Layer layerFromLabel(const QString& v) {
  if (v == QLatin1String("enterprise")) return Layer::Enterprise;
  if (v == QLatin1String("mediation")) return Layer::Mediation;
  if (v == QLatin1String("sensing")) return Layer::Sensing;
  return Layer::Unassigned;
}

NodeState nodeStateOf(const docker::Node& n) {
  if (n.availability == "drain") return NodeState::Drain;
  if (n.state == "ready") return NodeState::Ready;
  if (n.state == "down" || n.state == "disconnected") return NodeState::Down;
  return NodeState::Unknown;
}

void describe(const docker::Node& n, NodeInfo* ni) {
  ni->id = q(n.id);
  ni->machine = q(n.hostname);
  ni->arch = q(n.arch);
  ni->state = nodeStateOf(n);
  ni->detail = q(n.message);
}

}  // namespace

TaskState taskStateOf(TaskPhase phase, std::string_view swarmState) {
  switch (phase) {
    case TaskPhase::Running:
      return TaskState::Running;
    case TaskPhase::Ready:
    case TaskPhase::Starting:
      return TaskState::Starting;
    case TaskPhase::Stopping:
      return TaskState::Stopping;
    case TaskPhase::Ended:
      if (swarmState == "failed") return TaskState::Failed;
      if (swarmState == "rejected") return TaskState::Rejected;
      return TaskState::Stopped;
    default:
      return TaskState::Pending;
  }
}

SwarmState::SwarmState(Lab lab, QString servicePrefix, bool singleNodeFallback)
    : lab_(std::move(lab)),
      prefix_(std::move(servicePrefix)),
      singleNodeFallback_(singleNodeFallback) {}

// ---------------------------------------------------------------------------------------------
// Nodes

void SwarmState::setNodes(std::vector<docker::Node> nodes) {
  nodes_ = std::move(nodes);
  labToNode_.clear();
  for (const auto& n : nodes_) {
    const QString name = label(n.labels, "swarmlab.name");
    if (!name.isEmpty()) labToNode_.insert(name, q(n.id));
  }
  // One machine hosting several lab nodes: swarmlab.names=gw1,pi1,pi2 (an explicit
  // swarmlab.name elsewhere wins).
  for (const auto& n : nodes_)
    for (const QString& name :
         label(n.labels, "swarmlab.names").split(QLatin1Char(','), Qt::SkipEmptyParts))
      if (!labToNode_.contains(name.trimmed())) labToNode_.insert(name.trimmed(), q(n.id));
  if (singleNodeFallback_ && nodes_.size() == 1)
    for (const auto& ln : lab_.nodes)
      if (!labToNode_.contains(ln.name)) labToNode_.insert(ln.name, q(nodes_.front().id));
}

const docker::Node* SwarmState::nodeFor(const QString& labNode) const {
  const QString id = labToNode_.value(labNode);
  for (const auto& n : nodes_) {
    if (!id.isEmpty() && q(n.id) == id) return &n;
    if (id.isEmpty() && (q(n.id) == labNode || q(n.hostname) == labNode)) return &n;
  }
  return nullptr;
}

const docker::Node* SwarmState::node(const QString& idOrHostname) const {
  for (const auto& n : nodes_)
    if (q(n.id) == idOrHostname || q(n.hostname) == idOrHostname) return &n;
  return nullptr;
}

QString SwarmState::labNodeOf(const QString& nodeId) const {
  QStringList names;
  for (auto it = labToNode_.begin(); it != labToNode_.end(); ++it)
    if (it.value() == nodeId) names << it.key();
  if (names.size() == 1) return names.front();
  for (const auto& n : nodes_)
    if (q(n.id) == nodeId) return names.isEmpty() ? q(n.hostname) : QString();
  return names.isEmpty() ? nodeId : QString();
}

QStringList SwarmState::sharingWith(const QString& labNode) const {
  QStringList out;
  const docker::Node* n = nodeFor(labNode);
  if (!n) return out;
  for (auto it = labToNode_.begin(); it != labToNode_.end(); ++it)
    if (it.value() == q(n->id) && it.key() != labNode) out << it.key();
  out.sort();
  return out;
}

QList<NodeInfo> SwarmState::nodeInfos() const {
  QList<NodeInfo> out;
  QSet<QString> covered;
  for (const auto& ln : lab_.nodes) {
    NodeInfo ni = NodeInfo::fromLab(ln);
    if (const docker::Node* n = nodeFor(ln.name)) {
      describe(*n, &ni);
      // The swarm's own layer label wins when the node is labelled as this very lab node.
      const Layer l = layerFromLabel(label(n->labels, "swarmlab.layer"));
      if (l != Layer::Unassigned && label(n->labels, "swarmlab.name") == ln.name) ni.layer = l;
      covered.insert(ni.id);
    } else {
      ni.id.clear();  // no swarm node: nothing for the engine to address
      ni.state = NodeState::Unknown;
      ni.hosted = false;
      ni.detail = QCoreApplication::translate("swarmlab::SwarmState",
                                              "no swarm node labelled swarmlab.name=%1")
                      .arg(ln.name);
    }
    out << ni;
  }
  for (const auto& n : nodes_) {
    if (covered.contains(q(n.id))) continue;
    NodeInfo ni;
    describe(n, &ni);
    ni.inLab = false;
    const QString name = label(n.labels, "swarmlab.name");
    ni.name = name.isEmpty() ? q(n.hostname) : name;
    ni.layer = layerFromLabel(label(n.labels, "swarmlab.layer"));
    out << ni;
  }
  return out;
}

void SwarmState::addLabNode(const NodeSpec& node) {
  lab_.nodes << node;
  setNodes(nodes_);
}

// ---------------------------------------------------------------------------------------------
// Services

void SwarmState::setServices(std::vector<docker::Service> services) {
  QHash<QString, docker::Service> next;
  for (auto& svc : services) {
    const QString swarmName = q(svc.name);
    if (!prefix_.isEmpty() && !swarmName.startsWith(prefix_)) continue;
    QString name = label(svc.labels, "swarmlab.service");
    if (name.isEmpty()) name = swarmName.mid(prefix_.size());
    next.insert(name, std::move(svc));
  }
  services_ = std::move(next);
}

void SwarmState::addService(const QString& name, docker::Service service) {
  services_.insert(name, std::move(service));
}

void SwarmState::removeService(const QString& name) { services_.remove(name); }

const docker::Service* SwarmState::service(const QString& name) const {
  auto it = services_.find(name);
  return it == services_.end() ? nullptr : &*it;
}

QString SwarmState::serviceName(const QString& serviceId) const {
  for (auto it = services_.begin(); it != services_.end(); ++it)
    if (q(it->id) == serviceId) return it.key();
  return {};
}

QStringList SwarmState::serviceIds() const {
  QStringList out;
  for (const auto& svc : services_) out << q(svc.id);
  return out;
}

const ServiceTemplate* SwarmState::templateOf(const QString& name) const {
  const docker::Service* svc = service(name);
  return svc ? lab_.templ(label(svc->labels, "swarmlab.template")) : nullptr;
}

QString SwarmState::uniqueName(const QString& base) const {
  if (!services_.contains(base)) return base;
  for (int i = 2;; ++i) {
    const QString n = QStringLiteral("%1-%2").arg(base).arg(i);
    if (!services_.contains(n)) return n;
  }
}

QList<ServiceInfo> SwarmState::serviceInfos() const {
  QList<ServiceInfo> out;
  for (auto it = services_.begin(); it != services_.end(); ++it) {
    const auto& svc = it.value();
    ServiceInfo si;
    si.id = q(svc.id);
    si.name = it.key();
    si.templateName = label(svc.labels, "swarmlab.template");
    si.node = label(svc.labels, "swarmlab.node");
    si.replicas = static_cast<int>(svc.replicas);
    si.order = svc.updateOrder == "start-first" ? UpdateOrder::StartFirst : UpdateOrder::StopFirst;
    out << si;
  }
  for (const ServiceInfo& h : held_)
    if (!services_.contains(h.name)) out << h;
  std::sort(out.begin(), out.end(),
            [](const ServiceInfo& a, const ServiceInfo& b) { return a.name < b.name; });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tasks

std::optional<TaskInfo> SwarmState::observe(const docker::Task& t, qint64 nowUs) {
  const QString service = serviceName(q(t.serviceId));
  const auto phase = docker::parseTaskPhase(t.state);
  if (service.isEmpty() || !phase) return std::nullopt;
  SwarmTask rec;
  rec.serviceId = q(t.serviceId);
  rec.nodeId = q(t.nodeId);
  rec.phase = *phase;
  rec.info.id = q(t.id);
  rec.info.service = service;
  // What {{.Task.Name}} gives the agent as SWARMLAB_INSTANCE.
  rec.info.instance =
      QStringLiteral("%1.%2.%3").arg(q(services_[service].name)).arg(t.slot).arg(q(t.id));
  rec.info.node = labNodeOf(rec.nodeId);
  rec.info.state = taskStateOf(*phase, t.state);
  rec.info.exitCode = t.exitCode;
  rec.info.message = q(t.err.empty() ? t.message : t.err);
  const auto ts = docker::parseRfc3339Micros(t.timestamp);
  rec.info.tUs = ts ? *ts : nowUs;
  if (*phase == TaskPhase::Running && !t.desiredState.empty() && t.desiredState != "running") {
    // Desired shutdown but still running: on its way down. Status.Timestamp is still the one
    // of "running", so the time is when we saw it.
    rec.phase = TaskPhase::Stopping;
    rec.info.state = TaskState::Stopping;
    rec.info.tUs = nowUs;
  }
  return update(std::move(rec));
}

std::optional<TaskInfo> SwarmState::observe(const docker::Event& e) {
  if (e.type != "container" || q(e.attr("swarmlab.lab")) != lab_.name) return std::nullopt;
  const QString taskId = q(e.attr("com.docker.swarm.task.id"));
  if (taskId.isEmpty()) return std::nullopt;
  if (!prefix_.isEmpty() && !q(e.attr("com.docker.swarm.service.name")).startsWith(prefix_))
    return std::nullopt;
  SwarmTask rec;
  rec.serviceId = q(e.attr("com.docker.swarm.service.id"));
  rec.nodeId = q(e.attr("com.docker.swarm.node.id"));
  rec.info.id = taskId;
  rec.info.service = serviceName(rec.serviceId);
  if (rec.info.service.isEmpty()) rec.info.service = q(e.attr("swarmlab.service"));
  rec.info.instance = q(e.attr("com.docker.swarm.task.name"));
  // Where it runs; on a machine hosting several lab nodes, the one named when it was created.
  const QString where = labNodeOf(rec.nodeId);
  const QString named = q(e.attr("swarmlab.node"));
  rec.info.node = (where.isEmpty() || where == rec.nodeId) && !named.isEmpty() ? named : where;
  rec.info.tUs = e.timeNano / 1000;
  auto tr = [](const char* s) { return QCoreApplication::translate("swarmlab::SwarmState", s); };
  if (e.action == "create") {
    rec.phase = TaskPhase::Starting;
    rec.info.state = TaskState::Starting;
  } else if (e.action == "start") {
    rec.phase = TaskPhase::Running;
    rec.info.state = TaskState::Running;
  } else if (e.action == "kill" || e.action == "stop") {
    rec.phase = TaskPhase::Stopping;
    rec.info.state = TaskState::Stopping;
    rec.info.message = tr("signal %1").arg(q(e.attr("signal")));
  } else if (e.action == "die") {
    bool numeric = false;
    rec.info.exitCode = q(e.attr("exitCode")).toInt(&numeric);
    auto prev = tasks_.find(taskId);
    const bool asked = prev != tasks_.end() && prev->phase == TaskPhase::Stopping;
    rec.phase = TaskPhase::Ended;
    rec.info.state = (rec.info.exitCode == 0 || asked) ? TaskState::Stopped : TaskState::Failed;
    rec.info.message = tr("exit code %1").arg(rec.info.exitCode);
  } else {
    return std::nullopt;
  }
  return update(std::move(rec));
}

std::optional<TaskInfo> SwarmState::update(SwarmTask rec) {
  auto it = tasks_.find(rec.info.id);
  if (it != tasks_.end()) {
    if (rec.phase <= it->phase) return std::nullopt;  // old news from a slower source
    if (rec.info.node.isEmpty()) rec.info.node = it->info.node;
    if (rec.nodeId.isEmpty()) rec.nodeId = it->nodeId;
  }
  const TaskInfo info = rec.info;
  tasks_.insert(rec.info.id, std::move(rec));
  return info;
}

QList<TaskInfo> SwarmState::loseTasksOn(const QString& nodeId, const QString& why, qint64 nowUs) {
  QList<SwarmTask> lost;
  for (const SwarmTask& t : tasks_)
    if (t.nodeId == nodeId && t.phase < TaskPhase::Ended) lost << t;
  QList<TaskInfo> out;
  for (SwarmTask t : lost) {
    t.phase = TaskPhase::Ended;
    t.info.state = TaskState::Failed;
    t.info.exitCode = -1;  // none: it did not exit, it was lost
    t.info.message = why;
    t.info.tUs = nowUs;
    if (auto changed = update(std::move(t))) out << *changed;
  }
  return out;
}

QSet<QString> SwarmState::liveTasks(const QString& serviceId) const {
  QSet<QString> out;
  for (const auto& t : tasks_)
    if (t.serviceId == serviceId && t.phase <= TaskPhase::Running) out.insert(t.info.id);
  return out;
}

}  // namespace swarmlab
