// 7-segment encoding, digit by digit (issue 6: digits, blank, minus, decimal point, formats).
#include <QtTest>

#include <limits>

#include "SevenSegment.hpp"

using namespace swarmlab::display;

namespace {
// Segment bits a..g = bit 0..6, dp = bit 7; written out by segment letters to check the table.
constexpr Segments seg(const char* letters) {
  Segments s = 0;
  for (const char* p = letters; *p; ++p) {
    if (*p == '.')
      s |= 0x80;
    else
      s |= static_cast<Segments>(1U << (*p - 'a'));
  }
  return s;
}
}  // namespace

class TestSevenSegment : public QObject {
  Q_OBJECT
 private slots:
  void digits_data() {
    QTest::addColumn<int>("digit");
    QTest::addColumn<int>("segments");
    QTest::newRow("0") << 0 << int(seg("abcdef"));
    QTest::newRow("1") << 1 << int(seg("bc"));
    QTest::newRow("2") << 2 << int(seg("abdeg"));
    QTest::newRow("3") << 3 << int(seg("abcdg"));
    QTest::newRow("4") << 4 << int(seg("bcfg"));
    QTest::newRow("5") << 5 << int(seg("acdfg"));
    QTest::newRow("6") << 6 << int(seg("acdefg"));
    QTest::newRow("7") << 7 << int(seg("abc"));
    QTest::newRow("8") << 8 << int(seg("abcdefg"));
    QTest::newRow("9") << 9 << int(seg("abcdfg"));
  }
  void digits() {
    QFETCH(int, digit);
    QFETCH(int, segments);
    QCOMPARE(int(encodeDigit(digit).value()), segments);
    QCOMPARE(int(encodeChar(char('0' + digit)).value()), segments);
  }

  void specials() {
    QVERIFY(encodeDigit(-1) == std::nullopt);
    QVERIFY(encodeDigit(10) == std::nullopt);
    QCOMPARE(int(encodeChar(' ').value()), int(kBlank));
    QCOMPARE(int(encodeChar('-').value()), int(seg("g")));
    QCOMPARE(int(kDecimalPoint), int(seg(".")));
    QVERIFY(encodeChar('x') == std::nullopt);
  }

