#include "CsvExport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringDecoder>
#include <algorithm>
#include <cmath>

#include "LabFile.h"
#include "Timeline.h"

namespace swarmlab {

namespace {

const QStringList kMetricsHeader = {QStringLiteral("lab_second"), QStringLiteral("instance"),
                                    QStringLiteral("node"),       QStringLiteral("kind"),
                                    QStringLiteral("count"),      QStringLiteral("failed"),
                                    QStringLiteral("lag_p50_ms"), QStringLiteral("lag_p99_ms"),
                                    QStringLiteral("lag_max_ms"), QStringLiteral("lost")};
const QStringList kEventsHeader = {QStringLiteral("t_s"),
                                   QStringLiteral("source"),
                                   QStringLiteral("instance"),
                                   QStringLiteral("node"),
                                   QStringLiteral("event"),
                                   QStringLiteral("detail"),
                                   QStringLiteral("last_update_t_s")};
const QStringList kSummaryHeader = {QStringLiteral("measure"), QStringLiteral("value"),
                                    QStringLiteral("unit"), QStringLiteral("paper_value"),
                                    QStringLiteral("detail")};

const QString kSrcRun = QStringLiteral("run");
const QString kSrcCommand = QStringLiteral("command");
const QString kSrcTask = QStringLiteral("task");

/// Microseconds as milliseconds with 3 decimals, exactly.
QString formatMs(qint64 us) {
  const bool neg = us < 0;
  const quint64 a = neg ? quint64(-(us + 1)) + 1 : quint64(us);
  return QStringLiteral("%1%2.%3")
      .arg(neg ? QStringLiteral("-") : QString())
      .arg(a / 1000)
      .arg(a % 1000, 3, 10, QLatin1Char('0'));
}

/// "<int>[.<up to `decimals` digits>]" scaled by 10^decimals, exactly.
std::optional<qint64> parseFixed(const QString& s, int decimals) {
  QString t = s.trimmed();
  if (t.isEmpty()) return std::nullopt;
  bool neg = false;
  if (t.startsWith(QLatin1Char('-'))) {
    neg = true;
    t = t.mid(1);
  }
  const QString ip = t.section(QLatin1Char('.'), 0, 0);
  QString fp = t.contains(QLatin1Char('.')) ? t.section(QLatin1Char('.'), 1) : QString();
  if (ip.isEmpty() || fp.size() > decimals) return std::nullopt;
  for (QChar c : ip + fp)
    if (!c.isDigit()) return std::nullopt;
  fp = fp.leftJustified(decimals, QLatin1Char('0'));
  bool ok1 = true, ok2 = true;
  qint64 scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const qint64 i = ip.toLongLong(&ok1);
  const qint64 f = decimals ? fp.toLongLong(&ok2) : 0;
  if (!ok1 || !ok2) return std::nullopt;
  qint64 v = 0;
  if (__builtin_mul_overflow(i, scale, &v) || __builtin_add_overflow(v, f, &v)) return std::nullopt;
  return neg ? -v : v;
}

QString jsonDetail(const QJsonObject& o) {
  return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString fmtDouble(double v) {
  if (!std::isfinite(v)) return {};
  return QString::number(v, 'g', 15);
}

/// Reads the rows of a table with typed, strict access; the first problem stops the import.
class Reader {
 public:
  Reader(const CsvTable& t, QString file) : t_(t), file_(std::move(file)) {}
  bool need(const QStringList& cols, QString* error) const {
    for (const auto& c : cols)
      if (t_.column(c) < 0) {
        if (error)
          *error = QStringLiteral("%1: line 1: expected a column %2, got header %3")
                       .arg(file_, c, t_.header.join(QLatin1Char(',')));
        return false;
      }
    return true;
  }
  QString str(int r, const QString& c) const { return t_.value(r, c); }
  /// Integer cell; empty gives `empty` when allowed.
  bool integer(int r, const QString& c, qint64* out, QString* error, bool allowEmpty = true) const {
    const QString v = str(r, c);
    if (v.isEmpty() && allowEmpty) {
      *out = 0;
      return true;
    }
    auto p = parseFixed(v, 0);
    if (!p) return fail(r, c, QStringLiteral("an integer"), v, error);
    *out = *p;
    return true;
  }
  bool fixed(int r, const QString& c, int decimals, qint64* out, QString* error,
             bool allowEmpty = true) const {
    const QString v = str(r, c);
    if (v.isEmpty() && allowEmpty) {
      *out = 0;
      return true;
    }
    auto p = parseFixed(v, decimals);
    if (!p)
      return fail(r, c, QStringLiteral("a number with at most %1 decimals").arg(decimals), v,
                  error);
    *out = *p;
    return true;
  }
  bool fail(int r, const QString& c, const QString& expected, const QString& got,
            QString* error) const {
    if (error)
      *error = QStringLiteral("%1: line %2: column %3: expected %4, got \"%5\"")
                   .arg(file_)
                   .arg(r < t_.rowLines.size() ? t_.rowLines[r] : r + 2)
                   .arg(c, expected, got);
    return false;
  }

 private:
  const CsvTable& t_;
  QString file_;
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
  CsvTable t;
  QList<QStringList> records;
  QList<int> lines;
  QStringList rec;
  QString field;
  int line = 1, recLine = 1;
  bool inQuotes = false, wasQuoted = false, fieldStarted = false;
  const auto endField = [&] {
    rec << field;
    field.clear();
    wasQuoted = false;
    fieldStarted = false;
  };
  const auto endRecord = [&] {
    // A line with nothing on it is skipped (no field, no quotes).
    if (!(rec.isEmpty() && field.isEmpty() && !wasQuoted)) {
      endField();
      records << rec;
      lines << recLine;
    }
    rec.clear();
    field.clear();
    wasQuoted = false;
    fieldStarted = false;
  };
  const qsizetype n = text.size();
  for (qsizetype i = 0; i < n; ++i) {
    const QChar c = text[i];
    if (inQuotes) {
      if (c == QLatin1Char('"')) {
        if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
          field += QLatin1Char('"');
          ++i;
        } else {
          inQuotes = false;
          if (i + 1 < n && text[i + 1] != QLatin1Char(',') && text[i + 1] != QLatin1Char('\r') &&
              text[i + 1] != QLatin1Char('\n')) {
            if (error)
              *error =
                  QStringLiteral(
                      "line %1: expected a comma or a line end after a closing quote, got '%2'")
                      .arg(line)
                      .arg(text[i + 1]);
            return std::nullopt;
          }
        }
      } else {
        if (c == QLatin1Char('\n')) ++line;
        field += c;
      }
      continue;
    }
    if (c == QLatin1Char('"')) {
      if (fieldStarted) {
        if (error)
          *error =
              QStringLiteral("line %1: expected quotes only around a whole field, got a stray '\"'")
                  .arg(line);
        return std::nullopt;
      }
      inQuotes = true;
      wasQuoted = true;
      fieldStarted = true;
    } else if (c == QLatin1Char(',')) {
      if (rec.isEmpty() && !fieldStarted && field.isEmpty()) recLine = line;
      endField();
    } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
      if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n')) ++i;
      endRecord();
      ++line;
      recLine = line;
    } else {
      if (!fieldStarted && rec.isEmpty() && field.isEmpty()) recLine = line;
      field += c;
      fieldStarted = true;
    }
  }
  if (inQuotes) {
    if (error)
      *error =
          QStringLiteral("line %1: expected a closing quote, got the end of the file").arg(recLine);
    return std::nullopt;
  }
  endRecord();
  if (records.isEmpty()) {
    if (error) *error = QStringLiteral("expected a header row, got an empty file");
    return std::nullopt;
  }
  t.header = records.takeFirst();
  lines.removeFirst();
  for (int i = 0; i < records.size(); ++i) {
    if (records[i].size() != t.header.size()) {
      if (error)
        *error = QStringLiteral("line %1: expected %2 fields as the header, got %3")
                     .arg(lines[i])
                     .arg(t.header.size())
                     .arg(records[i].size());
      return std::nullopt;
    }
  }
  t.rows = records;
  t.rowLines = lines;
  return t;
}

std::optional<CsvTable> readCsv(const QString& path, QString* error) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    if (error) *error = QStringLiteral("%1: cannot read: %2").arg(path, f.errorString());
    return std::nullopt;
  }
  QString e;
  auto t = parseCsv(f.readAll(), &e);
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

