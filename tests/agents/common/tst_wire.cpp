// Wire format (agents/common/wire.hpp): clock messages, display state, events, key names,
// including payloads a subscriber must reject.
#include <QtTest>

#include <limits>

#include "wire.hpp"

using namespace swarmlab::wire;

class TestWire : public QObject {
  Q_OBJECT
 private slots:
  void clockRoundTrip_data() {
    QTest::addColumn<quint64>("seq");
    QTest::addColumn<qint64>("t");
    QTest::newRow("zero") << quint64(0) << qint64(0);
    QTest::newRow("typical") << quint64(12345) << qint64(1795801064225318);
    QTest::newRow("max seq") << quint64(UINT64_MAX) << qint64(INT64_MAX);
    QTest::newRow("negative time") << quint64(1) << qint64(-5);
  }
  void clockRoundTrip() {
    QFETCH(quint64, seq);
    QFETCH(qint64, t);
    ClockMessage m{seq, t};
    std::string s = encodeClock(m);
    QCOMPARE(QString::fromStdString(s), QStringLiteral("%1 %2").arg(seq).arg(t));
    auto back = decodeClock(s);
    QVERIFY(back.has_value());
    QVERIFY(*back == m);
  }

  void clockRejectsBadPayloads_data() {
    QTest::addColumn<QByteArray>("payload");
    for (const char* bad :
         {"", "1", "1 ", " 1 2", "1  2", "1 2 ", "a b", "1 b", "1 2 3", "-1 5", "1,2", "1\t2",
          "99999999999999999999 1", "1 99999999999999999999", "0x10 5", "+1 2"}) {
      QTest::newRow(bad[0] ? bad : "(empty)") << QByteArray(bad);
    }
    QTest::newRow("embedded NUL") << QByteArray("1 2\0003", 5);
  }
  void clockRejectsBadPayloads() {
    QFETCH(QByteArray, payload);
    QVERIFY(
        !decodeClock(std::string_view(payload.constData(), size_t(payload.size()))).has_value());
  }

  void displayRoundTrip() {
    DisplayState d{42, 1795801064225318, {0x3f, 0x86, 0x5b, 0x4f, 0x66, 0xed, 0x7d, 0x07}};
    std::string s = encodeDisplay(d);
    QCOMPARE(QString::fromStdString(s), QStringLiteral("42 1795801064225318 3f865b4f66ed7d07"));
    auto back = decodeDisplay(s);
    QVERIFY(back.has_value());
    QVERIFY(*back == d);
  }

  void displayRejectsBadPayloads_data() {
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("no segments") << QByteArray("1 2");
    QTest::newRow("short hex") << QByteArray("1 2 3f865b4f66ed7d0");
    QTest::newRow("long hex") << QByteArray("1 2 3f865b4f66ed7d077");
    QTest::newRow("upper hex") << QByteArray("1 2 3F865B4F66ED7D07");
    QTest::newRow("not hex") << QByteArray("1 2 3f865b4f66ed7dzz");
    QTest::newRow("bad head") << QByteArray("x 2 3f865b4f66ed7d07");
  }
  void displayRejectsBadPayloads() {
    QFETCH(QByteArray, payload);
    QVERIFY(!decodeDisplay(payload.toStdString()).has_value());
  }

  // Issue 11: t_us further than a day from lab time is refused, for any values (no overflow).
  void plausibleClockTimes() {
    const LabMicros lab = 1'795'787'107'000'000;
    QVERIFY(plausibleClockTime(lab, lab));
    QVERIFY(plausibleClockTime(lab - kMaxClockSkewUs, lab));
    QVERIFY(plausibleClockTime(lab + kMaxClockSkewUs, lab));
    QVERIFY(!plausibleClockTime(lab - kMaxClockSkewUs - 1, lab));
    QVERIFY(!plausibleClockTime(lab + kMaxClockSkewUs + 1, lab));
    constexpr LabMicros kMin = std::numeric_limits<LabMicros>::min();
    constexpr LabMicros kMax = std::numeric_limits<LabMicros>::max();
    QVERIFY(!plausibleClockTime(kMin, lab));
    QVERIFY(!plausibleClockTime(kMax, lab));
    QVERIFY(!plausibleClockTime(kMax, kMin));
    QVERIFY(!plausibleClockTime(kMin, kMax));
    QVERIFY(plausibleClockTime(kMax, kMax));
    QVERIFY(plausibleClockTime(-5, 7));  // around 1970 as well
  }

  void eventNames() {
    for (Event e : {Event::Started, Event::FirstMessage, Event::RedisLost, Event::RedisBack,
                    Event::Stopping, Event::Stopped}) {
      auto back = eventFromString(toString(e));
      QVERIFY(back.has_value());
      QCOMPARE(int(*back), int(e));
    }
    QCOMPARE(QString::fromUtf8(toString(Event::RedisLost).data()), QStringLiteral("redis_lost"));
    QVERIFY(!eventFromString("Started").has_value());
    QVERIFY(!eventFromString("").has_value());
  }

  void keysUsePrefix() {
    Keys k;
    QCOMPARE(QString::fromStdString(k.clockChannel()), QStringLiteral("swarmlab:clock"));
    QCOMPARE(QString::fromStdString(k.clockLast()), QStringLiteral("swarmlab:clock:last"));
    Keys lab2{"lab2"};
    QCOMPARE(QString::fromStdString(lab2.metricsStream()), QStringLiteral("lab2:metrics"));
    QCOMPARE(QString::fromStdString(lab2.eventsStream()), QStringLiteral("lab2:events"));
    QCOMPARE(QString::fromStdString(lab2.display("sub-1")), QStringLiteral("lab2:display:sub-1"));
  }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
