// libFuzzer target: the wire format (wire.hpp) on arbitrary bytes. Every decoder must accept or
// refuse without undefined behaviour, and what it accepts must survive encode -> decode
// unchanged; values built from raw bytes (INT64_MIN, UINT64_MAX, ...) must too.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "wire.hpp"

namespace {

void check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "%s: %s\n", "fuzz_wire", what);
  std::abort();  // libFuzzer keeps the input as crash-*
}

template <typename T>
T takeRaw(const uint8_t* data, size_t size, size_t offset) {
  T v{};
  if (offset + sizeof(T) <= size) std::memcpy(&v, data + offset, sizeof(T));
  return v;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace swarmlab::wire;
  const std::string_view s(reinterpret_cast<const char*>(data), size);

  if (auto m = decodeClock(s))
    check(decodeClock(encodeClock(*m)) == m, "clock message changed by encode/decode");
  if (auto d = decodeDisplay(s))
    check(decodeDisplay(encodeDisplay(*d)) == d, "display state changed by encode/decode");
  if (auto e = eventFromString(s)) check(toString(*e) == s, "event name changed");

  // The same bytes as binary values: every seq, t_us and segment pattern round-trips.
  DisplayState d;
  d.seq = takeRaw<std::uint64_t>(data, size, 0);
  d.t_us = takeRaw<std::int64_t>(data, size, 8);
  d.segments = takeRaw<std::array<std::uint8_t, 8>>(data, size, 16);
  check(decodeClock(encodeClock({d.seq, d.t_us})) == ClockMessage{d.seq, d.t_us},
        "binary clock values do not round-trip");
  check(decodeDisplay(encodeDisplay(d)) == d, "binary display state does not round-trip");
  return 0;
}
