// swarmlab-redis-launch --copy SRC DST [--copy SRC DST ...] -- PROGRAM [ARG...]
//
// The entry point of the lab's redis-sentinel services on Swarm (docs/replication.md). A Docker
// secret is a read-only file, and redis-sentinel exits when its configuration file is not
// writable (it rewrites it with what it learns). So each SRC (a secret: passwords) is copied to
// DST (on the task's tmpfs), created 0600 before anything is written, and PROGRAM is exec'd in
// this process. Nothing secret is ever on a command line or in the environment.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

constexpr const char* kProg = "swarmlab-redis-launch";
constexpr std::size_t kBufferBytes = 8192;

int usage() {
  std::fprintf(stderr, "usage: %s --copy SRC DST [--copy SRC DST ...] -- PROGRAM [ARG...]\n",
               kProg);
  return 2;
}

bool writeAll(int fd, const char* data, ssize_t n) {
  while (n > 0) {
    const ssize_t w = ::write(fd, data, static_cast<size_t>(n));
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    data += w;
    n -= w;
  }
  return true;
}

bool copyPrivate(const char* src, const char* dst) {
  const int in = ::open(src, O_RDONLY | O_CLOEXEC);
  if (in < 0) {
    std::fprintf(stderr, "%s: %s: %s\n", kProg, src, std::strerror(errno));
    return false;
  }
  ::unlink(dst);  // a file left by an earlier run of this container: made afresh, 0600
  const int out = ::open(dst, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (out < 0) {
    std::fprintf(stderr, "%s: %s: %s\n", kProg, dst, std::strerror(errno));
    ::close(in);
    return false;
  }
  char buf[kBufferBytes];
  bool ok = true;
  for (;;) {
    const ssize_t n = ::read(in, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 || !writeAll(out, buf, n)) ok = false;
    if (n <= 0) break;
  }
  if (!ok)
    std::fprintf(stderr, "%s: copying %s to %s: %s\n", kProg, src, dst, std::strerror(errno));
  ::close(in);
  if (::close(out) != 0) ok = false;
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  int i = 1;
  for (; i < argc && std::strcmp(argv[i], "--") != 0; i += 3) {
    if (std::strcmp(argv[i], "--copy") != 0 || i + 2 >= argc) return usage();
    if (!copyPrivate(argv[i + 1], argv[i + 2])) return 1;
  }
  if (i + 1 >= argc) return usage();
  std::vector<char*> args(argv + i + 1, argv + argc);
  args.push_back(nullptr);
  ::execv(args[0], args.data());
  std::fprintf(stderr, "%s: %s: %s\n", kProg, args[0], std::strerror(errno));
  return 127;
}
