// `swarmlab-cli swarm status|init|leave|label`: manage the swarm a lab runs on, through the
// Engine API (never the docker CLI). Blocking; prints to stdout/stderr; returns the exit code.
#pragma once

#include <QStringList>

namespace swarmlab {

/// args: what follows "swarm" on the command line, e.g. {"init", "--heartbeat", "1s"}.
int swarmCommand(const QStringList& args);

}  // namespace swarmlab
