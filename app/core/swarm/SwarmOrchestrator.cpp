#include "SwarmOrchestrator.h"

#include <QLoggingCategory>
#include <QUrl>
#include <QUuid>

#include <limits>
#include <memory>
#include <utility>

#include "SwarmSecrets.h"

Q_LOGGING_CATEGORY(SwarmLog, "swarmlab.swarm")

namespace swarmlab {
namespace {

using nlohmann::json;

constexpr int kTickMs = 250;
constexpr int kMaxUpdateAttempts = 6;
constexpr int kShutdownRequestMs = 5000;
// Ids of the backend's own commands (the lab's Redis): never announced, never finished.
constexpr quint64 kInternalIds = quint64{1} << 62;

QString q(const std::string& s) { return QString::fromStdString(s); }
std::string s(const QString& q) { return q.toStdString(); }

std::string_view view(const QByteArray& b) {
  return {b.constData(), static_cast<size_t>(b.size())};
}

QString filterParam(const json& filters) {
  return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(filters.dump())));
}

bool outOfSequence(const DockerResponse& r) {
  return r.message().contains(QLatin1String("out of sequence"));
}

}  // namespace

SwarmOrchestrator::SwarmOrchestrator(Lab lab, SwarmOptions options, QObject* parent)
    : Orchestrator(parent),
      lab_(std::move(lab)),
      opt_(std::move(options)),
      state_(lab_, opt_.servicePrefix, opt_.singleNodeFallback),
      rules_(lab_) {
  qRegisterMetaType<swarmlab::NodeInfo>();
  qRegisterMetaType<swarmlab::ServiceInfo>();
  qRegisterMetaType<swarmlab::TaskInfo>();
  qRegisterMetaType<swarmlab::OrchestratorError>();
  qRegisterMetaType<swarmlab::CommandKind>();
  clock_.start();
  session_ = QUuid::createUuid().toString(QUuid::WithoutBraces).left(12);
  engine_ = new SwarmEngine({opt_.dockerHost,
                             {opt_.tlsVerify, opt_.certPath, opt_.tlsInsecure},
                             opt_.requestTimeoutMs,
                             opt_.eventIdleMs},
                            this);
  watcher_ = new SwarmWatcher(engine_, &state_, lab_.name, this);
  connect(engine_, &SwarmEngine::up, this, [this] {
    watcher_->loadAll([this] {
      syncNodeLabels();
      ensureSecrets([this] { ensureRedis(); });
    });
  });
  connect(engine_, &SwarmEngine::back, this, [this] {
    if (ready_) refresh();
  });
  connect(engine_, &SwarmEngine::problem, this, &Orchestrator::errorOccurred);
  connect(engine_, &SwarmEngine::reachabilityChanged, this, &Orchestrator::engineChanged);
  connect(watcher_, &SwarmWatcher::nodesChanged, this, &Orchestrator::nodesChanged);
  connect(watcher_, &SwarmWatcher::nodesChanged, this, &SwarmOrchestrator::onNodes);
  connect(watcher_, &SwarmWatcher::servicesChanged, this, &Orchestrator::servicesChanged);
  connect(watcher_, &SwarmWatcher::taskChanged, this, &Orchestrator::taskChanged);
  connect(watcher_, &SwarmWatcher::errorOccurred, this, &Orchestrator::errorOccurred);
  connect(watcher_, &SwarmWatcher::tasksObserved, this, &SwarmOrchestrator::judgeCommands);
  tick_.setInterval(kTickMs);
  connect(&tick_, &QTimer::timeout, this, &SwarmOrchestrator::tick);
  redisUrl_ = opt_.redisUrl;
}

SwarmOrchestrator::~SwarmOrchestrator() = default;

quint64 SwarmOrchestrator::requestCount(const QString& prefix) const {
  return engine_->requestCount(prefix);
}

QString SwarmOrchestrator::serviceId(const QString& service) const {
  const docker::Service* svc = state_.service(service);
  return svc ? q(svc->id) : QString();
}

void SwarmOrchestrator::start() {
  shutDown_ = false;
  if (!engine_->started()) engine_->start();
}

// ---------------------------------------------------------------------------------------------
// What the swarm holds

void SwarmOrchestrator::refresh() {
  if (engine_->started()) watcher_->loadAll();
}

void SwarmOrchestrator::judgeCommands() {
  for (const CommandOutcome& o : tracker_.judge(state_)) conclude(o.id, o.ok, o.error);
}

