// Bring-up in the console (issue 12, part 6): machines (Swarm nodes) dragged with the mouse onto
// lab nodes' cards host them; unhosted lab nodes and what waits for them say so; a machine the
// lab file does not know is added as a new device and the lab file saved. Against a Swarm-like
// test double of the Orchestrator; the topology is rendered to PNG before and after mapping.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "AddDeviceDialog.h"
#include "FakeOrchestrator.h"
#include "GuiTestUtil.h"
#include "LabController.h"
#include "LabTrust.h"
#include "TopologyItems.h"
#include "TopologyModel.h"
#include "TopologyScene.h"
#include "TopologyView.h"

using namespace swarmlab;
using swarmlab::test::FakeOrchestrator;

namespace {
const QString kVmId = QStringLiteral("node-id-vm");

QString artifacts() {
  const QString dir = QDir(QStringLiteral(SWARMLAB_TEST_ARTIFACTS)).absolutePath();
  QDir().mkpath(dir);
  return dir;
}
}  // namespace

class TstBringup : public QObject {
  Q_OBJECT
  Lab lab_;
  std::unique_ptr<TopologyModel> model_;
  std::unique_ptr<TopologyScene> scene_;
  std::unique_ptr<TopologyView> view_;
  std::unique_ptr<LabController> ctl_;
  std::unique_ptr<FakeOrchestrator> orch_;

  /// The first contact: the manager machine "vm" in the Tray, no lab node hosted, the
  /// lab's Redis held back on gw1.
  void startSwarmLab(const Lab& lab) {
    orch_ = std::make_unique<FakeOrchestrator>(lab);
    orch_->backendTraits = {QStringLiteral("swarm"), true, true};
    for (auto& n : orch_->nodeList) {
      n.id.clear();
      n.hosted = false;
      n.state = NodeState::Unknown;
    }
    NodeInfo vm;
    vm.id = kVmId;
    vm.name = vm.machine = QStringLiteral("vm");
    vm.arch = QStringLiteral("x86_64");
    vm.inLab = false;
    vm.state = NodeState::Ready;
    orch_->nodeList << vm;
    ServiceInfo redis;
    redis.name = redis.templateName = QStringLiteral("redis");
    redis.node = QStringLiteral("gw1");
    redis.waiting = QStringLiteral("not started: no machine hosts gw1; drag one onto its card");
    orch_->serviceList << redis;
    model_->setLab(lab);
    ctl_->setOrchestrator(orch_.get());
    orch_->start();
  }

