// The gpio backend: two SH5461AS displays multiplexed over libgpiod (v1 API) on their own
// thread (Multiplexer). See docs/display.md for the pin map and the default Pi wiring.
#pragma once

#include <memory>
#include <string>

#include "Display.hpp"
#include "LineDriver.hpp"
#include "Multiplexer.hpp"
#include "PinMap.hpp"

namespace swarmlab::display {

/// Opens the GPIO display described by the pin map file (empty path = the documented default
/// wiring). On failure returns nullptr and sets *error to a one-line message naming the chip,
/// line or file concerned; the caller falls back to the sim display.
std::unique_ptr<Display> openGpioDisplay(const std::string& pinMapPath, std::string* error);

/// The gpio Display over any LineDriver (the FakeLines in tests): starts the refresh thread.
class GpioDisplay final : public Display {
 public:
  GpioDisplay(const PinMap& map, std::unique_ptr<LineDriver> lines);
  std::string_view name() const override { return "gpio"; }
  /// Only swaps the frame buffer: never blocks.
  void show(const Frame& frame, std::int64_t t_us, std::uint64_t seq) override;
  Multiplexer& multiplexer() { return mux_; }
  const PinMap& pinMap() const { return map_; }

 private:
  PinMap map_;
  Multiplexer mux_;
};

/// Opens the lines of `map` on its chip with the selected libgpiod adapter (consumer
/// "swarmlab"), all off. nullptr and *error (one line, naming pin map, chip and line) on failure.
std::unique_ptr<LineDriver> openPinMapLines(const PinMap& map, std::string* error);

}  // namespace swarmlab::display
