// 7-segment encoding of digits and of the lab time shown by a subscriber.
#pragma once

#include <cstdint>
#include <optional>

#include "Display.hpp"

namespace swarmlab::display {

inline constexpr Segments kBlank = 0x00;
inline constexpr Segments kMinus = 0x40;  // segment g
inline constexpr Segments kDecimalPoint = 0x80;

/// Segments for a decimal digit 0-9; nullopt for anything else.
std::optional<Segments> encodeDigit(int digit);

/// The frame the displays show for lab time t_us (UTC shifted by utcOffsetMinutes).
/// HhMm_SsCc: "hh.mm" + "ss.cc"; HhMm_MmSs: "hh.mm" + "mm.ss". The dot is the colon.
Frame encodeTime(std::int64_t t_us, TimeFormat format, int utcOffsetMinutes = 0);

}  // namespace swarmlab::display
