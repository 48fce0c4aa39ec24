// libFuzzer target: swarmlab-displayd's socket protocol (DisplayProtocol.hpp) on arbitrary
// packets, as a daemon (requests from any local process that can open the socket) and as a
// subscriber (replies) receive them. Besides "no undefined behaviour": what parses must format
// and parse again to the same value (STATUS: from its second round), and formatFrame never writes
// past its buffer. Input: one packet (tried as a request and as a reply).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string>
#include <string_view>
#include <variant>

#include "DisplayProtocol.hpp"

namespace {

using namespace swarmlab::display::protocol;

void check(bool ok, const char* what, std::string_view text) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_display_protocol: %s: '%.*s'\n", what, static_cast<int>(text.size()),
               text.data());
  std::abort();  // libFuzzer keeps the input as crash-*
}

bool sameStatus(const Status& a, const Status& b) {
  return a.owner == b.owner && a.digits == b.digits && a.lines == b.lines && a.seq == b.seq &&
         a.tUs == b.tUs && a.ageMs == b.ageMs && a.frames == b.frames && a.rejected == b.rejected &&
         a.notOwner == b.notOwner && a.clients == b.clients && a.blanked == b.blanked &&
         a.backend == b.backend && a.blankAfterMs == b.blankAfterMs;
}

void roundTripRequest(const Request& request) {
  std::string error;
  if (const auto* h = std::get_if<Hello>(&request)) {
    const std::string text = formatHello(*h);
    const auto again = parseRequest(text, &error);
    const auto* h2 = again ? std::get_if<Hello>(&*again) : nullptr;
    check(
        h2 && h2->version == h->version && h2->instance == h->instance && h2->sinceNs == h->sinceNs,
        "HELLO changed by format/parse", text);
  } else if (const auto* f = std::get_if<FrameRequest>(&request)) {
    char buf[kMaxRequest + 16];
    std::fill(std::begin(buf), std::end(buf), '#');
    const std::size_t n = formatFrame(buf, kMaxRequest, *f);
    check(n > 0 && n <= kMaxRequest && buf[kMaxRequest] == '#', "formatFrame overflowed", {});
    const std::string_view text(buf, n);
    const auto again = parseRequest(text, &error);
    const auto* f2 = again ? std::get_if<FrameRequest>(&*again) : nullptr;
    check(f2 && f2->seq == f->seq && f2->tUs == f->tUs && f2->frame == f->frame,
          "FRAME changed by format/parse", text);
    (void)frameText(f->frame);
    // Too small a buffer: 0, nothing written past cap.
    for (std::size_t cap : {std::size_t{0}, std::size_t{7}, n - 1}) {
      std::fill(std::begin(buf), std::end(buf), '#');
      check(formatFrame(buf, cap, *f) == 0 && buf[cap] == '#', "formatFrame past a small cap",
            text);
    }
  }
}

void roundTripReply(const Reply& reply) {
  std::string error;
  if (const auto* o = std::get_if<OwnerNotice>(&reply)) {
    const std::string text = formatOwner(o->owner);
    const auto again = parseReply(text, &error);
    const auto* o2 = again ? std::get_if<OwnerNotice>(&*again) : nullptr;
    check(o2 && o2->owner == o->owner, "OWNER changed by format/parse", text);
  } else if (const auto* s = std::get_if<Status>(&reply)) {
    // A daemon's own STATUS parses; then format/parse changes nothing. (Not the first time:
    // values a daemon never sends, "backend=-" or a negative age_ms, read back as written.)
    const std::string text = formatStatus(*s);
    const auto again = parseReply(text, &error);
    const auto* s2 = again ? std::get_if<Status>(&*again) : nullptr;
    check(s2 != nullptr, "a formatted STATUS does not parse", text);
    const std::string text2 = formatStatus(*s2);
    const auto third = parseReply(text2, &error);
    const auto* s3 = third ? std::get_if<Status>(&*third) : nullptr;
    check(s3 && sameStatus(*s2, *s3) && text2 == formatStatus(*s3),
          "STATUS changed by format/parse", text2);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view packet(reinterpret_cast<const char*>(data), size);
  std::string error;
  if (auto request = parseRequest(packet, &error)) {
    roundTripRequest(*request);
  } else {
    check(!error.empty(), "a refused request without a message", packet);
  }
  error.clear();
  if (auto reply = parseReply(packet, &error)) {
    roundTripReply(*reply);
  } else {
    check(!error.empty(), "a refused reply without a message", packet);
  }
  (void)validInstance(packet);
  (void)parseFrameHex(packet);
  return 0;
}
