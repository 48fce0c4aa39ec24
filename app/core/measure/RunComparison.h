// Two runs side by side (issue 13, part 5): their summaries with the paper's column, and the
// per-second series of Fig. 3 and Fig. 4 aligned at each run's time 0. Used by
// `swarmlab-cli compare` and the console's runs browser. Pure functions, no I/O but the CSV.
#pragma once

#include <QList>
#include <QPair>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>

#include "Measurements.h"
#include "RunData.h"

namespace swarmlab {

/// One measure of either run. A value is nullopt when that run has no such measure (a
/// deploy of a service the other run did not have), NaN when the run has it but could not
/// measure it ("no data").
struct ComparisonRow {
  QString measure;
  QString unit;
  std::optional<double> a, b;
  std::optional<double> paper;
};

/// Rows in run A's order, then the measures only run B has, in B's order.
QList<ComparisonRow> compareSummaries(const QList<Measure>& a, const QList<Measure>& b);

/// Whether a value beats the paper's (rates higher; durations and lags lower). False without
/// both figures.
bool beatsPaper(double value, double paper, const QString& unit);

/// A negative update gap (migration_update_gap[...], restart_update_gap[...]): the new
/// instance's first display update came before the old one's last, so both showed updates for
/// a while. Not a shorter gap than the paper's but an overlap: neither better nor worse.
bool isUpdateOverlap(const QString& measure, double value);

/// How a run's value reads against the paper: an overlap first (see above), then whether it
/// beats the paper (beatsPaper; Neither without a paper figure).
enum class PaperVerdict { Neither, Beats, Overlap };
PaperVerdict paperVerdict(const QString& measure, double value, std::optional<double> paper,
                          const QString& unit);

/// Writes the rows as CSV (measure, unit, <labelA>, <labelB>, paper_value; "no data" cells
/// are empty, as in summary.csv) atomically. error names the file.
bool writeComparisonCsv(const QList<ComparisonRow>& rows, const QString& labelA,
                        const QString& labelB, const QString& path, QString* error = nullptr);

/// A run's Fig. 3 and Fig. 4 per second, x = seconds since the run's start. Seconds without
/// data are absent (a gap, never a 0).
struct RunSeries {
  QList<QPointF> publish;   ///< publishes per second, all publishers
  QList<QPointF> updates;   ///< display updates per second, mean over reporting subscribers
  QList<QPointF> lagP50Ms;  ///< the worst subscriber's p50 lag of that second
  QList<QPointF> lagP99Ms;  ///< the worst subscriber's p99 lag of that second
  QList<QPair<double, QString>>
      commands;  ///< deploy / migrate / restart: (x, "migrate subscriber")
};
RunSeries runSeries(const RunData& run);

}  // namespace swarmlab
