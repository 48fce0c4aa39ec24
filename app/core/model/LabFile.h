// Lab files: loading, validation and the variables of service templates.
// Format: docs/labfiles.md and resources/schema/lab.schema.json (kept in sync by hand).
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

#include "LabTypes.h"

namespace swarmlab {

/// Files larger than this are refused before parsing.
inline constexpr qint64 kMaxLabFileBytes = 1024 * 1024;

/// Result of loading a lab: a lab, or every problem found (never just the first).
/// Each error reads "<file>: <json path>: expected <what>, got <what>".
struct LabLoadResult {
  std::optional<Lab> lab;
  QStringList errors;
  bool ok() const { return lab.has_value() && errors.isEmpty(); }
};

LabLoadResult loadLabFile(const QString& path);
LabLoadResult parseLab(const QByteArray& json, const QString& sourceName);

// Names as written in lab and timeline files. fromString returns nullopt for unknown names.
std::optional<Layer> layerFromString(const QString& s);
std::optional<UpdateOrder> updateOrderFromString(const QString& s);  ///< "stop-first"/"start-first"
std::optional<RestartPolicy::Condition> restartConditionFromString(
    const QString& s);  ///< none/on-failure/any
QString toString(RestartPolicy::Condition c);

/// Variables a template's command and environment may use, as ${name}:
/// bin, redis_url, redis_host, redis_port, node, instance, service, lab_dir.
QStringList knownTemplateVariables();

/// Replaces each ${name} with vars[name]. Names not in vars are left as is and, if
/// `unknown` is given, appended to it.
QString expandVariables(const QString& s, const QMap<QString, QString>& vars,
                        QStringList* unknown = nullptr);
/// The template's command and environment with variables expanded.
QStringList expandCommand(const ServiceTemplate& t, const QMap<QString, QString>& vars);
QMap<QString, QString> expandEnvironment(const ServiceTemplate& t,
                                         const QMap<QString, QString>& vars);

/// Where the shipped resources (labs/, experiments/, schema/) are: $SWARMLAB_RESOURCES_DIR,
/// else <app dir>/../share/swarmlab, else the source tree's resources/. Empty if none exists.
QString resourcesDir();

}  // namespace swarmlab
