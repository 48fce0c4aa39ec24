#include "CsvExport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "LabFile.h"
#include "Timeline.h"
#include "WireNames.h"

namespace swarmlab {

namespace {

const QStringList kMetricsHeader = {
    QStringLiteral("lab_second"), QStringLiteral("instance"),   QStringLiteral("node"),
    QStringLiteral("kind"),       QStringLiteral("count"),      QStringLiteral("failed"),
    QStringLiteral("lag_p50_ms"), QStringLiteral("lag_p99_ms"), QStringLiteral("lag_max_ms"),
    QStringLiteral("lost"),       QStringLiteral("dropped_s")};
/// Columns a metrics.csv must have (dropped_s came later: optional when reading).
constexpr int kMetricsRequired = 10;
const QStringList kEventsHeader = {QStringLiteral("t_s"),
                                   QStringLiteral("source"),
                                   QStringLiteral("instance"),
                                   QStringLiteral("node"),
                                   QStringLiteral("event"),
                                   QStringLiteral("detail"),
                                   QStringLiteral("last_update_t_s"),
                                   QStringLiteral("seq")};
const QStringList kSummaryHeader = {QStringLiteral("measure"), QStringLiteral("value"),
                                    QStringLiteral("unit"), QStringLiteral("paper_value"),
                                    QStringLiteral("detail")};

const QString kSrcRun = QStringLiteral("run");
const QString kSrcCommand = QStringLiteral("command");
const QString kSrcTask = QStringLiteral("task");

/// v / 10^decimals with exactly `decimals` decimals (no rounding, also for INT64_MIN).
QString formatFixed(qint64 v, int decimals) {
  const bool neg = v < 0;
  const quint64 a = neg ? quint64(-(v + 1)) + 1 : quint64(v);
  quint64 scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  return QStringLiteral("%1%2.%3")
      .arg(neg ? QStringLiteral("-") : QString())
      .arg(a / scale)
      .arg(a % scale, decimals, 10, QLatin1Char('0'));
}

/// Microseconds as milliseconds with 3 decimals, exactly.
QString formatMs(qint64 us) { return formatFixed(us, 3); }

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
  /// A cell as shown in an error: one line, line breaks written as \n and \r.
  static QString oneLine(QString v) {
    return v.replace(QLatin1Char('\r'), QLatin1String("\\r"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
  }
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
                   .arg(c, expected, oneLine(got));
    return false;
  }

 private:
  const CsvTable& t_;
  QString file_;
};

struct EventRow {
  qint64 t;
  int order;
  QStringList cells;
};

bool writeMetrics(const RunData& run, const QString& path, QString* error) {
  QList<MetricSample> ms = run.metrics;
  std::stable_sort(ms.begin(), ms.end(), [](const MetricSample& a, const MetricSample& b) {
    return a.second != b.second ? a.second < b.second : a.instance < b.instance;
  });
  QList<QStringList> rows;
  rows.reserve(ms.size());
  for (const auto& m : ms) rows << runcsv::metricRow(m);
  return writeCsv(path, kMetricsHeader, rows, error);
}

/// Commands, task states and agent events of the run in one time line.
QList<EventRow> eventRows(const RunData& run) {
  QList<EventRow> rows;
  const auto add = [&](qint64 t, QStringList cells) {
    rows << EventRow{t, int(rows.size()), std::move(cells)};
  };
  add(run.startUs, runcsv::startRow(run));
  for (const auto& c : run.commands) add(c.issuedUs, runcsv::commandRow(c));
  for (const auto& t : run.tasks) add(t.tUs, runcsv::taskRow(t));
  for (const auto& e : run.events) add(e.tUs, runcsv::agentEventRow(e));
  add(run.endUs, runcsv::endRow(run));
  std::stable_sort(rows.begin(), rows.end(),
                   [](const EventRow& a, const EventRow& b) { return a.t < b.t; });
  return rows;
}

bool readMetrics(const QString& path, RunData* run, QString* error, bool journal) {
  auto mt = readCsv(path, error, journal);
  if (!mt) return false;
  Reader r(*mt, path);
  if (!r.need(kMetricsHeader.mid(0, kMetricsRequired), error)) return false;
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
        !r.integer(i, QStringLiteral("lost"), &m.lost, error) ||
        !r.integer(i, QStringLiteral("dropped_s"), &m.droppedS, error))
      return false;
    run->metrics << m;
  }
  return true;
}

