#include "Stats.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

namespace swarmlab::agents {

int LagHistogram::bucketOf(std::int64_t v) {
  if (v < 0) v = 0;
  auto u = static_cast<std::uint64_t>(v);
  if (u < 2 * kSub) return static_cast<int>(u);
  int msb = 63 - std::countl_zero(u);  // >= kSubBits + 1
  int shift = msb - kSubBits;
  int sub = static_cast<int>((u >> shift) & (kSub - 1));
  int b = 2 * kSub + (shift - 1) * kSub + sub;
  return std::min(b, kBuckets - 1);
}

std::int64_t LagHistogram::bucketLow(int b) {
  if (b < 2 * kSub) return b;
  int shift = (b - 2 * kSub) / kSub + 1;
  int sub = (b - 2 * kSub) % kSub;
  return (std::int64_t{kSub} + sub) << shift;
}

std::int64_t LagHistogram::bucketHigh(int b) {
  if (b < 2 * kSub) return b;
  int shift = (b - 2 * kSub) / kSub + 1;
  return bucketLow(b) + (std::int64_t{1} << shift) - 1;
}

void LagHistogram::add(std::int64_t value) {
  if (value < 0) value = 0;
  ++buckets_[static_cast<std::size_t>(bucketOf(value))];
  if (count_ == 0) {
    min_ = max_ = value;
  } else {
    min_ = std::min(min_, value);
    max_ = std::max(max_, value);
  }
  ++count_;
}

void LagHistogram::reset() {
  if (count_ == 0) return;
  buckets_.fill(0);
  count_ = 0;
  min_ = max_ = 0;
}

std::int64_t LagHistogram::percentile(double q) const {
  if (count_ == 0) return 0;
  q = std::clamp(q, 0.0, 1.0);
  auto rank = static_cast<std::uint64_t>(std::ceil(q * static_cast<double>(count_)));
  rank = std::clamp<std::uint64_t>(rank, 1, count_);
  if (rank == count_) return max_;
  std::uint64_t seen = 0;
  for (int b = 0; b < kBuckets; ++b) {
    seen += buckets_[static_cast<std::size_t>(b)];
    if (seen >= rank) {
      if (b == kBuckets - 1) return max_;  // overflow bucket: no better estimate
      std::int64_t mid = (bucketLow(b) + bucketHigh(b)) / 2;
      return std::clamp(mid, min_, max_);
    }
  }
  return max_;
}

// The stream seq continues: the largest `next` with next <= seq + 1 (seq == next - 1 is a
// duplicate of its last message); null if seq is below every stream.
GapDetector::Stream* GapDetector::continued(std::uint64_t seq) {
  Stream* best = nullptr;
  for (std::size_t i = 0; i < used_; ++i) {
    Stream& st = streams_[i];
    if (st.next <= seq + 1 && (!best || st.next > best->next)) best = &st;
  }
  return best;
}

// A publisher (re)started: a free slot or the least recently used one.
GapDetector::Stream& GapDetector::fresh() {
  if (used_ > 0) ++restarts_;
  if (used_ < kStreams) return streams_[used_++];
  Stream* lru = &streams_[0];
  for (auto& st : streams_)
    if (st.lastUse < lru->lastUse) lru = &st;
  return *lru;
}

std::optional<std::uint64_t> GapDetector::see(std::uint64_t seq, std::int64_t nowUs) {
  if (seq > kMaxSeq) return std::nullopt;
  Stream* st = continued(seq);
  std::uint64_t lost = 0;
  if (st) {
    if (seq >= st->next) {
      lost = seq - st->next;
      const std::uint64_t since = nowUs > st->lastUs ? static_cast<std::uint64_t>(nowUs) -
                                                           static_cast<std::uint64_t>(st->lastUs)
                                                     : 0;
      if (lost > kJumpSlack + since) return std::nullopt;
    }
    if (seq + 1 > st->next) st->next = seq + 1;
  } else {
    st = &fresh();
    st->next = seq + 1;
  }
  st->lastUs = nowUs;
  st->lastUse = ++clock_;
  lostTotal_ += lost;
  return lost;
}

}  // namespace swarmlab::agents
