// Offset of this machine's wall clock to lab time (the Redis server's clock, DESIGN.md).
#pragma once

#include <QtGlobal>

#include <atomic>

namespace swarmlab {

/// Lab clock estimate, NTP-style from Redis TIME (swarmlab_redis's timeBurst: the lowest-RTT
/// sample of a burst). Written by the telemetry thread, read from any thread.
class LabClock {
 public:
  /// Local wall clock, microseconds since the epoch.
  static qint64 localNowUs();

  void set(qint64 offsetUs, qint64 rttUs) {
    offset_.store(offsetUs);
    rtt_.store(rttUs);
    valid_.store(true);
  }
  bool isValid() const { return valid_.load(); }
  qint64 offsetUs() const { return offset_.load(); }
  qint64 rttUs() const { return rtt_.load(); }
  /// A local wall-clock time (e.g. an orchestrator timestamp) in lab time.
  qint64 toLab(qint64 localUs) const { return localUs + offset_.load(); }
  qint64 labNowUs() const { return toLab(localNowUs()); }

 private:
  std::atomic<qint64> offset_{0};
  std::atomic<qint64> rtt_{0};
  std::atomic<bool> valid_{false};
};

}  // namespace swarmlab
