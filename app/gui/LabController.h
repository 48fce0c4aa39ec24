// Connects one Orchestrator to the console: its signals fill the TopologyModel, the scene's
// drop requests and the context-menu/keyboard actions become orchestrator commands.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include "LabFile.h"
#include "LabTypes.h"
#include "Orchestrator.h"

namespace swarmlab {

class TopologyModel;
class TopologyScene;

class LabController : public QObject {
  Q_OBJECT
 public:
  LabController(TopologyModel* model, QObject* parent = nullptr);
  /// Use this orchestrator (not owned); nullptr detaches.
  void setOrchestrator(Orchestrator* orchestrator);
  Orchestrator* orchestrator() const { return orch_; }
  void attachScene(TopologyScene* scene);

  /// A service name for a new deploy of this template ("subscriber", "subscriber-2", ...).
  QString newServiceName(const QString& templateName) const;

 public slots:
  quint64 deploy(const QString& templateName, const QString& node);
  quint64 migrate(const QString& service, const QString& node);
  quint64 restart(const QString& service);
  quint64 stop(const QString& service);
  quint64 scale(const QString& service, int replicas);
  quint64 setNodeDown(const QString& node);
  quint64 setNodeUp(const QString& node);
  /// Puts a machine in a layer (Swarm: its node labels); refused when the backend takes the
  /// layers from the lab file.
  quint64 setNodeLayer(const QString& node, swarmlab::Layer layer);
  /// Makes the machine shown as card `machine` host lab node `labNode` too (Swarm: its node
  /// labels); refused, with the reason, when TopologyModel::canHost says no.
  quint64 hostLabNode(const QString& machine, const QString& labNode);
  /// Adds `node` to the lab file for the machine shown as card `machine` (a new Pi) and makes
  /// that machine host it. The file is written off the GUI thread; labFileChanged() follows,
  /// or refused() with the error naming the file. false when refused at once.
  bool addDevice(const QString& machine, const swarmlab::NodeSpec& node);

 signals:
  /// One line for the event log and the status bar (already translated).
  void message(const QString& text);
  void refused(const QString& why);
  /// The lab file was rewritten with one more node: `lab` is the file as written.
  void labFileChanged(const swarmlab::Lab& lab);

 private:
  bool ready(const QString& what);
  void deviceSaved(const QString& machineId, const NodeSpec& node, const LabLoadResult& r);
  TopologyModel* model_;
  QPointer<Orchestrator> orch_;
  QList<QMetaObject::Connection> connections_;
  QTimer expiry_;
};

}  // namespace swarmlab
