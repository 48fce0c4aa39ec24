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

/// Creates dir if needed and writes metrics.csv, events.csv and summary.csv atomically.
bool exportRun(const RunData& run, const QList<Measure>& summary, const QString& dir,
               QString* error = nullptr);
/// Reads an exported run back (metrics.csv and events.csv; summary.csv is not needed:
/// computeSummary gives it again).
std::optional<RunData> importRun(const QString& dir, QString* error = nullptr);
/// Reads summary.csv as written by exportRun.
std::optional<QList<Measure>> importSummary(const QString& dir, QString* error = nullptr);

}  // namespace swarmlab
