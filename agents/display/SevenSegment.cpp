#include "SevenSegment.hpp"

#include <array>

namespace swarmlab::display {

namespace {
//                                        0     1     2     3     4     5     6     7     8     9
constexpr std::array<Segments, 10> kDigits{0x3f, 0x06, 0x5b, 0x4f, 0x66,
                                           0x6d, 0x7d, 0x07, 0x7f, 0x6f};

Segments digitAt(long value, int position) {
  for (int i = 0; i < position; ++i) value /= 10;
  return kDigits[static_cast<std::size_t>(value % 10)];
}

void putTwo(Frame& f, int at, long value) {
  f.digits[static_cast<std::size_t>(at)] = digitAt(value, 1);
  f.digits[static_cast<std::size_t>(at + 1)] = digitAt(value, 0);
}
}  // namespace

std::optional<Segments> encodeDigit(int digit) {
  if (digit < 0 || digit > 9) return std::nullopt;
  return kDigits[static_cast<std::size_t>(digit)];
}

Frame encodeTime(std::int64_t t_us, TimeFormat format, int utcOffsetMinutes) {
  constexpr std::int64_t kDayUs = 86'400'000'000LL;
  // time of day first, then the offset, each reduced modulo a day: no overflow for any t_us
  // (INT64_MIN and INT64_MAX included) and any offset
  const std::int64_t utcOfDay = (t_us % kDayUs + kDayUs) % kDayUs;
  const std::int64_t offset = std::int64_t{utcOffsetMinutes} % 1440 * 60'000'000LL;
  const std::int64_t ofDay = ((utcOfDay + offset) % kDayUs + kDayUs) % kDayUs;
  long cs = static_cast<long>(ofDay / 10'000);  // centiseconds of the day
  long hh = cs / 360'000, mm = cs / 6'000 % 60, ss = cs / 100 % 60, cc = cs % 100;
  Frame f;
  putTwo(f, 0, hh);
  putTwo(f, 2, mm);
  f.digits[1] |= kDecimalPoint;
  if (format == TimeFormat::HhMm_SsCc) {
    putTwo(f, 4, ss);
    putTwo(f, 6, cc);
  } else {
    putTwo(f, 4, mm);
    putTwo(f, 6, ss);
  }
  f.digits[5] |= kDecimalPoint;
  return f;
}

std::optional<Segments> encodeChar(char c) {
  if (c >= '0' && c <= '9') return kDigits[static_cast<std::size_t>(c - '0')];
  if (c == ' ') return kBlank;
  if (c == '-') return kMinus;
  return std::nullopt;
}

std::optional<std::array<Segments, 4>> encodeText(std::string_view text) {
  std::array<Segments, 4> cells{};
  std::size_t n = 0;
  std::array<Segments, 4> parsed{};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '.') {
      // A dot with no character before it (".5") lights a blank cell's point.
      if (n == 0 || (i > 0 && text[i - 1] == '.')) {
        if (n == 4) return std::nullopt;
        parsed[n++] = kBlank;
      }
      parsed[n - 1] |= kDecimalPoint;
      continue;
    }
    auto s = encodeChar(text[i]);
    if (!s || n == 4) return std::nullopt;
    parsed[n++] = *s;
  }
  for (std::size_t i = 0; i < n; ++i) cells[4 - n + i] = parsed[i];
  return cells;
}

std::optional<std::array<Segments, 4>> encodeInteger(long value) {
  if (value < -999 || value > 9999) return std::nullopt;
  std::array<Segments, 4> cells{};
  bool negative = value < 0;
  unsigned long v =
      negative ? static_cast<unsigned long>(-value) : static_cast<unsigned long>(value);
  int at = 3;
  do {
    cells[static_cast<std::size_t>(at--)] = kDigits[v % 10];
    v /= 10;
  } while (v != 0);
  if (negative) cells[static_cast<std::size_t>(at)] = kMinus;
  return cells;
}

std::optional<TimeFormat> parseTimeFormat(std::string_view name) {
  if (name == "hhmm-sscc") return TimeFormat::HhMm_SsCc;
  if (name == "hhmm-mmss") return TimeFormat::HhMm_MmSs;
  return std::nullopt;
}

std::string_view toString(TimeFormat format) {
  return format == TimeFormat::HhMm_MmSs ? "hhmm-mmss" : "hhmm-sscc";
}

}  // namespace swarmlab::display
