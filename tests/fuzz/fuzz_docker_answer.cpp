// libFuzzer target: every Docker JSON answer parser on arbitrary bytes (issue 4, bad input).
// Built and run by tests/fuzz/run-fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "DockerParse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace swarmlab::docker;
  std::string_view s(reinterpret_cast<const char*>(data), size);
  std::string err;
  (void)parseNodes(s, &err);
  (void)parseNode(s, &err);
  (void)parseServices(s, &err);
  (void)parseService(s, &err);
  (void)parseTasks(s, &err);
  (void)parseInfo(s, &err);
  if (auto v = parseVersion(s, &err)) (void)negotiateApiVersion(*v, &err);
  (void)errorMessage(s);
  (void)parseApiVersion(s);
  (void)compareApiVersion(s, "1.41");
  (void)parseRfc3339Micros(s);
  (void)parseTaskPhase(s);
  return 0;
}
