// Offset of this machine's wall clock to lab time (the Redis server's clock, DESIGN.md).
#pragma once

#include <QtGlobal>

#include <atomic>

namespace swarmlab {

/// Lab clock estimate, NTP-style from Redis TIME: offset = server - (t0 + t1) / 2, keeping the
/// lowest-RTT sample of a burst. Written by the telemetry thread, read from any thread.
class LabClock {
 public:
  /// Local wall clock, microseconds since the epoch.
  static qint64 localNowUs();
  /// One sample: local send time t0, server time, local receive time t1.
  static qint64 offsetOf(qint64 t0Us, qint64 serverUs, qint64 t1Us) {
    return serverUs - (t0Us + t1Us) / 2;
  }

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
