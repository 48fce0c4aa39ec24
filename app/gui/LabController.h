// Connects one Orchestrator to the console: its signals fill the TopologyModel, the scene's
// drop requests and the context-menu/keyboard actions become orchestrator commands.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

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

 signals:
  /// One line for the event log and the status bar (already translated).
  void message(const QString& text);
  void refused(const QString& why);

 private:
  bool ready(const QString& what);
  TopologyModel* model_;
  QPointer<Orchestrator> orch_;
  QList<QMetaObject::Connection> connections_;
  QTimer expiry_;
};

}  // namespace swarmlab
