#include "LabSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include "LabFile.h"
#include "LocalOrchestrator.h"
#include "Telemetry.h"

#ifdef SWARMLAB_HAVE_SWARM
#include "SwarmOrchestrator.h"
#endif

namespace swarmlab {

LabSession::LabSession(QObject* parent) : QObject(parent) {}

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

bool LabSession::open(const AppSettings& s, QStringList* errors) {
  settings_ = s;
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
  lab_ = *r.lab;
  if (s.backend == AppSettings::Backend::Docker) {
#ifdef SWARMLAB_HAVE_SWARM
    // The Docker client reads TLS settings as the docker CLI does (DOCKER_TLS_VERIFY,
    // DOCKER_CERT_PATH); SwarmOptions has no fields for them.
    if (s.dockerTls) {
      qputenv("DOCKER_TLS_VERIFY", "1");
      qputenv("DOCKER_CERT_PATH", QFile::encodeName(s.dockerCertDir));
    } else {
      qunsetenv("DOCKER_TLS_VERIFY");
    }
    SwarmOptions o;
    o.dockerHost = s.dockerHost;
    o.redisUrl = s.redisUrl;
    orch_ = makeSwarmOrchestrator(lab_, o);
#else
    if (errors)
      *errors << tr("This build has no Docker Swarm backend (swarmlab_swarm was not built)");
    return false;
#endif
  } else {
    LocalOptions o;
    o.redisUrl = s.redisUrl;
    orch_ = std::make_unique<LocalOrchestrator>(lab_, o);
  }
  connect(orch_.get(), &Orchestrator::ready, this, [this] {
    ready_ = true;
    emit ready();
    startTelemetry();
  });
  return true;
}

void LabSession::start() {
  if (orch_) orch_->start();
}

void LabSession::startTelemetry() {
  if (telemetry_ || orch_->redisUrl().isEmpty()) return;
  TelemetryOptions o;
  o.redisUrl = orch_->redisUrl();
  o.threadName = QStringLiteral("swarmlab-gui-telemetry");
  telemetry_ = std::make_unique<Telemetry>(o);
  emit telemetryStarted(telemetry_.get());
  telemetry_->start();
}

void LabSession::shutdown(int timeoutMs) {
  if (!orch_) return;
  // Both backends stop without blocking and say when they are done; the window's event loop
  // keeps running meanwhile (the local one stops processes, the Swarm one removes services).
  QEventLoop loop;
  bool done = false;
  QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
  connect(orch_.get(), &Orchestrator::shutdownFinished, &loop, [&] {
    done = true;
    loop.quit();
  });
  orch_->shutdown();
  if (!done) loop.exec();
  if (telemetry_) telemetry_->stop();
}

QString LabSession::description() const {
  if (settings_.backend == AppSettings::Backend::Docker)
    return tr("Docker Swarm at %1")
        .arg(settings_.dockerHost.isEmpty() ? tr("DOCKER_HOST / local socket")
                                            : settings_.dockerHost);
  return tr("embedded lab");
}

}  // namespace swarmlab
