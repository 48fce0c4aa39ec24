// The console on a real swarm (issue 12), this machine's engine, with real mouse events on the
// topology view:
// - while the lab's Redis waits for a machine to host its gateway, the status bar says so
//   ("Redis: waiting for a machine to host gw1") and Docker stays "connected": waiting is not
//   the engine's error;
// - on a machine that hosts several lab nodes, a card dragged into a band never renames the
//   machine (checked in the node's labels with GET /nodes): the drop is refused with the
//   reason, and the machine's own lab node still moves it.
// The node's labels are put back as they were; the swarm is left if the test made it.
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <nlohmann/json.hpp>

#include "DockerParse.h"
#include "GuiTestUtil.h"
#include "LabSession.h"
#include "MainWindow.h"
#include "SwarmFixture.h"
#include "SwarmOrchestrator.h"
#include "TopologyItems.h"
#include "TopologyModel.h"
#include "TopologyScene.h"
#include "TopologyView.h"

using namespace swarmlab;
using namespace swarmlab::test;
using nlohmann::json;

class TstSwarmConsole : public QObject {
  Q_OBJECT
  SwarmFixture fx_;
  QString nodeId_;
  QString hostname_;
  json labelsBefore_;
  std::unique_ptr<MainWindow> w_;
  QList<OrchestratorError> errors_;

