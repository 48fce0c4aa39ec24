#include "MirrorDisplay.hpp"

#include <sys/socket.h>
#include <cerrno>

#include "ClockSync.hpp"

namespace swarmlab::agents {

MirrorDisplay::MirrorDisplay(redis::RedisUrl url, std::string key,
                             std::unique_ptr<display::Display> hardware)
    : link_(std::move(url)), key_(std::move(key)), hardware_(std::move(hardware)) {
  buf_.reserve(128);
}

bool MirrorDisplay::open() {
  if (!link_.connect()) return false;
  // no replies on this connection: the subscribe thread never has to read from it
  if (!link_.append(std::vector<std::string_view>{"CLIENT", "REPLY", "OFF"}) ||
      !link_.flushOutput()) {
    return false;
  }
  nextRetryNs_ = 0;
  return true;
}

void MirrorDisplay::show(const display::Frame& frame, std::int64_t t_us, std::uint64_t seq) {
  if (hardware_) hardware_->show(frame, t_us, seq);
  state_.seq = seq;
  state_.t_us = t_us;
  state_.segments = frame.digits;
  dirty_ = true;  // written by poll(), after the caller has taken the update's time
}

void MirrorDisplay::poll() {
  if (!dirty_) return;
  const std::int64_t now = redis::monotonicNanos();
  if (now - lastSendNs_ >= kMinIntervalNs) send(now, false);
}

void MirrorDisplay::flush() {
  if (dirty_) send(redis::monotonicNanos(), true);
}

void MirrorDisplay::send(std::int64_t nowNs, bool blocking) {
  if (!link_.connected()) {
    if (nowNs < nextRetryNs_ && !blocking) return;
    nextRetryNs_ = nowNs + kRetryNs;
    if (!open()) return;
  }
  const std::string value = wire::encodeDisplay(state_);
  buf_.assign("*3\r\n$3\r\nSET\r\n$");
  buf_.append(std::to_string(key_.size())).append("\r\n").append(key_).append("\r\n$");
  buf_.append(std::to_string(value.size())).append("\r\n").append(value).append("\r\n");
  const int fd = link_.fd();
  // anything coming back (an error to CLIENT REPLY OFF if an ACL forbids it) is drained once a
  // second, so that nothing piles up; EOF means the server went away (between drains a failed
  // send() says so)
  if (nowNs - lastDrainNs_ >= kDrainNs || blocking) {
    lastDrainNs_ = nowNs;
    char sink[256];
    ssize_t r;
    while ((r = ::recv(fd, sink, sizeof sink, MSG_DONTWAIT)) > 0) {
    }
    if (r == 0) {
      link_.disconnect();
      nextRetryNs_ = nowNs + kRetryNs;
      return;
    }
  }
  const ssize_t n =
      ::send(fd, buf_.data(), buf_.size(), (blocking ? 0 : MSG_DONTWAIT) | MSG_NOSIGNAL);
  if (n == static_cast<ssize_t>(buf_.size())) {
    dirty_ = false;
    lastSendNs_ = nowNs;
  } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
    // socket buffer full: skip this update, the next one carries the newer state
    lastSendNs_ = nowNs;
  } else {
    link_.disconnect();  // error or a partial write (the stream would be out of step)
    nextRetryNs_ = nowNs + kRetryNs;
  }
}

}  // namespace swarmlab::agents