// ---------------------------------------------------------------------------------------------
// The lab's Redis and its credentials (ensureSecrets, ensureRedis): SwarmOrchestratorRedis.cpp.

// ---------------------------------------------------------------------------------------------
// Commands: begin() gives the id (the base announces it), conclude() ends it exactly once, on
// the engine's answer, on the tasks' convergence, or on the deadline checked by tick().

quint64 SwarmOrchestrator::begin(CommandKind kind, const QString& service, const QString& node) {
  const quint64 id = beginCommand(kind, service, node);
  tracker_.begin(id, kind, service, nowMs() + opt_.commandTimeoutMs);
  if (!tick_.isActive()) tick_.start();
  return id;
}

quint64 SwarmOrchestrator::beginInternal(CommandKind kind, const QString& service, Outcome onEnd) {
  const quint64 id = kInternalIds + nextInternal_++;
  internal_.insert(id, std::move(onEnd));
  tracker_.begin(id, kind, service, nowMs() + opt_.commandTimeoutMs);
  if (!tick_.isActive()) tick_.start();
  return id;
}

void SwarmOrchestrator::conclude(quint64 id, bool ok, const OrchestratorError& error) {
  if (!tracker_.contains(id)) return;  // ended already (deadline, shutdown): later news is late
  const TrackedCommand* c = tracker_.find(id);
  const QString service = c->service;
  tracker_.end(id);
  const QString pinnedTo = unpinAfter_.take(id);
  if (ok && !pinnedTo.isEmpty()) unpin(service, pinnedTo);
  if (Outcome end = internal_.take(id)) return end(ok, error);
  finishCommand(id, ok, error);
}

void SwarmOrchestrator::concludeFailed(quint64 id, const QString& op, const QString& object,
                                       const DockerResponse& r) {
  const QString why = r.status == 0 ? engineNotAnswering(r.transportError) : r.message();
  conclude(id, false, {op, object, why, r.status});
}

void SwarmOrchestrator::tick() {
  const int silentMs = std::min(opt_.requestTimeoutMs, opt_.commandTimeoutMs / 2);
  for (const CommandOutcome& o :
       tracker_.expire(nowMs(), engine_->answering(silentMs), opt_.commandTimeoutMs))
    conclude(o.id, o.ok, o.error);
  // Tasks on other engines send no events here: ask, one request per service at a time.
  for (const QString& sid : tracker_.servicesToWatch()) watcher_->requestTasks(sid, false);
  if (tracker_.isEmpty()) tick_.stop();
}

quint64 SwarmOrchestrator::deploy(const ServiceTemplate& t, const QString& node,
                                  const QString& serviceName) {
  const QString name = serviceName.isEmpty() ? state_.uniqueName(t.name) : serviceName;
  const quint64 id = begin(CommandKind::Deploy, name, node);
  const QString op = toString(CommandKind::Deploy);
  if (!engine_->started() || !ready_) {
    conclude(id, false, {op, name, tr("not connected to a swarm manager"), 0});
  } else if (const auto why = isRedisTemplate(t) ? replicatedRedisDeploy(node) : std::nullopt) {
    // the member on that gateway stands for it, as start() stands for a single Redis
    conclude(id, why->isEmpty(), {op, name, *why, 0});
  } else if (isRedisTemplate(t) && (state_.service(t.name) || !opt_.redisUrl.isEmpty())) {
    conclude(id, true);  // start() deployed it on the gateway, or the lab uses the given Redis
  } else if (state_.service(name)) {
    conclude(id, false, {op, name, tr("a service named %1 exists already").arg(name), 409});
  } else if (!state_.nodeFor(node)) {
    conclude(id, false,
             {op, node,
              tr("no machine hosts %1: drag one onto its card (or label a swarm node "
                 "swarmlab.name=%1)")
                  .arg(node),
              0});
  } else {
    createService(id, t, name, node, isRedisTemplate(t) ? opt_.redisImage : QString());
  }
  return id;
}

void SwarmOrchestrator::createService(quint64 id, const ServiceTemplate& t, const QString& name,
                                      const QString& labNode, const QString& fallbackImage,
                                      const SpecAdjust& adjust) {
  resolveImage(
      id, t.image,
      [=, this](const QString& ref) { postService(id, t, name, labNode, ref, adjust); },
      fallbackImage);
}

