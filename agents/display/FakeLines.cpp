#include "FakeLines.hpp"

namespace swarmlab::display {

// Touch the log's pages here, on the caller's thread, so the refresh thread's writes do not
// take page faults (they would show up as jitter of the thing being measured).
void FakeLines::prefault(std::vector<LineChange>& log) const {
  log.resize(reserve_);
  log.clear();
}

FakeLines::FakeLines(std::size_t lineCount, std::size_t reserve)
    : lineCount_(lineCount), reserve_(reserve) {
  prefault(log_);
}

bool FakeLines::set(LineLevels levels, std::string* error) {
  auto now = std::chrono::steady_clock::now();
  std::lock_guard lock(mutex_);
  if (!failure_.empty()) {
    if (error) *error = failure_;
    return false;
  }
  if (lineCount_ < kMaxLines) levels &= (LineLevels{1} << lineCount_) - 1;
  log_.push_back({now, levels});
  current_ = levels;
  return true;
}

std::vector<LineChange> FakeLines::records() const {
  std::lock_guard lock(mutex_);
  return log_;
}

std::vector<LineChange> FakeLines::takeRecords() {
  std::vector<LineChange> fresh;
  prefault(fresh);
  std::lock_guard lock(mutex_);
  fresh.swap(log_);
  return fresh;
}

LineLevels FakeLines::current() const {
  std::lock_guard lock(mutex_);
  return current_;
}

void FakeLines::setFailure(std::string message) {
  std::lock_guard lock(mutex_);
  failure_ = std::move(message);
}

}  // namespace swarmlab::display
