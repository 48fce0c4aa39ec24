// libFuzzer target: the /events stream as it arrives, in chunks cut at arbitrary places, split
// into lines and parsed (issue 4, bad input). Built and run by tests/fuzz/run-fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "DockerParse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace swarmlab::docker;
  if (size == 0) return 0;
  // First byte: chunk size, so that lines are split across feed() calls as on the wire.
  const size_t chunk = 1 + data[0] % 64;
  std::string_view s(reinterpret_cast<const char*>(data + 1), size - 1);
  LineSplitter lines(4096);
  for (size_t off = 0; off < s.size(); off += chunk) {
    lines.feed(s.substr(off, chunk), [](std::string_view line) {
      std::string err;
      if (auto e = parseEventLine(line, &err)) {
        (void)e->attr("com.docker.swarm.task.name");
        (void)parseTaskPhase(e->action);
      }
    });
  }
  return 0;
}
