#include "CompareCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cmath>

#include "CliCommon.h"
#include "RunCatalog.h"
#include "RunComparison.h"

namespace swarmlab::cli {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("swarmlab-cli", s); }

/// A value of one run: "no data" (not measured), "—" (no such measure in that run), and the
/// ratio to the paper when there is one; a negative update gap is an overlap, not a ratio.
QString valueText(const QString& measure, const std::optional<double>& v,
                  const std::optional<double>& paper) {
  if (!v) return QStringLiteral("—");
  QString s = fmtValue(*v);
  if (isUpdateOverlap(measure, *v)) return s + QStringLiteral(" (") + tr("overlap") + ')';
  if (paper && *paper != 0 && std::isfinite(*v))
    s += QStringLiteral(" (×%1)").arg(fmtValue(*v / *paper));
  return s;
}

/// The run's summary.csv, or an error naming the folder and what is wrong.
std::optional<RunEntry> readRun(const QString& dir, QString* error) {
  if (!QDir(dir).exists()) {
    *error =
        tr("%1: no such folder (expected a run folder, as written by swarmlab-cli run)").arg(dir);
    return std::nullopt;
  }
  RunEntry e = readRunEntry(dir);
  if (e.summary.isEmpty() && e.status != RunEntry::Status::Finished) {
    *error = e.status == RunEntry::Status::Journal
                 ? tr("%1 (run swarmlab-cli report %2 first)").arg(e.problem, dir)
                 : e.problem;
    return std::nullopt;
  }
  return e;
}

void printHeader(const QString& label, const RunEntry& e) {
  out() << tr("%1: %2 — %3, %4 backend, started %5")
               .arg(label, QDir::cleanPath(e.dir),
                    e.timeline.isEmpty() ? tr("unknown timeline") : e.timeline,
                    e.backend.isEmpty() ? tr("unknown") : e.backend,
                    e.started.isValid()
                        ? e.started.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                        : tr("unknown"))
        << Qt::endl;
  if (e.status != RunEntry::Status::Finished)
    out() << QStringLiteral("   ") << tr("warning: %1").arg(e.problem) << Qt::endl;
}
}  // namespace

int compareCommand(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      tr("Prints the summaries of two runs side by side with the 2017 paper's values (each "
         "run's ratio to the paper in brackets). \"no data\": the run could not measure it; "
         "\"—\": the run has no such measure."));
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("RUN_A"), tr("a run's folder (--out of run)"));
  p.addPositionalArgument(QStringLiteral("RUN_B"), tr("another run's folder"));
  if (!p.parse(args)) {
    err() << tr("swarmlab-cli compare: %1").arg(p.errorText()) << Qt::endl;
    return kUsage;
  }
  if (p.isSet(QStringLiteral("help"))) {
    out() << p.helpText();
    return kOk;
  }
  const QStringList dirs = p.positionalArguments();
  if (dirs.size() != 2) {
    err() << tr("swarmlab-cli compare: expected two run folders, got %1").arg(dirs.size())
          << Qt::endl;
    return kUsage;
  }
  std::optional<RunEntry> runs[2];
  for (int i = 0; i < 2; ++i) {
    QString error;
    runs[i] = readRun(dirs[i], &error);
    if (!runs[i]) {
      err() << tr("swarmlab-cli compare: %1").arg(error) << Qt::endl;
      return kFailed;
    }
  }
  printHeader(QStringLiteral("A"), *runs[0]);
  printHeader(QStringLiteral("B"), *runs[1]);
  const QList<ComparisonRow> rows = compareSummaries(runs[0]->summary, runs[1]->summary);
  int w = 7;
  for (const auto& r : rows) w = qMax(w, int(r.measure.size()));
  const auto line = [&](const QString& m, const QString& unit, const QString& a, const QString& b,
                        const QString& paper) {
    out() << QStringLiteral("%1  %2  %3  %4  %5")
                 .arg(m, -w)
                 .arg(unit, -5)
                 .arg(a, 20)
                 .arg(b, 20)
                 .arg(paper, 10)
                 .trimmed()
          << Qt::endl;
  };
  line(tr("measure"), tr("unit"), QStringLiteral("A"), QStringLiteral("B"), tr("paper"));
  for (const auto& r : rows)
    line(r.measure, r.unit, valueText(r.measure, r.a, r.paper), valueText(r.measure, r.b, r.paper),
         r.paper ? fmtValue(*r.paper) : QString());
  out() << tr("(×N = value / paper value; \"—\": not in that run)") << Qt::endl;
  return kOk;
}

}  // namespace swarmlab::cli
