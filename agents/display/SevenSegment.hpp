// 7-segment encoding of digits and of the lab time shown by a subscriber.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

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

/// Segments for one character: '0'-'9', ' ' (blank), '-' (minus); nullopt for anything else.
std::optional<Segments> encodeChar(char c);

/// The 4 digits of one display for text such as "12.34", "-5", " 7.": up to 4 characters of
/// encodeChar, each optionally followed by '.' (its decimal point); shorter text is
/// right-aligned with blanks. nullopt if a character is not encodable or it does not fit.
std::optional<std::array<Segments, 4>> encodeText(std::string_view text);

/// An integer right-aligned on one display with a leading minus: -999..9999; nullopt outside.
std::optional<std::array<Segments, 4>> encodeInteger(long value);

/// Config spelling of the formats: "hhmm-sscc" (default) and "hhmm-mmss".
std::optional<TimeFormat> parseTimeFormat(std::string_view name);
std::string_view toString(TimeFormat format);

}  // namespace swarmlab::display
