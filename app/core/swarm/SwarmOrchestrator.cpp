#include "SwarmOrchestrator.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(SwarmLog, "swarmlab.swarm")

namespace swarmlab {
namespace {

using nlohmann::json;

constexpr int kPollMs = 250;
constexpr int kReconnectMs = 2000;
constexpr int kMaxUpdateAttempts = 6;
constexpr qint64 kNsPerMs = 1000000;

// Our task ranks: Pending 2 .. Starting 7, Running 8, Stopping 9, terminal 10.
TaskState stateFromSwarm(const std::string& s, int* rank) {
  *rank = docker::taskStateRank(s);
  if (s == "running") return TaskState::Running;
  if (s == "ready" || s == "starting") return TaskState::Starting;
  if (s == "failed") return TaskState::Failed;
  if (s == "rejected") return TaskState::Rejected;
  if (s == "complete" || s == "shutdown" || s == "orphaned" || s == "remove")
    return TaskState::Stopped;
  return TaskState::Pending;
}

QString q(const std::string& s) { return QString::fromStdString(s); }
std::string s(const QString& q) { return q.toStdString(); }

QString restartCondition(RestartPolicy::Condition c) {
  switch (c) {
    case RestartPolicy::Condition::None:
      return QStringLiteral("none");
    case RestartPolicy::Condition::OnFailure:
      return QStringLiteral("on-failure");
    case RestartPolicy::Condition::Any:
      return QStringLiteral("any");
  }
  return QStringLiteral("on-failure");
}

Layer layerFromLabel(const std::string& v) {
  if (v == "enterprise") return Layer::Enterprise;
  if (v == "mediation") return Layer::Mediation;
  if (v == "sensing") return Layer::Sensing;
  return Layer::Unassigned;
}

QByteArray toBody(const json& j) {
  const std::string d = j.dump();
  return QByteArray(d.data(), static_cast<qsizetype>(d.size()));
}

std::string_view view(const QByteArray& b) {
  return {b.constData(), static_cast<size_t>(b.size())};
}

QString filterParam(const json& filters) {
  return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(filters.dump())));
}

bool isRedisTemplate(const ServiceTemplate& t) {
  return t.name == QLatin1String("redis") || t.kind == QLatin1String("redis");
}

}  // namespace

SwarmOrchestrator::SwarmOrchestrator(Lab lab, SwarmOptions options, QObject* parent)
    : Orchestrator(parent), lab_(std::move(lab)), opt_(std::move(options)) {
  qRegisterMetaType<swarmlab::NodeInfo>();
  qRegisterMetaType<swarmlab::ServiceInfo>();
  qRegisterMetaType<swarmlab::TaskInfo>();
  qRegisterMetaType<swarmlab::OrchestratorError>();
  qRegisterMetaType<swarmlab::CommandKind>();
  session_ = QUuid::createUuid().toString(QUuid::WithoutBraces).left(12);
  pollTimer_.setInterval(kPollMs);
  connect(&pollTimer_, &QTimer::timeout, this, &SwarmOrchestrator::pollTrackers);
  reconnectTimer_.setSingleShot(true);
  reconnectTimer_.setInterval(kReconnectMs);
  connect(&reconnectTimer_, &QTimer::timeout, this, &SwarmOrchestrator::connectEngine);
  servicesReload_.setSingleShot(true);
  servicesReload_.setInterval(50);
  connect(&servicesReload_, &QTimer::timeout, this, [this] { loadServices(); });
  nodesReload_.setSingleShot(true);
  nodesReload_.setInterval(50);
  connect(&nodesReload_, &QTimer::timeout, this, [this] { loadNodes(); });
  if (!opt_.redisUrl.isEmpty()) redisUrl_ = opt_.redisUrl;
}

SwarmOrchestrator::~SwarmOrchestrator() {
  if (events_) events_->stop();
}

quint64 SwarmOrchestrator::requestCount(const QString& prefix) const {
  return client_ ? client_->requestCount(prefix) : 0;
}

QString SwarmOrchestrator::serviceId(const QString& service) const {
  auto it = services_.find(service);
  return it == services_.end() ? QString() : q(it->id);
}

// ---------------------------------------------------------------------------------------------
// Connection, state loading, events

void SwarmOrchestrator::start() {
  shutDown_ = false;
  QString err;
  auto ep = DockerEndpoint::resolve(opt_.dockerHost, &err);
  if (!ep) {
    emit errorOccurred({QStringLiteral("connect"), opt_.dockerHost, err, 0});
    return;
  }
  if (!client_) client_ = new DockerClient(*ep, this);
  connectEngine();
}

void SwarmOrchestrator::connectEngine() {
  if (shutDown_ || !client_) return;
  client_->negotiate([this](const QString& err) {
    if (!err.isEmpty()) {
      emit errorOccurred({QStringLiteral("connect"), client_->endpoint().describe(), err, 0});
      reconnectTimer_.start();
      return;
    }
    loadInfo();
  });
}

