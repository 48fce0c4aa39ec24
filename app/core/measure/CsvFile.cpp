#include "CsvFile.h"

#include <QFile>
#include <QSaveFile>
#include <QStringDecoder>

namespace swarmlab {

namespace {

/// RFC 4180 records of a text, one character at a time; the first problem stops it.
class CsvParser {
 public:
  explicit CsvParser(const QString& text) : text_(text) {}

  bool parse(QString* error) {
    const qsizetype n = text_.size();
    for (i_ = 0; i_ < n; ++i_) {
      if (!(inQuotes_ ? quoted(error) : plain(error))) return false;
    }
    if (inQuotes_) {
      if (error)
        *error = QStringLiteral("line %1: expected a closing quote, got the end of the file")
                     .arg(recLine_);
      return false;
    }
    endRecord();
    return true;
  }
  QList<QStringList> records;
  QList<int> lines;  ///< where each record starts

 private:
  QChar next() const { return i_ + 1 < text_.size() ? text_[i_ + 1] : QChar(); }

  bool quoted(QString* error) {
    const QChar c = text_[i_];
    if (c != QLatin1Char('"')) {
      if (c == QLatin1Char('\n')) ++line_;
      field_ += c;
      return true;
    }
    if (next() == QLatin1Char('"')) {  // a doubled quote
      field_ += QLatin1Char('"');
      ++i_;
      return true;
    }
    inQuotes_ = false;
    if (i_ + 1 >= text_.size()) return true;
    const QChar after = text_[i_ + 1];
    if (after == QLatin1Char(',') || after == QLatin1Char('\r') || after == QLatin1Char('\n'))
      return true;
    if (error)
      *error = QStringLiteral(
                   "line %1: expected a comma or a line end after a closing quote, "
                   "got '%2'")
                   .arg(line_)
                   .arg(after);
    return false;
  }

  bool plain(QString* error) {
    const QChar c = text_[i_];
    if (c == QLatin1Char('"')) {
      if (fieldStarted_) {
        if (error)
          *error =
              QStringLiteral("line %1: expected quotes only around a whole field, got a stray '\"'")
                  .arg(line_);
        return false;
      }
      inQuotes_ = wasQuoted_ = fieldStarted_ = true;
    } else if (c == QLatin1Char(',')) {
      if (rec_.isEmpty() && !fieldStarted_ && field_.isEmpty()) recLine_ = line_;
      endField();
    } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
      if (c == QLatin1Char('\r') && next() == QLatin1Char('\n')) ++i_;
      endRecord();
      ++line_;
      recLine_ = line_;
    } else {
      if (!fieldStarted_ && rec_.isEmpty() && field_.isEmpty()) recLine_ = line_;
      field_ += c;
      fieldStarted_ = true;
    }
    return true;
  }

  void endField() {
    rec_ << field_;
    field_.clear();
    wasQuoted_ = false;
    fieldStarted_ = false;
  }

  void endRecord() {
    // A line with nothing on it is skipped (no field, no quotes).
    if (!(rec_.isEmpty() && field_.isEmpty() && !wasQuoted_)) {
      endField();
      records << rec_;
      lines << recLine_;
    }
    rec_.clear();
    field_.clear();
    wasQuoted_ = false;
    fieldStarted_ = false;
  }

  const QString& text_;
  qsizetype i_ = 0;
  QStringList rec_;
  QString field_;
  int line_ = 1, recLine_ = 1;
  bool inQuotes_ = false, wasQuoted_ = false, fieldStarted_ = false;
};

}  // namespace

QString CsvTable::value(int row, const QString& name) const {
  const int c = column(name);
  if (row < 0 || row >= rows.size() || c < 0 || c >= rows[row].size()) return {};
  return rows[row][c];
}

QString csvField(const QString& s) {
  if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
      !s.contains(QLatin1Char('\r')) && !s.contains(QLatin1Char('\n')))
    return s;
  QString q = s;
  q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
  return QLatin1Char('"') + q + QLatin1Char('"');
}

QString csvRecord(const QStringList& fields) {
  QString out;
  for (int i = 0; i < fields.size(); ++i) {
    if (i) out += QLatin1Char(',');
    out += csvField(fields[i]);
  }
  return out + QStringLiteral("\r\n");
}

std::optional<CsvTable> parseCsv(const QByteArray& data, QString* error) {
  QStringDecoder dec(QStringDecoder::Utf8);
  QString text = dec(data);
  if (dec.hasError()) {
    if (error) *error = QStringLiteral("expected UTF-8 text, got invalid bytes");
    return std::nullopt;
  }
  if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
  CsvParser p(text);
  if (!p.parse(error)) return std::nullopt;
  if (p.records.isEmpty()) {
    if (error) *error = QStringLiteral("expected a header row, got an empty file");
    return std::nullopt;
  }
  CsvTable t;
  t.header = p.records.takeFirst();
  p.lines.removeFirst();
  for (int i = 0; i < p.records.size(); ++i) {
    if (p.records[i].size() == t.header.size()) continue;
    if (error)
      *error = QStringLiteral("line %1: expected %2 fields as the header, got %3")
                   .arg(p.lines[i])
                   .arg(t.header.size())
                   .arg(p.records[i].size());
    return std::nullopt;
  }
  t.rows = p.records;
  t.rowLines = p.lines;
  return t;
}

std::optional<CsvTable> readCsv(const QString& path, QString* error, bool dropTornTail) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    if (error) *error = QStringLiteral("%1: cannot read: %2").arg(path, f.errorString());
    return std::nullopt;
  }
  QByteArray data = f.readAll();
  if (dropTornTail && !data.isEmpty() && !data.endsWith('\n'))
    data.truncate(data.lastIndexOf('\n') + 1);
  QString e;
  auto t = parseCsv(data, &e);
  if (!t && error) *error = QStringLiteral("%1: %2").arg(path, e);
  return t;
}

bool writeCsv(const QString& path, const QStringList& header, const QList<QStringList>& rows,
              QString* error) {
  QSaveFile f(path);
  if (!f.open(QIODevice::WriteOnly)) {
    if (error) *error = QStringLiteral("%1: cannot write: %2").arg(path, f.errorString());
    return false;
  }
  QString out = csvRecord(header);
  for (const auto& r : rows) out += csvRecord(r);
  const QByteArray bytes = out.toUtf8();
  if (f.write(bytes) != bytes.size() || !f.commit()) {
    if (error) *error = QStringLiteral("%1: cannot write: %2").arg(path, f.errorString());
    return false;
  }
  return true;
}

}  // namespace swarmlab
