#include "SocketDisplay.hpp"

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace swarmlab::display {

namespace {

constexpr std::int64_t kFirstBackoffNs = 50'000'000;  // a restarting daemon needs a moment
constexpr std::int64_t kMaxBackoffNs = 1'000'000'000;
constexpr int kMaxRepliesPerCall = 32;
constexpr int kSendFlags = MSG_DONTWAIT | MSG_NOSIGNAL;

std::int64_t monotonicNs() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

bool fillAddress(const std::string& path, sockaddr_un& addr) {
  addr = {};
  addr.sun_family = AF_UNIX;
  if (path.empty() || path.size() >= sizeof addr.sun_path) return false;
  std::memcpy(addr.sun_path, path.data(), path.size());
  return true;
}

}  // namespace

SocketDisplay::SocketDisplay(std::string socketPath, std::string instance)
    : path_(std::move(socketPath)),
      instance_(std::move(instance)),
      sinceNs_(monotonicNs()),
      backoffNs_(kFirstBackoffNs) {}

SocketDisplay::~SocketDisplay() {
  if (fd_ >= 0) ::close(fd_);
}

SocketDisplayStats SocketDisplay::stats() const {
  return {sent_.load(std::memory_order_relaxed), dropped_.load(std::memory_order_relaxed),
          connects_.load(std::memory_order_relaxed), errors_.load(std::memory_order_relaxed)};
}

void SocketDisplay::connectIfDue(std::int64_t nowNs) {
  if (fd_ >= 0 || nowNs < nextConnectNs_) return;
  auto retryLater = [&](std::string why) {
    lastError_ = std::move(why);
    nextConnectNs_ = nowNs + backoffNs_;
    backoffNs_ = std::min(backoffNs_ * 2, kMaxBackoffNs);
  };
  sockaddr_un addr{};
  if (!fillAddress(path_, addr)) {
    retryLater("display socket '" + path_ + "': expected a path of 1.." +
               std::to_string(sizeof addr.sun_path - 1) + " bytes");
    return;
  }
  const int fd = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) {
    retryLater("display socket: socket(): " + std::string(std::strerror(errno)));
    return;
  }
  // A unix connect completes or fails at once; EAGAIN means the daemon's backlog is full.
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
    const int err = errno;
    ::close(fd);
    retryLater("display socket " + path_ + ": " + std::strerror(err) +
               (err == ECONNREFUSED || err == ENOENT ? " (is swarmlab-displayd running?)" : ""));
    return;
  }
  fd_ = fd;
  connects_.fetch_add(1, std::memory_order_relaxed);
  const std::string hello = protocol::formatHello({protocol::kVersion, instance_, sinceNs_});
  if (::send(fd_, hello.data(), hello.size(), kSendFlags) < 0) {
    disconnect("display socket " + path_ + ": sending HELLO: " + std::strerror(errno), nowNs);
  }
}

void SocketDisplay::disconnect(std::string why, std::int64_t nowNs) {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  ownerKnown_ = false;
  owner_.clear();
  lastError_ = std::move(why);
  nextConnectNs_ = nowNs + backoffNs_;
  backoffNs_ = std::min(backoffNs_ * 2, kMaxBackoffNs);
}

void SocketDisplay::show(const Frame& frame, std::int64_t t_us, std::uint64_t seq) {
  const std::int64_t now = monotonicNs();
  connectIfDue(now);
  if (fd_ < 0) {
    dropped_.fetch_add(1, std::memory_order_relaxed);
    return;
  }
  char buf[protocol::kMaxRequest];
  const std::size_t n = protocol::formatFrame(buf, sizeof buf, {seq, t_us < 0 ? 0 : t_us, frame});
  if (::send(fd_, buf, n, kSendFlags) >= 0) {
    sent_.fetch_add(1, std::memory_order_relaxed);
  } else {
    const int err = errno;
    dropped_.fetch_add(1, std::memory_order_relaxed);
    // Full queue (daemon slow or stopped) or a signal: drop this frame, the next one follows.
    if (err != EAGAIN && err != EWOULDBLOCK && err != EINTR && err != ENOBUFS) {
      disconnect("display socket " + path_ + ": " + std::strerror(err), now);
      return;
    }
  }
  readReplies(now);
}

void SocketDisplay::poll() {
  const std::int64_t now = monotonicNs();
  connectIfDue(now);
  if (fd_ >= 0) readReplies(now);
}

void SocketDisplay::readReplies(std::int64_t nowNs) {
  char buf[protocol::kMaxReply];
  for (int i = 0; i < kMaxRepliesPerCall && fd_ >= 0; ++i) {
    const ssize_t n = ::recv(fd_, buf, sizeof buf, MSG_DONTWAIT);
    if (n > 0) {
      handleReply(std::string_view(buf, static_cast<std::size_t>(n)));
      continue;
    }
    if (n == 0) {
      disconnect("display socket " + path_ + ": the daemon closed the connection", nowNs);
      return;
    }
    const int err = errno;
    if (err == EINTR) continue;
    if (err != EAGAIN && err != EWOULDBLOCK) {
      disconnect("display socket " + path_ + ": " + std::strerror(err), nowNs);
    }
    return;
  }
}

void SocketDisplay::handleReply(std::string_view message) {
  std::string error;
  auto reply = protocol::parseReply(message, &error);
  if (!reply) {
    errors_.fetch_add(1, std::memory_order_relaxed);
    lastError_ = "swarmlab-displayd sent a reply this client does not understand: " + error;
    return;
  }
  if (auto* notice = std::get_if<protocol::OwnerNotice>(&*reply)) {
    backoffNs_ = kFirstBackoffNs;  // the daemon accepted our HELLO
    const bool changed = !ownerKnown_ || notice->owner != owner_;
    owner_ = notice->owner;
    ownerKnown_ = true;
    if (changed && ownerCallback_) ownerCallback_(owner_, owner_ == instance_);
  } else if (auto* err = std::get_if<protocol::ErrorReply>(&*reply)) {
    errors_.fetch_add(1, std::memory_order_relaxed);
    lastError_ = "swarmlab-displayd: " + err->message;
  }
}

bool socketDisplayAvailable(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISSOCK(st.st_mode);
}

std::unique_ptr<SocketDisplay> openSocketDisplay(const std::string& path,
                                                 const std::string& instance, std::string* error) {
  auto fail = [&](std::string message) -> std::unique_ptr<SocketDisplay> {
    if (error) *error = std::move(message);
    return nullptr;
  };
  if (!protocol::validInstance(instance)) {
    return fail("socket display: instance '" + instance + "': expected 1.." +
                std::to_string(protocol::kMaxInstance) +
                " characters of A-Z a-z 0-9 . _ : - (the daemon's protocol)");
  }
  sockaddr_un addr{};
  if (!fillAddress(path, addr)) {
    return fail("socket display: path '" + path + "': expected 1.." +
                std::to_string(sizeof addr.sun_path - 1) + " bytes");
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    return fail("socket display: " + path + ": " + std::strerror(errno) +
                " (is swarmlab-displayd running, and its directory mounted?)");
  }
  if (!S_ISSOCK(st.st_mode)) return fail("socket display: " + path + ": not a unix socket");
  auto display = std::make_unique<SocketDisplay>(path, instance);
  display->poll();
  return display;
}

}  // namespace swarmlab::display
