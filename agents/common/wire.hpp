// The wire format between agents, the console and the recorder: the single source.
// See ../../../shared/DESIGN.md ("The wire format"). Header-only, no Qt, no hiredis.
#pragma once

#include <array>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace swarmlab::wire {

/// All timestamps on the wire are lab time: the Redis server's clock, microseconds since the epoch.
using LabMicros = std::int64_t;

inline constexpr std::string_view kDefaultPrefix = "swarmlab";

/// Approximate caps for the streams (XADD ... MAXLEN ~ N).
inline constexpr long kMetricsMaxLen = 200000;  // ~ 55 h of one entry/s for each of 1 agent
inline constexpr long kEventsMaxLen = 20000;

/// Agent kinds as written in the `kind` field.
inline constexpr std::string_view kKindPublisher = "publisher";
inline constexpr std::string_view kKindSubscriber = "subscriber";

/// Field names of stream entries.
namespace field {
inline constexpr std::string_view kKind = "kind";
inline constexpr std::string_view kInstance = "instance";
inline constexpr std::string_view kNode = "node";
inline constexpr std::string_view kT = "t";       // metrics: lab second (integer)
inline constexpr std::string_view kTUs = "t_us";  // events: lab microseconds
inline constexpr std::string_view kEvent = "event";
inline constexpr std::string_view kCount =
    "count";  // messages published / display updates in that second
inline constexpr std::string_view kFailed =
    "failed";  // publisher: messages it could not publish in that second
inline constexpr std::string_view kLagP50 = "lag_p50_us";
inline constexpr std::string_view kLagP99 = "lag_p99_us";
inline constexpr std::string_view kLagMax = "lag_max_us";
inline constexpr std::string_view kLost =
    "lost";  // subscriber: sequence numbers never seen, in that second
/// subscriber: clock messages refused in that second: not `<seq> <t_us>`, t_us further than
/// kMaxClockSkewUs from its lab time, or a seq jump the time since allows no publisher
inline constexpr std::string_view kBad = "bad";
/// metrics, only when > 0: how many entries of the seconds right before this one's `t` the
/// agent dropped (its bounded buffer overflowed while Redis was away): "no data", not zero
inline constexpr std::string_view kDroppedS = "dropped_s";
inline constexpr std::string_view kDetail = "detail";  // events: optional free text
/// subscriber `stopping`/`stopped`/`resumed` events: lab time of its last display update
/// (migration gap, C; failover gap)
inline constexpr std::string_view kLastUpdateUs = "last_update_us";
/// subscriber `first_message`: the seq of the first clock message it showed; `stopping`/
/// `stopped`: the seq of the last one. Whether a handover missed messages (start-first: the
/// new instance's first seq is at most the old one's last + 1).
inline constexpr std::string_view kSeq = "seq";
}  // namespace field

/// Redis object names, all under one configurable prefix so that two labs can share a Redis.
struct Keys {
  std::string prefix{kDefaultPrefix};

  std::string clockChannel() const { return prefix + ":clock"; }
  std::string clockLast() const { return prefix + ":clock:last"; }
  std::string metricsStream() const { return prefix + ":metrics"; }
  std::string eventsStream() const { return prefix + ":events"; }
  /// Latest state of a subscriber's displays (see encodeDisplay).
  std::string display(std::string_view instance) const {
    return prefix + ":display:" + std::string(instance);
  }
};

/// One message of the clock channel: `<seq> <t_us>`.
struct ClockMessage {
  std::uint64_t seq = 0;
  LabMicros t_us = 0;
  friend bool operator==(const ClockMessage&, const ClockMessage&) = default;
};

inline std::string encodeClock(const ClockMessage& m) {
  // 20 digits for the seq, a space, at most 20 characters for the signed time.
  std::array<char, 24> seq{};
  std::array<char, 24> t{};
  auto r1 = std::to_chars(seq.data(), seq.data() + seq.size(), m.seq);
  auto r2 = std::to_chars(t.data(), t.data() + t.size(), m.t_us);
  std::string out;
  out.reserve(static_cast<std::size_t>((r1.ptr - seq.data()) + 1 + (r2.ptr - t.data())));
  out.append(seq.data(), r1.ptr);
  out.push_back(' ');
  out.append(t.data(), r2.ptr);
  return out;
}

