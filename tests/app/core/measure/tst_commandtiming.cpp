// CommandTimer, the one definition of a command's timing: fed live in arrival order (as the
// console does) and replayed from the recorded run (as Measurements does), the same events give
// the same milliseconds; a first_message a little before its command (Swarm clocks) counts only
// for a new instance; failures and timeouts end a measure without a figure.
#include <QtTest>

#include <functional>

#include "CommandTiming.h"
#include "Measurements.h"

using namespace swarmlab;

namespace {

constexpr qint64 T0 = 1700000000LL * 1000000;  // lab µs of the run start
qint64 at(double s) { return T0 + qint64(std::llround(s * 1e6)); }

CommandRecord command(quint64 id, CommandKind k, const QString& svc, const QString& node,
                      double s) {
  CommandRecord c;
  c.id = id;
  c.kind = k;
  c.service = svc;
  c.node = node;
  c.issuedUs = at(s);
  return c;
}

AgentEvent agentEvent(double s, const QString& inst, const QString& node, const QString& ev,
                      double lastUpdateS = 0) {
  AgentEvent e;
  e.tUs = at(s);
  e.kind = QStringLiteral("subscriber");
  e.instance = inst;
  e.node = node;
  e.event = ev;
  e.lastUpdateUs = lastUpdateS ? at(lastUpdateS) : 0;
  return e;
}

TaskRecord task(double s, const QString& inst, const QString& svc, const QString& node,
                TaskState st) {
  TaskRecord r;
  r.tUs = at(s);
  r.task.id = inst;
  r.task.instance = inst;
  r.task.service = svc;
  r.task.node = node;
  r.task.state = st;
  r.task.tUs = r.tUs;
  return r;
}

/// One run fed to a timer the way the console sees it: in arrival order, each thing once.
/// The recorded RunData gets the same records, so that replay() sees exactly what was fed.
class Live {
 public:
  explicit Live(CommandTimerOptions o = {}) : timer(o) {}

  void issue(CommandRecord c, bool waits = true) {
    IssuedCommand ic;
    ic.command = c;
    ic.waitsFirstMessage = waits;
    for (const auto& t : run.tasks)
      if (t.task.service == c.service && !ic.instancesBefore.contains(t.task.instance))
        ic.instancesBefore << t.task.instance;
    timer.commandIssued(ic);
    run.commands << c;
    collect();
  }
  void finish(quint64 id, bool ok, double s, const QString& error = {}) {
    timer.commandFinished(id, ok, at(s), error);
    for (auto& c : run.commands)
      if (c.id == id) {
        c.ok = ok;
        c.finishedUs = at(s);
        c.error = error;
      }
    collect();
  }
  void taskAt(const TaskRecord& r) {
    timer.taskChanged(r);
    run.tasks << r;
    collect();
  }
  void eventAt(const AgentEvent& e) {
    timer.agentEvent(e);
    run.events << e;
    collect();
  }
  void tick(double s) {
    timer.expire(at(s));
    collect();
  }
  /// What the console's chip would have said for that command: its measured ms, or nothing.
  std::optional<double> chip(quint64 id) const {
    for (const auto& t : ended)
      if (t.command.id == id) return t.durationMs;
    return std::nullopt;
  }
  const CommandTiming* endedTiming(quint64 id) const {
    for (const auto& t : ended)
      if (t.command.id == id) return &t;
    return nullptr;
  }

  CommandTimer timer;
  RunData run;
  QList<CommandTiming> ended;

 private:
  void collect() { ended << timer.takeEnded(); }
};

const CommandTiming* find(const QList<CommandTiming>& ts, quint64 id) {
  for (const auto& t : ts)
    if (t.command.id == id) return &t;
  return nullptr;
}

}  // namespace

