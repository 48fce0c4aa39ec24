// The replicated mediation layer on Swarm (issue 12, docs/replication.md): for a lab with two or
// more gateways, a redis-server service per gateway (the primary on the first, `--replicaof` it
// on the others) and a redis-sentinel service per gateway plus one on the enterprise node, all
// on the host network at the node's address. What runs where, with which arguments and which
// secret files: pure functions, no I/O. SwarmOrchestratorReplication.cpp deploys them.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

#include "ReplicatedRedis.h"

namespace swarmlab {

/// The file names of the replication's secrets in a task (/run/secrets/<name>). Their text
/// holds the lab password: masterauth, sentinel auth-pass and sentinel-pass.
inline constexpr char kReplicaConfSecretFile[] = "swarmlab-redis.conf";
inline constexpr char kSentinelConfSecretFile[] = "swarmlab-sentinel.conf";
/// In the swarmlab/redis image (agents/redislaunch): copies the sentinel's secret configuration
/// to the task's tmpfs, which redis-sentinel can rewrite, then execs redis-server --sentinel.
inline constexpr char kRedisLaunch[] = "/usr/bin/swarmlab-redis-launch";
inline constexpr char kSentinelTemplate[] = "redis-sentinel";

/// One redis-server or redis-sentinel service of the replicated lab.
struct SwarmReplicaMember {
  QString service;  ///< lab service name: redis-<gateway>, redis-sentinel-<node>
  QString labNode;
  bool sentinel = false;
  QString host;  ///< the node's address: what it binds to and announces
  int port = 0;
};

/// Every member, the servers first (the primary first), then the sentinels.
struct SwarmReplicationPlan {
  QList<SwarmReplicaMember> members;
  int quorum = 0;
  /// Lab nodes of the layout no machine hosts (the plan is then incomplete).
  QStringList unhosted;

  const SwarmReplicaMember& primary() const { return members.first(); }
  /// redis+sentinel://<host:port>,.../swarmlab, without credentials.
  QString url() const;
  QList<SwarmReplicaMember> servers() const;
  QList<SwarmReplicaMember> sentinels() const;
};

/// The plan for layout: hostOf(labNode) is the address of the machine hosting it (empty: none).
/// Ports: basePort + i for the i-th gateway's server, basePort + gateways + j for the j-th
/// sentinel, so that several members can share one machine (one-machine labs).
SwarmReplicationPlan planSwarmReplication(const ReplicationLayout& layout,
                                          const std::function<QString(const QString&)>& hostOf,
                                          int basePort);

/// The redis-servers' secret configuration: masteruser/masterauth, diskless replication
/// (the root file system is read-only; /tmp is the task's tmpfs).
QByteArray replicaConfText(const QString& password);
/// The sentinels' secret configuration: auth-user/auth-pass for the servers,
/// sentinel-user/sentinel-pass between sentinels, and their own ACL users.
QByteArray sentinelConfText(const QString& password);

/// A server's arguments (the image's entry point is redis-server): the secret configuration
/// file first, then what is not secret. aclFile: the ACL secret's path.
QStringList replicaServerArgs(const SwarmReplicationPlan& plan, const SwarmReplicaMember& m,
                              const QString& aclFile);
/// A sentinel's arguments to kRedisLaunch: the copy of its secret configuration, then
/// redis-server --sentinel with monitor, announce-ip/-port, down-after and known replicas.
QStringList sentinelArgs(const SwarmReplicationPlan& plan, const SwarmReplicaMember& m);

}  // namespace swarmlab
