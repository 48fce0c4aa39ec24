#include "LineReadback.hpp"

namespace swarmlab::displayd {

namespace {
constexpr unsigned kAllDigits = 0xffU;
}

LineReadback::LineReadback(display::MuxLayout layout, display::FakeLines& lines)
    : layout_(std::move(layout)), lines_(lines) {}

unsigned LineReadback::decode(const display::MuxLayout& layout, display::LineLevels levels,
                              display::Frame& frame) {
  const display::LineLevels logical = levels ^ layout.activeLow;
  unsigned lit = 0;
  for (std::size_t d = 0; d < 2; ++d) {
    for (std::size_t k = 0; k < 4; ++k) {
      if (!(logical >> layout.digitBit[d][k] & 1U)) continue;
      display::Segments segs = 0;
      for (std::size_t s = 0; s < 8; ++s) {
        if (logical >> layout.segmentBit[d][s] & 1U)
          segs |= static_cast<display::Segments>(1U << s);
      }
      frame.digits[d * 4 + k] = segs;
      lit |= 1U << (d * 4 + k);
    }
  }
  return lit;
}

void LineReadback::update() {
  for (const auto& change : lines_.takeRecords()) seen_ |= decode(layout_, change.levels, frame_);
}

std::optional<display::Frame> LineReadback::frame() const {
  if (seen_ != kAllDigits) return std::nullopt;
  return frame_;
}

}  // namespace swarmlab::displayd
