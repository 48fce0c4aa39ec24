#include "LabSession.h"

#include <QDir>

#include "LabFile.h"
#include "LabRegistry.h"
#include "Telemetry.h"

namespace swarmlab {

LabSession::LabSession(QObject* parent) : QObject(parent) {
  shutdownDeadline_.setSingleShot(true);
  connect(&shutdownDeadline_, &QTimer::timeout, this, [this] { finishShutdown(false); });
}

LabSession::~LabSession() {
  if (telemetry_) telemetry_->stop();
  telemetry_.reset();
  orch_.reset();  // LocalOrchestrator's destructor kills and reaps what is left
}

QString LabSession::labPathFor(const AppSettings& s) {
  if (!s.labFile.isEmpty()) return s.labFile;
  const QString dir = resourcesDir();
  if (dir.isEmpty()) return {};
  return QDir(dir).filePath(QStringLiteral("labs/paper-2017.json"));
}

BackendConfig LabSession::backendConfig(const AppSettings& s) {
  BackendConfig c;
  c.kind = s.backend == AppSettings::Backend::Docker ? BackendConfig::Kind::Swarm
                                                     : BackendConfig::Kind::Local;
  c.redisUrl = s.redisUrl;
  if (c.kind == BackendConfig::Kind::Swarm) {
    c.dockerHost = s.dockerHost;
    // The Settings checkbox is explicit either way: it overrides DOCKER_TLS_VERIFY.
    c.dockerTlsVerify = s.dockerTls;
    if (s.dockerTls) c.dockerCertPath = s.dockerCertDir;
    c.dockerTlsInsecure = s.dockerTls && s.dockerTlsInsecure;
    c.registry = effectiveRegistry(s);
  }
  return c;
}

bool LabSession::open(const AppSettings& s, QStringList* errors) {
  const QString path = labPathFor(s);
  if (path.isEmpty()) {
    if (errors)
      *errors << tr(
          "No lab file: the shipped resources were not found (set SWARMLAB_RESOURCES_DIR "
          "or choose a lab file in Settings)");
    return false;
  }
  const auto r = loadLabFile(path);
  if (!r.ok()) {
    if (errors) *errors = r.errors;
    return false;
  }
  const BackendConfig config = backendConfig(s);
  if (const QString bad =
          config.registry.isEmpty() ? QString() : registry::checkAddress(config.registry);
      !bad.isEmpty()) {
    // The setting is checked with the others; the environment's value only here.
    if (errors)
      *errors
          << (s.registry.isEmpty() ? tr("SWARMLAB_REGISTRY: %1") : tr("Lab registry: %1")).arg(bad);
    return false;
  }
  QString error;
  auto orch = makeOrchestrator(*r.lab, config, &error);
  if (!orch) {
    if (errors) *errors << error;
    return false;
  }
  use(*r.lab, std::move(orch), s);
  return true;
}

void LabSession::use(const Lab& lab, std::unique_ptr<Orchestrator> orchestrator,
                     const AppSettings& settings) {
  settings_ = settings;
  lab_ = lab;
  orch_ = std::move(orchestrator);
  connect(orch_.get(), &Orchestrator::ready, this, [this] {
    ready_ = true;
    emit ready();
    startTelemetry();
  });
  connect(orch_.get(), &Orchestrator::shutdownFinished, this, [this] { finishShutdown(true); });
  // Redis that waited for a machine to host its gateway: telemetry starts once it answers.
  connect(orch_.get(), &Orchestrator::redisStarted, this, [this] {
    if (ready_) startTelemetry();
  });
}

void LabSession::start() {
  if (orch_) orch_->start();
}

void LabSession::startTelemetry() {
  if (telemetry_ || shuttingDown_ || orch_->redisUrl().isEmpty()) return;
  TelemetryOptions o;
  o.redisUrl = orch_->redisUrl();
  o.threadName = QStringLiteral("swarmlab-gui-telemetry");
  telemetry_ = std::make_unique<Telemetry>(o);
  emit telemetryStarted(telemetry_.get());
  telemetry_->start();
}

void LabSession::shutdown(int deadlineMs) {
  if (shuttingDown_ || shutDown_) return;
  shuttingDown_ = true;
  if (!orch_) {
    // Nothing was started: finished, but from the event loop like any other shutdown.
    QTimer::singleShot(0, this, [this] { finishShutdown(true); });
    return;
  }
  shutdownDeadline_.start(deadlineMs);
  // Both backends stop without blocking and say when they are done (the local one stops its
  // processes, the Swarm one removes its services on the Docker client's thread).
  orch_->shutdown();
}

void LabSession::finishShutdown(bool complete) {
  if (!shuttingDown_) return;  // a backend's own shutdownFinished outside shutdown()
  shuttingDown_ = false;
  shutDown_ = true;
  shutdownDeadline_.stop();
  if (telemetry_) telemetry_->stop();
  emit shutdownFinished(complete);
}

QString LabSession::description() const {
  if (settings_.backend == AppSettings::Backend::Docker)
    return tr("Docker Swarm at %1")
        .arg(settings_.dockerHost.isEmpty() ? tr("DOCKER_HOST / local socket")
                                            : settings_.dockerHost);
  return tr("embedded lab");
}

}  // namespace swarmlab
