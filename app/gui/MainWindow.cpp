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
    : QMainWindow(parent), m_settings(settings) {
  setWindowTitle(tr("swarmlab console"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/swarmlab.svg")));
  setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
  m_model = new TopologyModel(this);
  m_scene = new TopologyScene(m_model, this);
  m_view = new TopologyView(m_scene);
  m_controller = new LabController(m_model, this);
  m_controller->attachScene(m_scene);
  setCentralWidget(m_view);

  m_backendLabel = new QLabel;
  m_dockerLabel = new QLabel;
  m_redisLabel = new QLabel;
  m_labTimeLabel = new QLabel;
  m_labTimeLabel->setMinimumWidth(160);
  statusBar()->addPermanentWidget(m_backendLabel);
  statusBar()->addPermanentWidget(m_dockerLabel);
  statusBar()->addPermanentWidget(m_redisLabel);
  statusBar()->addPermanentWidget(m_labTimeLabel);
  m_backendLabel->setText(tr("Backend: none"));
  m_dockerLabel->setText(stateText(tr("Docker"), tr("not used"), QStringLiteral("#757575")));
  m_redisLabel->setText(stateText(tr("Redis"), tr("not connected"), QStringLiteral("#757575")));
  m_labTimeLabel->setText(tr("lab time —"));

  buildDocks();
  buildActions();
  buildMenus();

  connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::updateActions);
  connect(m_model, &TopologyModel::structureChanged, this, &MainWindow::updateActions);
  connect(m_scene, &TopologyScene::contextMenuRequested, this, &MainWindow::showContextMenu);
  connect(m_scene, &TopologyScene::dropHint, this, [this](const QString& t) {
    if (t.isEmpty())
      statusBar()->clearMessage();
    else
      statusBar()->showMessage(t);
  });
  connect(m_controller, &LabController::refused, this, [this](const QString& why) {
    statusBar()->showMessage(tr("Refused: %1").arg(why), 8000);
    logEvent(tr("refused: %1").arg(why));
  });
  connect(m_controller, &LabController::message, this, &MainWindow::logEvent);
  connect(m_model, &TopologyModel::commandCompleted, this, &MainWindow::onCommandCompleted);
  connect(m_model, &TopologyModel::stateChanged, this, &MainWindow::updateDisplayInstances);
  connect(m_palette, &PalettePanel::templateActivated, this, &MainWindow::offerNodesFor);
  connect(m_experiments, &ExperimentsPanel::message, this, &MainWindow::logEvent);
  connect(m_experiments, &ExperimentsPanel::runLoaded, this, &MainWindow::showRunOnCharts);
  connect(m_experiments, &ExperimentsPanel::exportChartsRequested, this,
          &MainWindow::exportChartsPng);

  m_charts->setWindowSeconds(m_settings.chartWindowS);
  m_charts->setUseOpenGL(m_settings.openGL);
  connect(m_charts, &ChartPanel::windowSecondsChanged, this, [this](int s) {
    m_settings.chartWindowS = s;
    QSettings qs;
    qs.setValue(QStringLiteral("charts/windowS"), s);
  });

  m_clockTimer.setInterval(kClockMs);
  connect(&m_clockTimer, &QTimer::timeout, this, [this] {
    if (!m_telemetry || !m_telemetry->clock()->isValid()) return;
    const qint64 us = m_telemetry->clock()->labNowUs();
    m_labTimeLabel->setText(tr("lab time %1 UTC")
                                .arg(QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC)
                                         .toString(QStringLiteral("HH:mm:ss.z"))));
  });
  m_clockTimer.start();

  QSettings qs;
  restoreGeometry(qs.value(QStringLiteral("ui/geometry")).toByteArray());
  if (!restoreState(qs.value(QStringLiteral("ui/state")).toByteArray())) resize(1500, 950);
  updateActions();
}

MainWindow::~MainWindow() {
  // The session (orchestrator, telemetry) goes before the model and scene it feeds.
  m_controller->setOrchestrator(nullptr);
  delete m_session;
  m_session = nullptr;
}

