// The lab's Redis: deployed on the gateway when no Redis URL was given; ready() once it answers.
// Its credentials go to Docker secrets first (ensureSecrets). Part of SwarmOrchestrator.
#include <QLoggingCategory>
#include <QUrl>

#include <optional>
#include <utility>

#include "RedisProbe.h"
#include "SwarmOrchestrator.h"
#include "SwarmSecrets.h"

Q_DECLARE_LOGGING_CATEGORY(SwarmLog)

namespace swarmlab {

QString SwarmOrchestrator::redisHostOn(const docker::Node& n) {
  return n.addr.empty() || n.addr == "0.0.0.0" ? QStringLiteral("127.0.0.1")
                                               : QString::fromStdString(n.addr);
}

void SwarmOrchestrator::ensureSecrets(std::function<void()> done) {
  QString error;
  password_ = opt_.redisUrl.isEmpty() ? secrets::labPassword(lab_.name, &error)
                                      : secrets::splitCredentials(opt_.redisUrl).password;
  if (!error.isEmpty()) emit errorOccurred({QStringLiteral("start"), lab_.name, error, 0});
  if (password_.isEmpty()) return done();
  const SecretCall post = [this](const QByteArray& m, const QString& p, const QByteArray& b,
                                 Callback cb) { call(m, p, b, std::move(cb)); };
  const auto noted = [this](std::optional<SecretRef>& into) {
    return [this, &into](std::optional<SecretRef> ref, const QString& why) {
      if (!ref) emit errorOccurred({QStringLiteral("create secret"), lab_.name, why, 0});
      into = std::move(ref);
    };
  };
  ensureSecret(post, lab_.name, "password", password_.toUtf8() + '\n', kPasswordSecretFile,
               [=, this](std::optional<SecretRef> ref, const QString& why) {
                 noted(passwordSecret_)(std::move(ref), why);
                 if (!opt_.redisUrl.isEmpty()) return done();
                 ensureSecret(post, lab_.name, "acl", labAclText(), kAclSecretFile,
                              [=, this](std::optional<SecretRef> acl, const QString& aclWhy) {
                                noted(aclSecret_)(std::move(acl), aclWhy);
                                done();
                              });
               });
}

void SwarmOrchestrator::setRedisAccess(const QString& plainUrl) {
  const QString file = QStringLiteral("/run/secrets/") + QLatin1String(kPasswordSecretFile);
  access_ = opt_.redisUrl.isEmpty() ? secrets::labRedisAccess(plainUrl, password_, file)
                                    : secrets::accessFromUrl(opt_.redisUrl);
  // a service's Env is shown by `docker service inspect`: the password only ever by file
  access_.agentEnv.remove(QStringLiteral("SWARMLAB_REDIS_PASSWORD"));
  access_.agentEnv.remove(QStringLiteral("SWARMLAB_REDIS_PASSWORD_FILE"));
  if (passwordSecret_)
    access_.agentEnv.insert(QStringLiteral("SWARMLAB_REDIS_PASSWORD_FILE"), file);
  redisUrl_ = access_.consoleUrl;
}

void SwarmOrchestrator::ensureRedis() {
  if (!opt_.redisUrl.isEmpty()) {
    setRedisAccess(opt_.redisUrl);
    return becomeReady();
  }
  const ServiceTemplate* rt = nullptr;
  for (const auto& t : lab_.templates)
    if (isRedisTemplate(t)) rt = &t;
  if (!rt) {
    emit errorOccurred({QStringLiteral("start"), lab_.name,
                        tr("the lab has no redis template and no Redis URL was given"), 0});
    return becomeReady();
  }
  if (replicatedLab()) return ensureReplicatedRedis(*rt);
  if (const docker::Service* svc = state_.service(rt->name)) {
    auto url = svc->labels.find("swarmlab.redis.url");
    if (url != svc->labels.end()) return waitForRedis(QString::fromStdString(url->second));
  }
  const QString gw = rules_.gateway(*rt);
  const docker::Node* n = state_.nodeFor(gw);
  if (!n) {
    // Held, and shown as such on gw's card, until a machine hosts gw (startHeldRedis).
    ServiceInfo held;
    held.name = held.templateName = rt->name;
    held.node = gw;
    held.waiting = tr("not started: no machine hosts %1; drag one onto its card").arg(gw);
    state_.hold(held);
    emit servicesChanged(state_.serviceInfos());
    emit errorOccurred({QStringLiteral("start"), gw,
                        tr("no machine hosts the gateway %1: drag one onto its card, or label "
                           "one with swarmlab-cli swarm label NODE --name %1")
                            .arg(gw),
                        0});
    return becomeReady();
  }
  state_.release(rt->name);
  const QString host = redisHostOn(*n);
  const QString url = QStringLiteral("redis://%1:%2").arg(host).arg(opt_.redisPort);
  setRedisAccess(url);  // the spec's environment and label carry the URL without credentials
  // Deployed like any service, but not announced: the recorder measures the agents only.
  const quint64 id = beginInternal(CommandKind::Deploy, rt->name,
                                   [this, url](bool ok, const OrchestratorError& err) {
                                     if (ok) return waitForRedis(url);
                                     emit errorOccurred(err);
                                     becomeReady();
                                   });
  createService(id, *rt, rt->name, gw, opt_.redisImage);
}

void SwarmOrchestrator::waitForRedis(const QString& url) {
  setRedisAccess(url);
  const QUrl u(url);
  if (probe_) probe_->deleteLater();
  probe_ =
      new RedisProbe(u.host(), static_cast<quint16>(u.port(6379)), opt_.commandTimeoutMs, this);
  connect(probe_, &RedisProbe::answered, this, [this](qint64 ms) {
    qCDebug(SwarmLog) << "Redis answered after" << ms << "ms";
    if (ready_) emit redisStarted();  // it waited for a machine: the console connects now
    becomeReady();
  });
  connect(probe_, &RedisProbe::gaveUp, this, [this](const QString& why) {
    emit errorOccurred({QStringLiteral("start"), probe_->target(),
                        tr("Redis did not answer PING: %1").arg(why), 0});
    becomeReady();
  });
  probe_->start();
}

void SwarmOrchestrator::startHeldRedis() {
  for (const auto& t : lab_.templates) {
    if (!isRedisTemplate(t) || !state_.isHeld(t.name) || !state_.nodeFor(rules_.gateway(t)))
      continue;
    state_.release(t.name);
    emit servicesChanged(state_.serviceInfos());
    return ensureRedis();
  }
}

void SwarmOrchestrator::becomeReady() {
  if (ready_) return;
  ready_ = true;
  emit ready();
}

}  // namespace swarmlab