/// A clock message whose t_us is further than this from the receiver's lab time is refused
/// (issue 11): no clock offset is a day, and lag arithmetic stays far from overflow.
inline constexpr LabMicros kMaxClockSkewUs = 86'400'000'000;

/// True if t_us is within kMaxClockSkewUs of labNow; no overflow for any pair of values.
inline constexpr bool plausibleClockTime(LabMicros t_us, LabMicros labNow) {
  const auto a = static_cast<std::uint64_t>(t_us), b = static_cast<std::uint64_t>(labNow);
  const std::uint64_t distance = t_us >= labNow ? a - b : b - a;
  return distance <= static_cast<std::uint64_t>(kMaxClockSkewUs);
}

/// Strict parse: two decimal integers separated by one space, nothing else.
inline std::optional<ClockMessage> decodeClock(std::string_view s) {
  ClockMessage m;
  const char* b = s.data();
  const char* e = s.data() + s.size();
  auto r1 = std::from_chars(b, e, m.seq);
  if (r1.ec != std::errc{} || r1.ptr == e || *r1.ptr != ' ') return std::nullopt;
  auto r2 = std::from_chars(r1.ptr + 1, e, m.t_us);
  if (r2.ec != std::errc{} || r2.ptr != e) return std::nullopt;
  return m;
}

/// Lifecycle events of an agent (stream `<prefix>:events`, field `event`).
/// `resumed` (subscriber): its first display update after a redis_back, with last_update_us
/// (its last update before the loss) and the detail "from A to B, lost N" (the Redis server
/// before and after: they differ after a Sentinel failover; N: sequence numbers skipped).
enum class Event { Started, FirstMessage, RedisLost, RedisBack, Resumed, Stopping, Stopped };

inline constexpr std::string_view toString(Event e) {
  switch (e) {
    case Event::Started:
      return "started";
    case Event::FirstMessage:
      return "first_message";
    case Event::RedisLost:
      return "redis_lost";
    case Event::RedisBack:
      return "redis_back";
    case Event::Resumed:
      return "resumed";
    case Event::Stopping:
      return "stopping";
    case Event::Stopped:
      return "stopped";
  }
  return "unknown";
}

inline std::optional<Event> eventFromString(std::string_view s) {
  for (Event e : {Event::Started, Event::FirstMessage, Event::RedisLost, Event::RedisBack,
                  Event::Resumed, Event::Stopping, Event::Stopped}) {
    if (toString(e) == s) return e;
  }
  return std::nullopt;
}

/// Display state value stored at Keys::display(instance): `<seq> <t_us> <hex16>` where
/// hex16 is 8 bytes in lower-case hex, one per digit, digits 0-3 the first SH5461AS display
/// (left to right), 4-7 the second; bit 0..6 = segments a..g, bit 7 = decimal point.
struct DisplayState {
  std::uint64_t seq = 0;
  LabMicros t_us = 0;
  std::array<std::uint8_t, 8> segments{};
  friend bool operator==(const DisplayState&, const DisplayState&) = default;
};

inline std::string encodeDisplay(const DisplayState& d) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = encodeClock({d.seq, d.t_us});
  out.push_back(' ');
  for (auto b : d.segments) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 0xf]);
  }
  return out;
}

inline std::optional<DisplayState> decodeDisplay(std::string_view s) {
  auto sp = s.rfind(' ');
  if (sp == std::string_view::npos) return std::nullopt;
  auto head = decodeClock(s.substr(0, sp));
  auto hex = s.substr(sp + 1);
  if (!head || hex.size() != 16) return std::nullopt;
  DisplayState d{head->seq, head->t_us, {}};
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  for (std::size_t i = 0; i < 8; ++i) {
    int hi = nibble(hex[2 * i]), lo = nibble(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    d.segments[i] = static_cast<std::uint8_t>(hi << 4 | lo);
  }
  return d;
}

}  // namespace swarmlab::wire
