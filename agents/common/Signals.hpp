// SIGTERM/SIGINT -> a stop request that wakes sleeps and polls (self-pipe).
#pragma once

#include <chrono>

namespace swarmlab::agents {

/// Installs the handlers (no SA_RESTART, so sleeps and polls return) and ignores SIGPIPE.
void installStopSignals();
/// True once SIGTERM/SIGINT arrived or requestStop() was called.
bool stopRequested();
/// The signal that asked to stop (0 if none / requested by the program).
int stopSignal();
/// Asks to stop from the program itself (e.g. --duration-s elapsed).
void requestStop();
/// A descriptor that becomes readable when a stop is requested (for poll()).
int stopWakeFd();
/// Sleeps d unless a stop is requested first; returns !stopRequested().
bool sleepUnlessStopped(std::chrono::nanoseconds d);
/// Blocks SIGTERM/SIGINT in the calling thread (call in helper threads so the main one gets them).
void blockStopSignalsInThisThread();

}  // namespace swarmlab::agents
