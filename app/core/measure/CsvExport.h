// A run's export to / import from a folder
// (metrics.csv, events.csv, summary.csv; columns in docs/labfiles.md).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "CsvFile.h"
#include "Measurements.h"
#include "RunData.h"

namespace swarmlab {

/// Lab microseconds as seconds with 6 decimals ("1700000000.000123"), exactly; and back.
QString formatLabSeconds(qint64 us);
std::optional<qint64> parseLabSeconds(const QString& s);

/// The rows of metrics.csv and events.csv one at a time (RunJournal appends them as they come;
/// exportRun writes them sorted). Columns: docs/labfiles.md.
namespace runcsv {
const QStringList& metricsHeader();
const QStringList& eventsHeader();
QStringList metricRow(const MetricSample& m);
QStringList startRow(const RunData& run);
/// "end", with {"interrupted":true} in detail when run.interrupted.
QStringList endRow(const RunData& run);
QStringList commandRow(const CommandRecord& c);
QStringList taskRow(const TaskRecord& t);
QStringList agentEventRow(const AgentEvent& e);
/// A run from a metrics file and an events file of those columns. journal: a torn last record
/// is ignored. A command's later row replaces its earlier one (same id). Without an end row the
/// run is interrupted and ends at the latest time it holds. Errors name the file and line.
std::optional<RunData> readRunFiles(const QString& metricsPath, const QString& eventsPath,
                                    bool journal, QString* error = nullptr);
}  // namespace runcsv

/// Creates dir if needed and writes metrics.csv, events.csv and summary.csv atomically: all
/// three in a temporary folder inside dir, then each moved into place (summary.csv last). On
/// any failure the folder is left as it was and error names the file and the reason.
bool exportRun(const RunData& run, const QList<Measure>& summary, const QString& dir,
               QString* error = nullptr);
/// Reads an exported run back (metrics.csv and events.csv; summary.csv is not needed:
/// computeSummary gives it again).
std::optional<RunData> importRun(const QString& dir, QString* error = nullptr);
/// Reads summary.csv as written by exportRun.
std::optional<QList<Measure>> importSummary(const QString& dir, QString* error = nullptr);

}  // namespace swarmlab
