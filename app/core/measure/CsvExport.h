// RFC 4180 CSV: a writer and a reader, and a run's export to / import from a folder
// (metrics.csv, events.csv, summary.csv; columns in docs/labfiles.md).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "Measurements.h"
#include "RunData.h"

namespace swarmlab {

/// A CSV file read back: the header row and the data rows.
struct CsvTable {
  QStringList header;
  QList<QStringList> rows;
  QList<int> rowLines;  ///< line (1-based) where each row starts, for error messages
  int column(const QString& name) const { return header.indexOf(name); }
  /// Cell of a row by column name; empty when the column or cell is missing.
  QString value(int row, const QString& name) const;
};

/// One field, quoted when it holds a comma, quote, CR or LF (quotes doubled).
QString csvField(const QString& s);
/// One record with its CRLF terminator.
QString csvRecord(const QStringList& fields);
/// Parses RFC 4180 (CRLF or LF line ends, quoted fields with embedded newlines).
/// The first record is the header. nullopt + error on an unterminated quote or a stray quote.
std::optional<CsvTable> parseCsv(const QByteArray& data, QString* error = nullptr);
std::optional<CsvTable> readCsv(const QString& path, QString* error = nullptr);
/// Writes atomically (QSaveFile). error gets "<path>: <reason>".
bool writeCsv(const QString& path, const QStringList& header, const QList<QStringList>& rows,
              QString* error = nullptr);

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