void MainWindow::buildDocks() {
  m_palette = new PalettePanel;
  m_charts = new ChartPanel;
  m_mirrors = new DisplayMirrorPanel;
  m_experiments = new ExperimentsPanel;
  m_logs = new LogPanel;
  m_eventLog = new QPlainTextEdit;
  m_eventLog->setReadOnly(true);
  m_eventLog->setMaximumBlockCount(kEventLogLines);
  m_eventLog->setAccessibleName(tr("Event log"));

  auto dock = [this](QWidget* w, const QString& title, const QString& name,
                     Qt::DockWidgetArea area) {
    auto* d = new QDockWidget(title, this);
    d->setObjectName(name);
    d->setWidget(w);
    addDockWidget(area, d);
    return d;
  };
  auto* paletteDock =
      dock(m_palette, tr("Services"), QStringLiteral("paletteDock"), Qt::LeftDockWidgetArea);
  auto* mirrorDock =
      dock(m_mirrors, tr("Displays"), QStringLiteral("mirrorDock"), Qt::LeftDockWidgetArea);
  auto* chartDock =
      dock(m_charts, tr("Charts"), QStringLiteral("chartDock"), Qt::RightDockWidgetArea);
  auto* expDock = dock(m_experiments, tr("Experiments"), QStringLiteral("experimentsDock"),
                       Qt::BottomDockWidgetArea);
  auto* logDock =
      dock(m_eventLog, tr("Event log"), QStringLiteral("eventLogDock"), Qt::BottomDockWidgetArea);
  auto* svcLogDock =
      dock(m_logs, tr("Service logs"), QStringLiteral("serviceLogDock"), Qt::BottomDockWidgetArea);
  splitDockWidget(paletteDock, mirrorDock, Qt::Vertical);
  tabifyDockWidget(logDock, svcLogDock);
  tabifyDockWidget(logDock, expDock);
  logDock->raise();
  resizeDocks({paletteDock}, {250}, Qt::Horizontal);
  resizeDocks({chartDock}, {560}, Qt::Horizontal);
  resizeDocks({logDock}, {200}, Qt::Vertical);
  m_viewMenu = new QMenu(tr("&View"), this);
  for (auto* d : {paletteDock, mirrorDock, chartDock, expDock, logDock, svcLogDock})
    m_viewMenu->addAction(d->toggleViewAction());
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
  m_actDeploy =
      make(tr("&Deploy on node…"), QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("deploy"));
  m_actDeploy->setStatusTip(tr("Deploy a service template on the selected node"));
  m_actMigrate =
      make(tr("&Migrate to…"), QKeySequence(Qt::CTRL | Qt::Key_M), QStringLiteral("migrate"));
  m_actMigrate->setStatusTip(tr("Move the selected service to another node"));
  m_actRestart =
      make(tr("&Restart"), QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral("restart"));
  m_actStop = make(tr("S&top"), QKeySequence(Qt::Key_Delete), QStringLiteral("stop"));
  m_actScale = make(tr("S&cale…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
  m_actLogs = make(tr("Show &logs"), QKeySequence(Qt::CTRL | Qt::Key_L));
  m_actNodeDown = make(tr("Node &down"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                       QStringLiteral("power"));
  m_actNodeUp = make(tr("Node &up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
  m_actZoomIn = make(tr("Zoom &in"), QKeySequence::ZoomIn, QStringLiteral("zoom-in"));
  m_actZoomOut = make(tr("Zoom &out"), QKeySequence::ZoomOut, QStringLiteral("zoom-out"));
  m_actFit = make(tr("&Fit topology"), QKeySequence(Qt::CTRL | Qt::Key_0), QStringLiteral("fit"));
  m_actPause =
      make(tr("&Pause charts"), QKeySequence(Qt::CTRL | Qt::Key_P), QStringLiteral("pause"));
  m_actPause->setCheckable(true);
  m_actSettings = make(tr("&Settings…"), QKeySequence::Preferences, QStringLiteral("settings"));
  m_actRestartLab = make(tr("Restart &lab"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
  m_actRefresh = make(tr("Re&fresh"), QKeySequence::Refresh);
  m_actExportPng = make(tr("Export charts as &PNG…"), QKeySequence(Qt::CTRL | Qt::Key_E));
  m_actScreenshot = make(tr("Save &window as PNG…"), QKeySequence());
  m_actQuit = make(tr("&Quit"), QKeySequence::Quit);

  connect(m_actDeploy, &QAction::triggered, this, [this] {
    const QString node = selectedNode();
    if (node.isEmpty()) return;
    QMenu menu(this);
    fillDeployMenu(&menu, node);
    const QPointF c = m_scene->nodeCenter(node);
    menu.exec(m_view->viewport()->mapToGlobal(m_view->mapFromScene(c)));
  });
  connect(m_actMigrate, &QAction::triggered, this, [this] {
    const QString svc = selectedService();
    if (svc.isEmpty()) return;
    QMenu menu(this);
    fillMigrateMenu(&menu, svc);
    auto* chip = m_scene->chipItem(svc);
    const QPointF c = chip ? chip->mapToScene(chip->boundingRect().center()) : QPointF();
    menu.exec(m_view->viewport()->mapToGlobal(m_view->mapFromScene(c)));
  });
  connect(m_actRestart, &QAction::triggered, this, [this] {
    if (!selectedService().isEmpty()) m_controller->restart(selectedService());
  });
  connect(m_actStop, &QAction::triggered, this, [this] {
    if (!selectedService().isEmpty()) m_controller->stop(selectedService());
  });
  connect(m_actScale, &QAction::triggered, this, [this] {
    const QString svc = selectedService();
    const auto* s = m_model->service(svc);
    if (!s) return;
    bool ok = false;
    const int n = QInputDialog::getInt(this, tr("Scale %1").arg(svc), tr("Replicas:"), s->replicas,
                                       0, 16, 1, &ok);
    if (ok) m_controller->scale(svc, n);
  });
  connect(m_actLogs, &QAction::triggered, this, [this] {
    const QString svc = selectedService();
    m_logs->showService(svc);
    if (auto* d = qobject_cast<QDockWidget*>(m_logs->parentWidget())) {
      d->show();
      d->raise();
    }
  });
  connect(m_actNodeDown, &QAction::triggered, this, [this] {
    if (!selectedNode().isEmpty()) m_controller->setNodeDown(selectedNode());
  });
  connect(m_actNodeUp, &QAction::triggered, this, [this] {
    if (!selectedNode().isEmpty()) m_controller->setNodeUp(selectedNode());
  });
  connect(m_actZoomIn, &QAction::triggered, m_view, &TopologyView::zoomIn);
  connect(m_actZoomOut, &QAction::triggered, m_view, &TopologyView::zoomOut);
  connect(m_actFit, &QAction::triggered, m_view, &TopologyView::fit);
  connect(m_actPause, &QAction::toggled, m_charts, &ChartPanel::setPaused);
  connect(m_actSettings, &QAction::triggered, this, &MainWindow::openSettings);
  connect(m_actRestartLab, &QAction::triggered, this, &MainWindow::restartLab);
  connect(m_actRefresh, &QAction::triggered, this, [this] {
    if (m_controller->orchestrator()) m_controller->orchestrator()->refresh();
  });
  connect(m_actExportPng, &QAction::triggered, this, &MainWindow::exportChartsPng);
  connect(m_actScreenshot, &QAction::triggered, this, [this] {
    const QString f = QFileDialog::getSaveFileName(
        this, tr("Save window as PNG"), QStringLiteral("swarmlab.png"), tr("PNG images (*.png)"));
    if (f.isEmpty()) return;
    m_charts->tick();
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
  connect(m_actQuit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::buildMenus() {
  auto* file = menuBar()->addMenu(tr("&File"));
  file->addAction(m_actExportPng);
  file->addAction(m_actScreenshot);
  file->addSeparator();
  file->addAction(m_actQuit);
  auto* lab = menuBar()->addMenu(tr("&Lab"));
  for (auto* a : {m_actDeploy, m_actMigrate, m_actRestart, m_actStop, m_actScale, m_actLogs})
    lab->addAction(a);
  lab->addSeparator();
  lab->addAction(m_actNodeDown);
  lab->addAction(m_actNodeUp);
  lab->addSeparator();
  lab->addAction(m_actRefresh);
  lab->addAction(m_actRestartLab);
  m_viewMenu->addSeparator();
  for (auto* a : {m_actZoomIn, m_actZoomOut, m_actFit, m_actPause}) m_viewMenu->addAction(a);
  menuBar()->addMenu(m_viewMenu);
  auto* settings = menuBar()->addMenu(tr("&Settings"));
  settings->addAction(m_actSettings);
  auto* language = settings->addMenu(tr("&Language"));
  m_languageGroup = new QActionGroup(this);
  const QList<QPair<QString, QString>> langs = {
      {tr("System"), QString()},
      {QStringLiteral("English"), QStringLiteral("en")},
      {QStringLiteral("Português"), QStringLiteral("pt")}};
  for (const auto& [name, code] : langs) {
    auto* a = language->addAction(name);
    a->setCheckable(true);
    a->setChecked(code == m_settings.language);
    a->setData(code);
    m_languageGroup->addAction(a);
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
  for (auto* a : {m_actZoomIn, m_actZoomOut, m_actFit}) tb->addAction(a);
  tb->addSeparator();
  for (auto* a : {m_actDeploy, m_actMigrate, m_actRestart, m_actStop, m_actNodeDown})
    tb->addAction(a);
  tb->addSeparator();
  tb->addAction(m_actPause);
  tb->addAction(m_actSettings);
}

QString MainWindow::selectedNode() const {
  auto* i = m_scene->currentItem();
  if (!i) return {};
  if (i->type() == NodeItem::Type) return static_cast<NodeItem*>(i)->node();
  if (auto* p = i->parentItem(); p && p->type() == NodeItem::Type)
    return static_cast<NodeItem*>(p)->node();
  return {};
}

QString MainWindow::selectedService() const {
  auto* i = m_scene->currentItem();
  return i && i->type() == ChipItem::Type ? static_cast<ChipItem*>(i)->service() : QString();
}

void MainWindow::updateActions() {
  const bool svc = !selectedService().isEmpty();
  const bool node = !selectedNode().isEmpty() && selectedService().isEmpty();
  const bool swarm = m_model->backendName() == QLatin1String("swarm");
  m_actDeploy->setEnabled(!selectedNode().isEmpty());
  for (auto* a : {m_actMigrate, m_actRestart, m_actStop, m_actScale, m_actLogs}) a->setEnabled(svc);
  m_actNodeDown->setEnabled(node);
  m_actNodeUp->setEnabled(node);
  m_actNodeDown->setText(swarm ? tr("&Drain node") : tr("Node &down (power off)"));
  m_actNodeUp->setText(swarm ? tr("&Activate node") : tr("Node &up (power on)"));
}

void MainWindow::fillDeployMenu(QMenu* menu, const QString& node) {
  menu->setTitle(tr("Deploy on %1").arg(node));
  for (const auto& t : m_model->lab().templates) {
    QString why;
    const bool ok = m_model->canDeploy(t.name, node, &why);
    auto* a = menu->addAction(ok ? t.name : tr("%1 — %2").arg(t.name, why));
    a->setEnabled(ok);
    connect(a, &QAction::triggered, this,
            [this, n = t.name, node] { m_controller->deploy(n, node); });
  }
}

void MainWindow::fillMigrateMenu(QMenu* menu, const QString& service) {
  menu->setTitle(tr("Migrate %1 to").arg(service));
  for (const auto& n : m_model->nodes()) {
    QString why;
    const bool ok = m_model->canMigrate(service, n.name, &why);
    auto* a = menu->addAction(ok ? n.name : tr("%1 — %2").arg(n.name, why));
    a->setEnabled(ok);
    connect(a, &QAction::triggered, this,
            [this, service, node = n.name] { m_controller->migrate(service, node); });
  }
}

void MainWindow::offerNodesFor(const QString& templateName) {
  QMenu menu(this);
  for (const auto& n : m_model->nodes()) {
    QString why;
    const bool ok = m_model->canDeploy(templateName, n.name, &why);
    auto* a = menu.addAction(ok ? tr("Deploy %1 on %2").arg(templateName, n.name)
                                : tr("%1 — %2").arg(n.name, why));
    a->setEnabled(ok);
    connect(a, &QAction::triggered, this,
            [this, templateName, node = n.name] { m_controller->deploy(templateName, node); });
  }
  menu.exec(m_palette->viewport()->mapToGlobal(
      m_palette->visualItemRect(m_palette->currentItem()).bottomLeft()));
}

void MainWindow::showContextMenu(QGraphicsItem* item, const QPoint& screenPos) {
  updateActions();
  QMenu menu(this);
  if (item->type() == ChipItem::Type) {
    const QString svc = static_cast<ChipItem*>(item)->service();
    auto* migrate = menu.addMenu(QIcon(QStringLiteral(":/icons/migrate.svg")), tr("&Migrate to"));
    fillMigrateMenu(migrate, svc);
    for (auto* a : {m_actRestart, m_actStop, m_actScale, m_actLogs}) menu.addAction(a);
  } else if (item->type() == NodeItem::Type) {
    const QString node = static_cast<NodeItem*>(item)->node();
    auto* deploy = menu.addMenu(QIcon(QStringLiteral(":/icons/deploy.svg")), tr("&Deploy"));
    fillDeployMenu(deploy, node);
    menu.addAction(m_actNodeDown);
    menu.addAction(m_actNodeUp);
  }
  menu.exec(screenPos);
}

bool MainWindow::startLab(QStringList* errors) {
  delete m_session;
  m_session = new LabSession;
  QStringList errs;
  if (!m_session->open(m_settings, &errs)) {
    for (const auto& e : errs) logEvent(tr("lab: %1").arg(e));
    statusBar()->showMessage(tr("The lab could not be opened: %1").arg(errs.value(0)));
    m_backendLabel->setText(tr("Backend: none"));
    if (errors) *errors = errs;
    delete m_session;
    m_session = nullptr;
    return false;
  }
  attachOrchestrator(m_session->orchestrator(), m_session->lab());
  m_backendLabel->setText(tr("Backend: %1").arg(m_session->description()));
  const bool swarm = m_settings.backend == AppSettings::Backend::Docker;
  m_dockerLabel->setText(swarm
                             ? stateText(tr("Docker"), tr("connecting…"), QStringLiteral("#ef6c00"))
                             : stateText(tr("Docker"), tr("not used"), QStringLiteral("#757575")));
  m_redisLabel->setText(stateText(tr("Redis"), tr("starting…"), QStringLiteral("#ef6c00")));
  connect(m_session, &LabSession::ready, this, [this, swarm] {
    if (swarm)
      m_dockerLabel->setText(stateText(tr("Docker"), tr("connected"), QStringLiteral("#2e7d32")));
    logEvent(tr("lab ready on %1 (Redis %2)")
                 .arg(m_session->description(), m_session->orchestrator()->redisUrl()));
    emit labReady();
  });
  connect(m_session, &LabSession::telemetryStarted, this, &MainWindow::attachTelemetry);
  connect(
      m_session->orchestrator(), &Orchestrator::errorOccurred, this,
      [this, swarm](const OrchestratorError& e) {
        if (swarm)
          m_dockerLabel->setText(stateText(tr("Docker"), tr("error"), QStringLiteral("#c62828")));
        m_dockerLabel->setToolTip(e.toString());
        statusBar()->showMessage(e.toString(), 10000);
      });
  logEvent(tr("opening %1 on the %2").arg(m_session->lab().sourcePath, m_session->description()));
  m_session->start();
  return true;
}

void MainWindow::attachOrchestrator(Orchestrator* orchestrator, const Lab& lab) {
  m_model->setLab(lab);
  m_controller->setOrchestrator(orchestrator);
  m_palette->setTemplates(lab.templates);
  m_experiments->setLab(lab, orchestrator);
  if (!orchestrator) return;
  connect(orchestrator, &Orchestrator::logLine, m_logs, &LogPanel::addLine);
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
  m_telemetry = t;
  m_model->setClock(t->clock());
  m_experiments->setTelemetry(t);
  connect(t, &Telemetry::metricSample, m_model, &TopologyModel::onMetric);
  connect(t, &Telemetry::metricSample, m_charts, &ChartPanel::addMetric);
  connect(t, &Telemetry::agentEvent, m_model, &TopologyModel::onAgentEvent);
  connect(t, &Telemetry::agentEvent, this, [this](const AgentEvent& e) {
    if (e.event == QLatin1String("first_message") || e.event == QLatin1String("redis_lost") ||
        e.event == QLatin1String("redis_back"))
      logEvent(tr("%1 on %2: %3").arg(e.instance, e.node, e.event));
  });
  connect(t, &Telemetry::displayStates, m_mirrors, &DisplayMirrorPanel::updateStates);
  connect(t, &Telemetry::connectionChanged, this, [this](bool up, const QString& msg) {
    m_redisLabel->setText(
        up ? stateText(tr("Redis"), tr("connected"), QStringLiteral("#2e7d32"))
           : stateText(tr("Redis"), tr("lost, reconnecting"), QStringLiteral("#c62828")));
    m_redisLabel->setToolTip(msg);
    logEvent(up ? tr("telemetry connected to %1").arg(msg)
                : tr("telemetry lost Redis: %1").arg(msg));
  });
  m_displayInstances.clear();
  updateDisplayInstances();
}

void MainWindow::updateDisplayInstances() {
  QStringList instances, nodes;
  for (const auto& s : m_model->services()) {
    if (m_model->kindOfService(s.name) != QLatin1String("subscriber")) continue;
    for (const auto& t : m_model->tasksOf(s.name)) {
      if (t.state != TaskState::Running && t.state != TaskState::Starting) continue;
      instances << t.instance;
      nodes << t.node;
    }
  }
  if (instances == m_displayInstances) return;
  m_displayInstances = instances;
  m_mirrors->setInstances(instances, nodes);
  if (m_telemetry) m_telemetry->setDisplayInstances(instances);
}

void MainWindow::onCommandCompleted(const CommandResult& r) {
  const QString who =
      r.kind == CommandKind::NodeDown || r.kind == CommandKind::NodeUp ? r.node : r.service;
  logEvent(QStringLiteral("%1: %2").arg(who, r.text));
  statusBar()->showMessage(QStringLiteral("%1: %2").arg(who, r.text), 6000);
  if (r.ok && (r.kind == CommandKind::Deploy || r.kind == CommandKind::Migrate ||
               r.kind == CommandKind::Restart))
    m_charts->addMarker(
        r.issuedUs / 1e6,
        QStringLiteral("%1 %2: %3 ms").arg(commandName(r.kind), r.service).arg(r.ms, 0, 'f', 0),
        markerColor(r.kind));
}

void MainWindow::showRunOnCharts(const RunData& run) {
  m_charts->clear();
  for (const auto& m : run.metrics) m_charts->addMetric(m);
  for (const auto& c : run.commands) {
    if (c.kind == CommandKind::Deploy || c.kind == CommandKind::Migrate ||
        c.kind == CommandKind::Restart)
      m_charts->addMarker(c.issuedUs / 1e6,
                          QStringLiteral("%1 %2").arg(commandName(c.kind), c.service),
                          markerColor(c.kind));
  }
  m_charts->tick();
}

void MainWindow::logEvent(const QString& text) {
  m_eventLog->appendPlainText(QStringLiteral("%1  %2").arg(
      QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")), text));
}

bool MainWindow::saveScreenshot(const QString& path, QString* error) {
  m_charts->tick();
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
  m_charts->tick();
  const QImage image = m_charts->grab().toImage();
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
  m_settings.language = lang;
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
  dlg.setSettings(m_settings);
  if (dlg.exec() != QDialog::Accepted) return;
  const AppSettings old = m_settings;
  m_settings = dlg.settings();
  QSettings qs;
  m_settings.save(qs);
  m_charts->setWindowSeconds(m_settings.chartWindowS);
  m_charts->setUseOpenGL(m_settings.openGL);
  if (old.backend != m_settings.backend || old.dockerHost != m_settings.dockerHost ||
      old.redisUrl != m_settings.redisUrl || old.labFile != m_settings.labFile ||
      old.dockerTls != m_settings.dockerTls || old.dockerCertDir != m_settings.dockerCertDir) {
    if (QMessageBox::question(this, tr("Settings"),
                              tr("Restart the lab with the new backend settings now? "
                                 "Services running now will be stopped.")) == QMessageBox::Yes)
      restartLab();
  }
}

void MainWindow::restartLab() {
  shutdownLab();
  m_charts->clear();
  m_model->setServices({});
  QStringList errors;
  if (!startLab(&errors))
    QMessageBox::warning(this, tr("The lab could not be opened"), errors.join(QLatin1Char('\n')));
}

void MainWindow::shutdownLab() {
  if (!m_session) return;
  logEvent(tr("stopping the lab…"));
  statusBar()->showMessage(tr("Stopping the lab…"));
  m_controller->setOrchestrator(nullptr);
  m_experiments->setLab(m_model->lab(), nullptr);
  m_experiments->setTelemetry(nullptr);
  m_telemetry = nullptr;
  m_session->shutdown();
  delete m_session;
  m_session = nullptr;
}

void MainWindow::closeEvent(QCloseEvent* e) {
  QSettings qs;
  qs.setValue(QStringLiteral("ui/geometry"), saveGeometry());
  qs.setValue(QStringLiteral("ui/state"), saveState());
  if (m_experiments->isRunning()) m_experiments->stopRun();
  shutdownLab();
  e->accept();
}

}  // namespace swarmlab
