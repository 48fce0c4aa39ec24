// Small helpers shared by the swarmlab-cli commands.
#pragma once

#include <QString>
#include <QTextStream>

namespace swarmlab::cli {

enum ExitCode { kOk = 0, kFailed = 1, kUsage = 2 };

QTextStream& out();
QTextStream& err();
/// stdout is a terminal (live progress line) or not (plain lines).
bool stdoutIsTerminal();
/// An existing file: as given, else under the shipped resources (e.g. "experiments/x.json").
QString findFile(const QString& path, const QString& resourceSubdir);

}  // namespace swarmlab::cli
