// swarmlab-displayd as a real process on --fake, its socket in a temp dir, driven by the real
// SocketDisplay (the subscriber's backend) and by a raw client for what SocketDisplay never
// sends: frames shown and read back from the lines, ownership handed over between two
// subscribers, blanking after the timeout, bad input answered and counted, the daemon killed,
// restarted or stopped (SIGSTOP) while a client sends (the client never blocks and resumes).
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <QtTest>
#include <atomic>
#include <chrono>
#include <thread>

#include "DisplayProtocol.hpp"
#include "Multiplexer.hpp"
#include "SevenSegment.hpp"
#include "SocketDisplay.hpp"
#include "swarmlab_build_paths.h"

using namespace swarmlab::display;
namespace protocol = swarmlab::display::protocol;
using Clock = std::chrono::steady_clock;

namespace {

const QString kDaemonBin = QStringLiteral(SWARMLAB_BUILD_BIN_DIR "/swarmlab-displayd");
constexpr int kWaitMs = 5000;
// show() never waits on the daemon; this only has to tell "returned" from "blocked".
constexpr double kShowBoundMs = 100;

template <typename Pred>
bool waitFor(Pred pred, int ms = kWaitMs) {
  const auto until = Clock::now() + std::chrono::milliseconds(ms);
  while (!pred()) {
    if (Clock::now() > until) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return true;
}

Frame timeFrame(std::int64_t tUs) { return encodeTime(tUs, TimeFormat::HhMm_SsCc); }

/// A raw SOCK_SEQPACKET client with 2 s timeouts.
class RawClient {
 public:
  ~RawClient() { close(); }
  bool connect(const QString& path) {
    fd_ = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    timeval tv{2, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray p = path.toLocal8Bit();
    std::memcpy(addr.sun_path, p.constData(), static_cast<std::size_t>(p.size()));
    return ::connect(fd_, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0;
  }
  bool send(const QByteArray& message) {
    return ::send(fd_, message.constData(), static_cast<std::size_t>(message.size()),
                  MSG_NOSIGNAL) == message.size();
  }
  /// The next message; nullopt on timeout or error, "" when the daemon closed the connection.
  std::optional<std::string> recv() {
    char buf[protocol::kMaxReply];
    const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
    if (n < 0) return std::nullopt;
    return std::string(buf, static_cast<std::size_t>(n));
  }
  /// The next message that is not an OWNER notice.
  std::optional<std::string> recvSkippingOwner() {
    for (int i = 0; i < 100; ++i) {
      auto m = recv();
      if (!m || !m->starts_with("OWNER ")) return m;
    }
    return std::nullopt;
  }
  void close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_ = -1;
};

std::optional<protocol::Status> queryStatus(const QString& path) {
  RawClient c;
  if (!c.connect(path) || !c.send("STATUS")) return std::nullopt;
  auto reply = c.recv();
  if (!reply) return std::nullopt;
  auto parsed = protocol::parseReply(*reply, nullptr);
  if (!parsed || !std::holds_alternative<protocol::Status>(*parsed)) return std::nullopt;
  return std::get<protocol::Status>(*parsed);
}

/// swarmlab-displayd --fake on a socket; its log goes to a file next to the socket.
class Daemon {
 public:
  Daemon(QString socket, QStringList extra = {})
      : socket_(std::move(socket)), extra_(std::move(extra)) {}
  ~Daemon() { stop(SIGKILL); }

  bool start() {
    proc_.setStandardOutputFile(socket_ + ".log", QIODevice::Append);
    proc_.setStandardErrorFile(socket_ + ".log", QIODevice::Append);
    proc_.start(kDaemonBin, QStringList{"--fake", "--socket", socket_} + extra_);
    if (!proc_.waitForStarted(kWaitMs)) return false;
    return waitFor([&] {
             return queryStatus(socket_).has_value() || proc_.state() == QProcess::NotRunning;
           }) &&
           proc_.state() == QProcess::Running;
  }
  /// Sends `sig`; for SIGTERM/SIGKILL waits for the exit and returns the exit code.
  int stop(int sig) {
    if (proc_.state() == QProcess::NotRunning) return proc_.exitCode();
    ::kill(static_cast<pid_t>(proc_.processId()), sig);
    if (sig == SIGSTOP || sig == SIGCONT) return 0;
    proc_.waitForFinished(kWaitMs);
    return proc_.exitStatus() == QProcess::NormalExit ? proc_.exitCode() : -1;
  }
  QString log() const {
    QFile f(socket_ + ".log");
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
  }

 private:
  QString socket_;
  QStringList extra_;
  QProcess proc_;
};

/// Sends the time frame for `t` from a display (the subscriber's loop does this per update).
void send(SocketDisplay& d, std::int64_t t, std::uint64_t seq) { d.show(timeFrame(t), t, seq); }

}  // namespace

class TestDaemon : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QString socket_;
  int case_ = 0;

 private slots:
  void init() {
    QVERIFY(dir_.isValid());
    socket_ = dir_.filePath(QString("d%1.sock").arg(++case_));
  }

  void framesAreShownAndReadBack() {
    Daemon daemon(socket_);
    QVERIFY2(daemon.start(), qPrintable(daemon.log()));
    QVERIFY(socketDisplayAvailable(socket_.toStdString()));
    std::string error;
    auto d = openSocketDisplay(socket_.toStdString(), "sub-1", &error);
    QVERIFY2(d, error.c_str());
    QVERIFY(d->connected());
    const std::int64_t t = 1795782307123456;  // 12:25:07.12 UTC
    for (int i = 0; i < 10; ++i) send(*d, t + i * 2000, static_cast<std::uint64_t>(i + 1));
    const Frame last = timeFrame(t + 9 * 2000);
    std::optional<protocol::Status> s;
    QVERIFY2(waitFor([&] {
               s = queryStatus(socket_);
               return s && s->lines && *s->lines == last;
             }),
             qPrintable(daemon.log()));
    QVERIFY(s->digits == last);
    QCOMPARE(protocol::frameText(s->digits), std::string("12.25,07.14"));
    QCOMPARE(s->owner, std::string("sub-1"));
    QCOMPARE(s->frames, 10u);
    QCOMPARE(s->seq, 10u);
    QCOMPARE(s->tUs, t + 9 * 2000);
    QCOMPARE(s->rejected, 0u);
    QCOMPARE(s->blanked, false);
    QCOMPARE(s->backend, std::string("fake"));
    QVERIFY(waitFor([&] {
      d->poll();
      return d->owns();
    }));
    QCOMPARE(d->stats().sent, 10u);
    QCOMPARE(d->stats().dropped, 0u);
    QCOMPARE(d->stats().errors, 0u);
  }

  void ownershipIsHandedOver() {
    Daemon daemon(socket_, {"--blank-after-ms", "5000"});
    QVERIFY2(daemon.start(), qPrintable(daemon.log()));
    std::string error;
    auto a = openSocketDisplay(socket_.toStdString(), "sub-a", &error);
    QVERIFY2(a, error.c_str());
    std::vector<std::pair<std::string, bool>> told;
    a->setOwnerCallback(
        [&](const std::string& owner, bool mine) { told.emplace_back(owner, mine); });
    const std::int64_t ta = 1795782307000000, tb = 1795785907000000;  // an hour apart
    send(*a, ta, 1);
    QVERIFY(waitFor([&] {
      a->poll();
      return a->owns();
    }));
    // A later subscriber on the same node takes the display; the first is told.
    auto b = openSocketDisplay(socket_.toStdString(), "sub-b", &error);
    QVERIFY2(b, error.c_str());
    std::uint64_t seq = 1;
    std::optional<protocol::Status> s;
    QVERIFY2(waitFor([&] {
               send(*a, ta, ++seq);
               send(*b, tb, seq);
               s = queryStatus(socket_);
               return s && s->owner == "sub-b" && s->digits == timeFrame(tb);
             }),
             qPrintable(daemon.log()));
    QVERIFY(waitFor([&] {
      a->poll();
      b->poll();
      return a->ownedBy() == "sub-b" && b->owns();
    }));
    QVERIFY(!a->owns());
    QCOMPARE(s->clients, 2u);  // the two subscribers; a STATUS query is no subscriber
    QVERIFY(std::find(told.begin(), told.end(), std::make_pair(std::string("sub-b"), false)) !=
            told.end());
    // sub-a keeps sending: counted as not the owner's, never shown.
    const auto notOwnerBefore = s->notOwner;
    for (int i = 0; i < 5; ++i) send(*a, ta, ++seq);
    QVERIFY(waitFor([&] {
      s = queryStatus(socket_);
      return s && s->notOwner >= notOwnerBefore + 5;
    }));
    QVERIFY(s->digits == timeFrame(tb));
    // sub-b leaves: sub-a, still sending, gets the display back at once.
    told.clear();
    b.reset();
    QVERIFY2(waitFor([&] {
               send(*a, ta, ++seq);
               s = queryStatus(socket_);
               return s && s->owner == "sub-a" && s->digits == timeFrame(ta);
             }),
             qPrintable(daemon.log()));
    QVERIFY(waitFor([&] {
      a->poll();
      return a->owns();
    }));
    QCOMPARE(told.back(), std::make_pair(std::string("sub-a"), true));
    QVERIFY(daemon.log().contains("owner: sub-b (was sub-a)"));
    QVERIFY(daemon.log().contains("owner: sub-a (was sub-b)"));
  }

  void blanksAfterTheTimeout() {
    constexpr int kBlankMs = 300;
    Daemon daemon(socket_, {"--blank-after-ms", QString::number(kBlankMs)});
    QVERIFY2(daemon.start(), qPrintable(daemon.log()));
    std::string error;
    auto d = openSocketDisplay(socket_.toStdString(), "sub-1", &error);
    QVERIFY2(d, error.c_str());
    const std::int64_t t = 1795782307000000;
    // Twice: the owner stays connected but goes silent; then it disconnects.
    for (int round = 0; round < 2; ++round) {
      send(*d, t, static_cast<std::uint64_t>(round + 1));
      QVERIFY(waitFor([&] {
        auto s = queryStatus(socket_);
        return s && !s->blanked && s->digits == timeFrame(t);
      }));
      if (round == 1) d.reset();
      // Not blank before the timeout, as the daemon measured the frame's age.
      std::optional<protocol::Status> s;
      QVERIFY2(waitFor([&] {
                 s = queryStatus(socket_);
                 return s && s->blanked;
               }),
               qPrintable(daemon.log()));
      QVERIFY2(s->ageMs >= kBlankMs, qPrintable(QString::number(s->ageMs)));
      QVERIFY(s->digits == Frame{});
      QCOMPARE(s->owner, std::string());
      QVERIFY(waitFor([&] {
        s = queryStatus(socket_);
        return s && s->lines && *s->lines == Frame{};
      }));
      if (round == 0) {
        QVERIFY(waitFor([&] {
          d->poll();
          return d->ownedBy().empty() && !d->owns();
        }));
        QVERIFY(d->connected());
      }
    }
    QCOMPARE(daemon.log().count("display blanked"), 2);
  }

  void badInputIsAnsweredAndCounted() {
    Daemon daemon(socket_);
    QVERIFY2(daemon.start(), qPrintable(daemon.log()));
    // Before HELLO: answered, then the connection is closed (not a client of ours).
    {
      RawClient c;
      QVERIFY(c.connect(socket_));
      QVERIFY(c.send("GET / HTTP/1.1"));
      auto r = c.recv();
      QVERIFY(r);
      QCOMPARE(*r, std::string("ERR unknown request 'GET': expected HELLO, FRAME or STATUS"));
      QCOMPARE(c.recv(), std::optional<std::string>(""));
    }
    {
      RawClient c;
      QVERIFY(c.connect(socket_));
      QVERIFY(c.send("FRAME 1 2 3f065b4f667d077f"));
      auto r = c.recv();
      QVERIFY(r && r->starts_with("ERR FRAME before HELLO"));
    }
    RawClient c;
    QVERIFY(c.connect(socket_));
    QVERIFY(c.send("HELLO 1 raw 5"));
    QCOMPARE(c.recv(), std::optional<std::string>("OWNER -"));
    const std::vector<std::pair<QByteArray, std::string>> bad{
        {QByteArray(300, 'x'), "ERR message of 300 bytes, expected at most 160"},
        {QByteArray("\x00\x01\x02", 3), "ERR byte 0x00 at offset 0: expected printable ASCII"},
        {"FRAME 1 2 3f06", "ERR FRAME: digits: expected 16 hex characters (got 4), got '3f06'"},
        {"FRAME x 2 3f065b4f667d077f", "ERR FRAME: seq: expected an unsigned integer, got 'x'"},
        {"HELLO 1 raw 5", "ERR HELLO: this connection already said HELLO as raw"},
        {"HELLO 2 raw 5", "ERR HELLO: version: this daemon speaks version 1, got 2"},
    };
    for (const auto& [message, expected] : bad) {
      QVERIFY(c.send(message));
      auto r = c.recvSkippingOwner();
      QVERIFY2(r, expected.c_str());
      QCOMPARE(*r, expected);
    }
    // Still served, and every refusal counted.
    QVERIFY(c.send("FRAME 7 8 3f065b4f667d077f\n"));
    QVERIFY(c.send("STATUS"));
    auto r = c.recvSkippingOwner();
    QVERIFY(r);
    auto s = protocol::parseReply(*r, nullptr);
    QVERIFY2(s && std::holds_alternative<protocol::Status>(*s), r->c_str());
    const auto& st = std::get<protocol::Status>(*s);
    QCOMPARE(st.rejected, std::uint64_t(bad.size() + 2));
    QCOMPARE(st.frames, 1u);
    QCOMPARE(st.owner, std::string("raw"));
    QCOMPARE(protocol::frameHex(st.digits), std::string("3f065b4f667d077f"));
    QVERIFY(daemon.log().contains("rejected from client"));
    QCOMPARE(daemon.stop(SIGTERM), 0);
  }

  void clientSurvivesDaemonRestart() {
    auto daemon = std::make_unique<Daemon>(socket_);
    QVERIFY2(daemon->start(), qPrintable(daemon->log()));
    std::string error;
    auto d = openSocketDisplay(socket_.toStdString(), "sub-k", &error);
    QVERIFY2(d, error.c_str());
    std::atomic<bool> stop{false};
    std::atomic<std::uint64_t> lastFrame{0};
    double worstMs = 0;
    std::thread sender([&] {  // the subscriber's loop: one update every 2 ms
      std::int64_t t = 1795782307000000;
      for (std::uint64_t seq = 1; !stop; ++seq, t += 2000) {
        const Frame f = timeFrame(t);
        const auto start = Clock::now();
        d->show(f, t, seq);
        worstMs = std::max(worstMs,
                           std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        lastFrame = Multiplexer::pack(f);
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
      }
    });
    auto frames = [&](std::uint64_t atLeast) {
      return waitFor([&] {
        auto s = queryStatus(socket_);
        return s && s->owner == "sub-k" && s->frames >= atLeast;
      });
    };
    QVERIFY(frames(20));
    QCOMPARE(daemon->stop(SIGKILL), -1);
    QVERIFY(QFileInfo::exists(socket_));  // killed: the stale socket file stays
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // frames sent into the void
    daemon = std::make_unique<Daemon>(socket_);
    QVERIFY2(daemon->start(), qPrintable(daemon->log()));  // replaces the stale file
    QVERIFY2(frames(20), qPrintable(daemon->log()));
    stop = true;
    sender.join();
    std::optional<protocol::Status> s;
    QVERIFY(waitFor([&] {
      s = queryStatus(socket_);
      return s && Multiplexer::pack(s->digits) == lastFrame;
    }));
    const auto stats = d->stats();
    qInfo("restart: worst show() %.3f ms, sent %llu, dropped %llu, connects %llu", worstMs,
          static_cast<unsigned long long>(stats.sent),
          static_cast<unsigned long long>(stats.dropped),
          static_cast<unsigned long long>(stats.connects));
    QVERIFY2(worstMs < kShowBoundMs, qPrintable(QString::number(worstMs)));
    QCOMPARE(stats.connects, 2u);
    QVERIFY(stats.dropped > 0);  // while no daemon listened
    QCOMPARE(daemon->log().count(QRegularExpression("client \\d+ is sub-k")), 2);
  }

  void stoppedDaemonNeverBlocksTheClient() {
    Daemon daemon(socket_);
    QVERIFY2(daemon.start(), qPrintable(daemon.log()));
    std::string error;
    auto d = openSocketDisplay(socket_.toStdString(), "sub-s", &error);
    QVERIFY2(d, error.c_str());
    std::int64_t t = 1795782307000000;
    std::uint64_t seq = 0;
    send(*d, t, ++seq);
    QVERIFY(waitFor([&] {
      auto s = queryStatus(socket_);
      return s && s->frames == 1;
    }));
    daemon.stop(SIGSTOP);  // a daemon that reads nothing any more
    double worstMs = 0;
    for (int i = 0; i < 3000; ++i) {
      const auto start = Clock::now();
      send(*d, t += 2000, ++seq);
      worstMs = std::max(worstMs,
                         std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    const auto stats = d->stats();
    daemon.stop(SIGCONT);
    qInfo("stopped daemon: 3000 show() calls, worst %.3f ms, sent %llu, dropped %llu", worstMs,
          static_cast<unsigned long long>(stats.sent),
          static_cast<unsigned long long>(stats.dropped));
    QVERIFY2(worstMs < kShowBoundMs, qPrintable(QString::number(worstMs)));
    QVERIFY(stats.dropped > 0);  // the queue filled: dropped and counted, not waited for
    QCOMPARE(stats.sent + stats.dropped, std::uint64_t(3001));
    QVERIFY(d->connected());
    // Resumed: the queued frames are read and the newest one shown (until the daemon has
    // caught up, its queue may still be full: keep sending, as the subscriber does).
    std::optional<protocol::Status> s;
    QVERIFY2(waitFor([&] {
               send(*d, t += 2000, ++seq);
               s = queryStatus(socket_);
               return s && s->seq == seq;
             }),
             qPrintable(daemon.log()));
    QVERIFY(s->digits == timeFrame(t));
    QCOMPARE(s->frames, d->stats().sent);
  }

  void oneDaemonPerSocket() {
    Daemon first(socket_);
    QVERIFY2(first.start(), qPrintable(first.log()));
    QProcess second;
    second.start(kDaemonBin, {"--fake", "--socket", socket_});
    QVERIFY(second.waitForFinished(kWaitMs));
    QCOMPARE(second.exitCode(), 1);
    QVERIFY2(second.readAllStandardError().contains("another swarmlab-displayd is listening"),
             "expected the live daemon to be named");
    QVERIFY(queryStatus(socket_));  // the first one still serves
    // A file that is no socket is never replaced.
    const QString plain = dir_.filePath("plain");
    QFile f(plain);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QProcess third;
    third.start(kDaemonBin, {"--fake", "--socket", plain});
    QVERIFY(third.waitForFinished(kWaitMs));
    QCOMPARE(third.exitCode(), 1);
    QVERIFY(third.readAllStandardError().contains("exists and is not a socket"));
    QVERIFY(QFileInfo(plain).isFile());
  }

  void stopsCleanly() {
    Daemon daemon(socket_, {"--socket-mode", "0660"});
    QVERIFY2(daemon.start(), qPrintable(daemon.log()));
    QCOMPARE(QFileInfo(socket_).permissions() &
                 (QFile::ReadOther | QFile::WriteOther | QFile::WriteGroup),
             QFile::WriteGroup);
    QProcess status;
    status.start(kDaemonBin, {"--status", "--socket", socket_});
    QVERIFY(status.waitForFinished(kWaitMs));
    QCOMPARE(status.exitCode(), 0);
    QVERIFY(status.readAllStandardOutput().startsWith("STATUS 1 owner=- digits=0000000000000000"));
    QCOMPARE(daemon.stop(SIGTERM), 0);
    QVERIFY(!QFileInfo::exists(socket_));  // its own socket removed
    QVERIFY(daemon.log().contains("stopped"));
    QVERIFY(!socketDisplayAvailable(socket_.toStdString()));
    QProcess none;
    none.start(kDaemonBin, {"--status", "--socket", socket_});
    QVERIFY(none.waitForFinished(kWaitMs));
    QCOMPARE(none.exitCode(), 1);
    QVERIFY(none.readAllStandardError().contains("no daemon at " + socket_.toLocal8Bit()));
  }

  void tooManyClients() {
    Daemon daemon(socket_, {"--max-clients", "2"});
    QVERIFY2(daemon.start(), qPrintable(daemon.log()));
    RawClient a, b, c;
    QVERIFY(a.connect(socket_) && a.send("HELLO 1 a 1") && a.recv());
    QVERIFY(b.connect(socket_) && b.send("HELLO 1 b 2") && b.recv());
    QVERIFY(c.connect(socket_));
    QCOMPARE(c.recv(),
             std::optional<std::string>("ERR too many clients: this daemon serves at most 2"));
    QCOMPARE(c.recv(), std::optional<std::string>(""));
  }

  void openErrors() {
    std::string error;
    QVERIFY(!openSocketDisplay(dir_.filePath("none.sock").toStdString(), "sub-1", &error));
    QVERIFY2(error.find("No such file or directory") != std::string::npos, error.c_str());
    QVERIFY(!socketDisplayAvailable(dir_.filePath("none.sock").toStdString()));
    QVERIFY(!openSocketDisplay(dir_.path().toStdString(), "sub-1", &error));
    QVERIFY2(error.ends_with("not a unix socket"), error.c_str());
    Daemon daemon(socket_);
    QVERIFY2(daemon.start(), qPrintable(daemon.log()));
    QVERIFY(!openSocketDisplay(socket_.toStdString(), "sub 1", &error));
    QVERIFY2(error.starts_with("socket display: instance 'sub 1': expected"), error.c_str());
  }

  void noChipNoDaemon() {
    QProcess p;
    p.start(kDaemonBin, {"--chip", "gpiochip9", "--socket", socket_});
    QVERIFY(p.waitForFinished(kWaitMs));
    QCOMPARE(p.exitCode(), 1);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("gpiochip9"), err.constData());
    QVERIFY(!QFileInfo::exists(socket_));  // no socket for subscribers to pick
  }
};

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
