#include "ReplicatedRedis.h"

#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

#include "LabSecrets.h"
#include "RedisServerProcess.h"

namespace swarmlab {

namespace {
Q_LOGGING_CATEGORY(ReplicationLog, "swarmlab.replication")

// Debian's redis-sentinel; else the same binary in sentinel mode (--sentinel is given anyway).
QString sentinelProgram() {
  const QString env = qEnvironmentVariable("SWARMLAB_REDIS_SENTINEL");
  if (!env.isEmpty()) return env;
  if (!QStandardPaths::findExecutable(QStringLiteral("redis-sentinel")).isEmpty())
    return QStringLiteral("redis-sentinel");
  return qEnvironmentVariable("SWARMLAB_REDIS_SERVER", QStringLiteral("redis-server"));
}
}  // namespace

ReplicationLayout replicationLayout(const QList<NodeSpec>& nodes) {
  ReplicationLayout l;
  for (const auto& n : nodes) {
    if (n.layer == Layer::Mediation && n.capabilities.contains(QLatin1String("redis")))
      l.gateways << n.name;
    if (n.layer == Layer::Enterprise && l.tieBreaker.isEmpty()) l.tieBreaker = n.name;
  }
  return l;
}

ReplicatedRedis::ReplicatedRedis(ReplicationLayout layout, QString password, QString prefix,
                                 QString dir, QObject* parent)
    : QObject(parent),
      layout_(std::move(layout)),
      password_(std::move(password)),
      prefix_(std::move(prefix)),
      dir_(std::move(dir)) {}

ReplicatedRedis::~ReplicatedRedis() { killNow(); }

QByteArray ReplicatedRedis::serverConf(const Member& m, int primaryPort) const {
  QByteArray c;
  c += "aclfile " + QDir(dir_).filePath(QStringLiteral("users.acl")).toUtf8() + "\n";
  c += QByteArray("masteruser ") + secrets::kReplicaUser + "\n";
  c += "masterauth " + password_.toUtf8() + "\n";
  c += "repl-diskless-sync yes\nrepl-diskless-sync-delay 0\n";
  c += "dir " + dir_.toUtf8() + "\n";
  c += "dbfilename " + m.node.toUtf8() + ".rdb\n";
  if (m.port != primaryPort) c += "replicaof 127.0.0.1 " + QByteArray::number(primaryPort) + "\n";
  return c;
}

QByteArray ReplicatedRedis::sentinelConf(const Member& m, int primaryPort) const {
  const QByteArray name(kMasterName);
  QByteArray c;
  c += "port " + QByteArray::number(m.port) + "\nbind 127.0.0.1\ndaemonize no\nlogfile \"\"\n";
  c += "dir " + dir_.toUtf8() + "\n";
  const int quorum = int(layout_.gateways.size() + (layout_.tieBreaker.isEmpty() ? 0 : 1)) / 2 + 1;
  c += "sentinel monitor " + name + " 127.0.0.1 " + QByteArray::number(primaryPort) + " " +
       QByteArray::number(quorum) + "\n";
  c += "sentinel down-after-milliseconds " + name + " " + QByteArray::number(kDownAfterMs) + "\n";
  c += "sentinel failover-timeout " + name + " " + QByteArray::number(kFailoverTimeoutMs) + "\n";
  c += "sentinel parallel-syncs " + name + " 1\n";
  c += "sentinel auth-user " + name + " " + secrets::kSentinelUser + "\n";
  c += "sentinel auth-pass " + name + " " + password_.toUtf8() + "\n";
  c += QByteArray("sentinel sentinel-user ") + secrets::kSentinelUser + "\n";
  c += "sentinel sentinel-pass " + password_.toUtf8() + "\n";
  for (const Member& r : members_)  // the sentinels know the replicas at once, not after INFO
    if (!r.sentinel && r.port != primaryPort)
      c += "sentinel known-replica " + name + " 127.0.0.1 " + QByteArray::number(r.port) + "\n";
  c += secrets::sentinelAclText(password_);
  return c;
}

bool ReplicatedRedis::writeConfigs(QString* error) {
  QByteArray acl =
      secrets::aclFileText(prefix_, password_) + secrets::replicationAclText(password_);
  if (!secrets::writePrivateFile(QDir(dir_).filePath(QStringLiteral("users.acl")), acl, error))
    return false;
  const int primaryPort = members_.first().port;
  for (const Member& m : members_) {
    const QString file = QDir(dir_).filePath(
        QStringLiteral("%1-%2.conf").arg(m.node, QLatin1String(m.sentinel ? "sentinel" : "redis")));
    const QByteArray text = m.sentinel ? sentinelConf(m, primaryPort) : serverConf(m, primaryPort);
    if (!secrets::writePrivateFile(file, text, error)) return false;
    m.proc->setConfigFile(file);
  }
  return true;
}

void ReplicatedRedis::start() {
  QStringList sentinelNodes = layout_.gateways;
  if (!layout_.tieBreaker.isEmpty()) sentinelNodes << layout_.tieBreaker;
  for (const QString& g : layout_.gateways) members_.append({g, false, 0, nullptr});
  for (const QString& n : sentinelNodes) members_.append({n, true, 0, nullptr});
  QStringList sentinelAddrs;
  for (Member& m : members_) {
    m.port = RedisServerProcess::freeLoopbackPort();
    m.proc = new RedisServerProcess(this);
    m.proc->setPort(m.port);
    m.proc->setSentinel(m.sentinel);
    if (m.sentinel) {
      m.proc->setProgram(sentinelProgram());
      sentinelAddrs << QStringLiteral("127.0.0.1:%1").arg(m.port);
    }
  }
  primary_ = layout_.gateways.first();
  url_ = QStringLiteral("redis+sentinel://%1/%2")
             .arg(sentinelAddrs.join(u','), QLatin1String(kMasterName));
  QString error;
  if (!writeConfigs(&error)) {
    failed_ = true;
    emit failed(error);
    return;
  }
  for (const Member& m : members_) {
    connect(m.proc, &RedisServerProcess::ready, this, [this] {
      if (++readyCount_ == members_.size()) emit ready(url_);
    });
    connect(m.proc, &RedisServerProcess::failed, this, [this, m](const QString& why) {
      if (failed_ || stopping_) return;
      failed_ = true;
      emit failed(tr("%1 on %2: %3").arg(m.proc->program(), m.node, why));
    });
    connect(m.proc, &RedisServerProcess::logged, this,
            [this, m](const QString& text) { onLogged(m, text); });
    connect(m.proc, &RedisServerProcess::lost, this,
            [this, m](const QString& why) { onLost(m, why); });
    connect(m.proc, &RedisServerProcess::finished, this, &ReplicatedRedis::onFinished);
  }
  // the servers first: a sentinel that starts before its master reports it down at once
  for (const Member& m : members_)
    if (!m.sentinel) m.proc->start();
  for (const Member& m : members_)
    if (m.sentinel) m.proc->start();
}

QString ReplicatedRedis::nodeOfPort(int port) const {
  for (const Member& m : members_)
    if (!m.sentinel && m.port == port) return m.node;
  return {};
}

void ReplicatedRedis::onLogged(const Member& m, const QString& text) {
  if (!m.sentinel) return;
  static const QRegularExpression event(
      QStringLiteral(R"(([+-](?:sdown|odown|switch-master|failover-end|convert-to-slave))"
                     R"( [^\n]*))"));
  static const QRegularExpression sw(QStringLiteral(R"(\+switch-master \S+ \S+ (\d+) \S+ (\d+))"));
  for (auto it = event.globalMatch(text); it.hasNext();) {
    const QString line = it.next().captured(1);
    qCInfo(ReplicationLog).noquote() << "sentinel on" << m.node << line;
    const auto s = sw.match(line);
    if (!s.hasMatch()) continue;
    const QString to = nodeOfPort(s.captured(2).toInt());
    if (to.isEmpty() || to == primary_) continue;  // another sentinel's announcement of it
    const QString from = nodeOfPort(s.captured(1).toInt());
    primary_ = to;
    emit logLine(tr("Sentinel failover: the primary moved from %1 to %2").arg(from, to));
    emit switched(from, to);
  }
}

void ReplicatedRedis::onLost(const Member& m, const QString& why) {
  if (stopping_ || down_.contains(m.node)) return;
  emit lost(m.node, why);
  if (restartDelayMs_ < 0) return;
  RedisServerProcess* p = m.proc;
  const QString node = m.node;
  const int delayMs =
      m.sentinel ? restartDelayMs_ : std::max(restartDelayMs_, kServerRestartDelayMs);
  QTimer::singleShot(delayMs, this, [this, p, node] {
    if (!stopping_ && !down_.contains(node)) p->restart();
  });
}

void ReplicatedRedis::nodeDown(const QString& node) {
  if (down_.contains(node)) return;
  down_ << node;
  for (const Member& m : members_)
    if (m.node == node) m.proc->killNow();
}

void ReplicatedRedis::nodeUp(const QString& node) {
  if (!down_.removeAll(node)) return;
  for (const Member& m : members_)
    if (m.node == node && !m.proc->isRunning()) m.proc->restart();
}

void ReplicatedRedis::stop(int timeoutMs) {
  stopping_ = true;
  running_ = 0;
  for (const Member& m : members_)
    if (m.proc->isRunning()) ++running_;
  if (running_ == 0) {
    QTimer::singleShot(0, this, &ReplicatedRedis::finished);
    return;
  }
  for (const Member& m : members_)
    if (m.proc->isRunning()) m.proc->stop(timeoutMs);
}

void ReplicatedRedis::onFinished() {
  if (stopping_ && running_ > 0 && --running_ == 0) emit finished();
}

void ReplicatedRedis::killNow() {
  stopping_ = true;
  for (const Member& m : members_)
    if (m.proc) m.proc->killNow();
}

QList<qint64> ReplicatedRedis::pids() const {
  QList<qint64> out;
  for (const Member& m : members_)
    if (m.proc && m.proc->isRunning()) out << m.proc->pid();
  return out;
}

qint64 ReplicatedRedis::serverPid(const QString& node) const {
  for (const Member& m : members_)
    if (!m.sentinel && m.node == node && m.proc->isRunning()) return m.proc->pid();
  return 0;
}

int ReplicatedRedis::serverPort(const QString& node) const {
  for (const Member& m : members_)
    if (!m.sentinel && m.node == node) return m.port;
  return 0;
}

}  // namespace swarmlab
