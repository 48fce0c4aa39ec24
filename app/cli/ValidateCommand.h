#pragma once
#include <QStringList>
namespace swarmlab::cli {
/// `swarmlab-cli validate FILE...`: lab or timeline (autodetected); prints every problem.
int validateCommand(const QStringList& args);
}  // namespace swarmlab::cli
