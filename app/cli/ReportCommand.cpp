#include "ReportCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include "CliCommon.h"
#include "RunJournal.h"

namespace swarmlab::cli {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("swarmlab-cli", s); }
}  // namespace

int reportCommand(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      tr("Rebuilds a run from its folder: its journal (a run killed or still running) or its "
         "final CSV files. Prints the summary and rewrites metrics.csv, events.csv and "
         "summary.csv; a run that did not finish is marked interrupted."));
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("RUN_DIR"), tr("the run's folder (--out of run)"));
  if (!p.parse(args)) {
    err() << tr("swarmlab-cli report: %1").arg(p.errorText()) << Qt::endl;
    return kUsage;
  }
  if (p.isSet(QStringLiteral("help"))) {
    out() << p.helpText();
    return kOk;
  }
  if (p.positionalArguments().size() != 1) {
    err() << tr("swarmlab-cli report: expected exactly one RUN_DIR, got %1")
                 .arg(p.positionalArguments().size())
          << Qt::endl;
    return kUsage;
  }
  const QString dir = p.positionalArguments().first();
  QString error;
  const auto r = reportRunFolder(dir, true, &error);
  if (!r) {
    err() << tr("swarmlab-cli report: %1").arg(error) << Qt::endl;
    return kFailed;
  }
  const auto line = [](const QString& s) { out() << s << Qt::endl; };
  line(tr("run %1 (%2 backend), read from %3")
           .arg(r->run.timelineName, r->run.backend, QDir::cleanPath(r->source)));
  printSummaryTable(r->summary, line);
  if (!r->writeError.isEmpty()) {
    err() << tr("swarmlab-cli report: could not rewrite the CSV files: %1").arg(r->writeError)
          << Qt::endl;
    return kFailed;
  }
  const QString abs = QDir(dir).absolutePath();
  line(tr("CSV files: %1/metrics.csv, %1/events.csv, %1/summary.csv").arg(abs));
  return kOk;
}

}  // namespace swarmlab::cli
