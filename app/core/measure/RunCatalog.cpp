#include "RunCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

#include "CsvExport.h"
#include "CsvFile.h"
#include "RunJournal.h"

namespace swarmlab {

namespace {

const QString kSummary = QStringLiteral("summary.csv");
const QString kMetrics = QStringLiteral("metrics.csv");
const QString kEvents = QStringLiteral("events.csv");

double valueOf(const QList<Measure>& ms, const QString& name) {
  const Measure* m = findMeasure(ms, name);
  return m ? m->value : std::nan("");
}

/// The run's start row (source "run", event "start"): timeline, backend and start time.
/// False with *problem naming the file when it has none or cannot be read.
bool readStartRow(const QString& path, RunEntry* e, QString* problem) {
  QString err;
  // A journal may end in a torn row (a writer killed mid-write): ignore it, as report does.
  const auto t = readCsv(path, &err, true);
  if (!t) {
    *problem = err;
    return false;
  }
  for (int i = 0; i < t->rows.size(); ++i) {
    if (t->value(i, QStringLiteral("source")) != QLatin1String("run") ||
        t->value(i, QStringLiteral("event")) != QLatin1String("start"))
      continue;
    const QJsonObject d =
        QJsonDocument::fromJson(t->value(i, QStringLiteral("detail")).toUtf8()).object();
    e->timeline = d.value(QStringLiteral("timeline")).toString();
    e->backend = d.value(QStringLiteral("backend")).toString();
    if (const auto us = parseLabSeconds(t->value(i, QStringLiteral("t_s"))))
      e->started = QDateTime::fromMSecsSinceEpoch(*us / 1000, Qt::UTC);
    return true;
  }
  *problem = QStringLiteral(
                 "%1: expected a row with source \"run\" and event \"start\", found "
                 "none in %2 rows")
                 .arg(path)
                 .arg(t->rows.size());
  return false;
}

}  // namespace

double RunEntry::publishRate() const {
  return valueOf(summary, QStringLiteral("publish_rate_mean"));
}

double RunEntry::updateRate() const {
  double sum = 0;
  int n = 0;
  for (const auto& m : summary)
    if (m.name.startsWith(QLatin1String("update_rate_mean[")) && std::isfinite(m.value)) {
      sum += m.value;
      ++n;
    }
  return n ? sum / n : std::nan("");
}

double RunEntry::lagMs() const { return valueOf(summary, QStringLiteral("lag_p50")); }

double RunEntry::deployMs() const {
  for (const auto& m : summary)
    if (m.name.startsWith(QLatin1String("deploy_time["))) return m.value;
  return std::nan("");
}

RunEntry readRunEntry(const QString& dir) {
  const QDir d(dir);
  RunEntry e;
  e.dir = d.absolutePath();
  e.name = d.dirName();
  const bool summary = d.exists(kSummary), metrics = d.exists(kMetrics), events = d.exists(kEvents),
             journal = d.exists(RunJournal::eventsFileName());
  QString problem;
  // The start row: the final events.csv, else the journal's.
  const QString eventsFile = d.filePath(events ? kEvents : RunJournal::eventsFileName());
  const bool startOk = (events || journal) && readStartRow(eventsFile, &e, &problem);
  if (summary) {
    QString err;
    if (auto s = importSummary(e.dir, &err)) {
      e.summary = *s;
    } else {
      e.status = RunEntry::Status::Broken;
      e.problem = err;
      return e;
    }
  }
  if (!summary && journal) {
    e.status = RunEntry::Status::Journal;
    e.problem = startOk ? QStringLiteral(
                              "%1: missing; %2 only: a run being recorded or killed "
                              "(swarmlab-cli report rebuilds it)")
                              .arg(d.filePath(kSummary), RunJournal::eventsFileName())
                        : problem;
    return e;
  }
  for (const auto& [has, file] :
       {std::pair{summary, kSummary}, std::pair{metrics, kMetrics}, std::pair{events, kEvents}}) {
    if (!has) {
      e.status = RunEntry::Status::Broken;
      e.problem = QStringLiteral("%1: missing").arg(d.filePath(file));
      return e;
    }
  }
  if (!startOk) {
    e.status = RunEntry::Status::Broken;
    e.problem = problem;
    return e;
  }
  if (findMeasure(e.summary, QStringLiteral("run_interrupted"))) {
    e.status = RunEntry::Status::Interrupted;
    e.problem = QStringLiteral("%1: run_interrupted: the run did not finish its timeline")
                    .arg(d.filePath(kSummary));
    return e;
  }
  e.status = RunEntry::Status::Finished;
  return e;
}

QList<RunEntry> scanRunsFolder(const QString& runsDir, QString* error) {
  const QDir root(runsDir);
  if (!root.exists()) {
    if (error) *error = QStringLiteral("%1: no such folder").arg(runsDir);
    return {};
  }
  const QStringList runFiles = {kSummary, kMetrics, kEvents, RunJournal::eventsFileName(),
                                RunJournal::metricsFileName()};
  QList<RunEntry> out;
  const QStringList subs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
  for (const auto& s : subs) {
    const QDir d(root.filePath(s));
    if (std::none_of(runFiles.begin(), runFiles.end(),
                     [&](const QString& f) { return d.exists(f); }))
      continue;
    out << readRunEntry(d.path());
  }
  std::stable_sort(out.begin(), out.end(), [](const RunEntry& a, const RunEntry& b) {
    if (a.started.isValid() != b.started.isValid()) return a.started.isValid();
    if (a.started != b.started) return a.started > b.started;
    return a.name > b.name;
  });
  if (error) error->clear();
  return out;
}

}  // namespace swarmlab
