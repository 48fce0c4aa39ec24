#include "GpioDisplay.hpp"

namespace swarmlab::display {

GpioDisplay::GpioDisplay(const PinMap& map, std::unique_ptr<LineDriver> lines)
    : map_(map),
      mux_(std::move(lines), MuxLayout::fromPinMap(map),
           MuxTiming{map.slotNs(), map.brightness, map.realtimePriority}) {
  mux_.start();
}

void GpioDisplay::show(const Frame& frame, std::int64_t, std::uint64_t) { mux_.setFrame(frame); }

std::unique_ptr<LineDriver> openPinMapLines(const PinMap& map, std::string* error) {
  MuxLayout layout = MuxLayout::fromPinMap(map);
  std::string why;
  auto lines = openGpiodLines(map.chip, layout.lines, layout.blankLevels(), "swarmlab", &why);
  if (!lines && error) *error = why + " (pin map: " + map.source + ")";
  return lines;
}

std::unique_ptr<Display> openGpioDisplay(const std::string& pinMapPath, std::string* error) {
  auto map = loadPinMap(pinMapPath, error);
  if (!map) return nullptr;
  auto lines = openPinMapLines(*map, error);
  if (!lines) return nullptr;
  return std::make_unique<GpioDisplay>(*map, std::move(lines));
}

}  // namespace swarmlab::display
