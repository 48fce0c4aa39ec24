// A run journaled to its folder while it runs, and a run folder read back (docs/runs.md).
#pragma once

#include <QFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

#include "Measurements.h"
#include "RunData.h"

namespace swarmlab {

class Recorder;

/// Appends everything a Recorder records to journal-metrics.csv and journal-events.csv in a
/// run folder (the columns of metrics.csv and events.csv, one row per metric sample, command
/// issued or finished, task change and agent event, in arrival order) and hands the bytes to
/// the OS every kFlushMs: a recorder killed with SIGKILL loses at most that much. The files are
/// created when the recording starts (replacing an earlier journal) and get their end row when
/// it stops. A write error stops the journal and emits failed() once, naming the file.
class RunJournal : public QObject {
  Q_OBJECT
 public:
  static constexpr int kFlushMs = 250;
  static QString metricsFileName();
  static QString eventsFileName();

  RunJournal(Recorder* recorder, QString dir, QObject* parent = nullptr);
  ~RunJournal() override;

  const QString& dir() const { return dir_; }
  /// Empty while every write succeeded.
  const QString& error() const { return error_; }
  /// Bytes handed to the OS so far (headers included).
  qint64 bytesWritten() const { return bytes_; }
  /// Hands what is pending to the OS now (also done by the timer and at the end row).
  void flush();

 signals:
  void failed(const QString& message);

 private:
  struct File {
    QFile file;
    QByteArray pending;
  };
  bool open(File& f, const QString& name, const QStringList& header);
  void append(File& f, const QStringList& row);
  void fail(const File& f, const QString& what);

  QString dir_;
  File metrics_, events_;
  QTimer timer_;
  QString error_;
  qint64 bytes_ = 0;
  bool open_ = false;
};

/// Deletes a run folder's journal files (after its final CSVs are in place).
bool removeJournal(const QString& dir, QString* error = nullptr);

/// A run folder read back and summarised: from its journal when it has one (a run being
/// recorded, killed, or whose export failed), else from metrics.csv and events.csv.
struct RunReport {
  RunData run;
  QList<Measure> summary;
  QString source;      ///< the file the events came from
  QString writeError;  ///< empty when metrics.csv, events.csv and summary.csv were rewritten
};

/// Reads the folder (nullopt + error naming the file and what was expected when it cannot),
/// computes the summary, and rewrites metrics.csv, events.csv and summary.csv atomically when
/// `rewrite` (a run that did not finish is marked interrupted in them). The journal is kept.
std::optional<RunReport> reportRunFolder(const QString& dir, bool rewrite, QString* error);

}  // namespace swarmlab
