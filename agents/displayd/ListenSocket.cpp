#include "ListenSocket.hpp"

#include <grp.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace swarmlab::displayd {

namespace {

std::string errnoText() { return std::strerror(errno); }

std::string octal(unsigned mode) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04o", mode);
  return buf;
}

/// A live daemon answers a connect; a stale file (daemon killed) refuses it.
bool someoneListens(const sockaddr_un& addr) {
  const int probe = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (probe < 0) return false;
  const bool live = ::connect(probe, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0 ||
                    errno == EAGAIN;
  ::close(probe);
  return live;
}

bool fail(std::string* error, std::string message) {
  if (error) *error = std::move(message);
  return false;
}

/// The directory exists (created if missing, one level) and the path is free or stale.
bool preparePath(const std::string& path, const sockaddr_un& addr, std::string* error) {
  const auto slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : path.substr(0, slash ? slash : 1);
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) {
    if (errno != ENOENT || ::mkdir(dir.c_str(), 0755) != 0) {
      return fail(error, "socket directory " + dir + ": " + errnoText());
    }
  } else if (!S_ISDIR(st.st_mode)) {
    return fail(error, "socket directory " + dir + ": not a directory");
  }
  if (::lstat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) return true;
    return fail(error, "socket " + path + ": " + errnoText());
  }
  if (!S_ISSOCK(st.st_mode)) {
    return fail(error,
                "socket " + path + ": the file exists and is not a socket; not replacing it");
  }
  if (someoneListens(addr)) {
    return fail(error, "socket " + path + ": another swarmlab-displayd is listening there");
  }
  if (::unlink(path.c_str()) != 0) {
    return fail(error, "socket " + path + ": removing the stale socket: " + errnoText());
  }
  return true;
}

}  // namespace

ListenSocket::~ListenSocket() { close(); }

bool ListenSocket::open(const ListenOptions& options, std::string* error) {
  close();
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  if (options.path.empty() || options.path.size() >= sizeof addr.sun_path) {
    return fail(error, "socket '" + options.path + "': expected a path of 1.." +
                           std::to_string(sizeof addr.sun_path - 1) + " bytes");
  }
  std::memcpy(addr.sun_path, options.path.data(), options.path.size());
  gid_t gid = static_cast<gid_t>(-1);
  if (!options.group.empty()) {
    const group* g = ::getgrnam(options.group.c_str());
    if (!g) return fail(error, "socket group '" + options.group + "': no such group");
    gid = g->gr_gid;
  }
  if (!preparePath(options.path, addr, error)) return false;

  const int fd = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return fail(error, "socket " + options.path + ": socket(): " + errnoText());
  auto abandon = [&](std::string what) {
    const std::string why = errnoText();
    ::close(fd);
    return fail(error, "socket " + options.path + ": " + what + ": " + why);
  };
  if (::bind(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
    return abandon("bind");
  }
  path_ = options.path;
  fd_ = fd;
  struct stat st {};
  if (::stat(path_.c_str(), &st) == 0) {
    dev_ = st.st_dev;
    ino_ = st.st_ino;
  }
  if (::chmod(path_.c_str(), options.mode) != 0) {
    const std::string why = errnoText();
    close();
    return fail(error, "socket " + options.path + ": chmod " + octal(options.mode) + ": " + why);
  }
  if (gid != static_cast<gid_t>(-1) && ::chown(path_.c_str(), static_cast<uid_t>(-1), gid) != 0) {
    const std::string why = errnoText();
    close();
    return fail(error, "socket " + options.path + ": chown to group " + options.group + ": " + why);
  }
  if (::listen(fd_, options.backlog) != 0) {
    const std::string why = errnoText();
    close();
    return fail(error, "socket " + options.path + ": listen: " + why);
  }
  return true;
}

void ListenSocket::close() {
  if (fd_ < 0) return;
  ::close(fd_);
  fd_ = -1;
  struct stat st {};
  if (::lstat(path_.c_str(), &st) == 0 && st.st_dev == dev_ && st.st_ino == ino_) {
    ::unlink(path_.c_str());
  }
}

}  // namespace swarmlab::displayd
