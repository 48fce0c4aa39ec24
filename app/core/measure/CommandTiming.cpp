#include "CommandTiming.h"

#include <QSet>

#include <algorithm>
#include <tuple>

#include "WireNames.h"

namespace swarmlab {

namespace {

double ms(qint64 us) { return double(us) / 1000.0; }

/// Commands whose measure ends at a new instance: the paper's A/B, C, D.
bool startsInstance(CommandKind k) {
  return k == CommandKind::Deploy || k == CommandKind::Migrate || k == CommandKind::Restart;
}

bool replaces(CommandKind k) { return k == CommandKind::Migrate || k == CommandKind::Restart; }

}  // namespace

/// Forgets settled timings beyond keepTimings when a feeding call returns (never while one
/// loops over the entries).
struct CommandTimer::PruneOnExit {
  explicit PruneOnExit(CommandTimer* t) : timer(t) {}
  ~PruneOnExit() { timer->prune(); }
  CommandTimer* timer;
};

CommandTimer::CommandTimer() : CommandTimer(Options{}) {}

CommandTimer::CommandTimer(Options options) : opt_(options) {}

QString CommandTimer::serviceOf(const QString& instance) const {
  auto it = serviceOfTask_.constFind(instance);
  if (it != serviceOfTask_.constEnd()) return *it;
  // The agents' instance names start with their service's name ("subscriber-2.1.3").
  return instance.section(QLatin1Char('.'), 0, 0);
}

CommandTimer::Instance& CommandTimer::instance(const QString& name, qint64 tUs) {
  auto it = instances_.find(name);
  if (it == instances_.end()) {
    it = instances_.insert(name, {});
    it->firstSeenUs = tUs;
  }
  it->lastSeenUs = std::max(it->lastSeenUs, tUs);
  return *it;
}

CommandTimer::Entry* CommandTimer::entry(quint64 id) {
  for (auto& e : entries_)
    if (e.t.command.id == id) return &e;
  return nullptr;
}

bool CommandTimer::fresh(const Entry& e, const QString& inst, qint64 tUs) const {
  const qint64 issued = e.t.command.issuedUs;
  return tUs >= issued || (tUs >= issued - opt_.clockSlackUs && !e.before.contains(inst));
}

void CommandTimer::commandIssued(const IssuedCommand& c) {
  const PruneOnExit prune(this);
  Entry e;
  e.t.command = c.command;
  e.t.command.ok = false;
  e.t.command.finishedUs = 0;
  e.t.command.error.clear();
  e.waits = c.waitsFirstMessage && startsInstance(c.command.kind);
  e.before = c.instancesBefore;
  const qint64 issued = c.command.issuedUs;
  for (auto it = instances_.cbegin(); it != instances_.cend(); ++it) {
    if (serviceOf(it.key()) != c.command.service) continue;
    const Instance& in = it.value();
    // Known to the backend, or seen well before: not an instance this command started. One
    // seen only by its events just before may be (a clock a little ahead on Swarm).
    const bool old = in.hasTask || in.firstSeenUs < issued - opt_.clockSlackUs;
    if (old && !e.before.contains(it.key())) e.before << it.key();
    if (!e.before.contains(it.key())) continue;
    // Running when issued: it had its first message before and has not stopped since.
    if (!in.firstMessages.isEmpty() && in.firstMessages.first() <= issued &&
        !in.stoppedSinceFirstMessage)
      e.running << it.key();
  }
  std::sort(e.running.begin(), e.running.end());
  if (replaces(c.command.kind) && e.running.size() == 1) e.t.oldInstance = e.running.first();
  entries_.push_back(std::move(e));
  if (startsInstance(c.command.kind)) findEarlier(entries_.back());
}

// Replayed in lab-time order, a first message (or task) a little before its command comes
// before it: it may still end the measure, as it would live where it arrives after.
void CommandTimer::findEarlier(Entry& e) {
  const CommandRecord& c = e.t.command;
  std::optional<std::pair<qint64, QString>> best;
  for (auto it = instances_.cbegin(); it != instances_.cend(); ++it) {
    if (serviceOf(it.key()) != c.service || e.before.contains(it.key())) continue;
    if (c.kind == CommandKind::Migrate && !it->node.isEmpty() && it->node != c.node) continue;
    QList<qint64> times = it->firstMessages;
    if (!e.waits) times = it->runningUs ? QList<qint64>{*it->runningUs} : QList<qint64>{};
    for (qint64 t : times)
      if (fresh(e, it.key(), t) && (!best || t < best->first)) best = std::make_pair(t, it.key());
  }
  if (best) end(e, best->first, best->second);
}

void CommandTimer::commandFinished(quint64 id, bool ok, qint64 finishedUs, const QString& error) {
  const PruneOnExit prune(this);
  Entry* e = entry(id);
  if (!e || e->answered) return;
  e->answered = true;
  e->t.command.ok = ok;
  e->t.command.finishedUs = finishedUs;
  e->t.command.error = ok ? QString() : error;
  if (e->t.ended) return;
  if (!ok) {
    end(*e, std::nullopt, {}, QStringLiteral("command failed: %1").arg(error));
  } else if (!startsInstance(e->t.command.kind)) {
    e->t.durationMs = ms(std::max<qint64>(0, finishedUs - e->t.command.issuedUs));
    end(*e, std::nullopt, {});
  }
}

void CommandTimer::taskChanged(const TaskRecord& r) {
  const PruneOnExit prune(this);
  const QString& inst = r.task.instance;
  if (inst.isEmpty()) return;
  const bool mapped = !r.task.service.isEmpty() && serviceOf(inst) != r.task.service;
  if (!r.task.service.isEmpty()) serviceOfTask_.insert(inst, r.task.service);
  Instance& in = instance(inst, r.tUs);
  in.hasTask = true;
  if (!r.task.node.isEmpty()) in.node = r.task.node;
  if (r.task.state == TaskState::Running) {
    in.runningUs = r.tUs;
    matchTask(r);
  }
  // A first message that came before its task said which service it belongs to.
  if (mapped)
    for (qint64 t : QList<qint64>(in.firstMessages)) matchFirstMessage(inst, t, in.node);
}

void CommandTimer::agentEvent(const AgentEvent& ev) {
  const PruneOnExit prune(this);
  if (ev.instance.isEmpty()) return;
  Instance& in = instance(ev.instance, ev.tUs);
  if (!ev.node.isEmpty()) in.node = ev.node;
  if (ev.event == wirenames::kFirstMessage) {
    in.firstMessages << ev.tUs;
    if (ev.seq) in.firstMessageSeq.insert(ev.tUs, *ev.seq);
    in.stoppedSinceFirstMessage = false;
    matchFirstMessage(ev.instance, ev.tUs, ev.node);
  } else if (ev.event == wirenames::kStopping || ev.event == wirenames::kStopped) {
    in.stoppedSinceFirstMessage = true;
    noteStop(ev);
  }
}

void CommandTimer::matchFirstMessage(const QString& inst, qint64 tUs, const QString& node) {
  const QString svc = serviceOf(inst);
  for (auto& e : entries_) {
    const CommandRecord& c = e.t.command;
    if (e.t.ended || !e.waits || c.service != svc || !fresh(e, inst, tUs)) continue;
    if (c.kind == CommandKind::Migrate &&
        (e.running.contains(inst) || (!node.isEmpty() && node != c.node)))
      continue;
    end(e, tUs, inst);
  }
}

void CommandTimer::matchTask(const TaskRecord& r) {
  for (auto& e : entries_) {
    const CommandRecord& c = e.t.command;
    if (e.t.ended || e.waits || !startsInstance(c.kind) || c.service != r.task.service ||
        !fresh(e, r.task.instance, r.tUs))
      continue;
    if (c.kind == CommandKind::Migrate && r.task.node != c.node) continue;
    end(e, r.tUs, r.task.instance);
  }
}

// The old instance of a migrate/restart is the one running when it was issued; with several,
// the first of them to stop after it.
void CommandTimer::noteStop(const AgentEvent& ev) {
  const bool stopped = ev.event == wirenames::kStopped;
  for (auto& e : entries_) {
    if (e.settled || !replaces(e.t.command.kind) || ev.tUs < e.t.command.issuedUs) continue;
    if (e.t.oldInstance.isEmpty() && e.running.contains(ev.instance)) e.t.oldInstance = ev.instance;
    if (e.t.oldInstance != ev.instance) continue;
    if (stopped && !e.t.oldStoppedUs) {
      e.t.oldStoppedUs = ev.tUs;
      e.oldStoppedLastUpdateUs = ev.lastUpdateUs;
      e.oldStoppedSeq = ev.seq;
    } else if (!stopped && !e.oldStoppingUs) {
      e.oldStoppingUs = ev.tUs;
      e.oldStoppingLastUpdateUs = ev.lastUpdateUs;
      e.oldStoppingSeq = ev.seq;
    }
    if (e.t.ended && e.t.oldStoppedUs) settle(e);
  }
}

void CommandTimer::end(Entry& e, std::optional<qint64> atUs, const QString& who,
                       const QString& note) {
  if (e.t.ended) return;
  e.t.ended = true;
  if (atUs) {
    const qint64 issued = e.t.command.issuedUs;
    e.t.newInstance = who;
    if (e.waits) {
      e.t.firstMessageUs = *atUs;
      const auto in = instances_.constFind(who);
      if (in != instances_.constEnd() && in->firstMessageSeq.contains(*atUs))
        e.t.newFirstSeq = in->firstMessageSeq.value(*atUs);
    }
    e.t.durationMs = ms(std::max<qint64>(0, *atUs - issued));
    if (*atUs < issued)
      e.t.note = QStringLiteral("%1 came %2 ms before the command (clock offset): counted as 0")
                     .arg(e.waits ? QStringLiteral("first_message of %1").arg(who)
                                  : QStringLiteral("task %1 running").arg(who))
                     .arg(ms(issued - *atUs));
  }
  if (!note.isEmpty()) e.t.note = note;
  const bool settles =
      !replaces(e.t.command.kind) || !e.t.durationMs || e.running.isEmpty() || e.t.oldStoppedUs;
  if (settles) e.settled = true;
  ended_ << snapshot(e);
}

void CommandTimer::settle(Entry& e) { e.settled = true; }

void CommandTimer::expire(qint64 labNowUs) {
  const PruneOnExit prune(this);
  for (auto& e : entries_) {
    if (e.settled || labNowUs - e.t.command.issuedUs <= opt_.timeoutUs) continue;
    if (!e.t.ended) {
      const QString svc = e.t.command.service;
      const QString within = QString::number(opt_.timeoutUs / 1000000);
      QString why;
      if (!e.answered)
        why = QStringLiteral("no answer from the backend within %1 s").arg(within);
      else if (e.waits)
        why = QStringLiteral("no first_message of %1 within %2 s").arg(svc, within);
      else
        why = QStringLiteral("no new task of %1 running within %2 s").arg(svc, within);
      end(e, std::nullopt, {}, why);
    }
    settle(e);
  }
  if (opt_.keepTimings <= 0) return;
  // Live: forget instances silent for long that stopped (or never sent a first message).
  const qint64 horizon = labNowUs - 2 * opt_.timeoutUs;
  for (auto it = instances_.begin(); it != instances_.end();) {
    if (it->lastSeenUs < horizon && (it->stoppedSinceFirstMessage || it->firstMessages.isEmpty())) {
      serviceOfTask_.remove(it.key());
      it = instances_.erase(it);
    } else {
      ++it;
    }
  }
}

void CommandTimer::finishAll() {
  for (auto& e : entries_) {
    if (!e.t.ended) {
      const QString svc = e.t.command.service;
      QString why;
      if (!e.answered)
        why = QStringLiteral("command never finished");
      else if (!e.waits)
        why = QStringLiteral("no new task of %1 running after the command").arg(svc);
      else if (e.t.command.kind == CommandKind::Migrate)
        why = QStringLiteral("no first_message of a new %1 instance").arg(svc);
      else
        why = QStringLiteral("no first_message of %1 after the command").arg(svc);
      end(e, std::nullopt, {}, why);
    }
    settle(e);
  }
}

void CommandTimer::prune() {
  if (opt_.keepTimings <= 0) return;
  qsizetype settled = 0;
  for (const auto& e : entries_) settled += e.settled;
  while (settled > opt_.keepTimings && !entries_.empty() && entries_.front().settled) {
    entries_.pop_front();
    --settled;
  }
}

void CommandTimer::addStopFigures(const Entry& e, CommandTiming* t, QStringList* notes) {
  const CommandRecord& c = t->command;
  if (t->oldInstance.isEmpty()) {
    *notes
        << QStringLiteral("no running instance of %1 when the command was issued").arg(c.service);
    return;
  }
  const qint64 last = std::max(e.oldStoppedLastUpdateUs, e.oldStoppingLastUpdateUs);
  if (last > 0)
    t->oldLastUpdateUs = last;
  else if (e.oldStoppingUs)
    t->oldLastUpdateUs = *e.oldStoppingUs;
  else if (t->oldStoppedUs)
    t->oldLastUpdateUs = *t->oldStoppedUs;
  if (t->oldStoppedUs)
    t->stopMs = ms(*t->oldStoppedUs - c.issuedUs);
  else
    *notes << QStringLiteral("%1 never reported stopped").arg(t->oldInstance);
  if (t->oldLastUpdateUs && t->firstMessageUs)
    t->gapMs = ms(*t->firstMessageUs - *t->oldLastUpdateUs);
  if (e.oldStoppingSeq || e.oldStoppedSeq)
    t->oldLastSeq = std::max(e.oldStoppingSeq.value_or(0), e.oldStoppedSeq.value_or(0));
  if (last == 0 && t->oldLastUpdateUs)
    *notes << QStringLiteral("%1 reported no last_update_us; its stop event is used")
                  .arg(t->oldInstance);
}

CommandTiming CommandTimer::snapshot(const Entry& e) const {
  CommandTiming t = e.t;
  const CommandRecord& c = t.command;
  QStringList notes;
  if (!t.note.isEmpty()) notes << t.note;
  if (c.ok == false && e.answered && !t.note.startsWith(QLatin1String("command failed")))
    notes << QStringLiteral("command failed: %1").arg(c.error);
  if (!e.answered && e.settled && t.durationMs) notes << QStringLiteral("command never finished");
  if (replaces(c.kind) && !c.ok) {
    t.oldInstance.clear();  // a failed command replaced nothing
    t.oldStoppedUs.reset();
  } else if (replaces(c.kind) && e.settled) {
    if (t.oldInstance.isEmpty() && !e.running.isEmpty()) t.oldInstance = e.running.first();
    addStopFigures(e, &t, &notes);
  }
  t.note = notes.join(QStringLiteral("; "));
  return t;
}

QList<CommandTiming> CommandTimer::takeEnded() { return std::exchange(ended_, {}); }

QList<CommandTiming> CommandTimer::timings() const {
  QList<CommandTiming> out;
  for (const auto& e : entries_) out << snapshot(e);
  return out;
}

QList<CommandRecord> CommandTimer::openCommands() const {
  QList<CommandRecord> out;
  for (const auto& e : entries_)
    if (!e.t.ended) out << e.t.command;
  return out;
}

QList<CommandTiming> CommandTimer::replay(const RunData& run, Options options) {
  QHash<QString, QString> serviceOf;
  for (const auto& t : run.tasks)
    if (!t.task.instance.isEmpty() && !t.task.service.isEmpty())
      serviceOf.insert(t.task.instance, t.task.service);
  QSet<QString> agentServices;
  for (const auto& e : run.events)
    agentServices.insert(serviceOf.value(e.instance, e.instance.section(QLatin1Char('.'), 0, 0)));

  // Lab-time order; at the same microsecond a command comes before what it caused.
  enum Kind { kIssued, kTask, kEvent, kFinished };
  struct Item {
    qint64 t;
    int kind;
    int index;
  };
  QList<Item> items;
  for (int i = 0; i < run.commands.size(); ++i) {
    items << Item{run.commands[i].issuedUs, kIssued, i};
    if (run.commands[i].finishedUs) items << Item{run.commands[i].finishedUs, kFinished, i};
  }
  for (int i = 0; i < run.tasks.size(); ++i) items << Item{run.tasks[i].tUs, kTask, i};
  for (int i = 0; i < run.events.size(); ++i) items << Item{run.events[i].tUs, kEvent, i};
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return std::tie(a.t, a.kind) < std::tie(b.t, b.kind);
  });

  CommandTimer timer(options);
  for (const Item& it : items) {
    timer.expire(it.t);
    switch (it.kind) {
      case kIssued: {
        const CommandRecord& c = run.commands[it.index];
        IssuedCommand ic;
        ic.command = c;
        ic.waitsFirstMessage = agentServices.contains(c.service);
        timer.commandIssued(ic);
        break;
      }
      case kFinished: {
        const CommandRecord& c = run.commands[it.index];
        timer.commandFinished(c.id, c.ok, c.finishedUs, c.error);
        break;
      }
      case kTask:
        timer.taskChanged(run.tasks[it.index]);
        break;
      case kEvent:
        timer.agentEvent(run.events[it.index]);
        break;
    }
  }
  timer.finishAll();
  return timer.timings();
}

}  // namespace swarmlab