  bool renderTo(const QString& file) {
    QImage img(view_->viewport()->size(), QImage::Format_ARGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    view_->render(&p);
    p.end();
    return img.save(QDir(artifacts()).filePath(file));
  }

 private slots:
  void initTestCase() {
    test::isolateSettings("tst_gui_bringup");
    lab_ = test::paperLab();
  }

  void init() {
    model_ = std::make_unique<TopologyModel>();
    scene_ = std::make_unique<TopologyScene>(model_.get());
    view_ = std::make_unique<TopologyView>(scene_.get());
    view_->resize(1300, 900);
    view_->show();
    ctl_ = std::make_unique<LabController>(model_.get());
    ctl_->attachScene(scene_.get());
  }

  void cleanup() {
    ctl_.reset();
    view_.reset();
    scene_.reset();
    model_.reset();
    orch_.reset();
  }

  void unhostedCardsSayWhatToDo() {
    startSwarmLab(lab_);
    QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
    for (const QString n : {"manager", "gw1", "pi1", "pi2"}) {
      QCOMPARE(model_->unhostedText(n),
               QStringLiteral("no machine hosts %1: drag one here").arg(n));
      QVERIFY(scene_->nodeItem(n)->toolTip().contains(model_->unhostedText(n)));
    }
    // The machine sits in the Tray; it is not a lab node and has nothing to say about hosting.
    QVERIFY(scene_->bandItem(Layer::Unassigned)
                ->sceneBoundingRect()
                .contains(scene_->nodeItem(QStringLiteral("vm"))->sceneBoundingRect()));
    QVERIFY(model_->unhostedText(QStringLiteral("vm")).isEmpty());
    // Redis waits on gw1's card and says why, on the chip and in its tooltip.
    auto* redis = scene_->chipItem(QStringLiteral("redis"));
    QVERIFY(redis);
    QCOMPARE(redis->parentItem(), scene_->nodeItem(QStringLiteral("gw1")));
    QCOMPARE(model_->chipState(QStringLiteral("redis")), ChipState::Waiting);
    QVERIFY(redis->toolTip().contains(QStringLiteral("no machine hosts gw1")));
    // Nothing is deployed on a lab node no machine hosts.
    QString why;
    QVERIFY(!model_->canDeploy(QStringLiteral("subscriber"), QStringLiteral("pi1"), &why));
    QCOMPARE(why, QStringLiteral("no machine hosts pi1: drag one onto its card first"));
    QVERIFY(renderTo(QStringLiteral("bringup-before.png")));
  }

  void machineDraggedOntoLabNodeHostsIt() {
    startSwarmLab(lab_);
    QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
    auto* vm = scene_->nodeItem(QStringLiteral("vm"));
    QVERIFY(vm);
    view_->ensureVisible(vm);
    QCoreApplication::processEvents();
    // A real press on the machine's card and a move past the drag distance start its drag; the
    // offscreen platform has no drag loop, so the drop is delivered as the platform would.
    QSignalSpy started(scene_.get(), &TopologyScene::dragStarted);
    const QPoint from = view_->mapFromScene(scene_->nodeCenter(QStringLiteral("vm")));
    QTest::mousePress(view_->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view_->viewport(), from + QPoint(QApplication::startDragDistance() + 10, 0));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toString(), mime::kNode);
    QCOMPARE(started.first().at(1).toString(), QStringLiteral("vm"));
    QTest::mouseRelease(view_->viewport(), Qt::LeftButton, {}, from);
    auto m = test::mime(mime::kNode, started.first().at(1).toString());
    QSignalSpy hint(scene_.get(), &TopologyScene::dropHint);
    QVERIFY(view_->simulateHover(scene_->nodeCenter(QStringLiteral("gw1")), m.get()));
    QCOMPARE(scene_->highlightedNode(), QStringLiteral("gw1"));
    QVERIFY(scene_->highlightOk());
    QCOMPARE(hint.last().at(0).toString(), QStringLiteral("Drop to make vm host gw1"));
    QVERIFY(view_->simulateDrop(scene_->nodeCenter(QStringLiteral("gw1")), m.get()));
    // The request reached the backend by the machine's id, through the interface.
    QCOMPARE(orch_->hostCalls.size(), 1);
    QCOMPARE(orch_->hostCalls.first(), qMakePair(kVmId, QStringLiteral("gw1")));
    QCOMPARE(orch_->count(CommandKind::AssignNode), 1);
    QVERIFY(model_->unhostedText(QStringLiteral("gw1")).isEmpty());
    QVERIFY(scene_->nodeItem(QStringLiteral("gw1"))->toolTip().contains(QStringLiteral("vm")));
    // One machine hosts several: gw1's card (that is vm now) dropped onto manager.
    QVERIFY(view_->simulateDrop(scene_->nodeCenter(QStringLiteral("manager")),
                                test::mime(mime::kNode, QStringLiteral("gw1")).get()));
    QCOMPARE(orch_->hostCalls.last(), qMakePair(kVmId, QStringLiteral("manager")));
    QVERIFY(renderTo(QStringLiteral("bringup-after.png")));
  }

  void refusedHostingSaysWhy() {
    startSwarmLab(lab_);
    QSignalSpy refused(scene_.get(), &TopologyScene::dropRefused);
    // A lab node no machine hosts has no machine to offer.
    QVERIFY(!view_->simulateDrop(scene_->nodeCenter(QStringLiteral("pi2")),
                                 test::mime(mime::kNode, QStringLiteral("pi1")).get()));
    QCOMPARE(refused.last().at(0).toString(),
             QStringLiteral("no machine hosts pi1, so it cannot host pi2"));
    QVERIFY(orch_->hostCalls.isEmpty());
    ctl_->hostLabNode(QStringLiteral("vm"), QStringLiteral("pi1"));
    QVERIFY(!model_->node(QStringLiteral("vm")));  // its card is pi1's now
    ctl_->hostLabNode(QStringLiteral("pi1"), QStringLiteral("gw1"));
    QString why;
    QVERIFY(!model_->canHost(QStringLiteral("pi1"), QStringLiteral("gw1"), &why));
    QCOMPARE(why, QStringLiteral("gw1 runs on vm already"));
    QCOMPARE(orch_->hostCalls.size(), 2);
  }

