#include "ReportWriter.hpp"

#include "Signals.hpp"

namespace swarmlab::agents {

namespace {
constexpr std::size_t kMaxOutbox = 2000;
constexpr int kRefreshSamples = 8;
constexpr std::int64_t kSecondUs = 1'000'000;
constexpr std::int64_t kAfterSecondUs = 2'000;  // a closed second's last updates are in
}  // namespace

void SharedReports::post(wire::Event e, std::int64_t lab, const std::string& detail,
                         std::optional<std::int64_t> lastUpdateUs) {
  {
    std::lock_guard lock(mu);
    events.post(e, lab, detail, lastUpdateUs);
    wake = true;
  }
  cv.notify_one();
}

ReportWriter::ReportWriter(const redis::RedisUrl& url, SharedReports& shared,
                           redis::ClockSync& clock)
    : shared_(shared), clock_(clock), link_(url), reconnector_("", true) {}

ReportWriter::~ReportWriter() {
  if (thread_.joinable()) finish({});
}

void ReportWriter::start() {
  thread_ = std::thread([this] {
    blockStopSignalsInThisThread();
    run();
  });
}

void ReportWriter::finish(const std::string& stoppedDetail) {
  {
    std::lock_guard lock(shared_.mu);
    finish_ = true;
    stoppedDetail_ = stoppedDetail;
  }
  shared_.cv.notify_all();
  if (thread_.joinable()) thread_.join();
}

void ReportWriter::drain() {
  std::lock_guard lock(shared_.mu);
  for (const auto& e : shared_.metrics.pending()) outbox_.push_back(shared_.metrics.xaddArgs(e));
  shared_.metrics.confirm(shared_.metrics.pending().size());
  while (shared_.events.hasPending()) {
    outbox_.push_back(shared_.events.xaddArgs(0));
    shared_.events.confirm(1);
  }
  if (outbox_.size() > kMaxOutbox) {  // drop the oldest, in one go
    outbox_.erase(outbox_.begin(),
                  outbox_.begin() + static_cast<std::ptrdiff_t>(outbox_.size() - kMaxOutbox));
  }
}

// Reads the replies of the previous send(); entries whose replies did not come back are
// queued again (front of the outbox).
bool ReportWriter::confirm() {
  const bool ok = link_.skipReplies(awaiting_, nullptr) || awaiting_ == 0;
  awaiting_ = 0;
  if (!ok) outbox_.insert(outbox_.begin(), sent_.begin(), sent_.end());
  sent_.clear();
  return ok;
}

// Writes the outbox without waiting for the replies (read by the next confirm(): one wake-up
// per tick instead of two). wait = read them now.
bool ReportWriter::send(bool wait) {
  if (!link_.connected() || !confirm()) return false;
  std::size_t n = 0;
  for (const auto& args : outbox_) {
    if (!link_.append(args)) return false;
    ++n;
  }
  sent_.swap(outbox_);
  outbox_.clear();
  awaiting_ = n;
  if (!link_.flushOutput()) {
    confirm();
    return false;
  }
  return wait ? confirm() : true;
}

void ReportWriter::ensureConnected() {
  if (link_.connected()) return;
  const std::int64_t now = redis::monotonicNanos();
  if (!reconnector_.due(now)) return;
  if (link_.connect()) {
    reconnector_.succeeded(now);
  } else {
    reconnector_.failed(now, link_.lastError());
  }
}

// Until the next lab second has begun (its predecessor's metrics are complete), or the next
// reconnect attempt.
std::chrono::nanoseconds ReportWriter::untilNextWork() const {
  const std::int64_t lab = clock_.labNow();
  const std::int64_t toSecondUs = kSecondUs - (lab % kSecondUs + kSecondUs) % kSecondUs;
  std::chrono::nanoseconds wait = std::chrono::microseconds(toSecondUs + kAfterSecondUs);
  if (!link_.connected()) {
    wait = std::min(wait, std::chrono::nanoseconds(reconnector_.waitNs(redis::monotonicNanos())));
  }
  return wait;
}

void ReportWriter::run() {
  std::unique_lock lock(shared_.mu);
  while (!finish_) {
    shared_.cv.wait_for(lock, untilNextWork(), [this] { return finish_ || shared_.wake; });
    if (finish_) break;
    shared_.wake = false;
    shared_.metrics.tick(clock_.labNow());
    lock.unlock();
    drain();
    ensureConnected();
    send(false);
    if (link_.connected() && clock_.due() && confirm()) clock_.sync(link_, kRefreshSamples);
    lock.lock();
  }
  lock.unlock();
  finalFlush();
}

// stopping (posted by the subscribe loop), final metrics, stopped
void ReportWriter::finalFlush() {
  if (!link_.connected()) link_.connect();
  drain();
  send(true);
  {
    std::lock_guard l(shared_.mu);
    shared_.metrics.tick(clock_.labNow());
    shared_.metrics.closeOpen();
  }
  drain();
  send(true);
  {
    std::lock_guard l(shared_.mu);
    shared_.events.post(wire::Event::Stopped, clock_.labNow(), stoppedDetail_,
                        shared_.lastUpdateLab);
  }
  drain();
  send(true);
}

}  // namespace swarmlab::agents
