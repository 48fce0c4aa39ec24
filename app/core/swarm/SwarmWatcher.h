// Keeps SwarmState in step with the engine: reads nodes, services and tasks, and follows the
// events that say what changed (node and service events reload those; container events are
// task states themselves; a service event also reads that service's tasks, which may run on
// other engines). At most one GET /tasks per service is out at any time.
#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

#include "SwarmEngine.h"
#include "SwarmState.h"

namespace swarmlab {

/// Reads the swarm into a SwarmState it does not own and says what changed.
class SwarmWatcher : public QObject {
  Q_OBJECT
 public:
  SwarmWatcher(SwarmEngine* engine, SwarmState* state, QString labName, QObject* parent = nullptr);

  /// Nodes, then services, then (without waiting for them) every service's tasks; then().
  void loadAll(std::function<void()> then = {});
  /// GET /nodes, then then(). When the nodes cannot be read: failed(the error) if given (the
  /// caller reports it), else errorOccurred (an HTTP error; a transport error is the engine's
  /// outage, reported by SwarmEngine).
  void loadNodes(std::function<void()> then = {},
                 std::function<void(const swarmlab::OrchestratorError&)> failed = {});
  void loadServices(std::function<void()> then = {});
  /// GET /tasks of one service. While one is out: again = ask once more after it, else skip.
  void requestTasks(const QString& serviceId, bool again = true);
  /// No more requests after the answers already asked for.
  void stop() { stopped_ = true; }

 signals:
  void nodesChanged(const QList<swarmlab::NodeInfo>& nodes);
  void servicesChanged(const QList<swarmlab::ServiceInfo>& services);
  void taskChanged(const swarmlab::TaskInfo& task);
  /// Task states were observed (changed or not): commands waiting on them can be judged.
  void tasksObserved();
  void errorOccurred(const swarmlab::OrchestratorError& error);

 private:
  void onEvent(const docker::Event& e);
  void onTasks(const QString& serviceId, const DockerResponse& r);

  SwarmEngine* engine_;
  SwarmState* state_;
  QString labName_;
  bool stopped_ = false;
  QSet<QString> tasksInFlight_;
  QSet<QString> tasksAgain_;
  QTimer servicesReload_;
  QTimer nodesReload_;
};

}  // namespace swarmlab
