#include "GuiText.h"

#include <QCollator>
#include <QCoreApplication>

#include "WireNames.h"

namespace swarmlab {

QString layerName(Layer l) {
  switch (l) {
    case Layer::Enterprise:
      return QCoreApplication::translate("swarmlab", "Enterprise");
    case Layer::Mediation:
      return QCoreApplication::translate("swarmlab", "Mediation");
    case Layer::Sensing:
      return QCoreApplication::translate("swarmlab", "Sensing");
    case Layer::Unassigned:
      return QCoreApplication::translate("swarmlab", "Unassigned");
  }
  return {};
}

QString nodeStateName(NodeState s) {
  switch (s) {
    case NodeState::Ready:
      return QCoreApplication::translate("swarmlab", "Ready");
    case NodeState::Down:
      return QCoreApplication::translate("swarmlab", "Down");
    case NodeState::Drain:
      return QCoreApplication::translate("swarmlab", "Drain");
    case NodeState::Unknown:
      return QCoreApplication::translate("swarmlab", "Unknown");
  }
  return {};
}

QString taskStateName(TaskState s) {
  switch (s) {
    case TaskState::Pending:
      return QCoreApplication::translate("swarmlab", "pending");
    case TaskState::Starting:
      return QCoreApplication::translate("swarmlab", "starting");
    case TaskState::Running:
      return QCoreApplication::translate("swarmlab", "running");
    case TaskState::Stopping:
      return QCoreApplication::translate("swarmlab", "stopping");
    case TaskState::Stopped:
      return QCoreApplication::translate("swarmlab", "stopped");
    case TaskState::Failed:
      return QCoreApplication::translate("swarmlab", "failed");
    case TaskState::Rejected:
      return QCoreApplication::translate("swarmlab", "rejected");
  }
  return {};
}

QString commandName(CommandKind k) {
  switch (k) {
    case CommandKind::Deploy:
      return QCoreApplication::translate("swarmlab", "deploy");
    case CommandKind::Migrate:
      return QCoreApplication::translate("swarmlab", "migrate");
    case CommandKind::Restart:
      return QCoreApplication::translate("swarmlab", "restart");
    case CommandKind::Stop:
      return QCoreApplication::translate("swarmlab", "stop");
    case CommandKind::Scale:
      return QCoreApplication::translate("swarmlab", "scale");
    case CommandKind::NodeDown:
      return QCoreApplication::translate("swarmlab", "node down");
    case CommandKind::NodeUp:
      return QCoreApplication::translate("swarmlab", "node up");
    case CommandKind::AssignNode:
      return QCoreApplication::translate("swarmlab", "assign");
  }
  return {};
}

QString commandDoneText(CommandKind k) {
  switch (k) {
    case CommandKind::Deploy:
      return QCoreApplication::translate("swarmlab", "deployed in %1 ms");
    case CommandKind::Migrate:
      return QCoreApplication::translate("swarmlab", "migrated in %1 ms");
    case CommandKind::Restart:
      return QCoreApplication::translate("swarmlab", "restarted in %1 ms");
    case CommandKind::Stop:
      return QCoreApplication::translate("swarmlab", "stopped in %1 ms");
    case CommandKind::Scale:
      return QCoreApplication::translate("swarmlab", "scaled in %1 ms");
    case CommandKind::NodeDown:
      return QCoreApplication::translate("swarmlab", "node down in %1 ms");
    case CommandKind::NodeUp:
      return QCoreApplication::translate("swarmlab", "node up in %1 ms");
    case CommandKind::AssignNode:
      return QCoreApplication::translate("swarmlab", "assigned in %1 ms");
  }
  return {};
}

QString commandRunningText(CommandKind k) {
  switch (k) {
    case CommandKind::Deploy:
      return QCoreApplication::translate("swarmlab", "deploying");
    case CommandKind::Migrate:
      return QCoreApplication::translate("swarmlab", "migrating");
    case CommandKind::Restart:
      return QCoreApplication::translate("swarmlab", "restarting");
    case CommandKind::Stop:
      return QCoreApplication::translate("swarmlab", "stopping");
    case CommandKind::Scale:
      return QCoreApplication::translate("swarmlab", "scaling");
    case CommandKind::NodeDown:
      return QCoreApplication::translate("swarmlab", "powering off");
    case CommandKind::NodeUp:
      return QCoreApplication::translate("swarmlab", "powering on");
    case CommandKind::AssignNode:
      return QCoreApplication::translate("swarmlab", "assigning");
  }
  return {};
}

QColor nodeStateColor(NodeState s) {
  switch (s) {
    case NodeState::Ready:
      return QColor(0x2e, 0x7d, 0x32);
    case NodeState::Down:
      return QColor(0xc6, 0x28, 0x28);
    case NodeState::Drain:
      return QColor(0xef, 0x6c, 0x00);
    case NodeState::Unknown:
      return QColor(0x75, 0x75, 0x75);
  }
  return Qt::gray;
}

QIcon templateIcon(const QString& kind) {
  // Agent kinds are wire words; redis and webdis are the shipped labs' template kinds.
  static const QStringList known = {wirenames::kPublisher, wirenames::kSubscriber,
                                    QStringLiteral("redis"), QStringLiteral("webdis")};
  return QIcon(QStringLiteral(":/icons/%1.svg")
                   .arg(known.contains(kind) ? kind : QStringLiteral("service")));
}

bool naturalLess(const QString& a, const QString& b) {
  // Not the C locale, whose collator ignores numeric mode (the tests and many lab PCs run in it).
  static const QCollator natural = [] {
    QCollator c{QLocale(QLocale::English)};
    c.setNumericMode(true);
    return c;
  }();
  return natural.compare(a, b) < 0;
}

}  // namespace swarmlab
