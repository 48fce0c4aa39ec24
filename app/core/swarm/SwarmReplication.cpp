#include "SwarmReplication.h"

#include "LabSecrets.h"

namespace swarmlab {

namespace {
constexpr char kSecretsDir[] = "/run/secrets/";
constexpr char kSentinelConfCopy[] = "/tmp/sentinel.conf";

QString secretPath(const char* file) { return QLatin1String(kSecretsDir) + QLatin1String(file); }
QString num(int n) { return QString::number(n); }
}  // namespace

QString SwarmReplicationPlan::url() const {
  QStringList addrs;
  for (const auto& m : sentinels()) addrs << QStringLiteral("%1:%2").arg(m.host).arg(m.port);
  return QStringLiteral("redis+sentinel://%1/%2")
      .arg(addrs.join(u','), QLatin1String(ReplicatedRedis::kMasterName));
}

QList<SwarmReplicaMember> SwarmReplicationPlan::servers() const {
  QList<SwarmReplicaMember> out;
  for (const auto& m : members)
    if (!m.sentinel) out << m;
  return out;
}

QList<SwarmReplicaMember> SwarmReplicationPlan::sentinels() const {
  QList<SwarmReplicaMember> out;
  for (const auto& m : members)
    if (m.sentinel) out << m;
  return out;
}

SwarmReplicationPlan planSwarmReplication(const ReplicationLayout& layout,
                                          const std::function<QString(const QString&)>& hostOf,
                                          int basePort) {
  SwarmReplicationPlan plan;
  QStringList sentinelNodes = layout.gateways;
  if (!layout.tieBreaker.isEmpty()) sentinelNodes << layout.tieBreaker;
  const auto add = [&](const QString& node, bool sentinel, int port) {
    const QString host = hostOf(node);
    if (host.isEmpty() && !plan.unhosted.contains(node)) plan.unhosted << node;
    const QString service =
        (sentinel ? QStringLiteral("redis-sentinel-") : QStringLiteral("redis-")) + node;
    plan.members.append(SwarmReplicaMember{service, node, sentinel, host, port});
  };
  for (int i = 0; i < layout.gateways.size(); ++i) add(layout.gateways[i], false, basePort + i);
  const int first = basePort + int(layout.gateways.size());
  for (int j = 0; j < sentinelNodes.size(); ++j) add(sentinelNodes[j], true, first + j);
  plan.quorum = int(sentinelNodes.size()) / 2 + 1;
  return plan;
}

QByteArray replicaConfText(const QString& password) {
  QByteArray c;
  c += QByteArray("masteruser ") + secrets::kReplicaUser + "\n";
  c += "masterauth " + password.toUtf8() + "\n";
  // no RDB file on either side: the primary streams it, the replica loads it from the socket
  c += "repl-diskless-sync yes\nrepl-diskless-sync-delay 0\nrepl-diskless-load on-empty-db\n";
  c += "dir /tmp\n";
  return c;
}

QByteArray sentinelConfText(const QString& password) {
  const QByteArray name(ReplicatedRedis::kMasterName);
  QByteArray c;
  // read after the monitor line given as an argument (Redis 7 applies `sentinel monitor` first)
  c += "sentinel auth-user " + name + " " + secrets::kSentinelUser + "\n";
  c += "sentinel auth-pass " + name + " " + password.toUtf8() + "\n";
  c += QByteArray("sentinel sentinel-user ") + secrets::kSentinelUser + "\n";
  c += "sentinel sentinel-pass " + password.toUtf8() + "\n";
  c += secrets::sentinelAclText(password);
  return c;
}

QStringList replicaServerArgs(const SwarmReplicationPlan& plan, const SwarmReplicaMember& m,
                              const QString& aclFile) {
  QStringList a{secretPath(kReplicaConfSecretFile),
                QStringLiteral("--bind"),
                m.host,
                QStringLiteral("--protected-mode"),
                QStringLiteral("yes"),
                QStringLiteral("--save"),
                QString(),
                QStringLiteral("--appendonly"),
                QStringLiteral("no"),
                QStringLiteral("--port"),
                num(m.port),
                QStringLiteral("--replica-announce-ip"),
                m.host,
                QStringLiteral("--replica-announce-port"),
                num(m.port)};
  if (!aclFile.isEmpty()) a << QStringLiteral("--aclfile") << aclFile;
  const SwarmReplicaMember& p = plan.primary();
  if (m.service != p.service) a << QStringLiteral("--replicaof") << p.host << num(p.port);
  return a;
}

QStringList sentinelArgs(const SwarmReplicationPlan& plan, const SwarmReplicaMember& m) {
  const QString name = QLatin1String(ReplicatedRedis::kMasterName);
  const QString sentinel = QStringLiteral("--sentinel");
  const SwarmReplicaMember& p = plan.primary();
  QStringList a{QStringLiteral("--copy"),
                secretPath(kSentinelConfSecretFile),
                QLatin1String(kSentinelConfCopy),
                QStringLiteral("--"),
                QStringLiteral("/usr/bin/redis-server"),
                QLatin1String(kSentinelConfCopy),
                sentinel,
                QStringLiteral("--port"),
                num(m.port),
                QStringLiteral("--bind"),
                m.host,
                QStringLiteral("--dir"),
                QStringLiteral("/tmp")};
  // what the other sentinels and the clients are told: the node's address, not a container's
  a << sentinel << QStringLiteral("announce-ip") << m.host;
  a << sentinel << QStringLiteral("announce-port") << num(m.port);
  a << sentinel << QStringLiteral("monitor") << name << p.host << num(p.port) << num(plan.quorum);
  a << sentinel << QStringLiteral("down-after-milliseconds") << name
    << num(ReplicatedRedis::kDownAfterMs);
  a << sentinel << QStringLiteral("failover-timeout") << name
    << num(ReplicatedRedis::kFailoverTimeoutMs);
  a << sentinel << QStringLiteral("parallel-syncs") << name << QStringLiteral("1");
  for (const auto& r : plan.servers())  // known at once, not after the primary's INFO
    if (r.service != p.service)
      a << sentinel << QStringLiteral("known-replica") << name << r.host << num(r.port);
  return a;
}

}  // namespace swarmlab
