// Waiting in the benchmarks' own event loop (they are plain programs, not QtTest): signals and
// process output keep being delivered while a benchmark waits for a condition or a time.
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <functional>

namespace swarmlab::bench {

/// Runs the event loop until pred() holds (true) or timeoutMs passed (false).
inline bool waitUntil(const std::function<bool()>& pred, int timeoutMs) {
  QDeadlineTimer d(timeoutMs);
  while (!pred()) {
    if (d.hasExpired()) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
  }
  return true;
}

/// Runs the event loop for ms milliseconds.
inline void sleepMs(int ms) {
  waitUntil([] { return false; }, ms);
}

}  // namespace swarmlab::bench