void SwarmOrchestrator::postService(quint64 id, const ServiceTemplate& t, const QString& name,
                                    const QString& labNode, const QString& image,
                                    const SpecAdjust& adjust) {
  if (!tracker_.contains(id)) return;  // its deadline passed while the image was looked up
  const QString op = toString(CommandKind::Deploy);
  const docker::Node* n = state_.nodeFor(labNode);
  if (!n) return conclude(id, false, {op, labNode, tr("the node left the swarm"), 0});
  SpecContext c;
  c.lab = lab_.name;
  c.service = name;
  c.swarmName = swarmName(name);
  c.session = session_;
  c.redisUrl = access_.agentUrl;
  c.image = image;
  c.redisPort = opt_.redisPort;
  c.placement = rules_.placement(t, labNode, *n);
  c.network = isRedisTemplate(t) ? opt_.redisNetwork : opt_.network;
  c.redisBind = redisHostOn(*n);
  if (!engine_->apiVersion().isEmpty()) c.apiVersion = engine_->apiVersion().toStdString();
  if (isRedisTemplate(t) && aclSecret_) {
    c.secrets = {*aclSecret_};
    c.aclFile = QStringLiteral("/run/secrets/") + QLatin1String(kAclSecretFile);
    c.redisRequiresAuth = true;  // the ACL file sets the users' passwords: protected mode on
  } else if (!isRedisTemplate(t)) {
    c.redisEnv = access_.agentEnv;
    if (passwordSecret_) c.secrets = {*passwordSecret_};
  }
  if (adjust) adjust(c);
  const QString nodeId = q(n->id);
  if (c.placement.mode == Placement::Failover) unpinAfter_.insert(id, nodeId);
  const int replicas = std::max(1, t.replicas);
  call("POST", QStringLiteral("/services/create"), ServiceSpec::create(t, c).body(),
       [=, this](const DockerResponse& r) {
         if (!r.ok()) return concludeFailed(id, op, name, r);
         const json j = json::parse(view(r.body), nullptr, false);
         const auto it = j.is_object() ? j.find("ID") : j.end();
         const QString sid = it != j.end() && it->is_string() ? q(it->get<std::string>()) : "";
         created_.insert(sid);
         // Known at once, so that container events of its first task are attributed.
         docker::Service svc;
         svc.id = s(sid);
         svc.name = s(swarmName(name));
         svc.labels = {{"swarmlab.service", s(name)},
                       {"swarmlab.template", s(t.name)},
                       {"swarmlab.placement",
                        c.placement.mode == Placement::Failover ? "failover" : "pinned"}};
         svc.replicas = static_cast<std::uint64_t>(replicas);
         state_.addService(name, svc);
         tracker_.converge(id, sid, replicas, nodeId);
         watcher_->loadServices();
       });
}

void SwarmOrchestrator::resolveImage(quint64 id, const QString& image,
                                     std::function<void(const QString&)> then,
                                     const QString& fallback) {
  if (!opt_.registry.isEmpty()) return resolveInRegistry(id, image, std::move(then), fallback);
  // Asked every time (one GET on the worker thread): images rebuilt during a session must not
  // be deployed by a stale id. The image id (sha256:...) makes the engine start the task
  // without asking a registry (the swarm executor skips its pull for image ids). Not present
  // on the manager: use the name and let the node use its own copy.
  call("GET",
       QStringLiteral("/images/%1/json")
           .arg(QString::fromLatin1(QUrl::toPercentEncoding(image, "/:"))),
       {}, [this, id, image, then, fallback](const DockerResponse& r) {
         if (r.status == 404 && !fallback.isEmpty() && fallback != image)
           return resolveImage(id, fallback, then);
         QString ref = image;
         const json j = r.ok() ? json::parse(view(r.body), nullptr, false) : json();
         const auto it = j.is_object() ? j.find("Id") : j.end();
         if (it != j.end() && it->is_string()) ref = q(it->get<std::string>());
         then(ref);
       });
}

quint64 SwarmOrchestrator::migrate(const QString& service, const QString& node, UpdateOrder order) {
  const quint64 id = begin(CommandKind::Migrate, service, node);
  const docker::Node* n = state_.nodeFor(node);
  if (!n) {
    conclude(
        id, false,
        {toString(CommandKind::Migrate), node, tr("no swarm node for lab node %1").arg(node), 0});
    return id;
  }
  const ServiceTemplate* t = state_.templateOf(service);
  const SpecPlacement p = t ? rules_.placement(*t, node, *n)
                            : SpecPlacement{n->id, n->arch, node, Placement::Pinned, {}, {}};
  if (p.mode == Placement::Failover) unpinAfter_.insert(id, q(n->id));
  updateService(id, CommandKind::Migrate, service, [p, order](ServiceSpec& spec, QString* why) {
    return spec.placeOn(p, why) && spec.setOrder(order, why);
  });
  return id;
}

