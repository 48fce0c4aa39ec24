// The main window: keyboard access to the commands, and its close, which stops the lab
// asynchronously (the first close starts the shutdown and is ignored, the window closes when the
// backend is done or at the deadline; a second close changes nothing) — against a test double.
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>

#include "ChartPanel.h"
#include "ExperimentsPanel.h"
#include "FakeOrchestrator.h"
#include "GuiTestUtil.h"
#include "LabController.h"
#include "LabSession.h"
#include "Language.h"
#include "MainWindow.h"
#include "TopologyItems.h"
#include "TopologyScene.h"
#include "TopologyView.h"
#include "swarmlab_build_paths.h"

using namespace swarmlab;
using swarmlab::test::FakeOrchestrator;

class TstWindow : public QObject {
  Q_OBJECT

  /// The title text the chart draws, the topmost of its texts (it elides with "...").
  static QString chartTitleShown(QChart* chart) {
    QGraphicsTextItem* top = nullptr;
    for (auto* item : chart->scene()->items())
      if (auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item);
          text && text->isVisible() && !text->toPlainText().isEmpty() &&
          (!top || text->sceneBoundingRect().top() < top->sceneBoundingRect().top()))
        top = text;
    return top ? top->toPlainText()
                     .replace(QChar::LineSeparator, QLatin1Char(' '))
                     .replace(QLatin1Char('\n'), QLatin1Char(' '))
               : QString();
  }

  /// The publisher deployed on manager and its first message 62 ms later: the chip's second
  /// line, as painted, ends with the measured time ("deployed in 62 ms"), not an ellipsis.
  static void chipShowsItsDeployTime(MainWindow& w, FakeOrchestrator& orch) {
    w.controller()->deploy(QStringLiteral("publisher"), QStringLiteral("manager"));
    orch.emitTask(QStringLiteral("publisher"), QStringLiteral("publisher.1.1"),
                  QStringLiteral("manager"), TaskState::Running);
    AgentEvent e;
    e.instance = QStringLiteral("publisher.1.1");
    e.node = QStringLiteral("manager");
    e.event = QStringLiteral("first_message");
    e.tUs = FakeOrchestrator::nowUs() + 62'000;
    w.model()->onAgentEvent(e);
    const QString activity = w.model()->activityText(QStringLiteral("publisher"));
    QVERIFY(!activity.isEmpty());
    auto* chip = w.scene()->chipItem(QStringLiteral("publisher"));
    QVERIFY(chip);
    w.view()->centerOn(chip);
    w.view()->viewport()->repaint();
    QVERIFY2(chip->paintedStatus().endsWith(activity), qPrintable(chip->paintedStatus()));
  }

  /// A window running the paper lab on a test double; *orch stays valid until the session goes.
  static std::unique_ptr<MainWindow> runningWindow(FakeOrchestrator** orch) {
    const Lab lab = test::paperLab();
    auto fake = std::make_unique<FakeOrchestrator>(lab);
    *orch = fake.get();
    auto* session = new LabSession;
    session->use(lab, std::move(fake));
    auto w = std::make_unique<MainWindow>(AppSettings{});
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get())) return nullptr;
    w->startSession(session);
    return w;
  }

 private slots:
  void initTestCase() { test::isolateSettings("tst_gui_window"); }

  void languageSwitchesWithoutRestart() {
    AppSettings s;
    MainWindow w(s);
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTranslator pt;
    QVERIFY(pt.load(":/i18n/swarmlab_pt.qm"));
    auto portuguese = [&pt](const char* ctx, const char* src) { return pt.translate(ctx, src); };
    // The Settings > Language menu's "Português", as a user picks it.
    QAction* ptAction = nullptr;
    for (auto* a : w.findChildren<QAction*>())
      if (a->isCheckable() && a->data().toString() == "pt") ptAction = a;
    QVERIFY(ptAction);
    ptAction->trigger();
    QTRY_COMPARE(w.windowTitle(), portuguese("swarmlab::MainWindow", "swarmlab console"));
    QCOMPARE(w.charts()->lagChart()->title(),
             portuguese("swarmlab::ChartPanel", "Display lag (Fig. 4)"));
    QCOMPARE(w.experiments()->runButton()->text(),
             portuguese("swarmlab::ExperimentsPanel", "&Run"));
    QCOMPARE(w.menuBar()->actions().first()->text(), portuguese("swarmlab::MainWindow", "&File"));
    QVERIFY(ptAction->isChecked());
    // And back.
    for (auto* a : w.findChildren<QAction*>())
      if (a->isCheckable() && a->data().toString() == "en") a->trigger();
    QTRY_COMPARE(w.windowTitle(), QString("swarmlab console"));
    QCOMPARE(w.menuBar()->actions().first()->text(), QString("&File"));
    // Readable at 1366x768: the window is not forced larger, the charts keep a usable height.
    QCOMPARE(w.size(), QSize(1366, 768));
    QVERIFY(w.charts()->rateView()->height() >= 140);
  }

  // Issue 13: at 1366x768, in English and in Portuguese (longer words), the whole topology
  // toolbar shows (Sensing, its last button, too), a band fits the view at the readable zoom
  // (no sideways scrolling), a click on Sensing zooms to that band, a chip shows its measured
  // deploy time whole and the chart titles are not cut.
  void topologyUsableAt1366_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("pt") << QStringLiteral("pt");
  }
  void topologyUsableAt1366() {
    QFETCH(QString, language);
    QCOMPARE(switchLanguage(qApp, language), language);
    const auto english = qScopeGuard([] { switchLanguage(qApp, QStringLiteral("en")); });
    {  // A first run: no layout saved by the other tests' closes.
      QSettings qs;
      qs.remove("ui/state");
      qs.remove("ui/geometry");
    }
    const Lab lab = test::paperLab();
    FakeOrchestrator orch(lab);
    MainWindow w(AppSettings{});
    w.attachOrchestrator(&orch, lab);
    orch.start();
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.size(), QSize(1366, 768));
    TopologyView* view = w.view();
    QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
    // As laid out, and at the view's minimum width (a saved layout with wide docks).
    auto toolbarFits = [view] {
      const int right = view->viewport()->geometry().right();
      for (QAction* a : view->zoomActions()) {
        QWidget* button = view->toolBar()->widgetForAction(a);
        QVERIFY2(button && button->isVisible(), qPrintable(a->text()));
        QVERIFY2(
            button->mapTo(view, QPoint(button->width() - 1, 0)).x() <= right,
            qPrintable(QStringLiteral("%1 at view width %2").arg(a->text()).arg(view->width())));
      }
    };
    toolbarFits();
    const QSize laidOut = view->size();
    view->resize(view->minimumSizeHint().width(), laidOut.height());
    QCOMPARE(view->width(), view->minimumSizeHint().width());
    toolbarFits();
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    view->resize(laidOut);
    QVERIFY(view->readableScale() <= view->transform().m11() + 1e-9);
    QWidget* sensing = view->toolBar()->widgetForAction(view->zoomActions().last());
    QTest::mouseClick(sensing, Qt::LeftButton);
    const QRect band =
        view->mapFromScene(w.scene()->bandItem(Layer::Sensing)->sceneBoundingRect()).boundingRect();
    QVERIFY(view->viewport()->rect().adjusted(-2, -2, 2, 2).contains(band));
    QVERIFY(band.width() >= view->viewport()->width() - 4 ||
            band.height() >= view->viewport()->height() - 4);
    chipShowsItsDeployTime(w, orch);
    if (QTest::currentTestFailed()) return;
    for (QChart* chart : {w.charts()->rateChart(), w.charts()->lagChart()}) {
      const QString shown = chartTitleShown(chart);
      QVERIFY2(shown.contains(QStringLiteral("(Fig. ")), qPrintable(shown));
      QVERIFY2(!shown.contains(QStringLiteral("...")), qPrintable(shown));
    }
  }

  void keyboardDrivesCommands() {
    const Lab lab = test::paperLab();
    FakeOrchestrator orch(lab);
    AppSettings s;
    MainWindow w(s);
    w.attachOrchestrator(&orch, lab);
    orch.start();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.controller()->deploy(QStringLiteral("subscriber"), QStringLiteral("pi1"));
    auto* chip = w.scene()->chipItem(QStringLiteral("subscriber"));
    QVERIFY(chip);
    w.view()->setFocus();
    w.scene()->setFocusItem(chip);
    QVERIFY(chip->isSelected());
    auto trigger = [&w](const QKeySequence& k) {
      for (auto* a : w.actions())
        if (a->shortcut() == k && a->isEnabled()) {
          a->trigger();
          return true;
        }
      return false;
    };
    QVERIFY(trigger(QKeySequence(Qt::CTRL | Qt::Key_R)));
    QCOMPARE(orch.count(CommandKind::Restart), 1);
    QVERIFY(trigger(QKeySequence(Qt::Key_Delete)));
    QCOMPARE(orch.count(CommandKind::Stop), 1);
    // Node actions apply to a selected card.
    auto* card = w.scene()->nodeItem(QStringLiteral("pi2"));
    w.scene()->setFocusItem(card);
    QVERIFY(card->isSelected());
    QVERIFY(trigger(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)));
    QCOMPARE(orch.count(CommandKind::NodeDown), 1);
    QCOMPARE(orch.calls.last().node, QStringLiteral("pi2"));
    // Service-only actions are disabled with a node selected.
    QVERIFY(!trigger(QKeySequence(Qt::CTRL | Qt::Key_R)));
    w.attachOrchestrator(nullptr, lab);
  }

  void nodeActionsNameWhatTheBackendDoes() {
    const Lab lab = test::paperLab();
    FakeOrchestrator orch(lab);
    MainWindow w{AppSettings{}};
    auto nodeDownText = [&w] {
      for (auto* a : w.actions())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)) return a->text();
      return QString();
    };
    w.attachOrchestrator(&orch, lab);
    QCOMPARE(nodeDownText(), QStringLiteral("Node &down (power off)"));
    orch.backendTraits = {QStringLiteral("swarm"), true, true};  // drains instead
    w.attachOrchestrator(&orch, lab);
    QCOMPARE(nodeDownText(), QStringLiteral("&Drain node"));
    w.attachOrchestrator(nullptr, lab);
  }

  void closeWithoutLabCloses() {
    MainWindow w{AppSettings{}};
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.close());
    QVERIFY(!w.isVisible());
  }

  void closeTwiceShutsDownOnce() {
    FakeOrchestrator* orch = nullptr;
    auto w = runningWindow(&orch);
    QVERIFY(w);
    QVERIFY(w->session()->isReady());
    QSignalSpy shutDown(w.get(), &MainWindow::labShutDown);
    // The first close is refused while the backend stops: close() returned, the backend has
    // not finished, the window stays up, disabled.
    QVERIFY(!w->close());
    QCOMPARE(orch->shutdownCalls, 1);
    QVERIFY(w->isShuttingDown());
    QVERIFY(w->isVisible());
    QVERIFY(!w->isEnabled());
    QVERIFY(!w->controller()->orchestrator());  // no command goes out meanwhile
    // A second close changes nothing and does not start the shutdown again.
    QVERIFY(!w->close());
    QTest::qWait(50);
    QCOMPARE(orch->shutdownCalls, 1);
    QVERIFY(w->isVisible());
    QCOMPARE(shutDown.size(), 0);
    // The backend is done: the window closes for real, once.
    orch->finishShutdown();
    QTRY_VERIFY(!w->isVisible());
    QCOMPARE(shutDown.size(), 1);
    QVERIFY(!w->session());
    QVERIFY(w->eventLog()->toPlainText().contains(QStringLiteral("lab stopped")));
  }

  void closeGivesUpAtTheDeadline() {
    FakeOrchestrator* orch = nullptr;
    auto w = runningWindow(&orch);
    QVERIFY(w);
    w->setShutdownDeadlineMs(300);
    QElapsedTimer t;
    t.start();
    QVERIFY(!w->close());
    QCOMPARE(orch->shutdownCalls, 1);
    // The backend never answers: the window closes when the deadline passes, not before.
    QTRY_VERIFY_WITH_TIMEOUT(!w->isVisible(), 5000);
    QVERIFY2(t.elapsed() >= 290, qPrintable(QString::number(t.elapsed())));
    QVERIFY(!w->session());
    QVERIFY(w->eventLog()->toPlainText().contains(QStringLiteral("did not finish stopping")));
  }

  void shutdownLabTwiceStartsOnce() {
    FakeOrchestrator* orch = nullptr;
    auto w = runningWindow(&orch);
    QVERIFY(w);
    QSignalSpy shutDown(w.get(), &MainWindow::labShutDown);
    w->shutdownLab();
    w->shutdownLab();
    QCOMPARE(orch->shutdownCalls, 1);
    QVERIFY(w->isVisible());  // stopping the lab is not closing the window
    orch->finishShutdown();
    QTRY_COMPARE(shutDown.size(), 1);
    QVERIFY(!w->session());
    QVERIFY(w->isVisible());
    QVERIFY(w->isEnabled());
  }

  void untrustedLabCommandsAreConfirmedFirst() {
    // Issue 11: a lab file is code. A command that is not a swarmlab program from ${bin} nor
    // redis-server is shown in a dialog before anything runs; refusing leaves no lab open.
    QTemporaryDir dir;
    const QString marker = dir.filePath(QStringLiteral("ran"));
    QFile shipped(QStringLiteral(SWARMLAB_SOURCE_DIR "/resources/labs/paper-2017.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QByteArray json = shipped.readAll();
    json.replace("[\"${bin}/swarmlab-publisher\"]",
                 "[\"/bin/touch\", \"" + marker.toUtf8() + "\"]");
    QFile lab(dir.filePath(QStringLiteral("lab.json")));
    QVERIFY(lab.open(QIODevice::WriteOnly) && lab.write(json) == json.size());
    lab.close();
    AppSettings s;
    s.labFile = lab.fileName();
    MainWindow w(s);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QString shown;
    QTimer::singleShot(0, &w, [&shown] {
      // The dialog is modal: answer it as a user would, with the mouse.
      auto answer = [&shown](auto&& self) -> void {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
          QTimer::singleShot(50, [self, &shown] { self(self); });
          return;
        }
        shown = box->text();
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
      };
      answer(answer);
    });
    QStringList errors;
    QVERIFY(!w.startLab(&errors));
    QVERIFY2(shown.contains(QStringLiteral("template \"publisher\": /bin/touch ") + marker),
             qPrintable(shown));
    QVERIFY2(errors.join('\n').contains(QStringLiteral("not confirmed")),
             qPrintable(errors.join('\n')));
    QVERIFY(!QFileInfo::exists(marker));
  }
  /// The Docker chip follows the engine: red while the backend says it does not answer, green
  /// again when it does; an error that is not the engine's (a Redis held back) leaves it. The
  /// real engine's signals: swarm.restart (a dockerd restarted mid-run).
  void dockerChipFollowsTheEngine() {
    const Lab lab = test::paperLab();
    auto fake = std::make_unique<FakeOrchestrator>(lab);
    FakeOrchestrator* orch = fake.get();
    AppSettings settings;
    settings.backend = AppSettings::Backend::Docker;
    auto* session = new LabSession;
    session->use(lab, std::move(fake), settings);
    MainWindow w(settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy ready(&w, &MainWindow::labReady);
    w.startSession(session);
    QVERIFY(ready.count() > 0 || ready.wait(5000));
    QLabel* docker = nullptr;
    for (auto* l : w.statusBar()->findChildren<QLabel*>())
      if (l->property("what").toByteArray() == "Docker") docker = l;
    QVERIFY(docker);
    QVERIFY2(docker->text().contains("connected"), qPrintable(docker->text()));
    emit orch->errorOccurred({QStringLiteral("start redis"), QStringLiteral("gw1"),
                              QStringLiteral("no machine hosts the gateway gw1"), 0});
    QVERIFY2(docker->text().contains("connected"), qPrintable(docker->text()));
    emit orch->engineChanged(false, QStringLiteral("the Docker Engine does not answer: refused"));
    QVERIFY2(docker->text().contains("not answering"), qPrintable(docker->text()));
    QVERIFY(docker->toolTip().contains("refused"));
    emit orch->engineChanged(true, QStringLiteral("unix:///var/run/docker.sock"));
    QVERIFY2(docker->text().contains("connected") && !docker->text().contains("not"),
             qPrintable(docker->text()));
    QCOMPARE(docker->toolTip(), QStringLiteral("unix:///var/run/docker.sock"));
  }
};

QTEST_MAIN(TstWindow)
#include "tst_window.moc"
