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

#include "AddDeviceDialog.h"
#include "ChartPanel.h"
#include "LabController.h"
#include "LogPanel.h"
#include "MainWindow.h"
#include "PalettePanel.h"
#include "RecordControl.h"
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
  // Texts come from retranslateActions(), again on every language change.
  auto make = [this](const QKeySequence& key, const QString& icon = {}) {
    auto* a = new QAction(this);
    if (!key.isEmpty()) a->setShortcut(key);
    if (!icon.isEmpty()) a->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    a->setShortcutContext(Qt::WindowShortcut);
    addAction(a);
    return a;
  };
  actDeploy_ = make(QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("deploy"));
  actMigrate_ = make(QKeySequence(Qt::CTRL | Qt::Key_M), QStringLiteral("migrate"));
  actRestart_ = make(QKeySequence(Qt::CTRL | Qt::Key_R), QStringLiteral("restart"));
  actStop_ = make(QKeySequence(Qt::Key_Delete), QStringLiteral("stop"));
  actScale_ = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
  actLogs_ = make(QKeySequence(Qt::CTRL | Qt::Key_L));
  actNodeDown_ = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), QStringLiteral("power"));
  actNodeUp_ = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
  actZoomIn_ = make(QKeySequence::ZoomIn, QStringLiteral("zoom-in"));
  actZoomOut_ = make(QKeySequence::ZoomOut, QStringLiteral("zoom-out"));
  actFit_ = make(QKeySequence(Qt::CTRL | Qt::Key_0), QStringLiteral("fit"));
  actPause_ = make(QKeySequence(Qt::CTRL | Qt::Key_P), QStringLiteral("pause"));
  actPause_->setCheckable(true);
  actSettings_ = make(QKeySequence::Preferences, QStringLiteral("settings"));
  actRestartLab_ = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
  actRefresh_ = make(QKeySequence::Refresh);
  actExportPng_ = make(QKeySequence(Qt::CTRL | Qt::Key_E));
  actScreenshot_ = make(QKeySequence());
  actQuit_ = make(QKeySequence::Quit);
  actAbout_ = new QAction(this);
  record_ = new RecordControl(model_, this);
  connectActions();
}

