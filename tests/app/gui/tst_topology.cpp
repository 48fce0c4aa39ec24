// Topology scene: bands, drag and drop (deploy, migrate, refusals), measured progress,
// keyboard actions — against a test double of the Orchestrator (issue 5, acceptance).
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <malloc.h>

#include "FakeOrchestrator.h"
#include "GuiTestUtil.h"
#include "GuiText.h"
#include "LabController.h"
#include "PalettePanel.h"
#include "TopologyItems.h"
#include "TopologyModel.h"
#include "TopologyScene.h"
#include "TopologyView.h"

using namespace swarmlab;
using swarmlab::test::FakeOrchestrator;

namespace {
constexpr int kClassDevices = 30;

/// Writes the paper lab with `devices` end devices (pi01...) to `dir` and loads it back.
Lab classroomLab(const QTemporaryDir& dir, int devices) {
  QFile in(QDir(resourcesDir()).filePath(QStringLiteral("labs/paper-2017.json")));
  if (!in.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(in.fileName()));
  QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
  const QJsonArray paper = root.value(QStringLiteral("nodes")).toArray();
  QJsonArray nodes{paper.at(0), paper.at(1)};  // manager, gw1
  for (int i = 1; i <= devices; ++i) {
    QJsonObject pi = paper.at(2).toObject();
    pi.insert(QStringLiteral("name"), QStringLiteral("pi%1").arg(i, 2, 10, QLatin1Char('0')));
    nodes.append(pi);
  }
  root.insert(QStringLiteral("nodes"), nodes);
  root.insert(QStringLiteral("name"), QStringLiteral("class%1").arg(devices));
  const QString path = dir.filePath(QStringLiteral("class.json"));
  QFile out(path);
  if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson()) < 0)
    qFatal("cannot write %s", qPrintable(path));
  out.close();
  auto r = loadLabFile(path);
  if (!r.ok()) qFatal("%s", qPrintable(r.errors.join(QLatin1Char('\n'))));
  return *r.lab;
}
}  // namespace

class TstTopology : public QObject {
  Q_OBJECT
  Lab lab_;
  std::unique_ptr<TopologyModel> model_;
  std::unique_ptr<TopologyScene> scene_;
  std::unique_ptr<TopologyView> view_;
  std::unique_ptr<LabController> ctl_;
  std::unique_ptr<FakeOrchestrator> orch_;

 private slots:
  void initTestCase() {
    test::isolateSettings("tst_gui_topology");
    lab_ = test::paperLab();
  }

  void init() {
    model_ = std::make_unique<TopologyModel>();
    scene_ = std::make_unique<TopologyScene>(model_.get());
    view_ = std::make_unique<TopologyView>(scene_.get());
    view_->resize(1200, 800);
    view_->show();
    ctl_ = std::make_unique<LabController>(model_.get());
    ctl_->attachScene(scene_.get());
    orch_ = std::make_unique<FakeOrchestrator>(lab_);
    model_->setLab(lab_);
    ctl_->setOrchestrator(orch_.get());
    orch_->start();
  }

  void cleanup() {
    ctl_.reset();
    view_.reset();
    scene_.reset();
    model_.reset();
    orch_.reset();
  }

  void nodesInTheirBands_data() {
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("layer");
    QTest::newRow("manager") << "manager" << int(Layer::Enterprise);
    QTest::newRow("gw1") << "gw1" << int(Layer::Mediation);
    QTest::newRow("pi1") << "pi1" << int(Layer::Sensing);
    QTest::newRow("pi2") << "pi2" << int(Layer::Sensing);
  }
  void nodesInTheirBands() {
    QFETCH(QString, node);
    QFETCH(int, layer);
    auto* item = scene_->nodeItem(node);
    QVERIFY2(item, qPrintable(node));
    const QRectF card = item->sceneBoundingRect();
    for (Layer l : {Layer::Enterprise, Layer::Mediation, Layer::Sensing}) {
      const QRectF band = scene_->bandItem(l)->sceneBoundingRect();
      QCOMPARE(band.contains(card), int(l) == layer);
    }
    QVERIFY(!scene_->bandItem(Layer::Unassigned)->isVisible());  // no tray on the embedded lab
  }

