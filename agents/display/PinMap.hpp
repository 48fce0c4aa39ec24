// The pin map: which GPIO lines drive the two SH5461AS displays. A small JSON file
// (docs/display.md); the documented default wiring for a Raspberry Pi is built in and shipped
// as resources/pinmaps/pi-default.json.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace swarmlab::display {

/// Lines of one 4-digit display.
struct DisplayPins {
  std::array<unsigned, 8> segments{};  ///< line offsets of segments a..g, dp
  std::array<unsigned, 4> digits{};    ///< line offsets of the digit commons, left to right
  friend bool operator==(const DisplayPins&, const DisplayPins&) = default;
};

/// A parsed, validated pin map.
struct PinMap {
  std::string chip = "gpiochip0";
  std::array<DisplayPins, 2> displays{};
  bool segmentsActiveHigh = true;  ///< common cathode: a segment lights when its line is high
  bool digitsActiveHigh = false;   ///< common cathode driven directly: a digit is on when low
  int refreshHz = 125;             ///< refreshes of every digit per second (100..1000)
  int brightness = 100;            ///< on-time within each slot, percent (1..100)
  int realtimePriority = 10;       ///< SCHED_FIFO priority of the refresh thread, 0 = normal
  std::string source;              ///< the file it came from, or "built-in default"

  /// Both displays on the same 8 segment lines (8-slot multiplex) instead of their own
  /// (the two displays multiplexed in parallel, 4 slots).
  bool sharedSegments() const { return displays[0].segments == displays[1].segments; }
  /// Slots of one refresh cycle: 8 with shared segment lines, 4 with separate ones.
  int slotsPerCycle() const { return sharedSegments() ? 8 : 4; }
  /// Length of one slot in nanoseconds.
  long long slotNs() const {
    return 1'000'000'000LL / (static_cast<long long>(refreshHz) * slotsPerCycle());
  }

  friend bool operator==(const PinMap& a, const PinMap& b) {
    return a.chip == b.chip && a.displays == b.displays &&
           a.segmentsActiveHigh == b.segmentsActiveHigh &&
           a.digitsActiveHigh == b.digitsActiveHigh && a.refreshHz == b.refreshHz &&
           a.brightness == b.brightness && a.realtimePriority == b.realtimePriority;
  }
};

inline constexpr unsigned kMaxLineOffset = 1023;
inline constexpr int kMinRefreshHz = 100;
inline constexpr int kMaxRefreshHz = 1000;

/// Parses pin map JSON. `source` names it in errors. On failure returns nullopt and sets
/// *error to one line "<source>: <field>: <what was expected>".
std::optional<PinMap> parsePinMap(std::string_view json, const std::string& source,
                                  std::string* error);

/// Reads and parses a pin map file; an empty path gives the built-in default.
std::optional<PinMap> loadPinMap(const std::string& path, std::string* error);

/// The documented default Raspberry Pi wiring (identical to resources/pinmaps/pi-default.json).
std::string_view defaultPinMapJson();
PinMap defaultPinMap();

/// Segment names in bit order: "a".."g", "dp".
inline constexpr std::array<std::string_view, 8> kSegmentNames{"a", "b", "c", "d",
                                                               "e", "f", "g", "dp"};

}  // namespace swarmlab::display
