// Translated names of the shared enums, for everything the console shows.
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include "LabTypes.h"
#include "Orchestrator.h"

namespace swarmlab {

QString layerName(Layer l);
QString nodeStateName(NodeState s);
QString taskStateName(TaskState s);
QString commandName(CommandKind k);  ///< "deploy", "migrate", ... (translated)
/// "deployed in %1 ms", "migrated in %1 ms", ... (translated, %1 = duration)
QString commandDoneText(CommandKind k);
/// "deploying", "migrating", ... (translated)
QString commandRunningText(CommandKind k);
QColor nodeStateColor(NodeState s);
/// The icon of a template kind (publisher, subscriber, redis, webdis; else a generic service).
QIcon templateIcon(const QString& kind);
/// Natural order for names with numbers: "pi2" before "pi10" (lists of a classroom's devices).
bool naturalLess(const QString& a, const QString& b);

}  // namespace swarmlab
