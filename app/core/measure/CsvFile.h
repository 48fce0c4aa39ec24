// RFC 4180 CSV files: a writer and a strict reader.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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
/// dropTornTail: a last record without its line end (a writer killed mid-write) is ignored.
std::optional<CsvTable> readCsv(const QString& path, QString* error = nullptr,
                                bool dropTornTail = false);
/// Writes atomically (QSaveFile). error gets "<path>: <reason>".
bool writeCsv(const QString& path, const QStringList& header, const QList<QStringList>& rows,
              QString* error = nullptr);

}  // namespace swarmlab
