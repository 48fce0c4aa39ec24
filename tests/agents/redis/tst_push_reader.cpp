// PushReader (agents/redis): the subscriber's frames parsed in place from a socket, whatever
// way the bytes are cut into reads; protocol errors named; bytes primed from hiredis first.
#include <QtTest>

#include <sys/socket.h>
#include <unistd.h>

#include "PushReader.hpp"

using namespace swarmlab::redis;

namespace {
const std::string kMessage = "*3\r\n$7\r\nmessage\r\n$14\r\nswarmlab:clock\r\n$9\r\n42 123456\r\n";
const std::string kSubscribed = "*3\r\n$9\r\nsubscribe\r\n$14\r\nswarmlab:clock\r\n:1\r\n";

/// A connected socket pair: the test writes to one end, the reader reads the other.
struct Pipe {
  int fds[2] = {-1, -1};
  Pipe() {
    ::socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
    timeval tv{0, 200'000};  // a read with nothing to read times out
    ::setsockopt(fds[1], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  }
  ~Pipe() {
    ::close(fds[0]);
    if (fds[1] >= 0) ::close(fds[1]);
  }
  void write(const std::string& s) const {
    QCOMPARE(::write(fds[0], s.data(), s.size()), ssize_t(s.size()));
  }
  int readEnd() const { return fds[1]; }
};

QString describe(const PushReader::Frame& f) {
  QStringList parts;
  for (std::size_t i = 0; i < f.count; ++i)
    parts << QString(QChar(f.types[i])) +
                 QString::fromUtf8(f.items[i].data(), int(f.items[i].size()));
  return (f.error ? "error " : "") + parts.join(' ');
}
}  // namespace

class TestPushReader : public QObject {
  Q_OBJECT
 private slots:
  void framesInAnyCut_data() {
    QTest::addColumn<int>("cut");
    for (int cut : {1, 2, 3, 7, 13, 64, 4096})
      QTest::newRow(qPrintable(QString::number(cut))) << cut;
  }
  void framesInAnyCut() {
    QFETCH(int, cut);
    Pipe pipe;
    PushReader reader(256);  // small: compaction and reuse of the buffer are exercised
    const std::string stream = kSubscribed + kMessage + kMessage + ":7\r\n+PONG\r\n";
    QStringList got;
    for (std::size_t at = 0; at < stream.size(); at += std::size_t(cut)) {
      pipe.write(stream.substr(at, std::size_t(cut)));
      QCOMPARE(int(reader.receive(pipe.readEnd())), int(PushReader::Read::Data));
      while (const PushReader::Frame* f = reader.next()) got << describe(*f);
      QVERIFY2(!reader.failed(), reader.error().c_str());
    }
    QCOMPARE(got,
             (QStringList{"$subscribe $swarmlab:clock :1", "$message $swarmlab:clock $42 123456",
                          "$message $swarmlab:clock $42 123456", ":7", "+PONG"}));
  }

  void primedBytesComeFirst() {
    Pipe pipe;
    PushReader reader;
    QVERIFY(reader.prime(kMessage.substr(0, 20)));  // hiredis had read part of a frame
    QVERIFY(!reader.next());
    pipe.write(kMessage.substr(20));
    QCOMPARE(int(reader.receive(pipe.readEnd())), int(PushReader::Read::Data));
    const PushReader::Frame* f = reader.next();
    QVERIFY(f);
    QCOMPARE(describe(*f), QStringLiteral("$message $swarmlab:clock $42 123456"));
    QVERIFY(!reader.prime(std::string(PushReader::kDefaultCapacity + 1, 'x')));
  }

  void errorsAndEnds() {
    Pipe pipe;
    PushReader reader;
    pipe.write("-NOPERM this user has no permissions to access the channel\r\n");
    QCOMPARE(int(reader.receive(pipe.readEnd())), int(PushReader::Read::Data));
    const PushReader::Frame* f = reader.next();
    QVERIFY(f && f->error);
    QVERIFY(f->items[0].starts_with("NOPERM"));
    QCOMPARE(int(reader.receive(pipe.readEnd())), int(PushReader::Read::Timeout));
    ::shutdown(pipe.fds[0], SHUT_WR);
    QCOMPARE(int(reader.receive(pipe.readEnd())), int(PushReader::Read::Closed));
    QCOMPARE(QString::fromStdString(reader.error()), QStringLiteral("connection closed by server"));
  }

  void protocolErrors_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("nested array") << QByteArray("*1\r\n*1\r\n:1\r\n") << "unexpected type byte '*'";
    QTest::newRow("too many items") << QByteArray("*5\r\n") << "an array of '5' items";
    QTest::newRow("bad length") << QByteArray("$x\r\n") << "bad bulk length";
    QTest::newRow("no CRLF after bulk") << QByteArray("$2\r\nabXY") << "bulk string without CRLF";
    QTest::newRow("too large") << QByteArray("$1000000\r\n") << "a bulk string too large";
    QTest::newRow("garbage") << QByteArray("hello\r\n") << "unexpected type byte 'h'";
  }
  void protocolErrors() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    Pipe pipe;
    PushReader reader;
    pipe.write(bytes.toStdString());
    QCOMPARE(int(reader.receive(pipe.readEnd())), int(PushReader::Read::Data));
    QVERIFY(!reader.next());
    QVERIFY(reader.failed());
    QVERIFY2(QString::fromStdString(reader.error()).contains(says), reader.error().c_str());
    reader.reset();
    QVERIFY(!reader.failed());
  }

  void frameLargerThanTheBuffer() {
    Pipe pipe;
    PushReader reader(64);
    pipe.write("$100\r\n" + std::string(58, 'a'));  // fills the buffer, still incomplete
    QCOMPARE(int(reader.receive(pipe.readEnd())), int(PushReader::Read::Data));
    QVERIFY(!reader.next());
    QVERIFY(reader.failed());  // 100 > half the buffer: it can never fit
  }
};

QTEST_GUILESS_MAIN(TestPushReader)
#include "tst_push_reader.moc"