  void embeddedLabHasNoMachinesToHost() {
    orch_ = std::make_unique<FakeOrchestrator>(lab_);
    model_->setLab(lab_);
    ctl_->setOrchestrator(orch_.get());
    orch_->start();
    QString why;
    QVERIFY(!model_->canHost(QStringLiteral("pi1"), QStringLiteral("pi2"), &why));
    QVERIFY(why.contains(QStringLiteral("lab file")));
    QVERIFY(model_->unhostedText(QStringLiteral("pi1")).isEmpty());
  }

  void addDeviceSavesTheLabFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lab.json"));
    QVERIFY(QFile::copy(lab_.sourcePath, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto loaded = loadLabFile(path);
    QVERIFY(loaded.ok());
    startSwarmLab(*loaded.lab);
    // The dialog refuses a name in use, with the reason, and takes a new one.
    AddDeviceDialog dialog(model_->lab(), QStringLiteral("vm"), QStringLiteral("aarch64"));
    dialog.nameEdit()->setText(QStringLiteral("pi1"));
    QVERIFY(dialog.error().contains(QStringLiteral("\"pi1\"")));
    dialog.nameEdit()->setText(QStringLiteral("pi3"));
    QVERIFY(dialog.error().isEmpty());
    const NodeSpec pi3 = dialog.node();
    QVERIFY(pi3.layer == Layer::Sensing);
    QCOMPARE(pi3.capabilities, QStringList{QStringLiteral("display")});

    QSignalSpy changed(ctl_.get(), &LabController::labFileChanged);
    QVERIFY(ctl_->addDevice(QStringLiteral("vm"), pi3));
    QVERIFY(changed.wait(5000));
    auto again = loadLabFile(path);
    QVERIFY2(again.ok(), qPrintable(again.errors.join('\n')));
    QVERIFY(again.lab->node(QStringLiteral("pi3")));
    QCOMPARE(again.lab->nodes.size(), lab_.nodes.size() + 1);
    // Still the same code: the templates, and what the trust check says of them, are unchanged.
    QCOMPARE(again.lab->templates.size(), lab_.templates.size());
    QCOMPARE(untrustedCommands(*again.lab), untrustedCommands(lab_));
    QVERIFY(model_->lab().node(QStringLiteral("pi3")));
    QCOMPARE(orch_->hostCalls.last(), qMakePair(kVmId, QStringLiteral("pi3")));
    QVERIFY(model_->unhostedText(QStringLiteral("pi3")).isEmpty());
  }

  void addDeviceErrorsNameTheFile() {
    startSwarmLab(lab_);
    QSignalSpy refused(ctl_.get(), &LabController::refused);
    NodeSpec n{QStringLiteral("pi3"), Layer::Sensing, QStringLiteral("aarch64"), {}, {}};
    // The shipped lab stays as shipped.
    QVERIFY(!ctl_->addDevice(QStringLiteral("vm"), n));
    QVERIFY(refused.last().at(0).toString().startsWith(lab_.sourcePath));
    QVERIFY(refused.last().at(0).toString().contains(QStringLiteral("shipped")));
    // A lab file gone since it was opened: the error names it; nothing is hosted.
    QTemporaryDir dir;
    Lab gone = lab_;
    gone.sourcePath = dir.filePath(QStringLiteral("gone.json"));
    model_->setLab(gone);
    orch_->refresh();
    QVERIFY(ctl_->addDevice(QStringLiteral("vm"), n));
    QTRY_VERIFY(refused.size() == 2);
    QVERIFY2(refused.last().at(0).toString().startsWith(gone.sourcePath + QStringLiteral(": ")),
             qPrintable(refused.last().at(0).toString()));
    QVERIFY(orch_->hostCalls.isEmpty());
    QVERIFY(!QFile::exists(gone.sourcePath));
  }
};

QTEST_MAIN(TstBringup)
#include "tst_bringup.moc"
