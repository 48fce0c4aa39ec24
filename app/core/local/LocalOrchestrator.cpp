#include "LocalOrchestrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QSet>
#include <QUrl>

#include <chrono>

#include "LabFile.h"
#include "RedisServerProcess.h"
#include "Telemetry.h"
#include "Timeline.h"

namespace swarmlab {

namespace {
Q_LOGGING_CATEGORY(LocalLog, "swarmlab.local")

bool isAgentKind(const ServiceTemplate& t) {
  return t.kind == QLatin1String("publisher") || t.kind == QLatin1String("subscriber");
}
bool isLabRedis(const ServiceTemplate& t) {
  return t.kind == QLatin1String("redis") || (t.kind.isEmpty() && t.name == QLatin1String("redis"));
}
}  // namespace

struct LocalOrchestrator::Task {
  TaskInfo info;
  int slot = 1;
  QProcess* proc = nullptr;
  QTimer* killTimer = nullptr;
  QTimer* firstTimer = nullptr;
  bool stopRequested = false;
  bool nodeKilled = false;
  bool virtualTask = false;  ///< stands for the lab's own redis-server
  bool exited = false;
  bool firstMessage = false;
  bool agent = false;
  QString killNote;
  QByteArray partial;
  QList<std::function<void()>> onExit;
  QList<std::function<void(bool, QString)>> onFirst;
};

struct LocalOrchestrator::Service {
  ServiceInfo info;
  ServiceTemplate templ;
  int generation = 0;
  QMap<int, QList<qint64>> restarts;  ///< slot -> when policy restarts happened (ms)
  bool removing = false;
  bool pending = false;  ///< waiting for an eligible node
};

LocalOrchestrator::LocalOrchestrator(Lab lab, LocalOptions options, QObject* parent)
    : Orchestrator(parent), lab_(std::move(lab)), opt_(std::move(options)) {
  binDir_ = opt_.binDir.isEmpty() ? resolveBinDir() : opt_.binDir;
  for (const auto& n : lab_.nodes) nodeState_[n.name] = NodeState::Ready;
}

LocalOrchestrator::~LocalOrchestrator() {
  shuttingDown_ = true;
  // Last resort (normal path: shutdown()): SIGKILL and reap every child, so none outlives us.
  for (auto& [_, t] : tasks_) {
    if (t->proc && t->proc->state() != QProcess::NotRunning) {
      t->proc->disconnect();  // no onTaskExited while we iterate
      t->proc->kill();
      t->proc->waitForFinished(2000);
    }
  }
  tasks_.clear();
  if (watcher_) {
    delete watcher_;
    watcher_ = nullptr;
  }
  if (redis_) redis_->killNow();
}

qint64 LocalOrchestrator::nowUs() {
  using namespace std::chrono;
  return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
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

OrchestratorError LocalOrchestrator::err(CommandKind k, const QString& object,
                                         const QString& message) const {
  OrchestratorError e;
  e.operation = toString(k);
  e.object = object;
  e.message = message;
  return e;
}

quint64 LocalOrchestrator::issue(CommandKind k, const QString& service, const QString& node) {
  const quint64 id = nextCommand_++;
  emit commandIssued(id, k, service, node, nowUs());
  return id;
}

// Always queued: a command never finishes before its caller got the id back.
void LocalOrchestrator::finishLater(quint64 id, bool ok, const OrchestratorError& e) {
  QMetaObject::invokeMethod(
      this, [this, id, ok, e] { emit commandFinished(id, ok, e); }, Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------------
// Start / state reports

void LocalOrchestrator::start() {
  if (ready_ || redis_) return;
  auto finishStart = [this] { startWatcher(); };
  if (!opt_.redisUrl.isEmpty()) {
    redisUrl_ = opt_.redisUrl;
    finishStart();
    return;
  }
  redis_ = new RedisServerProcess(this);
  connect(redis_, &RedisServerProcess::ready, this, [this, finishStart](const QString& url) {
    redisUrl_ = url;
    qCInfo(LocalLog) << "lab redis-server ready at" << url << "pid" << redis_->pid();
    finishStart();
  });
  connect(redis_, &RedisServerProcess::failed, this, [this](const QString& message) {
    OrchestratorError e;
    e.operation = tr("start redis-server");
    e.object = redis_->program();
    e.message = message;
    emit errorOccurred(e);
  });
  redis_->start();
}

void LocalOrchestrator::startWatcher() {
  auto becomeReady = [this] {
    if (ready_) return;
    ready_ = true;
    emitNodes();
    emitServices();
    emit ready();
  };
  if (!opt_.watchEvents) {
    becomeReady();
    return;
  }
  TelemetryOptions to;
  to.redisUrl = redisUrl_;
  to.keyPrefix = opt_.keyPrefix;
  to.readMetrics = false;
  to.readEvents = true;
  to.fromBeginning = redis_ != nullptr;  // our own fresh Redis: read all; else from now
  to.threadName = QStringLiteral("swarmlab-local-events");
  watcher_ = new Telemetry(to);
  connect(watcher_, &Telemetry::agentEvent, this,
          [this](const AgentEvent& e) { noteAgentEvent(e.instance, e.event); });
  connect(watcher_, &Telemetry::connectionChanged, this,
          [this, becomeReady](bool connected, const QString& message) {
            if (connected) {
              becomeReady();
            } else if (!shuttingDown_) {
              OrchestratorError e;
              e.operation = tr("read events");
              e.object = redisUrl_;
              e.message = message;
              emit errorOccurred(e);
            }
          });
  watcher_->start();
}

QList<NodeInfo> LocalOrchestrator::nodes() const {
  QList<NodeInfo> out;
  for (const auto& n : lab_.nodes) {
    NodeInfo i;
    i.id = i.name = n.name;
    i.layer = n.layer;
    i.arch = n.arch;
    i.capabilities = n.capabilities;
    i.state = nodeState_.value(n.name, NodeState::Unknown);
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

QList<TaskInfo> LocalOrchestrator::tasks() const {
  QList<TaskInfo> out;
  for (const auto& [_, t] : tasks_) out.append(t->info);
  return out;
}

QList<qint64> LocalOrchestrator::childPids() const {
  QList<qint64> out;
  for (const auto& [_, t] : tasks_)
    if (t->proc && t->proc->processId() > 0) out.append(t->proc->processId());
  if (redis_ && redis_->isRunning()) out.append(redis_->pid());
  return out;
}

void LocalOrchestrator::emitNodes() { emit nodesChanged(nodes()); }
void LocalOrchestrator::emitServices() { emit servicesChanged(services()); }

void LocalOrchestrator::refresh() {
  emitNodes();
  emitServices();
  for (const auto& [_, t] : tasks_) emit taskChanged(t->info);
}

void LocalOrchestrator::setTaskState(Task* t, TaskState st, const QString& message) {
  t->info.state = st;
  t->info.message = message;
  t->info.tUs = nowUs();
  emit taskChanged(t->info);
}

// ---------------------------------------------------------------------------------------------
// Placement

bool LocalOrchestrator::placeable(const ServiceTemplate& t, const QString& node,
                                  QString* why) const {
  const NodeSpec* n = lab_.node(node);
  if (!n) {
    if (why) *why = tr("no node \"%1\" in lab \"%2\"").arg(node, lab_.name);
    return false;
  }
  return canPlace(t, *n, why);
}

QString LocalOrchestrator::pickNode(const Service& s, const QString& avoid) const {
  const NodeSpec* cur = lab_.node(s.info.node);
  QString fallback;
  for (const auto& n : lab_.nodes) {
    if (n.name == avoid || nodeState_.value(n.name) != NodeState::Ready) continue;
    if (!placeable(s.templ, n.name, nullptr)) continue;
    if (cur && n.layer == cur->layer) return n.name;
    if (fallback.isEmpty()) fallback = n.name;
  }
  return fallback;
}

LocalOrchestrator::Service* LocalOrchestrator::service(const QString& name) {
  auto it = services_.find(name);
  return it == services_.end() ? nullptr : it->second.get();
}

QList<LocalOrchestrator::Task*> LocalOrchestrator::liveTasks(const QString& service) const {
  QList<Task*> out;
  for (const auto& [_, t] : tasks_)
    if (t->info.service == service && !t->exited && !t->stopRequested) out.append(t.get());
  return out;
}

// ---------------------------------------------------------------------------------------------
// Processes

LocalOrchestrator::Task* LocalOrchestrator::startTask(Service& s, int slot, const QString& node) {
  auto owned = std::make_unique<Task>();
  Task* t = owned.get();
  ++s.generation;
  t->slot = slot;
  t->info.instance = QStringLiteral("%1.%2.%3").arg(s.info.name).arg(slot).arg(s.generation);
  t->info.id = t->info.instance;
  t->info.service = s.info.name;
  t->info.node = node;
  t->agent = isAgentKind(s.templ);
  const QString instance = t->info.instance;
  tasks_[instance] = std::move(owned);

  if (isLabRedis(s.templ)) {
    // The lab's storage is the redis-server we started (or were given): the service stands
    // for it so the topology shows where it lives; stopping the service does not stop Redis.
    t->virtualTask = true;
    setTaskState(t, TaskState::Running, tr("the lab's Redis at %1").arg(redisUrl_));
    return t;
  }

  const QUrl ru(redisUrl_);
  const QMap<QString, QString> vars{
      {QStringLiteral("bin"), binDir_},
      {QStringLiteral("redis_url"), redisUrl_},
      {QStringLiteral("redis_host"), ru.host()},
      {QStringLiteral("redis_port"), QString::number(ru.port(6379))},
      {QStringLiteral("node"), node},
      {QStringLiteral("instance"), instance},
      {QStringLiteral("service"), s.info.name},
      {QStringLiteral("lab_dir"), QFileInfo(lab_.sourcePath).absolutePath()}};
  const QStringList argv = expandCommand(s.templ, vars);
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("SWARMLAB_NODE"), node);
  env.insert(QStringLiteral("SWARMLAB_INSTANCE"), instance);
  env.insert(QStringLiteral("SWARMLAB_REDIS_URL"), redisUrl_);
  if (opt_.keyPrefix != QLatin1String("swarmlab"))
    env.insert(QStringLiteral("SWARMLAB_PREFIX"), opt_.keyPrefix);
  const auto extra = expandEnvironment(s.templ, vars);
  for (auto it = extra.begin(); it != extra.end(); ++it) env.insert(it.key(), it.value());

  setTaskState(t, TaskState::Starting);
  if (argv.isEmpty()) {
    t->exited = true;
    setTaskState(t, TaskState::Rejected,
                 tr("service template \"%1\" has no command").arg(s.templ.name));
    tasks_.erase(instance);
    return nullptr;
  }

  auto* p = new QProcess(this);
  t->proc = p;
  p->setProcessChannelMode(QProcess::MergedChannels);
  p->setProcessEnvironment(env);
  dieWithParent(p);
  connect(p, &QProcess::readyReadStandardOutput, p, [this, t] {
    t->partial += t->proc->readAllStandardOutput();
    qsizetype from = 0, nl;
    while ((nl = t->partial.indexOf('\n', from)) >= 0) {
      emit logLine(t->info.instance, QString::fromLocal8Bit(t->partial.mid(from, nl - from)));
      from = nl + 1;
    }
    t->partial.remove(0, from);  // once per read, not once per line
    if (t->partial.size() > 65536) {
      emit logLine(t->info.instance, QString::fromLocal8Bit(t->partial));
      t->partial.clear();
    }
  });
  connect(p, &QProcess::started, p, [this, t] {
    t->info.exitCode = 0;
    setTaskState(t, TaskState::Running, tr("pid %1").arg(t->proc->processId()));
    if (!t->agent) {
      auto waiters = std::exchange(t->onFirst, {});
      for (auto& f : waiters) f(true, {});
    }
  });
  connect(p, &QProcess::finished, p,
          [this, t](int code, QProcess::ExitStatus st) { onTaskExited(t, code, st); });
  connect(p, &QProcess::errorOccurred, p, [this, t](QProcess::ProcessError e) {
    if (e == QProcess::FailedToStart) {
      t->killNote = tr("cannot run %1: %2").arg(t->proc->program(), t->proc->errorString());
      onTaskExited(t, -1, QProcess::CrashExit);
    }
  });
  t->killTimer = new QTimer(p);
  t->killTimer->setSingleShot(true);
  connect(t->killTimer, &QTimer::timeout, p, [this, t] {
    t->killNote = tr("did not stop within %1 ms of SIGTERM: killed").arg(opt_.stopTimeoutMs);
    t->proc->kill();
  });
  qCDebug(LocalLog) << "start" << instance << "on" << node << argv;
  p->start(argv.first(), argv.mid(1));
  auto it = tasks_.find(instance);
  return it == tasks_.end() ? nullptr : it->second.get();
}

void LocalOrchestrator::onTaskExited(Task* t, int code, QProcess::ExitStatus status) {
  if (t->exited) return;
  t->exited = true;
  if (t->killTimer) t->killTimer->stop();
  if (t->firstTimer) t->firstTimer->stop();
  if (!t->partial.isEmpty()) emit logLine(t->info.instance, QString::fromLocal8Bit(t->partial));
  t->partial.clear();

  const bool intentional = t->stopRequested;
  bool failed = false;
  QString reason;
  if (t->nodeKilled) {
    reason = tr("node %1 powered off (SIGKILL)").arg(t->info.node);
    failed = true;
  } else if (!t->killNote.isEmpty()) {
    reason = t->killNote;
    failed = true;
  } else if (status == QProcess::CrashExit) {
    reason = tr("killed by a signal");
    failed = true;
  } else if (code != 0) {
    reason = tr("exited with code %1").arg(code);
    failed = true;
  } else {
    reason = tr("exited with code 0");
  }
  t->info.exitCode = status == QProcess::CrashExit ? -1 : code;

  Service* s = service(t->info.service);
  const int slot = t->slot;
  const QString node = t->info.node;
  bool restartIt = false;
  QString note;
  if (!intentional && s && !s->removing && !shuttingDown_) {
    const auto& pol = s->templ.restart;
    restartIt = pol.condition == RestartPolicy::Condition::Any ||
                (pol.condition == RestartPolicy::Condition::OnFailure && failed);
    if (restartIt && !t->nodeKilled && pol.maxAttempts > 0) {
      auto& hist = s->restarts[slot];
      const qint64 nowMs = nowUs() / 1000;
      if (pol.windowMs > 0)
        while (!hist.isEmpty() && hist.first() < nowMs - pol.windowMs) hist.removeFirst();
      if (hist.size() >= pol.maxAttempts) {
        restartIt = false;
        note = tr("; gave up after %1 restart attempts (max_attempts)").arg(pol.maxAttempts);
      }
    }
    if (restartIt) note = tr("; restarting by policy");
  }

  if (intentional)
    setTaskState(t, TaskState::Stopped, t->killNote.isEmpty() ? tr("stopped") : t->killNote);
  else
    setTaskState(t, failed ? TaskState::Failed : TaskState::Stopped, reason + note);
  if (!intentional && !restartIt && failed && s && !s->removing && !shuttingDown_) {
    emit errorOccurred(err(CommandKind::Restart, t->info.instance, reason + note));
  }

  auto firsts = std::exchange(t->onFirst, {});
  auto exits = std::exchange(t->onExit, {});
  const bool nodeDown = t->nodeKilled;
  const QString serviceName = t->info.service;
  if (t->proc) {
    QObject::disconnect(t->proc, nullptr, nullptr, nullptr);  // its lambdas hold t
    t->proc->deleteLater();
  }
  tasks_.erase(t->info.instance);  // t is gone from here on

  for (auto& f : firsts) f(false, reason);
  for (auto& e : exits) e();
  if (restartIt) {
    s = service(serviceName);
    if (s) applyPolicy(*s, slot, reason, failed, nodeDown);
  }
  checkAllStopped();
  Q_UNUSED(node);
}

void LocalOrchestrator::applyPolicy(Service& s, int slot, const QString& reason, bool failed,
                                    bool nodeDown) {
  Q_UNUSED(reason);
  Q_UNUSED(failed);
  if (!nodeDown) s.restarts[slot].append(nowUs() / 1000);
  const QString name = s.info.name;
  QTimer::singleShot(nodeDown ? 0 : s.templ.restart.delayMs, this, [this, name, slot] {
    Service* sv = service(name);
    if (!sv || sv->removing || shuttingDown_ || slot > sv->info.replicas) return;
    for (const auto& [_, t] : tasks_)
      if (t->info.service == name && t->slot == slot && !t->exited && !t->stopRequested) return;
    QString node = sv->info.node;
    if (nodeState_.value(node) != NodeState::Ready || !placeable(sv->templ, node, nullptr)) {
      node = pickNode(*sv, node);
      if (node.isEmpty()) {
        sv->pending = true;
        qCInfo(LocalLog) << name << "pending: no eligible node is up";
        emitServices();
        return;
      }
      sv->info.node = node;
      emitServices();
    }
    startTask(*sv, slot, node);
  });
}

void LocalOrchestrator::stopTask(Task* t, std::function<void()> done, bool hard) {
  if (t->virtualTask) {
    t->exited = true;
    setTaskState(t, TaskState::Stopped, tr("stopped (the lab's Redis keeps running)"));
    tasks_.erase(t->info.instance);
    if (done) done();
    checkAllStopped();
    return;
  }
  if (done) t->onExit.append(std::move(done));
  if (t->stopRequested && !hard) return;
  t->stopRequested = true;
  if (t->info.state != TaskState::Stopping) setTaskState(t, TaskState::Stopping);
  if (hard) {
    t->proc->kill();
  } else {
    t->proc->terminate();
    t->killTimer->start(opt_.stopTimeoutMs);
  }
}

void LocalOrchestrator::stopTasks(const QList<Task*>& tasks, std::function<void()> done) {
  if (tasks.isEmpty()) {
    if (done) done();
    return;
  }
  auto remaining = std::make_shared<int>(int(tasks.size()));
  // Collect instances first: stopTask on a virtual task erases it synchronously.
  QStringList instances;
  for (auto* t : tasks) instances.append(t->info.instance);
  for (const auto& i : instances) {
    auto it = tasks_.find(i);
    if (it == tasks_.end()) {
      if (--*remaining == 0 && done) done();
      continue;
    }
    stopTask(it->second.get(), [remaining, done] {
      if (--*remaining == 0 && done) done();
    });
  }
}

void LocalOrchestrator::whenFirstMessage(Task* t, std::function<void(bool, QString)> done) {
  if (t->virtualTask || t->firstMessage || (!t->agent && t->info.state == TaskState::Running)) {
    done(true, {});
    return;
  }
  t->onFirst.append(std::move(done));
  if (!t->agent) return;
  if (!t->firstTimer) {
    t->firstTimer = new QTimer(t->proc);
    t->firstTimer->setSingleShot(true);
    connect(t->firstTimer, &QTimer::timeout, t->proc, [this, t] {
      auto waiters = std::exchange(t->onFirst, {});
      const QString why = tr("no first_message from %1 within %2 ms")
                              .arg(t->info.instance)
                              .arg(opt_.firstMessageTimeoutMs);
      for (auto& f : waiters) f(false, why);
    });
  }
  t->firstTimer->start(opt_.firstMessageTimeoutMs);
}

void LocalOrchestrator::noteAgentEvent(const QString& instance, const QString& event) {
  if (event != QLatin1String("first_message")) return;
  auto it = tasks_.find(instance);
  if (it == tasks_.end()) return;
  Task* t = it->second.get();
  t->firstMessage = true;
  if (t->firstTimer) t->firstTimer->stop();
  auto waiters = std::exchange(t->onFirst, {});
  for (auto& f : waiters) f(true, {});
}

void LocalOrchestrator::checkAllStopped() {
  if (allStoppedWaiters_.isEmpty()) return;
  for (const auto& [_, t] : tasks_)
    if (!t->exited) return;
  auto waiters = std::exchange(allStoppedWaiters_, {});
  for (auto& w : waiters) w();
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
  const quint64 id = issue(CommandKind::Deploy, name, node);
  QString why;
  if (!ready_) {
    finishLater(id, false, err(CommandKind::Deploy, name, tr("the embedded lab is not started")));
    return id;
  }
  if (services_.count(name)) {
    finishLater(id, false,
                err(CommandKind::Deploy, name, tr("a service named \"%1\" exists").arg(name)));
    return id;
  }
  if (!placeable(t, node, &why)) {
    finishLater(id, false, err(CommandKind::Deploy, name, why));
    return id;
  }
  if (nodeState_.value(node) != NodeState::Ready) {
    finishLater(id, false, err(CommandKind::Deploy, name, tr("node %1 is down").arg(node)));
    return id;
  }
  auto s = std::make_unique<Service>();
  s->templ = t;
  s->info.id = s->info.name = name;
  s->info.templateName = t.name;
  s->info.node = node;
  s->info.replicas = qMax(1, t.replicas);
  s->info.order = t.order;
  Service* sp = s.get();
  services_[name] = std::move(s);
  emitServices();
  bool ok = true;
  for (int slot = 1; slot <= sp->info.replicas; ++slot) ok = startTask(*sp, slot, node) && ok;
  finishLater(id, ok,
              ok ? OrchestratorError{} : err(CommandKind::Deploy, name, tr("could not start")));
  return id;
}

void LocalOrchestrator::replace(quint64 id, CommandKind kind, const QString& name,
                                const QString& node, UpdateOrder order) {
  Service* s = service(name);
  const QList<Task*> old = liveTasks(name);
  const int replicas = s->info.replicas;
  if (order == UpdateOrder::StopFirst) {
    stopTasks(old, [this, id, kind, name, node, replicas] {
      Service* sv = service(name);
      if (!sv || sv->removing) {
        finishLater(id, false, err(kind, name, tr("service was removed meanwhile")));
        return;
      }
      sv->info.node = node;
      sv->pending = false;
      emitServices();
      bool ok = true;
      for (int slot = 1; slot <= replicas; ++slot) ok = startTask(*sv, slot, node) && ok;
      if (ok)
        finishLater(id, true);
      else
        finishLater(id, false, err(kind, name, tr("could not start the new instance")));
    });
    return;
  }
  // Start-first: the new instances first; the old ones stop once every new one delivered.
  QStringList oldIds;
  for (auto* t : old) oldIds.append(t->info.instance);
  s->info.node = node;
  s->pending = false;
  emitServices();
  QList<Task*> fresh;
  for (int slot = 1; slot <= replicas; ++slot)
    if (Task* t = startTask(*s, slot, node)) fresh.append(t);
  if (fresh.isEmpty()) {
    finishLater(id, false, err(kind, name, tr("could not start the new instance")));
    return;
  }
  auto remaining = std::make_shared<int>(int(fresh.size()));
  auto failure = std::make_shared<QString>();
  for (auto* t : fresh) {
    whenFirstMessage(t, [this, id, kind, name, oldIds, remaining, failure](bool ok, QString why) {
      if (!ok && failure->isEmpty()) *failure = why;
      if (--*remaining > 0) return;
      QList<Task*> toStop;
      for (const auto& i : oldIds) {
        auto it = tasks_.find(i);
        if (it != tasks_.end() && !it->second->exited) toStop.append(it->second.get());
      }
      if (!failure->isEmpty()) qCWarning(LocalLog) << name << "start-first:" << *failure;
      stopTasks(toStop, [this, id, kind, name, failure] {
        if (failure->isEmpty())
          finishLater(id, true);
        else
          finishLater(id, false, err(kind, name, *failure));
      });
    });
  }
}

quint64 LocalOrchestrator::migrate(const QString& name, const QString& node, UpdateOrder order) {
  const quint64 id = issue(CommandKind::Migrate, name, node);
  Service* s = service(name);
  QString why;
  if (!s || s->removing)
    finishLater(id, false, err(CommandKind::Migrate, name, tr("no service \"%1\"").arg(name)));
  else if (!placeable(s->templ, node, &why))
    finishLater(id, false, err(CommandKind::Migrate, name, why));
  else if (nodeState_.value(node) != NodeState::Ready)
    finishLater(id, false, err(CommandKind::Migrate, name, tr("node %1 is down").arg(node)));
  else
    replace(id, CommandKind::Migrate, name, node, order);
  return id;
}

quint64 LocalOrchestrator::restart(const QString& name, UpdateOrder order) {
  Service* s = service(name);
  const quint64 id = issue(CommandKind::Restart, name, s ? s->info.node : QString());
  if (!s || s->removing)
    finishLater(id, false, err(CommandKind::Restart, name, tr("no service \"%1\"").arg(name)));
  else if (nodeState_.value(s->info.node) != NodeState::Ready)
    finishLater(id, false,
                err(CommandKind::Restart, name, tr("node %1 is down").arg(s->info.node)));
  else
    replace(id, CommandKind::Restart, name, s->info.node, order);
  return id;
}

quint64 LocalOrchestrator::stop(const QString& name) {
  Service* s = service(name);
  const quint64 id = issue(CommandKind::Stop, name, s ? s->info.node : QString());
  if (!s || s->removing) {
    finishLater(id, false, err(CommandKind::Stop, name, tr("no service \"%1\"").arg(name)));
    return id;
  }
  s->removing = true;
  QList<Task*> all;
  for (const auto& [_, t] : tasks_)
    if (t->info.service == name && !t->exited) all.append(t.get());
  stopTasks(all, [this, id, name] {
    services_.erase(name);
    emitServices();
    finishLater(id, true);
  });
  return id;
}

quint64 LocalOrchestrator::scale(const QString& name, int replicas) {
  Service* s = service(name);
  const quint64 id = issue(CommandKind::Scale, name, s ? s->info.node : QString());
  if (!s || s->removing) {
    finishLater(id, false, err(CommandKind::Scale, name, tr("no service \"%1\"").arg(name)));
    return id;
  }
  if (replicas < 0 || replicas > 1000) {
    finishLater(
        id, false,
        err(CommandKind::Scale, name, tr("replicas must be 0..1000, got %1").arg(replicas)));
    return id;
  }
  s->info.replicas = replicas;
  emitServices();
  QList<Task*> extra;
  QSet<int> have;
  for (auto* t : liveTasks(name)) {
    if (t->slot > replicas)
      extra.append(t);
    else
      have.insert(t->slot);
  }
  bool ok = true;
  if (nodeState_.value(s->info.node) == NodeState::Ready)
    for (int slot = 1; slot <= replicas; ++slot)
      if (!have.contains(slot)) ok = startTask(*s, slot, s->info.node) && ok;
  stopTasks(extra, [this, id, ok, name] {
    if (ok)
      finishLater(id, true);
    else
      finishLater(id, false, err(CommandKind::Scale, name, tr("could not start an instance")));
  });
  return id;
}

quint64 LocalOrchestrator::setNodeDown(const QString& node) {
  const quint64 id = issue(CommandKind::NodeDown, {}, node);
  if (!lab_.node(node)) {
    finishLater(id, false,
                err(CommandKind::NodeDown, node, tr("no node \"%1\" in the lab").arg(node)));
    return id;
  }
  nodeState_[node] = NodeState::Down;
  emitNodes();
  QList<Task*> victims;
  for (const auto& [_, t] : tasks_)
    if (t->info.node == node && !t->exited) victims.append(t.get());
  for (auto* t : victims) {
    if (t->virtualTask) {
      // The lab's Redis itself keeps running (it is shared by the whole embedded lab).
      t->nodeKilled = true;
      continue;
    }
    t->nodeKilled = true;
    t->proc->kill();
  }
  finishLater(id, true);
  return id;
}

quint64 LocalOrchestrator::setNodeUp(const QString& node) {
  const quint64 id = issue(CommandKind::NodeUp, {}, node);
  if (!lab_.node(node)) {
    finishLater(id, false,
                err(CommandKind::NodeUp, node, tr("no node \"%1\" in the lab").arg(node)));
    return id;
  }
  nodeState_[node] = NodeState::Ready;
  emitNodes();
  for (auto& [name, s] : services_) {
    if (!s->pending || s->removing) continue;
    QString target = s->info.node;
    if (nodeState_.value(target) != NodeState::Ready || !placeable(s->templ, target, nullptr))
      target = pickNode(*s, {});
    if (target.isEmpty()) continue;
    s->pending = false;
    s->info.node = target;
    QSet<int> have;
    for (auto* t : liveTasks(name)) have.insert(t->slot);
    for (int slot = 1; slot <= s->info.replicas; ++slot)
      if (!have.contains(slot)) startTask(*s, slot, target);
  }
  emitServices();
  finishLater(id, true);
  return id;
}

void LocalOrchestrator::stopAll() {
  for (auto& [_, s] : services_) s->removing = true;
  allStoppedWaiters_.append([this] {
    services_.clear();
    emitServices();
    emit allStopped();
  });
  QList<Task*> all;
  for (const auto& [_, t] : tasks_)
    if (!t->exited) all.append(t.get());
  if (all.isEmpty()) {
    checkAllStopped();
    return;
  }
  stopTasks(all, {});
}

void LocalOrchestrator::shutdown() {
  if (shuttingDown_) return;
  shuttingDown_ = true;
  auto* conn = new QMetaObject::Connection;
  *conn = connect(this, &LocalOrchestrator::allStopped, this, [this, conn] {
    disconnect(*conn);
    delete conn;
    if (watcher_) {
      watcher_->deleteLater();  // joins its thread
      watcher_ = nullptr;
    }
    ready_ = false;
    if (redis_ && redis_->isRunning()) {
      connect(redis_, &RedisServerProcess::finished, this, &LocalOrchestrator::shutdownFinished,
              Qt::SingleShotConnection);
      redis_->stop(opt_.stopTimeoutMs);
    } else {
      QMetaObject::invokeMethod(this, &LocalOrchestrator::shutdownFinished, Qt::QueuedConnection);
    }
  });
  stopAll();
}

}  // namespace swarmlab
