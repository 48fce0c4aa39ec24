#include "LabFile.h"
namespace swarmlab {
LabLoadResult loadLabFile(const QString& path) { return {std::nullopt, {path + QStringLiteral(": not implemented yet")}}; }
LabLoadResult parseLab(const QByteArray&, const QString& s) { return {std::nullopt, {s + QStringLiteral(": not implemented yet")}}; }
std::optional<Layer> layerFromString(const QString&) { return std::nullopt; }
std::optional<UpdateOrder> updateOrderFromString(const QString&) { return std::nullopt; }
std::optional<RestartPolicy::Condition> restartConditionFromString(const QString&) { return std::nullopt; }
QString toString(RestartPolicy::Condition) { return {}; }
QStringList knownTemplateVariables() { return {}; }
QString expandVariables(const QString& s, const QMap<QString, QString>&, QStringList*) { return s; }
QStringList expandCommand(const ServiceTemplate& t, const QMap<QString, QString>&) { return t.command; }
QMap<QString, QString> expandEnvironment(const ServiceTemplate& t, const QMap<QString, QString>&) { return t.env; }
QString resourcesDir() { return {}; }
}  // namespace swarmlab
