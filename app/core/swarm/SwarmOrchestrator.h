// The Docker Swarm backend: the Orchestrator interface over the Docker Engine API.
// See docs/swarm.md and ../../../shared/DESIGN.md ("Orchestration").
#pragma once

#include <QHash>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

#include "DockerClient.h"
#include "LabTypes.h"
#include "Orchestrator.h"

namespace swarmlab {

struct SwarmOptions {
  QString dockerHost;  ///< empty: DOCKER_HOST, else unix:///var/run/docker.sock
  /// TLS as the docker CLI: unset = DOCKER_TLS_VERIFY / DOCKER_CERT_PATH from the environment.
  /// Read by the client itself; nobody sets environment variables to pass them (no qputenv).
  std::optional<bool> tlsVerify;
  QString certPath;  ///< ca.pem, cert.pem, key.pem; empty: DOCKER_CERT_PATH, else ~/.docker
  /// Redis for the agents and the telemetry. Empty: the lab's `redis` template is deployed as a
  /// service on the gateway node (host network, redisPort) when start() runs.
  QString redisUrl;
  int redisPort = 6390;
  /// Image for the lab's redis template when the template's own image is not on the manager
  /// (the shipped lab names the public redis:7, which cannot be pulled here).
  QString redisImage = QStringLiteral("swarmlab/redis:latest");
  /// Swarm service name = prefix + lab service name (tests use a prefix of their own).
  QString servicePrefix;
  /// Network of the agents' tasks. Empty: none attached (the engine's default bridge; they reach
  /// Redis at the gateway node's address). Attaching any network, "host" included, makes the
  /// engine wait 2 s ("gossip converge") before it stops a task. See docs/swarm.md.
  QString network;
  /// Network of the redis service: host, so that it is reachable at <gateway address>:redisPort.
  QString redisNetwork = QStringLiteral("host");
  int commandTimeoutMs = 120000;
  int requestTimeoutMs = 15000;
  /// A swarm of one node without swarmlab.name labels hosts every lab node (one-machine labs).
  bool singleNodeFallback = true;
  /// Remove the services this orchestrator created on shutdown().
  bool removeOnShutdown = true;
};

class SwarmOrchestrator : public Orchestrator {
  Q_OBJECT
 public:
  SwarmOrchestrator(Lab lab, SwarmOptions options, QObject* parent = nullptr);
  ~SwarmOrchestrator() override;

  BackendTraits traits() const override { return {QStringLiteral("swarm"), true, true}; }
  QString redisUrl() const override { return redisUrl_; }

  void start() override;
  void refresh() override;
  quint64 deploy(const ServiceTemplate& t, const QString& node,
                 const QString& serviceName = {}) override;
  quint64 migrate(const QString& service, const QString& node, UpdateOrder order) override;
  quint64 restart(const QString& service, UpdateOrder order) override;
  quint64 stop(const QString& service) override;
  quint64 scale(const QString& service, int replicas) override;
  quint64 setNodeDown(const QString& node) override;
  quint64 setNodeUp(const QString& node) override;
  void shutdown() override;
  quint64 assignNode(const QString& machineId, const QString& labName, Layer layer) override;

  /// Sets (or, with empty values, clears) the swarmlab.name / swarmlab.layer labels of a swarm
  /// node (id or hostname), with its current version index.
  quint64 setNodeLabels(const QString& swarmNode, const QString& labName, const QString& layer);

  /// Requests sent so far whose path starts with prefix ("/tasks"): for tests and the bench.
  quint64 requestCount(const QString& prefix) const;
  /// Swarm service id of a lab service name (empty if unknown).
  QString serviceId(const QString& service) const;
  const SwarmOptions& options() const { return opt_; }

 private:
  struct TaskRec {
    TaskInfo info;
    int rank = -1;
    QString serviceId;
    QString nodeId;
  };
  struct Tracker {
    quint64 id = 0;
    CommandKind kind = CommandKind::Deploy;
    QString service;
    QString serviceId;
    QString nodeId;  ///< target (deploy, migrate); empty = any
    QSet<QString> oldTasks;
    int replicas = 1;
    qint64 deadlineMs = 0;
    bool stopOldFirst = true;
  };

  void connectEngine();
  void loadInfo();
  void loadNodes(std::function<void()> then = {});
  void loadServices(std::function<void()> then = {});
  void loadTasks(const QString& serviceId, std::function<void()> then = {});
  void ensureRedis();
  void becomeReady();
  void onEvent(const docker::Event& e);
  void onContainerEvent(const docker::Event& e);
  void observeTask(const docker::Task& t);
  void updateTask(TaskRec rec, int rank);
  void checkTrackers();
  void pollTrackers();
  void finish(quint64 id, bool ok, const OrchestratorError& err = {});
  void fail(quint64 id, const QString& op, const QString& object, const DockerResponse& r);
  void emitNodes();
  void emitServices();
  QString uniqueName(const QString& base) const;
  QString swarmName(const QString& service) const { return opt_.servicePrefix + service; }
  QString labServiceName(const docker::Service& s) const;
  const docker::Node* swarmNodeFor(const QString& labNode) const;
  QString labNodeFor(const QString& nodeId) const;
  QByteArray serviceSpec(const ServiceTemplate& t, const QString& name, const QString& labNode,
                         const docker::Node& n, const QString& image) const;
  void updateService(quint64 id, CommandKind kind, const QString& service,
                     std::function<bool(nlohmann::json& spec, QString* error)> edit,
                     int attempt = 0);
  void resolveImage(const QString& image, std::function<void(const QString& ref)> then,
                    const QString& fallback = {});

  Lab lab_;
  SwarmOptions opt_;
  DockerClient* client_ = nullptr;
  DockerEventStream* events_ = nullptr;
  QString session_;
  bool connected_ = false;
  bool ready_ = false;
  bool shutDown_ = false;
  qint64 engineNowNano_ = 0;
  QString redisUrl_;
  std::vector<docker::Node> nodes_;
  QHash<QString, QString> labToNode_;         ///< lab node name -> swarm node id
  QHash<QString, docker::Service> services_;  ///< lab service name -> service
  QHash<QString, TaskRec> tasks_;             ///< task id -> last state
  QHash<quint64, Tracker> trackers_;
  QSet<QString> created_;  ///< swarm service ids created by this orchestrator
  QTimer pollTimer_;
  QTimer reconnectTimer_;
  QTimer servicesReload_;
  QTimer nodesReload_;
  quint64 nextId_ = 1;
};

/// The factory the CLI and the console call for `--backend swarm`.
std::unique_ptr<Orchestrator> makeSwarmOrchestrator(const Lab& lab, const QString& dockerHost,
                                                    QObject* parent = nullptr);
std::unique_ptr<Orchestrator> makeSwarmOrchestrator(const Lab& lab, const SwarmOptions& options,
                                                    QObject* parent = nullptr);

}  // namespace swarmlab
