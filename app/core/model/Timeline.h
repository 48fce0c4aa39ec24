// Experiment timelines: a duration and timed orchestrator commands.
// Format: docs/labfiles.md and resources/schema/timeline.schema.json.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "LabTypes.h"
#include "Orchestrator.h"

namespace swarmlab {

inline constexpr qint64 kMaxTimelineFileBytes = 1024 * 1024;

/// One timed command. Which fields matter depends on the action:
///   deploy: templateName, node, service (filled with a free default name when absent)
///   migrate: service, node, order;  restart: service, order;  stop: service
///   scale: service, replicas;  node_down / node_up: node
struct TimelineStep {
  double atS = 0;  ///< seconds after the start of the run
  CommandKind action = CommandKind::Deploy;
  QString service;
  QString templateName;
  QString node;
  int replicas = 1;
  /// migrate/restart: the step's "order", else the timeline's "order", else unset (the
  /// template's default applies).
  std::optional<UpdateOrder> order;
};

/// A loaded timeline. labPath is resolved against the timeline file's folder when relative.
struct Timeline {
  QString name;
  QString description;
  QString labPath;
  double durationS = 0;
  QList<TimelineStep> steps;  ///< sorted by atS as in the file (out of order is an error)
  QString sourcePath;
};

struct TimelineLoadResult {
  std::optional<Timeline> timeline;
  QStringList errors;  ///< "<file>: <json path>: expected <what>, got <what>"
  bool ok() const { return timeline.has_value() && errors.isEmpty(); }
};

TimelineLoadResult loadTimelineFile(const QString& path);
TimelineLoadResult parseTimeline(const QByteArray& json, const QString& sourceName);

std::optional<CommandKind> commandKindFromString(const QString& s);  ///< "deploy", "node_down", ...

/// The timeline as a timeline file (only the fields each action takes; "lab" as given).
QByteArray timelineToJson(const Timeline& timeline);
/// Writes a timeline file atomically; "lab" is written relative to the file's folder when
/// labPath is absolute (so the console can save what was done by hand and replay it).
bool saveTimelineFile(const Timeline& timeline, const QString& path, QString* error = nullptr);

/// Checks a timeline against a lab by replaying it: unknown node/template/service, placement
/// breaking layer/arch/capability rules, migrate/restart/stop of a service not deployed at that
/// time, deploy of a name already in use, ... Empty when fine. Same message format as loading.
QStringList checkTimelineAgainstLab(const Timeline& timeline, const Lab& lab);

/// Whether a template may run on a node: layer, arch and needed capabilities. When not,
/// `why` (if given) gets a one-line reason such as "subscriber needs capability display, pi3 has
/// none".
bool canPlace(const ServiceTemplate& t, const NodeSpec& node, QString* why = nullptr);

}  // namespace swarmlab
