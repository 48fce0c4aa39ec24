// libFuzzer target: the subscriber's message decode, from the socket on. Whoever can PUBLISH
// to the lab's channel (or pose as its Redis) controls these bytes: the RESP frames the
// PushReader parses in place, in recv() pieces cut at arbitrary places, then what
// Subscriber::onFrame does with a message (decodeClock, the lab-time range check, the gap
// detector) and the 7-segment encoding of what it would show.
// Input: byte 0 = bytes per recv() (1..64), byte 1 = reader capacity, time format and UTC
// offset; the rest is the stream.
#include <sys/socket.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "PushReader.hpp"
#include "SevenSegment.hpp"
#include "Stats.hpp"
#include "wire.hpp"

namespace {

using swarmlab::redis::PushReader;
namespace display = swarmlab::display;
namespace wire = swarmlab::wire;

constexpr std::int64_t kLabNowUs = 1'700'000'000'000'000;

void check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_push_reader: %s\n", what);
  std::abort();  // libFuzzer keeps the input as crash-*
}

struct Socket {
  int fd[2] = {-1, -1};
  Socket() { check(::socketpair(AF_UNIX, SOCK_STREAM, 0, fd) == 0, "socketpair"); }
  ~Socket() {
    for (int f : fd)
      if (f >= 0) ::close(f);
  }
};

// What Subscriber::onFrame does with one frame.
void onFrame(const PushReader::Frame& f, swarmlab::agents::GapDetector& gaps, std::uint8_t opts,
             std::int64_t& nowUs) {
  check(f.count <= PushReader::kMaxItems, "more items than the frame holds");
  if (f.error || f.count != 3 || f.items[0] != "message" || f.types[2] != '$') return;
  const auto msg = wire::decodeClock(f.items[2]);
  if (!msg) return;
  check(wire::decodeClock(wire::encodeClock(*msg)) == msg, "clock message changed");
  nowUs += 500;
  if (!wire::plausibleClockTime(msg->t_us, nowUs)) return;
  if (!gaps.see(msg->seq, nowUs)) return;
  const auto format = (opts & 2) ? display::TimeFormat::HhMm_MmSs : display::TimeFormat::HhMm_SsCc;
  const int utcOffsetMin = static_cast<int>((opts >> 2) % 3) * 780 - 720;  // -12:00, +1:00, +14:00
  (void)display::encodeTime(msg->t_us, format, utcOffsetMin);
  (void)(nowUs - msg->t_us);  // the lag: within a day, no overflow
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const std::size_t chunk = 1 + data[0] % 64;
  const std::uint8_t opts = data[1];
  const std::string_view stream(reinterpret_cast<const char*>(data + 2), size - 2);

  // A small reader compacts on every receive() and meets "frame larger than the buffer".
  PushReader reader((opts & 1) ? 4096 + 64 : PushReader::kDefaultCapacity);
  swarmlab::agents::GapDetector gaps;
  std::int64_t nowUs = kLabNowUs;
  Socket s;
  for (std::size_t off = 0; off < stream.size(); off += chunk) {
    const std::string_view piece = stream.substr(off, chunk);
    check(::send(s.fd[1], piece.data(), piece.size(), 0) == static_cast<ssize_t>(piece.size()),
          "send");
    const auto r = reader.receive(s.fd[0]);
    if (r == PushReader::Read::Failed) {
      check(reader.failed(), "Failed without an error");
      reader.reset();  // the subscriber reconnects: a new connection, an empty buffer
      continue;
    }
    check(r == PushReader::Read::Data, "no data although some was sent");
    while (const PushReader::Frame* f = reader.next()) onFrame(*f, gaps, opts, nowUs);
    if (reader.failed()) {
      check(!reader.error().empty(), "failed without a message");
      reader.reset();
    }
  }
  ::shutdown(s.fd[1], SHUT_WR);
  if (!reader.failed()) {
    // EOF, or the buffer is full of one unfinished frame.
    const auto r = reader.receive(s.fd[0]);
    check(r == PushReader::Read::Closed || r == PushReader::Read::Failed, "no EOF");
  }
  return 0;
}