void MainWindow::retranslateActions() {
  actDeploy_->setText(tr("&Deploy on node…"));
  actDeploy_->setStatusTip(tr("Deploy a service template on the selected node"));
  actMigrate_->setText(tr("&Migrate to…"));
  actMigrate_->setStatusTip(tr("Move the selected service to another node"));
  actRestart_->setText(tr("&Restart"));
  actStop_->setText(tr("S&top"));
  actScale_->setText(tr("S&cale…"));
  actLogs_->setText(tr("Show &logs"));
  actZoomIn_->setText(tr("Zoom &in"));
  actZoomOut_->setText(tr("Zoom &out"));
  actFit_->setText(tr("&Fit topology"));
  actPause_->setText(tr("&Pause charts"));
  actSettings_->setText(tr("&Settings…"));
  actRestartLab_->setText(tr("Restart &lab"));
  actRefresh_->setText(tr("Re&fresh"));
  actExportPng_->setText(tr("Export charts as &PNG or SVG…"));
  actScreenshot_->setText(tr("Save &window as PNG…"));
  actQuit_->setText(tr("&Quit"));
  actAbout_->setText(tr("&About swarmlab"));
  fileMenu_->setTitle(tr("&File"));
  labMenu_->setTitle(tr("&Lab"));
  settingsMenu_->setTitle(tr("&Settings"));
  languageMenu_->setTitle(tr("&Language"));
  helpMenu_->setTitle(tr("&Help"));
  toolBar_->setWindowTitle(tr("Main"));
  for (auto* a : languageGroup_->actions())
    if (a->data().toString().isEmpty()) a->setText(tr("System"));
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
  fileMenu_ = menuBar()->addMenu(QString());
  fileMenu_->addAction(actExportPng_);
  fileMenu_->addAction(actScreenshot_);
  fileMenu_->addSeparator();
  fileMenu_->addAction(actQuit_);
  labMenu_ = menuBar()->addMenu(QString());
  for (auto* a : {actDeploy_, actMigrate_, actRestart_, actStop_, actScale_, actLogs_})
    labMenu_->addAction(a);
  labMenu_->addSeparator();
  labMenu_->addAction(actNodeDown_);
  labMenu_->addAction(actNodeUp_);
  labMenu_->addSeparator();
  labMenu_->addAction(record_->action());
  labMenu_->addSeparator();
  labMenu_->addAction(actRefresh_);
  labMenu_->addAction(actRestartLab_);
  viewMenu_->addSeparator();
  for (auto* a : {actZoomIn_, actZoomOut_, actFit_, actPause_}) viewMenu_->addAction(a);
  menuBar()->addMenu(viewMenu_);
  settingsMenu_ = menuBar()->addMenu(QString());
  settingsMenu_->addAction(actSettings_);
  buildLanguageMenu(settingsMenu_);
  helpMenu_ = menuBar()->addMenu(QString());
  helpMenu_->addAction(actAbout_);
  connect(actAbout_, &QAction::triggered, this, [this] {
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
  languageMenu_ = settings->addMenu(QString());
  languageGroup_ = new QActionGroup(this);
  // The languages' own names stay as they are in every language.
  const QList<QPair<QString, QString>> langs = {
      {QString(), QString()},
      {QStringLiteral("English"), QStringLiteral("en")},
      {QStringLiteral("Português"), QStringLiteral("pt")}};
  for (const auto& [name, code] : langs) {
    auto* a = languageMenu_->addAction(name);
    a->setCheckable(true);
    a->setChecked(code == settings_.language);
    a->setData(code);
    languageGroup_->addAction(a);
    connect(a, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
  }
}

void MainWindow::buildToolBar() {
  toolBar_ = addToolBar(QString());
  toolBar_->setObjectName(QStringLiteral("mainToolBar"));
  toolBar_->setToolButtonStyle(Qt::ToolButtonIconOnly);
  for (auto* a : {actZoomIn_, actZoomOut_, actFit_}) toolBar_->addAction(a);
  toolBar_->addSeparator();
  for (auto* a : {actDeploy_, actMigrate_, actRestart_, actStop_, actNodeDown_})
    toolBar_->addAction(a);
  toolBar_->addSeparator();
  toolBar_->addAction(record_->action());
  toolBar_->addSeparator();
  toolBar_->addAction(actPause_);
  toolBar_->addAction(actSettings_);
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

// A machine (Swarm node) can host lab nodes: the keyboard's way to what a drop on a card does,
// and a lab node of its own for a machine the lab file does not know yet (a new Pi).
void MainWindow::fillMachineMenu(QMenu* menu, const QString& node) {
  const NodeInfo* n = model_->node(node);
  if (!n || n->id.isEmpty()) return;
  menu->addSeparator();
  auto* host = menu->addMenu(tr("&Host lab node"));
  for (const auto& l : model_->nodes()) {
    if (!l.inLab) continue;
    QString why;
    const bool ok = model_->canHost(node, l.name, &why);
    auto* a = host->addAction(ok ? l.name : tr("%1 — %2").arg(l.name, why));
    a->setEnabled(ok);
    connect(a, &QAction::triggered, this,
            [this, node, lab = l.name] { controller_->hostLabNode(node, lab); });
  }
  if (n->inLab) return;
  auto* add = menu->addAction(tr("&Add as new device…"));
  connect(add, &QAction::triggered, this, [this, node, arch = n->arch] {
    auto* dialog = new AddDeviceDialog(model_->lab(), model_->machineName(node), arch, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, node] { controller_->addDevice(node, dialog->node()); });
    dialog->open();
  });
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
    if (model_->traits().machinesAssignable) fillMachineMenu(menu, node);
  }
  menu->popup(screenPos);
}

}  // namespace swarmlab
