#include "RedisServerProcess.h"

#include <QDir>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpServer>

#include <sys/prctl.h>
#include <csignal>

namespace swarmlab {

namespace {
Q_LOGGING_CATEGORY(RedisServerLog, "swarmlab.redisserver")
constexpr int kReadyTimeoutMs = 10000;
constexpr int kMaxPortAttempts = 5;
}  // namespace

void dieWithParent(QProcess* p) {
  p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

RedisServerProcess::RedisServerProcess(QObject* parent) : QObject(parent) {
  program_ = qEnvironmentVariable("SWARMLAB_REDIS_SERVER", QStringLiteral("redis-server"));
  readyTimeout_.setSingleShot(true);
  connect(&readyTimeout_, &QTimer::timeout, this, [this] {
    fail(tr("%1 did not report \"Ready to accept connections\" within %2 s; its output: %3")
             .arg(program_)
             .arg(kReadyTimeoutMs / 1000)
             .arg(output_.trimmed()));
  });
  killTimer_.setSingleShot(true);
  connect(&killTimer_, &QTimer::timeout, this, [this] {
    if (proc_) proc_->kill();
  });
}

RedisServerProcess::~RedisServerProcess() { killNow(); }

int RedisServerProcess::freeLoopbackPort() {
  QTcpServer s;
  if (!s.listen(QHostAddress::LocalHost, 0)) return 0;
  return s.serverPort();
}

void RedisServerProcess::start() {
  attempts_ = 0;
  ready_ = false;
  stopping_ = false;
  launch();
}

void RedisServerProcess::restart() {
  if (isRunning() || stopping_) return;
  attempts_ = kMaxPortAttempts;  // the same port or nothing: no retry on another one
  ready_ = false;
  launch(true);
}

void RedisServerProcess::launch(bool samePort) {
  ++attempts_;
  if (!samePort) port_ = fixedPort_ ? fixedPort_ : freeLoopbackPort();
  if (port_ == 0) {
    fail(tr("no free TCP port on 127.0.0.1 for %1").arg(program_));
    return;
  }
  output_.clear();
  if (proc_) proc_->deleteLater();
  proc_ = new QProcess(this);
  proc_->setProcessChannelMode(QProcess::MergedChannels);
  dieWithParent(proc_);
  connect(proc_, &QProcess::readyReadStandardOutput, this, &RedisServerProcess::onOutput);
  connect(proc_, &QProcess::finished, this, &RedisServerProcess::onFinished);
  connect(proc_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
    if (e == QProcess::FailedToStart)
      fail(tr("cannot run %1: %2 (install redis-server, or set SWARMLAB_REDIS_SERVER)")
               .arg(program_, proc_->errorString()));
  });
  QStringList args{QStringLiteral("--port"),       QString::number(port_),
                   QStringLiteral("--bind"),       QStringLiteral("127.0.0.1"),
                   QStringLiteral("--save"),       QString(),
                   QStringLiteral("--appendonly"), QStringLiteral("no"),
                   QStringLiteral("--dir"),        QDir::tempPath(),
                   QStringLiteral("--daemonize"),  QStringLiteral("no"),
                   QStringLiteral("--logfile"),    QString(),
                   QStringLiteral("--loglevel"),   QStringLiteral("notice")};
  const QStringList acl = aclFile_.isEmpty()
                              ? QStringList()
                              : QStringList{QStringLiteral("--aclfile"), aclFile_};  // 0600
  if (sentinel_) args = QStringList{QStringLiteral("--sentinel")};  // all in the config file
  if (!configFile_.isEmpty()) args.prepend(configFile_);
  qCDebug(RedisServerLog) << "starting" << program_ << args + acl;
  readyTimeout_.start(kReadyTimeoutMs);
  proc_->start(program_, args + acl);
}

void RedisServerProcess::onOutput() {
  const QString chunk = QString::fromLocal8Bit(proc_->readAllStandardOutput());
  output_ += chunk;
  if (output_.size() > 16000) output_ = output_.right(16000);
  emit logged(chunk);
  const QLatin1String marker(sentinel_ ? "+monitor master" : "Ready to accept connections");
  if (!ready_ && output_.contains(marker)) {
    ready_ = true;
    readyTimeout_.stop();
    url_ = QStringLiteral("redis://127.0.0.1:%1").arg(port_);
    emit ready(url_);
  }
}

void RedisServerProcess::onFinished(int code, QProcess::ExitStatus status) {
  killTimer_.stop();
  readyTimeout_.stop();
  if (!ready_ && !stopping_) {
    if (output_.contains(QLatin1String("Address already in use")) && attempts_ < kMaxPortAttempts &&
        fixedPort_ == 0) {
      launch();  // lost the race for the port: take another one
      return;
    }
    fail(tr("%1 exited (%2) before accepting connections: %3")
             .arg(program_, status == QProcess::CrashExit ? tr("crashed") : tr("code %1").arg(code),
                  output_.trimmed().isEmpty() ? tr("no output") : output_.trimmed()));
    return;
  }
  const bool lostIt = ready_ && !stopping_;
  ready_ = false;
  if (lostIt) {
    qCWarning(RedisServerLog) << program_ << "exited unexpectedly:" << output_.right(500);
    emit lost(status == QProcess::CrashExit ? tr("killed by a signal")
                                            : tr("exited with code %1").arg(code));
  }
  emit finished();
}

void RedisServerProcess::fail(const QString& message) {
  readyTimeout_.stop();
  stopping_ = true;
  if (proc_ && proc_->state() != QProcess::NotRunning) proc_->kill();
  emit failed(message);
}

void RedisServerProcess::stop(int timeoutMs) {
  stopping_ = true;
  readyTimeout_.stop();
  if (!isRunning()) {
    QTimer::singleShot(0, this, &RedisServerProcess::finished);
    return;
  }
  proc_->terminate();
  killTimer_.start(timeoutMs);
}

void RedisServerProcess::killNow() {
  stopping_ = true;
  readyTimeout_.stop();
  killTimer_.stop();
  if (proc_ && proc_->state() != QProcess::NotRunning) {
    proc_->disconnect(this);
    proc_->kill();
    proc_->waitForFinished(2000);  // reaping a SIGKILLed child: immediate
  }
}

}  // namespace swarmlab
