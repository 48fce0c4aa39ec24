#include "MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSettings>
#include <QShowEvent>
#include <QStatusBar>
#include <QtConcurrent>
#include <algorithm>

#include "ChartPanel.h"
#include "ExperimentsPanel.h"
#include "GuiText.h"
#include "LabClock.h"
#include "LabController.h"
#include "LabSession.h"
#include "Language.h"
#include "LogPanel.h"
#include "PalettePanel.h"
#include "RecordControl.h"
#include "RunsPanel.h"
#include "SettingsDialog.h"
#include "SevenSegmentWidget.h"
#include "Telemetry.h"
#include "Timeline.h"
#include "TopologyItems.h"
#include "TopologyScene.h"
#include "TopologyView.h"
#include "WireNames.h"

namespace swarmlab {

namespace {
constexpr int kEventLogLines = 5000;
constexpr int kClockMs = 250;

QColor markerColor(CommandKind k) {
  switch (k) {
    case CommandKind::Deploy:
      return QColor(0x2e, 0x7d, 0x32);
    case CommandKind::Migrate:
      return QColor(0x8e, 0x24, 0xaa);
    case CommandKind::Restart:
      return QColor(0xef, 0x6c, 0x00);
    default:
      return QColor(0x54, 0x6e, 0x7a);
  }
}

bool hasChartMarker(CommandKind k) {
  return k == CommandKind::Deploy || k == CommandKind::Migrate || k == CommandKind::Restart;
}

/// Writes an image on a worker thread (the GUI never waits for a disk); `done` runs on the
/// GUI thread with the outcome.
void savePngLater(QObject* context, const QImage& image, const QString& file,
                  std::function<void(bool)> done) {
  auto* watcher = new QFutureWatcher<bool>(context);
  QObject::connect(watcher, &QFutureWatcher<bool>::finished, context,
                   [watcher, done = std::move(done)] {
                     done(watcher->result());
                     watcher->deleteLater();
                   });
  watcher->setFuture(QtConcurrent::run([image, file] { return image.save(file, "PNG"); }));
}
}  // namespace

MainWindow::MainWindow(const AppSettings& settings, QWidget* parent)
    : QMainWindow(parent),
      settings_(settings),
      shutdownDeadlineMs_(LabSession::kShutdownDeadlineMs) {
  setWindowIcon(QIcon(QStringLiteral(":/icons/swarmlab.svg")));
  setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
  model_ = new TopologyModel(this);
  scene_ = new TopologyScene(model_, this);
  view_ = new TopologyView(scene_);
  controller_ = new LabController(model_, this);
  controller_->attachScene(scene_);
  setCentralWidget(view_);

  buildStatusBar();
  buildDocks();
  buildActions();
  buildMenus();
  connectParts();
  startLabClock();
  retranslateUi();

  QSettings qs;
  restoreGeometry(qs.value(QStringLiteral("ui/geometry")).toByteArray());
  if (!restoreState(qs.value(QStringLiteral("ui/state")).toByteArray())) {
    resize(1500, 950);
    fitDocksOnShow_ = true;
  }
  updateActions();
}

MainWindow::~MainWindow() {
  // The session (orchestrator, telemetry) goes before the model and scene it feeds.
  controller_->setOrchestrator(nullptr);
  delete session_;
  session_ = nullptr;
}

void MainWindow::buildDocks() {
  palette_ = new PalettePanel;
  charts_ = new ChartPanel;
  mirrors_ = new DisplayMirrorPanel;
  experiments_ = new ExperimentsPanel;
  runs_ = new RunsPanel;
  logs_ = new LogPanel;
  eventLog_ = new QPlainTextEdit;
  eventLog_->setReadOnly(true);
  eventLog_->setMaximumBlockCount(kEventLogLines);

  auto dock = [this](QWidget* w, const QString& name, Qt::DockWidgetArea area) {
    auto* d = new QDockWidget(this);
    d->setObjectName(name);
    d->setWidget(w);
    addDockWidget(area, d);
    return d;
  };
  paletteDock_ = dock(palette_, QStringLiteral("paletteDock"), Qt::LeftDockWidgetArea);
  // Scrolls: 30 subscribers' mirrors must not make the window taller than the screen.
  auto* mirrorScroll = new QScrollArea;
  mirrorScroll->setWidget(mirrors_);
  mirrorScroll->setWidgetResizable(true);
  mirrorScroll->setFrameShape(QFrame::NoFrame);
  mirrorDock_ = dock(mirrorScroll, QStringLiteral("mirrorDock"), Qt::LeftDockWidgetArea);
  chartDock_ = dock(charts_, QStringLiteral("chartDock"), Qt::RightDockWidgetArea);
  expDock_ = dock(experiments_, QStringLiteral("experimentsDock"), Qt::BottomDockWidgetArea);
  runsDock_ = dock(runs_, QStringLiteral("runsDock"), Qt::BottomDockWidgetArea);
  logDock_ = dock(eventLog_, QStringLiteral("eventLogDock"), Qt::BottomDockWidgetArea);
  svcLogDock_ = dock(logs_, QStringLiteral("serviceLogDock"), Qt::BottomDockWidgetArea);
  splitDockWidget(paletteDock_, mirrorDock_, Qt::Vertical);
  tabifyDockWidget(logDock_, svcLogDock_);
  tabifyDockWidget(logDock_, expDock_);
  tabifyDockWidget(logDock_, runsDock_);
  logDock_->raise();
  resizeDocks({paletteDock_}, {250}, Qt::Horizontal);
  resizeDocks({chartDock_}, {660}, Qt::Horizontal);
  resizeDocks({logDock_}, {200}, Qt::Vertical);
  // Raised, the Experiments tab takes 40 % of the height: a dozen result rows and the steps.
  connect(expDock_, &QDockWidget::visibilityChanged, this, [this](bool visible) {
    if (!visible || expDock_->isFloating()) return;
    const int want = height() * 2 / 5;
    if (expDock_->height() < want) resizeDocks({expDock_}, {want}, Qt::Vertical);
  });
  viewMenu_ = new QMenu(this);
  for (auto* d :
       {paletteDock_, mirrorDock_, chartDock_, expDock_, runsDock_, logDock_, svcLogDock_})
    viewMenu_->addAction(d->toggleViewAction());
}

void MainWindow::showEvent(QShowEvent* e) {
  QMainWindow::showEvent(e);
  if (!fitDocksOnShow_) return;
  fitDocksOnShow_ = false;
  // The first layout (no saved one) follows the window's width: at 1366 px the docks' widths
  // for 1680 px would leave the topology too narrow for its toolbar and a band's card.
  const int w = width();
  resizeDocks({paletteDock_, chartDock_}, {std::min(250, w * 16 / 100), std::min(660, w * 2 / 5)},
              Qt::Horizontal);
}

void MainWindow::connectParts() {
  connect(scene_, &QGraphicsScene::selectionChanged, this, &MainWindow::updateActions);
  connect(model_, &TopologyModel::structureChanged, this, &MainWindow::updateActions);
  connect(scene_, &TopologyScene::contextMenuRequested, this, &MainWindow::showContextMenu);
  connect(scene_, &TopologyScene::dropHint, this, [this](const QString& t) {
    if (t.isEmpty())
      statusBar()->clearMessage();
    else
      statusBar()->showMessage(t);
  });
  connect(controller_, &LabController::refused, this, [this](const QString& why) {
    statusBar()->showMessage(tr("Refused: %1").arg(why), 8000);
    logEvent(tr("refused: %1").arg(why));
  });
  connect(controller_, &LabController::message, this, &MainWindow::logEvent);
  connect(model_, &TopologyModel::commandCompleted, this, &MainWindow::onCommandCompleted);
  connect(model_, &TopologyModel::stateChanged, this, &MainWindow::updateDisplayInstances);
  connect(palette_, &PalettePanel::templateActivated, this, &MainWindow::offerNodesFor);
  connect(experiments_, &ExperimentsPanel::message, this, &MainWindow::logEvent);
  connect(experiments_, &ExperimentsPanel::runLoaded, this, &MainWindow::showRunOnCharts);
  connect(experiments_, &ExperimentsPanel::runTimeline, this, &MainWindow::showRunPlan);
  connect(scene_, &QGraphicsScene::selectionChanged, this, &MainWindow::focusChartsOnSelection);
  connect(model_, &TopologyModel::structureChanged, this, [this] {
    QHash<QString, Layer> layers;
    for (const auto& n : model_->lab().nodes) layers.insert(n.name, n.layer);
    charts_->setNodeLayers(layers);
  });
  connect(experiments_, &ExperimentsPanel::exportChartsRequested, this,
          &MainWindow::exportChartsPng);
  // Record to timeline: a saved recording is offered on the Experiments tab; finished runs
  // appear in the runs browser.
  connect(record_, &RecordControl::message, this, &MainWindow::logEvent);
  connect(record_, &RecordControl::saved, experiments_, &ExperimentsPanel::addTimelineFile);
  connect(runs_, &RunsPanel::message, this, &MainWindow::logEvent);
  connect(experiments_, &ExperimentsPanel::runFinished, runs_, &RunsPanel::refresh);
  runs_->setRunsFolder(RunsPanel::defaultRunsFolder());

  charts_->setWindowSeconds(settings_.chartWindowS);
  charts_->setUseOpenGL(settings_.openGL);
  connect(charts_, &ChartPanel::windowSecondsChanged, this, [this](int s) {
    settings_.chartWindowS = s;
    QSettings qs;
    qs.setValue(QStringLiteral("charts/windowS"), s);
  });
}

void MainWindow::startLabClock() {
  clockTimer_.setInterval(kClockMs);
  connect(&clockTimer_, &QTimer::timeout, this, [this] {
    if (!telemetry_ || !telemetry_->clock()->isValid()) return;
    const qint64 us = telemetry_->clock()->labNowUs();
    labTimeLabel_->setText(tr("lab time %1 UTC")
                               .arg(QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC)
                                        .toString(QStringLiteral("HH:mm:ss.z"))));
  });
  clockTimer_.start();
}

