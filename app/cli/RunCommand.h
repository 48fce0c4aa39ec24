#pragma once
#include <QStringList>
namespace swarmlab::cli {
/// `swarmlab-cli run EXPERIMENT [--lab FILE] [--out DIR] [--backend local|swarm] [--redis URL]
/// [--duration-scale F]`: plays a timeline, shows live progress, writes the CSVs, prints the table.
int runCommand(const QStringList& args);
}  // namespace swarmlab::cli