QString formatLabSeconds(qint64 us) {
  const bool neg = us < 0;
  const quint64 a = neg ? quint64(-(us + 1)) + 1 : quint64(us);
  return QStringLiteral("%1%2.%3")
      .arg(neg ? QStringLiteral("-") : QString())
      .arg(a / 1000000)
      .arg(a % 1000000, 6, 10, QLatin1Char('0'));
}

std::optional<qint64> parseLabSeconds(const QString& s) { return parseFixed(s, 6); }

bool exportRun(const RunData& run, const QList<Measure>& summary, const QString& dir,
               QString* error) {
  if (!QDir().mkpath(dir)) {
    if (error) *error = QStringLiteral("%1: cannot create the folder").arg(dir);
    return false;
  }
  const QDir d(dir);

  QList<MetricSample> ms = run.metrics;
  std::stable_sort(ms.begin(), ms.end(), [](const MetricSample& a, const MetricSample& b) {
    return a.second != b.second ? a.second < b.second : a.instance < b.instance;
  });
  QList<QStringList> mrows;
  mrows.reserve(ms.size());
  for (const auto& m : ms) {
    const bool sub = m.kind == QLatin1String("subscriber");
    const bool pub = m.kind == QLatin1String("publisher");
    mrows << QStringList{QString::number(m.second),
                         m.instance,
                         m.node,
                         m.kind,
                         QString::number(m.count),
                         pub || m.failed ? QString::number(m.failed) : QString(),
                         sub ? formatMs(m.lagP50Us) : QString(),
                         sub ? formatMs(m.lagP99Us) : QString(),
                         sub ? formatMs(m.lagMaxUs) : QString(),
                         sub || m.lost ? QString::number(m.lost) : QString()};
  }
  if (!writeCsv(d.filePath(QStringLiteral("metrics.csv")), kMetricsHeader, mrows, error))
    return false;

  struct Row {
    qint64 t;
    int order;
    QStringList cells;
  };
  QList<Row> rows;
  int seq = 0;
  const auto add = [&](qint64 t, QStringList cells) { rows << Row{t, seq++, std::move(cells)}; };
  add(run.startUs,
      {formatLabSeconds(run.startUs), kSrcRun, QString(), QString(), QStringLiteral("start"),
       jsonDetail({{QStringLiteral("timeline"), run.timelineName},
                   {QStringLiteral("backend"), run.backend}}),
       QString()});
  for (const auto& c : run.commands) {
    add(c.issuedUs, {formatLabSeconds(c.issuedUs), kSrcCommand, c.service, c.node, toString(c.kind),
                     jsonDetail({{QStringLiteral("id"), double(c.id)},
                                 {QStringLiteral("order"), toString(c.order)},
                                 {QStringLiteral("ok"), c.ok},
                                 {QStringLiteral("finished_us"), double(c.finishedUs)},
                                 {QStringLiteral("error"), c.error}}),
                     QString()});
  }
  for (const auto& t : run.tasks) {
    add(t.tUs,
        {formatLabSeconds(t.tUs), kSrcTask, t.task.instance, t.task.node, toString(t.task.state),
         jsonDetail({{QStringLiteral("id"), t.task.id},
                     {QStringLiteral("service"), t.task.service},
                     {QStringLiteral("exit_code"), t.task.exitCode},
                     {QStringLiteral("message"), t.task.message},
                     {QStringLiteral("backend_t_us"), double(t.task.tUs)}}),
         QString()});
  }
  for (const auto& e : run.events) {
    add(e.tUs, {formatLabSeconds(e.tUs), e.kind, e.instance, e.node, e.event, e.detail,
                e.lastUpdateUs ? formatLabSeconds(e.lastUpdateUs) : QString()});
  }
  add(run.endUs, {formatLabSeconds(run.endUs), kSrcRun, QString(), QString(), QStringLiteral("end"),
                  QString(), QString()});
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.t < b.t; });
  QList<QStringList> erows;
  erows.reserve(rows.size());
  for (auto& r : rows) erows << std::move(r.cells);
  if (!writeCsv(d.filePath(QStringLiteral("events.csv")), kEventsHeader, erows, error))
    return false;

  QList<QStringList> srows;
  for (const auto& m : summary)
    srows << QStringList{m.name, fmtDouble(m.value), m.unit,
                         m.paperValue ? fmtDouble(*m.paperValue) : QString(), m.detail};
  return writeCsv(d.filePath(QStringLiteral("summary.csv")), kSummaryHeader, srows, error);
}

