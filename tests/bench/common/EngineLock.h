// The lock every user of this machine's Docker Engine holds (`flock /tmp/swarmlab-docker.lock
// COMMAND`), taken by a benchmark itself for as long as the object lives. Started under that very
// command, the lock is already ours through the descriptor flock(1) leaves open: it is taken
// again on that descriptor instead of waiting for ourselves.
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QString>
#include <QThread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace swarmlab::bench {

class EngineLock {
 public:
  static constexpr const char* kPath = "/tmp/swarmlab-docker.lock";

  /// Waits up to timeoutMs for the lock; held() says whether it came.
  explicit EngineLock(int timeoutMs) {
    const QString path = QString::fromLatin1(kPath);
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : fds.entryList(QDir::Files | QDir::System))
      if (QFileInfo(fds.filePath(fd)).symLinkTarget() == path &&
          ::flock(fd.toInt(), LOCK_EX | LOCK_NB) == 0) {
        inherited_ = true;
        return;
      }
    fd_ = ::open(kPath, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    QElapsedTimer waited;
    waited.start();
    while (fd_ >= 0 && ::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      if (waited.elapsed() > timeoutMs) {
        ::close(fd_);
        fd_ = -1;
        return;
      }
      QThread::msleep(500);
    }
  }
  ~EngineLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  EngineLock(const EngineLock&) = delete;
  EngineLock& operator=(const EngineLock&) = delete;
  bool held() const { return inherited_ || fd_ >= 0; }

 private:
  int fd_ = -1;
  bool inherited_ = false;
};

}  // namespace swarmlab::bench
