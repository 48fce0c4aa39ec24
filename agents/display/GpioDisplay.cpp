#include "GpioDisplay.hpp"

namespace swarmlab::display {

// Placeholder until the GPIO issue lands: no gpio backend in this build.
std::unique_ptr<Display> openGpioDisplay(const std::string& pinMapPath, std::string* error) {
  if (error) *error = "gpio display: backend not built yet (pin map " + pinMapPath + ")";
  return nullptr;
}

}  // namespace swarmlab::display
