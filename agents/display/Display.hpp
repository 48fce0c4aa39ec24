// What a subscriber shows: two SH5461AS 4-digit 7-segment displays, and the backends that
// show it (sim: Redis mirror; gpio: libgpiod multiplexing). No Qt, no hiredis here.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace swarmlab::display {

/// Segment bits of one digit: bit 0..6 = a..g, bit 7 = decimal point (as in wire::DisplayState).
using Segments = std::uint8_t;

/// The 8 digits of the two displays: 0-3 the first display left to right, 4-7 the second.
struct Frame {
  std::array<Segments, 8> digits{};
  friend bool operator==(const Frame&, const Frame&) = default;
};

/// What the two displays show for a lab time.
enum class TimeFormat {
  HhMm_SsCc,  ///< "hh.mm" on the first, "ss.cc" (seconds, centiseconds) on the second (default)
  HhMm_MmSs,  ///< "hh.mm" on the first, "mm.ss" on the second
};

/// A display backend. show() is called from the subscriber's Redis thread for every update
/// and must not block: backends that refresh hardware only swap a buffer.
class Display {
 public:
  virtual ~Display() = default;
  virtual std::string_view name() const = 0;
  /// t_us is the lab time shown (the message's time); seq the message's sequence number.
  virtual void show(const Frame& frame, std::int64_t t_us, std::uint64_t seq) = 0;
};

}  // namespace swarmlab::display
