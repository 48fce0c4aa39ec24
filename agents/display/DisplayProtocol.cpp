#include "DisplayProtocol.hpp"

#include <array>
#include <charconv>
#include <cstdio>
#include <vector>

#include "SevenSegment.hpp"

namespace swarmlab::display::protocol {

namespace {

constexpr std::size_t kMaxTokens = 24;  // a STATUS reply has 16
constexpr std::size_t kShownChars = 24;
constexpr char kHexDigits[] = "0123456789abcdef";

/// A token as an error message quotes it: at most kShownChars, non-printables escaped.
std::string shown(std::string_view token) {
  std::string out;
  for (std::size_t i = 0; i < token.size() && i < kShownChars; ++i) {
    const auto c = static_cast<unsigned char>(token[i]);
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      char esc[8];
      std::snprintf(esc, sizeof esc, "\\x%02x", c);
      out += esc;
    }
  }
  if (token.size() > kShownChars) out += "...";
  return out;
}

bool fail(std::string* error, std::string message) {
  if (error) *error = std::move(message);
  return false;
}

/// The same, where a parser returns an optional.
std::nullopt_t failed(std::string* error, std::string message) {
  fail(error, std::move(message));
  return std::nullopt;
}

/// Checks the bytes and splits on single spaces; false and *error on bad input.
bool tokenize(std::string_view message, std::size_t maxSize, std::vector<std::string_view>& out,
              std::string* error) {
  if (message.size() > maxSize) {
    return fail(error, "message of " + std::to_string(message.size()) +
                           " bytes, expected at most " + std::to_string(maxSize));
  }
  if (!message.empty() && message.back() == '\n') message.remove_suffix(1);
  if (message.empty()) return fail(error, "empty message");
  for (std::size_t i = 0; i < message.size(); ++i) {
    const auto c = static_cast<unsigned char>(message[i]);
    if (c < 0x20 || c >= 0x7f) {
      char what[80];
      std::snprintf(what, sizeof what, "byte 0x%02x at offset %zu: expected printable ASCII", c, i);
      return fail(error, what);
    }
  }
  std::size_t start = 0;
  while (start <= message.size()) {
    std::size_t end = message.find(' ', start);
    if (end == std::string_view::npos) end = message.size();
    if (end == start) {
      return fail(error, "empty field at offset " + std::to_string(start) +
                             ": expected fields separated by one space");
    }
    if (out.size() == kMaxTokens) {
      return fail(error, "more than " + std::to_string(kMaxTokens) + " fields");
    }
    out.push_back(message.substr(start, end - start));
    start = end + 1;
  }
  return true;
}

template <typename T>
bool parseNumber(std::string_view token, T& value) {
  if (token.empty()) return false;
  auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
  return ec == std::errc() && end == token.data() + token.size();
}

/// "<what>: <field>: expected <expected>, got '<token>'"
std::string badField(std::string_view what, std::string_view field, std::string_view expected,
                     std::string_view token) {
  return std::string(what) + ": " + std::string(field) + ": expected " + std::string(expected) +
         ", got '" + shown(token) + "'";
}

std::string wrongCount(std::string_view what, std::string_view usage, std::size_t got) {
  return std::string(what) + ": expected '" + std::string(usage) + "', got " + std::to_string(got) +
         " field" + (got == 1 ? "" : "s");
}

std::optional<Request> parseHello(const std::vector<std::string_view>& t, std::string* error) {
  if (t.size() != 4)
    return failed(error, wrongCount("HELLO", "HELLO <version> <instance> <since_ns>", t.size()));
  Hello h;
  if (!parseNumber(t[1], h.version) || h.version < 1) {
    return failed(error, badField("HELLO", "version", "a positive integer", t[1]));
  }
  if (h.version != kVersion) {
    return failed(error, "HELLO: version: this daemon speaks version " + std::to_string(kVersion) +
                             ", got " + std::to_string(h.version));
  }
  if (!validInstance(t[2])) {
    return failed(
        error, badField("HELLO", "instance",
                        "1.." + std::to_string(kMaxInstance) + " characters of A-Z a-z 0-9 . _ : -",
                        t[2]));
  }
  h.instance = std::string(t[2]);
  if (!parseNumber(t[3], h.sinceNs) || h.sinceNs < 0) {
    return failed(error, badField("HELLO", "since_ns", "a non-negative integer", t[3]));
  }
  return h;
}

std::optional<Request> parseFrame(const std::vector<std::string_view>& t, std::string* error) {
  if (t.size() != 4)
    return failed(error, wrongCount("FRAME", "FRAME <seq> <t_us> <16 hex digits>", t.size()));
  FrameRequest f;
  if (!parseNumber(t[1], f.seq)) {
    return failed(error, badField("FRAME", "seq", "an unsigned integer", t[1]));
  }
  if (!parseNumber(t[2], f.tUs) || f.tUs < 0) {
    return failed(error, badField("FRAME", "t_us", "a non-negative integer", t[2]));
  }
  auto frame = parseFrameHex(t[3]);
  if (!frame) {
    return failed(error,
                  badField("FRAME", "digits",
                           "16 hex characters (got " + std::to_string(t[3].size()) + ")", t[3]));
  }
  f.frame = *frame;
  return f;
}

/// STATUS key=value pairs into s; unknown keys are skipped (newer daemons may add some).
bool parseStatusFields(const std::vector<std::string_view>& t, Status& s, std::string* error) {
  bool haveOwner = false, haveDigits = false;
  for (std::size_t i = 2; i < t.size(); ++i) {
    const auto eq = t[i].find('=');
    if (eq == std::string_view::npos || eq == 0) {
      return fail(error, badField("STATUS", "field " + std::to_string(i), "key=value", t[i]));
    }
    const std::string_view key = t[i].substr(0, eq), value = t[i].substr(eq + 1);
    bool ok = true;
    if (key == "owner") {
      s.owner = value == "-" ? std::string() : std::string(value);
      haveOwner = true;
    } else if (key == "digits" || key == "lines") {
      auto f = parseFrameHex(value);
      ok = f.has_value() || (key == "lines" && value == "-");
      if (f && key == "digits") {
        s.digits = *f;
        haveDigits = true;
      } else if (f) {
        s.lines = *f;
      }
    } else if (key == "seq") {
      ok = parseNumber(value, s.seq);
    } else if (key == "t_us") {
      ok = parseNumber(value, s.tUs);
    } else if (key == "age_ms") {
      ok = value == "-" || parseNumber(value, s.ageMs);
    } else if (key == "frames") {
      ok = parseNumber(value, s.frames);
    } else if (key == "rejected") {
      ok = parseNumber(value, s.rejected);
    } else if (key == "not_owner") {
      ok = parseNumber(value, s.notOwner);
    } else if (key == "clients") {
      ok = parseNumber(value, s.clients);
    } else if (key == "blanked") {
      ok = value == "0" || value == "1";
      s.blanked = value == "1";
    } else if (key == "backend") {
      s.backend = std::string(value);
    } else if (key == "blank_after_ms") {
      ok = parseNumber(value, s.blankAfterMs);
    }
    if (!ok) return fail(error, badField("STATUS", key, "a valid value", value));
  }
  if (!haveOwner || !haveDigits) {
    return fail(error, "STATUS: expected the fields owner= and digits=");
  }
  return true;
}

}  // namespace