quint64 SwarmOrchestrator::restart(const QString& service, UpdateOrder order) {
  const quint64 id = begin(CommandKind::Restart, service, {});
  updateService(id, CommandKind::Restart, service, [order](ServiceSpec& spec, QString* why) {
    return spec.forceUpdate(why) && spec.setOrder(order, why);
  });
  return id;
}

quint64 SwarmOrchestrator::scale(const QString& service, int replicas) {
  const quint64 id = begin(CommandKind::Scale, service, {});
  updateService(id, CommandKind::Scale, service, [replicas](ServiceSpec& spec, QString* why) {
    return spec.setReplicas(replicas, why);
  });
  return id;
}

void SwarmOrchestrator::updateService(quint64 id, CommandKind kind, const QString& service,
                                      SpecEdit edit, int attempt) {
  const docker::Service* svc = state_.service(service);
  if (!svc) return conclude(id, false, {toString(kind), service, tr("no such service"), 404});
  // Always the current spec and version: another client may have changed it.
  call("GET", QStringLiteral("/services/") + q(svc->id), {}, [=, this](const DockerResponse& r) {
    if (tracker_.contains(id)) postUpdate(id, kind, service, edit, attempt, r);
  });
}

void SwarmOrchestrator::postUpdate(quint64 id, CommandKind kind, const QString& service,
                                   const SpecEdit& edit, int attempt, const DockerResponse& r) {
  const QString op = toString(kind);
  if (!r.ok()) return concludeFailed(id, op, service, r);
  std::string perr;
  auto svc = docker::parseService(view(r.body), &perr);
  if (!svc) return conclude(id, false, {op, service, q(perr), r.status});
  QString why;
  auto spec = ServiceSpec::fromEngine(svc->spec, &why);
  std::optional<int> replicas;
  try {
    if (spec && edit(*spec, &why)) replicas = spec->replicas(&why);
  } catch (const nlohmann::json::exception& e) {  // a shape none of the checks foresaw
    why = QString::fromUtf8(e.what());
  }
  if (!replicas) return conclude(id, false, {op, service, why, 0});
  const QString sid = q(svc->id);
  // The tasks a replacing update ends (a scale or a constraint change keeps them).
  const QSet<QString> old = kind == CommandKind::Migrate || kind == CommandKind::Restart
                                ? state_.liveTasks(sid)
                                : QSet<QString>();
  const QString nodeId = kind == CommandKind::Migrate ? q(spec->pinnedNodeId()) : QString();
  call("POST", QStringLiteral("/services/%1/update?version=%2").arg(sid).arg(svc->version),
       spec->body(), [=, this](const DockerResponse& u) {
         if (u.ok()) {
           tracker_.converge(id, sid, *replicas, nodeId, old);
           return watcher_->requestTasks(sid);
         }
         if (outOfSequence(u) && attempt + 1 < kMaxUpdateAttempts && tracker_.contains(id))
           return updateService(id, kind, service, edit, attempt + 1);
         concludeFailed(id, op, service, u);
       });
}

quint64 SwarmOrchestrator::stop(const QString& service) {
  const quint64 id = begin(CommandKind::Stop, service, {});
  const QString op = toString(CommandKind::Stop);
  const docker::Service* svc = state_.service(service);
  if (!svc || !engine_->started()) {
    conclude(id, false, {op, service, tr("no such service"), 404});
    return id;
  }
  const QString sid = q(svc->id);
  call("DELETE", QStringLiteral("/services/") + sid, {},
       [this, id, op, service, sid](const DockerResponse& r) {
         if (!r.ok() && r.status != 404) return concludeFailed(id, op, service, r);
         state_.removeService(service);
         created_.remove(sid);
         emit servicesChanged(state_.serviceInfos());
         conclude(id, true);
       });
  return id;
}