void SwarmOrchestrator::loadInfo() {
  client_->get(
      QStringLiteral("/info"),
      [this](const DockerResponse& r) {
        if (!r.ok()) {
          emit errorOccurred(
              {QStringLiteral("GET /info"), client_->endpoint().describe(), r.message(), r.status});
          reconnectTimer_.start();
          return;
        }
        std::string perr;
        auto info = docker::parseInfo(view(r.body), &perr);
        if (!info) {
          emit errorOccurred(
              {QStringLiteral("GET /info"), client_->endpoint().describe(), q(perr), r.status});
          reconnectTimer_.start();
          return;
        }
        if (info->localNodeState != "active") {
          emit errorOccurred(
              {QStringLiteral("connect"), client_->endpoint().describe(),
               tr("this engine is not part of a swarm (state %1); run `swarmlab-cli swarm init`")
                   .arg(q(info->localNodeState)),
               503});
          reconnectTimer_.start();
          return;
        }
        if (!info->controlAvailable) {
          emit errorOccurred(
              {QStringLiteral("connect"), client_->endpoint().describe(),
               tr("this node is not a swarm manager; point DOCKER_HOST at a manager"), 503});
          reconnectTimer_.start();
          return;
        }
        engineNowNano_ = 0;
        if (auto us = docker::parseRfc3339Micros(info->systemTime)) engineNowNano_ = *us * 1000;
        if (!events_) {
          json filters = {{"type", {"container", "service", "node"}}};
          events_ = new DockerEventStream(client_->endpoint(), client_->apiVersion(),
                                          q(filters.dump()), this);
          connect(events_, &DockerEventStream::event, this, &SwarmOrchestrator::onEvent);
          connect(events_, &DockerEventStream::disconnected, this, [this](const QString& why) {
            connected_ = false;
            emit errorOccurred(
                {QStringLiteral("GET /events"), client_->endpoint().describe(), why, 0});
          });
          connect(events_, &DockerEventStream::connected, this, [this] {
            if (!connected_ && ready_) {
              // Back after an outage: the stream replays from since=, resync the rest.
              connected_ = true;
              refresh();
            }
            connected_ = true;
          });
          connect(events_, &DockerEventStream::badLine, this,
                  [this](const QString& why, const QByteArray&) {
                    emit errorOccurred({QStringLiteral("GET /events"), tr("event line"), why, 0});
                  });
          events_->start(engineNowNano_);
        }
        connected_ = true;
        loadNodes([this] {
          loadServices([this] {
            for (const auto& svc : services_) loadTasks(q(svc.id));
            ensureRedis();
          });
        });
      },
      opt_.requestTimeoutMs);
}

void SwarmOrchestrator::refresh() {
  if (!client_) return;
  loadNodes([this] {
    loadServices([this] {
      for (const auto& svc : services_) loadTasks(q(svc.id));
    });
  });
}

void SwarmOrchestrator::loadNodes(std::function<void()> then) {
  client_->get(
      QStringLiteral("/nodes"),
      [this, then](const DockerResponse& r) {
        if (!r.ok()) {
          emit errorOccurred({QStringLiteral("GET /nodes"), {}, r.message(), r.status});
          if (r.status == 0) reconnectTimer_.start();
          return;
        }
        std::string err;
        auto nodes = docker::parseNodes(view(r.body), &err);
        if (!nodes) {
          emit errorOccurred({QStringLiteral("GET /nodes"), {}, q(err), r.status});
          return;
        }
        nodes_ = std::move(*nodes);
        labToNode_.clear();
        for (const auto& n : nodes_) {
          auto it = n.labels.find("swarmlab.name");
          if (it != n.labels.end() && !it->second.empty())
            labToNode_.insert(q(it->second), q(n.id));
          // One machine hosting several lab nodes: swarmlab.names=gw1,pi1,pi2
          auto more = n.labels.find("swarmlab.names");
          if (more != n.labels.end())
            for (const QString& name : q(more->second).split(QLatin1Char(','), Qt::SkipEmptyParts))
              if (!labToNode_.contains(name.trimmed())) labToNode_.insert(name.trimmed(), q(n.id));
        }
        if (opt_.singleNodeFallback && nodes_.size() == 1) {
          for (const auto& ln : lab_.nodes)
            if (!labToNode_.contains(ln.name)) labToNode_.insert(ln.name, q(nodes_.front().id));
        }
        emitNodes();
        if (then) then();
      },
      opt_.requestTimeoutMs);
}

void SwarmOrchestrator::emitNodes() {
  QList<NodeInfo> out;
  QSet<QString> covered;
  auto stateOf = [](const docker::Node& n) {
    if (n.availability == "drain") return NodeState::Drain;
    if (n.state == "ready") return NodeState::Ready;
    if (n.state == "down" || n.state == "disconnected") return NodeState::Down;
    return NodeState::Unknown;
  };
  for (const auto& ln : lab_.nodes) {
    const docker::Node* n = swarmNodeFor(ln.name);
    NodeInfo ni;
    ni.name = ln.name;
    ni.layer = ln.layer;
    ni.capabilities = ln.capabilities;
    ni.arch = ln.arch;
    if (n) {
      ni.id = q(n->id);
      ni.arch = q(n->arch);
      ni.state = stateOf(*n);
      ni.detail = q(n->message);
      auto lay = n->labels.find("swarmlab.layer");
      if (lay != n->labels.end() && layerFromLabel(lay->second) != Layer::Unassigned &&
          n->labels.count("swarmlab.name") && n->labels.at("swarmlab.name") == s(ln.name))
        ni.layer = layerFromLabel(lay->second);
      covered.insert(ni.id);
    } else {
      ni.state = NodeState::Unknown;
      ni.detail = tr("no swarm node labelled swarmlab.name=%1").arg(ln.name);
    }
    out << ni;
  }
  for (const auto& n : nodes_) {
    if (covered.contains(q(n.id))) continue;
    NodeInfo ni;
    ni.id = q(n.id);
    auto nm = n.labels.find("swarmlab.name");
    ni.name = nm != n.labels.end() ? q(nm->second) : q(n.hostname);
    auto lay = n.labels.find("swarmlab.layer");
    ni.layer = lay != n.labels.end() ? layerFromLabel(lay->second) : Layer::Unassigned;
    ni.arch = q(n.arch);
    ni.state = stateOf(n);
    ni.detail = q(n.message);
    out << ni;
  }
  emit nodesChanged(out);
}

const docker::Node* SwarmOrchestrator::swarmNodeFor(const QString& labNode) const {
  QString id = labToNode_.value(labNode);
  for (const auto& n : nodes_) {
    if (!id.isEmpty() && q(n.id) == id) return &n;
    if (id.isEmpty() && (q(n.id) == labNode || q(n.hostname) == labNode)) return &n;
  }
  return nullptr;
}

QString SwarmOrchestrator::labNodeFor(const QString& nodeId) const {
  QStringList names;
  for (auto it = labToNode_.begin(); it != labToNode_.end(); ++it)
    if (it.value() == nodeId) names << it.key();
  if (names.size() == 1) return names.front();
  for (const auto& n : nodes_)
    if (q(n.id) == nodeId) return names.isEmpty() ? q(n.hostname) : QString();
  return names.isEmpty() ? nodeId : QString();
}

