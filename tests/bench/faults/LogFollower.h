// The stdout of a lab's containers, followed live on each engine (GET /containers/{id}/logs
// ?follow=1) from their start: what the engine gives, even for a container that is removed
// afterwards or an engine that is killed (then up to what it had passed on). One thread a
// watched engine (it lists the services' containers every 200 ms) and one a container.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace swarmlab::bench {

class LogFollower {
 public:
  struct TaskLog {
    QString task;  ///< the swarm task name (com.docker.swarm.task.name): the agent's instance
    QString endpoint;
    QByteArray out;  ///< stdout, frames taken apart
    QByteArray err;  ///< stderr
    QString error;   ///< how the stream ended, when not by the container's exit
  };
  /// Follows the containers labelled swarmlab.lab=lab and swarmlab.service=<one of services>
  /// on each engine ("" is the default engine).
  LogFollower(const QString& lab, const QStringList& services, const QStringList& endpoints);
  ~LogFollower();
  LogFollower(const LogFollower&) = delete;
  LogFollower& operator=(const LogFollower&) = delete;
  /// Waits up to waitMs for the streams to end by themselves, then ends them; what was read.
  QList<TaskLog> finish(int waitMs);

 private:
  void watch(const QString& endpoint);
  void follow(const QString& endpoint, const QString& id);
  QString lab_;
  QStringList services_;
  std::atomic<bool> stopWatching_{false}, cancel_{false};
  std::atomic<int> streaming_{0};
  std::mutex m_;
  QHash<QString, TaskLog> logs_;  ///< container id -> its log, raw frames until finish()
  std::vector<std::thread> watchers_, followers_;
};

}  // namespace swarmlab::bench
