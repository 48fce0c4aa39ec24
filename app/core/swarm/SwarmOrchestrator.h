// The Docker Swarm backend: the Orchestrator interface over the Docker Engine API. Glue between
// the engine (SwarmEngine), what is known of the swarm (SwarmState), the
// specs (ServiceSpec), the commands in progress (CommandTracker) and the lab's Redis
// (RedisProbe). See docs/swarm.md and ../../../shared/DESIGN.md ("Orchestration").
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

#include "CommandTracker.h"
#include "LabSecrets.h"
#include "LabTypes.h"
#include "Orchestrator.h"
#include "PlacementRules.h"
#include "ServiceSpec.h"
#include "SwarmEngine.h"
#include "SwarmState.h"
#include "SwarmWatcher.h"

namespace swarmlab {

class RedisProbe;
struct SwarmReplicationPlan;

struct SwarmOptions {
  QString dockerHost;  ///< empty: DOCKER_HOST, else unix:///var/run/docker.sock
  /// TLS as the docker CLI: unset = DOCKER_TLS_VERIFY / DOCKER_CERT_PATH from the environment.
  /// Read by the client itself; nobody sets environment variables to pass them (no qputenv).
  std::optional<bool> tlsVerify;
  QString certPath;  ///< ca.pem, cert.pem, key.pem; empty: DOCKER_CERT_PATH, else ~/.docker
  /// TLS without verifying the engine's certificate (no ca.pem): only when the user asked.
  bool tlsInsecure = false;
  /// Redis for the agents and the telemetry. Empty: the lab's `redis` template is deployed as a
  /// service on the gateway node (host network, redisPort) when start() runs.
  QString redisUrl;
  int redisPort = 6390;
  /// Image for the lab's redis template when the template's own image is not on the manager
  /// (the shipped lab names the public redis:7, which cannot be pulled here).
  QString redisImage = QStringLiteral("swarmlab/redis:latest");
  /// The lab registry, "host:port" (docs/images.md). Set: images are deployed as
  /// <registry>/<image>@sha256:<digest> (workers pull them from it); a registry that does not
  /// answer ends the deploy with a message naming it. Empty: the image id on the manager (each
  /// node needs its own copy).
  QString registry;
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
  /// The event stream is reopened after this long without a byte (a half-open connection).
  int eventIdleMs = 60000;
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
  quint64 hostLabNode(const QString& machineId, const QString& labNode) override;
  bool addLabNode(const NodeSpec& node, QString* why) override;

  /// Sets (or, with empty values, clears) the swarmlab.name / swarmlab.layer labels of a swarm
  /// node (id or hostname), with its current version index.
  quint64 setNodeLabels(const QString& swarmNode, const QString& labName, const QString& layer);

  /// Requests sent so far whose path starts with prefix ("/tasks"): for tests and the bench.
  quint64 requestCount(const QString& prefix) const;
  /// Swarm service id of a lab service name (empty if unknown).
  QString serviceId(const QString& service) const;
  const SwarmOptions& options() const { return opt_; }

 private:
  using Callback = std::function<void(const DockerResponse&)>;
  using SpecEdit = std::function<bool(ServiceSpec& spec, QString* error)>;
  using NodeEdit = std::function<bool(nlohmann::json& nodeSpec, QString* error)>;
  using Outcome = std::function<void(bool ok, const OrchestratorError& error)>;
  /// A last word on a new service's spec context (the replicated lab's members).
  using SpecAdjust = std::function<void(SpecContext& c)>;

  void call(const QByteArray& method, const QString& path, const QByteArray& body, Callback cb,
            int timeoutMs = 0) {
    engine_->call(method, path, body, std::move(cb), timeoutMs);
  }

  void judgeCommands();

  // Placement: the node labels the rules read, failover services after a node failure.
  void syncNodeLabels();
  void onNodes();
  void unpin(const QString& service, const QString& nodeId);

  // The lab's Redis.
  /// The password (the lab's, or the given URL's) and the ACL file as Docker secrets; then done.
  void ensureSecrets(std::function<void()> done);
  /// The lab's Redis is at plainUrl: the console's URL and the agents' credentials by file.
  void setRedisAccess(const QString& plainUrl);
  void ensureRedis();
  void waitForRedis(const QString& url);
  void becomeReady();
  /// Where the lab's Redis (host network) is reached and listens: the node's address on the lab
  /// network, loopback when the engine does not know it.
  static QString redisHostOn(const docker::Node& n);

