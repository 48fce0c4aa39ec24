// A QSignalSpy for signals emitted on another thread (Telemetry's worker, say). QSignalSpy
// appends to its list on the emitting thread while the test reads it on its own: a data race
// (ThreadSanitizer reports it). ThreadSpy records on the emitting thread under a std::mutex and
// hands out copies, so every access is ordered by a lock TSan sees (a queued connection would
// be ordered by Qt's event queue, whose locking TSan cannot see in a Qt not built with it). It
// has the part of QSignalSpy's interface the tests use: size(), first(), last(), at(), clear(),
// wait(). Header only (Qt tests include it; the support library itself does not link Qt).
#pragma once

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QTest>
#include <QVariant>

#include <memory>
#include <mutex>
#include <type_traits>

namespace swarmlab::test {

class ThreadSpy {
 public:
  using Args = QList<QVariant>;

  template <typename Object, typename Sender, typename... SignalArgs>
  ThreadSpy(const Object* sender, void (Sender::*signal)(SignalArgs...)) {
    // The slot owns the state too: a call in flight on the worker when the spy goes away still
    // writes to live memory.
    connection_ = QObject::connect(sender, signal, [state = state_](SignalArgs... args) {
      Args recorded{QVariant::fromValue(ownCopy(std::decay_t<SignalArgs>(args)))...};
      std::lock_guard lock(state->mutex);
      state->calls.append(std::move(recorded));
    });  // no context object: a direct call on the emitting thread
  }
  ~ThreadSpy() { QObject::disconnect(connection_); }
  /// wait() waits for a new signal, as QSignalSpy's: one emitted by the worker before wait() is
  /// entered does not count. After a start(), test !isEmpty() with QTRY_VERIFY instead.
  ThreadSpy(const ThreadSpy&) = delete;
  ThreadSpy& operator=(const ThreadSpy&) = delete;

  qsizetype size() const {
    std::lock_guard lock(state_->mutex);
    return state_->calls.size();
  }
  bool isEmpty() const { return size() == 0; }
  Args at(qsizetype i) const {
    std::lock_guard lock(state_->mutex);
    return state_->calls.at(i);
  }
  Args first() const { return at(0); }
  Args last() const {
    std::lock_guard lock(state_->mutex);
    return state_->calls.last();
  }
  void clear() {
    std::lock_guard lock(state_->mutex);
    state_->calls.clear();
  }
  /// True once a signal arrives within timeoutMs (the events of this thread are processed).
  bool wait(int timeoutMs = 5000) {
    const qsizetype before = size();
    return QTest::qWaitFor([&] { return size() > before; }, timeoutMs);
  }

 private:
  // A copy that shares no data with the emitter's: the emitter's QString is released on its
  // thread by an atomic TSan sees, ours later inside libQt6Core (not built with TSan), where it
  // cannot see the matching acquire, and reports a race on the shared block.
  template <typename T>
  static T ownCopy(T v) {
    if constexpr (std::is_same_v<T, QString> || std::is_same_v<T, QByteArray>)
      return T(v.constData(), v.size());
    else
      return v;
  }
  struct State {
    mutable std::mutex mutex;
    QList<Args> calls;
  };
  std::shared_ptr<State> state_ = std::make_shared<State>();
  QMetaObject::Connection connection_;
};

}  // namespace swarmlab::test
