#include "MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QtConcurrent>

#include "ChartPanel.h"
#include "ExperimentsPanel.h"
#include "GuiText.h"
#include "LabClock.h"
#include "LabController.h"
#include "LabSession.h"
#include "LogPanel.h"
#include "PalettePanel.h"
#include "SettingsDialog.h"
#include "SevenSegmentWidget.h"
#include "Telemetry.h"
#include "TopologyItems.h"
#include "TopologyScene.h"
#include "TopologyView.h"

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

QString stateText(const QString& what, const QString& state, const QString& color) {
  return QStringLiteral("%1: <span style='color:%3'>%2</span>")
      .arg(what, state.toHtmlEscaped(), color);
}
}  // namespace

MainWindow::MainWindow(const AppSettings& settings, QWidget* parent)
    : QMainWindow(parent), settings_(settings) {
  setWindowTitle(tr("swarmlab console"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/swarmlab.svg")));
  setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
  model_ = new TopologyModel(this);
  scene_ = new TopologyScene(model_, this);
  view_ = new TopologyView(scene_);
  controller_ = new LabController(model_, this);
  controller_->attachScene(scene_);
  setCentralWidget(view_);

  backendLabel_ = new QLabel;
  dockerLabel_ = new QLabel;
  redisLabel_ = new QLabel;
  labTimeLabel_ = new QLabel;
  labTimeLabel_->setMinimumWidth(160);
  statusBar()->addPermanentWidget(backendLabel_);
  statusBar()->addPermanentWidget(dockerLabel_);
  statusBar()->addPermanentWidget(redisLabel_);
  statusBar()->addPermanentWidget(labTimeLabel_);
  backendLabel_->setText(tr("Backend: none"));
  dockerLabel_->setText(stateText(tr("Docker"), tr("not used"), QStringLiteral("#757575")));
  redisLabel_->setText(stateText(tr("Redis"), tr("not connected"), QStringLiteral("#757575")));
  labTimeLabel_->setText(tr("lab time —"));

  buildDocks();
  buildActions();
  buildMenus();

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
  connect(experiments_, &ExperimentsPanel::exportChartsRequested, this,
          &MainWindow::exportChartsPng);

  charts_->setWindowSeconds(settings_.chartWindowS);
  charts_->setUseOpenGL(settings_.openGL);
  connect(charts_, &ChartPanel::windowSecondsChanged, this, [this](int s) {
    settings_.chartWindowS = s;
    QSettings qs;
    qs.setValue(QStringLiteral("charts/windowS"), s);
  });

  clockTimer_.setInterval(kClockMs);
  connect(&clockTimer_, &QTimer::timeout, this, [this] {
    if (!telemetry_ || !telemetry_->clock()->isValid()) return;
    const qint64 us = telemetry_->clock()->labNowUs();
    labTimeLabel_->setText(tr("lab time %1 UTC")
                               .arg(QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC)
                                        .toString(QStringLiteral("HH:mm:ss.z"))));
  });
  clockTimer_.start();

  QSettings qs;
  restoreGeometry(qs.value(QStringLiteral("ui/geometry")).toByteArray());
  if (!restoreState(qs.value(QStringLiteral("ui/state")).toByteArray())) resize(1500, 950);
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
  logs_ = new LogPanel;
  eventLog_ = new QPlainTextEdit;
  eventLog_->setReadOnly(true);
  eventLog_->setMaximumBlockCount(kEventLogLines);
  eventLog_->setAccessibleName(tr("Event log"));

  auto dock = [this](QWidget* w, const QString& title, const QString& name,
                     Qt::DockWidgetArea area) {
    auto* d = new QDockWidget(title, this);
    d->setObjectName(name);
    d->setWidget(w);
    addDockWidget(area, d);
    return d;
  };
  auto* paletteDock =
      dock(palette_, tr("Services"), QStringLiteral("paletteDock"), Qt::LeftDockWidgetArea);
  auto* mirrorDock =
      dock(mirrors_, tr("Displays"), QStringLiteral("mirrorDock"), Qt::LeftDockWidgetArea);
  auto* chartDock =
      dock(charts_, tr("Charts"), QStringLiteral("chartDock"), Qt::RightDockWidgetArea);
  auto* expDock = dock(experiments_, tr("Experiments"), QStringLiteral("experimentsDock"),
                       Qt::BottomDockWidgetArea);
  auto* logDock =
      dock(eventLog_, tr("Event log"), QStringLiteral("eventLogDock"), Qt::BottomDockWidgetArea);
  auto* svcLogDock =
      dock(logs_, tr("Service logs"), QStringLiteral("serviceLogDock"), Qt::BottomDockWidgetArea);
  splitDockWidget(paletteDock, mirrorDock, Qt::Vertical);
  tabifyDockWidget(logDock, svcLogDock);
  tabifyDockWidget(logDock, expDock);
  logDock->raise();
  resizeDocks({paletteDock}, {250}, Qt::Horizontal);
  resizeDocks({chartDock}, {560}, Qt::Horizontal);
  resizeDocks({logDock}, {200}, Qt::Vertical);
  viewMenu_ = new QMenu(tr("&View"), this);
  for (auto* d : {paletteDock, mirrorDock, chartDock, expDock, logDock, svcLogDock})
    viewMenu_->addAction(d->toggleViewAction());
}

void MainWindow::buildActions() {
  auto make = [this](const QString& text, const QKeySequence& key, const QString& icon = {}) {
    auto* a = new QAction(text, this);
    if (!key.isEmpty()) a->setShortcut(key);
    if (!icon.isEmpty()) a->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    a->setShortcutContext(Qt::WindowShortcut);
    addAction(a);
    return a;
  };
  actDeploy_ =
      make(tr("&Deploy on node…"), QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("deploy"));
  actDeploy_->setStatusTip(tr("Deploy a service template on the selected node"));
  actMigrate_ =
      make(tr("&Migrate to…"), QKeySequence(Qt::CTRL | Qt::Key_M), QStringLiteral("migrate"));
  actMigrate_->setStatusTip(tr("Move the selected service to another node"));
  actRestart_ = make(tr("&Restart"), QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral("restart"));
  actStop_ = make(tr("S&top"), QKeySequence(Qt::Key_Delete), QStringLiteral("stop"));
  actScale_ = make(tr("S&cale…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
  actLogs_ = make(tr("Show &logs"), QKeySequence(Qt::CTRL | Qt::Key_L));
  actNodeDown_ = make(tr("Node &down"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                      QStringLiteral("power"));
  actNodeUp_ = make(tr("Node &up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
  actZoomIn_ = make(tr("Zoom &in"), QKeySequence::ZoomIn, QStringLiteral("zoom-in"));
  actZoomOut_ = make(tr("Zoom &out"), QKeySequence::ZoomOut, QStringLiteral("zoom-out"));
  actFit_ = make(tr("&Fit topology"), QKeySequence(Qt::CTRL | Qt::Key_0), QStringLiteral("fit"));
  actPause_ =
      make(tr("&Pause charts"), QKeySequence(Qt::CTRL | Qt::Key_P), QStringLiteral("pause"));
  actPause_->setCheckable(true);
  actSettings_ = make(tr("&Settings…"), QKeySequence::Preferences, QStringLiteral("settings"));
  actRestartLab_ = make(tr("Restart &lab"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
  actRefresh_ = make(tr("Re&fresh"), QKeySequence::Refresh);
  actExportPng_ = make(tr("Export charts as &PNG…"), QKeySequence(Qt::CTRL | Qt::Key_E));
  actScreenshot_ = make(tr("Save &window as PNG…"), QKeySequence());
  actQuit_ = make(tr("&Quit"), QKeySequence::Quit);

  connect(actDeploy_, &QAction::triggered, this, [this] {
    const QString node = selectedNode();
    if (node.isEmpty()) return;
    QMenu menu(this);
    fillDeployMenu(&menu, node);
    const QPointF c = scene_->nodeCenter(node);
    menu.exec(view_->viewport()->mapToGlobal(view_->mapFromScene(c)));
  });
  connect(actMigrate_, &QAction::triggered, this, [this] {
    const QString svc = selectedService();
    if (svc.isEmpty()) return;
    QMenu menu(this);
    fillMigrateMenu(&menu, svc);
    auto* chip = scene_->chipItem(svc);
    const QPointF c = chip ? chip->mapToScene(chip->boundingRect().center()) : QPointF();
    menu.exec(view_->viewport()->mapToGlobal(view_->mapFromScene(c)));
  });
  connect(actRestart_, &QAction::triggered, this, [this] {
    if (!selectedService().isEmpty()) controller_->restart(selectedService());
  });
  connect(actStop_, &QAction::triggered, this, [this] {
    if (!selectedService().isEmpty()) controller_->stop(selectedService());
  });
  connect(actScale_, &QAction::triggered, this, [this] {
    const QString svc = selectedService();
    const auto* s = model_->service(svc);
    if (!s) return;
    bool ok = false;
    const int n = QInputDialog::getInt(this, tr("Scale %1").arg(svc), tr("Replicas:"), s->replicas,
                                       0, 16, 1, &ok);
    if (ok) controller_->scale(svc, n);
  });
  connect(actLogs_, &QAction::triggered, this, [this] {
    const QString svc = selectedService();
    logs_->showService(svc);
    if (auto* d = qobject_cast<QDockWidget*>(logs_->parentWidget())) {
      d->show();
      d->raise();
    }
  });
  connect(actNodeDown_, &QAction::triggered, this, [this] {
    if (!selectedNode().isEmpty()) controller_->setNodeDown(selectedNode());
  });
  connect(actNodeUp_, &QAction::triggered, this, [this] {
    if (!selectedNode().isEmpty()) controller_->setNodeUp(selectedNode());
  });
  connect(actZoomIn_, &QAction::triggered, view_, &TopologyView::zoomIn);
  connect(actZoomOut_, &QAction::triggered, view_, &TopologyView::zoomOut);
  connect(actFit_, &QAction::triggered, view_, &TopologyView::fit);
  connect(actPause_, &QAction::toggled, charts_, &ChartPanel::setPaused);
  connect(actSettings_, &QAction::triggered, this, &MainWindow::openSettings);
  connect(actRestartLab_, &QAction::triggered, this, &MainWindow::restartLab);
  connect(actRefresh_, &QAction::triggered, this, [this] {
    if (controller_->orchestrator()) controller_->orchestrator()->refresh();
  });
  connect(actExportPng_, &QAction::triggered, this, &MainWindow::exportChartsPng);
  connect(actScreenshot_, &QAction::triggered, this, [this] {
    const QString f = QFileDialog::getSaveFileName(
        this, tr("Save window as PNG"), QStringLiteral("swarmlab.png"), tr("PNG images (*.png)"));
    if (f.isEmpty()) return;
    charts_->tick();
    const QImage image = grab().toImage();
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, f] {
      if (!watcher->result())
        QMessageBox::warning(this, tr("Save window"), tr("%1: cannot write the PNG file").arg(f));
      else
        logEvent(tr("window written to %1").arg(f));
      watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([image, f] { return image.save(f, "PNG"); }));
  });
  connect(actQuit_, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::buildMenus() {
  auto* file = menuBar()->addMenu(tr("&File"));
  file->addAction(actExportPng_);
  file->addAction(actScreenshot_);
  file->addSeparator();
  file->addAction(actQuit_);
  auto* lab = menuBar()->addMenu(tr("&Lab"));
  for (auto* a : {actDeploy_, actMigrate_, actRestart_, actStop_, actScale_, actLogs_})
    lab->addAction(a);
  lab->addSeparator();
  lab->addAction(actNodeDown_);
  lab->addAction(actNodeUp_);
  lab->addSeparator();
  lab->addAction(actRefresh_);
  lab->addAction(actRestartLab_);
  viewMenu_->addSeparator();
  for (auto* a : {actZoomIn_, actZoomOut_, actFit_, actPause_}) viewMenu_->addAction(a);
  menuBar()->addMenu(viewMenu_);
  auto* settings = menuBar()->addMenu(tr("&Settings"));
  settings->addAction(actSettings_);
  auto* language = settings->addMenu(tr("&Language"));
  languageGroup_ = new QActionGroup(this);
  const QList<QPair<QString, QString>> langs = {
      {tr("System"), QString()},
      {QStringLiteral("English"), QStringLiteral("en")},
      {QStringLiteral("Português"), QStringLiteral("pt")}};
  for (const auto& [name, code] : langs) {
    auto* a = language->addAction(name);
    a->setCheckable(true);
    a->setChecked(code == settings_.language);
    a->setData(code);
    languageGroup_->addAction(a);
    connect(a, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
  }
  auto* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About swarmlab"), this, [this] {
    QMessageBox::about(this, tr("About swarmlab"),
                       tr("<b>swarmlab %1</b><p>Orchestration lab for containerized IIoT "
                          "microservices: deploy and migrate services by drag and drop, watch "
                          "publish rate, display updates and lag live, replay the 2017 "
                          "experiment.</p>")
                           .arg(QCoreApplication::applicationVersion()));
  });

  auto* tb = addToolBar(tr("Main"));
  tb->setObjectName(QStringLiteral("mainToolBar"));
  tb->setToolButtonStyle(Qt::ToolButtonIconOnly);
  for (auto* a : {actZoomIn_, actZoomOut_, actFit_}) tb->addAction(a);
  tb->addSeparator();
  for (auto* a : {actDeploy_, actMigrate_, actRestart_, actStop_, actNodeDown_}) tb->addAction(a);
  tb->addSeparator();
  tb->addAction(actPause_);
  tb->addAction(actSettings_);
}

QString MainWindow::selectedNode() const {
  auto* i = scene_->currentItem();
  if (!i) return {};
  if (i->type() == NodeItem::Type) return static_cast<NodeItem*>(i)->node();
  if (auto* p = i->parentItem(); p && p->type() == NodeItem::Type)
    return static_cast<NodeItem*>(p)->node();
  return {};
}

QString MainWindow::selectedService() const {
  auto* i = scene_->currentItem();
  return i && i->type() == ChipItem::Type ? static_cast<ChipItem*>(i)->service() : QString();
}

void MainWindow::updateActions() {
  const bool svc = !selectedService().isEmpty();
  const bool node = !selectedNode().isEmpty() && selectedService().isEmpty();
  const bool swarm = model_->backendName() == QLatin1String("swarm");
  actDeploy_->setEnabled(!selectedNode().isEmpty());
  for (auto* a : {actMigrate_, actRestart_, actStop_, actScale_, actLogs_}) a->setEnabled(svc);
  actNodeDown_->setEnabled(node);
  actNodeUp_->setEnabled(node);
  actNodeDown_->setText(swarm ? tr("&Drain node") : tr("Node &down (power off)"));
  actNodeUp_->setText(swarm ? tr("&Activate node") : tr("Node &up (power on)"));
}

void MainWindow::fillDeployMenu(QMenu* menu, const QString& node) {
  menu->setTitle(tr("Deploy on %1").arg(node));
  for (const auto& t : model_->lab().templates) {
    QString why;
    const bool ok = model_->canDeploy(t.name, node, &why);
    auto* a = menu->addAction(ok ? t.name : tr("%1 — %2").arg(t.name, why));
    a->setEnabled(ok);
    connect(a, &QAction::triggered, this,
            [this, n = t.name, node] { controller_->deploy(n, node); });
  }
}

void MainWindow::fillMigrateMenu(QMenu* menu, const QString& service) {
  menu->setTitle(tr("Migrate %1 to").arg(service));
  for (const auto& n : model_->nodes()) {
    QString why;
    const bool ok = model_->canMigrate(service, n.name, &why);
    auto* a = menu->addAction(ok ? n.name : tr("%1 — %2").arg(n.name, why));
    a->setEnabled(ok);
    connect(a, &QAction::triggered, this,
            [this, service, node = n.name] { controller_->migrate(service, node); });
  }
}

void MainWindow::offerNodesFor(const QString& templateName) {
  QMenu menu(this);
  for (const auto& n : model_->nodes()) {
    QString why;
    const bool ok = model_->canDeploy(templateName, n.name, &why);
    auto* a = menu.addAction(ok ? tr("Deploy %1 on %2").arg(templateName, n.name)
                                : tr("%1 — %2").arg(n.name, why));
    a->setEnabled(ok);
    connect(a, &QAction::triggered, this,
            [this, templateName, node = n.name] { controller_->deploy(templateName, node); });
  }
  menu.exec(palette_->viewport()->mapToGlobal(
      palette_->visualItemRect(palette_->currentItem()).bottomLeft()));
}

void MainWindow::showContextMenu(QGraphicsItem* item, const QPoint& screenPos) {
  updateActions();
  QMenu menu(this);
  if (item->type() == ChipItem::Type) {
    const QString svc = static_cast<ChipItem*>(item)->service();
    auto* migrate = menu.addMenu(QIcon(QStringLiteral(":/icons/migrate.svg")), tr("&Migrate to"));
    fillMigrateMenu(migrate, svc);
    for (auto* a : {actRestart_, actStop_, actScale_, actLogs_}) menu.addAction(a);
  } else if (item->type() == NodeItem::Type) {
    const QString node = static_cast<NodeItem*>(item)->node();
    auto* deploy = menu.addMenu(QIcon(QStringLiteral(":/icons/deploy.svg")), tr("&Deploy"));
    fillDeployMenu(deploy, node);
    menu.addAction(actNodeDown_);
    menu.addAction(actNodeUp_);
  }
  menu.exec(screenPos);
}

bool MainWindow::startLab(QStringList* errors) {
  delete session_;
  session_ = new LabSession;
  QStringList errs;
  if (!session_->open(settings_, &errs)) {
    for (const auto& e : errs) logEvent(tr("lab: %1").arg(e));
    statusBar()->showMessage(tr("The lab could not be opened: %1").arg(errs.value(0)));
    backendLabel_->setText(tr("Backend: none"));
    if (errors) *errors = errs;
    delete session_;
    session_ = nullptr;
    return false;
  }
  attachOrchestrator(session_->orchestrator(), session_->lab());
  backendLabel_->setText(tr("Backend: %1").arg(session_->description()));
  const bool swarm = settings_.backend == AppSettings::Backend::Docker;
  dockerLabel_->setText(swarm
                            ? stateText(tr("Docker"), tr("connecting…"), QStringLiteral("#ef6c00"))
                            : stateText(tr("Docker"), tr("not used"), QStringLiteral("#757575")));
  redisLabel_->setText(stateText(tr("Redis"), tr("starting…"), QStringLiteral("#ef6c00")));
  connect(session_, &LabSession::ready, this, [this, swarm] {
    if (swarm)
      dockerLabel_->setText(stateText(tr("Docker"), tr("connected"), QStringLiteral("#2e7d32")));
    logEvent(tr("lab ready on %1 (Redis %2)")
                 .arg(session_->description(), session_->orchestrator()->redisUrl()));
    emit labReady();
  });
  connect(session_, &LabSession::telemetryStarted, this, &MainWindow::attachTelemetry);
  connect(
      session_->orchestrator(), &Orchestrator::errorOccurred, this,
      [this, swarm](const OrchestratorError& e) {
        if (swarm)
          dockerLabel_->setText(stateText(tr("Docker"), tr("error"), QStringLiteral("#c62828")));
        dockerLabel_->setToolTip(e.toString());
        statusBar()->showMessage(e.toString(), 10000);
      });
  logEvent(tr("opening %1 on the %2").arg(session_->lab().sourcePath, session_->description()));
  session_->start();
  return true;
}

void MainWindow::attachOrchestrator(Orchestrator* orchestrator, const Lab& lab) {
  model_->setLab(lab);
  controller_->setOrchestrator(orchestrator);
  palette_->setTemplates(lab.templates);
  experiments_->setLab(lab, orchestrator);
  if (!orchestrator) return;
  connect(orchestrator, &Orchestrator::logLine, logs_, &LogPanel::addLine);
  connect(orchestrator, &Orchestrator::errorOccurred, this,
          [this](const OrchestratorError& e) { logEvent(tr("error: %1").arg(e.toString())); });
  connect(orchestrator, &Orchestrator::taskChanged, this, [this](const TaskInfo& t) {
    logEvent(tr("%1 on %2: %3%4")
                 .arg(t.instance, t.node, taskStateName(t.state),
                      t.message.isEmpty() ? QString()
                                          : QStringLiteral(" (") + t.message + QLatin1Char(')')));
  });
  updateActions();
}

void MainWindow::attachTelemetry(Telemetry* t) {
  telemetry_ = t;
  model_->setClock(t->clock());
  experiments_->setTelemetry(t);
  connect(t, &Telemetry::metricSample, model_, &TopologyModel::onMetric);
  connect(t, &Telemetry::metricSample, charts_, &ChartPanel::addMetric);
  connect(t, &Telemetry::agentEvent, model_, &TopologyModel::onAgentEvent);
  connect(t, &Telemetry::agentEvent, this, [this](const AgentEvent& e) {
    if (e.event == QLatin1String("first_message") || e.event == QLatin1String("redis_lost") ||
        e.event == QLatin1String("redis_back"))
      logEvent(tr("%1 on %2: %3").arg(e.instance, e.node, e.event));
  });
  connect(t, &Telemetry::displayStates, mirrors_, &DisplayMirrorPanel::updateStates);
  connect(t, &Telemetry::connectionChanged, this, [this](bool up, const QString& msg) {
    redisLabel_->setText(
        up ? stateText(tr("Redis"), tr("connected"), QStringLiteral("#2e7d32"))
           : stateText(tr("Redis"), tr("lost, reconnecting"), QStringLiteral("#c62828")));
    redisLabel_->setToolTip(msg);
    logEvent(up ? tr("telemetry connected to %1").arg(msg)
                : tr("telemetry lost Redis: %1").arg(msg));
  });
  displayInstances_.clear();
  updateDisplayInstances();
}

void MainWindow::updateDisplayInstances() {
  QStringList instances, nodes;
  for (const auto& s : model_->services()) {
    if (model_->kindOfService(s.name) != QLatin1String("subscriber")) continue;
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
  const QString who =
      r.kind == CommandKind::NodeDown || r.kind == CommandKind::NodeUp ? r.node : r.service;
  logEvent(QStringLiteral("%1: %2").arg(who, r.text));
  statusBar()->showMessage(QStringLiteral("%1: %2").arg(who, r.text), 6000);
  if (r.ok && (r.kind == CommandKind::Deploy || r.kind == CommandKind::Migrate ||
               r.kind == CommandKind::Restart))
    charts_->addMarker(
        r.issuedUs / 1e6,
        QStringLiteral("%1 %2: %3 ms").arg(commandName(r.kind), r.service).arg(r.ms, 0, 'f', 0),
        markerColor(r.kind));
}

void MainWindow::showRunOnCharts(const RunData& run) {
  charts_->clear();
  for (const auto& m : run.metrics) charts_->addMetric(m);
  for (const auto& c : run.commands) {
    if (c.kind == CommandKind::Deploy || c.kind == CommandKind::Migrate ||
        c.kind == CommandKind::Restart)
      charts_->addMarker(c.issuedUs / 1e6,
                         QStringLiteral("%1 %2").arg(commandName(c.kind), c.service),
                         markerColor(c.kind));
  }
  charts_->tick();
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
  const QString f =
      QFileDialog::getSaveFileName(this, tr("Export charts as PNG"),
                                   QStringLiteral("swarmlab-charts.png"), tr("PNG images (*.png)"));
  if (f.isEmpty()) return;
  charts_->tick();
  const QImage image = charts_->grab().toImage();
  auto* watcher = new QFutureWatcher<bool>(this);
  connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, f] {
    if (!watcher->result())
      QMessageBox::warning(this, tr("Export charts"), tr("%1: cannot write the PNG file").arg(f));
    else
      logEvent(tr("charts written to %1").arg(f));
    watcher->deleteLater();
  });
  watcher->setFuture(QtConcurrent::run([image, f] { return image.save(f, "PNG"); }));
}

void MainWindow::setLanguage(const QString& lang) {
  settings_.language = lang;
  QSettings qs;
  qs.setValue(QStringLiteral("ui/language"), lang);
  const auto answer = QMessageBox::question(
      this, tr("Language"), tr("The language changes when swarmlab starts again. Restart now?"));
  if (answer == QMessageBox::Yes) {
    QProcess::startDetached(QCoreApplication::applicationFilePath(),
                            QCoreApplication::arguments().mid(1));
    close();
  }
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
  if (old.backend != settings_.backend || old.dockerHost != settings_.dockerHost ||
      old.redisUrl != settings_.redisUrl || old.labFile != settings_.labFile ||
      old.dockerTls != settings_.dockerTls || old.dockerCertDir != settings_.dockerCertDir) {
    if (QMessageBox::question(this, tr("Settings"),
                              tr("Restart the lab with the new backend settings now? "
                                 "Services running now will be stopped.")) == QMessageBox::Yes)
      restartLab();
  }
}

void MainWindow::restartLab() {
  shutdownLab();
  charts_->clear();
  model_->setServices({});
  QStringList errors;
  if (!startLab(&errors))
    QMessageBox::warning(this, tr("The lab could not be opened"), errors.join(QLatin1Char('\n')));
}

void MainWindow::shutdownLab() {
  if (!session_) return;
  logEvent(tr("stopping the lab…"));
  statusBar()->showMessage(tr("Stopping the lab…"));
  controller_->setOrchestrator(nullptr);
  experiments_->setLab(model_->lab(), nullptr);
  experiments_->setTelemetry(nullptr);
  telemetry_ = nullptr;
  session_->shutdown();
  delete session_;
  session_ = nullptr;
}

void MainWindow::closeEvent(QCloseEvent* e) {
  QSettings qs;
  qs.setValue(QStringLiteral("ui/geometry"), saveGeometry());
  qs.setValue(QStringLiteral("ui/state"), saveState());
  if (experiments_->isRunning()) experiments_->stopRun();
  shutdownLab();
  e->accept();
}

}  // namespace swarmlab
