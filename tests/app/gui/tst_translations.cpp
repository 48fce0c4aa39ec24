// Both translations are compiled in and load; Portuguese differs from English. Switching the
// language with real clicks on Settings > Language retranslates the topology toolbar too.
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

#include "AppSettings.h"
#include "GuiTestUtil.h"
#include "GuiText.h"
#include "Language.h"
#include "MainWindow.h"
#include "TopologyView.h"
#include "swarmlab_build_paths.h"

using namespace swarmlab;

class TstTranslations : public QObject {
  Q_OBJECT
  /// The action of `menu` whose submenu (or itself) satisfies `pred`.
  template <class Pred>
  static QAction* find(const QList<QAction*>& actions, Pred pred) {
    for (auto* a : actions)
      if (pred(a)) return a;
    return nullptr;
  }
  /// Clicks `a` where it is drawn in `w` (a menu bar or a menu), as a user does.
  static void clickAction(QWidget* w, QAction* a) {
    QRect r;
    if (auto* bar = qobject_cast<QMenuBar*>(w)) r = bar->actionGeometry(a);
    if (auto* menu = qobject_cast<QMenu*>(w)) r = menu->actionGeometry(a);
    QVERIFY(r.isValid());
    QTest::mouseMove(w, r.center());
    QTest::mouseClick(w, Qt::LeftButton, {}, r.center());
  }
  /// Settings > Language > `code` ("pt", "en") with mouse clicks.
  static void pickLanguage(MainWindow& w, const QString& code) {
    auto hasLanguage = [&code](QMenu* m) {
      return m && find(m->actions(), [&code](QAction* a) { return a->data() == code; });
    };
    QAction* settings = find(w.menuBar()->actions(), [&](QAction* a) {
      return a->menu() &&
             find(a->menu()->actions(), [&](QAction* b) { return hasLanguage(b->menu()); });
    });
    QVERIFY(settings);
    clickAction(w.menuBar(), settings);
    QTRY_VERIFY(settings->menu()->isVisible());
    QAction* language =
        find(settings->menu()->actions(), [&](QAction* b) { return hasLanguage(b->menu()); });
    clickAction(settings->menu(), language);
    QTRY_VERIFY(language->menu()->isVisible());
    QAction* pick =
        find(language->menu()->actions(), [&code](QAction* a) { return a->data() == code; });
    clickAction(language->menu(), pick);
    QTRY_VERIFY(!settings->menu()->isVisible());
    QVERIFY(pick->isChecked());
  }

 private slots:
  void initTestCase() { test::isolateSettings("tst_gui_translations"); }

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

  // Issue 13: a language change reaches the topology toolbar (search box, zoom actions, bands)
  // like every other part of the window, with no restart.
  void topologyToolbarFollowsTheLanguage() {
    switchLanguage(qApp, QStringLiteral("en"));
    AppSettings s;
    s.language = QStringLiteral("en");
    MainWindow w(s);
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    TopologyView* view = w.view();
    const QList<QAction*> zoom = view->zoomActions();
    QCOMPARE(zoom.size(), 5);
    QCOMPARE(zoom[1]->text(), QStringLiteral("Fit all"));
    QCOMPARE(zoom[3]->text(), QStringLiteral("Mediation"));
    QTranslator pt;
    QVERIFY(pt.load(":/i18n/swarmlab_pt.qm"));
    auto tr = [&pt](const char* src) { return pt.translate("swarmlab::TopologyView", src); };
    pickLanguage(w, QStringLiteral("pt"));
    QTRY_COMPARE(zoom[0]->text(), tr("Readable"));
    QCOMPARE(zoom[1]->text(), tr("Fit all"));
    QVERIFY(zoom[1]->text() != QStringLiteral("Fit all"));
    QCOMPARE(zoom[1]->toolTip(), tr("Show the whole lab, however small"));
    QCOMPARE(zoom[3]->text(), QString::fromUtf8("Mediação"));
    QCOMPARE(view->searchBox()->placeholderText(), tr("Find a node or service"));
    QCOMPARE(view->toolBar()->windowTitle(), tr("Topology"));
    // The toolbar still covers exactly the view's top margin (no clipped or hidden row).
    QCOMPARE(view->toolBar()->height(), view->toolBar()->sizeHint().height());
    QVERIFY(view->viewport()->geometry().top() >= view->toolBar()->geometry().bottom());
    // And back, again with the mouse.
    pickLanguage(w, QStringLiteral("en"));
    QTRY_COMPARE(zoom[1]->text(), QStringLiteral("Fit all"));
    QCOMPARE(zoom[2]->toolTip(),
             QStringLiteral("Zoom to the Enterprise band (or double-click its title)"));
    QCOMPARE(view->searchBox()->placeholderText(), QStringLiteral("Find a node or service"));
  }

  // `swarmlab --language pt --help` (or a saved Portuguese setting) prints the help in
  // Portuguese: the translator is installed before the command line is parsed.
  void helpInChosenLanguage_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("saved");  ///< ui/language in the program's settings file
    QTest::addColumn<bool>("portuguese");
    QTest::newRow("--language pt") << QStringList{"--language", "pt"} << "" << true;
    QTest::newRow("--language=pt") << QStringList{"--language=pt"} << "en" << true;
    QTest::newRow("saved pt") << QStringList{} << "pt" << true;
    QTest::newRow("saved pt, --language en") << QStringList{"--language", "en"} << "pt" << false;
    QTest::newRow("saved pt, --no-settings")
        << QStringList{"--no-settings", "--language", "en"} << "pt" << false;
  }
  void helpInChosenLanguage() {
    QFETCH(QStringList, args);
    QFETCH(QString, saved);
    QFETCH(bool, portuguese);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    if (!saved.isEmpty()) {
      QSettings qs(home.filePath("swarmlab/swarmlab.conf"), QSettings::IniFormat);
      qs.setValue("ui/language", saved);
    }
    QTranslator pt;
    QVERIFY(pt.load(":/i18n/swarmlab_pt.qm"));
    const char* description =
        "swarmlab console: orchestration lab for containerized IIoT microservices";
    const char* option = "Ignore saved settings (start as on a first run).";
    QVERIFY(pt.translate("main", description) != QLatin1String(description));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_CONFIG_HOME", home.path());
    env.insert("LANG", "C.UTF-8");
    env.remove("LANGUAGE");
    env.remove("LC_ALL");
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SWARMLAB_GUI_BIN), args + QStringList{"--help"});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    // The help wraps long lines and indents them: compare with whitespace collapsed.
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    for (const char* src : {description, option}) {
      const QString want =
          (portuguese ? pt.translate("main", src) : QString::fromUtf8(src)).simplified();
      QVERIFY2(out.contains(want), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(want, out)));
    }
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