  json nodeLabels() {
    DockerResponse r = fx_.http().request("GET", "/nodes/" + nodeId_);
    auto n = r.ok() ? docker::parseNode(r.body.toStdString()) : std::nullopt;
    return n ? n->spec.value("Labels", json::object()) : json();
  }
  std::string label(const char* key) { return nodeLabels().value(key, ""); }
  QString setLabels(const json& labels) {
    DockerResponse r = fx_.http().request("GET", "/nodes/" + nodeId_);
    auto n = r.ok() ? docker::parseNode(r.body.toStdString()) : std::nullopt;
    if (!n) return "GET /nodes/" + nodeId_ + ": " + r.message();
    json spec = n->spec;
    spec["Labels"] = labels;
    DockerResponse u = fx_.http().request(
        "POST", QStringLiteral("/nodes/%1/update?version=%2").arg(nodeId_).arg(n->version),
        QByteArray::fromStdString(spec.dump()));
    return u.ok() ? QString() : u.message();
  }
  QLabel* chip(const char* what) const {
    for (auto* l : w_->statusBar()->findChildren<QLabel*>())
      if (l->property("what").toByteArray() == what) return l;
    return nullptr;
  }
  /// A real press on the card and a move past the drag distance start its drag (the offscreen
  /// platform has no drag loop: the drop is delivered as the platform would, at `to`).
  bool dragCard(const QString& card, const QPointF& to) {
    TopologyView* view = w_->view();
    TopologyScene* scene = w_->scene();
    if (!scene->nodeItem(card)) return false;
    view->ensureVisible(scene->nodeItem(card));
    QCoreApplication::processEvents();
    QSignalSpy started(scene, &TopologyScene::dragStarted);
    const QPoint from = view->mapFromScene(scene->nodeCenter(card));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), from + QPoint(QApplication::startDragDistance() + 10, 0));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, from);
    if (started.size() != 1 || started.first().at(1).toString() != card) return false;
    auto m = test::mime(started.first().at(0).toString(), card);
    return view->simulateDrop(to, m.get());
  }
  QPointF inBand(Layer l) const {
    const QRectF band = w_->scene()->bandItem(l)->sceneBoundingRect();
    return {band.left() + 60, band.bottom() - 10};
  }
  void shot(const QString& name) {
    const QString dir = QDir(QStringLiteral(SWARMLAB_TEST_ARTIFACTS)).absolutePath();
    QDir().mkpath(dir);
    QString err;
    QVERIFY2(w_->saveScreenshot(QDir(dir).filePath(name), &err), qPrintable(err));
  }

 public:
  QString prepare() {
    return fx_.setUp(QStringLiteral("swlcons-%1").arg(QCoreApplication::applicationPid()));
  }

 private slots:
  void initTestCase() {
    isolateSettings("tst_gui_swarm");
    qRegisterMetaType<OrchestratorError>();
    const QString err = fx_.initSwarmIfInactive();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    auto info = docker::parseInfo(fx_.http().request("GET", "/info").body.toStdString());
    QVERIFY(info);
    nodeId_ = QString::fromStdString(info->nodeId);
    auto node =
        docker::parseNode(fx_.http().request("GET", "/nodes/" + nodeId_).body.toStdString());
    QVERIFY(node);
    hostname_ = QString::fromStdString(node->hostname);
    labelsBefore_ = nodeLabels();
    QVERIFY(labelsBefore_.is_object());
    // This machine starts hosting no lab node (its other labels stay).
    json plain = json::object();
    for (auto it = labelsBefore_.begin(); it != labelsBefore_.end(); ++it)
      if (it.key().rfind("swarmlab.", 0) != 0) plain[it.key()] = it.value();
    QCOMPARE(setLabels(plain), QString());

    // The console's Docker backend, as Settings make it, on a swarm of machines none of which
    // hosts gw1 (a one-node swarm would host every lab node otherwise).
    SwarmOptions o;
    o.servicePrefix = QStringLiteral("swlc%1-").arg(QCoreApplication::applicationPid());
    o.redisPort = SwarmFixture::freePort();
    o.singleNodeFallback = false;
    AppSettings settings;
    settings.backend = AppSettings::Backend::Docker;
    auto orch = std::make_unique<SwarmOrchestrator>(fx_.lab(), o);
    connect(orch.get(), &Orchestrator::errorOccurred, this,
            [this](const OrchestratorError& e) { errors_ << e; });
    auto* session = new LabSession;
    session->use(fx_.lab(), std::move(orch), settings);
    w_ = std::make_unique<MainWindow>(settings);
    w_->resize(1366, 768);
    w_->show();
    QVERIFY(QTest::qWaitForWindowExposed(w_.get()));
    QSignalSpy ready(w_.get(), &MainWindow::labReady);
    w_->startSession(session);
    QVERIFY(ready.wait(60000));
  }

  void redisWaitingIsNotADockerError() {
    QLabel* docker = chip("Docker");
    QLabel* redis = chip("Redis");
    QVERIFY(docker && redis);
    // The backend did say that no machine hosts the gateway...
    OrchestratorError held;
    for (const auto& e : errors_)
      if (e.message.contains("no machine hosts the gateway gw1")) held = e;
    QVERIFY2(!held.message.isEmpty(), "no error about gw1 from the backend");
    // ...and the status bar tells it as it is.
    QTRY_VERIFY2(redis->text().contains("waiting for a machine to host gw1"),
                 qPrintable(redis->text()));
    QVERIFY2(redis->toolTip().contains("no machine hosts gw1"), qPrintable(redis->toolTip()));
    QVERIFY2(docker->text().contains("connected"), qPrintable(docker->text()));
    // Said again after ready (the engine's event stream back, a reload): Docker stays connected.
    emit w_->session()->orchestrator()->errorOccurred(held);
    QVERIFY2(docker->text().contains("connected"), qPrintable(docker->text()));
    QVERIFY2(!docker->text().contains("error"), qPrintable(docker->text()));
    QVERIFY2(w_->statusBar()->currentMessage().contains("gw1"),
             qPrintable(w_->statusBar()->currentMessage()));
    qInfo("status bar: [%s] [%s] message: %s", qPrintable(docker->text()),
          qPrintable(redis->text()), qPrintable(w_->statusBar()->currentMessage()));
    shot(QStringLiteral("swarm-console-redis-waiting.png"));
  }

  void bandDropOnASharedMachineKeepsItsName() {
    // This machine, in the Tray, dragged onto manager's card: it hosts manager.
    QVERIFY(w_->scene()->nodeItem(hostname_));
    QVERIFY(dragCard(hostname_, w_->scene()->nodeCenter(QStringLiteral("manager"))));
    QTRY_COMPARE_WITH_TIMEOUT(label("swarmlab.name"), std::string("manager"), 30000);
    QTRY_VERIFY(w_->model()->node(QStringLiteral("manager"))->hosted);
    // manager's card (this machine now) onto pi1's: it hosts pi1 too.
    QVERIFY(dragCard(QStringLiteral("manager"), w_->scene()->nodeCenter(QStringLiteral("pi1"))));
    QTRY_COMPARE_WITH_TIMEOUT(label("swarmlab.names"), std::string("pi1"), 30000);
    QTRY_VERIFY(w_->model()->node(QStringLiteral("pi1"))->hosted);
    QCOMPARE(label("swarmlab.layer"), std::string("enterprise"));
    // pi1's card into the Mediation band: refused with the reason; the machine keeps its name.
    QVERIFY(dragCard(QStringLiteral("pi1"), inBand(Layer::Mediation)));
    const QString reason = QStringLiteral("pi1 runs on %1 besides manager").arg(hostname_);
    QTRY_VERIFY2_WITH_TIMEOUT(w_->eventLog()->toPlainText().contains(reason),
                              qPrintable(w_->eventLog()->toPlainText().right(600)), 10000);
    QTest::qWait(500);  // nothing else follows
    QCOMPARE(label("swarmlab.name"), std::string("manager"));
    QCOMPARE(label("swarmlab.names"), std::string("pi1"));
    QCOMPARE(label("swarmlab.layer"), std::string("enterprise"));
    QVERIFY(w_->model()->node(QStringLiteral("manager"))->hosted);
    qInfo("refused: %s", qPrintable(w_->statusBar()->currentMessage()));
    shot(QStringLiteral("swarm-console-shared-band-drop.png"));
    // The machine's own lab node still moves it, without renaming it either.
    QVERIFY(dragCard(QStringLiteral("manager"), inBand(Layer::Mediation)));
    QTRY_COMPARE_WITH_TIMEOUT(label("swarmlab.layer"), std::string("mediation"), 30000);
    QCOMPARE(label("swarmlab.name"), std::string("manager"));
    QCOMPARE(label("swarmlab.names"), std::string("pi1"));
  }

  void cleanupTestCase() {
    if (w_) {
      QSignalSpy down(w_.get(), &MainWindow::labShutDown);
      w_->shutdownLab();
      QVERIFY(down.wait(30000));
    }
    w_.reset();
    if (!nodeId_.isEmpty() && labelsBefore_.is_object())
      QCOMPARE(setLabels(labelsBefore_), QString());
    const QStringList problems = fx_.tearDown();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
  }
};

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  TstSwarmConsole test;
  const QString why = test.prepare();
  if (why.startsWith(QLatin1String("FAIL: "))) {
    std::fprintf(stderr, "%s\n", qPrintable(why));
    return 1;
  }
  if (!why.isEmpty()) {
    std::printf("SKIP: %s\n", qPrintable(why));
    return SWARMLAB_TEST_SKIP_CODE;
  }
  return QTest::qExec(&test, argc, argv);
}

#include "tst_swarm_console.moc"