std::optional<RunData> importRun(const QString& dir, QString* error) {
  const QDir d(dir);
  RunData run;
  const QString mpath = d.filePath(QStringLiteral("metrics.csv"));
  auto mt = readCsv(mpath, error);
  if (!mt) return std::nullopt;
  {
    Reader r(*mt, mpath);
    if (!r.need(kMetricsHeader, error)) return std::nullopt;
    for (int i = 0; i < mt->rows.size(); ++i) {
      MetricSample m;
      m.instance = r.str(i, QStringLiteral("instance"));
      m.node = r.str(i, QStringLiteral("node"));
      m.kind = r.str(i, QStringLiteral("kind"));
      if (!r.integer(i, QStringLiteral("lab_second"), &m.second, error, false) ||
          !r.integer(i, QStringLiteral("count"), &m.count, error, false) ||
          !r.integer(i, QStringLiteral("failed"), &m.failed, error) ||
          !r.fixed(i, QStringLiteral("lag_p50_ms"), 3, &m.lagP50Us, error) ||
          !r.fixed(i, QStringLiteral("lag_p99_ms"), 3, &m.lagP99Us, error) ||
          !r.fixed(i, QStringLiteral("lag_max_ms"), 3, &m.lagMaxUs, error) ||
          !r.integer(i, QStringLiteral("lost"), &m.lost, error))
        return std::nullopt;
      run.metrics << m;
    }
  }
  const QString epath = d.filePath(QStringLiteral("events.csv"));
  auto et = readCsv(epath, error);
  if (!et) return std::nullopt;
  Reader r(*et, epath);
  if (!r.need(kEventsHeader.mid(0, 6), error)) return std::nullopt;
  const bool haveLast = et->column(QStringLiteral("last_update_t_s")) >= 0;
  for (int i = 0; i < et->rows.size(); ++i) {
    qint64 t = 0;
    if (!r.fixed(i, QStringLiteral("t_s"), 6, &t, error, false)) return std::nullopt;
    const QString src = r.str(i, QStringLiteral("source"));
    const QString detail = r.str(i, QStringLiteral("detail"));
    const QString ev = r.str(i, QStringLiteral("event"));
    const auto json = [&](QJsonObject* o) {
      if (detail.isEmpty()) {
        *o = {};
        return true;
      }
      QJsonParseError pe;
      const QJsonDocument doc = QJsonDocument::fromJson(detail.toUtf8(), &pe);
      if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return r.fail(i, QStringLiteral("detail"), QStringLiteral("a JSON object"), detail, error);
      *o = doc.object();
      return true;
    };
    if (src == kSrcRun) {
      QJsonObject o;
      if (!json(&o)) return std::nullopt;
      if (ev == QLatin1String("start")) {
        run.startUs = t;
        run.timelineName = o.value(QStringLiteral("timeline")).toString();
        run.backend = o.value(QStringLiteral("backend")).toString();
      } else if (ev == QLatin1String("end")) {
        run.endUs = t;
      }
    } else if (src == kSrcCommand) {
      QJsonObject o;
      if (!json(&o)) return std::nullopt;
      CommandRecord c;
      auto k = commandKindFromString(ev);
      if (!k) {
        r.fail(i, QStringLiteral("event"), QStringLiteral("a command kind"), ev, error);
        return std::nullopt;
      }
      c.kind = *k;
      c.issuedUs = t;
      c.service = r.str(i, QStringLiteral("instance"));
      c.node = r.str(i, QStringLiteral("node"));
      c.id = quint64(o.value(QStringLiteral("id")).toDouble());
      c.order = updateOrderFromString(o.value(QStringLiteral("order")).toString())
                    .value_or(UpdateOrder::StopFirst);
      c.ok = o.value(QStringLiteral("ok")).toBool();
      c.finishedUs = qint64(o.value(QStringLiteral("finished_us")).toDouble());
      c.error = o.value(QStringLiteral("error")).toString();
      run.commands << c;
    } else if (src == kSrcTask) {
      QJsonObject o;
      if (!json(&o)) return std::nullopt;
      TaskRecord tr;
      tr.tUs = t;
      tr.task.instance = r.str(i, QStringLiteral("instance"));
      tr.task.node = r.str(i, QStringLiteral("node"));
      tr.task.id = o.value(QStringLiteral("id")).toString();
      tr.task.service = o.value(QStringLiteral("service")).toString();
      tr.task.exitCode = o.value(QStringLiteral("exit_code")).toInt();
      tr.task.message = o.value(QStringLiteral("message")).toString();
      tr.task.tUs = o.contains(QStringLiteral("backend_t_us"))
                        ? qint64(o.value(QStringLiteral("backend_t_us")).toDouble())
                        : t;
      bool known = false;
      for (auto s :
           {TaskState::Pending, TaskState::Starting, TaskState::Running, TaskState::Stopping,
            TaskState::Stopped, TaskState::Failed, TaskState::Rejected})
        if (toString(s) == ev) {
          tr.task.state = s;
          known = true;
        }
      if (!known) {
        r.fail(i, QStringLiteral("event"), QStringLiteral("a task state"), ev, error);
        return std::nullopt;
      }
      run.tasks << tr;
    } else {
      AgentEvent e;
      e.tUs = t;
      e.kind = src;
      e.instance = r.str(i, QStringLiteral("instance"));
      e.node = r.str(i, QStringLiteral("node"));
      e.event = ev;
      e.detail = detail;
      if (haveLast && !r.fixed(i, QStringLiteral("last_update_t_s"), 6, &e.lastUpdateUs, error))
        return std::nullopt;
      run.events << e;
    }
  }
  return run;
}

