// swarmlab-cli compare RUN_A RUN_B: two runs' summaries side by side with the paper's column.
#pragma once

#include <QStringList>

namespace swarmlab::cli {
int compareCommand(const QStringList& args);
}
