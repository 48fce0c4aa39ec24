// swarmlab-subscriber's work: subscribes to the clock channel, measures the lag of every
// message in lab time, detects gaps and drives the display (MirrorDisplay); metrics and events
// go through the ReportWriter thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "AgentRuntime.hpp"
#include "ClockSync.hpp"
#include "Config.hpp"
#include "MirrorDisplay.hpp"
#include "PushReader.hpp"
#include "RedisLink.hpp"
#include "ReportWriter.hpp"
#include "Stats.hpp"
#include "wire.hpp"

namespace swarmlab::agents {

/// One subscriber run.
class Subscriber {
 public:
  Subscriber(const SubscriberConfig& config, AgentRuntime& runtime);
  /// Runs until stopped or the run window ends; returns the exit code.
  int run();

 private:
  bool connectAndSubscribe();
  AgentRuntime::Start start();
  void loop();
  void reconnect(std::int64_t nowNs);
  void receive();
  void checkQuiet(std::int64_t nowNs);
  /// silent: the server did not answer (not a closed connection): marked so (lostSilent).
  void lostLink(const std::string& why, bool silent = false);
  void onFrame(const redis::PushReader::Frame& f);
  void onMessage(const wire::ClockMessage& m, std::uint64_t lost);
  void refuse(std::string_view payload, const char* why);
  std::int64_t lastUpdateLab();
  int shutdown();

  const SubscriberConfig& cfg_;
  AgentRuntime& rt_;
  const wire::Keys keys_;
  const std::string channel_;
  std::string displayDetail_;  // before display_: filled while the display is opened
  MirrorDisplay display_;
  SharedReports shared_;
  redis::ClockSync clock_;
  redis::RedisLink link_;
  redis::PushReader push_;  // reads link_'s socket once subscribed
  ReportWriter writer_;
  GapDetector gaps_;
  std::uint64_t updates_ = 0, bad_ = 0;
  std::int64_t nextLogCheckNs_ = 0;
  bool first_ = true;
  // between a loss and the first update after it: the server lost and the last update before
  bool resuming_ = false;
  std::string lostServer_;
  std::int64_t lastBeforeLoss_ = 0;
  // A server that fell silent (its machine lost power) closes nothing: after kQuietPing without
  // a frame the subscriber PINGs it on the subscribed connection, and counts it lost when no
  // frame came kPingTimeout later.
  std::int64_t lastFrameNs_ = 0;
  std::int64_t pingSentNs_ = 0;  // 0: no PING outstanding
};

}  // namespace swarmlab::agents
