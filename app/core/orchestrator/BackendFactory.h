// The one place where a backend is chosen and built, for the CLI and the console alike.
#pragma once

#include <QString>

#include <memory>
#include <optional>

#include "LabTypes.h"
#include "Orchestrator.h"

namespace swarmlab {

/// Everything needed to build a backend. Filled from the CLI's flags or the console's settings.
struct BackendConfig {
  enum class Kind { Local, Swarm };
  Kind kind = Kind::Local;
  /// Redis of the lab's agents and telemetry. Empty: the backend brings up the lab's own.
  QString redisUrl;

  // Docker Swarm only.
  QString dockerHost;  ///< empty: DOCKER_HOST, else unix:///var/run/docker.sock
  /// unset: DOCKER_TLS_VERIFY / DOCKER_CERT_PATH from the environment, as the docker CLI.
  std::optional<bool> dockerTlsVerify;
  QString dockerCertPath;  ///< ca.pem, cert.pem, key.pem
  /// TLS without verifying the engine (--tls-insecure, or the console's setting).
  bool dockerTlsInsecure = false;
  QString servicePrefix;  ///< Swarm service name = prefix + lab service name
  /// The lab registry host:port (--registry, $SWARMLAB_REGISTRY); empty: images by local id.
  QString registry;
};

/// "local" / "swarm".
QString toString(BackendConfig::Kind kind);
std::optional<BackendConfig::Kind> backendKindFromString(const QString& name);

/// What the user should read before the backend connects: plain tcp:// to another machine, or
/// TLS without verification (DockerEndpoint::warning()). Empty when there is nothing to say.
QString backendWarning(const BackendConfig& config);

/// Builds the backend. nullptr and *error (naming the field and what was expected) when the
/// configuration cannot be used.
std::unique_ptr<Orchestrator> makeOrchestrator(const Lab& lab, const BackendConfig& config,
                                               QString* error, QObject* parent = nullptr);

}  // namespace swarmlab
