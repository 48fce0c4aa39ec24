// The socket backend: sends every frame to swarmlab-displayd, which owns the GPIO lines on the
// host (Swarm services cannot be given /dev/gpiochip*: moby/swarmkit#1244). The subscriber's
// loop calls show() for every update, so nothing here ever waits: a SOCK_SEQPACKET socket,
// sends with MSG_DONTWAIT, a frame the daemon has no room for is dropped and counted, and a
// lost daemon is reconnected from show()/poll() with backoff (a unix connect never blocks).
// Protocol: DisplayProtocol.hpp, docs/displayd.md.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "Display.hpp"
#include "DisplayProtocol.hpp"

namespace swarmlab::display {

/// Counters of a SocketDisplay (readable from any thread).
struct SocketDisplayStats {
  std::uint64_t sent = 0;      ///< frames the daemon's socket took
  std::uint64_t dropped = 0;   ///< frames not sent: daemon busy (queue full) or not connected
  std::uint64_t connects = 0;  ///< successful connections (the first one included)
  std::uint64_t errors = 0;    ///< ERR replies received
};

/// The Display that writes frames to the daemon's socket. Not thread-safe: show(), poll() and
/// the owner accessors belong to one thread (the subscriber's loop); stats() may be read by any.
class SocketDisplay final : public Display {
 public:
  /// Called on the show()/poll() thread when the daemon says who owns the display now
  /// (owner empty = nobody); mine = it is this display.
  using OwnerCallback = std::function<void(const std::string& owner, bool mine)>;

  SocketDisplay(std::string socketPath, std::string instance);
  ~SocketDisplay() override;
  SocketDisplay(const SocketDisplay&) = delete;
  SocketDisplay& operator=(const SocketDisplay&) = delete;

  std::string_view name() const override { return "socket"; }
  /// Sends the frame without waiting; drops and counts it when the daemon cannot take it.
  void show(const Frame& frame, std::int64_t t_us, std::uint64_t seq) override;
  /// Reads the daemon's notifications and reconnects when due; call when idle.
  void poll();

  bool connected() const { return fd_ >= 0; }
  /// The instance the daemon last said owns the display (empty: nobody, or not told yet).
  const std::string& ownedBy() const { return owner_; }
  /// The daemon said this display is the owner.
  bool owns() const { return ownerKnown_ && owner_ == instance_; }
  void setOwnerCallback(OwnerCallback callback) { ownerCallback_ = std::move(callback); }
  SocketDisplayStats stats() const;
  /// The last connection problem or ERR reply, for logs ("" if none).
  const std::string& lastError() const { return lastError_; }
  const std::string& socketPath() const { return path_; }

 private:
  void connectIfDue(std::int64_t nowNs);
  void disconnect(std::string why, std::int64_t nowNs);
  void readReplies(std::int64_t nowNs);
  void handleReply(std::string_view message);

  std::string path_;
  std::string instance_;
  std::int64_t sinceNs_;
  int fd_ = -1;
  std::int64_t nextConnectNs_ = 0;
  std::int64_t backoffNs_;
  std::string owner_;
  bool ownerKnown_ = false;
  OwnerCallback ownerCallback_;
  std::string lastError_;
  std::atomic<std::uint64_t> sent_{0}, dropped_{0}, connects_{0}, errors_{0};
};

/// True if a unix socket exists at `path` (a daemon listens there, or is restarting): the
/// subscriber's backend choice is socket when this holds, else gpio, else sim.
bool socketDisplayAvailable(const std::string& path = std::string(protocol::kDefaultSocketPath));

/// Opens the socket display for `instance` (the subscriber's instance name) and connects once.
/// nullptr and *error (one line naming the path, or the instance) when the path is no socket or
/// the instance name cannot be sent; a daemon that does not answer yet is retried by show().
std::unique_ptr<SocketDisplay> openSocketDisplay(const std::string& path,
                                                 const std::string& instance, std::string* error);

}  // namespace swarmlab::display
