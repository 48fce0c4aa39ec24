// The one definition of a command's timing (DESIGN.md "Measurements"): command issued -> the
// first_message of the instance it started (deploy, migrate, restart: the paper's A/B, D), the
// old instance's stop (migrate: C) and the update gap. The console feeds it live, Measurements
// replays a recorded run through it: the same events give the same figures.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
#include <optional>

#include "RunData.h"

namespace swarmlab {

/// Timing of one command, from events (lab time, µs).
struct CommandTiming {
  CommandRecord command;  ///< as issued; ok/error/finishedUs once the backend answered
  QString oldInstance;    ///< migrate/restart: the instance that was replaced
  QString newInstance;    ///< the instance whose first_message (or task) ends the measure
  std::optional<qint64> firstMessageUs;   ///< new instance's first_message
  std::optional<qint64> oldStoppedUs;     ///< old instance's stopped
  std::optional<qint64> oldLastUpdateUs;  ///< old instance's last display update
  std::optional<quint64> oldLastSeq;      ///< the seq of that update (its stopping/stopped)
  std::optional<quint64> newFirstSeq;     ///< the seq of the new instance's first_message
  /// Deploy/migrate/restart: issued -> the new instance's first_message (services without
  /// agents: -> a new task running); other commands: issued -> the backend's answer.
  std::optional<double> durationMs;
  std::optional<double> stopMs;  ///< migrate/restart: issued -> old stopped
  std::optional<double> gapMs;   ///< migrate/restart: old last update -> new first_message
                                 ///< (<= 0: no gap, the new one was already running)
  /// Migrate/restart: newFirstSeq - oldLastSeq, the handover in clock messages. 1: the new
  /// instance showed the message after the old one's last; <= 0: both showed 1 - step of the
  /// same messages (start-first overlap); > 1: step - 1 messages neither showed. None when
  /// either seq is unknown. Unlike gapMs it does not depend on which of two instances showing
  /// the same message did so a few µs first.
  std::optional<qint64> seqStep() const {
    if (!oldLastSeq || !newFirstSeq) return std::nullopt;
    return qint64(*newFirstSeq) - qint64(*oldLastSeq);
  }
  bool ended = false;  ///< the measure ended: durationMs is known, or the note says why not
  QString note;        ///< why a figure is missing (command failed, no first_message, ...)
};

/// A command as the timer needs it when it is issued.
struct IssuedCommand {
  CommandRecord command;        ///< id, kind, service, node, order; issuedUs in lab time
  QStringList instancesBefore;  ///< the service's instances known when it was issued
  /// The service's instances are agents (publisher, subscriber): the measure ends at a
  /// first_message. Otherwise (redis, webdis) it ends when a new task runs.
  bool waitsFirstMessage = true;
};

/// How CommandTimer ends measures (the same live and offline).
struct CommandTimerOptions {
  /// Lab time (Redis) and an orchestrator's wall clock may differ a little (Swarm).
  qint64 clockSlackUs = 2'000'000;
  /// A measure still open this long after its command ends without a figure.
  qint64 timeoutUs = 60'000'000;
  /// Timings kept for timings() once settled; 0 keeps all (offline). The console keeps a
  /// bounded history.
  int keepTimings = 0;
};

/// Follows commands from issued to the end of their measure, fed with commands, their answers,
/// task records and agent events (all in lab time), in the order they arrive. The console
/// feeds it live; replay() feeds a recorded run in lab-time order; both end each measure the
/// same way:
///  - a first_message counts for a command of its service when it is at or after the command,
///    or at most clockSlackUs before it from an instance that did not exist before it
///    (instancesBefore); a migrate's must come from a new instance (on the target node);
///  - the earliest such first_message ends the measure (durationMs >= 0);
///  - a failed command ends it at once, one still open timeoutUs after it was issued ends
///    without a figure.
/// Not thread-safe: use it from one thread.
class CommandTimer {
 public:
  using Options = CommandTimerOptions;

  CommandTimer();
  explicit CommandTimer(Options options);

  void commandIssued(const IssuedCommand& command);
  /// The backend's answer (finishedUs: lab time). A failure ends an open measure.
  void commandFinished(quint64 id, bool ok, qint64 finishedUs, const QString& error = {});
  /// A task state change (r.tUs: lab time); maps task instances to their service.
  void taskChanged(const TaskRecord& record);
  void agentEvent(const AgentEvent& event);
  /// Ends the measures still open timeoutUs after their command (live: call it on a timer).
  void expire(qint64 labNowUs);
  /// Ends every open measure and settles every timing (offline: the run is over).
  void finishAll();

  /// The timings whose measure ended since the last call, in the order they ended.
  QList<CommandTiming> takeEnded();
  /// Every command kept so far, in issue order, with what is known of it (a stop and an update
  /// gap may arrive after the measure ended).
  QList<CommandTiming> timings() const;
  /// Commands whose measure has not ended yet.
  QList<CommandRecord> openCommands() const;
  const Options& options() const { return opt_; }

  /// A recorded run through a timer in lab-time order, then finishAll(): what Measurements uses.
  /// A service waits for a first_message when any agent event of the run belongs to it.
  static QList<CommandTiming> replay(const RunData& run, Options options = {});

 private:
  /// What the timer knows of one agent instance.
  struct Instance {
    QString node;
    QList<qint64> firstMessages;             ///< time order
    QHash<qint64, quint64> firstMessageSeq;  ///< first_message time -> its seq, when sent
    bool stoppedSinceFirstMessage = false;
    std::optional<qint64> runningUs;  ///< latest task record Running
    bool hasTask = false;             ///< the backend reported a task for it
    qint64 firstSeenUs = 0;
    qint64 lastSeenUs = 0;
  };
  /// One command followed by the timer.
  struct Entry {
    CommandTiming t;
    QStringList before;   ///< instancesBefore and the service's instances the timer knew
    QStringList running;  ///< migrate/restart: the service's instances running when issued
    std::optional<qint64> oldStoppingUs;
    qint64 oldStoppingLastUpdateUs = 0;
    qint64 oldStoppedLastUpdateUs = 0;
    std::optional<quint64> oldStoppingSeq, oldStoppedSeq;
    bool waits = true;
    bool answered = false;
    bool settled = false;
  };

  struct PruneOnExit;

  QString serviceOf(const QString& instance) const;
  Instance& instance(const QString& name, qint64 tUs);
  Entry* entry(quint64 id);
  bool fresh(const Entry& e, const QString& instance, qint64 tUs) const;
  void findEarlier(Entry& e);
  void matchFirstMessage(const QString& instance, qint64 tUs, const QString& node);
  void matchTask(const TaskRecord& record);
  void noteStop(const AgentEvent& event);
  void end(Entry& e, std::optional<qint64> atUs, const QString& who, const QString& note = {});
  void settle(Entry& e);
  CommandTiming snapshot(const Entry& e) const;
  static void addStopFigures(const Entry& e, CommandTiming* t, QStringList* notes);
  void prune();

  Options opt_;
  std::deque<Entry> entries_;  ///< issue order
  QHash<QString, Instance> instances_;
  QHash<QString, QString> serviceOfTask_;  ///< task instance -> service (from task records)
  QList<CommandTiming> ended_;             ///< ended since the last takeEnded()
};

}  // namespace swarmlab
