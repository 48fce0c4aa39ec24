// The display daemon's protocol (agents/display/DisplayProtocol): what a request or reply may
// be, and the exact field each bad one is refused for (a table of bad input); formatting and
// parsing agree; the read-back text is what a person reads on the displays.
#include <QtTest>

#include "DisplayProtocol.hpp"
#include "SevenSegment.hpp"

using namespace swarmlab::display;
namespace protocol = swarmlab::display::protocol;

class TestProtocol : public QObject {
  Q_OBJECT
 private slots:
  void goodRequests() {
    std::string error;
    auto hello = protocol::parseRequest("HELLO 1 lab_subscriber.1.abc:2-x 123456789\n", &error);
    QVERIFY2(hello, error.c_str());
    auto* h = std::get_if<protocol::Hello>(&*hello);
    QVERIFY(h);
    QCOMPARE(h->version, 1);
    QCOMPARE(h->instance, std::string("lab_subscriber.1.abc:2-x"));
    QCOMPARE(h->sinceNs, 123456789LL);

    auto frame = protocol::parseRequest(
        "FRAME 18446744073709551615 1795787107000000 "
        "3F865b4f666d077f",
        &error);
    QVERIFY2(frame, error.c_str());
    auto* f = std::get_if<protocol::FrameRequest>(&*frame);
    QVERIFY(f);
    QCOMPARE(f->seq, 18446744073709551615ULL);
    QCOMPARE(f->tUs, 1795787107000000LL);
    QCOMPARE(f->frame.digits[0], Segments{0x3f});
    QCOMPARE(f->frame.digits[1], Segments{0x86});
    QCOMPARE(f->frame.digits[7], Segments{0x7f});

    auto status = protocol::parseRequest("STATUS", &error);
    QVERIFY(status && std::holds_alternative<protocol::StatusRequest>(*status));
  }

  void badRequests_data() {
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "empty message";
    QTest::newRow("only newline") << QByteArray("\n") << "empty message";
    QTest::newRow("too long") << QByteArray(161, 'F')
                              << "message of 161 bytes, expected at most 160";
    QTest::newRow("nul byte") << QByteArray("FRAME 1 2 \0", 11)
                              << "byte 0x00 at offset 10: expected printable ASCII";
    QTest::newRow("high byte") << QByteArray("HELLO 1 s\xc3\xa9 5")
                               << "byte 0xc3 at offset 9: expected printable ASCII";
    QTest::newRow("tab") << QByteArray("FRAME\t1") << "byte 0x09 at offset 5";
    QTest::newRow("two newlines") << QByteArray("STATUS\n\n") << "byte 0x0a at offset 6";
    QTest::newRow("double space") << QByteArray("FRAME  1 2 3") << "empty field at offset 6";
    QTest::newRow("leading space") << QByteArray(" STATUS") << "empty field at offset 0";
    QTest::newRow("trailing space") << QByteArray("STATUS ") << "empty field at offset 7";
    QTest::newRow("lower case verb")
        << QByteArray("frame 1 2 3") << "unknown request 'frame': expected HELLO, FRAME or STATUS";
    QTest::newRow("unknown verb") << QByteArray("SHOW 12.34")
                                  << "unknown request 'SHOW': expected HELLO, FRAME or STATUS";
    QTest::newRow("too many fields")
        << QByteArray("A b c d e f g h i j k l m n o p q r s t u v w x y") << "more than 24 fields";
    QTest::newRow("STATUS with field")
        << QByteArray("STATUS now") << "STATUS: expected 'STATUS', got 2 fields";
    QTest::newRow("HELLO short")
        << QByteArray("HELLO 1 sub")
        << "HELLO: expected 'HELLO <version> <instance> <since_ns>', got 3 fields";
    QTest::newRow("HELLO version text") << QByteArray("HELLO one sub 5")
                                        << "HELLO: version: expected a positive integer, got 'one'";
    QTest::newRow("HELLO version 0")
        << QByteArray("HELLO 0 sub 5") << "HELLO: version: expected a positive integer, got '0'";
    QTest::newRow("HELLO version 2")
        << QByteArray("HELLO 2 sub 5") << "HELLO: version: this daemon speaks version 1, got 2";
    QTest::newRow("HELLO instance slash")
        << QByteArray("HELLO 1 a/b 5")
        << "HELLO: instance: expected 1..96 characters of A-Z a-z 0-9 . _ : -, got 'a/b'";
    QTest::newRow("HELLO instance long") << QByteArray("HELLO 1 " + QByteArray(97, 'x') + " 5")
                                         << "HELLO: instance: expected 1..96 characters";
    QTest::newRow("HELLO since negative")
        << QByteArray("HELLO 1 sub -5")
        << "HELLO: since_ns: expected a non-negative integer, got '-5'";
    QTest::newRow("HELLO since overflow") << QByteArray("HELLO 1 sub 99999999999999999999")
                                          << "HELLO: since_ns: expected a non-negative integer";
    QTest::newRow("FRAME short")
        << QByteArray("FRAME 1 2")
        << "FRAME: expected 'FRAME <seq> <t_us> <16 hex digits>', got 3 fields";
    QTest::newRow("FRAME seq negative") << QByteArray("FRAME -1 2 0000000000000000")
                                        << "FRAME: seq: expected an unsigned integer, got '-1'";
    QTest::newRow("FRAME seq plus") << QByteArray("FRAME +1 2 0000000000000000")
                                    << "FRAME: seq: expected an unsigned integer, got '+1'";
    QTest::newRow("FRAME seq overflow")
        << QByteArray("FRAME 18446744073709551616 2 0000000000000000")
        << "FRAME: seq: expected an unsigned integer";
    QTest::newRow("FRAME t_us float") << QByteArray("FRAME 1 2.5 0000000000000000")
                                      << "FRAME: t_us: expected a non-negative integer, got '2.5'";
    QTest::newRow("FRAME t_us negative")
        << QByteArray("FRAME 1 -2 0000000000000000")
        << "FRAME: t_us: expected a non-negative integer, got '-2'";
    QTest::newRow("FRAME digits short")
        << QByteArray("FRAME 1 2 3f065b4f667d07f")
        << "FRAME: digits: expected 16 hex characters (got 15), got '3f065b4f667d07f'";
    QTest::newRow("FRAME digits long") << QByteArray("FRAME 1 2 3f065b4f667d07f00")
                                       << "FRAME: digits: expected 16 hex characters (got 17)";
    QTest::newRow("FRAME digits not hex")
        << QByteArray("FRAME 1 2 3f065b4f667d07fg")
        << "FRAME: digits: expected 16 hex characters (got 16), got '3f065b4f667d07fg'";
    QTest::newRow("FRAME digits text") << QByteArray("FRAME 1 2 12.34,56.78")
                                       << "FRAME: digits: expected 16 hex characters (got 11)";
  }
  void badRequests() {
    QFETCH(QByteArray, message);
    QFETCH(QString, expected);
    std::string error;
    auto request =
        protocol::parseRequest(std::string_view(message.constData(), message.size()), &error);
    QVERIFY2(!request, message.constData());
    QVERIFY2(QString::fromStdString(error).startsWith(expected),
             qPrintable("got: " + QString::fromStdString(error)));
  }

