#include "LabClock.h"

#include <chrono>

namespace swarmlab {

qint64 LabClock::localNowUs() {
  using namespace std::chrono;
  return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace swarmlab
