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
  if (m_telemetry) m_telemetry->stop();
  m_telemetry.reset();
  m_orch.reset();  // LocalOrchestrator's destructor kills and reaps what is left
}

QString LabSession::labPathFor(const AppSettings& s) {
  if (!s.labFile.isEmpty()) return s.labFile;
  const QString dir = resourcesDir();
  if (dir.isEmpty()) return {};
  return QDir(dir).filePath(QStringLiteral("labs/paper-2017.json"));
}

bool LabSession::open(const AppSettings& s, QStringList* errors) {
  m_settings = s;
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
  m_lab = *r.lab;
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
    m_orch = makeSwarmOrchestrator(m_lab, o);
#else
    if (errors)
      *errors << tr("This build has no Docker Swarm backend (swarmlab_swarm was not built)");
    return false;
#endif
  } else {
    LocalOptions o;
    o.redisUrl = s.redisUrl;
    m_orch = std::make_unique<LocalOrchestrator>(m_lab, o);
  }
  connect(m_orch.get(), &Orchestrator::ready, this, [this] {
    m_ready = true;
    emit ready();
    startTelemetry();
  });
  return true;
}

void LabSession::start() {
  if (m_orch) m_orch->start();
}

void LabSession::startTelemetry() {
  if (m_telemetry || m_orch->redisUrl().isEmpty()) return;
  TelemetryOptions o;
  o.redisUrl = m_orch->redisUrl();
  o.threadName = QStringLiteral("swarmlab-gui-telemetry");
  m_telemetry = std::make_unique<Telemetry>(o);
  emit telemetryStarted(m_telemetry.get());
  m_telemetry->start();
}

void LabSession::shutdown(int timeoutMs) {
  if (!m_orch) return;
  // Both backends stop without blocking and say when they are done; the window's event loop
  // keeps running meanwhile (the local one stops processes, the Swarm one removes services).
  QEventLoop loop;
  bool done = false;
  QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
  connect(m_orch.get(), &Orchestrator::shutdownFinished, &loop, [&] {
    done = true;
    loop.quit();
  });
  m_orch->shutdown();
  if (!done) loop.exec();
  if (m_telemetry) m_telemetry->stop();
}

QString LabSession::description() const {
  if (m_settings.backend == AppSettings::Backend::Docker)
    return tr("Docker Swarm at %1")
        .arg(m_settings.dockerHost.isEmpty() ? tr("DOCKER_HOST / local socket")
                                             : m_settings.dockerHost);
  return tr("embedded lab");
}

}  // namespace swarmlab