QString SwarmOrchestrator::labServiceName(const docker::Service& svc) const {
  auto it = svc.labels.find("swarmlab.service");
  if (it != svc.labels.end()) return q(it->second);
  QString n = q(svc.name);
  return n.startsWith(opt_.servicePrefix) ? n.mid(opt_.servicePrefix.size()) : n;
}

void SwarmOrchestrator::loadServices(std::function<void()> then) {
  json filters = {{"label", {"swarmlab.lab=" + s(lab_.name)}}};
  client_->get(
      QStringLiteral("/services?filters=") + filterParam(filters),
      [this, then](const DockerResponse& r) {
        if (!r.ok()) {
          emit errorOccurred({QStringLiteral("GET /services"), {}, r.message(), r.status});
          return;
        }
        std::string err;
        auto list = docker::parseServices(view(r.body), &err);
        if (!list) {
          emit errorOccurred({QStringLiteral("GET /services"), {}, q(err), r.status});
          return;
        }
        QHash<QString, docker::Service> next;
        for (auto& svc : *list) {
          const QString name = labServiceName(svc);
          if (!opt_.servicePrefix.isEmpty() && !q(svc.name).startsWith(opt_.servicePrefix))
            continue;
          next.insert(name, std::move(svc));
        }
        services_ = std::move(next);
        emitServices();
        if (then) then();
      },
      opt_.requestTimeoutMs);
}

void SwarmOrchestrator::emitServices() {
  QList<ServiceInfo> out;
  for (auto it = services_.begin(); it != services_.end(); ++it) {
    const auto& svc = it.value();
    ServiceInfo si;
    si.id = q(svc.id);
    si.name = it.key();
    auto t = svc.labels.find("swarmlab.template");
    si.templateName = t != svc.labels.end() ? q(t->second) : QString();
    auto n = svc.labels.find("swarmlab.node");
    si.node = n != svc.labels.end() ? q(n->second) : QString();
    si.replicas = static_cast<int>(svc.replicas);
    si.order = svc.updateOrder == "start-first" ? UpdateOrder::StartFirst : UpdateOrder::StopFirst;
    out << si;
  }
  std::sort(out.begin(), out.end(),
            [](const ServiceInfo& a, const ServiceInfo& b) { return a.name < b.name; });
  emit servicesChanged(out);
}

void SwarmOrchestrator::loadTasks(const QString& serviceId, std::function<void()> then) {
  json filters = {{"service", {s(serviceId)}}};
  client_->get(
      QStringLiteral("/tasks?filters=") + filterParam(filters),
      [this, then, serviceId](const DockerResponse& r) {
        if (!r.ok()) {
          if (r.status != 404)
            emit errorOccurred({QStringLiteral("GET /tasks"), serviceId, r.message(), r.status});
          if (then) then();
          return;
        }
        std::string err;
        auto list = docker::parseTasks(view(r.body), &err);
        if (!list) {
          emit errorOccurred({QStringLiteral("GET /tasks"), serviceId, q(err), r.status});
          if (then) then();
          return;
        }
        for (const auto& t : *list) observeTask(t);
        checkTrackers();
        if (then) then();
      },
      opt_.requestTimeoutMs);
}

void SwarmOrchestrator::observeTask(const docker::Task& t) {
  QString service;
  QString swarmSvcName;
  for (auto it = services_.begin(); it != services_.end(); ++it)
    if (it->id == t.serviceId) {
      service = it.key();
      swarmSvcName = q(it->name);
    }
  if (service.isEmpty()) return;
  TaskRec rec;
  rec.serviceId = q(t.serviceId);
  rec.nodeId = q(t.nodeId);
  rec.info.id = q(t.id);
  rec.info.service = service;
  // What {{.Task.Name}} gives the agent as SWARMLAB_INSTANCE.
  rec.info.instance = QStringLiteral("%1.%2.%3").arg(swarmSvcName).arg(t.slot).arg(q(t.id));
  rec.info.node = labNodeFor(rec.nodeId);
  if (auto it = tasks_.find(rec.info.id); it != tasks_.end() && !it->info.node.isEmpty())
    rec.info.node = it->info.node;
  int rank = 0;
  rec.info.state = stateFromSwarm(t.state, &rank);
  rec.info.exitCode = t.exitCode;
  rec.info.message = q(t.err.empty() ? t.message : t.err);
  auto ts = docker::parseRfc3339Micros(t.timestamp);
  rec.info.tUs = ts ? *ts : wallClockUs();
  // Desired shutdown but still running: on its way down.
  if (rec.info.state == TaskState::Running && t.desiredState != "running" &&
      !t.desiredState.empty()) {
    rec.info.state = TaskState::Stopping;
    rank = 9;
    rec.info.tUs = wallClockUs();  // Status.Timestamp is still the one of "running"
  }
  if (rank < 0) return;
  updateTask(rec, rank);
}

void SwarmOrchestrator::updateTask(TaskRec rec, int rank) {
  auto it = tasks_.find(rec.info.id);
  if (it != tasks_.end()) {
    if (rank <= it->rank) return;  // states only move forward; old news from a slower source
    if (rec.info.node.isEmpty()) rec.info.node = it->info.node;
    if (rec.nodeId.isEmpty()) rec.nodeId = it->nodeId;
  }
  rec.rank = rank;
  tasks_.insert(rec.info.id, rec);
  emit taskChanged(rec.info);
}

void SwarmOrchestrator::onEvent(const docker::Event& e) {
  if (e.type == "container") {
    onContainerEvent(e);
  } else if (e.type == "service") {
    servicesReload_.start();
    // A task of a service whose node is not this engine changes no container here: read its
    // tasks once per service event (an event, not a timer).
    for (const auto& svc : services_)
      if (svc.id == e.actorId && e.action != "remove") loadTasks(q(svc.id));
  } else if (e.type == "node") {
    nodesReload_.start();
  }
}