/// One row of events.csv back into the run, by its source (run, command, task, an agent kind).
class EventsReader {
 public:
  EventsReader(const CsvTable& t, const QString& path, RunData* run, QString* error)
      : t_(t), r_(t, path), run_(run), error_(error) {}

  /// Whether an end row was read (a run whose recorder was killed has none).
  bool sawEnd() const { return sawEnd_; }

  bool read() {
    if (!r_.need(kEventsHeader.mid(0, 6), error_)) return false;
    haveLast_ = t_.column(QStringLiteral("last_update_t_s")) >= 0;
    haveSeq_ = t_.column(QStringLiteral("seq")) >= 0;
    for (i_ = 0; i_ < t_.rows.size(); ++i_) {
      if (!r_.fixed(i_, QStringLiteral("t_s"), 6, &t0_, error_, false)) return false;
      const QString src = r_.str(i_, QStringLiteral("source"));
      detail_ = r_.str(i_, QStringLiteral("detail"));
      ev_ = r_.str(i_, QStringLiteral("event"));
      const bool ok = src == kSrcRun       ? runRow()
                      : src == kSrcCommand ? commandRow()
                      : src == kSrcTask    ? taskRow()
                                           : agentRow(src);
      if (!ok) return false;
    }
    return true;
  }

 private:
  bool json(QJsonObject* o) {
    *o = {};
    if (detail_.isEmpty()) return true;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(detail_.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
      return r_.fail(i_, QStringLiteral("detail"), QStringLiteral("a JSON object"), detail_,
                     error_);
    *o = doc.object();
    return true;
  }

  bool runRow() {
    QJsonObject o;
    if (!json(&o)) return false;
    if (ev_ == QLatin1String("start")) {
      run_->startUs = t0_;
      run_->timelineName = o.value(QStringLiteral("timeline")).toString();
      run_->backend = o.value(QStringLiteral("backend")).toString();
    } else if (ev_ == QLatin1String("end")) {
      run_->endUs = t0_;
      run_->interrupted = o.value(QStringLiteral("interrupted")).toBool();
      sawEnd_ = true;
    }
    return true;
  }

  bool commandRow() {
    QJsonObject o;
    if (!json(&o)) return false;
    const auto k = commandKindFromString(ev_);
    if (!k)
      return r_.fail(i_, QStringLiteral("event"), QStringLiteral("a command kind"), ev_, error_);
    CommandRecord c;
    c.kind = *k;
    c.issuedUs = t0_;
    c.service = r_.str(i_, QStringLiteral("instance"));
    c.node = r_.str(i_, QStringLiteral("node"));
    c.id = quint64(o.value(QStringLiteral("id")).toDouble());
    c.order = updateOrderFromString(o.value(QStringLiteral("order")).toString())
                  .value_or(UpdateOrder::StopFirst);
    c.ok = o.value(QStringLiteral("ok")).toBool();
    c.finishedUs = qint64(o.value(QStringLiteral("finished_us")).toDouble());
    c.error = o.value(QStringLiteral("error")).toString();
    // A journal has a command's row when issued and again when finished: the later one wins.
    const auto known = commandAt_.constFind(c.id);
    if (known != commandAt_.constEnd()) {
      run_->commands[*known] = c;
    } else {
      commandAt_.insert(c.id, int(run_->commands.size()));
      run_->commands << c;
    }
    return true;
  }

  bool taskRow() {
    QJsonObject o;
    if (!json(&o)) return false;
    TaskRecord tr;
    tr.tUs = t0_;
    tr.task.instance = r_.str(i_, QStringLiteral("instance"));
    tr.task.node = r_.str(i_, QStringLiteral("node"));
    tr.task.id = o.value(QStringLiteral("id")).toString();
    tr.task.service = o.value(QStringLiteral("service")).toString();
    tr.task.exitCode = o.value(QStringLiteral("exit_code")).toInt();
    tr.task.message = o.value(QStringLiteral("message")).toString();
    tr.task.tUs = o.contains(QStringLiteral("backend_t_us"))
                      ? qint64(o.value(QStringLiteral("backend_t_us")).toDouble())
                      : t0_;
    bool known = false;
    for (auto s : {TaskState::Pending, TaskState::Starting, TaskState::Running, TaskState::Stopping,
                   TaskState::Stopped, TaskState::Failed, TaskState::Rejected})
      if (toString(s) == ev_) {
        tr.task.state = s;
        known = true;
      }
    if (!known)
      return r_.fail(i_, QStringLiteral("event"), QStringLiteral("a task state"), ev_, error_);
    run_->tasks << tr;
    return true;
  }

  bool agentRow(const QString& kind) {
    AgentEvent e;
    e.tUs = t0_;
    e.kind = kind;
    e.instance = r_.str(i_, QStringLiteral("instance"));
    e.node = r_.str(i_, QStringLiteral("node"));
    e.event = ev_;
    e.detail = detail_;
    if (haveLast_ && !r_.fixed(i_, QStringLiteral("last_update_t_s"), 6, &e.lastUpdateUs, error_))
      return false;
    const QString seq = haveSeq_ ? r_.str(i_, QStringLiteral("seq")) : QString();
    if (!seq.isEmpty()) {
      bool ok = false;
      e.seq = seq.toULongLong(&ok);
      if (!ok)
        return r_.fail(i_, QStringLiteral("seq"), QStringLiteral("a non-negative integer"), seq,
                       error_);
    }
    run_->events << e;
    return true;
  }

  const CsvTable& t_;
  Reader r_;
  RunData* run_;
  QString* error_;
  bool haveLast_ = false;
  bool haveSeq_ = false;  ///< seq came later: optional when reading
  bool sawEnd_ = false;
  QHash<quint64, int> commandAt_;
  int i_ = 0;
  qint64 t0_ = 0;
  QString detail_, ev_;
};

/// A row of source "run" (start, end).
QStringList runRow(qint64 us, const QString& event, const QString& detail) {
  return {formatFixed(us, 6), kSrcRun, QString(), QString(), event, detail, QString(), QString()};
}

/// The latest lab time a run without its end row holds: its last event or the end of its last
/// metrics second.
qint64 latestUs(const RunData& run) {
  qint64 t = run.startUs;
  for (const auto& m : run.metrics) t = std::max(t, (m.second + 1) * 1000000);
  for (const auto& e : run.events) t = std::max(t, e.tUs);
  for (const auto& c : run.commands) t = std::max({t, c.issuedUs, c.finishedUs});
  for (const auto& k : run.tasks) t = std::max(t, k.tUs);
  return t;
}

/// Moves the files written in tmp into dir, each by rename(2): a reader sees the old file or
/// the new one, never half of one.
bool moveInto(const QString& tmp, const QString& dir, const QStringList& names, QString* error) {
  for (const auto& n : names) {
    const QString to = QDir(dir).filePath(n);
    if (std::rename(QFile::encodeName(QDir(tmp).filePath(n)).constData(),
                    QFile::encodeName(to).constData()) != 0) {
      if (error)
        *error = QStringLiteral("%1: cannot move the written file into place: %2")
                     .arg(to, QString::fromLocal8Bit(std::strerror(errno)));
      return false;
    }
  }
  return true;
}

}  // namespace

