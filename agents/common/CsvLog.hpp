// The agents' optional --log FILE: one CSV line per message, like the 2017 publisher's file.
#pragma once

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

namespace swarmlab::agents {

/// Opens path for writing with a 64 KiB buffer and writes the header line. On failure prints
/// "<prog>: --log <path>: cannot open for writing: <reason>" to stderr and returns nullptr.
inline std::FILE* openCsvLog(const std::string& path, const char* header, const char* prog) {
  std::FILE* log = std::fopen(path.c_str(), "w");
  if (!log) {
    std::fprintf(stderr, "%s: --log %s: cannot open for writing: %s\n", prog, path.c_str(),
                 std::strerror(errno));
    return nullptr;
  }
  std::setvbuf(log, nullptr, _IOFBF, 1 << 16);
  std::fputs(header, log);
  return log;
}

}  // namespace swarmlab::agents
