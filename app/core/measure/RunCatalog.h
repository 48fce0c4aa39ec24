// The runs browser's model (issue 13, part 5): every run folder under a runs/ folder, with its
// timeline, date, backend, state and headline figures, read without loading the whole run.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "Measurements.h"

namespace swarmlab {

/// One run folder as listed: what its files say, and what is wrong with them.
struct RunEntry {
  enum class Status {
    Finished,     ///< summary.csv, metrics.csv and events.csv, not interrupted
    Interrupted,  ///< summary.csv says run_interrupted (stopped early, or rebuilt from a journal)
    Journal,      ///< only a journal: a run being recorded, or killed before it was reported
    Broken,       ///< a file is missing or unreadable (problem names it)
  };
  QString dir;   ///< absolute path of the folder
  QString name;  ///< the folder's name
  QString timeline;
  QString backend;
  QDateTime started;  ///< UTC, from the run's start row; invalid when unknown
  Status status = Status::Broken;
  QString problem;         ///< Interrupted / Journal / Broken: the file and what is wrong
  QList<Measure> summary;  ///< summary.csv as written (empty without one)

  /// Headline figures from summary.csv; NaN when the run has no such figure ("no data").
  double publishRate() const;  ///< publish_rate_mean, 1/s
  double updateRate() const;   ///< mean of the update_rate_mean[...] of its subscribers, 1/s
  double lagMs() const;        ///< lag_p50, ms (the paper's "lag")
  double deployMs() const;     ///< the first deploy_time[...] of the summary, ms
};

/// Reads one run folder (its summary.csv, and the start row of events.csv or of the journal).
RunEntry readRunEntry(const QString& dir);
/// Every folder directly under runsDir that holds run files (summary.csv, events.csv,
/// metrics.csv or a journal), newest first (by start time, else by name). Folders without any
/// run file are not runs and are left out. nullopt-like: an empty list and *error when runsDir
/// cannot be read.
QList<RunEntry> scanRunsFolder(const QString& runsDir, QString* error = nullptr);

}  // namespace swarmlab
