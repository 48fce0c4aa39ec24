#pragma once
#include <QStringList>
namespace swarmlab::cli {
/// `swarmlab-cli report RUN_DIR`: rebuilds a run from its folder (journal or final CSVs),
/// prints the summary table and rewrites the folder's CSV files (docs/runs.md).
int reportCommand(const QStringList& args);
}  // namespace swarmlab::cli
