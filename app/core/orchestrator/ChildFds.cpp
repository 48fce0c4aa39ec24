#include "ChildFds.h"

#include <QProcess>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

namespace swarmlab {

namespace {
// Runs in the child between fork and exec: async-signal-safe calls only.
void markAboveStderrCloseOnExec() {
#ifdef SYS_close_range
  if (::syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) == 0) return;
#endif
  rlimit lim{};
  const rlim_t max =
      ::getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur != RLIM_INFINITY ? lim.rlim_cur : 65536;
  for (rlim_t fd = 3; fd < max && fd < 1048576; ++fd) {
    const int flags = ::fcntl(int(fd), F_GETFD);
    if (flags >= 0 && !(flags & FD_CLOEXEC)) ::fcntl(int(fd), F_SETFD, flags | FD_CLOEXEC);
  }
}
}  // namespace

void passOnlyStdio(QProcess* p) { p->setChildProcessModifier(markAboveStderrCloseOnExec); }

}  // namespace swarmlab
