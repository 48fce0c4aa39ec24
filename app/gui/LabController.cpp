#include "LabController.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include "GuiText.h"
#include "LabFileEdit.h"
#include "TopologyModel.h"
#include "TopologyScene.h"

namespace swarmlab {

LabController::LabController(TopologyModel* model, QObject* parent)
    : QObject(parent), model_(model) {
  expiry_.setInterval(1000);
  connect(&expiry_, &QTimer::timeout, model, &TopologyModel::expireCommands);
  expiry_.start();
}

void LabController::setOrchestrator(Orchestrator* o) {
  for (const auto& c : std::as_const(connections_)) disconnect(c);
  connections_.clear();
  orch_ = o;
  if (!o) return;
  model_->setTraits(o->traits());
  connections_ << connect(o, &Orchestrator::nodesChanged, model_, &TopologyModel::setNodes)
               << connect(o, &Orchestrator::servicesChanged, model_, &TopologyModel::setServices)
               << connect(o, &Orchestrator::taskChanged, model_, &TopologyModel::updateTask)
               << connect(o, &Orchestrator::commandIssued, model_, &TopologyModel::onCommandIssued)
               << connect(o, &Orchestrator::commandFinished, model_,
                          &TopologyModel::onCommandFinished)
               << connect(o, &Orchestrator::errorOccurred, this,
                          [this](const OrchestratorError& e) { emit message(e.toString()); });
}

void LabController::attachScene(TopologyScene* scene) {
  connect(scene, &TopologyScene::deployRequested, this, &LabController::deploy);
  connect(scene, &TopologyScene::migrateRequested, this, &LabController::migrate);
  connect(scene, &TopologyScene::nodeLayerRequested, this, &LabController::setNodeLayer);
  connect(scene, &TopologyScene::hostRequested, this, &LabController::hostLabNode);
  connect(scene, &TopologyScene::dropRefused, this, &LabController::refused);
}

bool LabController::ready(const QString& what) {
  if (orch_) return true;
  emit refused(tr("Cannot %1: no backend is connected").arg(what));
  return false;
}

QString LabController::newServiceName(const QString& templateName) const {
  if (!model_->service(templateName)) return templateName;
  for (int i = 2;; ++i) {
    const QString n = QStringLiteral("%1-%2").arg(templateName).arg(i);
    if (!model_->service(n)) return n;
  }
}

quint64 LabController::deploy(const QString& templateName, const QString& node) {
  QString why;
  if (!model_->canDeploy(templateName, node, &why)) {
    emit refused(why);
    return 0;
  }
  if (!ready(commandName(CommandKind::Deploy))) return 0;
  const auto* t = model_->lab().templ(templateName);
  const QString name = newServiceName(templateName);
  emit message(tr("deploy %1 on %2").arg(name, node));
  return orch_->deploy(*t, node, name);
}

quint64 LabController::migrate(const QString& service, const QString& node) {
  QString why;
  if (!model_->canMigrate(service, node, &why)) {
    emit refused(why);
    return 0;
  }
  if (!ready(commandName(CommandKind::Migrate))) return 0;
  const auto* s = model_->service(service);
  emit message(tr("migrate %1 from %2 to %3 (%4)").arg(service, s->node, node, toString(s->order)));
  return orch_->migrate(service, node, s->order);
}

quint64 LabController::restart(const QString& service) {
  const auto* s = model_->service(service);
  if (!s) {
    emit refused(tr("unknown service '%1'").arg(service));
    return 0;
  }
  if (!ready(commandName(CommandKind::Restart))) return 0;
  emit message(tr("restart %1").arg(service));
  return orch_->restart(service, s->order);
}

quint64 LabController::stop(const QString& service) {
  if (!model_->service(service)) {
    emit refused(tr("unknown service '%1'").arg(service));
    return 0;
  }
  if (!ready(commandName(CommandKind::Stop))) return 0;
  emit message(tr("stop %1").arg(service));
  return orch_->stop(service);
}

quint64 LabController::scale(const QString& service, int replicas) {
  if (!model_->service(service)) {
    emit refused(tr("unknown service '%1'").arg(service));
    return 0;
  }
  if (replicas < 0) {
    emit refused(tr("replicas must be 0 or more, not %1").arg(replicas));
    return 0;
  }
  if (!ready(commandName(CommandKind::Scale))) return 0;
  emit message(tr("scale %1 to %2").arg(service).arg(replicas));
  return orch_->scale(service, replicas);
}

quint64 LabController::setNodeDown(const QString& node) {
  if (!model_->node(node)) {
    emit refused(tr("unknown node '%1'").arg(node));
    return 0;
  }
  if (!ready(commandName(CommandKind::NodeDown))) return 0;
  emit message(tr("%1: %2").arg(node, commandName(CommandKind::NodeDown)));
  return orch_->setNodeDown(node);
}

quint64 LabController::setNodeUp(const QString& node) {
  if (!model_->node(node)) {
    emit refused(tr("unknown node '%1'").arg(node));
    return 0;
  }
  if (!ready(commandName(CommandKind::NodeUp))) return 0;
  emit message(tr("%1: %2").arg(node, commandName(CommandKind::NodeUp)));
  return orch_->setNodeUp(node);
}

quint64 LabController::setNodeLayer(const QString& node, Layer layer) {
  const NodeInfo* n = model_->node(node);
  if (!n) {
    emit refused(tr("unknown node '%1'").arg(node));
    return 0;
  }
  if (!ready(commandName(CommandKind::AssignNode))) return 0;
  if (!orch_->traits().machinesAssignable) {
    emit refused(tr("%1's layer comes from the lab file on this backend").arg(node));
    return 0;
  }
  emit message(tr("%1: %2 to the %3 layer")
                   .arg(node, commandName(CommandKind::AssignNode), layerName(layer)));
  return orch_->assignNode(n->id, n->name, layer);
}

quint64 LabController::hostLabNode(const QString& machine, const QString& labNode) {
  QString why;
  if (!model_->canHost(machine, labNode, &why)) {
    emit refused(why);
    return 0;
  }
  if (!ready(commandName(CommandKind::AssignNode))) return 0;
  emit message(tr("%1 to host %2").arg(model_->machineName(machine), labNode));
  return orch_->hostLabNode(model_->node(machine)->id, labNode);
}

bool LabController::addDevice(const QString& machine, const NodeSpec& node) {
  const NodeInfo* m = model_->node(machine);
  const QString path = model_->lab().sourcePath;
  QString why;
  if (!m || m->id.isEmpty()) {
    why = tr("unknown machine '%1'").arg(machine);
  } else if (!model_->traits().machinesAssignable) {
    why = tr("on this backend every lab node runs where the lab file puts it");
  } else if (path.isEmpty()) {
    why = tr("the lab was not opened from a file: there is no file to add %1 to").arg(node.name);
  } else if (!checkNewNodeName(model_->lab(), node.name, &why)) {
    why = tr("%1: %2").arg(path, why);
  } else {
    // The shipped labs stay as shipped: a lab of one's own is a copy of them.
    const QString shipped = QDir(resourcesDir()).canonicalPath();
    const QString file = QFileInfo(path).canonicalFilePath();
    if (!shipped.isEmpty() && file.startsWith(shipped + QLatin1Char('/')))
      why = tr("%1 is a lab shipped with swarmlab: copy it to a folder of your own, open the copy "
               "(Settings, lab file) and add %2 there")
                .arg(path, node.name);
  }
  if (!why.isEmpty()) {
    emit refused(why);
    return false;
  }
  emit message(tr("adding %1 to %2").arg(node.name, path));
  auto* watcher = new QFutureWatcher<LabLoadResult>(this);
  connect(watcher, &QFutureWatcher<LabLoadResult>::finished, this,
          [this, watcher, id = m->id, node] {
            watcher->deleteLater();
            deviceSaved(id, node, watcher->result());
          });
  watcher->setFuture(QtConcurrent::run(addNodeToLabFile, path, node));
  return true;
}

void LabController::deviceSaved(const QString& machineId, const NodeSpec& node,
                                const LabLoadResult& r) {
  if (!r.ok()) {
    emit refused(r.errors.join(QLatin1Char('\n')));
    return;
  }
  model_->addLabNode(node);
  emit labFileChanged(*r.lab);
  emit message(tr("%1: node %2 added").arg(r.lab->sourcePath, node.name));
  QString why;
  if (!orch_ || !orch_->addLabNode(node, &why)) {
    emit refused(
        orch_ ? why
              : tr("Cannot %1: no backend is connected").arg(commandName(CommandKind::AssignNode)));
    return;
  }
  orch_->hostLabNode(machineId, node.name);
}

}  // namespace swarmlab
