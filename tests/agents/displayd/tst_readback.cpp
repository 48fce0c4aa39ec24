// LineReadback (agents/displayd): what the fake lines lit, decoded back into digits, for both
// shipped pin maps and inverted active levels; with the real multiplexer it reads back the
// frame it was given (the STATUS lines= field of the end-to-end test).
#include <QtTest>

#include <chrono>
#include <thread>

#include "FakeLines.hpp"
#include "LineReadback.hpp"
#include "Multiplexer.hpp"
#include "PinMap.hpp"
#include "SevenSegment.hpp"
#include "swarmlab_build_paths.h"

using namespace swarmlab::display;
using swarmlab::displayd::LineReadback;

namespace {
PinMap mapFrom(const QString& file) {
  std::string error;
  auto map = loadPinMap(
      file.isEmpty() ? std::string() : std::string(SWARMLAB_SOURCE_DIR) + "/" + file.toStdString(),
      &error);
  if (!map) qFatal("%s", error.c_str());
  return *map;
}
}  // namespace

class TestReadback : public QObject {
  Q_OBJECT
 private slots:
  void decodesEverySlot_data() {
    QTest::addColumn<QString>("pinmap");
    QTest::addColumn<bool>("invert");
    QTest::newRow("default") << QString() << false;
    QTest::newRow("default, inverted levels") << QString() << true;
    QTest::newRow("shared segments") << "resources/pinmaps/pi-shared-segments.json" << false;
  }
  void decodesEverySlot() {
    QFETCH(QString, pinmap);
    QFETCH(bool, invert);
    PinMap map = mapFrom(pinmap);
    if (invert) {
      map.segmentsActiveHigh = !map.segmentsActiveHigh;
      map.digitsActiveHigh = !map.digitsActiveHigh;
    }
    const MuxLayout layout = MuxLayout::fromPinMap(map);
    const Frame want = encodeTime(1795782307123456, TimeFormat::HhMm_SsCc);
    Frame got;
    unsigned lit = 0;
    for (int slot = 0; slot < layout.slotsPerCycle(); ++slot) {
      lit |= LineReadback::decode(layout, layout.slotLevels(want, slot), got);
    }
    QCOMPARE(lit, 0xffU);
    QVERIFY(got == want);
    Frame untouched = want;
    QCOMPARE(LineReadback::decode(layout, layout.blankLevels(), untouched), 0U);
    QVERIFY(untouched == want);
  }

  void readsTheMultiplexerBack() {
    const PinMap map = mapFrom({});
    const MuxLayout layout = MuxLayout::fromPinMap(map);
    auto lines = std::make_unique<FakeLines>(layout.lines.size(), 4096);
    FakeLines& fake = *lines;
    Multiplexer mux(std::move(lines), layout, MuxTiming{map.slotNs(), 100, 0});
    LineReadback readback(layout, fake);
    QVERIFY(!readback.frame());  // nothing lit yet
    const Frame want = encodeTime(1795782307123456, TimeFormat::HhMm_SsCc);
    mux.setFrame(want);
    mux.start();
    // Every digit is lit once a cycle (8 ms at 125 Hz); allow a busy machine much longer.
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!(readback.frame() && *readback.frame() == want) &&
           std::chrono::steady_clock::now() < until) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      readback.update();
    }
    QVERIFY(readback.frame());
    QVERIFY(*readback.frame() == want);
    const Frame next = encodeTime(1795782308000000, TimeFormat::HhMm_MmSs);
    QVERIFY(!(next == want));
    mux.setFrame(next);
    const auto until2 = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!(*readback.frame() == next) && std::chrono::steady_clock::now() < until2) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      readback.update();
    }
    QVERIFY(*readback.frame() == next);
    // The fake's log is emptied by every update: a daemon's memory stays flat.
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    QVERIFY(fake.records().size() > 50);  // two writes a slot, 500 slots a second
    readback.update();
    QVERIFY(fake.records().size() < 50);
  }
};

QTEST_GUILESS_MAIN(TestReadback)
#include "tst_readback.moc"
