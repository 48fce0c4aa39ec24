// The gpio backend: two SH5461AS displays multiplexed over libgpiod (v1 API) on their own
// thread. Implemented by the GPIO issue; until then openGpioDisplay reports it is missing.
#pragma once

#include <memory>
#include <string>

#include "Display.hpp"

namespace swarmlab::display {

/// Opens the GPIO display described by the pin map file (empty path = the documented default
/// wiring). On failure returns nullptr and sets *error to a one-line message naming the chip,
/// line or file concerned; the caller falls back to the sim display.
std::unique_ptr<Display> openGpioDisplay(const std::string& pinMapPath, std::string* error);

}  // namespace swarmlab::display