class TestCommandTiming : public QObject {
  Q_OBJECT
 private slots:
  // A deploy, a stop-first migrate and a start-first restart of the embedded lab, fed as the
  // console receives them (telemetry events arrive ~50 ms after the commands and tasks), then
  // the same records replayed: every ms is the same, and the chip ms is summary.csv's.
  void liveAndReplayGiveTheSameMs() {
    Live l;
    l.issue(command(1, CommandKind::Deploy, "subscriber", "pi1", 1.000));
    l.taskAt(task(1.002, "subscriber.1.1", "subscriber", "pi1", TaskState::Starting));
    l.taskAt(task(1.004, "subscriber.1.1", "subscriber", "pi1", TaskState::Running));
    l.finish(1, true, 1.005);
    l.eventAt(agentEvent(1.030, "subscriber.1.1", "pi1", "started"));
    l.eventAt(agentEvent(1.081, "subscriber.1.1", "pi1", "first_message"));
    QCOMPARE(*l.chip(1), 81.0);

    l.issue(command(2, CommandKind::Migrate, "subscriber", "pi2", 10.000));
    l.taskAt(task(10.001, "subscriber.1.1", "subscriber", "pi1", TaskState::Stopping));
    l.eventAt(agentEvent(10.010, "subscriber.1.1", "pi1", "stopping", 10.008));
    l.eventAt(agentEvent(10.020, "subscriber.1.1", "pi1", "stopped", 10.008));
    l.taskAt(task(10.021, "subscriber.1.1", "subscriber", "pi1", TaskState::Stopped));
    l.taskAt(task(10.022, "subscriber.1.2", "subscriber", "pi2", TaskState::Starting));
    l.finish(2, true, 10.023);
    l.eventAt(agentEvent(10.090, "subscriber.1.2", "pi2", "first_message"));
    QCOMPARE(*l.chip(2), 90.0);

    l.issue(command(3, CommandKind::Restart, "subscriber", "pi2", 20.000));
    l.taskAt(task(20.001, "subscriber.1.3", "subscriber", "pi2", TaskState::Starting));
    l.eventAt(agentEvent(20.070, "subscriber.1.3", "pi2", "first_message"));
    l.eventAt(agentEvent(20.075, "subscriber.1.2", "pi2", "stopping", 20.071));
    l.eventAt(agentEvent(20.080, "subscriber.1.2", "pi2", "stopped", 20.071));
    l.finish(3, true, 20.081);
    QCOMPARE(*l.chip(3), 70.0);

    l.timer.finishAll();
    const QList<CommandTiming> live = l.timer.timings();
    const QList<CommandTiming> replayed = CommandTimer::replay(l.run);
    QCOMPARE(replayed.size(), 3);
    for (quint64 id : {1, 2, 3}) {
      const CommandTiming* a = find(live, id);
      const CommandTiming* b = find(replayed, id);
      QVERIFY(a && b);
      QCOMPARE(*b->durationMs, *l.chip(id));
      QCOMPARE(a->durationMs, b->durationMs);
      QCOMPARE(a->stopMs, b->stopMs);
      QCOMPARE(a->gapMs, b->gapMs);
      QCOMPARE(a->oldInstance, b->oldInstance);
      QCOMPARE(a->newInstance, b->newInstance);
      QCOMPARE(a->note, b->note);
    }
    // The migrate's stop and gap, and the start-first restart's negative gap.
    QCOMPARE(*find(replayed, 2)->stopMs, 20.0);
    QCOMPARE(*find(replayed, 2)->gapMs, 82.0);
    QCOMPARE(find(replayed, 2)->oldInstance, QStringLiteral("subscriber.1.1"));
    QCOMPARE(*find(replayed, 3)->gapMs, -1.0);
    // Measurements' deploy_time is the chip's number.
    l.run.startUs = at(0);
    l.run.endUs = at(30);
    const auto summary = computeSummary(l.run);
    QCOMPARE(findMeasure(summary, "deploy_time[subscriber@pi1]")->value, *l.chip(1));
    QCOMPARE(findMeasure(summary, "restart_time[subscriber]")->value, *l.chip(3));
  }

  // Swarm: the Redis clock is 0.4 s behind the manager's, so the new instance's first_message
  // is stamped before the command. Live it arrives after the command, replayed it comes first:
  // both count it (as 0 ms, with a note).
  void firstMessageSlightlyBeforeItsCommand() {
    Live l;
    l.issue(command(1, CommandKind::Deploy, "publisher", "manager", 5.000));
    l.eventAt(agentEvent(4.600, "x7f3a", "manager", "first_message"));
    l.taskAt(task(5.300, "x7f3a", "publisher", "manager", TaskState::Running));
    QCOMPARE(*l.chip(1), 0.0);
    QVERIFY2(l.endedTiming(1)->note.contains("clock offset"), qPrintable(l.endedTiming(1)->note));
    const auto replayed = CommandTimer::replay(l.run);
    QCOMPARE(*find(replayed, 1)->durationMs, 0.0);
    QCOMPARE(find(replayed, 1)->newInstance, QStringLiteral("x7f3a"));
  }

