// A QSignalSpy for signals emitted on another thread (Telemetry's worker, say). QSignalSpy
// connects directly: its list is appended to on the emitting thread while the test reads it on
// its own, a data race (ThreadSanitizer reports it). ThreadSpy records on the thread that made
// it, through a queued connection, and has the part of QSignalSpy's interface the tests use: a
// QList of argument lists, and wait(). Header only (Qt tests include it; the support library
// itself does not link Qt).
#pragma once

#include <QList>
#include <QObject>
#include <QTest>
#include <QVariant>

#include <type_traits>

namespace swarmlab::test {

class ThreadSpy : public QList<QList<QVariant>> {
 public:
  template <typename Object, typename Sender, typename... Args>
  ThreadSpy(const Object* sender, void (Sender::*signal)(Args...)) {
    QObject::connect(
        sender, signal, &receiver_,
        [this](Args... args) {
          append(QList<QVariant>{QVariant::fromValue(std::decay_t<Args>(args))...});
        },
        Qt::QueuedConnection);
  }
  ThreadSpy(const ThreadSpy&) = delete;
  ThreadSpy& operator=(const ThreadSpy&) = delete;

  /// True once a signal arrives within timeoutMs (the events of this thread are processed).
  bool wait(int timeoutMs = 5000) {
    const qsizetype before = size();
    return QTest::qWaitFor([&] { return size() > before; }, timeoutMs);
  }

 private:
  QObject receiver_;  // lives on the constructing thread: the slot runs there
};

}  // namespace swarmlab::test
