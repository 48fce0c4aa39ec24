// The replicated mediation layer on Swarm (issue 12): a lab with two or more gateways gets a
// redis-server service per gateway (primary on the first) and a redis-sentinel service per
// gateway plus one on the enterprise node; agents and console get the redis+sentinel:// URL.
// Part of SwarmOrchestrator; the pure parts are in SwarmReplication. See docs/replication.md.
#include <QLoggingCategory>

#include <algorithm>
#include <optional>
#include <utility>

#include "LabSecrets.h"
#include "RedisProbe.h"
#include "ReplicatedRedis.h"
#include "SwarmOrchestrator.h"
#include "SwarmReplication.h"
#include "SwarmSecrets.h"

Q_DECLARE_LOGGING_CATEGORY(SwarmLog)

namespace swarmlab {

bool SwarmOrchestrator::replicatedLab() const { return replicationLayout(lab_.nodes).replicated(); }

std::optional<QString> SwarmOrchestrator::replicatedRedisDeploy(const QString& node) const {
  const ReplicationLayout layout = replicationLayout(lab_.nodes);
  if (!layout.replicated() || !opt_.redisUrl.isEmpty()) return std::nullopt;
  QStringList servers;
  for (const QString& gw : layout.gateways) servers << QStringLiteral("redis-") + gw;
  const QString member = QStringLiteral("redis-") + node;
  if (layout.gateways.contains(node) && state_.service(member)) return QString();
  if (layout.gateways.contains(node))
    return tr("%1 is not deployed: the replicated Redis is started with the lab (see the errors "
              "at its start)")
        .arg(member);
  return tr("this lab's Redis is replicated (%1 and their sentinels, started with the lab on %2): "
            "a single Redis on %3 would be outside it, and would clash with %4 on port %5 where "
            "they share a machine")
      .arg(servers.join(QStringLiteral(", ")), layout.gateways.join(QStringLiteral(", ")), node,
           servers.first())
      .arg(opt_.redisPort);
}

QByteArray SwarmOrchestrator::labAclText() const {
  QByteArray acl = secrets::aclFileText(QStringLiteral("swarmlab"), password_);
  if (replicatedLab()) acl += secrets::replicationAclText(password_);
  return acl;
}

void SwarmOrchestrator::ensureReplicatedRedis(const ServiceTemplate& rt) {
  const SwarmReplicationPlan plan = planSwarmReplication(
      replicationLayout(lab_.nodes),
      [this](const QString& labNode) {
        const docker::Node* n = state_.nodeFor(labNode);
        return n ? redisHostOn(*n) : QString();
      },
      opt_.redisPort);
  if (!plan.unhosted.isEmpty()) {
    emit errorOccurred({QStringLiteral("start"), plan.unhosted.join(QStringLiteral(", ")),
                        tr("the replicated Redis needs a machine for each of %1: drag one onto "
                           "each card, or label one with swarmlab-cli swarm label NODE --name "
                           "NAME, then start again")
                            .arg(plan.unhosted.join(QStringLiteral(", "))),
                        0});
    return becomeReady();
  }
  if (password_.isEmpty() || !aclSecret_) {
    emit errorOccurred({QStringLiteral("start"), lab_.name,
                        tr("the replicated Redis needs the lab's password as a Docker secret"), 0});
    return becomeReady();
  }
  setRedisAccess(plan.url());  // the agents' URL and the services' label: no credentials
  if (state_.service(plan.primary().service)) {
    // deployed by an earlier session of this lab: wait for it as it is
    qCDebug(SwarmLog) << "replicated Redis already deployed";
    return waitForReplicas(plan, 0);
  }
  ensureReplicationSecrets([=, this] {
    if (!replicaConfSecret_ || !sentinelConfSecret_) return becomeReady();  // said why already
    deployReplicaMember(rt, plan, 0);
  });
}

void SwarmOrchestrator::ensureReplicationSecrets(std::function<void()> done) {
  const SecretCall post = [this](const QByteArray& m, const QString& p, const QByteArray& b,
                                 Callback cb) { call(m, p, b, std::move(cb)); };
  const auto noted = [this](std::optional<SecretRef>& into, std::optional<SecretRef> ref,
                            const QString& why) {
    if (!ref) emit errorOccurred({QStringLiteral("create secret"), lab_.name, why, 0});
    into = std::move(ref);
  };
  ensureSecret(post, lab_.name, "redis-conf", replicaConfText(password_), kReplicaConfSecretFile,
               [=, this](std::optional<SecretRef> ref, const QString& why) {
                 noted(replicaConfSecret_, std::move(ref), why);
                 ensureSecret(post, lab_.name, "sentinel-conf", sentinelConfText(password_),
                              kSentinelConfSecretFile,
                              [=, this](std::optional<SecretRef> s, const QString& sWhy) {
                                noted(sentinelConfSecret_, std::move(s), sWhy);
                                done();
                              });
               });
}

// One service after the other, the servers first: a sentinel that starts before its primary
// answers reports it down at once.
void SwarmOrchestrator::deployReplicaMember(const ServiceTemplate& rt,
                                            const SwarmReplicationPlan& plan, int i) {
  if (i >= plan.members.size()) return waitForReplicas(plan, 0);
  const SwarmReplicaMember m = plan.members[i];
  ServiceTemplate t = rt;
  if (!m.sentinel)  // never an empty primary back before the failover (kServerRestartDelayMs)
    t.restart.delayMs = std::max(t.restart.delayMs, ReplicatedRedis::kServerRestartDelayMs);
  if (m.sentinel) {
    t.name = t.kind = QLatin1String(kSentinelTemplate);
    t.image = opt_.redisImage;  // kRedisLaunch is in swarmlab/redis only
    t.description = tr("The lab's Redis Sentinel (replicated gateways)");
  }
  const SecretRef acl = *aclSecret_;
  const SecretRef conf = m.sentinel ? *sentinelConfSecret_ : *replicaConfSecret_;
  const QString url = plan.url();
  const SpecAdjust adjust = [=, this](SpecContext& c) {
    c.placement.mode = Placement::Pinned;  // each member on its own node, never moved
    c.placement.layer.clear();
    c.placement.needs.clear();
    c.network = opt_.redisNetwork;
    c.redisUrl = url;
    c.redisEnv.clear();
    c.redisRequiresAuth = true;
    if (m.sentinel) {
      c.secrets = {conf};
      c.command = {QLatin1String(kRedisLaunch)};
      c.args = sentinelArgs(plan, m);
    } else {
      c.secrets = {acl, conf};
      c.args = replicaServerArgs(plan, m,
                                 QStringLiteral("/run/secrets/") + QLatin1String(kAclSecretFile));
    }
  };
  const quint64 id = beginInternal(CommandKind::Deploy, m.service,
                                   [=, this](bool ok, const OrchestratorError& err) {
                                     if (ok) return deployReplicaMember(rt, plan, i + 1);
                                     emit errorOccurred(err);
                                     becomeReady();
                                   });
  createService(id, t, m.service, m.labNode, opt_.redisImage, adjust);
}

void SwarmOrchestrator::waitForReplicas(const SwarmReplicationPlan& plan, int i) {
  if (i >= plan.members.size()) {
    qCDebug(SwarmLog) << "replicated Redis answered:" << plan.members.size() << "members";
    if (ready_) emit redisStarted();
    return becomeReady();
  }
  const SwarmReplicaMember& m = plan.members[i];
  if (probe_) probe_->deleteLater();
  probe_ = new RedisProbe(m.host, static_cast<quint16>(m.port), opt_.commandTimeoutMs, this);
  connect(probe_, &RedisProbe::answered, this, [=, this] { waitForReplicas(plan, i + 1); });
  connect(probe_, &RedisProbe::gaveUp, this, [this, m](const QString& why) {
    emit errorOccurred({QStringLiteral("start"), m.service,
                        tr("%1 on %2 did not answer PING: %3").arg(m.service, m.labNode, why), 0});
    becomeReady();
  });
  probe_->start();
}

}  // namespace swarmlab
