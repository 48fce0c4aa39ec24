// Opening the gpio display where it cannot work (issue 6): this machine has no GPIO chip, so
// openGpioDisplay must return nullptr with one line naming the chip (or the file and field),
// which the subscriber logs before falling back to the sim display.
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>

#include "GpioDisplay.hpp"
#include "LineDriver.hpp"
#include "swarmlab_build_paths.h"

using namespace swarmlab::display;

namespace {
bool haveGpioChip() {
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator("/dev", ec)) {
    if (e.path().filename().string().starts_with("gpiochip")) return true;
  }
  return false;
}

QString writeFile(QTemporaryDir& dir, const char* name, const QString& text) {
  const QString path = dir.filePath(QString::fromLatin1(name));
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
  f.write(text.toUtf8());
  return path;
}
}  // namespace

class TestGpioDisplay : public QObject {
  Q_OBJECT
 private slots:
  void adapterIsV1() { QCOMPARE(gpiodAdapterName(), std::string_view("libgpiod v1")); }

  void defaultChipMissing() {
    if (haveGpioChip()) QSKIP("this machine has a GPIO chip");
    std::string error;
    auto d = openGpioDisplay("", &error);
    QVERIFY(!d);
    QCOMPARE(QString::fromStdString(error),
             QStringLiteral("gpio: cannot open chip 'gpiochip0': no such GPIO chip on this machine "
                            "(pin map: built-in default)"));
  }

  void namedChipMissing() {
    QTemporaryDir dir;
    QFile shipped(QStringLiteral(SWARMLAB_SOURCE_DIR "/resources/pinmaps/pi-default.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(shipped.readAll());
    text.replace(QStringLiteral("\"gpiochip0\""), QStringLiteral("\"gpiochip9\""));
    const QString path = writeFile(dir, "pi9.json", text);
    std::string error;
    auto d = openGpioDisplay(path.toStdString(), &error);
    QVERIFY(!d);
    const QString e = QString::fromStdString(error);
    QVERIFY2(e.contains(QStringLiteral("cannot open chip 'gpiochip9'")), qPrintable(e));
    QVERIFY2(e.endsWith(QStringLiteral("(pin map: ") + path + QStringLiteral(")")), qPrintable(e));
    QVERIFY(!e.contains('\n'));
  }

  void chipAsDevicePathMissing() {
    std::string error;
    auto lines =
        openGpiodLines("/dev/gpiochip7", {{4, "display 1 segment a"}}, 0, "swarmlab", &error);
    QVERIFY(!lines);
    QVERIFY2(QString::fromStdString(error).startsWith(
                 QStringLiteral("gpio: cannot open chip '/dev/gpiochip7'")),
             error.c_str());
  }

  void duplicateLineRequest() {
    std::string error;
    auto lines = openGpiodLines("gpiochip0", {{4, "display 1 segment a"}, {4, "display 2 digit 1"}},
                                0, "swarmlab", &error);
    QVERIFY(!lines);
    QCOMPARE(
        QString::fromStdString(error),
        QStringLiteral("gpio: line 4 (display 2 digit 1) is requested twice on chip 'gpiochip0'"));
  }

  void badPinMapFileNamed() {
    QTemporaryDir dir;
    const QString path = writeFile(dir, "broken.json", QStringLiteral("{\"chip\": \"gpiochip0\"}"));
    std::string error;
    QVERIFY(!openGpioDisplay(path.toStdString(), &error));
    QCOMPARE(QString::fromStdString(error),
             QStringLiteral("pin map ") + path +
                 QStringLiteral(": displays: missing (expected an array of 2 displays)"));
    QVERIFY(!openGpioDisplay("/nonexistent/pins.json", &error));
    QVERIFY2(QString::fromStdString(error).startsWith(
                 QStringLiteral("pin map /nonexistent/pins.json: cannot read")),
             error.c_str());
  }

  void nullErrorPointerIsFine() { QVERIFY(!openGpioDisplay("/nonexistent/pins.json", nullptr)); }
};

QTEST_APPLESS_MAIN(TestGpioDisplay)
#include "tst_gpiodisplay.moc"
