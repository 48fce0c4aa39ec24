// swarmlab-publisher's work: the lab time with a sequence number to the clock channel every
// period (absolute deadlines), SET last + PUBLISH, replies read in batches; metrics and events
// ride along; the REST (webdis) transport as an alternative.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "AgentRuntime.hpp"
#include "ClockCommand.hpp"
#include "ClockSync.hpp"
#include "Config.hpp"
#include "RedisLink.hpp"
#include "Reporting.hpp"
#include "RestTransport.hpp"
#include "wire.hpp"

namespace swarmlab::agents {

/// One publisher run. The period loop does not allocate: one clock_nanosleep and one send()
/// per period, one recv() for the replies of a batch (about every 40 ms).
class Publisher {
 public:
  Publisher(const PublisherConfig& config, AgentRuntime& runtime);
  /// Runs until stopped or the run window ends; returns the exit code.
  int run();

 private:
  /// One message whose replies are not read yet; the first of a batch carries the reports.
  struct InFlight {
    std::uint64_t seq = 0;
    std::int64_t lab = 0;
    std::size_t reports = 0;  // metrics + events entries sent with it
  };
  static constexpr std::size_t kMaxInFlight = 32;

  AgentRuntime::Start start();
  void loop();
  bool sleepToDeadline();
  void publish();
  void sendRedis(std::uint64_t seq, std::int64_t lab);
  void sendRest(std::uint64_t seq, std::int64_t lab);
  void collect();
  void maintain();
  void reconnect(std::int64_t nowNs);
  void keepSchedule();
  void transportLost(std::int64_t lab, const std::string& why);
  void transportBack(std::int64_t lab);
  void onPublished(std::uint64_t seq, std::int64_t lab);
  void onFailed(std::int64_t lab, std::uint64_t n = 1);
  int shutdown();

  const PublisherConfig& cfg_;
  AgentRuntime& rt_;
  const wire::Keys keys_;
  redis::RedisLink link_;
  redis::ClockSync clock_;
  MetricsReporter metrics_;
  EventLog events_;
  ClockCommand command_;
  std::unique_ptr<RestTransport> rest_;
  const std::int64_t periodNs_;
  const std::int64_t maxBehindNs_;
  const std::size_t batch_;
  std::array<InFlight, kMaxInFlight> inflight_{};
  std::size_t inflightCount_ = 0;
  SentBatch metricsInFlight_, eventsInFlight_;
  std::int64_t deadline_ = 0;
  std::int64_t nextLogCheckNs_ = 0;
  std::int64_t lostAtNs_ = 0;
  std::uint64_t seq_ = 0, published_ = 0, failed_ = 0, failedSinceLost_ = 0, refused_ = 0;
  bool up_ = true;  // transport state as last reported (redis_lost / redis_back)
  bool first_ = true;
};

}  // namespace swarmlab::agents