bool validInstance(std::string_view instance) {
  // "-" stands for nobody in OWNER and STATUS.
  if (instance.empty() || instance.size() > kMaxInstance || instance == "-") return false;
  for (char c : instance) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == ':' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::optional<Request> parseRequest(std::string_view message, std::string* error) {
  std::vector<std::string_view> t;
  t.reserve(kMaxTokens);
  if (!tokenize(message, kMaxRequest, t, error)) return std::nullopt;
  if (t[0] == "FRAME") return parseFrame(t, error);
  if (t[0] == "HELLO") return parseHello(t, error);
  if (t[0] == "STATUS") {
    if (t.size() != 1) return failed(error, wrongCount("STATUS", "STATUS", t.size()));
    return StatusRequest{};
  }
  return failed(error, "unknown request '" + shown(t[0]) + "': expected HELLO, FRAME or STATUS");
}

std::optional<Reply> parseReply(std::string_view message, std::string* error) {
  if (message.rfind("ERR ", 0) == 0) {
    std::string_view text = message.substr(4);
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    return ErrorReply{std::string(text)};
  }
  std::vector<std::string_view> t;
  t.reserve(kMaxTokens);
  if (!tokenize(message, kMaxReply, t, error)) return std::nullopt;
  if (t[0] == "OWNER") {
    if (t.size() != 2 || (t[1] != "-" && !validInstance(t[1]))) {
      return failed(error, badField("OWNER", "owner", "an instance name or '-'",
                                    t.size() > 1 ? t[1] : std::string_view()));
    }
    return OwnerNotice{t[1] == "-" ? std::string() : std::string(t[1])};
  }
  if (t[0] == "STATUS") {
    int version = 0;
    if (t.size() < 2 || !parseNumber(t[1], version) || version != kVersion) {
      return failed(error, "STATUS: version: expected " + std::to_string(kVersion) + ", got '" +
                               shown(t.size() > 1 ? t[1] : std::string_view()) + "'");
    }
    Status s;
    if (!parseStatusFields(t, s, error)) return std::nullopt;
    return s;
  }
  return failed(error, "unknown reply '" + shown(t[0]) + "': expected OWNER, ERR or STATUS");
}

std::string formatHello(const Hello& hello) {
  return "HELLO " + std::to_string(hello.version) + " " + hello.instance + " " +
         std::to_string(hello.sinceNs);
}

std::size_t formatFrame(char* buf, std::size_t cap, const FrameRequest& frame) {
  char* p = buf;
  char* const end = buf + cap;
  auto put = [&](std::string_view s) {
    if (static_cast<std::size_t>(end - p) < s.size()) return false;
    for (char c : s) *p++ = c;
    return true;
  };
  auto number = [&](auto v) {
    auto [q, ec] = std::to_chars(p, end, v);
    if (ec != std::errc()) return false;
    p = q;
    return true;
  };
  if (!put("FRAME ") || !number(frame.seq) || !put(" ") || !number(frame.tUs) || !put(" ")) {
    return 0;
  }
  if (end - p < 16) return 0;
  for (Segments d : frame.frame.digits) {
    *p++ = kHexDigits[d >> 4];
    *p++ = kHexDigits[d & 0xf];
  }
  return static_cast<std::size_t>(p - buf);
}

std::string formatOwner(std::string_view owner) {
  return "OWNER " + (owner.empty() ? std::string("-") : std::string(owner));
}

std::string formatError(std::string_view message) { return "ERR " + std::string(message); }

std::string formatStatus(const Status& s) {
  std::string out = "STATUS " + std::to_string(kVersion);
  auto field = [&out](std::string_view key, const std::string& value) {
    out += ' ';
    out += key;
    out += '=';
    out += value;
  };
  field("owner", s.owner.empty() ? "-" : s.owner);
  field("digits", frameHex(s.digits));
  field("text", frameText(s.digits));
  field("lines", s.lines ? frameHex(*s.lines) : "-");
  field("seq", std::to_string(s.seq));
  field("t_us", std::to_string(s.tUs));
  field("age_ms", s.ageMs < 0 ? "-" : std::to_string(s.ageMs));
  field("frames", std::to_string(s.frames));
  field("rejected", std::to_string(s.rejected));
  field("not_owner", std::to_string(s.notOwner));
  field("clients", std::to_string(s.clients));
  field("blanked", s.blanked ? "1" : "0");
  field("backend", s.backend.empty() ? "-" : s.backend);
  field("blank_after_ms", std::to_string(s.blankAfterMs));
  return out;
}

std::string frameHex(const Frame& frame) {
  std::string out(16, '0');
  for (std::size_t i = 0; i < 8; ++i) {
    out[2 * i] = kHexDigits[frame.digits[i] >> 4];
    out[2 * i + 1] = kHexDigits[frame.digits[i] & 0xf];
  }
  return out;
}

std::optional<Frame> parseFrameHex(std::string_view hex) {
  if (hex.size() != 16) return std::nullopt;
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  Frame f;
  for (std::size_t i = 0; i < 8; ++i) {
    const int hi = nibble(hex[2 * i]), lo = nibble(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    f.digits[i] = static_cast<Segments>(hi << 4 | lo);
  }
  return f;
}

std::string frameText(const Frame& frame) {
  std::string out;
  for (std::size_t i = 0; i < 8; ++i) {
    if (i == 4) out += ',';
    const Segments segs = frame.digits[i] & static_cast<Segments>(~kDecimalPoint);
    char c = '?';
    if (segs == kBlank) c = '_';
    for (char k : std::string_view("0123456789-")) {
      if (encodeChar(k) == segs) c = k;
    }
    out += c;
    if (frame.digits[i] & kDecimalPoint) out += '.';
  }
  return out;
}

}  // namespace swarmlab::display::protocol
