// A private redis-server on a free loopback port: the embedded lab's gateway storage.
#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

namespace swarmlab {

/// Starts `redis-server` (or $SWARMLAB_REDIS_SERVER) on 127.0.0.1 with a free port, no
/// persistence, and reports ready(url) once it accepts connections, or failed(message)
/// naming the command and its own output. Asynchronous; never blocks the owning thread.
class RedisServerProcess : public QObject {
  Q_OBJECT
 public:
  explicit RedisServerProcess(QObject* parent = nullptr);
  ~RedisServerProcess() override;

  void setProgram(const QString& program) { program_ = program; }
  QString program() const { return program_; }
  /// ACL file (`--aclfile`, written 0600 by the caller) for the next start(); empty: none.
  /// Users and passwords never go on the command line, where any user can read them.
  void setAclFile(const QString& path) { aclFile_ = path; }
  /// A config file (0600, written by the caller) given first on the command line: where
  /// secrets such as masterauth go (issue 12). Empty: none.
  void setConfigFile(const QString& path) { configFile_ = path; }
  /// Sentinel mode (`--sentinel`; the config file holds everything, port included). Ready
  /// once it monitors its master ("+monitor" in its log).
  void setSentinel(bool on) { sentinel_ = on; }
  /// The port of the next start() (0: a free one). Replicas and sentinels must know their
  /// ports before the first one starts.
  void setPort(int port) { fixedPort_ = port; }
  void start();
  /// Starts it again on the same port (after lost()): the agents' and the console's URL stays
  /// valid. ready() or failed() follows as for start().
  void restart();
  /// True while it accepts connections (between ready() and its end).
  bool isReady() const { return ready_; }
  /// SIGTERM, then SIGKILL after timeoutMs; emits finished() once the process is gone.
  void stop(int timeoutMs = 2000);
  /// Immediate SIGKILL and reap (for destructors).
  void killNow();
  bool isRunning() const { return proc_ && proc_->state() != QProcess::NotRunning; }
  QString url() const { return url_; }
  int port() const { return port_; }
  qint64 pid() const { return proc_ ? proc_->processId() : 0; }

  /// A free TCP port on 127.0.0.1 (bound and released; callers retry on a race).
  static int freeLoopbackPort();

 signals:
  void ready(const QString& url);
  void failed(const QString& message);
  /// It ended on its own after ready() (killed, crashed): why, e.g. "killed by a signal".
  /// finished() follows.
  void lost(const QString& why);
  void finished();
  /// Every chunk of its output (log lines), e.g. Sentinel's +switch-master.
  void logged(const QString& text);

 private:
  /// samePort: keep port_ (a restart); else take a free one.
  void launch(bool samePort = false);
  void onOutput();
  void onFinished(int code, QProcess::ExitStatus status);
  void fail(const QString& message);

  QString program_;
  QProcess* proc_ = nullptr;
  QTimer readyTimeout_;
  QTimer killTimer_;
  QString output_;
  QString dataDir_;
  QString aclFile_;
  QString configFile_;
  bool sentinel_ = false;
  int fixedPort_ = 0;
  QString url_;
  int port_ = 0;
  int attempts_ = 0;
  bool ready_ = false;
  bool stopping_ = false;
};

/// Makes a child die with its parent (Linux PR_SET_PDEATHSIG), so that even a crash or
/// SIGKILL of swarmlab leaves no agent or redis-server behind.
void dieWithParent(QProcess* p);

}  // namespace swarmlab
