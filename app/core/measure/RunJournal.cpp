#include "RunJournal.h"

#include <QDir>
#include <QFileInfo>

#include "CsvExport.h"
#include "CsvFile.h"
#include "Recorder.h"

namespace swarmlab {

QString RunJournal::metricsFileName() { return QStringLiteral("journal-metrics.csv"); }
QString RunJournal::eventsFileName() { return QStringLiteral("journal-events.csv"); }

RunJournal::RunJournal(Recorder* recorder, QString dir, QObject* parent)
    : QObject(parent), dir_(std::move(dir)) {
  timer_.setInterval(kFlushMs);
  connect(&timer_, &QTimer::timeout, this, &RunJournal::flush);
  connect(recorder, &Recorder::recordingStarted, this, [this](const RunData& run) {
    if (!QDir().mkpath(dir_)) {
      error_ = tr("%1: cannot create the run folder").arg(dir_);
      emit failed(error_);
      return;
    }
    open_ = open(metrics_, metricsFileName(), runcsv::metricsHeader()) &&
            open(events_, eventsFileName(), runcsv::eventsHeader());
    if (!open_) return;
    append(events_, runcsv::startRow(run));
    flush();
    timer_.start();
  });
  connect(recorder, &Recorder::recordingStopped, this, [this](const RunData& run) {
    append(events_, runcsv::endRow(run));
    flush();
    timer_.stop();
  });
  connect(recorder, &Recorder::metricRecorded, this,
          [this](const MetricSample& m) { append(metrics_, runcsv::metricRow(m)); });
  connect(recorder, &Recorder::eventRecorded, this,
          [this](const AgentEvent& e) { append(events_, runcsv::agentEventRow(e)); });
  connect(recorder, &Recorder::commandRecorded, this,
          [this](const CommandRecord& c) { append(events_, runcsv::commandRow(c)); });
  connect(recorder, &Recorder::taskRecorded, this,
          [this](const TaskRecord& t) { append(events_, runcsv::taskRow(t)); });
}

RunJournal::~RunJournal() { flush(); }

bool RunJournal::open(File& f, const QString& name, const QStringList& header) {
  f.file.setFileName(QDir(dir_).filePath(name));
  // Unbuffered: each flush is one write(2) of whole rows, so a kill never splits a row that
  // was handed over (a torn row can only be the last one, and readers drop it).
  if (!f.file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
    fail(f, f.file.errorString());
    return false;
  }
  f.pending = csvRecord(header).toUtf8();
  return true;
}

void RunJournal::append(File& f, const QStringList& row) {
  if (!open_ || !error_.isEmpty()) return;
  f.pending += csvRecord(row).toUtf8();
}

void RunJournal::flush() {
  if (!open_ || !error_.isEmpty()) return;
  for (File* f : {&metrics_, &events_}) {
    if (f->pending.isEmpty()) continue;
    const qint64 n = f->file.write(f->pending);
    if (n != f->pending.size()) return fail(*f, f->file.errorString());
    bytes_ += n;
    f->pending.clear();
  }
}

void RunJournal::fail(const File& f, const QString& what) {
  if (!error_.isEmpty()) return;
  error_ = tr("%1: cannot write the run journal: %2").arg(f.file.fileName(), what);
  timer_.stop();
  emit failed(error_);
}

bool removeJournal(const QString& dir, QString* error) {
  for (const auto& name : {RunJournal::metricsFileName(), RunJournal::eventsFileName()}) {
    QFile f(QDir(dir).filePath(name));
    if (f.exists() && !f.remove()) {
      if (error)
        *error = QStringLiteral("%1: cannot remove: %2").arg(f.fileName(), f.errorString());
      return false;
    }
  }
  return true;
}

std::optional<RunReport> reportRunFolder(const QString& dir, bool rewrite, QString* error) {
  const QDir d(dir);
  if (!QFileInfo(dir).isDir()) {
    if (error) *error = QObject::tr("%1: expected a run folder, got no folder").arg(dir);
    return std::nullopt;
  }
  QString metrics = d.filePath(RunJournal::metricsFileName());
  QString events = d.filePath(RunJournal::eventsFileName());
  const bool journal = QFileInfo::exists(events);
  if (!journal) {
    metrics = d.filePath(QStringLiteral("metrics.csv"));
    events = d.filePath(QStringLiteral("events.csv"));
    if (!QFileInfo::exists(events)) {
      if (error)
        *error = QObject::tr(
                     "%1: expected a run folder: %2 (a run being recorded or interrupted) or "
                     "metrics.csv and events.csv (a finished run), found neither")
                     .arg(dir, RunJournal::eventsFileName());
      return std::nullopt;
    }
  }
  auto run = runcsv::readRunFiles(metrics, events, journal, error);
  if (!run) return std::nullopt;
  RunReport r;
  r.run = std::move(*run);
  r.summary = computeSummary(r.run);
  r.source = events;
  if (rewrite) exportRun(r.run, r.summary, dir, &r.writeError);
  return r;
}

}  // namespace swarmlab
