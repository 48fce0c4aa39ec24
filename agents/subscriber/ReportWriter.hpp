// The subscriber's second connection, on its own thread: writes metrics and events and
// refreshes the clock offset every 100 ms tick, so that the subscribe loop never waits on them.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "ClockSync.hpp"
#include "Reconnector.hpp"
#include "RedisLink.hpp"
#include "Reporting.hpp"

namespace swarmlab::agents {

/// What the subscribe loop reports, shared with the writer thread (under mu).
struct SharedReports {
  SharedReports(const wire::Keys& keys, const AgentIdentity& who)
      : metrics(keys, who, true), events(keys, who) {}
  /// Posts an event and wakes the writer for it.
  void post(wire::Event e, std::int64_t lab, const std::string& detail,
            std::optional<std::int64_t> lastUpdateUs = std::nullopt,
            std::optional<std::uint64_t> seq = std::nullopt);

  std::mutex mu;
  std::condition_variable cv;  ///< wakes the writer: finish, or an event to write
  MetricsReporter metrics;
  EventLog events;
  std::int64_t lastUpdateLab = 0;              ///< lab time of the last display update
  std::optional<std::uint64_t> lastUpdateSeq;  ///< its clock message's seq (none: no update yet)
  bool wake = false;                           ///< an event is waiting
};

/// The writer thread and its connection. It sleeps until the next lab second (metrics), an
/// event, a reconnect attempt or the end: about one wake-up a second, not one per message.
class ReportWriter {
 public:
  ReportWriter(const redis::RedisUrl& url, SharedReports& shared, redis::ClockSync& clock);
  ~ReportWriter();
  ReportWriter(const ReportWriter&) = delete;
  ReportWriter& operator=(const ReportWriter&) = delete;

  void start();
  /// Final flush in order: the stopping event (already posted), the open second's metrics,
  /// then a `stopped` event with this detail; then joins the thread.
  void finish(const std::string& stoppedDetail);

 private:
  void run();
  std::chrono::nanoseconds untilNextWork() const;
  void finalFlush();
  bool confirm();
  bool send(bool wait);
  void ensureConnected();

  SharedReports& shared_;
  redis::ClockSync& clock_;
  redis::RedisLink link_;
  Reconnector reconnector_;
  bool finish_ = false;  // under shared_.mu
  std::string stoppedDetail_;
  // written, replies not read yet (the entries stay queued in shared_ until confirmed)
  SentBatch metricsSent_, eventsSent_;
  std::thread thread_;
};

}  // namespace swarmlab::agents
