#include "LocalOrchestrator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include "LabFile.h"
#include "RedisServerProcess.h"
#include "ReplicatedRedis.h"
#include "TaskSupervisor.h"
#include "Telemetry.h"
#include "WireNames.h"
#include "swarmlab_build_paths.h"

namespace swarmlab {

namespace {
Q_LOGGING_CATEGORY(LocalLog, "swarmlab.local")

bool isLabRedis(const ServiceTemplate& t) {
  return t.kind == QLatin1String("redis") || (t.kind.isEmpty() && t.name == QLatin1String("redis"));
}

OrchestratorError err(CommandKind k, const QString& object, const QString& message) {
  OrchestratorError e;
  e.operation = toString(k);
  e.object = object;
  e.message = message;
  return e;
}
}  // namespace

LocalOrchestrator::LocalOrchestrator(Lab lab, LocalOptions options, QObject* parent)
    : Orchestrator(parent), lab_(std::move(lab)), opt_(std::move(options)), placement_(lab_) {
  binDir_ = opt_.binDir.isEmpty() ? resolveBinDir() : opt_.binDir;
  tasks_ = new TaskSupervisor(opt_.stopTimeoutMs, opt_.firstMessageTimeoutMs, this);
  tasks_->setWanted([this](const QString& name) {
    const Service* s = service(name);
    return s && !s->removing && !shuttingDown_;
  });
  connect(tasks_, &TaskSupervisor::taskChanged, this, &Orchestrator::taskChanged);
  connect(tasks_, &TaskSupervisor::logLine, this, &Orchestrator::logLine);
  connect(tasks_, &TaskSupervisor::taskExited, this, &LocalOrchestrator::onTaskExited);
}

LocalOrchestrator::~LocalOrchestrator() {
  shuttingDown_ = true;
  // Last resort (normal path: shutdown()): SIGKILL and reap every child, so none outlives us.
  tasks_->disconnect(this);
  delete tasks_;
  tasks_ = nullptr;
  delete watcher_;
  watcher_ = nullptr;
  if (redis_) redis_->killNow();
  if (replicated_) replicated_->killNow();
}

QString LocalOrchestrator::resolveBinDir() {
  const QString env = qEnvironmentVariable("SWARMLAB_BIN_DIR");
  if (!env.isEmpty()) return env;
  const QString app =
      QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
  if (!app.isEmpty() && QFileInfo::exists(app + QStringLiteral("/swarmlab-publisher"))) return app;
#ifdef SWARMLAB_BUILD_BIN_DIR
  if (QFileInfo::exists(QStringLiteral(SWARMLAB_BUILD_BIN_DIR)))
    return QStringLiteral(SWARMLAB_BUILD_BIN_DIR);
#endif
  return app;
}

// ---------------------------------------------------------------------------------------------
// Start / state reports

void LocalOrchestrator::start() {
  if (ready_ || redis_ || replicated_) return;
  if (!opt_.redisUrl.isEmpty()) {
    access_ = secrets::accessFromUrl(opt_.redisUrl);
    startWatcher();
    return;
  }
  startOwnRedis();
}

void LocalOrchestrator::startOwnRedis() {
  redis_ = new RedisServerProcess(this);
  const auto fail = [this](const QString& message) {
    emit errorOccurred({tr("start redis-server"), redis_->program(), message});
  };
  QString error;
  const QString password = secrets::labPassword(lab_.name, &error);
  if (password.isEmpty()) return fail(error);
  aclDir_ = std::make_unique<QTemporaryDir>();  // created 0700
  const QString aclFile = aclDir_->filePath(QStringLiteral("users.acl"));
  if (!aclDir_->isValid()) return fail(tr("cannot create a private temporary folder"));
  if (!secrets::writePrivateFile(aclFile, secrets::aclFileText(opt_.keyPrefix, password), &error))
    return fail(error);
  if (replicationLayout(lab_.nodes).replicated()) {
    delete std::exchange(redis_, nullptr);
    return startReplicated(password);
  }
  redis_->setAclFile(aclFile);  // kept for restarts on the same port
  connect(redis_, &RedisServerProcess::ready, this, [this, password](const QString& url) {
    if (access_.consoleUrl.isEmpty())
      access_ = secrets::labRedisAccess(url, password, secrets::labPasswordPath(lab_.name));
    onRedisReady(url);
  });
  connect(redis_, &RedisServerProcess::lost, this, &LocalOrchestrator::onRedisLost);
  connect(redis_, &RedisServerProcess::failed, this, fail);
  redis_->start();
}

void LocalOrchestrator::onRedisReady(const QString& url) {
  qCInfo(LocalLog) << "lab redis-server ready at" << url << "pid" << redis_->pid();
  if (!watcher_) {  // the first start: the lab can now be watched
    startWatcher();
    return;
  }
  // Back on the same port after lost(): the services standing for it run again.
  for (const auto& [name, slot] : std::exchange(awaitingRedis_, {})) {
    Service* s = service(name);
    if (s && !s->removing && !shuttingDown_ && !tasks_->liveSlots(name).contains(slot))
      startTask(*s, slot, s->info.node);
  }
}

// The lab's redis-server is a supervised service: the services standing for it fail and their
// restart policy starts it again (startTask); with none, the lab's redis template decides.
void LocalOrchestrator::onRedisLost(const QString& why) {
  if (shuttingDown_) return;
  const QString reason = tr("the lab's redis-server %1").arg(why);
  qCWarning(LocalLog) << reason;
  if (tasks_->failStandIns(reason) > 0) return;
  const ServiceTemplate* t = nullptr;
  for (const auto& candidate : lab_.templates)
    if (!t && isLabRedis(candidate)) t = &candidate;
  if (t && t->restart.condition == RestartPolicy::Condition::None) {
    emit errorOccurred(err(CommandKind::Restart, redis_->program(), reason));
    return;
  }
  emit logLine(QStringLiteral("redis-server"), reason + tr("; restarting by policy"));
  QTimer::singleShot(t ? t->restart.delayMs : 0, this, [this] {
    if (!shuttingDown_ && redis_) redis_->restart();
  });
}

void LocalOrchestrator::becomeReady() {
  if (ready_) return;
  ready_ = true;
  emitNodes();
  emitServices();
  emit ready();
}

void LocalOrchestrator::startWatcher() {
  if (!opt_.watchEvents) {
    becomeReady();
    return;
  }
  TelemetryOptions to;
  to.redisUrl = access_.consoleUrl;
  to.keyPrefix = opt_.keyPrefix;
  to.readMetrics = false;
  to.readEvents = true;
  to.fromBeginning = redis_ != nullptr;  // our own fresh Redis: read all; else from now
  to.threadName = QStringLiteral("swarmlab-local-events");
  watcher_ = new Telemetry(to);
  connect(watcher_, &Telemetry::agentEvent, this,
          [this](const AgentEvent& e) { noteAgentEvent(e.instance, e.event); });
  connect(
      watcher_, &Telemetry::connectionChanged, this,
      [this](bool connected, const QString& message) {
        if (connected)
          becomeReady();
        else if (!shuttingDown_ && !redis_)  // our own one's end is its task's failure
          emit errorOccurred({tr("read events"), redactedRedisUrl(access_.consoleUrl), message});
      });
  watcher_->start();
}

QList<NodeInfo> LocalOrchestrator::nodes() const {
  QList<NodeInfo> out;
  for (const auto& n : lab_.nodes) {
    NodeInfo i = NodeInfo::fromLab(n);
    i.state = placement_.state(n.name);
    if (i.state == NodeState::Down) i.detail = tr("powered off");
    out.append(i);
  }
  return out;
}

QList<ServiceInfo> LocalOrchestrator::services() const {
  QList<ServiceInfo> out;
  for (const auto& [_, s] : services_) out.append(s->info);
  return out;
}

QList<TaskInfo> LocalOrchestrator::tasks() const { return tasks_->tasks(); }

QList<qint64> LocalOrchestrator::childPids() const {
  QList<qint64> out = tasks_->pids();
  if (redis_ && redis_->isRunning()) out.append(redis_->pid());
  if (replicated_) out.append(replicated_->pids());
  return out;
}

qint64 LocalOrchestrator::redisServerPid() const {
  return redis_ && redis_->isRunning() ? redis_->pid() : 0;
}

void LocalOrchestrator::emitNodes() { emit nodesChanged(nodes()); }
void LocalOrchestrator::emitServices() { emit servicesChanged(services()); }

void LocalOrchestrator::refresh() {
  emitNodes();
  emitServices();
  for (const auto& t : tasks_->tasks()) emit taskChanged(t);
}

LocalOrchestrator::Service* LocalOrchestrator::service(const QString& name) {
  auto it = services_.find(name);
  return it == services_.end() ? nullptr : it->second.get();
}

void LocalOrchestrator::refuse(quint64 id, CommandKind kind, const QString& object,
                               const QString& message) {
  finishCommand(id, false, err(kind, object, message));
}

LocalOrchestrator::Service* LocalOrchestrator::serviceFor(quint64 id, CommandKind kind,
                                                          const QString& name) {
  Service* s = service(name);
  if (s && !s->removing) return s;
  refuse(id, kind, name, tr("no service \"%1\"").arg(name));
  return nullptr;
}

std::pair<quint64, LocalOrchestrator::Service*> LocalOrchestrator::beginOnService(
    CommandKind kind, const QString& name) {
  Service* found = service(name);
  const quint64 id = beginCommand(kind, name, found ? found->info.node : QString());
  return {id, serviceFor(id, kind, name)};
}

// ---------------------------------------------------------------------------------------------
// Processes

QString LocalOrchestrator::startTask(Service& s, int slot, const QString& node) {
  if (isLabRedis(s.templ) && redis_ && !redis_->isReady()) {
    // Its redis-server is away (lost): start that again; the stand-in follows its ready().
    awaitingRedis_.append({s.info.name, slot});
    redis_->restart();
    return {};
  }
  ++s.generation;
  TaskSpec spec;
  spec.service = s.info.name;
  spec.templateName = s.templ.name;
  spec.slot = slot;
  spec.node = node;
  spec.instance = QStringLiteral("%1.%2.%3").arg(s.info.name).arg(slot).arg(s.generation);
  spec.restart = s.templ.restart;
  spec.agent = wirenames::isAgentKind(s.templ.kind);
  if (isLabRedis(s.templ)) {
    // The lab's storage is the redis-server we started (or were given): the service stands
    // for it so the topology shows where it lives; stopping the service does not stop Redis.
    spec.standIn = true;
    spec.standInMessage = tr("the lab's Redis at %1").arg(redactedRedisUrl(access_.consoleUrl));
    return tasks_->start(spec) ? spec.instance : QString();
  }
  const QUrl ru(access_.agentUrl);
  const QMap<QString, QString> vars{
      {QStringLiteral("bin"), binDir_},
      {QStringLiteral("redis_url"), access_.agentUrl},
      {QStringLiteral("redis_host"), ru.host()},
      {QStringLiteral("redis_port"), QString::number(ru.port(6379))},
      {QStringLiteral("node"), node},
      {QStringLiteral("instance"), spec.instance},
      {QStringLiteral("service"), s.info.name},
      {QStringLiteral("lab_dir"), QFileInfo(lab_.sourcePath).absolutePath()}};
  spec.argv = expandCommand(s.templ, vars);
  spec.nice = opt_.agentNice;
  spec.env = QProcessEnvironment::systemEnvironment();
  spec.env.insert(QStringLiteral("SWARMLAB_NODE"), node);
  spec.env.insert(QStringLiteral("SWARMLAB_INSTANCE"), spec.instance);
  for (const char* inherited :
       {"SWARMLAB_REDIS_USER", "SWARMLAB_REDIS_PASSWORD", "SWARMLAB_REDIS_PASSWORD_FILE"})
    spec.env.remove(QString::fromLatin1(inherited));  // only this lab's credentials
  spec.env.insert(QStringLiteral("SWARMLAB_REDIS_URL"), access_.agentUrl);
  for (auto it = access_.agentEnv.begin(); it != access_.agentEnv.end(); ++it)
    spec.env.insert(it.key(), it.value());
  if (opt_.keyPrefix != QLatin1String("swarmlab"))
    spec.env.insert(QStringLiteral("SWARMLAB_PREFIX"), opt_.keyPrefix);
  const auto extra = expandEnvironment(s.templ, vars);
  for (auto it = extra.begin(); it != extra.end(); ++it) spec.env.insert(it.key(), it.value());
  return tasks_->start(spec) ? spec.instance : QString();
}

QStringList LocalOrchestrator::startReplicas(Service& s, const QString& node) {
  s.info.node = node;
  s.pending = false;
  emitServices();
  QStringList started;
  for (int slot = 1; slot <= s.info.replicas; ++slot)
    if (const QString i = startTask(s, slot, node); !i.isEmpty()) started << i;
  return started;
}

void LocalOrchestrator::onTaskExited(const TaskExit& x) {
  if (x.restart) {
    restartLater(x.service, x.slot, x.nodeDown);
  } else if (!x.intentional && x.failed && !shuttingDown_) {
    const Service* s = service(x.service);
    if (s && !s->removing)
      emit errorOccurred(err(CommandKind::Restart, x.instance, x.reason + x.note));
  }
  checkAllStopped();
}

void LocalOrchestrator::restartLater(const QString& name, int slot, bool nodeDown) {
  const Service* s = service(name);
  if (!s) return;
  QTimer::singleShot(nodeDown ? 0 : s->templ.restart.delayMs, this, [this, name, slot] {
    Service* sv = service(name);
    if (!sv || sv->removing || shuttingDown_ || slot > sv->info.replicas) return;
    if (tasks_->liveSlots(name).contains(slot)) return;
    const QString node = placement_.restartNode(sv->templ, sv->info.node);
    if (node.isEmpty()) {
      sv->pending = true;
      qCInfo(LocalLog) << name << "pending until node up:"
                       << (sv->templ.placement == Placement::Pinned ? "pinned to" : "failover from")
                       << sv->info.node;
      emitServices();
      return;
    }
    if (node != sv->info.node) {
      sv->info.node = node;
      emitServices();
    }
    startTask(*sv, slot, node);
  });
}

void LocalOrchestrator::noteAgentEvent(const QString& instance, const QString& event) {
  if (event == wirenames::kFirstMessage) tasks_->noteFirstMessage(instance);
}

void LocalOrchestrator::checkAllStopped() {
  if (allStoppedWaiters_.isEmpty() || !tasks_->allExited()) return;
  for (auto& w : std::exchange(allStoppedWaiters_, {})) w();
}

// ---------------------------------------------------------------------------------------------
// Commands

quint64 LocalOrchestrator::deploy(const ServiceTemplate& t, const QString& node,
                                  const QString& serviceName) {
  QString name = serviceName;
  if (name.isEmpty()) {
    name = t.name;
    for (int i = 2; services_.count(name); ++i) name = QStringLiteral("%1-%2").arg(t.name).arg(i);
  }
  const quint64 id = beginCommand(CommandKind::Deploy, name, node);
  QString why;
  if (!ready_)
    why = tr("the embedded lab is not started");
  else if (services_.count(name))
    why = tr("a service named \"%1\" exists").arg(name);
  else
    why = placement_.refusal(t, node);
  if (!why.isEmpty()) {
    refuse(id, CommandKind::Deploy, name, why);
    return id;
  }
  auto s = std::make_unique<Service>();
  s->templ = t;
  s->info.id = s->info.name = name;
  s->info.templateName = t.name;
  s->info.replicas = qMax(1, t.replicas);
  s->info.order = t.order;
  Service* sp = s.get();
  services_[name] = std::move(s);
  const bool ok = startReplicas(*sp, node).size() == sp->info.replicas;
  finishCommand(id, ok,
                ok ? OrchestratorError{} : err(CommandKind::Deploy, name, tr("could not start")));
  return id;
}

void LocalOrchestrator::replaceStopFirst(quint64 id, CommandKind kind, const QString& name,
                                         const QString& node) {
  tasks_->stopAll(tasks_->live(name), [this, id, kind, name, node] {
    Service* s = service(name);
    if (!s || s->removing) {
      refuse(id, kind, name, tr("service was removed meanwhile"));
      return;
    }
    if (startReplicas(*s, node).size() == s->info.replicas)
      finishCommand(id, true);
    else
      refuse(id, kind, name, tr("could not start the new instance"));
  });
}

// The new instances first; the old ones stop once every new one delivered its first message
// (or did not within the deadline: then the command fails, after stopping the old ones).
void LocalOrchestrator::replaceStartFirst(quint64 id, CommandKind kind, const QString& name,
                                          const QString& node) {
  const QStringList old = tasks_->live(name);
  const QStringList fresh = startReplicas(*service(name), node);
  if (fresh.isEmpty()) {
    refuse(id, kind, name, tr("could not start the new instance"));
    return;
  }
  auto remaining = std::make_shared<int>(int(fresh.size()));
  auto failure = std::make_shared<QString>();
  for (const auto& instance : fresh) {
    tasks_->whenFirstMessage(instance, [=, this](bool ok, const QString& why) {
      if (!ok && failure->isEmpty()) *failure = why;
      if (--*remaining > 0) return;
      if (!failure->isEmpty()) qCWarning(LocalLog) << name << "start-first:" << *failure;
      QStringList toStop;
      for (const auto& i : old)
        if (tasks_->contains(i)) toStop << i;
      tasks_->stopAll(toStop, [this, id, kind, name, failure] {
        if (failure->isEmpty())
          finishCommand(id, true);
        else
          refuse(id, kind, name, *failure);
      });
    });
  }
}

quint64 LocalOrchestrator::migrate(const QString& name, const QString& node, UpdateOrder order) {
  const quint64 id = beginCommand(CommandKind::Migrate, name, node);
  Service* s = serviceFor(id, CommandKind::Migrate, name);
  if (!s) return id;
  if (const QString why = placement_.refusal(s->templ, node); !why.isEmpty())
    refuse(id, CommandKind::Migrate, name, why);
  else if (order == UpdateOrder::StopFirst)
    replaceStopFirst(id, CommandKind::Migrate, name, node);
  else
    replaceStartFirst(id, CommandKind::Migrate, name, node);
  return id;
}

quint64 LocalOrchestrator::restart(const QString& name, UpdateOrder order) {
  const auto [id, s] = beginOnService(CommandKind::Restart, name);
  if (!s) return id;
  const QString node = s->info.node;
  if (!placement_.isUp(node))
    refuse(id, CommandKind::Restart, name, tr("node %1 is down").arg(node));
  else if (order == UpdateOrder::StopFirst)
    replaceStopFirst(id, CommandKind::Restart, name, node);
  else
    replaceStartFirst(id, CommandKind::Restart, name, node);
  return id;
}

quint64 LocalOrchestrator::stop(const QString& name) {
  const auto [id, s] = beginOnService(CommandKind::Stop, name);
  if (!s) return id;
  s->removing = true;
  // (a copy of the binding: clang 14 cannot capture structured bindings)
  tasks_->stopAll(tasks_->running(name), [this, id = quint64(id), name] {
    services_.erase(name);
    tasks_->forgetService(name);
    emitServices();
    finishCommand(id, true);
  });
  return id;
}

quint64 LocalOrchestrator::scale(const QString& name, int replicas) {
  const auto [id, s] = beginOnService(CommandKind::Scale, name);
  if (!s) return id;
  if (replicas < 0 || replicas > 1000) {
    refuse(id, CommandKind::Scale, name, tr("replicas must be 0..1000, got %1").arg(replicas));
    return id;
  }
  s->info.replicas = replicas;
  emitServices();
  const QStringList extra = tasks_->liveAbove(name, replicas);
  const QList<int> have = tasks_->liveSlots(name);
  bool ok = true;
  if (placement_.isUp(s->info.node))
    for (int slot = 1; slot <= replicas; ++slot)
      if (!have.contains(slot)) ok = !startTask(*s, slot, s->info.node).isEmpty() && ok;
  tasks_->stopAll(extra, [this, id = quint64(id), ok, name] {
    if (ok)
      finishCommand(id, true);
    else
      refuse(id, CommandKind::Scale, name, tr("could not start an instance"));
  });
  return id;
}

bool LocalOrchestrator::powerNode(quint64 id, CommandKind kind, const QString& node,
                                  NodeState state) {
  if (!lab_.node(node)) {
    refuse(id, kind, node, tr("no node \"%1\" in the lab").arg(node));
    return false;
  }
  placement_.setState(node, state);
  if (replicated_ && state == NodeState::Down) replicated_->nodeDown(node);
  if (replicated_ && state == NodeState::Ready) replicated_->nodeUp(node);
  emitNodes();
  return true;
}

quint64 LocalOrchestrator::setNodeDown(const QString& node) {
  const quint64 id = beginCommand(CommandKind::NodeDown, {}, node);
  if (!powerNode(id, CommandKind::NodeDown, node, NodeState::Down)) return id;
  tasks_->killNode(node);
  finishCommand(id, true);
  return id;
}

quint64 LocalOrchestrator::setNodeUp(const QString& node) {
  const quint64 id = beginCommand(CommandKind::NodeUp, {}, node);
  if (!powerNode(id, CommandKind::NodeUp, node, NodeState::Ready)) return id;
  // Services that waited for an eligible node start now, where they may.
  for (auto& [name, s] : services_) {
    if (!s->pending || s->removing) continue;
    const QString target = placement_.restartNode(s->templ, s->info.node);
    if (target.isEmpty()) continue;
    s->pending = false;
    s->info.node = target;
    const QList<int> have = tasks_->liveSlots(name);
    for (int slot = 1; slot <= s->info.replicas; ++slot)
      if (!have.contains(slot)) startTask(*s, slot, target);
  }
  emitServices();
  finishCommand(id, true);
  return id;
}

void LocalOrchestrator::stopAll() {
  for (auto& [_, s] : services_) s->removing = true;
  allStoppedWaiters_.append([this] {
    services_.clear();
    emitServices();
    emit allStopped();
  });
  const QStringList all = tasks_->running({});
  if (all.isEmpty())
    checkAllStopped();
  else
    tasks_->stopAll(all, {});
}

void LocalOrchestrator::shutdown() {
  if (shuttingDown_) return;
  shuttingDown_ = true;
  connect(
      this, &LocalOrchestrator::allStopped, this,
      [this] {
        if (watcher_) {
          watcher_->deleteLater();  // joins its thread
          watcher_ = nullptr;
        }
        ready_ = false;
        if (replicated_) {
          connect(replicated_, &ReplicatedRedis::finished, this,
                  &LocalOrchestrator::shutdownFinished, Qt::SingleShotConnection);
          replicated_->stop(opt_.stopTimeoutMs);
        } else if (redis_ && redis_->isRunning()) {
          connect(redis_, &RedisServerProcess::finished, this, &LocalOrchestrator::shutdownFinished,
                  Qt::SingleShotConnection);
          redis_->stop(opt_.stopTimeoutMs);
        } else {
          QMetaObject::invokeMethod(this, &LocalOrchestrator::shutdownFinished,
                                    Qt::QueuedConnection);
        }
      },
      Qt::SingleShotConnection);
  stopAll();
}

}  // namespace swarmlab