void SwarmOrchestrator::onContainerEvent(const docker::Event& e) {
  if (e.attr("swarmlab.lab") != s(lab_.name)) return;
  const QString taskId = q(e.attr("com.docker.swarm.task.id"));
  const QString serviceId = q(e.attr("com.docker.swarm.service.id"));
  if (taskId.isEmpty()) return;
  QString service;
  for (auto it = services_.begin(); it != services_.end(); ++it)
    if (q(it->id) == serviceId) service = it.key();
  if (service.isEmpty()) service = q(e.attr("swarmlab.service"));
  if (!opt_.servicePrefix.isEmpty() &&
      !q(e.attr("com.docker.swarm.service.name")).startsWith(opt_.servicePrefix))
    return;
  TaskRec rec;
  rec.serviceId = serviceId;
  rec.nodeId = q(e.attr("com.docker.swarm.node.id"));
  rec.info.id = taskId;
  rec.info.service = service;
  rec.info.instance = q(e.attr("com.docker.swarm.task.name"));
  rec.info.node = q(e.attr("swarmlab.node"));
  if (rec.info.node.isEmpty()) rec.info.node = labNodeFor(rec.nodeId);
  rec.info.tUs = e.timeNano / 1000;
  int rank;
  if (e.action == "create") {
    rec.info.state = TaskState::Starting;
    rank = 7;
  } else if (e.action == "start") {
    rec.info.state = TaskState::Running;
    rank = 8;
  } else if (e.action == "kill" || e.action == "stop") {
    rec.info.state = TaskState::Stopping;
    rank = 9;
    rec.info.message = tr("signal %1").arg(q(e.attr("signal")));
  } else if (e.action == "die") {
    bool okNum = false;
    rec.info.exitCode = q(e.attr("exitCode")).toInt(&okNum);
    auto prev = tasks_.find(taskId);
    const bool asked = prev != tasks_.end() && prev->info.state == TaskState::Stopping;
    rec.info.state = (rec.info.exitCode == 0 || asked) ? TaskState::Stopped : TaskState::Failed;
    rec.info.message = tr("exit code %1").arg(rec.info.exitCode);
    rank = 10;
  } else {
    return;
  }
  updateTask(rec, rank);
  checkTrackers();
}

// ---------------------------------------------------------------------------------------------
// Redis for the agents

void SwarmOrchestrator::ensureRedis() {
  if (!redisUrl_.isEmpty() && !opt_.redisUrl.isEmpty()) {
    becomeReady();
    return;
  }
  const ServiceTemplate* rt = nullptr;
  for (const auto& t : lab_.templates)
    if (isRedisTemplate(t)) rt = &t;
  if (!rt) {
    emit errorOccurred({QStringLiteral("start"), lab_.name,
                        tr("the lab has no redis template and no Redis URL was given"), 0});
    becomeReady();
    return;
  }
  // The gateway: a mediation node able to hold redis.
  QString gw;
  for (const auto& n : lab_.nodes)
    if (n.layer == Layer::Mediation &&
        (gw.isEmpty() || n.capabilities.contains(QLatin1String("redis"))))
      gw = n.name;
  if (gw.isEmpty() && !lab_.nodes.isEmpty()) gw = lab_.nodes.front().name;
  auto waitForRedis = [this](const QString& url) {
    redisUrl_ = url;
    // Ready once Redis answers: agents started before would only log reconnects.
    auto* probe = new QTimer(this);
    auto started = std::make_shared<qint64>(QDateTime::currentMSecsSinceEpoch());
    probe->setInterval(100);
    connect(probe, &QTimer::timeout, this, [this, probe, url, started] {
      QUrl u(url);
      QTcpSocket sock;
      sock.connectToHost(u.host(), static_cast<quint16>(u.port(6379)));
      bool ok = false;
      if (sock.waitForConnected(200)) {
        sock.write("PING\r\n");
        if (sock.waitForReadyRead(300)) ok = sock.readAll().startsWith("+PONG");
      }
      if (ok || QDateTime::currentMSecsSinceEpoch() - *started > opt_.commandTimeoutMs) {
        probe->stop();
        probe->deleteLater();
        if (!ok)
          emit errorOccurred({QStringLiteral("start"), url, tr("Redis did not answer PING"), 0});
        becomeReady();
      }
    });
    probe->start();
  };
  if (services_.contains(rt->name)) {
    const auto& svc = services_[rt->name];
    auto p = svc.labels.find("swarmlab.redis.url");
    if (p != svc.labels.end()) {
      waitForRedis(q(p->second));
      return;
    }
  }
  const docker::Node* n = swarmNodeFor(gw);
  if (!n) {
    emit errorOccurred(
        {QStringLiteral("start"), gw, tr("no swarm node for the gateway %1").arg(gw), 0});
    becomeReady();
    return;
  }
  const QString host =
      n->addr.empty() || n->addr == "0.0.0.0" ? QStringLiteral("127.0.0.1") : q(n->addr);
  const QString url = QStringLiteral("redis://%1:%2").arg(host).arg(opt_.redisPort);
  redisUrl_ = url;
  const quint64 id = nextId_++;
  connect(this, &Orchestrator::commandFinished, this,
          [this, id, url, waitForRedis](quint64 done, bool ok, const OrchestratorError& err) {
            if (done != id) return;
            if (!ok) {
              emit errorOccurred(err);
              becomeReady();
              return;
            }
            waitForRedis(url);
          });
  // Deployed like any service, without commandIssued: the recorder measures agents only.
  resolveImage(
      rt->image,
      [this, id, rt, gw, n](const QString& ref) {
        const QByteArray spec = serviceSpec(*rt, rt->name, gw, *n, ref);
        client_->request(
            "POST", QStringLiteral("/services/create"), spec,
            [this, id, rt](const DockerResponse& r) {
              if (!r.ok()) return fail(id, QStringLiteral("deploy"), rt->name, r);
              json j = json::parse(view(r.body), nullptr, false);
              const QString sid = j.is_object() && j.contains("ID") && j["ID"].is_string()
                                      ? q(j["ID"].get<std::string>())
                                      : QString();
              created_.insert(sid);
              Tracker t;
              t.id = id;
              t.kind = CommandKind::Deploy;
              t.service = rt->name;
              t.serviceId = sid;
              t.replicas = 1;
              t.deadlineMs = QDateTime::currentMSecsSinceEpoch() + opt_.commandTimeoutMs;
              trackers_.insert(id, t);
              loadServices([this, sid] { loadTasks(sid); });
              pollTimer_.start();
            },
            opt_.requestTimeoutMs);
      },
      opt_.redisImage);
}

