// Small helpers shared by the swarmlab-cli commands.
#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>

#include "Measurements.h"

namespace swarmlab::cli {

enum ExitCode { kOk = 0, kFailed = 1, kUsage = 2 };

QTextStream& out();
QTextStream& err();
/// stdout is a terminal (live progress line) or not (plain lines).
bool stdoutIsTerminal();
/// An existing file: as given, else under the shipped resources (e.g. "experiments/x.json").
QString findFile(const QString& path, const QString& resourceSubdir);
/// A figure as printed (about 3 significant digits); "no data" when it was not measured.
QString fmtValue(double v);
/// The summary table (measure, value, unit, paper, ratio, detail), one line() per row; a run
/// that did not finish gets an "interrupted" line first.
void printSummaryTable(const QList<Measure>& ms, const std::function<void(const QString&)>& line);

}  // namespace swarmlab::cli
