#include "BackendFactory.h"

#include <QCoreApplication>

#include "DockerHttp.h"
#include "LocalOrchestrator.h"
#include "SwarmOrchestrator.h"

namespace swarmlab {

QString toString(BackendConfig::Kind kind) {
  return kind == BackendConfig::Kind::Swarm ? QStringLiteral("swarm") : QStringLiteral("local");
}

std::optional<BackendConfig::Kind> backendKindFromString(const QString& name) {
  if (name == QLatin1String("local")) return BackendConfig::Kind::Local;
  if (name == QLatin1String("swarm")) return BackendConfig::Kind::Swarm;
  return std::nullopt;
}

QString backendWarning(const BackendConfig& config) {
  if (config.kind != BackendConfig::Kind::Swarm) return {};
  const auto ep = DockerEndpoint::resolve(
      config.dockerHost, {config.dockerTlsVerify, config.dockerCertPath, config.dockerTlsInsecure},
      nullptr);
  return ep ? ep->warning() : QString();  // an endpoint that cannot be used fails on start()
}

std::unique_ptr<Orchestrator> makeOrchestrator(const Lab& lab, const BackendConfig& config,
                                               QString* error, QObject* parent) {
  if (config.kind == BackendConfig::Kind::Local) {
    LocalOptions o;
    o.redisUrl = config.redisUrl;
    return std::make_unique<LocalOrchestrator>(lab, o, parent);
  }
  SwarmOptions o;
  o.dockerHost = config.dockerHost;
  o.tlsVerify = config.dockerTlsVerify;
  o.certPath = config.dockerCertPath;
  o.tlsInsecure = config.dockerTlsInsecure;
  o.redisUrl = config.redisUrl;
  o.servicePrefix = config.servicePrefix;
  o.registry = config.registry;
  auto orch = makeSwarmOrchestrator(lab, o, parent);
  if (!orch && error)
    *error = QCoreApplication::translate("swarmlab", "the Docker Swarm backend could not be built");
  return orch;
}

}  // namespace swarmlab
