#include "Signals.hpp"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <unistd.h>
#include <atomic>
#include <csignal>

namespace swarmlab::agents {

namespace {
std::atomic<int> gSignal{0};
std::atomic<bool> gStop{false};
int gPipe[2] = {-1, -1};

void wake() {
  if (gPipe[1] >= 0) {
    char c = 1;
    [[maybe_unused]] auto r = ::write(gPipe[1], &c, 1);
  }
}

extern "C" void onStopSignal(int sig) {
  gSignal.store(sig);
  gStop.store(true);
  wake();
}

void ensurePipe() {
  if (gPipe[0] >= 0) return;
  if (::pipe2(gPipe, O_CLOEXEC | O_NONBLOCK) != 0) gPipe[0] = gPipe[1] = -1;
}
}  // namespace

void installStopSignals() {
  ensurePipe();
  struct sigaction sa {};
  sa.sa_handler = onStopSignal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: clock_nanosleep/poll return EINTR
  ::sigaction(SIGTERM, &sa, nullptr);
  ::sigaction(SIGINT, &sa, nullptr);
  struct sigaction ign {};
  ign.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ign, nullptr);
}

bool stopRequested() { return gStop.load(std::memory_order_relaxed); }
int stopSignal() { return gSignal.load(); }

void requestStop() {
  ensurePipe();
  gStop.store(true);
  wake();
}

int stopWakeFd() {
  ensurePipe();
  return gPipe[0];
}

bool sleepUnlessStopped(std::chrono::nanoseconds d) {
  if (stopRequested()) return false;
  pollfd p{stopWakeFd(), POLLIN, 0};
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(d).count();
  ::poll(&p, 1, static_cast<int>(ms));
  return !stopRequested();
}

void blockStopSignalsInThisThread() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  ::pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

}  // namespace swarmlab::agents