  void errorsQuoteShortAndEscaped() {
    std::string error;
    QVERIFY(!protocol::parseRequest("FRAME 1 2 " + std::string(60, 'z'), &error));
    QVERIFY2(error.ends_with(", got 'zzzzzzzzzzzzzzzzzzzzzzzz...'"), error.c_str());
  }

  void frameRoundTrip() {
    protocol::FrameRequest f{42, 1795787107123456,
                             encodeTime(1795787107123456, TimeFormat::HhMm_SsCc)};
    char buf[protocol::kMaxRequest];
    const std::size_t n = protocol::formatFrame(buf, sizeof buf, f);
    QVERIFY(n > 0);
    QCOMPARE(std::string(buf, n), "FRAME 42 1795787107123456 " + protocol::frameHex(f.frame));
    std::string error;
    auto back = protocol::parseRequest(std::string_view(buf, n), &error);
    QVERIFY2(back, error.c_str());
    auto* g = std::get_if<protocol::FrameRequest>(&*back);
    QVERIFY(g);
    QCOMPARE(g->seq, f.seq);
    QCOMPARE(g->tUs, f.tUs);
    QVERIFY(g->frame == f.frame);
    // A buffer too small is refused, never overrun.
    for (std::size_t cap = 0; cap < n; ++cap) QCOMPARE(protocol::formatFrame(buf, cap, f), 0u);
  }

  void helloRoundTrip() {
    std::string error;
    auto back = protocol::parseRequest(protocol::formatHello({1, "sub-1", 77}), &error);
    QVERIFY2(back, error.c_str());
    QCOMPARE(std::get<protocol::Hello>(*back).instance, std::string("sub-1"));
    QCOMPARE(std::get<protocol::Hello>(*back).sinceNs, 77LL);
  }

