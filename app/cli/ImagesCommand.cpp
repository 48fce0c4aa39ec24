#include "ImagesCommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include "ChildFds.h"
#include "CliCommon.h"
#include "LabFile.h"

namespace swarmlab {
namespace {
QString tr(const char* s) { return QCoreApplication::translate("swarmlab-cli images", s); }

// Installed: <share>/swarmlab/docker/; from a build tree: the sources' packaging/docker/.
QString findScript(QStringList* tried) {
  const QString res = resourcesDir();
  const QStringList candidates = {
      qEnvironmentVariable("SWARMLAB_LAB_REGISTRY_SCRIPT"),
      res.isEmpty() ? QString() : res + QStringLiteral("/docker/lab-registry.sh"),
      res.isEmpty() ? QString() : res + QStringLiteral("/../packaging/docker/lab-registry.sh")};
  for (const QString& c : candidates) {
    if (c.isEmpty()) continue;
    *tried << QDir::cleanPath(c);
    if (QFileInfo(c).isFile()) return QDir::cleanPath(c);
  }
  return {};
}
}  // namespace

int imagesCommand(const QStringList& args) {
  using namespace cli;
  static const QStringList commands = {"start", "push", "status", "address", "ca", "stop"};
  if (args.isEmpty() || !commands.contains(args.first())) {
    (args.isEmpty() || args.first() == QLatin1String("--help") ? out() : err())
        << tr("usage: swarmlab-cli images start [--addr IP] [--port PORT]\n"
              "       swarmlab-cli images push [--arch amd64|arm64|all] [--tag TAG] [--no-build]\n"
              "       swarmlab-cli images status|address|ca|stop [--purge]\n"
              "  start: the lab registry as the Swarm service swarmlab-registry on this manager\n"
              "  push:  builds the lab images and pushes them, one multi-arch name each\n"
              "  then:  swarmlab-cli run ... --backend swarm --registry $(swarmlab-cli images "
              "address)\n")
        << Qt::flush;
    return args.isEmpty() || args.first() == QLatin1String("--help") ? kOk : kUsage;
  }
  QStringList tried;
  const QString script = findScript(&tried);
  if (script.isEmpty()) {
    err() << tr("swarmlab-cli images: lab-registry.sh not found (looked at %1)")
                 .arg(tried.join(QStringLiteral(", ")))
          << Qt::endl;
    return kFailed;
  }
  QProcess p;
  p.setProcessChannelMode(QProcess::ForwardedChannels);
  p.setInputChannelMode(QProcess::ForwardedInputChannel);
  passOnlyStdio(&p);  // mmdebstrap (build-images.sh) fails with descriptors above 9 in use
  p.start(QStringLiteral("bash"), QStringList{script} + args);
  if (!p.waitForStarted()) {
    err() << tr("swarmlab-cli images: cannot run bash %1: %2").arg(script, p.errorString())
          << Qt::endl;
    return kFailed;
  }
  p.waitForFinished(-1);
  return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : kFailed;
}

}  // namespace swarmlab
