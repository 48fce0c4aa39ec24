#include "LabSecrets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "RedisUrl.hpp"

namespace swarmlab::secrets {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("swarmlab::secrets", s); }

QString errnoText() { return QString::fromLocal8Bit(std::strerror(errno)); }

// Commands every lab user needs around its work: connection set-up and the clock.
constexpr char kSession[] = "+auth +hello +ping +time +select +role";
}  // namespace

QString secretsDir() {
  return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
         QStringLiteral("/swarmlab/secrets");
}

QString labId(const QString& labName) {
  QString id = labName.isEmpty() ? QStringLiteral("lab") : labName;
  for (QChar& c : id) {
    const bool ok =
        (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'_' || c == u'-';
    if (!ok) c = u'_';
  }
  if (id.startsWith(u'.')) id.prepend(u'_');
  return id;
}

QString labPasswordPath(const QString& labName) { return secretsDir() + u'/' + labId(labName); }

QString randomPassword() {
  QByteArray bytes(32, Qt::Uninitialized);
  QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
  return QString::fromLatin1(bytes.toHex());
}

bool writePrivateFile(const QString& path, const QByteArray& data, QString* error) {
  const QByteArray p = QFile::encodeName(path);
  const int fd = ::open(p.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  bool ok = fd >= 0 && ::fchmod(fd, 0600) == 0;
  for (qsizetype done = 0; ok && done < data.size();) {
    const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) done += n;
  }
  if (!ok && error) *error = tr("cannot write %1: %2").arg(path, errnoText());
  if (fd >= 0 && ::close(fd) != 0 && ok) {
    ok = false;
    if (error) *error = tr("cannot write %1: %2").arg(path, errnoText());
  }
  return ok;
}

bool makeSecretsDir(QString* error) {
  const QString dir = secretsDir();
  if (QDir().mkpath(dir) && ::chmod(QFile::encodeName(dir).constData(), 0700) == 0) return true;
  if (error) *error = tr("cannot create the secrets folder %1: %2").arg(dir, errnoText());
  return false;
}

QString consolePasswordPath() { return secretsDir() + QStringLiteral("/console-redis"); }

RedisCredentials splitCredentials(const QString& url) {
  RedisCredentials c;
  auto u = redis::parseRedisUrl(url.toStdString(), nullptr);
  if (!u) {
    c.url = url;
    return c;
  }
  c.user = QString::fromStdString(u->user);
  c.password = QString::fromStdString(u->password);
  u->user.clear();
  u->password.clear();
  c.url = QString::fromStdString(u->withCredentials());
  return c;
}

QString joinCredentials(const RedisCredentials& c) {
  auto u = redis::parseRedisUrl(c.url.toStdString(), nullptr);
  if (!u || c.password.isEmpty()) return c.url;
  u->user = c.user.toStdString();
  u->password = c.password.toStdString();
  return QString::fromStdString(u->withCredentials());
}

QString labPassword(const QString& labName, QString* error) {
  const QString path = labPasswordPath(labName);
  if (!makeSecretsDir(error)) return {};
  struct stat st {};
  if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
    if ((st.st_mode & 077) != 0) {
      if (error)
        *error = tr("%1 may be read by other users (mode %2); expected mode 600 (chmod 600 %1)")
                     .arg(path)
                     .arg(st.st_mode & 0777, 3, 8, QLatin1Char('0'));
      return {};
    }
    std::string pw, why;
    if (!redis::readPasswordFile(path.toStdString(), &pw, &why)) {
      if (error) *error = QString::fromStdString(why);
      return {};
    }
    return QString::fromStdString(pw);
  }
  const QString pw = randomPassword();
  if (!writePrivateFile(path, pw.toLatin1() + '\n', error)) return {};
  return pw;
}

QByteArray aclFileText(const QString& prefix, const QString& password) {
  const QByteArray hash =
      QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex();
  const QByteArray keys = prefix.toUtf8() + ":*";
  QByteArray out;
  out += "user default off resetpass resetkeys resetchannels -@all\n";
  out += QByteArray("user ") + kAgentUser + " on #" + hash + " resetkeys resetchannels ~" + keys +
         " &" + keys + " -@all " + kSession +
         " +publish +subscribe +unsubscribe +xadd +set +client|reply\n";
  out += QByteArray("user ") + kConsoleUser + " on #" + hash + " resetkeys resetchannels %R~" +
         keys + " &" + keys + " -@all " + kSession +
         " +get +mget +exists +xread +xrange +xrevrange +xlen +subscribe +unsubscribe\n";
  return out;
}