  // An instance that existed before the command (its task was known) never ends it with a first
  // message stamped before the command, however close: here the deploy's first message, stamped
  // 50 ms before a restart, arrives after the restart was issued (telemetry lags).
  void oldInstanceDoesNotEndAMeasure() {
    Live l;
    l.issue(command(1, CommandKind::Deploy, "subscriber", "pi1", 0.0));
    l.taskAt(task(0.001, "subscriber.1.1", "subscriber", "pi1", TaskState::Running));
    l.issue(command(2, CommandKind::Restart, "subscriber", "pi1", 1.0));
    l.eventAt(agentEvent(0.950, "subscriber.1.1", "pi1", "first_message"));
    QCOMPARE(*l.chip(1), 950.0);
    QVERIFY(!l.chip(2));
    l.eventAt(agentEvent(1.060, "subscriber.1.2", "pi1", "first_message"));
    QCOMPARE(*l.chip(2), 60.0);
    const auto replayed = CommandTimer::replay(l.run);
    QCOMPARE(*find(replayed, 1)->durationMs, 950.0);
    QCOMPARE(*find(replayed, 2)->durationMs, 60.0);
  }

  // Start-first: the old instance showed message 5000 at 20.071 s, the new one showed it too,
  // a few µs later (a positive gap in time), then went on: no message missed (seq step 0). A
  // stop-first handover that skipped 44 messages says so. Live and replayed agree.
  void handoverCountsClockMessagesBySeq() {
    auto withSeq = [](AgentEvent e, quint64 seq) {
      e.seq = seq;
      return e;
    };
    Live l;
    l.issue(command(1, CommandKind::Deploy, "subscriber", "pi1", 1.0));
    l.finish(1, true, 1.01);
    l.eventAt(withSeq(agentEvent(1.05, "subscriber.1.1", "pi1", "first_message"), 10));
    l.issue(command(2, CommandKind::Restart, "subscriber", "pi1", 20.0));
    l.finish(2, true, 20.01);
    l.eventAt(withSeq(agentEvent(20.071004, "subscriber.1.2", "pi1", "first_message"), 5000));
    l.eventAt(withSeq(agentEvent(20.072, "subscriber.1.1", "pi1", "stopping", 20.071), 5000));
    l.eventAt(withSeq(agentEvent(20.080, "subscriber.1.1", "pi1", "stopped", 20.071), 5000));
    l.issue(command(3, CommandKind::Migrate, "subscriber", "pi2", 30.0));
    l.finish(3, true, 30.01);
    l.eventAt(withSeq(agentEvent(30.010, "subscriber.1.2", "pi1", "stopping", 30.008), 9000));
    l.eventAt(withSeq(agentEvent(30.020, "subscriber.1.2", "pi1", "stopped", 30.008), 9000));
    l.eventAt(withSeq(agentEvent(30.098, "subscriber.1.3", "pi2", "first_message"), 9045));
    l.timer.finishAll();
    const auto live = l.timer.timings();
    const auto replayed = CommandTimer::replay(l.run);
    for (const auto& ts : {live, replayed}) {
      const CommandTiming* restart = find(ts, 2);
      QVERIFY(restart && restart->gapMs);
      QVERIFY2(*restart->gapMs > 0, "the time gap alone reads as a gap");
      QCOMPARE(*restart->oldLastSeq, 5000u);
      QCOMPARE(*restart->newFirstSeq, 5000u);
      QCOMPARE(*restart->seqStep(), 0);
      QCOMPARE(*find(ts, 3)->seqStep(), 45);
      QVERIFY(!find(ts, 1)->seqStep());  // a deploy replaces nothing
    }
    l.run.startUs = at(0);
    l.run.endUs = at(40);
    const auto summary = computeSummary(l.run);
    const QString restartGap = findMeasure(summary, "restart_update_gap[subscriber]")->detail;
    QVERIFY2(restartGap.contains("last seq 5000") && restartGap.contains("none missed"),
             qPrintable(restartGap));
    const QString migGap = findMeasure(summary, "migration_update_gap[subscriber->pi2]")->detail;
    QVERIFY2(migGap.contains("44 missed"), qPrintable(migGap));
  }

