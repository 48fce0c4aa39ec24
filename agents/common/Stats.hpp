// Lab seconds, lag statistics without keeping samples, and sequence gap detection.
#pragma once

#include <array>
#include <cstdint>
#include <optional>

namespace swarmlab::agents {

/// Lab second of a lab time in microseconds (floor division, also for negative times).
constexpr std::int64_t labSecond(std::int64_t t_us) {
  return t_us >= 0 ? t_us / 1'000'000 : -((-t_us + 999'999) / 1'000'000);
}

/// Log-linear histogram of non-negative microsecond values (HDR style): exact below 64,
/// then 32 linear buckets per power of two (relative error <= 1/64 at the bucket midpoint).
/// Fixed size, no allocation; percentiles without storing samples.
class LagHistogram {
 public:
  static constexpr int kSubBits = 5;
  static constexpr int kSub = 1 << kSubBits;  // 32
  static constexpr int kMaxExp = 44;          // values up to 2^44 us (~200 days)
  static constexpr int kBuckets = 2 * kSub + (kMaxExp - kSubBits) * kSub;

  void add(std::int64_t value);
  void reset();
  std::uint64_t count() const { return count_; }
  std::int64_t max() const { return count_ ? max_ : 0; }
  std::int64_t min() const { return count_ ? min_ : 0; }
  /// The value at rank ceil(q * count) (q in [0,1]); 0 when empty. Within a bucket width of
  /// the exact percentile, clamped to [min, max].
  std::int64_t percentile(double q) const;

  static int bucketOf(std::int64_t v);
  static std::int64_t bucketLow(int b);
  static std::int64_t bucketHigh(int b);  // inclusive

 private:
  std::array<std::uint32_t, kBuckets> buckets_{};
  std::uint64_t count_ = 0;
  std::int64_t max_ = 0;
  std::int64_t min_ = 0;
};

/// Lost messages from sequence numbers: a gap forward counts as lost; a step back means the
/// publisher restarted (or a duplicate) and counts nothing.
/// Counts sequence numbers never seen. Messages from several publishers may interleave on one
/// channel (a start-first publisher restart runs two for a moment, each with its own counter):
/// every message continues the stream whose next expected number is the closest at or below
/// it; a message below every stream starts a new one (a restarted publisher). Up to kStreams
/// streams are followed; the least recently used one is forgotten.
/// Range checks (issue 11): a publisher sends at most one message per microsecond (its
/// shortest period), so a jump ahead of a stream by more than the microseconds elapsed since
/// that stream's last message arrived (plus kJumpSlack) is not a real gap; a seq above kMaxSeq
/// is no real publisher's either. Such a message is refused and changes nothing.
class GapDetector {
 public:
  static constexpr std::size_t kStreams = 4;
  static constexpr std::uint64_t kJumpSlack = 1000;
  static constexpr std::uint64_t kMaxSeq = std::uint64_t{1} << 53;

  /// How many sequence numbers were skipped before seq, or nullopt if the message is refused.
  /// nowUs: when it arrived (the subscriber's lab time, not the message's own t_us).
  std::optional<std::uint64_t> see(std::uint64_t seq, std::int64_t nowUs);
  std::uint64_t lostTotal() const { return lostTotal_; }
  std::uint64_t restarts() const { return restarts_; }
  bool seenAny() const { return used_ > 0; }

 private:
  struct Stream {
    std::uint64_t next = 0;
    std::int64_t lastUs = 0;  // arrival of its last message
    std::uint64_t lastUse = 0;
  };
  Stream* continued(std::uint64_t seq);
  Stream& fresh();

  std::array<Stream, kStreams> streams_{};
  std::size_t used_ = 0;
  std::uint64_t clock_ = 0;
  std::uint64_t lostTotal_ = 0;
  std::uint64_t restarts_ = 0;
};

}  // namespace swarmlab::agents
