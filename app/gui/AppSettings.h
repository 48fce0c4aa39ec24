// The console's settings: what QSettings stores, and their validation (pure, testable).
#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

namespace swarmlab {

struct AppSettings {
  enum class Backend { Embedded, Docker };
  Backend backend = Backend::Embedded;
  /// Docker endpoint: unix:///path or tcp://host:port (empty: DOCKER_HOST or the local socket).
  QString dockerHost;
  bool dockerTls = false;
  /// TLS without verifying the engine's certificate (no ca.pem): an explicit, visible choice.
  bool dockerTlsInsecure = false;
  /// Folder with ca.pem, cert.pem, key.pem (as DOCKER_CERT_PATH).
  QString dockerCertDir;
  /// The lab registry, host:port (docs/images.md): images are deployed by digest from it.
  /// Empty: $SWARMLAB_REGISTRY as for swarmlab-cli, else images by their id on the manager.
  QString registry;
  /// Redis the agents and telemetry use; empty: the embedded lab starts its own.
  QString redisUrl;
  /// Lab file; empty: the shipped resources/labs/paper-2017.json.
  QString labFile;
  int chartWindowS = 120;
  bool openGL = false;
  /// "" follows the system locale; "en" or "pt" override it.
  QString language;

  static AppSettings load(QSettings& s);
  void save(QSettings& s) const;
  /// Every problem, one line each, naming the field and what was expected. Empty = valid.
  QStringList validate() const;
  friend bool operator==(const AppSettings&, const AppSettings&) = default;
};

/// Checks a redis:// or unix:// URL; returns an empty string if fine, else the problem.
QString checkRedisUrl(const QString& url);
/// Checks a Docker endpoint (unix:///path, tcp://host:port); empty if fine.
QString checkDockerHost(const QString& host);
/// The lab registry the console deploys from: the setting, else $SWARMLAB_REGISTRY (empty: none).
QString effectiveRegistry(const AppSettings& s);

}  // namespace swarmlab