  void statusRoundTrip() {
    protocol::Status s;
    s.owner = "sub-2";
    s.digits = encodeTime(1795787107123456, TimeFormat::HhMm_SsCc);
    s.lines = s.digits;
    s.seq = 9;
    s.tUs = 1795787107123456;
    s.ageMs = 12;
    s.frames = 1000;
    s.rejected = 3;
    s.notOwner = 400;
    s.clients = 2;
    s.blanked = false;
    s.backend = "fake";
    s.blankAfterMs = 2000;
    const std::string text = protocol::formatStatus(s);
    QVERIFY2(text.size() < protocol::kMaxReply, text.c_str());
    std::string error;
    auto back = protocol::parseReply(text, &error);
    QVERIFY2(back, error.c_str());
    auto& t = std::get<protocol::Status>(*back);
    QCOMPARE(t.owner, s.owner);
    QVERIFY(t.digits == s.digits);
    QVERIFY(t.lines && *t.lines == s.digits);
    QCOMPARE(t.seq, s.seq);
    QCOMPARE(t.tUs, s.tUs);
    QCOMPARE(t.ageMs, s.ageMs);
    QCOMPARE(t.frames, s.frames);
    QCOMPARE(t.rejected, s.rejected);
    QCOMPARE(t.notOwner, s.notOwner);
    QCOMPARE(t.clients, s.clients);
    QCOMPARE(t.blanked, false);
    QCOMPARE(t.backend, std::string("fake"));
    QCOMPARE(t.blankAfterMs, 2000LL);

    protocol::Status none;  // nobody, nothing shown, no read-back
    auto blank = protocol::parseReply(protocol::formatStatus(none), &error);
    QVERIFY2(blank, error.c_str());
    QCOMPARE(std::get<protocol::Status>(*blank).owner, std::string());
    QVERIFY(!std::get<protocol::Status>(*blank).lines);
    QCOMPARE(std::get<protocol::Status>(*blank).ageMs, -1LL);
    QCOMPARE(std::get<protocol::Status>(*blank).blanked, true);
  }

  void replies() {
    std::string error;
    auto owner = protocol::parseReply(protocol::formatOwner("sub-1"), &error);
    QVERIFY(owner);
    QCOMPARE(std::get<protocol::OwnerNotice>(*owner).owner, std::string("sub-1"));
    auto nobody = protocol::parseReply(protocol::formatOwner(""), &error);
    QVERIFY(nobody);
    QCOMPARE(std::get<protocol::OwnerNotice>(*nobody).owner, std::string());
    auto err = protocol::parseReply(protocol::formatError("FRAME: seq: expected x"), &error);
    QVERIFY(err);
    QCOMPARE(std::get<protocol::ErrorReply>(*err).message, std::string("FRAME: seq: expected x"));
    // Unknown keys of a newer daemon are skipped; a missing required one is not.
    QVERIFY(protocol::parseReply("STATUS 1 owner=- digits=0000000000000000 colour=red", &error));
    QVERIFY(!protocol::parseReply("STATUS 1 owner=-", &error));
    QCOMPARE(error, std::string("STATUS: expected the fields owner= and digits="));
    QVERIFY(!protocol::parseReply("STATUS 2 owner=- digits=0000000000000000", &error));
    QCOMPARE(error, std::string("STATUS: version: expected 1, got '2'"));
    QVERIFY(!protocol::parseReply("STATUS 1 owner=- digits=0000000000000000 frames=x", &error));
    QCOMPARE(error, std::string("STATUS: frames: expected a valid value, got 'x'"));
    QVERIFY(!protocol::parseReply("OWNER a/b", &error));
    QVERIFY(!protocol::parseReply("HELLO 1 x 2", &error));
    QCOMPARE(error, std::string("unknown reply 'HELLO': expected OWNER, ERR or STATUS"));
  }

  void frameText_data() {
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("text");
    QTest::newRow("time") << "12.34"
                          << "56.78"
                          << "12.34,56.78";
    QTest::newRow("blanks") << ""
                            << "7"
                            << "____,___7";
    QTest::newRow("minus and dots") << "-1.2."
                                    << "0.0.0.0."
                                    << "_-1.2.,0.0.0.0.";
  }
  void frameText() {
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, text);
    auto a = encodeText(first.toStdString());
    auto b = encodeText(second.toStdString());
    QVERIFY(a && b);
    Frame f;
    std::copy(a->begin(), a->end(), f.digits.begin());
    std::copy(b->begin(), b->end(), f.digits.begin() + 4);
    QCOMPARE(QString::fromStdString(protocol::frameText(f)), text);
  }

  void frameTextMarksUnknownPatterns() {
    Frame f;
    f.digits[0] = 0x01;  // segment a alone: no character
    f.digits[4] = 0x81;
    QCOMPARE(protocol::frameText(f), std::string("?___,?.___"));
  }

  void timeReadsBackAsTheClock() {
    // 2026-11-27 12:25:07.12 UTC: hh.mm = 12.25, ss.cc = 07.12
    const Frame f = encodeTime(1795782307123456, TimeFormat::HhMm_SsCc);
    QCOMPARE(protocol::frameText(f), std::string("12.25,07.12"));
    QVERIFY(protocol::parseFrameHex(protocol::frameHex(f)) == f);
  }

  void instances() {
    QVERIFY(protocol::validInstance("sub-1"));
    QVERIFY(protocol::validInstance(std::string(96, 'a')));
    QVERIFY(!protocol::validInstance(std::string(97, 'a')));
    QVERIFY(!protocol::validInstance(""));
    QVERIFY(!protocol::validInstance("a b"));
    QVERIFY(!protocol::validInstance("-"));
  }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