std::optional<QList<Measure>> importSummary(const QString& dir, QString* error) {
  const QString path = QDir(dir).filePath(QStringLiteral("summary.csv"));
  auto t = readCsv(path, error);
  if (!t) return std::nullopt;
  Reader r(*t, path);
  if (!r.need(kSummaryHeader.mid(0, 4), error)) return std::nullopt;
  QList<Measure> out;
  for (int i = 0; i < t->rows.size(); ++i) {
    Measure m;
    m.name = r.str(i, QStringLiteral("measure"));
    m.unit = r.str(i, QStringLiteral("unit"));
    m.detail = r.str(i, QStringLiteral("detail"));
    bool ok = true;
    const QString v = r.str(i, QStringLiteral("value"));
    m.value = v.isEmpty() ? std::nan("") : v.toDouble(&ok);
    if (!ok) {
      r.fail(i, QStringLiteral("value"), QStringLiteral("a number or nothing"), v, error);
      return std::nullopt;
    }
    const QString pv = r.str(i, QStringLiteral("paper_value"));
    if (!pv.isEmpty()) {
      m.paperValue = pv.toDouble(&ok);
      if (!ok) {
        r.fail(i, QStringLiteral("paper_value"), QStringLiteral("a number or nothing"), pv, error);
        return std::nullopt;
      }
    }
    out << m;
  }
  return out;
}

}  // namespace swarmlab
