#include "AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include "LabRegistry.h"
#include "LabSecrets.h"
#include "RedisUrl.hpp"

namespace swarmlab {

namespace {
// QSettings keeps the URL and the user; the password lives in a 0600 file of its own.
QString loadRedisUrl(QSettings& s) {
  secrets::RedisCredentials c;
  c.url = s.value(QStringLiteral("backend/redisUrl")).toString();
  c.user = s.value(QStringLiteral("backend/redisUser")).toString();
  std::string pw;
  const QString file = secrets::consolePasswordPath();
  if (!c.url.isEmpty() && QFileInfo::exists(file) &&
      redis::readPasswordFile(QFile::encodeName(file).toStdString(), &pw, nullptr))
    c.password = QString::fromStdString(pw);
  return secrets::joinCredentials(c);
}

void saveRedisUrl(QSettings& s, const QString& url) {
  const secrets::RedisCredentials c = secrets::splitCredentials(url);
  s.setValue(QStringLiteral("backend/redisUrl"), c.url);
  s.setValue(QStringLiteral("backend/redisUser"), c.user);
  const QString file = secrets::consolePasswordPath();
  QString error;
  if (c.password.isEmpty()) {
    QFile::remove(file);
  } else if (!secrets::makeSecretsDir(&error) ||
             !secrets::writePrivateFile(file, c.password.toUtf8() + '\n', &error)) {
    qWarning("swarmlab: the Redis password is not saved: %s", qPrintable(error));
  }
}
}  // namespace

AppSettings AppSettings::load(QSettings& s) {
  AppSettings a;
  a.backend = s.value(QStringLiteral("backend/kind")).toString() == QLatin1String("docker")
                  ? Backend::Docker
                  : Backend::Embedded;
  a.dockerHost = s.value(QStringLiteral("backend/dockerHost")).toString();
  a.dockerTls = s.value(QStringLiteral("backend/dockerTls"), false).toBool();
  a.dockerCertDir = s.value(QStringLiteral("backend/dockerCertDir")).toString();
  a.dockerTlsInsecure = s.value(QStringLiteral("backend/dockerTlsInsecure"), false).toBool();
  a.registry = s.value(QStringLiteral("backend/registry")).toString();
  a.redisUrl = loadRedisUrl(s);
  a.labFile = s.value(QStringLiteral("lab/file")).toString();
  a.chartWindowS = s.value(QStringLiteral("charts/windowS"), 120).toInt();
  a.openGL = s.value(QStringLiteral("charts/openGL"), false).toBool();
  a.language = s.value(QStringLiteral("ui/language")).toString();
  return a;
}

void AppSettings::save(QSettings& s) const {
  s.setValue(QStringLiteral("backend/kind"),
             backend == Backend::Docker ? QStringLiteral("docker") : QStringLiteral("embedded"));
  s.setValue(QStringLiteral("backend/dockerHost"), dockerHost);
  s.setValue(QStringLiteral("backend/dockerTls"), dockerTls);
  s.setValue(QStringLiteral("backend/dockerCertDir"), dockerCertDir);
  s.setValue(QStringLiteral("backend/dockerTlsInsecure"), dockerTlsInsecure);
  s.setValue(QStringLiteral("backend/registry"), registry);
  saveRedisUrl(s, redisUrl);
  s.setValue(QStringLiteral("lab/file"), labFile);
  s.setValue(QStringLiteral("charts/windowS"), chartWindowS);
  s.setValue(QStringLiteral("charts/openGL"), openGL);
  s.setValue(QStringLiteral("ui/language"), language);
}

// The one Redis URL parser (agents/redis) decides; its detail names what was expected and shows
// the URL redacted.
QString checkRedisUrl(const QString& text) {
  std::string why;
  if (redis::parseRedisUrl(text.toStdString(), &why)) return {};
  return QCoreApplication::translate("swarmlab::AppSettings", "Redis URL not usable: %1")
      .arg(QString::fromStdString(why));
}

QString checkDockerHost(const QString& text) {
  const QUrl url(text, QUrl::StrictMode);
  if (!url.isValid() || url.scheme().isEmpty())
    return QCoreApplication::translate(
               "swarmlab::AppSettings",
               "'%1' is not an endpoint; expected unix:///var/run/docker.sock or tcp://host:2376")
        .arg(text);
  if (url.scheme() == QLatin1String("unix")) {
    if (url.path().isEmpty())
      return QCoreApplication::translate("swarmlab::AppSettings", "'%1' has no socket path")
          .arg(text);
    return {};
  }
  if (url.scheme() != QLatin1String("tcp"))
    return QCoreApplication::translate("swarmlab::AppSettings",
                                       "'%1' has scheme '%2'; expected unix:// or tcp://")
        .arg(text, url.scheme());
  if (url.host().isEmpty())
    return QCoreApplication::translate("swarmlab::AppSettings", "'%1' has no host").arg(text);
  if (url.port() <= 0 || url.port() > 65535)
    return QCoreApplication::translate(
               "swarmlab::AppSettings",
               "'%1' needs a port between 1 and 65535 (2375 plain, 2376 TLS)")
        .arg(text);
  return {};
}

QString effectiveRegistry(const AppSettings& s) {
  return s.registry.isEmpty() ? qEnvironmentVariable("SWARMLAB_REGISTRY") : s.registry;
}

QStringList AppSettings::validate() const {
  QStringList errors;
  if (backend == Backend::Docker) {
    if (!registry.isEmpty()) {
      const QString e = registry::checkAddress(registry);
      if (!e.isEmpty())
        errors << QCoreApplication::translate("swarmlab::AppSettings", "Lab registry: %1").arg(e);
    }
    if (!dockerHost.isEmpty()) {
      const QString e = checkDockerHost(dockerHost);
      if (!e.isEmpty())
        errors
            << QCoreApplication::translate("swarmlab::AppSettings", "Docker endpoint: %1").arg(e);
    }
    if (dockerTls) {
      if (dockerCertDir.isEmpty()) {
        errors << QCoreApplication::translate(
            "swarmlab::AppSettings",
            "TLS certificates: a folder with ca.pem, cert.pem and key.pem is needed for TLS");
      } else if (!QFileInfo(dockerCertDir).isDir()) {
        errors << QCoreApplication::translate("swarmlab::AppSettings",
                                              "TLS certificates: '%1' is not a folder")
                      .arg(dockerCertDir);
      } else {
        for (const char* f : {"ca.pem", "cert.pem", "key.pem"}) {
          if (dockerTlsInsecure && qstrcmp(f, "ca.pem") == 0) continue;
          const QFileInfo fi(QDir(dockerCertDir).filePath(QLatin1String(f)));
          if (!fi.isFile() || !fi.isReadable())
            errors << QCoreApplication::translate("swarmlab::AppSettings",
                                                  "TLS certificates: %1 is missing or unreadable")
                          .arg(fi.filePath());
        }
      }
    }
  }
  if (!redisUrl.isEmpty()) {
    const QString e = checkRedisUrl(redisUrl);
    if (!e.isEmpty())
      errors << QCoreApplication::translate("swarmlab::AppSettings", "Redis URL: %1").arg(e);
  }
  if (!labFile.isEmpty()) {
    const QFileInfo fi(labFile);
    if (!fi.isFile())
      errors << QCoreApplication::translate("swarmlab::AppSettings",
                                            "Lab file: '%1' does not exist")
                    .arg(labFile);
    else if (!fi.isReadable())
      errors << QCoreApplication::translate("swarmlab::AppSettings",
                                            "Lab file: '%1' cannot be read")
                    .arg(labFile);
  }
  if (chartWindowS < 30 || chartWindowS > 600)
    errors << QCoreApplication::translate("swarmlab::AppSettings",
                                          "Chart window: %1 s; expected 30 to 600 s")
                  .arg(chartWindowS);
  if (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("pt"))
    errors << QCoreApplication::translate("swarmlab::AppSettings",
                                          "Language: '%1'; expected en, pt or empty (system)")
                  .arg(language);
  return errors;
}

}  // namespace swarmlab
