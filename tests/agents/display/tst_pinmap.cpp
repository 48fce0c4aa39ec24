// Pin map parsing: the shipped maps, the built-in default, and a table of bad pin maps, each
// of which must give one line naming the file and the field (issue 6).
#include <QTemporaryDir>
#include <QtTest>

#include "Multiplexer.hpp"
#include "PinMap.hpp"
#include "swarmlab_build_paths.h"

using namespace swarmlab::display;

namespace {

const QString kGood = QStringLiteral(R"({
  "chip": "gpiochip0",
  "displays": [
    {"segments": {"a": 4, "b": 5, "c": 6, "d": 7, "e": 8, "f": 9, "g": 10, "dp": 11},
     "digits": [12, 13, 16, 17]},
    {"segments": {"a": 18, "b": 19, "c": 20, "d": 21, "e": 22, "f": 23, "g": 24, "dp": 25},
     "digits": [26, 27, 2, 3]}
  ]
})");

QString shipped(const char* name) {
  return QStringLiteral(SWARMLAB_SOURCE_DIR "/resources/pinmaps/") + QString::fromLatin1(name);
}

}  // namespace

class TestPinMap : public QObject {
  Q_OBJECT
 private slots:
  void builtInDefaultIsTheShippedFile() {
    std::string error;
    auto file = loadPinMap(shipped("pi-default.json").toStdString(), &error);
    QVERIFY2(file, error.c_str());
    QVERIFY(*file == defaultPinMap());
    auto empty = loadPinMap("", &error);
    QVERIFY(empty && *empty == defaultPinMap());
    QCOMPARE(empty->source, std::string("built-in default"));
  }

  void defaultWiring() {
    const PinMap m = defaultPinMap();
    QCOMPARE(m.chip, std::string("gpiochip0"));
    QVERIFY(m.segmentsActiveHigh);
    QVERIFY(!m.digitsActiveHigh);
    QVERIFY(!m.sharedSegments());
    QCOMPARE(m.slotsPerCycle(), 4);
    QVERIFY(m.slotNs() <= 2'500'000);
    QCOMPARE(m.displays[0].segments, (std::array<unsigned, 8>{4, 5, 6, 7, 8, 9, 10, 11}));
    QCOMPARE(m.displays[1].digits, (std::array<unsigned, 4>{26, 27, 2, 3}));
    const MuxLayout l = MuxLayout::fromPinMap(m);
    QCOMPARE(l.lines.size(), std::size_t(24));
    // Digits are active-low: blank drives exactly the 8 digit lines high.
    QCOMPARE(std::popcount(l.blankLevels()), 8);
    QCOMPARE(l.lines[static_cast<std::size_t>(l.digitBit[1][2])].offset, 2u);
    QCOMPARE(l.lines[static_cast<std::size_t>(l.digitBit[1][2])].role,
             std::string("display 2 digit 3"));
  }

  void sharedSegmentsMap() {
    std::string error;
    auto m = loadPinMap(shipped("pi-shared-segments.json").toStdString(), &error);
    QVERIFY2(m, error.c_str());
    QVERIFY(m->sharedSegments());
    QCOMPARE(m->slotsPerCycle(), 8);
    QCOMPARE(m->slotNs(), 1'000'000LL);
    const MuxLayout l = MuxLayout::fromPinMap(*m);
    QCOMPARE(l.lines.size(), std::size_t(16));
    QVERIFY(!l.parallel);
    QCOMPARE(l.segmentBit[0], l.segmentBit[1]);
    QCOMPARE(l.lines[0].role, std::string("displays 1+2 segment a"));
  }

  void optionalFields() {
    std::string error;
    QString text = kGood;
    text.replace(
        QStringLiteral("\"chip\": \"gpiochip0\","),
        QStringLiteral("\"chip\": \"pinctrl-bcm2711\", \"segments_active\": \"low\", "
                       "\"digits_active\": \"high\", \"refresh_hz\": 200, \"brightness\": 40, "
                       "\"_comment\": \"ignored\","));
    auto m = parsePinMap(text.toStdString(), "x.json", &error);
    QVERIFY2(m, error.c_str());
    QCOMPARE(m->chip, std::string("pinctrl-bcm2711"));
    QVERIFY(!m->segmentsActiveHigh);
    QVERIFY(m->digitsActiveHigh);
    QCOMPARE(m->refreshHz, 200);
    QCOMPARE(m->brightness, 40);
    QCOMPARE(m->slotNs(), 1'250'000LL);
  }

