// The daemon's listening socket: a SOCK_SEQPACKET unix socket at a path whose directory
// subscriber services bind-mount. Refuses to start beside a live daemon, replaces a stale
// socket file, and removes its own file (only its own) when closed.
#pragma once

#include <sys/types.h>

#include <string>

namespace swarmlab::displayd {

/// Where and how to listen.
struct ListenOptions {
  std::string path;
  /// Containers run the subscriber as an unprivileged user unknown to the host: by default
  /// everybody may connect (the display is not a secret); --socket-group narrows it.
  unsigned mode = 0666;
  std::string group;  ///< empty: the daemon's own group
  int backlog = 16;
};

/// An open listening socket (non-blocking, close-on-exec).
class ListenSocket {
 public:
  ListenSocket() = default;
  ~ListenSocket();
  ListenSocket(const ListenSocket&) = delete;
  ListenSocket& operator=(const ListenSocket&) = delete;

  /// Creates the socket file (and its directory, one level, mode 0755, if missing). False and
  /// *error (one line naming the path and what went wrong) on failure.
  bool open(const ListenOptions& options, std::string* error);
  /// Closes the socket and unlinks the file if it is still the one this object created.
  void close();
  int fd() const { return fd_; }
  const std::string& path() const { return path_; }

 private:
  int fd_ = -1;
  std::string path_;
  dev_t dev_ = 0;
  ino_t ino_ = 0;
};

}  // namespace swarmlab::displayd
