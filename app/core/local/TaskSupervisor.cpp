#include "TaskSupervisor.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

#include <sys/prctl.h>
#include <unistd.h>
#include <chrono>
#include <csignal>

namespace swarmlab {

namespace {
Q_LOGGING_CATEGORY(SupervisorLog, "swarmlab.local")

/// Output without a newline is flushed as one line past this size.
constexpr qsizetype kMaxPartialLine = 65536;

/// The child dies with us (as dieWithParent) and runs `nice` steps below our priority.
void setUpChild(QProcess* p, int nice) {
  p->setChildProcessModifier([nice] {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    // Nothing to report from here: a child that cannot lower its priority runs at ours.
    if (nice > 0) {
      [[maybe_unused]] const int now = ::nice(nice);
    }
  });
}

qint64 nowMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}
}  // namespace

struct TaskSupervisor::Task {
  TaskInfo info;
  int slot = 1;
  RestartPolicy restart;
  QProcess* proc = nullptr;
  QTimer* killTimer = nullptr;
  QTimer* firstTimer = nullptr;
  bool stopRequested = false;
  bool nodeKilled = false;
  bool standIn = false;
  bool exited = false;
  bool firstMessage = false;
  bool agent = false;
  QString killNote;
  QByteArray partial;
  QList<std::function<void()>> onExit;
  QList<std::function<void(bool, QString)>> onFirst;
};

TaskSupervisor::TaskSupervisor(int stopTimeoutMs, int firstMessageTimeoutMs, QObject* parent)
    : QObject(parent),
      stopTimeoutMs_(stopTimeoutMs),
      firstMessageTimeoutMs_(firstMessageTimeoutMs) {
  qRegisterMetaType<TaskExit>();
}

TaskSupervisor::~TaskSupervisor() {
  // Last resort (normal path: stopAll): SIGKILL and reap every child, so none outlives us.
  for (auto& [_, t] : tasks_) {
    if (t->proc && t->proc->state() != QProcess::NotRunning) {
      t->proc->disconnect();  // no onExited while we iterate
      t->proc->kill();
      t->proc->waitForFinished(2000);
    }
  }
}

TaskSupervisor::Task* TaskSupervisor::find(const QString& instance) const {
  auto it = tasks_.find(instance);
  return it == tasks_.end() ? nullptr : it->second.get();
}

void TaskSupervisor::setState(Task* t, TaskState state, const QString& message) {
  t->info.state = state;
  t->info.message = message;
  t->info.tUs = std::chrono::duration_cast<std::chrono::microseconds>(
                    std::chrono::system_clock::now().time_since_epoch())
                    .count();
  emit taskChanged(t->info);
}

bool TaskSupervisor::start(const TaskSpec& spec) {
  auto owned = std::make_unique<Task>();
  Task* t = owned.get();
  t->slot = spec.slot;
  t->restart = spec.restart;
  t->agent = spec.agent;
  t->standIn = spec.standIn;
  t->info.id = t->info.instance = spec.instance;
  t->info.service = spec.service;
  t->info.node = spec.node;
  tasks_[spec.instance] = std::move(owned);
  if (spec.standIn) {
    setState(t, TaskState::Running, spec.standInMessage);
    return true;
  }
  setState(t, TaskState::Starting);
  if (spec.argv.isEmpty()) {
    t->exited = true;
    setState(t, TaskState::Rejected,
             tr("service template \"%1\" has no command").arg(spec.templateName));
    tasks_.erase(spec.instance);
    return false;
  }
  t->proc = new QProcess(this);
  t->proc->setProcessChannelMode(QProcess::MergedChannels);
  t->proc->setProcessEnvironment(spec.env);
  setUpChild(t->proc, spec.nice);
  wire(t);
  qCDebug(SupervisorLog) << "start" << spec.instance << "on" << spec.node << spec.argv;
  t->proc->start(spec.argv.first(), spec.argv.mid(1));
  return contains(spec.instance);  // a failure to start has already removed it
}

void TaskSupervisor::wire(Task* t) {
  QProcess* p = t->proc;
  connect(p, &QProcess::readyReadStandardOutput, p, [this, t] { readOutput(t); });
  connect(p, &QProcess::started, p, [this, t] {
    t->info.exitCode = 0;
    setState(t, TaskState::Running, tr("pid %1").arg(t->proc->processId()));
    if (!t->agent)
      for (auto& f : std::exchange(t->onFirst, {})) f(true, {});
  });
  connect(p, &QProcess::finished, p,
          [this, t](int code, QProcess::ExitStatus st) { onExited(t, code, st); });
  connect(p, &QProcess::errorOccurred, p, [this, t](QProcess::ProcessError e) {
    if (e != QProcess::FailedToStart) return;
    t->killNote = tr("cannot run %1: %2").arg(t->proc->program(), t->proc->errorString());
    onExited(t, -1, QProcess::CrashExit);
  });
  t->killTimer = new QTimer(p);
  t->killTimer->setSingleShot(true);
  connect(t->killTimer, &QTimer::timeout, p, [this, t] {
    t->killNote = tr("did not stop within %1 ms of SIGTERM: killed").arg(stopTimeoutMs_);
    t->proc->kill();
  });
}

