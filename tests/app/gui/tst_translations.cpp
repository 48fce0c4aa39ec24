// Both translations are compiled in and load; Portuguese differs from English.
#include <QApplication>
#include <QTest>
#include <QTranslator>

#include "GuiText.h"
#include "Language.h"

using namespace swarmlab;

class TstTranslations : public QObject {
  Q_OBJECT
 private slots:
  void bothLoad() {
    QTranslator en, pt;
    QVERIFY(en.load(":/i18n/swarmlab_en.qm"));
    QVERIFY(pt.load(":/i18n/swarmlab_pt.qm"));
    QCOMPARE(pt.language(), QString("pt"));
  }

  void portugueseDiffers_data() {
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::newRow("layer") << "swarmlab"
                           << "Enterprise";
    QTest::newRow("sensing") << "swarmlab"
                             << "Sensing";
    QTest::newRow("deploy result") << "swarmlab"
                                   << "deployed in %1 ms";
    QTest::newRow("window title") << "swarmlab::MainWindow"
                                  << "swarmlab console";
    QTest::newRow("settings") << "swarmlab::SettingsDialog"
                              << "Settings";
    QTest::newRow("chart") << "swarmlab::ChartPanel"
                           << "Display lag (Fig. 4)";
  }
  void portugueseDiffers() {
    QFETCH(QString, context);
    QFETCH(QString, source);
    QTranslator pt;
    QVERIFY(pt.load(":/i18n/swarmlab_pt.qm"));
    const QString t = pt.translate(context.toUtf8(), source.toUtf8());
    QVERIFY2(!t.isEmpty(), qPrintable(context + " / " + source + " is not translated"));
    QVERIFY(t != source);
  }

  void everyMessageTranslatedInPortuguese() {
    // The .ts file is the source of the .qm: no unfinished or empty entry may ship.
    QFile ts(QStringLiteral(SWARMLAB_SOURCE_DIR "/translations/swarmlab_pt.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    QVERIFY(text.contains("<message"));
    QCOMPARE(text.count("type=\"unfinished\""), 0);
    QCOMPARE(text.count("<translation></translation>"), 0);
  }

  void installFollowsSetting() {
    QCOMPARE(resolveLanguage("pt"), QString("pt"));
    QCOMPARE(resolveLanguage("en"), QString("en"));
    QCOMPARE(installTranslators(qApp, "pt"), QString("pt"));
    QCOMPARE(layerName(Layer::Mediation), QString::fromUtf8("Mediação"));
  }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
