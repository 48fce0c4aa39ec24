// MainWindow, part 2: its actions (keyboard shortcuts), menus, tool bar and context menus.
// Menus open with popup(): the window's event loop is the only one that runs.
#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDockWidget>
#include <QGraphicsView>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

#include "ChartPanel.h"
#include "LabController.h"
#include "LogPanel.h"
#include "MainWindow.h"
#include "PalettePanel.h"
#include "TopologyItems.h"
#include "TopologyScene.h"
#include "TopologyView.h"

namespace swarmlab {

namespace {
/// A menu that deletes itself when it closes, so that it can be shown with popup().
QMenu* transientMenu(QWidget* parent) {
  auto* menu = new QMenu(parent);
  menu->setAttribute(Qt::WA_DeleteOnClose);
  return menu;
}
}  // namespace

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
  connectActions();
}

void MainWindow::connectActions() {
  connect(actDeploy_, &QAction::triggered, this, [this] {
    const QString node = selectedNode();
    if (node.isEmpty()) return;
    auto* menu = transientMenu(this);
    fillDeployMenu(menu, node);
    menu->popup(view_->viewport()->mapToGlobal(view_->mapFromScene(scene_->nodeCenter(node))));
  });
  connect(actMigrate_, &QAction::triggered, this, [this] {
    const QString svc = selectedService();
    if (svc.isEmpty()) return;
    auto* menu = transientMenu(this);
    fillMigrateMenu(menu, svc);
    auto* chip = scene_->chipItem(svc);
    const QPointF c = chip ? chip->mapToScene(chip->boundingRect().center()) : QPointF();
    menu->popup(view_->viewport()->mapToGlobal(view_->mapFromScene(c)));
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
    logs_->showService(selectedService());
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
  connect(actScreenshot_, &QAction::triggered, this, &MainWindow::saveWindowPng);
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
  buildLanguageMenu(settings);
  auto* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About swarmlab"), this, [this] {
    QMessageBox::about(this, tr("About swarmlab"),
                       tr("<b>swarmlab %1</b><p>Orchestration lab for containerized IIoT "
                          "microservices: deploy and migrate services by drag and drop, watch "
                          "publish rate, display updates and lag live, replay the 2017 "
                          "experiment.</p>")
                           .arg(QCoreApplication::applicationVersion()));
  });
  buildToolBar();
}

void MainWindow::buildLanguageMenu(QMenu* settings) {
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
}

void MainWindow::buildToolBar() {
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
  const bool drains = model_->traits().nodeDownDrains;
  actDeploy_->setEnabled(!selectedNode().isEmpty());
  for (auto* a : {actMigrate_, actRestart_, actStop_, actScale_, actLogs_}) a->setEnabled(svc);
  actNodeDown_->setEnabled(node);
  actNodeUp_->setEnabled(node);
  actNodeDown_->setText(drains ? tr("&Drain node") : tr("Node &down (power off)"));
  actNodeUp_->setText(drains ? tr("&Activate node") : tr("Node &up (power on)"));
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
  auto* menu = transientMenu(this);
  for (const auto& n : model_->nodes()) {
    QString why;
    const bool ok = model_->canDeploy(templateName, n.name, &why);
    auto* a = menu->addAction(ok ? tr("Deploy %1 on %2").arg(templateName, n.name)
                                 : tr("%1 — %2").arg(n.name, why));
    a->setEnabled(ok);
    connect(a, &QAction::triggered, this,
            [this, templateName, node = n.name] { controller_->deploy(templateName, node); });
  }
  menu->popup(palette_->viewport()->mapToGlobal(
      palette_->visualItemRect(palette_->currentItem()).bottomLeft()));
}

void MainWindow::showContextMenu(QGraphicsItem* item, const QPoint& screenPos) {
  updateActions();
  auto* menu = transientMenu(this);
  if (item->type() == ChipItem::Type) {
    const QString svc = static_cast<ChipItem*>(item)->service();
    auto* migrate = menu->addMenu(QIcon(QStringLiteral(":/icons/migrate.svg")), tr("&Migrate to"));
    fillMigrateMenu(migrate, svc);
    for (auto* a : {actRestart_, actStop_, actScale_, actLogs_}) menu->addAction(a);
  } else if (item->type() == NodeItem::Type) {
    const QString node = static_cast<NodeItem*>(item)->node();
    auto* deploy = menu->addMenu(QIcon(QStringLiteral(":/icons/deploy.svg")), tr("&Deploy"));
    fillDeployMenu(deploy, node);
    menu->addAction(actNodeDown_);
    menu->addAction(actNodeUp_);
  }
  menu->popup(screenPos);
}

}  // namespace swarmlab