namespace {
QByteArray passwordHash(const QString& password) {
  return QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex();
}
}  // namespace

QByteArray replicationAclText(const QString& password) {
  const QByteArray hash = passwordHash(password);
  QByteArray out;
  out += QByteArray("user ") + kReplicaUser + " on #" + hash +
         " resetkeys resetchannels -@all +auth +hello +ping +psync +replconf\n";
  out += QByteArray("user ") + kSentinelUser + " on #" + hash +
         " resetkeys resetchannels &__sentinel__:hello -@all +auth +hello +ping +info +role"
         " +client +subscribe +publish +multi +exec +slaveof +replicaof +config\n";
  return out;
}

QByteArray sentinelAclText(const QString& password) {
  const QByteArray hash = passwordHash(password);
  // asking for the primary, and hearing of a failover as it happens (SentinelWatch)
  const QByteArray ask = " on #" + hash +
                         " resetchannels &+failover-state-wait-promotion &+switch-master -@all"
                         " +auth +hello +ping +sentinel|get-master-addr-by-name +subscribe\n";
  QByteArray out;
  out += "user default off resetpass -@all\n";
  out += QByteArray("user ") + kSentinelUser + " on #" + hash + " ~* &* +@all\n";
  out += QByteArray("user ") + kAgentUser + ask;
  out += QByteArray("user ") + kConsoleUser + ask;
  return out;
}

QString userRedisUrl(const QString& url, const QString& passwordFile, QString* error) {
  const QString given = url.isEmpty() ? qEnvironmentVariable("SWARMLAB_REDIS_URL") : url;
  if (given.isEmpty()) {
    if (!passwordFile.isEmpty() && error)
      *error = tr("a Redis password file (%1) without a Redis URL: expected --redis URL or "
                  "SWARMLAB_REDIS_URL (the embedded lab's own Redis has its own password)")
                   .arg(passwordFile);
    return {};
  }
  std::string why;
  auto u = redis::parseRedisUrl(given.toStdString(), &why);
  if (!u) {
    if (error) *error = tr("Redis URL: %1").arg(QString::fromStdString(why));  // redacted
    return {};
  }
  if (!passwordFile.isEmpty() &&
      !redis::readPasswordFile(QFile::encodeName(passwordFile).toStdString(), &u->password, &why)) {
    if (error) *error = QString::fromStdString(why);
    return {};
  }
  return QString::fromStdString(u->withCredentials());
}

bool hasPassword(const QString& url) {
  return redis::redactUrl(url.toStdString()) != url.toStdString();
}

RedisAccess accessFromUrl(const QString& url) {
  RedisAccess a;
  a.consoleUrl = url;
  const RedisCredentials c = splitCredentials(url);
  a.agentUrl = c.url;
  if (c.password.isEmpty()) return a;
  // A lab Redis's console user may only read; its agent user shares the lab password
  // (aclFileText), so a console URL (what `swarmlab-cli swarm` and the console show) still gives
  // agents that can publish.
  const QString agentUser =
      c.user == QLatin1String(kConsoleUser) ? QString::fromLatin1(kAgentUser) : c.user;
  if (!agentUser.isEmpty()) a.agentEnv.insert(QStringLiteral("SWARMLAB_REDIS_USER"), agentUser);
  a.agentEnv.insert(QStringLiteral("SWARMLAB_REDIS_PASSWORD"), c.password);
  return a;
}

RedisAccess labRedisAccess(const QString& plainUrl, const QString& password,
                           const QString& passwordFile) {
  RedisAccess a;
  a.agentUrl = plainUrl;
  auto u = redis::parseRedisUrl(plainUrl.toStdString(), nullptr);
  if (u) {
    u->user = kConsoleUser;
    u->password = password.toStdString();
    a.consoleUrl = QString::fromStdString(u->withCredentials());
  }
  a.agentEnv.insert(QStringLiteral("SWARMLAB_REDIS_USER"), QString::fromLatin1(kAgentUser));
  a.agentEnv.insert(QStringLiteral("SWARMLAB_REDIS_PASSWORD_FILE"), passwordFile);
  return a;
}

}  // namespace swarmlab::secrets
