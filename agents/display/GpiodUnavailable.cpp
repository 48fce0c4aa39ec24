// Used when the build found no libgpiod v1 (e.g. only v2): the gpio backend reports it is
// missing and the subscriber falls back to the sim display. A v2 adapter replaces this file.
#include "LineDriver.hpp"

namespace swarmlab::display {

std::string_view gpiodAdapterName() { return "none"; }

std::unique_ptr<LineDriver> openGpiodLines(const std::string& chip, const std::vector<LineRequest>&,
                                           LineLevels, std::string_view, std::string* error) {
  if (error) {
    *error = "gpio: this build has no libgpiod v1 adapter, cannot open chip '" + chip + "'";
  }
  return nullptr;
}

}  // namespace swarmlab::display