QString formatLabSeconds(qint64 us) { return formatFixed(us, 6); }

std::optional<qint64> parseLabSeconds(const QString& s) { return parseFixed(s, 6); }

namespace runcsv {

const QStringList& metricsHeader() { return kMetricsHeader; }
const QStringList& eventsHeader() { return kEventsHeader; }

QStringList metricRow(const MetricSample& m) {
  const bool sub = m.kind == wirenames::kSubscriber;
  const bool pub = m.kind == wirenames::kPublisher;
  return {QString::number(m.second),
          m.instance,
          m.node,
          m.kind,
          QString::number(m.count),
          pub || m.failed ? QString::number(m.failed) : QString(),
          sub ? formatMs(m.lagP50Us) : QString(),
          sub ? formatMs(m.lagP99Us) : QString(),
          sub ? formatMs(m.lagMaxUs) : QString(),
          sub || m.lost ? QString::number(m.lost) : QString(),
          m.droppedS ? QString::number(m.droppedS) : QString()};
}

QStringList startRow(const RunData& run) {
  return runRow(run.startUs, QStringLiteral("start"),
                jsonDetail({{QStringLiteral("timeline"), run.timelineName},
                            {QStringLiteral("backend"), run.backend}}));
}

QStringList endRow(const RunData& run) {
  return runRow(run.endUs, QStringLiteral("end"),
                run.interrupted ? jsonDetail({{QStringLiteral("interrupted"), true}}) : QString());
}

QStringList commandRow(const CommandRecord& c) {
  return {formatLabSeconds(c.issuedUs),
          kSrcCommand,
          c.service,
          c.node,
          toString(c.kind),
          jsonDetail({{QStringLiteral("id"), double(c.id)},
                      {QStringLiteral("order"), toString(c.order)},
                      {QStringLiteral("ok"), c.ok},
                      {QStringLiteral("finished_us"), double(c.finishedUs)},
                      {QStringLiteral("error"), c.error}}),
          QString(),
          QString()};
}

QStringList taskRow(const TaskRecord& t) {
  return {formatLabSeconds(t.tUs),
          kSrcTask,
          t.task.instance,
          t.task.node,
          toString(t.task.state),
          jsonDetail({{QStringLiteral("id"), t.task.id},
                      {QStringLiteral("service"), t.task.service},
                      {QStringLiteral("exit_code"), t.task.exitCode},
                      {QStringLiteral("message"), t.task.message},
                      {QStringLiteral("backend_t_us"), double(t.task.tUs)}}),
          QString(),
          QString()};
}

QStringList agentEventRow(const AgentEvent& e) {
  return {formatLabSeconds(e.tUs),
          e.kind,
          e.instance,
          e.node,
          e.event,
          e.detail,
          e.lastUpdateUs ? formatLabSeconds(e.lastUpdateUs) : QString(),
          e.seq ? QString::number(*e.seq) : QString()};
}

std::optional<RunData> readRunFiles(const QString& metricsPath, const QString& eventsPath,
                                    bool journal, QString* error) {
  RunData run;
  if (!readMetrics(metricsPath, &run, error, journal)) return std::nullopt;
  auto et = readCsv(eventsPath, error, journal);
  if (!et) return std::nullopt;
  EventsReader reader(*et, eventsPath, &run, error);
  if (!reader.read()) return std::nullopt;
  if (!run.startUs) {
    if (error)
      *error = QStringLiteral("%1: expected a row with source \"run\" and event \"start\"")
                   .arg(eventsPath);
    return std::nullopt;
  }
  if (!reader.sawEnd()) {  // its recorder never got to the end: what it holds, up to its last row
    run.interrupted = true;
    run.endUs = latestUs(run);
  }
  return run;
}

}  // namespace runcsv