void MainWindow::updateDisplayInstances() {
  QStringList instances, nodes;
  for (const auto& s : model_->services()) {
    if (model_->kindOfService(s.name) != wirenames::kSubscriber) continue;
    for (const auto& t : model_->tasksOf(s.name)) {
      if (t.state != TaskState::Running && t.state != TaskState::Starting) continue;
      instances << t.instance;
      nodes << t.node;
    }
  }
  if (instances == displayInstances_) return;
  displayInstances_ = instances;
  mirrors_->setInstances(instances, nodes);
  if (telemetry_) telemetry_->setDisplayInstances(instances);
}

void MainWindow::onCommandCompleted(const CommandResult& r) {
  const QString who = isNodeCommand(r.kind) ? r.node : r.service;
  logEvent(QStringLiteral("%1: %2").arg(who, r.text));
  statusBar()->showMessage(QStringLiteral("%1: %2").arg(who, r.text), 6000);
  if (r.ok && hasChartMarker(r.kind))
    charts_->addMarker(
        r.issuedUs / 1e6,
        QStringLiteral("%1 %2: %3 ms").arg(commandName(r.kind), r.service).arg(r.ms, 0, 'f', 0),
        markerColor(r.kind));
}

void MainWindow::showRunOnCharts(const RunData& run) {
  charts_->clear();
  for (const auto& m : run.metrics) charts_->addMetric(m);
  for (const auto& c : run.commands) {
    if (hasChartMarker(c.kind))
      charts_->addMarker(c.issuedUs / 1e6,
                         QStringLiteral("%1 %2").arg(commandName(c.kind), c.service),
                         markerColor(c.kind));
  }
  charts_->tick();
}