  void linksBetweenLayers() {
    // manager -> gw1, gw1 -> pi1, gw1 -> pi2
    QCOMPARE(scene_->links().size(), 3);
    QStringList pairs;
    for (auto* l : scene_->links()) pairs << l->from() + QLatin1Char('>') + l->to();
    pairs.sort();
    QCOMPARE(pairs, QStringList({"gw1>pi1", "gw1>pi2", "manager>gw1"}));
  }

  void templateDropDeploys() {
    auto m = test::mime(mime::kTemplate, QStringLiteral("subscriber"));
    QVERIFY(view_->simulateHover(scene_->nodeCenter(QStringLiteral("pi1")), m.get()));
    QCOMPARE(scene_->highlightedNode(), QStringLiteral("pi1"));
    QVERIFY(scene_->highlightOk());
    QVERIFY(view_->simulateDrop(scene_->nodeCenter(QStringLiteral("pi1")), m.get()));
    QCOMPARE(orch_->count(CommandKind::Deploy), 1);
    QCOMPARE(orch_->calls[0].service, QStringLiteral("subscriber"));
    QCOMPARE(orch_->calls[0].node, QStringLiteral("pi1"));
    // The new service gets its chip on pi1's card.
    auto* chip = scene_->chipItem(QStringLiteral("subscriber"));
    QVERIFY(chip);
    QCOMPARE(chip->parentItem(), scene_->nodeItem(QStringLiteral("pi1")));
    // A second drop of the same template gets a free name.
    QVERIFY(view_->simulateDrop(scene_->nodeCenter(QStringLiteral("pi2")), m.get()));
    QVERIFY(scene_->chipItem(QStringLiteral("subscriber-2")));
  }

  void paletteDragCarriesTemplate() {
    PalettePanel palette;
    palette.setTemplates(lab_.templates);
    QCOMPARE(palette.count(), lab_.templates.size());
    std::unique_ptr<QMimeData> m(PalettePanel::mimeFor(QStringLiteral("publisher")));
    QVERIFY(m->hasFormat(mime::kTemplate));
    QVERIFY(view_->simulateDrop(scene_->nodeCenter(QStringLiteral("manager")), m.get()));
    QCOMPARE(orch_->count(CommandKind::Deploy), 1);
  }

  void illegalDropRefused_data() {
    QTest::addColumn<QString>("templ");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("why");
    QTest::newRow("subscriber on the enterprise node") << "subscriber"
                                                       << "manager"
                                                       << "layer";
    QTest::newRow("subscriber on the gateway") << "subscriber"
                                               << "gw1"
                                               << "layer";
    QTest::newRow("publisher on an end device") << "publisher"
                                                << "pi1"
                                                << "layer";
    QTest::newRow("redis on an end device") << "redis"
                                            << "pi2"
                                            << "layer";
  }
  void illegalDropRefused() {
    QFETCH(QString, templ);
    QFETCH(QString, node);
    QFETCH(QString, why);
    QSignalSpy refused(scene_.get(), &TopologyScene::dropRefused);
    QSignalSpy hint(scene_.get(), &TopologyScene::dropHint);
    auto m = test::mime(mime::kTemplate, templ);
    QVERIFY(!view_->simulateHover(scene_->nodeCenter(node), m.get()));
    QCOMPARE(scene_->highlightedNode(), node);
    QVERIFY(!scene_->highlightOk());  // lit red, not green
    QVERIFY(!hint.isEmpty());
    QVERIFY(!view_->simulateDrop(scene_->nodeCenter(node), m.get()));
    QCOMPARE(orch_->count(CommandKind::Deploy), 0);
    QCOMPARE(refused.size(), 1);
    const QString reason = refused.first().first().toString();
    QVERIFY2(reason.contains(why), qPrintable(reason));
  }

  void dropOnDownNodeRefused() {
    orch_->nodeList[3].state = NodeState::Down;  // pi2
    orch_->refresh();
    QSignalSpy refused(scene_.get(), &TopologyScene::dropRefused);
    auto m = test::mime(mime::kTemplate, QStringLiteral("subscriber"));
    QVERIFY(!view_->simulateDrop(scene_->nodeCenter(QStringLiteral("pi2")), m.get()));
    QCOMPARE(orch_->count(CommandKind::Deploy), 0);
    QVERIFY(refused.value(0).value(0).toString().contains(QStringLiteral("down")));
  }

