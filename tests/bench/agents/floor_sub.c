/* The CPU floor of a subscriber (issue 9): SUBSCRIBE, then read() whatever arrives; no parsing,
 * no display, no metrics. usage: floor_sub PORT CHANNEL  (until SIGTERM; prints bytes read) */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static volatile sig_atomic_t stop;
static void on_term(int sig) {
  (void)sig;
  stop = 1;
}

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: floor_sub PORT CHANNEL\n");
    return 2;
  }
  char cmd[512];
  const int len = snprintf(cmd, sizeof cmd, "*2\r\n$9\r\nSUBSCRIBE\r\n$%zu\r\n%s\r\n",
                           strlen(argv[2]), argv[2]);
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET;
  a.sin_port = htons((unsigned short)atoi(argv[1]));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, (struct sockaddr*)&a, sizeof a) != 0 || write(fd, cmd, (size_t)len) != len) {
    perror("floor_sub: connect");
    return 1;
  }
  struct sigaction sa = {0};
  sa.sa_handler = on_term;
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);

  char buf[16384];
  unsigned long long bytes = 0;
  while (!stop) {
    ssize_t r = read(fd, buf, sizeof buf);
    if (r > 0)
      bytes += (unsigned long long)r;
    else if (r == 0 || errno != EINTR)
      break;
  }
  printf("floor_sub: %llu bytes\n", bytes);
  return 0;
}
