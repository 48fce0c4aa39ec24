// main() for the fuzz targets when libFuzzer is not used (gcc, SWARMLAB_FUZZ=OFF): runs every
// file of the given folders (or the given files) through LLVMFuzzerTestOneInput once, so the
// targets keep compiling and the seed corpus keeps passing in the normal build.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

int replayFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "replay: cannot read %s\n", path.c_str());
    return 1;
  }
  const std::vector<char> bytes((std::istreambuf_iterator<char>(in)),
                                std::istreambuf_iterator<char>());
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  int replayed = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path arg(argv[i]);
    std::error_code ec;
    if (std::filesystem::is_directory(arg, ec)) {
      for (const auto& entry : std::filesystem::directory_iterator(arg)) {
        if (!entry.is_regular_file()) continue;
        if (replayFile(entry.path()) != 0) return 1;
        ++replayed;
      }
    } else {
      if (replayFile(arg) != 0) return 1;
      ++replayed;
    }
  }
  std::printf("replay: %d inputs, no crash\n", replayed);
  // No input at all means a wrong path, not a pass.
  return replayed > 0 ? 0 : 1;
}