quint64 SwarmOrchestrator::setNodeDown(const QString& node) {
  const quint64 id = begin(CommandKind::NodeDown, {}, node);
  const QString op = toString(CommandKind::NodeDown);
  const docker::Node* n = state_.nodeFor(node);
  const QStringList sharing = state_.sharingWith(node);
  if (!n) {
    conclude(id, false, {op, node, tr("no swarm node for lab node %1").arg(node), 0});
  } else if (!sharing.isEmpty()) {
    conclude(id, false,
             {op, node,
              tr("swarm node %1 also hosts %2: draining it would stop them too")
                  .arg(q(n->hostname), sharing.join(QStringLiteral(", "))),
              0});
  } else {
    updateNode(id, op, q(n->id),
               [](json& spec, QString* why) { return setNodeAvailability(spec, "drain", why); });
  }
  return id;
}

quint64 SwarmOrchestrator::setNodeUp(const QString& node) {
  const quint64 id = begin(CommandKind::NodeUp, {}, node);
  const QString op = toString(CommandKind::NodeUp);
  const docker::Node* n = state_.nodeFor(node);
  if (!n) {
    conclude(id, false, {op, node, tr("no swarm node for lab node %1").arg(node), 0});
    return id;
  }
  updateNode(id, op, q(n->id),
             [](json& spec, QString* why) { return setNodeAvailability(spec, "active", why); });
  return id;
}

quint64 SwarmOrchestrator::assignNode(const QString& machineId, const QString& labName,
                                      Layer layer) {
  // A lab node that shares its machine never renames it (the machine's own lab node would lose it).
  if (const QString why = rules_.layerRefusal(state_, machineId, labName); !why.isEmpty()) {
    const quint64 id = begin(CommandKind::AssignNode, {}, labName);
    conclude(id, false, {toString(CommandKind::AssignNode), labName, why, 0});
    return id;
  }
  return setNodeLabels(machineId, labName,
                       layer == Layer::Unassigned ? QString() : toString(layer));
}

quint64 SwarmOrchestrator::setNodeLabels(const QString& swarmNode, const QString& labName,
                                         const QString& layer) {
  const quint64 id = begin(CommandKind::AssignNode, {}, labName.isEmpty() ? swarmNode : labName);
  std::map<std::string, QString> labels = rules_.capabilityLabels(labName);
  labels["swarmlab.name"] = labName;
  labels["swarmlab.layer"] = layer;
  updateNode(id, toString(CommandKind::AssignNode), swarmNode, [labels](json& spec, QString* why) {
    for (const auto& [key, value] : labels)
      if (!setNodeLabel(spec, key, value, why)) return false;
    return true;
  });
  return id;
}

// The one node update: the node's spec as last read, edited, sent with its version index;
// "update out of sequence" (someone else updated it) -> read the nodes again and retry.
void SwarmOrchestrator::updateNode(quint64 id, const QString& op, const QString& node,
                                   NodeEdit edit, int attempt) {
  const docker::Node* n = state_.node(node);
  if (!n) return conclude(id, false, {op, node, tr("no such swarm node"), 404});
  json spec = n->spec;
  QString why;
  if (!edit(spec, &why)) return conclude(id, false, {op, node, why, 0});
  call("POST", QStringLiteral("/nodes/%1/update?version=%2").arg(q(n->id)).arg(n->version),
       QByteArray::fromStdString(spec.dump()), [=, this](const DockerResponse& r) {
         if (r.ok()) {
           watcher_->loadNodes();
           return conclude(id, true);
         }
         if (outOfSequence(r) && attempt + 1 < kMaxUpdateAttempts && tracker_.contains(id))
           return watcher_->loadNodes([=, this] { updateNode(id, op, node, edit, attempt + 1); },
                                      [=, this](const OrchestratorError& e) {
                                        if (tracker_.contains(id))
                                          conclude(id, false, {op, node, e.toString(), 0});
                                      });
         concludeFailed(id, op, node, r);
       });
}

// ---------------------------------------------------------------------------------------------
// Placement

// The labels failover constraints read, from the lab file, on the nodes named after lab nodes.
void SwarmOrchestrator::syncNodeLabels() {
  for (const NodeLabelFix& fix : rules_.missingLabels(state_)) {
    const quint64 id =
        beginInternal(CommandKind::AssignNode, {}, [this](bool ok, const OrchestratorError& e) {
          if (!ok) emit errorOccurred(e);
        });
    updateNode(id, toString(CommandKind::AssignNode), fix.nodeId,
               [labels = fix.labels](json& spec, QString* why) {
                 for (const auto& [key, value] : labels)
                   if (!setNodeLabel(spec, key, value, why)) return false;
                 return true;
               });
  }
}

