// The line-driver seam between the multiplexer and the GPIO library. The multiplexer only ever
// drives all of its lines at once with physical levels; one adapter per libgpiod API (v1 today,
// v2 later) and a fake for tests implement it. No Qt, no gpiod.h here.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace swarmlab::display {

/// Physical level of each requested line: bit i = line i in the order requested (1 = high).
using LineLevels = std::uint64_t;

/// At most this many lines in one request (libgpiod v1 bulk limit is 64 as well).
inline constexpr std::size_t kMaxLines = 64;

/// One line to request: its offset on the chip and what it drives (for error messages).
struct LineRequest {
  unsigned offset = 0;
  std::string role;  ///< e.g. "display 1 segment c"
};

/// A set of output lines driven together.
class LineDriver {
 public:
  virtual ~LineDriver() = default;
  virtual std::size_t lineCount() const = 0;
  /// Drives every line at once (one bulk call). False and *error set on failure.
  virtual bool set(LineLevels levels, std::string* error) = 0;
};

/// Requests `lines` as outputs on `chip` (name like "gpiochip0", a /dev path, a label or a
/// number) for consumer `consumer`, starting at `initial`. On failure returns nullptr and sets
/// *error to one line naming the chip and, where it applies, the line and its role (no such
/// chip, permission denied, line out of range, line in use and by whom).
/// Implemented by the libgpiod adapter selected at build time (GpiodV1Lines.cpp).
std::unique_ptr<LineDriver> openGpiodLines(const std::string& chip,
                                           const std::vector<LineRequest>& lines,
                                           LineLevels initial, std::string_view consumer,
                                           std::string* error);

/// Which libgpiod adapter this build uses ("libgpiod v1", or "none" when built without it).
std::string_view gpiodAdapterName();

}  // namespace swarmlab::display
