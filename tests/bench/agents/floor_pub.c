/* The CPU floor of a 2 ms publisher (issue 9): sleeps to the next tick (clock_nanosleep,
 * TIMER_ABSTIME) and writes one preformatted PUBLISH; never reads, formats or allocates.
 * usage: floor_pub PORT CHANNEL PERIOD_US  (until SIGTERM; prints "floor_pub: N" to stdout) */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t stop;
static void on_term(int sig) {
  (void)sig;
  stop = 1;
}

int main(int argc, char** argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: floor_pub PORT CHANNEL PERIOD_US\n");
    return 2;
  }
  const char* payload = "12345 1700000000000000"; /* the size of a real message */
  char cmd[512];
  const int len = snprintf(cmd, sizeof cmd, "*3\r\n$7\r\nPUBLISH\r\n$%zu\r\n%s\r\n$%zu\r\n%s\r\n",
                           strlen(argv[2]), argv[2], strlen(payload), payload);
  const long period_ns = atol(argv[3]) * 1000L;

  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET;
  a.sin_port = htons((unsigned short)atoi(argv[1]));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one); /* as hiredis does */
  if (connect(fd, (struct sockaddr*)&a, sizeof a) != 0) {
    perror("floor_pub: connect");
    return 1;
  }
  struct sigaction sa = {0};
  sa.sa_handler = on_term;
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);

  unsigned long long n = 0;
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  while (!stop) {
    t.tv_nsec += period_ns;
    while (t.tv_nsec >= 1000000000L) {
      t.tv_nsec -= 1000000000L;
      t.tv_sec += 1;
    }
    if (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &t, NULL) == EINTR) continue;
    if (write(fd, cmd, (size_t)len) != len) {
      perror("floor_pub: write");
      return 1;
    }
    ++n;
  }
  printf("floor_pub: %llu\n", n);
  return 0;
}