void SwarmOrchestrator::becomeReady() {
  if (ready_) return;
  ready_ = true;
  emit ready();
}

// ---------------------------------------------------------------------------------------------
// Commands

QString SwarmOrchestrator::uniqueName(const QString& base) const {
  if (!services_.contains(base)) return base;
  for (int i = 2;; ++i) {
    const QString n = QStringLiteral("%1-%2").arg(base).arg(i);
    if (!services_.contains(n)) return n;
  }
}

void SwarmOrchestrator::resolveImage(const QString& image, std::function<void(const QString&)> then,
                                     const QString& fallback) {
  // Asked every time (one GET on the worker thread): images rebuilt during a session must not
  // be deployed by a stale id.
  // The image id (sha256:...) makes the engine start the task without asking a registry
  // (the swarm executor skips its pull for image ids). Not present on the manager: use the
  // name and let the node use its own copy.
  client_->get(
      QStringLiteral("/images/%1/json")
          .arg(QString::fromLatin1(QUrl::toPercentEncoding(image, "/:"))),
      [this, image, then, fallback](const DockerResponse& r) {
        QString ref = image;
        if (r.status == 404 && !fallback.isEmpty() && fallback != image) {
          resolveImage(fallback, then);
          return;
        }
        if (r.ok()) {
          json j = json::parse(view(r.body), nullptr, false);
          if (j.is_object() && j.contains("Id") && j["Id"].is_string())
            ref = q(j["Id"].get<std::string>());
        }
        then(ref);
      },
      opt_.requestTimeoutMs);
}

QByteArray SwarmOrchestrator::serviceSpec(const ServiceTemplate& t, const QString& name,
                                          const QString& labNode, const docker::Node& n,
                                          const QString& image) const {
  const QString taskName = QStringLiteral("{{.Task.Name}}");
  auto expand = [&](QString v) {
    v.replace(QLatin1String("${redis_url}"), redisUrl_);
    v.replace(QLatin1String("${node}"), labNode);
    v.replace(QLatin1String("${instance}"), taskName);
    return v;
  };
  json env = json::array();
  QSet<QString> seen;
  for (auto it = t.env.begin(); it != t.env.end(); ++it) {
    env.push_back(s(it.key() + QLatin1Char('=') + expand(it.value())));
    seen.insert(it.key());
  }
  auto add = [&](const char* k, const QString& v) {
    if (!seen.contains(QLatin1String(k))) env.push_back(std::string(k) + "=" + s(v));
  };
  add("SWARMLAB_REDIS_URL", redisUrl_);
  add("SWARMLAB_NODE", labNode);
  add("SWARMLAB_INSTANCE", taskName);
  json args = json::array();
  if (isRedisTemplate(t)) {
    for (const char* a :
         {"--bind", "0.0.0.0", "--protected-mode", "no", "--save", "", "--appendonly", "no"})
      args.push_back(a);
    args.push_back("--port");
    args.push_back(std::to_string(opt_.redisPort));
  } else {
    // The image's entrypoint is the agent; the template's arguments follow it.
    for (int i = 1; i < t.command.size(); ++i) args.push_back(s(expand(t.command[i])));
  }
  json labels = {{"swarmlab.lab", s(lab_.name)},   {"swarmlab.service", s(name)},
                 {"swarmlab.template", s(t.name)}, {"swarmlab.node", s(labNode)},
                 {"swarmlab.kind", s(t.kind)},     {"swarmlab.image", s(t.image)},
                 {"swarmlab.session", s(session_)}};
  if (isRedisTemplate(t)) labels["swarmlab.redis.url"] = s(redisUrl_);
  json containerLabels = {
      {"swarmlab.lab", s(lab_.name)}, {"swarmlab.service", s(name)}, {"swarmlab.node", s(labNode)}};
  json restart = {{"Condition", s(restartCondition(t.restart.condition))},
                  {"Delay", static_cast<std::int64_t>(t.restart.delayMs) * kNsPerMs},
                  {"MaxAttempts", t.restart.maxAttempts},
                  {"Window", static_cast<std::int64_t>(t.restart.windowMs) * kNsPerMs}};
  json constraints = {"node.id==" + n.id};
  if (!n.arch.empty()) constraints.push_back("node.platform.arch==" + n.arch);
  json container = {{"Image", s(image)},
                    {"Env", env},
                    {"Labels", containerLabels},
                    {"StopGracePeriod", static_cast<std::int64_t>(5000) * kNsPerMs}};
  if (!args.empty()) container["Args"] = args;
  json task = {{"ContainerSpec", container},
               {"RestartPolicy", restart},
               {"Placement", {{"Constraints", constraints}}},
               {"ForceUpdate", 0}};
  const QString net = isRedisTemplate(t) ? opt_.redisNetwork : opt_.network;
  if (!net.isEmpty()) task["Networks"] = json::array({{{"Target", s(net)}}});
  json spec = {{"Name", s(swarmName(name))},
               {"Labels", labels},
               {"TaskTemplate", task},
               {"Mode", {{"Replicated", {{"Replicas", std::max(1, t.replicas)}}}}},
               {"UpdateConfig",
                {{"Parallelism", 1},
                 {"Delay", 0},
                 {"FailureAction", "pause"},
                 {"Monitor", static_cast<std::int64_t>(500) * kNsPerMs},
                 {"Order", s(toString(t.order))}}}};
  return toBody(spec);
}

void SwarmOrchestrator::finish(quint64 id, bool ok, const OrchestratorError& err) {
  trackers_.remove(id);
  if (trackers_.isEmpty()) pollTimer_.stop();
  emit commandFinished(id, ok, err);
}

void SwarmOrchestrator::fail(quint64 id, const QString& op, const QString& object,
                             const DockerResponse& r) {
  finish(id, false, {op, object, r.message(), r.status});
}

