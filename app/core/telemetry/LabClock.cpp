#include "LabClock.h"

#include "ClockSync.hpp"

namespace swarmlab {

qint64 LabClock::localNowUs() { return redis::localMicros(); }

}  // namespace swarmlab
