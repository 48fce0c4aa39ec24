// The read-back of the fake backend: decodes what the recorded line writes lit into the frame a
// person would see (each digit as its latest lit slot showed it). It also empties FakeLines'
// log, which would otherwise grow for as long as the daemon runs.
#pragma once

#include <optional>

#include "Display.hpp"
#include "FakeLines.hpp"
#include "Multiplexer.hpp"

namespace swarmlab::displayd {

/// Decodes FakeLines records through the multiplexer's layout.
class LineReadback {
 public:
  LineReadback(display::MuxLayout layout, display::FakeLines& lines);

  /// Takes the records written since the last call and decodes them.
  void update();
  /// What the lines show, once every digit was lit at least once; nullopt before.
  std::optional<display::Frame> frame() const;

  /// The digits lit by one write of `levels` (logical: active levels already undone) into
  /// `frame`; returns a bit mask of the digits (0..7) it lit.
  static unsigned decode(const display::MuxLayout& layout, display::LineLevels levels,
                         display::Frame& frame);

 private:
  display::MuxLayout layout_;
  display::FakeLines& lines_;
  display::Frame frame_;
  unsigned seen_ = 0;  // digits lit at least once
};

}  // namespace swarmlab::displayd
