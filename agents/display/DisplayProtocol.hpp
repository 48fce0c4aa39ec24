// The display daemon's socket protocol, version 1 (docs/displayd.md): one ASCII message per
// SOCK_SEQPACKET packet, tokens separated by one space, an optional trailing '\n' (so that
// socat can be used by hand). Shared by swarmlab-displayd (parses requests, formats replies)
// and SocketDisplay (formats requests, parses replies). Pure functions, no I/O.
//
//   client -> daemon                      daemon -> client
//   HELLO 1 <instance> <since_ns>         OWNER <instance>|-      (on HELLO and on every change)
//   FRAME <seq> <t_us> <16 hex digits>    ERR <message>           (bad input; never a crash)
//   STATUS                                STATUS 1 key=value ...
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "Display.hpp"

namespace swarmlab::display::protocol {

inline constexpr int kVersion = 1;
/// Longest request a daemon accepts (bytes, the trailing newline included).
inline constexpr std::size_t kMaxRequest = 160;
/// Longest reply a daemon sends (a STATUS line is about 300 bytes).
inline constexpr std::size_t kMaxReply = 1024;
/// Longest instance name (Swarm task names such as "lab_subscriber.1.<25 chars>" fit).
inline constexpr std::size_t kMaxInstance = 96;
/// Where the daemon listens unless told otherwise; its directory is what services bind-mount.
inline constexpr std::string_view kDefaultSocketPath = "/run/swarmlab/display.sock";

/// "HELLO": who the client is. sinceNs (CLOCK_MONOTONIC when the client's display was opened,
/// the same clock for every process on one host) orders the clients: the latest one owns.
struct Hello {
  int version = kVersion;
  std::string instance;
  std::int64_t sinceNs = 0;
};

/// "FRAME": the 8 digits to show, with the message's sequence number and lab time.
struct FrameRequest {
  std::uint64_t seq = 0;
  std::int64_t tUs = 0;
  Frame frame;
};

/// "STATUS": what the display shows now.
struct StatusRequest {};

using Request = std::variant<Hello, FrameRequest, StatusRequest>;

/// The daemon's state, as the STATUS reply carries it.
struct Status {
  std::string owner;           ///< instance owning the display, empty = none
  Frame digits;                ///< what the multiplexer drives now
  std::optional<Frame> lines;  ///< decoded from the lines themselves (fake backend only)
  std::uint64_t seq = 0;       ///< of the frame shown (0 when blank)
  std::int64_t tUs = 0;        ///< lab time of the frame shown (0 when blank)
  std::int64_t ageMs = -1;     ///< since the frame shown arrived, -1 = none yet
  std::uint64_t frames = 0;    ///< valid FRAME requests received
  std::uint64_t rejected = 0;  ///< requests answered with ERR
  std::uint64_t notOwner = 0;  ///< valid frames from clients that did not own the display
  std::uint64_t clients = 0;   ///< connected subscribers (that said HELLO)
  bool blanked = true;         ///< blank because nobody sent a frame within blankAfterMs
  std::string backend;         ///< "gpio" or "fake"
  std::int64_t blankAfterMs = 0;
};

/// "OWNER": who owns the display now (empty = nobody).
struct OwnerNotice {
  std::string owner;
};

/// "ERR": the daemon refused a request; the message names the field and what was expected.
struct ErrorReply {
  std::string message;
};

using Reply = std::variant<OwnerNotice, ErrorReply, Status>;

/// Parses one request. nullopt and *error set to one line naming the request and field, e.g.
/// "FRAME: digits: expected 16 hex characters, got 15 ('3f065b4f667d07f')".
std::optional<Request> parseRequest(std::string_view message, std::string* error);

/// Parses one reply (the client side, and the tests). Unknown STATUS keys are ignored.
std::optional<Reply> parseReply(std::string_view message, std::string* error);

std::string formatHello(const Hello& hello);
/// Writes "FRAME ..." into buf without allocating (the subscriber's loop calls it per update);
/// returns the length, 0 if cap is too small.
std::size_t formatFrame(char* buf, std::size_t cap, const FrameRequest& frame);
std::string formatOwner(std::string_view owner);
std::string formatError(std::string_view message);
std::string formatStatus(const Status& status);

/// 16 hex characters, digit 0 first, two per digit (bit 0..6 = segments a..g, bit 7 = dp).
std::string frameHex(const Frame& frame);
std::optional<Frame> parseFrameHex(std::string_view hex);
/// What a person reads on the two displays: "12.34,56.78"; '_' a blank digit, '?' a pattern
/// that is no character (the read-back of the end-to-end test compares this with the clock).
std::string frameText(const Frame& frame);

/// 1..kMaxInstance characters of [A-Za-z0-9._:-], and not "-" (which means nobody).
bool validInstance(std::string_view instance);

}  // namespace swarmlab::display::protocol
