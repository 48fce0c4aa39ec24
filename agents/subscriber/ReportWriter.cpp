#include "ReportWriter.hpp"

#include "Signals.hpp"

namespace swarmlab::agents {

namespace {
constexpr int kRefreshSamples = 8;
constexpr std::size_t kAllPending = 4096;  // more than either queue holds
constexpr std::int64_t kSecondUs = 1'000'000;
constexpr std::int64_t kAfterSecondUs = 2'000;  // a closed second's last updates are in
}  // namespace

void SharedReports::post(wire::Event e, std::int64_t lab, const std::string& detail,
                         std::optional<std::int64_t> lastUpdateUs,
                         std::optional<std::uint64_t> seq) {
  {
    std::lock_guard lock(mu);
    events.post(e, lab, detail, lastUpdateUs, seq);
    wake = true;
  }
  cv.notify_one();
}

ReportWriter::ReportWriter(const redis::RedisUrl& url, SharedReports& shared,
                           redis::ClockSync& clock)
    : shared_(shared), clock_(clock), link_(url), reconnector_("", true) {
  if (url.isSentinel()) reconnector_.setMaxDelay(Reconnector::kSentinelMaxDelay);
}

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

// Reads the replies of the previous send() and drops what they confirm; entries whose replies
// did not come back stay queued and are sent again.
bool ReportWriter::confirm() {
  const std::size_t n = metricsSent_.count + eventsSent_.count;
  if (n == 0) return link_.connected();
  const bool ok = link_.skipReplies(n, nullptr);
  std::lock_guard lock(shared_.mu);
  if (ok) {
    shared_.metrics.confirm(metricsSent_);
    shared_.events.confirm(eventsSent_);
  }
  metricsSent_ = eventsSent_ = SentBatch{};
  return ok;
}

// Writes what is queued without waiting for the replies (read by the next confirm(): one
// wake-up per round instead of two). wait = read them now.
bool ReportWriter::send(bool wait) {
  if (!link_.connected() || !confirm()) return false;
  {
    std::lock_guard lock(shared_.mu);
    metricsSent_ = shared_.metrics.appendPending(link_, kAllPending);
    eventsSent_ = shared_.events.appendPending(link_, kAllPending);
  }
  if (!link_.flushOutput()) {
    metricsSent_ = eventsSent_ = SentBatch{};
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
  send(true);
  {
    std::lock_guard l(shared_.mu);
    shared_.metrics.tick(clock_.labNow());
    shared_.metrics.closeOpen();
  }
  send(true);
  {
    std::lock_guard l(shared_.mu);
    shared_.events.post(wire::Event::Stopped, clock_.labNow(), stoppedDetail_,
                        shared_.lastUpdateLab, shared_.lastUpdateSeq);
  }
  send(true);
}

}  // namespace swarmlab::agents