quint64 SwarmOrchestrator::deploy(const ServiceTemplate& t, const QString& node,
                                  const QString& serviceName) {
  const quint64 id = nextId_++;
  const QString name = serviceName.isEmpty() ? uniqueName(t.name) : serviceName;
  emit commandIssued(id, CommandKind::Deploy, name, node, wallClockUs());
  auto later = [this, id](OrchestratorError e) {
    QTimer::singleShot(0, this, [this, id, e] { finish(id, false, e); });
  };
  if (!client_ || !ready_) {
    later({QStringLiteral("deploy"), name, tr("not connected to a swarm manager"), 0});
    return id;
  }
  if (isRedisTemplate(t) && (services_.contains(t.name) || !opt_.redisUrl.isEmpty())) {
    // start() deployed it already on the gateway, or the lab uses the Redis it was given.
    QTimer::singleShot(0, this, [this, id] { finish(id, true); });
    return id;
  }
  if (services_.contains(name)) {
    later({QStringLiteral("deploy"), name, tr("a service named %1 exists already").arg(name), 409});
    return id;
  }
  const docker::Node* n = swarmNodeFor(node);
  if (!n) {
    later({QStringLiteral("deploy"), node,
           tr("no swarm node for lab node %1 (label it swarmlab.name=%1)").arg(node), 0});
    return id;
  }
  const std::string nodeId = n->id;
  resolveImage(
      t.image,
      [this, id, t, name, node, nodeId](const QString& ref) {
        const docker::Node* n = nullptr;
        for (const auto& x : nodes_)
          if (x.id == nodeId) n = &x;
        if (!n) return finish(id, false, {QStringLiteral("deploy"), node, tr("node vanished"), 0});
        client_->request(
            "POST", QStringLiteral("/services/create"), serviceSpec(t, name, node, *n, ref),
            [this, id, name, nodeId, t](const DockerResponse& r) {
              if (!r.ok()) return fail(id, QStringLiteral("deploy"), name, r);
              json j = json::parse(view(r.body), nullptr, false);
              const QString sid = j.is_object() && j.contains("ID") && j["ID"].is_string()
                                      ? q(j["ID"].get<std::string>())
                                      : QString();
              created_.insert(sid);
              // Known at once, so that container events of its first task are attributed.
              docker::Service svc;
              svc.id = s(sid);
              svc.name = s(swarmName(name));
              svc.labels = {{"swarmlab.service", s(name)}, {"swarmlab.template", s(t.name)}};
              svc.replicas = static_cast<std::uint64_t>(std::max(1, t.replicas));
              services_.insert(name, svc);
              Tracker tr;
              tr.id = id;
              tr.kind = CommandKind::Deploy;
              tr.service = name;
              tr.serviceId = sid;
              tr.nodeId = q(nodeId);
              tr.replicas = std::max(1, t.replicas);
              tr.deadlineMs = QDateTime::currentMSecsSinceEpoch() + opt_.commandTimeoutMs;
              trackers_.insert(id, tr);
              pollTimer_.start();
              loadServices();
            },
            opt_.requestTimeoutMs);
      },
      isRedisTemplate(t) ? opt_.redisImage : QString());
  return id;
}

void SwarmOrchestrator::updateService(quint64 id, CommandKind kind, const QString& service,
                                      std::function<bool(json&, QString*)> edit, int attempt) {
  const QString op = toString(kind);
  auto it = services_.find(service);
  if (it == services_.end()) {
    QTimer::singleShot(0, this, [this, id, op, service] {
      finish(id, false, {op, service, tr("no such service"), 404});
    });
    return;
  }
  const QString sid = q(it->id);
  // Always the current spec and version: another client may have changed it.
  client_->get(
      QStringLiteral("/services/") + sid,
      [=, this](const DockerResponse& r) {
        if (!r.ok()) return fail(id, op, service, r);
        std::string perr;
        auto svc = docker::parseService(view(r.body), &perr);
        if (!svc) return finish(id, false, {op, service, q(perr), r.status});
        json spec = svc->spec;
        QString why;
        if (!edit(spec, &why)) return finish(id, false, {op, service, why, 0});
        // Tasks that exist now are the "old" ones for the tracker.
        QSet<QString> old;
        for (const auto& t : tasks_)
          if (t.serviceId == sid && t.rank <= 8) old.insert(t.info.id);
        client_->request(
            "POST", QStringLiteral("/services/%1/update?version=%2").arg(sid).arg(svc->version),
            toBody(spec),
            [=, this](const DockerResponse& u) {
              if (!u.ok()) {
                if (u.message().contains(QLatin1String("out of sequence")) &&
                    attempt + 1 < kMaxUpdateAttempts)
                  return updateService(id, kind, service, edit, attempt + 1);
                return fail(id, op, service, u);
              }
              Tracker tr;
              tr.id = id;
              tr.kind = kind;
              tr.service = service;
              tr.serviceId = sid;
              tr.oldTasks = old;
              tr.replicas = static_cast<int>(spec["Mode"]["Replicated"].value("Replicas", 1));
              tr.deadlineMs = QDateTime::currentMSecsSinceEpoch() + opt_.commandTimeoutMs;
              if (kind == CommandKind::Migrate) {
                for (const auto& c : spec["TaskTemplate"]["Placement"]["Constraints"])
                  if (c.is_string() && c.get<std::string>().rfind("node.id==", 0) == 0)
                    tr.nodeId = q(c.get<std::string>().substr(9));
              }
              trackers_.insert(id, tr);
              pollTimer_.start();
              loadTasks(sid);
            },
            opt_.requestTimeoutMs);
      },
      opt_.requestTimeoutMs);
}

