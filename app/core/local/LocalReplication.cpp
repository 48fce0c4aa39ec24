// LocalOrchestrator's replicated mediation layer (issue 12): several gateways, a redis-server
// and a sentinel on each (ReplicatedRedis); the agents and the console get the sentinel URL.
#include "LocalOrchestrator.h"

#include <QTemporaryDir>

#include "ReplicatedRedis.h"

namespace swarmlab {

namespace {
bool isLabRedis(const ServiceTemplate& t) {
  return t.kind == QLatin1String("redis") || (t.kind.isEmpty() && t.name == QLatin1String("redis"));
}
}  // namespace

void LocalOrchestrator::startReplicated(const QString& password) {
  replicated_ = new ReplicatedRedis(replicationLayout(lab_.nodes), password, opt_.keyPrefix,
                                    aclDir_->path(), this);
  for (const auto& t : lab_.templates)
    if (isLabRedis(t))
      replicated_->setRestartDelayMs(
          t.restart.condition == RestartPolicy::Condition::None ? -1 : t.restart.delayMs);
  connect(replicated_, &ReplicatedRedis::ready, this, [this, password](const QString& url) {
    access_ = secrets::labRedisAccess(url, password, secrets::labPasswordPath(lab_.name));
    startWatcher();
  });
  connect(replicated_, &ReplicatedRedis::failed, this, [this](const QString& message) {
    emit errorOccurred({tr("start the replicated Redis"), QStringLiteral("redis"), message});
  });
  connect(
      replicated_, &ReplicatedRedis::lost, this, [this](const QString& node, const QString& why) {
        emit logLine(QStringLiteral("redis@") + node, tr("%1's Redis process %2").arg(node, why));
      });
  connect(replicated_, &ReplicatedRedis::logLine, this,
          [this](const QString& line) { emit logLine(QStringLiteral("redis-sentinel"), line); });
  replicated_->start();
}

}  // namespace swarmlab