  void chipDropMigrates() {
    ctl_->deploy(QStringLiteral("subscriber"), QStringLiteral("pi1"));
    auto m = test::mime(mime::kService, QStringLiteral("subscriber"));
    // Onto its own node: refused.
    QVERIFY(!view_->simulateDrop(scene_->nodeCenter(QStringLiteral("pi1")), m.get()));
    QCOMPARE(orch_->count(CommandKind::Migrate), 0);
    // Onto a node it may not run on: refused.
    QVERIFY(!view_->simulateDrop(scene_->nodeCenter(QStringLiteral("gw1")), m.get()));
    QCOMPARE(orch_->count(CommandKind::Migrate), 0);
    // Onto the other end device: migrate.
    QVERIFY(view_->simulateDrop(scene_->nodeCenter(QStringLiteral("pi2")), m.get()));
    QCOMPARE(orch_->count(CommandKind::Migrate), 1);
    QCOMPARE(orch_->calls.last().service, QStringLiteral("subscriber"));
    QCOMPARE(orch_->calls.last().node, QStringLiteral("pi2"));
    QCOMPARE(scene_->chipItem(QStringLiteral("subscriber"))->parentItem(),
             scene_->nodeItem(QStringLiteral("pi2")));
  }

  void lostRedisMarksItsChipAndNodeRed() {
    ServiceInfo redis;
    redis.id = redis.name = redis.templateName = QStringLiteral("redis");
    redis.node = QStringLiteral("gw1");
    model_->setServices({redis});
    orch_->emitTask(QStringLiteral("redis"), QStringLiteral("redis.1.1"), QStringLiteral("gw1"),
                    TaskState::Running);
    QCOMPARE(model_->chipState(QStringLiteral("redis")), ChipState::Running);
    QSignalSpy changed(model_.get(), &TopologyModel::stateChanged);
    model_->setRedisReachable(false);  // Telemetry::connectionChanged(false, ...)
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model_->chipState(QStringLiteral("redis")), ChipState::Failed);
    QVERIFY(model_->storageDown(QStringLiteral("gw1")));
    QVERIFY(!model_->storageDown(QStringLiteral("pi1")));
    model_->setRedisReachable(true);
    QCOMPARE(model_->chipState(QStringLiteral("redis")), ChipState::Running);
    QVERIFY(!model_->storageDown(QStringLiteral("gw1")));
  }

  void chipShowsMeasuredDeployTime() {
    QSignalSpy done(model_.get(), &TopologyModel::commandCompleted);
    ctl_->deploy(QStringLiteral("subscriber"), QStringLiteral("pi1"));
    QVERIFY(model_->busy(QStringLiteral("subscriber")));
    QVERIFY(
        model_->activityText(QStringLiteral("subscriber")).contains(QStringLiteral("deploying")));
    orch_->emitTask(QStringLiteral("subscriber"), QStringLiteral("subscriber.1.1"),
                    QStringLiteral("pi1"), TaskState::Running);
    QCOMPARE(model_->chipState(QStringLiteral("subscriber")), ChipState::Running);
    QVERIFY(model_->busy(QStringLiteral("subscriber")));  // running, but no first message yet
    // The agent's first message 62 ms after the command: that is the deploy time.
    AgentEvent e;
    e.instance = QStringLiteral("subscriber.1.1");
    e.node = QStringLiteral("pi1");
    e.event = QStringLiteral("first_message");
    QVERIFY(done.isEmpty());
    const qint64 issued = FakeOrchestrator::nowUs();
    e.tUs = issued + 62'000;
    model_->onAgentEvent(e);
    QCOMPARE(done.size(), 1);
    const auto r = done.first().first().value<CommandResult>();
    QVERIFY(r.ok);
    QVERIFY2(r.ms >= 50 && r.ms < 2000, qPrintable(QString::number(r.ms)));
    QVERIFY(!model_->busy(QStringLiteral("subscriber")));
    QVERIFY(model_->activityText(QStringLiteral("subscriber"))
                .startsWith(QStringLiteral("deployed in ")));
  }

  // Chips repaint once per telemetry batch for as long as the lab runs: their icons must not
  // cost memory per paint. A QIcon made in each paint() rendered its SVG again and put one more
  // pixmap into QPixmapCache (about 1.6 KB a chip and paint; RSS grew ~20 KB/s in bench_gui).
  void chipRepaintsKeepMemoryFlat() {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    const std::pair<const char*, const char*> deploys[] = {{"redis", "gw1"},
                                                           {"publisher", "manager"},
                                                           { "subscriber",
                                                             "pi1" }};
    for (const auto& [service, node] : deploys)
      ctl_->deploy(QString::fromLatin1(service), QString::fromLatin1(node));
    QVERIFY(QTest::qWaitForWindowExposed(view_.get()));
    QVERIFY(scene_->chipItem(QStringLiteral("subscriber")));
    auto inUse = [] {
      const struct mallinfo2 mi = mallinfo2();
      return double(mi.uordblks + mi.hblkhd);
    };
    for (int i = 0; i < 20; ++i) view_->viewport()->repaint();  // warm-up: the first pixmaps
    const double before = inUse();
    constexpr int kPaints = 300;
    for (int i = 0; i < kPaints; ++i) view_->viewport()->repaint();
    const double grown = inUse() - before;
    qInfo("heap in use grew %.1f KB over %d repaints of 3 chips", grown / 1024, kPaints);
    QVERIFY2(grown < 200 * 1024, qPrintable(QString::number(grown / 1024, 'f', 1) + " KB"));
#else
    QSKIP("needs glibc's mallinfo2 to read the heap in use");
#endif
  }

  // A chip's second line too narrow for its state and its measured result keeps the result
  // whole and shortens the state; narrower still, the result alone (shortened last).
  void chipStatusKeepsTheResult() {
    const QFontMetrics fm(QApplication::font());
    const QString state = QStringLiteral("em execução"),
                  done = QStringLiteral("implantado em 120 ms");
    const QString whole = state + QStringLiteral(" · ") + done;
    QCOMPARE(ChipItem::fitStatus(state, done, fm, fm.horizontalAdvance(whole) + 2), whole);
    const int room = fm.horizontalAdvance(QStringLiteral("em exe… · ") + done);
    const QString cut = ChipItem::fitStatus(state, done, fm, room);
    QVERIFY2(cut.startsWith(QStringLiteral("em ")) && cut.endsWith(QStringLiteral("… · ") + done),
             qPrintable(cut));
    QCOMPARE(ChipItem::fitStatus(state, done, fm, fm.horizontalAdvance(done) + 2), done);
    const QString narrow = ChipItem::fitStatus(state, done, fm, fm.horizontalAdvance(done) / 2);
    QVERIFY2(narrow.startsWith(QStringLiteral("implant")) && narrow.endsWith(QChar(0x2026)),
             qPrintable(narrow));
    QCOMPARE(ChipItem::fitStatus(state, QString(), fm, 1000), state);
  }

  void firstMessageOfAnotherServiceDoesNotComplete() {
    ctl_->deploy(QStringLiteral("subscriber"), QStringLiteral("pi1"));
    AgentEvent e;
    e.instance = QStringLiteral("publisher.1.1");
    e.node = QStringLiteral("manager");
    e.event = QStringLiteral("first_message");
    e.tUs = FakeOrchestrator::nowUs() + 1000;
    model_->onAgentEvent(e);
    QVERIFY(model_->busy(QStringLiteral("subscriber")));
  }

  void failedCommandShowsError() {
    QSignalSpy done(model_.get(), &TopologyModel::commandCompleted);
    const quint64 id = ctl_->deploy(QStringLiteral("subscriber"), QStringLiteral("pi1"));
    OrchestratorError err;
    err.operation = QStringLiteral("deploy");
    err.message = QStringLiteral("no such image");
    emit orch_->commandFinished(id, false, err);
    QCOMPARE(done.size(), 1);
    QVERIFY(!done.first().first().value<CommandResult>().ok);
    QVERIFY(model_->activityText(QStringLiteral("subscriber"))
                .contains(QStringLiteral("no such image")));
  }
  void chipDragWithTheMouse() {
    // A real left-button press on the chip and a move past the drag distance start the drag of
    // that service; the offscreen platform has no drag loop, so the drop itself is delivered to
    // the view as the platform would deliver it.
    ctl_->deploy(QStringLiteral("subscriber"), QStringLiteral("pi1"));
    auto* chip = scene_->chipItem(QStringLiteral("subscriber"));
    QVERIFY(chip);
    QSignalSpy started(scene_.get(), &TopologyScene::dragStarted);
    const QPoint from = view_->mapFromScene(chip->sceneBoundingRect().center());
    QTest::mousePress(view_->viewport(), Qt::LeftButton, {}, from);
    QVERIFY(chip->isSelected());
    QTest::mouseMove(view_->viewport(), from + QPoint(2, 0));  // under the drag distance
    QCOMPARE(started.size(), 0);
    QTest::mouseMove(view_->viewport(), from + QPoint(QApplication::startDragDistance() + 10, 0));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toString(), mime::kService);
    QCOMPARE(started.first().at(1).toString(), QStringLiteral("subscriber"));
    QTest::mouseRelease(view_->viewport(), Qt::LeftButton, {}, from);
    auto m = test::mime(started.first().at(0).toString(), started.first().at(1).toString());
    QVERIFY(view_->simulateDrop(scene_->nodeCenter(QStringLiteral("pi2")), m.get()));
    QCOMPARE(orch_->count(CommandKind::Migrate), 1);
    QCOMPARE(orch_->calls.last().node, QStringLiteral("pi2"));
  }

  void nodeCardDragsOnlyWhereMachinesAreAssignable() {
    // The embedded lab's cards stay put under the mouse: their layers come from the lab file.
    QSignalSpy started(scene_.get(), &TopologyScene::dragStarted);
    auto* card = scene_->nodeItem(QStringLiteral("pi2"));
    const QPoint from = view_->mapFromScene(scene_->nodeCenter(QStringLiteral("pi2")));
    QTest::mousePress(view_->viewport(), Qt::LeftButton, {}, from);
    QVERIFY(card->isSelected());
    QTest::mouseMove(view_->viewport(), from + QPoint(QApplication::startDragDistance() + 10, 0));
    QTest::mouseRelease(view_->viewport(), Qt::LeftButton, {}, from);
    QCOMPARE(started.size(), 0);
  }

  void swarmTrayAndBands() {
    Lab lab = test::paperLab();
    FakeOrchestrator orch(lab);
    orch.backendTraits = {QStringLiteral("swarm"), true, true};
    orch.nodeList[3].layer = Layer::Unassigned;  // pi2 has no swarmlab.layer label yet
    TopologyModel model;
    TopologyScene scene(&model);
    TopologyView view(&scene);
    view.resize(1200, 900);
    view.show();
    LabController ctl(&model);
    ctl.attachScene(&scene);
    model.setLab(lab);
    ctl.setOrchestrator(&orch);
    orch.start();
    QVERIFY(scene.bandItem(Layer::Unassigned)->isVisible());
    QVERIFY(scene.bandItem(Layer::Unassigned)
                ->sceneBoundingRect()
                .contains(scene.nodeItem(QStringLiteral("pi2"))->sceneBoundingRect()));
    // Nothing deploys on an unplaced node.
    QSignalSpy refused(&scene, &TopologyScene::dropRefused);
    auto t = test::mime(mime::kTemplate, QStringLiteral("subscriber"));
    QVERIFY(!view.simulateDrop(scene.nodeCenter(QStringLiteral("pi2")), t.get()));
    QVERIFY(refused.value(0).value(0).toString().contains(QStringLiteral("layer")));
    // Dragging the card into the sensing band asks for its label.
    QSignalSpy layer(&scene, &TopologyScene::nodeLayerRequested);
    auto n = test::mime(mime::kNode, QStringLiteral("pi2"));
    const QRectF band = scene.bandItem(Layer::Sensing)->sceneBoundingRect();
    QVERIFY(view.simulateDrop(QPointF(band.left() + 60, band.bottom() - 10), n.get()));
    QCOMPARE(layer.size(), 1);
    QCOMPARE(layer.first().at(0).toString(), QStringLiteral("pi2"));
    QVERIFY(layer.first().at(1).value<Layer>() == Layer::Sensing);
    // The controller asks the backend to assign the machine (by its id), not a concrete class.
    QCOMPARE(orch.assigned.size(), 1);
    QCOMPARE(orch.assigned.first().first, orch.nodeList[3].id);
    QVERIFY(orch.assigned.first().second == Layer::Sensing);
    QCOMPARE(orch.count(CommandKind::AssignNode), 1);
  }

  // A classroom in the console's narrow topology pane (about 700 px wide): one card per row beside
  // the band's title, two with the title above. The Sensing band puts its title above its 30
  // cards; the bands with one card keep theirs beside (no height lost).
  void narrowViewPutsManyCardsUnderTheTitle() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Lab lab = classroomLab(dir, kClassDevices);
    TopologyModel model;
    TopologyScene scene(&model);
    TopologyView view(&scene);
    view.resize(720, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.setLab(lab);
    QCoreApplication::processEvents();
    const double wrap = scene.wrapWidth();
    qInfo("viewport %d px, wrap width %.0f, %d columns", view.viewport()->width(), wrap,
          scene.columns());
    QVERIFY2(wrap < TopologyScene::narrowestWidth() + NodeItem::kWidth,
             "the view is not narrow enough for this test");
    QVERIFY(scene.titlesAbove());
    QCOMPARE(scene.columns(), 2);
    const QRectF sensing = scene.bandItem(Layer::Sensing)->sceneBoundingRect();
    QSet<double> xs;
    for (const auto& n : lab.nodes) {
      const QRectF r = scene.nodeItem(n.name)->sceneBoundingRect();
      if (n.layer == Layer::Sensing) {
        xs.insert(r.x());
        QVERIFY2(r.top() >= sensing.top() + BandItem::kTitleHeight, qPrintable(n.name));
      } else {
        const QRectF band = scene.bandItem(n.layer)->sceneBoundingRect();
        QVERIFY2(r.left() >= band.left() + 150, qPrintable(n.name + " not beside its title"));
        QVERIFY2(r.top() < band.top() + BandItem::kTitleHeight, qPrintable(n.name));
      }
    }
    QCOMPARE(xs.size(), 2);
    QVERIFY(scene.sceneRect().width() * view.transform().m11() <= view.viewport()->width());
  }

  // Issue 13: a classroom of 30 end devices in a 1600x1000 view stays readable.
  void classroomLabIsReadable() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Lab lab = classroomLab(dir, kClassDevices);
    QCOMPARE(lab.nodes.size(), kClassDevices + 2);
    TopologyModel model;
    TopologyScene scene(&model);
    TopologyView view(&scene);
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.setLab(lab);
    QCoreApplication::processEvents();

    const QFont base = view.viewport()->font();
    QVERIFY2(base.pointSizeF() > 0, "the view's font has no point size");
    const double scale = view.transform().m11();
    QCOMPARE(view.transform().m22(), scale);
    const double statePt = NodeItem::statePointSize(base) * scale;
    const double namePt = NodeItem::namePointSize(base) * scale;
    qInfo("base font %.2f pt, scale %.3f: name %.2f pt, state %.2f pt, %d columns",
          base.pointSizeF(), scale, namePt, statePt, scene.columns());
    QVERIFY2(statePt >= TopologyView::kMinTextPt, qPrintable(QString::number(statePt)));
    QVERIFY2(namePt >= TopologyView::kMinTextPt, qPrintable(QString::number(namePt)));

    QList<QRectF> cards;
    QSet<double> xs, ys;
    for (const auto& n : lab.nodes) {
      auto* item = scene.nodeItem(n.name);
      QVERIFY2(item, qPrintable(n.name));
      const QRectF r = item->sceneBoundingRect();
      QVERIFY2(scene.bandItem(n.layer)->sceneBoundingRect().contains(r), qPrintable(n.name));
      for (int i = 0; i < cards.size(); ++i)
        QVERIFY2(!cards[i].intersects(r), qPrintable(n.name + QLatin1String(" overlaps")));
      cards << r;
      if (n.layer == Layer::Sensing) xs.insert(r.x()), ys.insert(r.y());
    }
    // A grid, not a row: several columns, several rows, and each row fits the view's width.
    QVERIFY2(xs.size() > 1 && ys.size() > 1,
             qPrintable(QStringLiteral("%1 x %2").arg(xs.size()).arg(ys.size())));
    QVERIFY(scene.sceneRect().width() * scale <= view.viewport()->width());
    QVERIFY(view.verticalScrollBar()->maximum() > 0);  // it scrolls instead of shrinking

    // gw1 serves 30 devices: one link with the count, not 30 lines.
    QStringList links;
    for (auto* l : scene.links())
      links << QStringLiteral("%1>%2:%3").arg(l->from(), l->to()).arg(l->count());
    links.sort();
    QCOMPARE(links, QStringList({QStringLiteral("gw1>%1:30").arg(layerName(Layer::Sensing)),
                                 QStringLiteral("manager>gw1:1")}));

    // A real click on a card far down selects it once it is scrolled into view.
    auto* pi27 = scene.nodeItem(QStringLiteral("pi27"));
    view.ensureVisible(pi27);
    QCoreApplication::processEvents();
    const QPoint at = view.mapFromScene(scene.nodeCenter(QStringLiteral("pi27")));
    QVERIFY(view.viewport()->rect().contains(at));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(scene.currentItem(), pi27);

    // Search: typing a name lights that card and scrolls to it.
    view.verticalScrollBar()->setValue(0);
    QTest::keyClicks(view.searchBox(), QStringLiteral("pi29"));
    QCOMPARE(scene.searchMatches(), QStringList{QStringLiteral("pi29")});
    QVERIFY(scene.matchesSearch(QStringLiteral("pi29")));
    QVERIFY(!scene.matchesSearch(QStringLiteral("pi28")));
    const QRect seen =
        view.mapFromScene(scene.nodeItem(QStringLiteral("pi29"))->sceneBoundingRect())
            .boundingRect();
    QVERIFY(view.viewport()->rect().intersects(seen));

    // Double-click on the Sensing band's title zooms to that band; Fit all shows everything.
    const QRectF sensing = scene.bandItem(Layer::Sensing)->sceneBoundingRect();
    view.ensureVisible(QRectF(sensing.topLeft(), QSizeF(100, 40)));
    QCoreApplication::processEvents();
    const QPoint title = view.mapFromScene(sensing.topLeft() + QPointF(40, 20));
    // As a real double-click arrives: press, release, then the double-click and its release.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, title);
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, title);
    const QRect band = view.mapFromScene(sensing).boundingRect();
    qInfo("after double-click: scale %.3f, band on screen %d,%d %dx%d, viewport %dx%d",
          view.transform().m11(), band.x(), band.y(), band.width(), band.height(),
          view.viewport()->width(), view.viewport()->height());
    QVERIFY(!qFuzzyCompare(view.transform().m11(), scale));
    QVERIFY2(view.viewport()->rect().adjusted(-4, -4, 4, 4).contains(band), "band not fitted");
    // Fitted: it fills the viewport's width or its height.
    QVERIFY2(band.width() >= view.viewport()->width() - 8 ||
                 band.height() >= view.viewport()->height() - 8,
             "band not fitted");
    view.zoomToFit();
    const QRect all = view.mapFromScene(scene.sceneRect()).boundingRect();
    QVERIFY(view.viewport()->rect().adjusted(-2, -2, 2, 2).contains(all));
    view.fit();
    QCOMPARE(view.transform().m11(), scale);
  }

  void embeddedLabRefusesLayerDrops() {
    const Lab lab = test::paperLab();
    FakeOrchestrator orch(lab);  // local traits: layers come from the lab file
    TopologyModel model;
    TopologyScene scene(&model);
    TopologyView view(&scene);
    view.resize(1200, 900);
    view.show();
    LabController ctl(&model);
    ctl.attachScene(&scene);
    model.setLab(lab);
    ctl.setOrchestrator(&orch);
    orch.start();
    QVERIFY(!scene.bandItem(Layer::Unassigned)->isVisible());
    QSignalSpy refused(&scene, &TopologyScene::dropRefused);
    auto n = test::mime(mime::kNode, QStringLiteral("pi2"));
    const QRectF band = scene.bandItem(Layer::Mediation)->sceneBoundingRect();
    QVERIFY(!view.simulateDrop(QPointF(band.left() + 60, band.bottom() - 10), n.get()));
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("lab file")));
    QCOMPARE(ctl.setNodeLayer(QStringLiteral("pi2"), Layer::Mediation), quint64(0));
    QCOMPARE(orch.count(CommandKind::AssignNode), 0);
  }
};

QTEST_MAIN(TstTopology)
#include "tst_topology.moc"
