// What a child process started with QProcess inherits. Qt 6.4 passes on every descriptor of the
// parent that is not close-on-exec: libcurl's and hiredis' sockets, and whatever the parent
// itself inherited. A script run this way sees them at fds 3, 4, ... Debian's mmdebstrap then
// gets its apt pipe at fd 10 or above, and apt's `cat >&11` fails under /bin/sh (dash cannot
// redirect a descriptor above 9): "Sub-process cat >&11 returned an error code (2)"
// (docs/images.md).
#pragma once

class QProcess;

namespace swarmlab {

/// The child gets stdin, stdout and stderr only: every other descriptor is marked close-on-exec
/// in the child after the fork (close_range(2), CLOSE_RANGE_CLOEXEC; a loop of fcntl on older
/// kernels), so QProcess still learns whether exec failed. Replaces any child process modifier.
void passOnlyStdio(QProcess* p);

}  // namespace swarmlab