quint64 SwarmOrchestrator::migrate(const QString& service, const QString& node, UpdateOrder order) {
  const quint64 id = nextId_++;
  emit commandIssued(id, CommandKind::Migrate, service, node, wallClockUs());
  const docker::Node* n = swarmNodeFor(node);
  if (!n) {
    QTimer::singleShot(0, this, [this, id, node] {
      finish(id, false,
             {QStringLiteral("migrate"), node, tr("no swarm node for lab node %1").arg(node), 0});
    });
    return id;
  }
  const std::string nodeId = n->id, arch = n->arch;
  updateService(id, CommandKind::Migrate, service, [=](json& spec, QString*) {
    json& task = spec["TaskTemplate"];
    json cons = json::array({"node.id==" + nodeId});
    if (!arch.empty()) cons.push_back("node.platform.arch==" + arch);
    if (task["Placement"].is_object() && task["Placement"]["Constraints"].is_array())
      for (const auto& c : task["Placement"]["Constraints"])
        if (c.is_string() && c.get<std::string>().rfind("node.id==", 0) != 0 &&
            c.get<std::string>().rfind("node.platform.arch==", 0) != 0)
          cons.push_back(c);
    task["Placement"]["Constraints"] = cons;
    json& env = task["ContainerSpec"]["Env"];
    json next = json::array();
    if (env.is_array())
      for (const auto& e : env)
        if (e.is_string() && e.get<std::string>().rfind("SWARMLAB_NODE=", 0) != 0)
          next.push_back(e);
    next.push_back("SWARMLAB_NODE=" + s(node));
    env = next;
    task["ContainerSpec"]["Labels"]["swarmlab.node"] = s(node);
    spec["Labels"]["swarmlab.node"] = s(node);
    spec["UpdateConfig"]["Order"] = s(toString(order));
    return true;
  });
  return id;
}

quint64 SwarmOrchestrator::restart(const QString& service, UpdateOrder order) {
  const quint64 id = nextId_++;
  emit commandIssued(id, CommandKind::Restart, service, {}, wallClockUs());
  updateService(id, CommandKind::Restart, service, [=](json& spec, QString*) {
    json& task = spec["TaskTemplate"];
    std::uint64_t f = task.contains("ForceUpdate") && task["ForceUpdate"].is_number_unsigned()
                          ? task["ForceUpdate"].get<std::uint64_t>()
                          : 0;
    task["ForceUpdate"] = f + 1;
    spec["UpdateConfig"]["Order"] = s(toString(order));
    return true;
  });
  return id;
}

quint64 SwarmOrchestrator::scale(const QString& service, int replicas) {
  const quint64 id = nextId_++;
  emit commandIssued(id, CommandKind::Scale, service, {}, wallClockUs());
  updateService(id, CommandKind::Scale, service, [=](json& spec, QString* why) {
    if (replicas < 0) {
      *why = tr("replicas must be 0 or more, not %1").arg(replicas);
      return false;
    }
    spec["Mode"] = {{"Replicated", {{"Replicas", replicas}}}};
    return true;
  });
  return id;
}

quint64 SwarmOrchestrator::stop(const QString& service) {
  const quint64 id = nextId_++;
  emit commandIssued(id, CommandKind::Stop, service, {}, wallClockUs());
  auto it = services_.find(service);
  if (it == services_.end() || !client_) {
    QTimer::singleShot(0, this, [this, id, service] {
      finish(id, false, {QStringLiteral("stop"), service, tr("no such service"), 404});
    });
    return id;
  }
  const QString sid = q(it->id);
  client_->request(
      "DELETE", QStringLiteral("/services/") + sid, {},
      [this, id, service, sid](const DockerResponse& r) {
        if (!r.ok() && r.status != 404) return fail(id, QStringLiteral("stop"), service, r);
        services_.remove(service);
        created_.remove(sid);
        emitServices();
        finish(id, true);
      },
      opt_.requestTimeoutMs);
  return id;
}

quint64 SwarmOrchestrator::setNodeDown(const QString& node) {
  const quint64 id = nextId_++;
  emit commandIssued(id, CommandKind::NodeDown, {}, node, wallClockUs());
  const docker::Node* n = swarmNodeFor(node);
  QStringList sharing;
  if (n)
    for (auto it = labToNode_.begin(); it != labToNode_.end(); ++it)
      if (it.value() == q(n->id) && it.key() != node) sharing << it.key();
  if (!n || !sharing.isEmpty()) {
    const QString why = !n ? tr("no swarm node for lab node %1").arg(node)
                           : tr("swarm node %1 also hosts %2: draining it would stop them too")
                                 .arg(q(n->hostname), sharing.join(QStringLiteral(", ")));
    QTimer::singleShot(0, this, [this, id, node, why] {
      finish(id, false, {QStringLiteral("node_down"), node, why, 0});
    });
    return id;
  }
  json spec = n->spec;
  spec["Availability"] = "drain";
  client_->request(
      "POST", QStringLiteral("/nodes/%1/update?version=%2").arg(q(n->id)).arg(n->version),
      toBody(spec),
      [this, id, node](const DockerResponse& r) {
        if (!r.ok()) return fail(id, QStringLiteral("node_down"), node, r);
        loadNodes();
        finish(id, true);
      },
      opt_.requestTimeoutMs);
  return id;
}

quint64 SwarmOrchestrator::setNodeUp(const QString& node) {
  const quint64 id = nextId_++;
  emit commandIssued(id, CommandKind::NodeUp, {}, node, wallClockUs());
  const docker::Node* n = swarmNodeFor(node);
  if (!n) {
    QTimer::singleShot(0, this, [this, id, node] {
      finish(id, false,
             {QStringLiteral("node_up"), node, tr("no swarm node for lab node %1").arg(node), 0});
    });
    return id;
  }
  json spec = n->spec;
  spec["Availability"] = "active";
  client_->request(
      "POST", QStringLiteral("/nodes/%1/update?version=%2").arg(q(n->id)).arg(n->version),
      toBody(spec),
      [this, id, node](const DockerResponse& r) {
        if (!r.ok()) return fail(id, QStringLiteral("node_up"), node, r);
        loadNodes();
        finish(id, true);
      },
      opt_.requestTimeoutMs);
  return id;
}