// A failed node: Swarm reschedules the failover services that ran there. Their new tasks run
// on other engines, which send no events here: follow them until they run, and say so if not.
// Every task of the lab that ran there is reported failed ("node pi1 is down"): Swarm itself
// says nothing of them until the node is back, and the run must record when they were lost.
void SwarmOrchestrator::onNodes() {
  if (ready_ && !shutDown_) startHeldRedis();
  for (const QString& nodeId : rules_.newlyDown(state_)) {
    const QList<LostService> lost = rules_.lostWith(state_, nodeId);
    for (const TaskInfo& t : state_.loseTasksOn(
             nodeId, tr("its node %1 is down").arg(state_.labNodeOf(nodeId)), wallUs()))
      emit taskChanged(t);
    for (const LostService& l : lost) {
      const QString node = state_.labNodeOf(nodeId);
      const quint64 id = beginInternal(
          CommandKind::Deploy, l.service, [this, node, l](bool ok, const OrchestratorError& e) {
            if (ok) return;
            emit errorOccurred(
                {QStringLiteral("failover"), l.service,
                 tr("not running again after node %1 failed: %2").arg(node, e.message), 0});
          });
      tracker_.converge(id, l.serviceId, l.replicas, {}, l.tasks);
      watcher_->requestTasks(l.serviceId);
    }
  }
}

// Failover after its task runs on the preferred node: the node.id constraint goes, the task
// stays (constraints alone changed and its node satisfies them). Not when it has been pinned
// to another node meanwhile: that command unpins it when it is done.
void SwarmOrchestrator::unpin(const QString& service, const QString& nodeId) {
  const quint64 id =
      beginInternal(CommandKind::Deploy, service, [this](bool ok, const OrchestratorError& e) {
        if (!ok) emit errorOccurred(e);
      });
  updateService(id, CommandKind::Deploy, service,
                [pinned = nodeId.toStdString()](ServiceSpec& spec, QString* why) {
                  return spec.pinnedNodeId() != pinned || spec.unpin(why);
                });
}

// ---------------------------------------------------------------------------------------------
// Shutdown

void SwarmOrchestrator::shutdown() {
  if (shutDown_) return;
  shutDown_ = true;
  tick_.stop();
  engine_->stop();
  watcher_->stop();
  for (const CommandOutcome& o : tracker_.expire(std::numeric_limits<qint64>::max(), true, 0))
    conclude(o.id, false, {o.error.operation, o.error.object, tr("the orchestrator shut down"), 0});
  if (!engine_->started() || !opt_.removeOnShutdown) {
    QMetaObject::invokeMethod(this, &Orchestrator::shutdownFinished, Qt::QueuedConnection);
    return;
  }
  // Remove this session's services: the requests run on the client's worker thread, the
  // caller's thread (the GUI's) never waits on the engine; shutdownFinished() when all answered.
  const json filters = {{"label", {"swarmlab.session=" + s(session_)}}};
  call(
      "GET", QStringLiteral("/services?filters=") + filterParam(filters), {},
      [this](const DockerResponse& r) { removeSessionServices(r); }, kShutdownRequestMs);
}

void SwarmOrchestrator::removeSessionServices(const DockerResponse& r) {
  QSet<QString> ids = created_;
  if (r.ok())
    if (auto list = docker::parseServices(view(r.body)))
      for (const auto& svc : *list) ids.insert(q(svc.id));
  ids.remove(QString());
  created_.clear();
  state_.setServices({});
  if (ids.isEmpty()) {
    emit shutdownFinished();
    return;
  }
  auto left = std::make_shared<qsizetype>(ids.size());
  for (const auto& sid : std::as_const(ids)) {
    call(
        "DELETE", QStringLiteral("/services/") + sid, {},
        [this, sid, left](const DockerResponse& d) {
          if (!d.ok() && d.status != 404)
            emit errorOccurred({QStringLiteral("shutdown"), sid, d.message(), d.status});
          if (--*left == 0) emit shutdownFinished();
        },
        kShutdownRequestMs);
  }
}

std::unique_ptr<Orchestrator> makeSwarmOrchestrator(const Lab& lab, const SwarmOptions& options,
                                                    QObject* parent) {
  return std::make_unique<SwarmOrchestrator>(lab, options, parent);
}

}  // namespace swarmlab