  void text_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QList<int>>("cells");
    QTest::newRow("12.34") << "12.34" << true
                           << QList<int>{seg("bc"), seg("abdeg."), seg("abcdg"), seg("bcfg")};
    QTest::newRow("right-aligned -5") << "-5" << true << QList<int>{0, 0, seg("g"), seg("acdfg")};
    QTest::newRow("blank") << "" << true << QList<int>{0, 0, 0, 0};
    QTest::newRow("dots") << "1.2.3.4." << true
                          << QList<int>{seg("bc."), seg("abdeg."), seg("abcdg."), seg("bcfg.")};
    QTest::newRow("leading dot") << ".5" << true << QList<int>{0, 0, seg("."), seg("acdfg")};
    QTest::newRow("space keeps place")
        << "1 2" << true << QList<int>{0, seg("bc"), 0, seg("abdeg")};
    QTest::newRow("too long") << "12345" << false << QList<int>{};
    QTest::newRow("letter") << "12a4" << false << QList<int>{};
    QTest::newRow("five cells by dots") << "1234.." << false << QList<int>{};
  }
  void text() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QList<int>, cells);
    auto r = encodeText(text.toStdString());
    QCOMPARE(r.has_value(), ok);
    if (!ok) return;
    for (int i = 0; i < 4; ++i) QCOMPARE(int((*r)[static_cast<std::size_t>(i)]), cells[i]);
  }

  void integers() {
    QVERIFY(encodeInteger(0).value() == (std::array<Segments, 4>{0, 0, 0, seg("abcdef")}));
    QVERIFY(encodeInteger(9999).value() ==
            (std::array<Segments, 4>{seg("abcdfg"), seg("abcdfg"), seg("abcdfg"), seg("abcdfg")}));
    QVERIFY(encodeInteger(-999).value() ==
            (std::array<Segments, 4>{seg("g"), seg("abcdfg"), seg("abcdfg"), seg("abcdfg")}));
    QVERIFY(encodeInteger(-7).value() == (std::array<Segments, 4>{0, 0, seg("g"), seg("abc")}));
    QVERIFY(encodeInteger(10000) == std::nullopt);
    QVERIFY(encodeInteger(-1000) == std::nullopt);
  }

  void time_data() {
    QTest::addColumn<qint64>("tUs");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("offsetMin");
    QTest::addColumn<QString>("shown");
    // 2026-11-27 13:45:07.891234 UTC
    const qint64 t = 1795787107LL * 1000000 + 891234;
    QTest::newRow("hh.mm ss.cc") << t << int(TimeFormat::HhMm_SsCc) << 0 << "13.45 07.89";
    QTest::newRow("hh.mm mm.ss") << t << int(TimeFormat::HhMm_MmSs) << 0 << "13.45 45.07";
    QTest::newRow("utc+60") << t << int(TimeFormat::HhMm_SsCc) << 60 << "14.45 07.89";
    QTest::newRow("utc-840 wraps the day")
        << t << int(TimeFormat::HhMm_SsCc) << -840 << "23.45 07.89";
    QTest::newRow("midnight") << qint64(1795737600LL * 1000000) << int(TimeFormat::HhMm_SsCc) << 0
                              << "00.00 00.00";
    QTest::newRow("before 1970") << qint64(-1) << int(TimeFormat::HhMm_SsCc) << 0 << "23.59 59.99";
    // issue 11: the extremes of t_us with any offset, without overflow (the expected frames
    // computed exactly, modulo a day)
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    QTest::newRow("INT64_MAX") << kMax << int(TimeFormat::HhMm_SsCc) << 0 << "04.00 54.77";
    QTest::newRow("INT64_MIN") << kMin << int(TimeFormat::HhMm_SsCc) << 0 << "19.59 05.22";
    QTest::newRow("INT64_MAX utc+840")
        << kMax << int(TimeFormat::HhMm_SsCc) << 840 << "18.00 54.77";
    QTest::newRow("INT64_MIN utc-720")
        << kMin << int(TimeFormat::HhMm_SsCc) << -720 << "07.59 05.22";
  }
  void time() {
    QFETCH(qint64, tUs);
    QFETCH(int, format);
    QFETCH(int, offsetMin);
    QFETCH(QString, shown);
    Frame f = encodeTime(tUs, static_cast<TimeFormat>(format), offsetMin);
    const auto parts = shown.split(' ');
    for (int d = 0; d < 2; ++d) {
      auto want = encodeText(parts[d].toStdString());
      QVERIFY(want);
      for (int k = 0; k < 4; ++k) {
        QVERIFY2(
            f.digits[static_cast<std::size_t>(d * 4 + k)] == (*want)[static_cast<std::size_t>(k)],
            qPrintable(
                QStringLiteral("display %1 digit %2 of \"%3\"").arg(d + 1).arg(k + 1).arg(shown)));
      }
    }
  }

  void formats() {
    QVERIFY(parseTimeFormat("hhmm-sscc") == TimeFormat::HhMm_SsCc);
    QVERIFY(parseTimeFormat("hhmm-mmss") == TimeFormat::HhMm_MmSs);
    QVERIFY(parseTimeFormat("hh:mm") == std::nullopt);
    QCOMPARE(toString(TimeFormat::HhMm_MmSs), std::string_view("hhmm-mmss"));
    QVERIFY(parseTimeFormat(toString(TimeFormat::HhMm_SsCc)) == TimeFormat::HhMm_SsCc);
  }
};

QTEST_APPLESS_MAIN(TestSevenSegment)
#include "tst_sevensegment.moc"