  // The replicated mediation layer: SwarmOrchestratorReplication.cpp, docs/replication.md.
  /// Two or more gateways with the capability redis.
  bool replicatedLab() const;
  /// A deploy of the lab's redis template on `node` when its Redis is replicated (the members
  /// are started with the lab; a single Redis would clash with them): "" when the member on
  /// that gateway stands for it, else why not. nullopt: the lab's Redis is not replicated.
  std::optional<QString> replicatedRedisDeploy(const QString& node) const;
  /// The ACL file of the lab's redis-servers: the agents' and the console's users, and in a
  /// replicated lab the replicas' and the sentinels'.
  QByteArray labAclText() const;
  void ensureReplicatedRedis(const ServiceTemplate& rt);
  /// The secret configurations of the servers and the sentinels; then done.
  void ensureReplicationSecrets(std::function<void()> done);
  void deployReplicaMember(const ServiceTemplate& rt, const SwarmReplicationPlan& plan, int i);
  /// Probes the members one after the other from the i-th; ready() after the last.
  void waitForReplicas(const SwarmReplicationPlan& plan, int i);

  // Commands.
  quint64 begin(CommandKind kind, const QString& service, const QString& node);
  quint64 beginInternal(CommandKind kind, const QString& service, Outcome onEnd);
  void conclude(quint64 id, bool ok, const OrchestratorError& error = {});
  void concludeFailed(quint64 id, const QString& op, const QString& object,
                      const DockerResponse& r);
  void createService(quint64 id, const ServiceTemplate& t, const QString& name,
                     const QString& labNode, const QString& fallbackImage,
                     const SpecAdjust& adjust = {});
  void postService(quint64 id, const ServiceTemplate& t, const QString& name,
                   const QString& labNode, const QString& image, const SpecAdjust& adjust = {});
  void updateService(quint64 id, CommandKind kind, const QString& service, SpecEdit edit,
                     int attempt = 0);
  void postUpdate(quint64 id, CommandKind kind, const QString& service, const SpecEdit& edit,
                  int attempt, const DockerResponse& current);
  void updateNode(quint64 id, const QString& op, const QString& node, NodeEdit edit,
                  int attempt = 0);
  /// Label changes on several nodes, one after the other; command id ends with the last.
  void applyLabelEdits(quint64 id, const QString& op, QList<NodeLabelFix> edits);
  /// The lab's Redis waited for a machine to host its gateway: start it once one does.
  void startHeldRedis();
  void resolveImage(quint64 id, const QString& image, std::function<void(const QString& ref)> then,
                    const QString& fallback = {});
  void resolveInRegistry(quint64 id, const QString& image,
                         std::function<void(const QString& ref)> then, const QString& fallback);
  void tick();
  void removeSessionServices(const DockerResponse& list);

  QString swarmName(const QString& service) const { return opt_.servicePrefix + service; }
  qint64 nowMs() const { return clock_.elapsed(); }

  Lab lab_;
  SwarmOptions opt_;
  SwarmState state_;
  PlacementRules rules_;
  CommandTracker tracker_;
  SwarmEngine* engine_ = nullptr;
  SwarmWatcher* watcher_ = nullptr;
  RedisProbe* probe_ = nullptr;
  QString session_;
  QString redisUrl_;  ///< the console's (credentials in memory only)
  secrets::RedisAccess access_;
  QString password_;
  std::optional<SecretRef> passwordSecret_;
  std::optional<SecretRef> aclSecret_;
  std::optional<SecretRef> replicaConfSecret_;   ///< replicated lab: the servers' configuration
  std::optional<SecretRef> sentinelConfSecret_;  ///< replicated lab: the sentinels'
  bool ready_ = false;
  bool shutDown_ = false;
  QElapsedTimer clock_;
  QSet<QString> created_;  ///< swarm service ids created by this orchestrator
  QHash<quint64, Outcome> internal_;
  QHash<quint64, QString> unpinAfter_;  ///< failover deploy/migrate -> the node it is pinned to
  quint64 nextInternal_ = 0;
  QTimer tick_;
};

/// The factory the CLI and the console call for `--backend swarm`.
std::unique_ptr<Orchestrator> makeSwarmOrchestrator(const Lab& lab, const SwarmOptions& options,
                                                    QObject* parent = nullptr);

}  // namespace swarmlab