void MainWindow::showRunPlan(const Timeline& timeline, double durationScale) {
  const bool clock = telemetry_ && telemetry_->clock()->isValid();
  const double now =
      clock ? telemetry_->clock()->labNowUs() / 1e6 : QDateTime::currentMSecsSinceEpoch() / 1e3;
  charts_->startAt(now, timeline.durationS * durationScale);
  for (const auto& s : timeline.steps) {
    if (!hasChartMarker(s.action)) continue;
    charts_->addPlannedMarker(
        s.atS * durationScale,
        QStringLiteral("%1 %2").arg(commandName(s.action),
                                    s.service.isEmpty() ? s.templateName : s.service),
        markerColor(s.action));
  }
  charts_->tick();
}

void MainWindow::focusChartsOnSelection() {
  QStringList instances;
  for (auto* item : scene_->selectedItems()) {
    if (item->type() != ChipItem::Type) continue;
    for (const auto& t : model_->tasksOf(static_cast<ChipItem*>(item)->service()))
      instances << t.instance;
  }
  charts_->setFocusInstances(instances);
}

void MainWindow::logEvent(const QString& text) {
  eventLog_->appendPlainText(QStringLiteral("%1  %2").arg(
      QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")), text));
}

bool MainWindow::saveScreenshot(const QString& path, QString* error) {
  charts_->tick();
  const QPixmap pm = grab();
  if (pm.isNull() || !pm.save(path, "PNG")) {
    if (error) *error = tr("%1: cannot write the PNG file").arg(path);
    return false;
  }
  return true;
}

void MainWindow::exportChartsPng() {
  QString filter;
  const QString f = QFileDialog::getSaveFileName(
      this, tr("Export charts"), QStringLiteral("swarmlab-charts.png"),
      tr("PNG images, 300 dpi (*.png);;SVG drawings (*.svg)"), &filter);
  if (f.isEmpty()) return;
  QString err;
  if (!charts_->exportImage(f, 300, &err))
    QMessageBox::warning(this, tr("Export charts"), err);
  else
    logEvent(tr("charts written to %1").arg(f));
}

void MainWindow::saveWindowPng() {
  const QString f = QFileDialog::getSaveFileName(
      this, tr("Save window as PNG"), QStringLiteral("swarmlab.png"), tr("PNG images (*.png)"));
  if (f.isEmpty()) return;
  charts_->tick();
  savePngLater(this, grab().toImage(), f, [this, f](bool ok) {
    if (!ok)
      QMessageBox::warning(this, tr("Save window"), tr("%1: cannot write the PNG file").arg(f));
    else
      logEvent(tr("window written to %1").arg(f));
  });
}

void MainWindow::saveWindowState() {
  QSettings qs;
  qs.setValue(QStringLiteral("ui/geometry"), saveGeometry());
  qs.setValue(QStringLiteral("ui/state"), saveState());
}

void MainWindow::setLanguage(const QString& lang) {
  settings_.language = lang;
  QSettings qs;
  qs.setValue(QStringLiteral("ui/language"), lang);
  // Every widget gets a LanguageChange event and retranslates itself (changeEvent).
  const QString now = switchLanguage(QCoreApplication::instance(), lang);
  for (auto* a : languageGroup_->actions()) a->setChecked(a->data().toString() == lang);
  logEvent(tr("language: %1").arg(now));
}

void MainWindow::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  QMainWindow::changeEvent(e);
}

void MainWindow::retranslateUi() {
  setWindowTitle(tr("swarmlab console"));
  paletteDock_->setWindowTitle(tr("Services"));
  mirrorDock_->setWindowTitle(tr("Displays"));
  chartDock_->setWindowTitle(tr("Charts"));
  expDock_->setWindowTitle(tr("Experiments"));
  runsDock_->setWindowTitle(tr("Runs"));
  logDock_->setWindowTitle(tr("Event log"));
  svcLogDock_->setWindowTitle(tr("Service logs"));
  eventLog_->setAccessibleName(tr("Event log"));
  viewMenu_->setTitle(tr("&View"));
  retranslateActions();
  backendLabel_->setText(session_ ? tr("Backend: %1").arg(session_->description())
                                  : tr("Backend: none"));
  renderStateLabel(dockerLabel_);
  renderStateLabel(redisLabel_);
  if (!telemetry_ || !telemetry_->clock()->isValid()) labTimeLabel_->setText(tr("lab time —"));
  updateActions();
  scene_->update();  // band titles and states are painted in the current language
}

void MainWindow::openSettings() {
  SettingsDialog dlg(this);
  dlg.setSettings(settings_);
  if (dlg.exec() != QDialog::Accepted) return;
  const AppSettings old = settings_;
  settings_ = dlg.settings();
  QSettings qs;
  settings_.save(qs);
  charts_->setWindowSeconds(settings_.chartWindowS);
  charts_->setUseOpenGL(settings_.openGL);
  if (old.language != settings_.language) setLanguage(settings_.language);
  if (old.backend != settings_.backend || old.dockerHost != settings_.dockerHost ||
      old.redisUrl != settings_.redisUrl || old.labFile != settings_.labFile ||
      old.dockerTls != settings_.dockerTls || old.dockerCertDir != settings_.dockerCertDir) {
    if (QMessageBox::question(this, tr("Settings"),
                              tr("Restart the lab with the new backend settings now? "
                                 "Services running now will be stopped.")) == QMessageBox::Yes)
      restartLab();
  }
}

}  // namespace swarmlab
