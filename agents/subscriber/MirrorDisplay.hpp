// The sim display: keeps the frame and mirrors it to Redis (<prefix>:display:<instance>,
// wire::encodeDisplay) at most 50 times a second over its own connection, from the subscribe
// thread, without ever blocking it: non-blocking send() of a pre-encoded SET on a connection
// with CLIENT REPLY OFF (nothing to read back, no extra thread waking up 50 times a second).
// Optionally forwards every update to a hardware backend (gpio) as well.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "Display.hpp"
#include "RedisLink.hpp"
#include "wire.hpp"

namespace swarmlab::agents {

class MirrorDisplay : public display::Display {
 public:
  static constexpr std::int64_t kMinIntervalNs = 20'000'000;  // <= 50 writes/s
  static constexpr std::int64_t kRetryNs = 5'000'000'000;     // reconnect attempts when lost
  static constexpr std::int64_t kDrainNs = 1'000'000'000;     // reading what came back

  /// hardware may be null (pure sim).
  MirrorDisplay(redis::RedisUrl url, std::string key,
                std::unique_ptr<display::Display> hardware = nullptr);

  std::string_view name() const override { return hardware_ ? hardware_->name() : "sim"; }
  /// Keeps the frame and forwards it to the hardware; the mirror write is left to poll().
  void show(const display::Frame& frame, std::int64_t t_us, std::uint64_t seq) override;

  /// (Re)opens the mirror connection (blocking; call where blocking is fine: start, reconnect).
  bool open();
  /// Writes a pending state if the last write is >= 20 ms old (non-blocking); call after every
  /// update and when idle.
  void poll();
  /// Writes the latest state now, blocking briefly (shutdown).
  void flush();
  const wire::DisplayState& state() const { return state_; }

 private:
  void send(std::int64_t nowNs, bool blocking);

  redis::RedisLink link_;
  std::string key_;
  std::unique_ptr<display::Display> hardware_;
  wire::DisplayState state_;
  bool dirty_ = false;
  std::int64_t lastSendNs_ = 0;
  std::int64_t nextRetryNs_ = 0;
  std::int64_t lastDrainNs_ = 0;
  std::string buf_;
};

}  // namespace swarmlab::agents
