#include "CsvExport.h"
namespace swarmlab {
QString CsvTable::value(int row, const QString& name) const {
  int c = column(name);
  if (row < 0 || row >= rows.size() || c < 0 || c >= rows[row].size()) return {};
  return rows[row][c];
}
QString csvField(const QString& s) { return s; }
QString csvRecord(const QStringList& f) { return f.join(QLatin1Char(',')) + QStringLiteral("\r\n"); }
std::optional<CsvTable> parseCsv(const QByteArray&, QString* e) { if (e) *e = QStringLiteral("not implemented yet"); return std::nullopt; }
std::optional<CsvTable> readCsv(const QString&, QString* e) { if (e) *e = QStringLiteral("not implemented yet"); return std::nullopt; }
bool writeCsv(const QString&, const QStringList&, const QList<QStringList>&, QString* e) { if (e) *e = QStringLiteral("not implemented yet"); return false; }
bool exportRun(const RunData&, const QList<Measure>&, const QString&, QString* e) { if (e) *e = QStringLiteral("not implemented yet"); return false; }
std::optional<RunData> importRun(const QString&, QString* e) { if (e) *e = QStringLiteral("not implemented yet"); return std::nullopt; }
std::optional<QList<Measure>> importSummary(const QString&, QString* e) { if (e) *e = QStringLiteral("not implemented yet"); return std::nullopt; }
}  // namespace swarmlab
