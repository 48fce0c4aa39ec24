// The sim display: keeps the latest frame so that a writer thread can mirror it into Redis
// (swarmlab:display:<instance>); optionally forwards every update to a hardware backend too.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "Display.hpp"
#include "wire.hpp"

namespace swarmlab::agents {

class MirrorDisplay : public display::Display {
 public:
  /// hardware may be null (pure sim).
  explicit MirrorDisplay(std::unique_ptr<display::Display> hardware = nullptr)
      : hardware_(std::move(hardware)) {}

  std::string_view name() const override { return hardware_ ? hardware_->name() : "sim"; }

  void show(const display::Frame& frame, std::int64_t t_us, std::uint64_t seq) override {
    if (hardware_) hardware_->show(frame, t_us, seq);
    std::lock_guard lock(mu_);
    state_.seq = seq;
    state_.t_us = t_us;
    state_.segments = frame.digits;
    dirty_ = true;
  }

  /// The latest state if it changed since the last call.
  bool take(wire::DisplayState& out) {
    std::lock_guard lock(mu_);
    if (!dirty_) return false;
    dirty_ = false;
    out = state_;
    return true;
  }

 private:
  std::unique_ptr<display::Display> hardware_;
  std::mutex mu_;
  wire::DisplayState state_;
  bool dirty_ = false;
};

}  // namespace swarmlab::agents
