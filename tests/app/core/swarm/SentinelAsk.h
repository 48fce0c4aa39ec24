// The replicated Redis of a lab on Swarm (docs/replication.md) asked directly, as the user
// swarmlab-sentinel with the lab's password: servers' ROLE, sentinels' view of the primary.
// Shared by swarm.sentinel (one engine) and swarm.sentinel_multinode (several).
#pragma once

#include <QByteArray>
#include <QList>
#include <QSignalSpy>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

#include "Orchestrator.h"

namespace swarmlab::test {

/// A block of n consecutive TCP ports free on this machine (0 when none was found).
int freePortBlock(int n);
/// orch->start(), then waits for ready() (240 s at most). "" when no error was reported, else
/// the errors; *elapsedMs: how long it took.
QString startAndWait(Orchestrator* orch, qint64* elapsedMs);
/// Command `id` finished and succeeded, seen by `fin` (on commandFinished, listening from the
/// start: a command may finish while the test waits for something else); else why in *why.
bool commandOk(QSignalSpy& fin, quint64 id, QString* why);

class SentinelAsk {
 public:
  explicit SentinelAsk(QString password = {}) : password_(std::move(password)) {}
  void setPassword(const QString& p) { password_ = p; }
  const QString& password() const { return password_; }

  /// One command, the raw RESP reply (empty when nothing answered within 1 s).
  QByteArray ask(const QString& host, int port, const QList<QByteArray>& cmd) const;
  /// "master", or "slave <port of its primary>", from ROLE; else the start of the reply.
  QString role(const QString& host, int port) const;
  /// "host:port" the sentinel names as the primary of `swarmlab`; "" when it names none.
  QString masterOf(const QString& host, int port) const;

 private:
  QString password_;
};

/// Everything one sentinel publishes (PSUBSCRIBE *, as swarmlab-sentinel), with when it came:
/// the failover's steps as the sentinels took them (+sdown ... +switch-master).
class SentinelEvents {
 public:
  struct Event {
    qint64 atMs = 0;  ///< wall clock, ms since the epoch
    QString channel;
    QString payload;
  };
  SentinelEvents(const QString& host, int port, const QString& password);
  ~SentinelEvents();
  /// What came so far.
  QList<Event> events() const;

 private:
  void run(std::string url);
  std::atomic<bool> stop_{false};
  mutable std::mutex mu_;
  QList<Event> events_;
  std::thread thread_;
};

}  // namespace swarmlab::test
