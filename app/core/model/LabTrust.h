// Lab and timeline files are code: what they would run or load beyond the default trust, so
// that the CLI (--allow-commands, --allow-outside-lab) and the console (a confirmation) can
// ask first. docs/labfiles.md "Trust".
#pragma once

#include <QString>
#include <QStringList>

#include "LabTypes.h"
#include "Timeline.h"

namespace swarmlab {

/// Whether a template's command runs only what swarmlab ships: a swarmlab program from
/// ${bin} (${bin}/swarmlab-<name>), or redis-server with plain options (no module, config
/// file, directory or file name), and no environment variable that changes what a program
/// loads (LD_*, PATH, ...). When not, `why` gets the offending command or variable.
bool isTrustedTemplate(const ServiceTemplate& t, QString* why = nullptr);

/// One line per template that is not trusted: `template "x": /usr/bin/python3 job.py`.
/// Empty: the lab runs only swarmlab programs and redis-server.
QStringList untrustedCommands(const Lab& lab);

/// The timeline's lab file when it lies outside the timeline's own folder tree (symbolic links
/// resolved) and outside the shipped resources; empty when it lies inside.
QString labOutsideTimeline(const Timeline& timeline);

}  // namespace swarmlab
