// A Swarm service's Spec (the JSON of POST /services/create and /services/{id}/update), built
// from a lab template and edited for migrate, restart and scale. Pure JSON edits: no I/O, and
// no exceptions out of a spec the engine sent that is not what we write (a Global-mode service,
// a field of another type, missing members): those are errors naming the field.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "LabTypes.h"

namespace swarmlab {

/// The lab's storage: deployed by start() on the gateway, with Redis's own arguments.
bool isRedisTemplate(const ServiceTemplate& t);

/// Where a service goes: the swarm node (id, arch) hosting a lab node. Pinned: there and only
/// there. Failover: any node with that lab node's layer label, the template's capability labels
/// and the same arch; pinned to the node as well until its first task runs there (Swarm has no
/// "prefer this node"), then unpin() lets Swarm move it when the node fails.
struct SpecPlacement {
  std::string nodeId;
  std::string arch;  ///< node.platform.arch of that node; empty: no arch constraint
  QString labNode;   ///< the lab node's name (label swarmlab.node; SWARMLAB_NODE when pinned)
  Placement mode = Placement::Pinned;
  QString layer;      ///< failover: the swarmlab.layer label the nodes must have
  QStringList needs;  ///< failover: capabilities (swarmlab.cap.<name> labels) they must have
};

/// The node label saying a swarm node offers a capability: swarmlab.cap.<capability>=true.
std::string capabilityLabel(const QString& capability);

/// A Docker secret given to a service's tasks as the file /run/secrets/<file> (read-only).
struct SecretRef {
  std::string id;
  std::string name;
  std::string file;
};

/// What a new service's spec needs besides its template.
struct SpecContext {
  QString lab;        ///< lab name (label swarmlab.lab)
  QString service;    ///< lab service name
  QString swarmName;  ///< Swarm service name (prefix + service)
  QString session;    ///< label swarmlab.session: what shutdown() removes
  QString redisUrl;   ///< for the agents' environment: never holds a password
  QString image;  ///< an image id, or <lab registry>/name:tag@sha256:... (nothing asked outside)
  int redisPort = 6390;
  QString network;  ///< network to attach, "" for none
  SpecPlacement placement;
  /// The address the lab's Redis listens on: the gateway node's address on the lab network.
  QString redisBind = QStringLiteral("127.0.0.1");
  /// The lab's Redis requires a password: only then can protected mode be on (Redis 7 refuses
  /// every client that is not on loopback while protected mode is on and no password is set).
  bool redisRequiresAuth = false;
  /// The negotiated Engine API version: what hardening the engine takes (docs/swarm.md).
  std::string apiVersion = "1.41";
  /// The agents' credentials by file (SWARMLAB_REDIS_USER, SWARMLAB_REDIS_PASSWORD_FILE).
  QMap<QString, QString> redisEnv;
  /// TaskTemplate.ContainerSpec.Secrets: the password for agents, the ACL file for Redis.
  QList<SecretRef> secrets;
  /// The redis template: its ACL file (`--aclfile`, a secret's path); empty: none.
  QString aclFile;
  /// ContainerSpec.Command (the image's entry point replaced); empty: the image's.
  QStringList command;
  /// ContainerSpec.Args as given, instead of the template's (the replicated lab's redis-servers
  /// and sentinels, docs/replication.md); unset: from the template.
  std::optional<QStringList> args;
};

/// A service spec and the edits the Swarm backend makes to it.
class ServiceSpec {
 public:
  /// The spec of a new service from a lab template.
  static ServiceSpec create(const ServiceTemplate& t, const SpecContext& c);
  /// The Spec of GET /services/{id} as the engine sent it; an error unless it is an object.
  static std::optional<ServiceSpec> fromEngine(const nlohmann::json& spec, QString* error);

  const nlohmann::json& toJson() const { return spec_; }
  QByteArray body() const;

  // Edits. false and *error (naming the field and what it holds) when the spec cannot take the
  // edit; the spec may then be half edited and must not be sent.
  /// Migrate: the placement constraints, SWARMLAB_NODE and the swarmlab.node labels.
  bool placeOn(const SpecPlacement& p, QString* error);
  /// UpdateConfig.Order of the next update.
  bool setOrder(UpdateOrder order, QString* error);
  /// Restart: TaskTemplate.ForceUpdate + 1, which replaces every task.
  bool forceUpdate(QString* error);
  /// Scale: Mode.Replicated.Replicas (a Global-mode service cannot be scaled).
  bool setReplicas(int replicas, QString* error);
  /// Mode.Replicated.Replicas (absent: 1); an error for a Global-mode or malformed Mode.
  std::optional<int> replicas(QString* error) const;
  /// The node id of a node.id== constraint, empty when there is none.
  std::string pinnedNodeId() const;
  /// Placement of the service (label swarmlab.placement; pinned when absent).
  Placement placement() const;
  /// Failover, after the first task runs on the preferred node: drops the node.id== constraint
  /// and nothing else, so that Swarm keeps that task (constraints alone changed and the node
  /// still satisfies them) and may reschedule it elsewhere when the node fails.
  bool unpin(QString* error);

 private:
  explicit ServiceSpec(nlohmann::json spec) : spec_(std::move(spec)) {}
  nlohmann::json spec_;
};

/// Node spec edits (POST /nodes/{id}/update): set a label (an empty value removes it), set the
/// availability ("active", "pause", "drain"). Same error rules as ServiceSpec.
bool setNodeLabel(nlohmann::json& nodeSpec, const std::string& key, const QString& value,
                  QString* error);
bool setNodeAvailability(nlohmann::json& nodeSpec, const std::string& availability, QString* error);

}  // namespace swarmlab