bool exportRun(const RunData& run, const QList<Measure>& summary, const QString& dir,
               QString* error) {
  if (!QDir().mkpath(dir)) {
    if (error) *error = QStringLiteral("%1: cannot create the folder").arg(dir);
    return false;
  }
  // Every file is written in a temporary folder next to them first (same file system), then
  // moved into place, summary.csv last: a failed write leaves the folder as it was.
  const QString abs = QDir(dir).absolutePath();
  QTemporaryDir tmp(abs + QStringLiteral("/.export-XXXXXX"));
  if (!tmp.isValid()) {
    if (error)
      *error = QStringLiteral("%1: cannot write in this folder: %2").arg(dir, tmp.errorString());
    return false;
  }
  QList<QStringList> erows;
  for (auto& r : eventRows(run)) erows << std::move(r.cells);
  QList<QStringList> srows;
  for (const auto& m : summary)
    srows << QStringList{m.name, fmtDouble(m.value), m.unit,
                         m.paperValue ? fmtDouble(*m.paperValue) : QString(), m.detail};
  const QString metrics = QStringLiteral("metrics.csv"), events = QStringLiteral("events.csv"),
                summ = QStringLiteral("summary.csv");
  const bool ok = writeMetrics(run, tmp.filePath(metrics), error) &&
                  writeCsv(tmp.filePath(events), kEventsHeader, erows, error) &&
                  writeCsv(tmp.filePath(summ), kSummaryHeader, srows, error);
  if (!ok) {
    // The error names the file as the user knows it, not the temporary folder.
    if (error) error->replace(tmp.path(), abs);
    return false;
  }
  return moveInto(tmp.path(), dir, {metrics, events, summ}, error);
}

std::optional<RunData> importRun(const QString& dir, QString* error) {
  const QDir d(dir);
  return runcsv::readRunFiles(d.filePath(QStringLiteral("metrics.csv")),
                              d.filePath(QStringLiteral("events.csv")), false, error);
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