  // The event names the instance, the task record (arriving later) its service.
  void serviceFromALaterTaskRecord() {
    Live l;
    l.issue(command(1, CommandKind::Deploy, "subscriber", "pi1", 0.0));
    l.eventAt(agentEvent(0.250, "x7f3a", "pi1", "first_message"));
    QVERIFY(!l.chip(1));
    l.taskAt(task(0.300, "x7f3a", "subscriber", "pi1", TaskState::Running));
    QCOMPARE(*l.chip(1), 250.0);
    QCOMPARE(*find(CommandTimer::replay(l.run), 1)->durationMs, 250.0);
  }

  void failedCommandEndsAtOnce() {
    Live l;
    l.issue(command(1, CommandKind::Migrate, "subscriber", "pi9", 0.0));
    l.finish(1, false, 0.010, "no node \"pi9\" in the lab");
    const CommandTiming* t = l.endedTiming(1);
    QVERIFY(t);
    QVERIFY(!t->durationMs);
    QVERIFY2(t->note.contains("command failed: no node"), qPrintable(t->note));
    QCOMPARE(find(CommandTimer::replay(l.run), 1)->note, t->note);
  }

  // Live, a timer expires it; replayed, the next record after the timeout does: same outcome.
  void timeoutEndsWithoutAFigure() {
    CommandTimerOptions o;
    o.timeoutUs = 5'000'000;
    Live l(o);
    l.issue(command(1, CommandKind::Deploy, "subscriber", "pi1", 0.0));
    l.finish(1, true, 0.010);
    l.tick(4.0);
    QVERIFY(!l.endedTiming(1));
    l.tick(5.5);
    QVERIFY(l.endedTiming(1));
    QVERIFY(!l.chip(1));
    QVERIFY2(l.endedTiming(1)->note.contains("no first_message of subscriber within 5 s"),
             qPrintable(l.endedTiming(1)->note));
    l.eventAt(agentEvent(6.0, "subscriber.1.1", "pi1", "first_message"));  // too late
    QVERIFY(!find(l.timer.timings(), 1)->durationMs);
    const auto replayed = CommandTimer::replay(l.run, o);
    QVERIFY(!find(replayed, 1)->durationMs);
    QCOMPARE(find(replayed, 1)->note, l.endedTiming(1)->note);
  }

  // redis and webdis send no events: their measure ends when a new task runs; a stop ends at
  // the backend's answer.
  void servicesWithoutAgentsAndOtherCommands() {
    Live l;
    l.issue(command(1, CommandKind::Deploy, "redis", "gw1", 0.0), false);
    l.taskAt(task(0.004, "redis.1.1", "redis", "gw1", TaskState::Running));
    QCOMPARE(*l.chip(1), 4.0);
    l.issue(command(2, CommandKind::Stop, "redis", "gw1", 1.0), false);
    QVERIFY(!l.chip(2));
    l.finish(2, true, 1.012);
    QCOMPARE(*l.chip(2), 12.0);
    QCOMPARE(l.ended.size(), 2);  // each measure ends once
    l.finish(1, true, 0.005);
    QCOMPARE(l.ended.size(), 2);
  }

  // The console keeps a bounded history; offline keeps everything.
  void liveHistoryIsBounded() {
    CommandTimerOptions o;
    o.keepTimings = 10;
    CommandTimer t(o);
    for (int i = 1; i <= 100; ++i) {
      IssuedCommand ic;
      ic.command = command(quint64(i), CommandKind::Stop, "x", "n", i);
      t.commandIssued(ic);
      t.commandFinished(quint64(i), true, at(i + 0.001));
    }
    QCOMPARE(t.timings().size(), 10);
    QCOMPARE(t.timings().first().command.id, quint64(91));
    QCOMPARE(t.takeEnded().size(), 100);  // each as it ended, kept until taken
    QVERIFY(t.takeEnded().isEmpty());
    QVERIFY(t.openCommands().isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestCommandTiming)
#include "tst_commandtiming.moc"
