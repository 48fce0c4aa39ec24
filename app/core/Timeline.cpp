#include "Timeline.h"
namespace swarmlab {
TimelineLoadResult loadTimelineFile(const QString& path) { return {std::nullopt, {path + QStringLiteral(": not implemented yet")}}; }
TimelineLoadResult parseTimeline(const QByteArray&, const QString& s) { return {std::nullopt, {s + QStringLiteral(": not implemented yet")}}; }
std::optional<CommandKind> commandKindFromString(const QString&) { return std::nullopt; }
QStringList checkTimelineAgainstLab(const Timeline&, const Lab&) { return {}; }
bool canPlace(const ServiceTemplate&, const NodeSpec&, QString*) { return true; }
}  // namespace swarmlab