void TaskSupervisor::readOutput(Task* t) {
  t->partial += t->proc->readAllStandardOutput();
  qsizetype from = 0, nl;
  while ((nl = t->partial.indexOf('\n', from)) >= 0) {
    emit logLine(t->info.instance, QString::fromLocal8Bit(t->partial.mid(from, nl - from)));
    from = nl + 1;
  }
  t->partial.remove(0, from);  // once per read, not once per line
  if (t->partial.size() > kMaxPartialLine) {
    emit logLine(t->info.instance, QString::fromLocal8Bit(t->partial));
    t->partial.clear();
  }
}

TaskExit TaskSupervisor::describeExit(const Task* t, int code, QProcess::ExitStatus status) const {
  TaskExit x;
  x.instance = t->info.instance;
  x.service = t->info.service;
  x.slot = t->slot;
  x.node = t->info.node;
  x.intentional = t->stopRequested;
  x.nodeDown = t->nodeKilled;
  x.failed = true;
  if (t->nodeKilled) {
    x.reason = tr("node %1 powered off (SIGKILL)").arg(t->info.node);
  } else if (!t->killNote.isEmpty()) {
    x.reason = t->killNote;
  } else if (status == QProcess::CrashExit) {
    x.reason = tr("killed by a signal");
  } else if (code != 0) {
    x.reason = tr("exited with code %1").arg(code);
  } else {
    x.reason = tr("exited with code 0");
    x.failed = false;
  }
  return x;
}

void TaskSupervisor::decideRestart(const Task* t, TaskExit* x) {
  if (x->intentional || (wanted_ && !wanted_(x->service))) return;
  const RestartPolicy& pol = t->restart;
  x->restart = pol.condition == RestartPolicy::Condition::Any ||
               (pol.condition == RestartPolicy::Condition::OnFailure && x->failed);
  if (!x->restart) return;
  // A node powered off is no fault of the service: rescheduling it costs no attempt.
  if (x->nodeDown) {
    x->note = tr("; restarting by policy");
    return;
  }
  auto& history = restarts_[x->service][x->slot];
  const qint64 now = nowMs();
  if (pol.windowMs > 0)
    while (!history.isEmpty() && history.first() < now - pol.windowMs) history.removeFirst();
  if (pol.maxAttempts > 0 && history.size() >= pol.maxAttempts) {
    x->restart = false;
    x->note = tr("; gave up after %1 restart attempts (max_attempts)").arg(pol.maxAttempts);
    return;
  }
  history.append(now);
  x->note = tr("; restarting by policy");
}

void TaskSupervisor::onExited(Task* t, int code, QProcess::ExitStatus status) {
  if (t->exited) return;
  t->exited = true;
  if (t->killTimer) t->killTimer->stop();
  if (t->firstTimer) t->firstTimer->stop();
  if (!t->partial.isEmpty()) emit logLine(t->info.instance, QString::fromLocal8Bit(t->partial));
  t->partial.clear();
  t->info.exitCode = status == QProcess::CrashExit ? -1 : code;
  TaskExit x = describeExit(t, code, status);
  decideRestart(t, &x);
  if (x.intentional)
    setState(t, TaskState::Stopped, t->killNote.isEmpty() ? tr("stopped") : t->killNote);
  else
    setState(t, x.failed ? TaskState::Failed : TaskState::Stopped, x.reason + x.note);
  auto firsts = std::exchange(t->onFirst, {});
  auto exits = std::exchange(t->onExit, {});
  if (t->proc) {
    QObject::disconnect(t->proc, nullptr, nullptr, nullptr);  // its lambdas hold t
    t->proc->deleteLater();
  }
  tasks_.erase(x.instance);  // t is gone from here on
  for (auto& f : firsts) f(false, x.reason);
  for (auto& e : exits) e();
  emit taskExited(x);
}