quint64 SwarmOrchestrator::setNodeLabels(const QString& swarmNode, const QString& labName,
                                         const QString& layer) {
  const quint64 id = nextId_++;
  const docker::Node* n = nullptr;
  for (const auto& x : nodes_)
    if (q(x.id) == swarmNode || q(x.hostname) == swarmNode) n = &x;
  if (!n) {
    QTimer::singleShot(0, this, [this, id, swarmNode] {
      finish(id, false, {QStringLiteral("label"), swarmNode, tr("no such swarm node"), 404});
    });
    return id;
  }
  json spec = n->spec;
  if (!spec["Labels"].is_object()) spec["Labels"] = json::object();
  if (labName.isEmpty())
    spec["Labels"].erase("swarmlab.name");
  else
    spec["Labels"]["swarmlab.name"] = s(labName);
  if (layer.isEmpty())
    spec["Labels"].erase("swarmlab.layer");
  else
    spec["Labels"]["swarmlab.layer"] = s(layer);
  client_->request(
      "POST", QStringLiteral("/nodes/%1/update?version=%2").arg(q(n->id)).arg(n->version),
      toBody(spec),
      [this, id, swarmNode](const DockerResponse& r) {
        if (!r.ok()) return fail(id, QStringLiteral("label"), swarmNode, r);
        loadNodes();
        finish(id, true);
      },
      opt_.requestTimeoutMs);
  return id;
}

// ---------------------------------------------------------------------------------------------
// Following commands to their end

void SwarmOrchestrator::pollTrackers() {
  if (trackers_.isEmpty()) {
    pollTimer_.stop();
    return;
  }
  QSet<QString> ids;
  for (const auto& t : trackers_) ids.insert(t.serviceId);
  for (const auto& sid : ids) loadTasks(sid);
}

void SwarmOrchestrator::checkTrackers() {
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  const auto ids = trackers_.keys();
  for (quint64 id : ids) {
    auto it = trackers_.find(id);
    if (it == trackers_.end()) continue;
    const Tracker t = *it;
    int running = 0;
    bool oldAlive = false;
    QString failure;
    for (const auto& rec : tasks_) {
      if (rec.serviceId != t.serviceId) continue;
      const bool isOld = t.oldTasks.contains(rec.info.id);
      if (isOld) {
        if (rec.rank < 10) oldAlive = true;
        continue;
      }
      if (rec.info.state == TaskState::Running && (t.nodeId.isEmpty() || rec.nodeId == t.nodeId))
        ++running;
      if (rec.info.state == TaskState::Failed || rec.info.state == TaskState::Rejected)
        failure = QStringLiteral("%1: %2").arg(rec.info.instance, rec.info.message);
    }
    bool done = false;
    switch (t.kind) {
      case CommandKind::Deploy:
        done = running >= t.replicas;
        break;
      case CommandKind::Migrate:
      case CommandKind::Restart:
        done = running >= std::max(1, t.replicas) && !oldAlive;
        break;
      case CommandKind::Scale: {
        int alive = 0;
        for (const auto& rec : tasks_)
          if (rec.serviceId == t.serviceId && rec.info.state == TaskState::Running) ++alive;
        done = alive == t.replicas;
        break;
      }
      default:
        done = true;
    }
    if (done) {
      finish(id, true);
    } else if (!failure.isEmpty() && running == 0) {
      finish(id, false, {toString(t.kind), t.service, failure, 0});
    } else if (now > t.deadlineMs) {
      finish(id, false,
             {toString(t.kind), t.service,
              tr("not converged after %1 s").arg(opt_.commandTimeoutMs / 1000), 0});
    }
  }
}

// ---------------------------------------------------------------------------------------------

void SwarmOrchestrator::shutdown() {
  if (shutDown_) return;
  shutDown_ = true;
  pollTimer_.stop();
  reconnectTimer_.stop();
  if (events_) events_->stop();
  if (!client_ || !opt_.removeOnShutdown) {
    QMetaObject::invokeMethod(this, &Orchestrator::shutdownFinished, Qt::QueuedConnection);
    return;
  }
  // Remove this session's services: the requests run on the client's worker thread, the
  // caller's thread (the GUI's) never waits on the engine; shutdownFinished() when all answered.
  json filters = {{"label", {"swarmlab.session=" + s(session_)}}};
  client_->get(
      QStringLiteral("/services?filters=") + filterParam(filters),
      [this](const DockerResponse& r) {
        QSet<QString> ids = created_;
        if (r.ok())
          if (auto list = docker::parseServices(view(r.body)))
            for (const auto& svc : *list) ids.insert(q(svc.id));
        ids.remove(QString());
        created_.clear();
        services_.clear();
        if (ids.isEmpty()) {
          emit shutdownFinished();
          return;
        }
        auto left = std::make_shared<qsizetype>(ids.size());
        for (const auto& sid : std::as_const(ids)) {
          client_->request(
              "DELETE", QStringLiteral("/services/") + sid, {},
              [this, sid, left](const DockerResponse& d) {
                if (!d.ok() && d.status != 404)
                  emit errorOccurred({QStringLiteral("shutdown"), sid, d.message(), d.status});
                if (--*left == 0) emit shutdownFinished();
              },
              5000);
        }
      },
      5000);
}

std::unique_ptr<Orchestrator> makeSwarmOrchestrator(const Lab& lab, const QString& dockerHost,
                                                    QObject* parent) {
  SwarmOptions o;
  o.dockerHost = dockerHost;
  if (qEnvironmentVariableIsSet("SWARMLAB_SWARM_REDIS_URL"))
    o.redisUrl = qEnvironmentVariable("SWARMLAB_SWARM_REDIS_URL");
  if (qEnvironmentVariableIsSet("SWARMLAB_SWARM_REDIS_PORT"))
    o.redisPort = qEnvironmentVariableIntValue("SWARMLAB_SWARM_REDIS_PORT");
  if (qEnvironmentVariableIsSet("SWARMLAB_SWARM_PREFIX"))
    o.servicePrefix = qEnvironmentVariable("SWARMLAB_SWARM_PREFIX");
  return std::make_unique<SwarmOrchestrator>(lab, o, parent);
}

std::unique_ptr<Orchestrator> makeSwarmOrchestrator(const Lab& lab, const SwarmOptions& options,
                                                    QObject* parent) {
  return std::make_unique<SwarmOrchestrator>(lab, options, parent);
}

}  // namespace swarmlab

namespace swarmlab {

quint64 SwarmOrchestrator::assignNode(const QString& machineId, const QString& labName,
                                      Layer layer) {
  return setNodeLabels(machineId, labName, toString(layer));
}

}  // namespace swarmlab