  void bad_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");  // substring of the one-line error
    auto swap = [](const char* from, const char* to) {
      QString s = kGood;
      const QString f = QString::fromUtf8(from);
      if (!s.contains(f)) qFatal("bad_data: '%s' not in the good map", from);
      return s.replace(s.indexOf(f), f.size(), QString::fromUtf8(to));
    };
    QTest::newRow("not json") << QStringLiteral("{\"chip\": \"gpiochip0\",\n  \"displays\": [}")
                              << "bad.json: not valid JSON: parse error at line 2";
    QTest::newRow("array at top") << QStringLiteral("[1,2]") << "bad.json: expected a JSON object";
    QTest::newRow("missing chip") << swap("\"chip\": \"gpiochip0\",", "")
                                  << "bad.json: chip: missing";
    QTest::newRow("chip not a string")
        << swap("\"gpiochip0\"", "0") << "bad.json: chip: expected a GPIO chip name";
    QTest::newRow("empty chip") << swap("\"gpiochip0\"", "\"\"")
                                << "chip: expected a GPIO chip name";
    QTest::newRow("unknown field") << swap("\"chip\"", "\"segment_active\": \"high\", \"chip\"")
                                   << "bad.json: segment_active: unknown field";
    QTest::newRow("bad active level") << swap("\"chip\"", "\"digits_active\": \"lo\", \"chip\"")
                                      << "digits_active: expected \"high\" or \"low\", got \"lo\"";
    QTest::newRow("refresh too low") << swap("\"chip\"", "\"refresh_hz\": 50, \"chip\"")
                                     << "refresh_hz: expected an integer 100..1000, got 50";
    QTest::newRow("brightness 0") << swap("\"chip\"", "\"brightness\": 0, \"chip\"")
                                  << "brightness: expected an integer 1..100, got 0";
    QTest::newRow("brightness float") << swap("\"chip\"", "\"brightness\": 50.5, \"chip\"")
                                      << "brightness: expected an integer 1..100, got 50.5";
    QTest::newRow("missing displays")
        << QStringLiteral("{\"chip\": \"gpiochip0\"}") << "displays: missing";
    QTest::newRow("one display") << swap(R"(,
    {"segments": {"a": 18, "b": 19, "c": 20, "d": 21, "e": 22, "f": 23, "g": 24, "dp": 25},
     "digits": [26, 27, 2, 3]})",
                                         "")
                                 << "displays: expected an array of 2 displays";
    QTest::newRow("missing segment dp")
        << swap(", \"dp\": 11", "") << "bad.json: displays[0].segments.dp: missing";
    QTest::newRow("segment not a number")
        << swap("\"c\": 20", "\"c\": \"20\"")
        << "displays[1].segments.c: expected a line offset 0..1023, got \"20\"";
    QTest::newRow("negative line")
        << swap("\"a\": 4", "\"a\": -4")
        << "displays[0].segments.a: expected a line offset 0..1023, got -4";
    QTest::newRow("line too large")
        << swap("\"a\": 4", "\"a\": 4096")
        << "displays[0].segments.a: expected a line offset 0..1023, got 4096";
    QTest::newRow("unknown segment")
        << swap("\"dp\": 11", "\"dp\": 11, \"h\": 1") << "displays[0].segments.h: unknown field";
    QTest::newRow("first display shared")
        << swap(
               "{\"a\": 4, \"b\": 5, \"c\": 6, \"d\": 7, \"e\": 8, \"f\": 9, \"g\": 10, \"dp\": "
               "11}",
               "\"shared\"")
        << "displays[0].segments: \"shared\" is only allowed for displays[1]";
    QTest::newRow("missing digits")
        << swap(",\n     \"digits\": [12, 13, 16, 17]", "") << "displays[0].digits: missing";
    QTest::newRow("three digits") << swap("[12, 13, 16, 17]", "[12, 13, 16]")
                                  << "displays[0].digits: expected an array of 4 line offsets";
    QTest::newRow("digit not a number")
        << swap("[26, 27, 2, 3]", "[26, 27, 2, null]")
        << "displays[1].digits[3]: expected a line offset 0..1023, got null";
    QTest::newRow("duplicate digit")
        << swap("[26, 27, 2, 3]", "[26, 27, 2, 12]")
        << "bad.json: displays[1].digits[3]: line 12 is also used by displays[0].digits[0]";
    QTest::newRow("duplicate segment")
        << swap("\"b\": 5", "\"b\": 4")
        << "displays[0].segments.b: line 4 is also used by displays[0].segments.a";
    QTest::newRow("digit on a segment line")
        << swap("[12, 13, 16, 17]", "[12, 13, 16, 9]")
        << "displays[0].digits[3]: line 9 is also used by displays[0].segments.f";
    QTest::newRow("half shared segments")
        << swap("\"a\": 18", "\"a\": 4")
        << "displays[1].segments.a: line 4 is also displays[0].segments.a; segment lines must be "
           "all shared";
  }
  void bad() {
    QFETCH(QString, json);
    QFETCH(QString, expected);
    std::string error;
    auto m = parsePinMap(json.toStdString(), "bad.json", &error);
    QVERIFY2(!m, "a bad pin map was accepted");
    const QString e = QString::fromStdString(error);
    QVERIFY2(e.contains(expected), qPrintable(QStringLiteral("got: ") + e));
    QVERIFY2(e.startsWith(QStringLiteral("pin map bad.json: ")), qPrintable(e));
    QVERIFY2(!e.contains('\n'), qPrintable(e));
  }

  void missingFile() {
    std::string error;
    QVERIFY(!loadPinMap("/nonexistent/pinmap.json", &error));
    QCOMPARE(
        QString::fromStdString(error),
        QStringLiteral(
            "pin map /nonexistent/pinmap.json: cannot read the file (No such file or directory)"));
  }

  void fileErrorNamesThePath() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab pinmap.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        QString(kGood).replace(QStringLiteral("\"b\": 19"), QStringLiteral("\"b\": 18")).toUtf8());
    f.close();
    std::string error;
    QVERIFY(!loadPinMap(path.toStdString(), &error));
    QVERIFY2(QString::fromStdString(error).startsWith(
                 QStringLiteral("pin map ") + path +
                 QStringLiteral(": displays[1].segments.b: line 18")),
             error.c_str());
  }
};

QTEST_APPLESS_MAIN(TestPinMap)
#include "tst_pinmap.moc"