void TaskSupervisor::stop(const QString& instance, std::function<void()> done, bool hard) {
  Task* t = find(instance);
  if (!t || t->exited) {
    if (done) done();
    return;
  }
  if (t->standIn) {
    t->exited = true;
    setState(t, TaskState::Stopped, tr("stopped (the lab's Redis keeps running)"));
    TaskExit x;
    x.instance = instance;
    x.service = t->info.service;
    x.slot = t->slot;
    x.node = t->info.node;
    x.intentional = true;
    tasks_.erase(instance);
    if (done) done();
    emit taskExited(x);
    return;
  }
  if (done) t->onExit.append(std::move(done));
  if (t->stopRequested && !hard) return;
  t->stopRequested = true;
  if (t->info.state != TaskState::Stopping) setState(t, TaskState::Stopping);
  if (hard) {
    t->proc->kill();
  } else {
    t->proc->terminate();
    t->killTimer->start(stopTimeoutMs_);
  }
}

void TaskSupervisor::stopAll(const QStringList& instances, std::function<void()> done) {
  if (instances.isEmpty()) {
    if (done) done();
    return;
  }
  auto remaining = std::make_shared<int>(int(instances.size()));
  for (const auto& i : instances) {
    stop(i, [remaining, done] {
      if (--*remaining == 0 && done) done();
    });
  }
}

void TaskSupervisor::killNode(const QString& node) {
  QList<Task*> victims;
  for (const auto& [_, t] : tasks_)
    if (t->info.node == node && !t->exited) victims.append(t.get());
  for (auto* t : victims) {
    t->nodeKilled = true;
    // The lab's Redis itself keeps running (it is shared by the whole embedded lab).
    if (!t->standIn) t->proc->kill();
  }
}

int TaskSupervisor::failStandIns(const QString& reason) {
  QList<Task*> standIns;
  for (const auto& [_, t] : tasks_)
    if (t->standIn && !t->exited && !t->stopRequested) standIns.append(t.get());
  for (auto* t : standIns) {
    t->nodeKilled = false;  // whatever its node does, this end is the process's own
    t->killNote = reason;
    onExited(t, -1, QProcess::CrashExit);
  }
  return int(standIns.size());
}

void TaskSupervisor::whenFirstMessage(const QString& instance,
                                      std::function<void(bool, QString)> done) {
  Task* t = find(instance);
  if (!t) {
    done(false, tr("%1 has exited").arg(instance));
    return;
  }
  if (t->standIn || t->firstMessage || (!t->agent && t->info.state == TaskState::Running)) {
    done(true, {});
    return;
  }
  t->onFirst.append(std::move(done));
  if (!t->agent) return;
  if (!t->firstTimer) {
    t->firstTimer = new QTimer(t->proc);
    t->firstTimer->setSingleShot(true);
    connect(t->firstTimer, &QTimer::timeout, t->proc, [this, t] {
      const QString why = tr("no first_message from %1 within %2 ms")
                              .arg(t->info.instance)
                              .arg(firstMessageTimeoutMs_);
      for (auto& f : std::exchange(t->onFirst, {})) f(false, why);
    });
  }
  t->firstTimer->start(firstMessageTimeoutMs_);
}

void TaskSupervisor::noteFirstMessage(const QString& instance) {
  Task* t = find(instance);
  if (!t) return;
  t->firstMessage = true;
  if (t->firstTimer) t->firstTimer->stop();
  for (auto& f : std::exchange(t->onFirst, {})) f(true, {});
}

QStringList TaskSupervisor::live(const QString& service) const {
  QStringList out;
  for (const auto& [i, t] : tasks_)
    if (t->info.service == service && !t->exited && !t->stopRequested) out << i;
  return out;
}

QStringList TaskSupervisor::running(const QString& service) const {
  QStringList out;
  for (const auto& [i, t] : tasks_)
    if ((service.isEmpty() || t->info.service == service) && !t->exited) out << i;
  return out;
}

QList<int> TaskSupervisor::liveSlots(const QString& service) const {
  QList<int> out;
  for (const auto& i : live(service)) out << find(i)->slot;
  return out;
}

QStringList TaskSupervisor::liveAbove(const QString& service, int replicas) const {
  QStringList out;
  for (const auto& i : live(service))
    if (find(i)->slot > replicas) out << i;
  return out;
}

QList<TaskInfo> TaskSupervisor::tasks() const {
  QList<TaskInfo> out;
  for (const auto& [_, t] : tasks_) out.append(t->info);
  return out;
}

QList<qint64> TaskSupervisor::pids() const {
  QList<qint64> out;
  for (const auto& [_, t] : tasks_)
    if (t->proc && t->proc->processId() > 0) out.append(t->proc->processId());
  return out;
}

bool TaskSupervisor::allExited() const {
  for (const auto& [_, t] : tasks_)
    if (!t->exited) return false;
  return true;
}

}  // namespace swarmlab
