#include "TopologyModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include "GuiText.h"
#include "LabClock.h"
#include "Timeline.h"
#include "WireNames.h"

namespace swarmlab {

namespace {
constexpr int kMaxResults = 500;
constexpr int kMaxTerminalTasks = 400;
constexpr int kRateStaleMs = 3000;
// Finished commands whose stop and update gap the timer keeps after their measure ended.
constexpr int kKeepTimings = 200;

bool isTerminal(TaskState s) {
  return s == TaskState::Stopped || s == TaskState::Failed || s == TaskState::Rejected;
}
}  // namespace

QString chipStateText(ChipState s) {
  switch (s) {
    case ChipState::Starting:
      return QCoreApplication::translate("swarmlab", "starting");
    case ChipState::Running:
      return QCoreApplication::translate("swarmlab", "running");
    case ChipState::Restarting:
      return QCoreApplication::translate("swarmlab", "restarting");
    case ChipState::Stopping:
      return QCoreApplication::translate("swarmlab", "stopping");
    case ChipState::Stopped:
      return QCoreApplication::translate("swarmlab", "stopped");
    case ChipState::Failed:
      return QCoreApplication::translate("swarmlab", "failed");
    case ChipState::Unknown:
      return QCoreApplication::translate("swarmlab", "unknown");
    case ChipState::Waiting:
      return QCoreApplication::translate("swarmlab", "not started");
  }
  return {};
}

bool isNodeCommand(CommandKind k) {
  return k == CommandKind::NodeDown || k == CommandKind::NodeUp || k == CommandKind::AssignNode;
}

TopologyModel::TopologyModel(QObject* parent)
    : QObject(parent), timer_(CommandTimerOptions{.keepTimings = kKeepTimings}) {
  qRegisterMetaType<CommandResult>();
}

qint64 TopologyModel::nowMs() {
  static QElapsedTimer timer;
  if (!timer.isValid()) timer.start();
  return timer.elapsed();
}

void TopologyModel::setLab(const Lab& lab) {
  lab_ = lab;
  nodes_.clear();
  for (const auto& n : lab.nodes) {
    nodes_.append(NodeInfo::fromLab(n));
  }
  emit structureChanged();
}

const NodeInfo* TopologyModel::node(const QString& name) const {
  for (const auto& n : nodes_)
    if (n.name == name) return &n;
  return nullptr;
}

const ServiceInfo* TopologyModel::service(const QString& name) const {
  for (const auto& s : services_)
    if (s.name == name) return &s;
  return nullptr;
}

QList<ServiceInfo> TopologyModel::servicesOn(const QString& node) const {
  QList<ServiceInfo> out;
  for (const auto& s : services_)
    if (s.node == node) out.append(s);
  return out;
}

QList<TaskInfo> TopologyModel::tasksOf(const QString& service) const {
  QList<TaskInfo> out;
  for (const auto& t : tasks_)
    if (t.service == service) out.append(t);
  std::sort(out.begin(), out.end(),
            [](const TaskInfo& a, const TaskInfo& b) { return a.tUs < b.tUs; });
  return out;
}

QString TopologyModel::serviceOfInstance(const QString& instance) const {
  for (const auto& t : tasks_)
    if (t.instance == instance) return t.service;
  // The agents' instance names start with their service's name ("subscriber.1.3").
  const QString head = instance.section(QLatin1Char('.'), 0, 0);
  return service(head) ? head : QString();
}

QString TopologyModel::kindOfService(const QString& name) const {
  const auto* s = service(name);
  const auto* t = s ? lab_.templ(s->templateName) : nullptr;
  if (!t) t = lab_.templ(name);
  return t ? (t->kind.isEmpty() ? t->name : t->kind) : QString();
}

void TopologyModel::setRedisReachable(bool reachable) {
  if (reachable == redisReachable_) return;
  redisReachable_ = reachable;
  emit stateChanged();
}

bool TopologyModel::storageDown(const QString& node) const {
  if (redisReachable_) return false;
  for (const auto& s : services_)
    if (s.node == node && kindOfService(s.name) == QLatin1String("redis")) return true;
  return false;
}

QString TopologyModel::waitingReason(const QString& name) const {
  const ServiceInfo* s = service(name);
  if (!s) return {};
  if (!s->waiting.isEmpty()) return s->waiting;
  const NodeInfo* n = node(s->node);
  if (!n || n->hosted) return {};
  for (const auto& t : tasks_)
    if (t.service == name && t.state == TaskState::Running) return {};
  return tr("not started: no machine hosts %1; drag one onto its card").arg(s->node);
}

QString TopologyModel::unhostedText(const QString& name) const {
  const NodeInfo* n = node(name);
  if (!n || n->hosted) return {};
  return tr("no machine hosts %1: drag one here").arg(name);
}

QString TopologyModel::machineName(const QString& name) const {
  const NodeInfo* n = node(name);
  return n && !n->machine.isEmpty() ? n->machine : name;
}

QString TopologyModel::nodeToolTip(const QString& name) const {
  const NodeInfo* n = node(name);
  if (!n) return name;
  QStringList lines{name};
  if (!n->hosted)
    lines << unhostedText(name);
  else if (!n->inLab)
    lines << tr("machine %1, not a node of the lab: drag it onto a lab node's card to host it, or "
                "into a band")
                 .arg(machineName(name));
  else if (!n->machine.isEmpty() && n->machine != name)
    lines << tr("runs on machine %1").arg(n->machine);
  lines << nodeStateName(n->state);
  if (!n->detail.isEmpty() && n->hosted) lines << n->detail;
  return lines.join(QLatin1Char('\n'));
}

QString TopologyModel::chipToolTip(const QString& name) const {
  QStringList lines{name, chipStateText(chipState(name))};
  const QString why = waitingReason(name);
  if (!why.isEmpty()) lines << why;
  const auto tasks = tasksOf(name);
  if (!tasks.isEmpty() && !tasks.last().message.isEmpty()) lines << tasks.last().message;
  const QString activity = activityText(name);
  if (!activity.isEmpty()) lines << activity;
  return lines.join(QLatin1Char('\n'));
}

ChipState TopologyModel::chipState(const QString& name) const {
  if (!waitingReason(name).isEmpty()) return ChipState::Waiting;
  if (!redisReachable_ && kindOfService(name) == QLatin1String("redis")) return ChipState::Failed;
  for (const auto& c : pending_)
    if (c.service == name && c.kind == CommandKind::Restart) return ChipState::Restarting;
  const auto tasks = tasksOf(name);
  bool running = false, starting = false, stopping = false, failedBefore = false;
  for (const auto& t : tasks) {
    switch (t.state) {
      case TaskState::Running:
        running = true;
        break;
      case TaskState::Pending:
      case TaskState::Starting:
        starting = true;
        break;
      case TaskState::Stopping:
        stopping = true;
        break;
      case TaskState::Failed:
      case TaskState::Rejected:
        failedBefore = true;
        break;
      default:
        break;
    }
  }
  if (running) return ChipState::Running;
  if (starting) return failedBefore ? ChipState::Restarting : ChipState::Starting;
  if (stopping) return ChipState::Stopping;
  if (!tasks.isEmpty()) {
    const auto s = tasks.last().state;
    if (s == TaskState::Failed || s == TaskState::Rejected) return ChipState::Failed;
    return ChipState::Stopped;
  }
  return busy(name) ? ChipState::Starting : ChipState::Unknown;
}

double TopologyModel::rate(const QString& name) const {
  const qint64 now = nowMs();
  double sum = 0;
  bool any = false;
  for (const auto& t : tasks_) {
    if (t.service != name || t.state != TaskState::Running) continue;
    auto it = rates_.constFind(t.instance);
    if (it == rates_.constEnd() || now - it->atMs > kRateStaleMs) continue;
    sum += it->count;
    any = true;
  }
  return any ? sum : -1;
}

bool TopologyModel::busy(const QString& name) const {
  for (const auto& c : pending_)
    if (c.service == name) return true;
  return false;
}

qint64 TopologyModel::busySinceMs(const QString& name) const {
  for (const auto& c : pending_)
    if (c.service == name) return nowMs() - c.issuedLocalMs;
  return -1;
}

QString TopologyModel::activityText(const QString& name) const {
  for (const auto& c : pending_) {
    if (c.service != name) continue;
    return tr("%1… %2 ms").arg(commandRunningText(c.kind)).arg(nowMs() - c.issuedLocalMs);
  }
  return lastResult_.value(name);
}

QString TopologyModel::nodeActivity(const QString& nodeName) const {
  for (const auto& c : pending_) {
    if (c.node == nodeName && isNodeCommand(c.kind))
      return tr("%1…").arg(commandRunningText(c.kind));
  }
  return nodeResult_.value(nodeName);
}

bool TopologyModel::canDeploy(const QString& templateName, const QString& nodeName,
                              QString* why) const {
  auto fail = [why](const QString& s) {
    if (why) *why = s;
    return false;
  };
  const auto* t = lab_.templ(templateName);
  if (!t) return fail(tr("unknown service template '%1'").arg(templateName));
  const auto* n = node(nodeName);
  if (!n) return fail(tr("unknown node '%1'").arg(nodeName));
  if (!n->hosted)
    return fail(tr("no machine hosts %1: drag one onto its card first").arg(nodeName));
  if (n->state == NodeState::Down) return fail(tr("%1 is down").arg(nodeName));
  if (n->state == NodeState::Drain) return fail(tr("%1 is drained").arg(nodeName));
  if (n->layer == Layer::Unassigned)
    return fail(tr("%1 is not in a layer yet: drag it into a band first").arg(nodeName));
  // Layer, arch and capability rules are the core's (the same the timeline checker uses).
  NodeSpec spec;
  spec.name = n->name;
  spec.layer = n->layer;
  spec.arch = n->arch;
  spec.capabilities = n->capabilities;
  if (!canPlace(*t, spec, why)) return false;
  if (why) why->clear();
  return true;
}

bool TopologyModel::canMigrate(const QString& name, const QString& nodeName, QString* why) const {
  const auto* s = service(name);
  if (!s) {
    if (why) *why = tr("unknown service '%1'").arg(name);
    return false;
  }
  if (s->node == nodeName) {
    if (why) *why = tr("%1 already runs on %2").arg(name, nodeName);
    return false;
  }
  return canDeploy(s->templateName, nodeName, why);
}

bool TopologyModel::canHost(const QString& machine, const QString& labNode, QString* why) const {
  auto fail = [why](const QString& s) {
    if (why) *why = s;
    return false;
  };
  if (!traits_.machinesAssignable)
    return fail(tr("on this backend every lab node runs where the lab file puts it"));
  const NodeInfo* m = node(machine);
  const NodeInfo* l = node(labNode);
  if (!m) return fail(tr("unknown node '%1'").arg(machine));
  if (!l) return fail(tr("unknown node '%1'").arg(labNode));
  if (!l->inLab)
    return fail(
        tr("%1 is a machine, not a lab node: drop machines on a lab node's card").arg(labNode));
  if (machine == labNode)
    return fail(tr("drop %1 on another lab node's card to make its machine host that one too")
                    .arg(machine));
  if (m->id.isEmpty())
    return fail(tr("no machine hosts %1, so it cannot host %2").arg(machine, labNode));
  if (m->id == l->id) return fail(tr("%1 runs on %2 already").arg(labNode, machineName(machine)));
  if (why) why->clear();
  return true;
}

void TopologyModel::setNodes(const QList<NodeInfo>& nodes) {
  nodes_ = nodes;
  emit structureChanged();
}

void TopologyModel::setServices(const QList<ServiceInfo>& services) {
  services_ = services;
  emit structureChanged();
}

void TopologyModel::updateTask(const TaskInfo& task) {
  tasks_.insert(task.id, task);
  // Keep only the newest finished tasks: the history lives in the recorder, not here.
  int terminal = 0;
  for (const auto& t : std::as_const(tasks_)) terminal += isTerminal(t.state);
  if (terminal > kMaxTerminalTasks) {
    QList<TaskInfo> done;
    for (const auto& t : std::as_const(tasks_))
      if (isTerminal(t.state)) done.append(t);
    std::sort(done.begin(), done.end(),
              [](const TaskInfo& a, const TaskInfo& b) { return a.tUs < b.tUs; });
    for (int i = 0; i < done.size() - kMaxTerminalTasks / 2; ++i) {
      tasks_.remove(done[i].id);
      rates_.remove(done[i].instance);
    }
  }
  timer_.taskChanged(TaskRecord{toLab(task.tUs), task});
  emit stateChanged();
  takeEnded();
}

qint64 TopologyModel::toLab(qint64 localUs) const {
  return clock_ ? clock_->toLab(localUs) : localUs;
}

qint64 TopologyModel::labNowUs() const { return toLab(LabClock::localNowUs()); }

bool TopologyModel::waitsFirstMessage(const QString& svc) const {
  QString k = kindOfService(svc);
  if (k.isEmpty()) {
    // A deploy names its new service; its template is the name up to a '-' suffix.
    const auto* t = lab_.templ(svc.section(QLatin1Char('-'), 0, 0));
    if (t) k = t->kind.isEmpty() ? t->name : t->kind;
  }
  return wirenames::isAgentKind(k);
}

void TopologyModel::onCommandIssued(quint64 id, CommandKind kind, const QString& svc,
                                    const QString& nodeName, qint64 tUs) {
  CommandProgress c;
  c.id = id;
  c.kind = kind;
  c.service = svc;
  c.node = nodeName;
  // Agents stamp events in lab time (the Redis clock): compare like with like.
  c.issuedUs = toLab(tUs > 0 ? tUs : LabClock::localNowUs());
  c.issuedLocalMs = nowMs();
  pending_.append(c);

  IssuedCommand ic;
  ic.command.id = id;
  ic.command.kind = kind;
  ic.command.service = svc;
  ic.command.node = nodeName;
  ic.command.issuedUs = c.issuedUs;
  if (const auto* s = service(svc)) ic.command.order = s->order;
  for (const auto& t : tasksOf(svc)) ic.instancesBefore << t.instance;
  ic.waitsFirstMessage = waitsFirstMessage(svc);
  timer_.commandIssued(ic);
  emit stateChanged();
  takeEnded();
}

void TopologyModel::onCommandFinished(quint64 id, bool ok, const OrchestratorError& error) {
  const QString why = ok ? QString() : error.message.isEmpty() ? error.toString() : error.message;
  timer_.commandFinished(id, ok, labNowUs(), why);
  takeEnded();
}

void TopologyModel::onAgentEvent(const AgentEvent& e) {
  timer_.agentEvent(e);
  takeEnded();
}

void TopologyModel::onMetric(const MetricSample& m) {
  rates_.insert(m.instance, {double(m.count), nowMs()});
  if (ratesPending_) return;
  ratesPending_ = true;
  // Queued behind the rest of the batch telemetry has already posted.
  QMetaObject::invokeMethod(
      this,
      [this] {
        ratesPending_ = false;
        emit ratesChanged();
      },
      Qt::QueuedConnection);
}

void TopologyModel::expireCommands() {
  timer_.expire(labNowUs());
  takeEnded();
}

void TopologyModel::takeEnded() {
  for (const CommandTiming& t : timer_.takeEnded()) {
    auto it = std::find_if(pending_.begin(), pending_.end(),
                           [&t](const CommandProgress& c) { return c.id == t.command.id; });
    if (it == pending_.end()) continue;
    const CommandProgress c = *it;
    pending_.erase(it);
    if (t.durationMs) {
      complete(c, true, *t.durationMs, {});
      continue;
    }
    // Ended without a figure: the backend's own message, or which end never came.
    const qint64 timeoutS = timer_.options().timeoutUs / 1'000'000;
    QString why = t.command.error;
    if (why.isEmpty())
      why = t.command.finishedUs ? tr("no first message after %1 s").arg(timeoutS)
                                 : tr("no answer from the backend after %1 s").arg(timeoutS);
    complete(c, false, double(nowMs() - c.issuedLocalMs), why);
  }
}

void TopologyModel::complete(const CommandProgress& c, bool ok, double ms, const QString& error) {
  CommandResult r;
  r.id = c.id;
  r.kind = c.kind;
  r.service = c.service;
  r.node = c.node;
  r.ok = ok;
  r.ms = ms;
  r.issuedUs = c.issuedUs;
  r.text = ok ? commandDoneText(c.kind).arg(QString::number(ms, 'f', 0))
              : tr("%1 failed: %2").arg(commandName(c.kind), error);
  if (isNodeCommand(c.kind))
    nodeResult_.insert(c.node, r.text);
  else
    lastResult_.insert(c.service, r.text);
  results_.append(r);
  while (results_.size() > kMaxResults) results_.removeFirst();
  emit commandCompleted(r);
  emit stateChanged();
}

}  // namespace swarmlab
