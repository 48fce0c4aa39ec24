#include "PinMap.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace swarmlab::display {

namespace {

using nlohmann::json;

constexpr std::string_view kDefaultJson = R"json({
  "description": "swarmlab default wiring: Raspberry Pi 40-pin header, BCM numbers on gpiochip0, two SH5461AS common-cathode displays with their own segment lines (multiplexed in parallel)",
  "chip": "gpiochip0",
  "segments_active": "high",
  "digits_active": "low",
  "refresh_hz": 125,
  "brightness": 100,
  "realtime_priority": 10,
  "displays": [
    {
      "name": "hh.mm",
      "segments": {"a": 4, "b": 5, "c": 6, "d": 7, "e": 8, "f": 9, "g": 10, "dp": 11},
      "digits": [12, 13, 16, 17]
    },
    {
      "name": "ss.cc",
      "segments": {"a": 18, "b": 19, "c": 20, "d": 21, "e": 22, "f": 23, "g": 24, "dp": 25},
      "digits": [26, 27, 2, 3]
    }
  ]
}
)json";

struct Failure {
  std::string message;
};

std::string shown(const json& v) {
  std::string s = v.dump();
  if (s.size() > 40) s = s.substr(0, 37) + "...";
  return s;
}

[[noreturn]] void failAt(const std::string& field, const std::string& what) {
  throw Failure{field + ": " + what};
}

unsigned lineOffset(const json& v, const std::string& field) {
  const std::string expected = "expected a line offset 0.." + std::to_string(kMaxLineOffset);
  if (!v.is_number_integer()) failAt(field, expected + ", got " + shown(v));
  auto n = v.get<long long>();
  if (n < 0 || n > kMaxLineOffset) failAt(field, expected + ", got " + std::to_string(n));
  return static_cast<unsigned>(n);
}

bool activeHigh(const json& obj, const char* key, bool fallback) {
  auto it = obj.find(key);
  if (it == obj.end()) return fallback;
  if (it->is_string()) {
    if (*it == "high") return true;
    if (*it == "low") return false;
  }
  failAt(key, "expected \"high\" or \"low\", got " + shown(*it));
}

int intIn(const json& obj, const char* key, int lo, int hi, int fallback) {
  auto it = obj.find(key);
  if (it == obj.end()) return fallback;
  const std::string expected =
      "expected an integer " + std::to_string(lo) + ".." + std::to_string(hi);
  if (!it->is_number_integer()) failAt(key, expected + ", got " + shown(*it));
  auto n = it->get<long long>();
  if (n < lo || n > hi) failAt(key, expected + ", got " + std::to_string(n));
  return static_cast<int>(n);
}

void rejectUnknown(const json& obj, const std::string& where,
                   std::initializer_list<std::string_view> known) {
  for (const auto& [key, value] : obj.items()) {
    if (key.starts_with("_")) continue;  // "_comment" and the like
    bool ok = false;
    for (auto k : known) ok = ok || key == k;
    if (!ok) {
      std::string list;
      for (auto k : known) {
        if (!list.empty()) list += ", ";
        list += k;
      }
      failAt(where + key, "unknown field (expected one of: " + list + ")");
    }
  }
}

DisplayPins parseDisplay(const json& d, int index, const DisplayPins* first, bool* sharedOut) {
  const std::string at = "displays[" + std::to_string(index) + "]";
  if (!d.is_object())
    failAt(at, "expected an object with \"segments\" and \"digits\", got " + shown(d));
  rejectUnknown(d, at + ".", {"name", "segments", "digits"});
  DisplayPins pins;
  auto segs = d.find("segments");
  if (segs == d.end() || (segs->is_string() && *segs == "shared")) {
    if (!first) {
      failAt(at + ".segments", segs == d.end()
                                   ? "missing (expected an object with lines a..g and dp)"
                                   : "\"shared\" is only allowed for displays[1] (expected an "
                                     "object with lines a..g and dp)");
    }
    pins.segments = first->segments;
    *sharedOut = true;
  } else {
    if (!segs->is_object()) {
      failAt(at + ".segments", std::string("expected an object with lines a..g and dp") +
                                   (first ? " or \"shared\"" : "") + ", got " + shown(*segs));
    }
    rejectUnknown(*segs, at + ".segments.", {"a", "b", "c", "d", "e", "f", "g", "dp"});
    for (std::size_t s = 0; s < 8; ++s) {
      const std::string field = at + ".segments." + std::string(kSegmentNames[s]);
      auto it = segs->find(std::string(kSegmentNames[s]));
      if (it == segs->end()) {
        failAt(field, "missing (expected a line offset 0.." + std::to_string(kMaxLineOffset) + ")");
      }
      pins.segments[s] = lineOffset(*it, field);
    }
  }
  auto digits = d.find("digits");
  if (digits == d.end()) failAt(at + ".digits", "missing (expected 4 line offsets, left to right)");
  if (!digits->is_array() || digits->size() != 4) {
    failAt(at + ".digits",
           "expected an array of 4 line offsets (left to right), got " + shown(*digits));
  }
  for (std::size_t k = 0; k < 4; ++k) {
    pins.digits[k] = lineOffset((*digits)[k], at + ".digits[" + std::to_string(k) + "]");
  }
  return pins;
}

void checkDistinct(const PinMap& m) {
  // Every line has one role; display 2 may reuse display 1's segment lines, all of them in the
  // same order (shared bus), or none of them.
  std::map<unsigned, std::string> owner;
  auto claim = [&](unsigned line, const std::string& field) {
    auto [it, inserted] = owner.emplace(line, field);
    if (!inserted) failAt(field, "line " + std::to_string(line) + " is also used by " + it->second);
  };
  const bool shared = m.sharedSegments();
  for (int d = 0; d < 2; ++d) {
    const std::string at = "displays[" + std::to_string(d) + "]";
    if (!(d == 1 && shared)) {
      for (std::size_t s = 0; s < 8; ++s) {
        std::string field = at + ".segments." + std::string(kSegmentNames[s]);
        if (d == 1 && owner.contains(m.displays[1].segments[s]) &&
            owner[m.displays[1].segments[s]].find(".segments.") != std::string::npos) {
          failAt(field, "line " + std::to_string(m.displays[1].segments[s]) + " is also " +
                            owner[m.displays[1].segments[s]] +
                            "; segment lines must be all shared with displays[0] (same line for "
                            "each segment) or all separate");
        }
        claim(m.displays[d].segments[s], field);
      }
    }
    for (std::size_t k = 0; k < 4; ++k) {
      claim(m.displays[d].digits[k], at + ".digits[" + std::to_string(k) + "]");
    }
  }
}

PinMap parseOrThrow(std::string_view text) {
  json root;
  try {
    root = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    if (auto p = what.find("] "); what.starts_with("[json.") && p != std::string::npos) {
      what = what.substr(p + 2);
    }
    throw Failure{"not valid JSON: " + what};
  }
  if (!root.is_object()) throw Failure{"expected a JSON object at the top, got " + shown(root)};
  rejectUnknown(root, "",
                {"description", "chip", "segments_active", "digits_active", "refresh_hz",
                 "brightness", "realtime_priority", "displays"});
  PinMap m;
  auto chip = root.find("chip");
  if (chip == root.end())
    failAt("chip", "missing (expected a GPIO chip name such as \"gpiochip0\")");
  if (!chip->is_string() || chip->get<std::string>().empty()) {
    failAt("chip", "expected a GPIO chip name such as \"gpiochip0\", got " + shown(*chip));
  }
  m.chip = chip->get<std::string>();
  m.segmentsActiveHigh = activeHigh(root, "segments_active", true);
  m.digitsActiveHigh = activeHigh(root, "digits_active", false);
  m.refreshHz = intIn(root, "refresh_hz", kMinRefreshHz, kMaxRefreshHz, 125);
  m.brightness = intIn(root, "brightness", 1, 100, 100);
  m.realtimePriority = intIn(root, "realtime_priority", 0, 99, 10);
  auto displays = root.find("displays");
  if (displays == root.end()) failAt("displays", "missing (expected an array of 2 displays)");
  if (!displays->is_array() || displays->size() != 2) {
    failAt("displays", "expected an array of 2 displays, got " + shown(*displays));
  }
  bool shared = false;
  m.displays[0] = parseDisplay((*displays)[0], 0, nullptr, &shared);
  m.displays[1] = parseDisplay((*displays)[1], 1, &m.displays[0], &shared);
  checkDistinct(m);
  return m;
}

}  // namespace

std::optional<PinMap> parsePinMap(std::string_view text, const std::string& source,
                                  std::string* error) {
  try {
    PinMap m = parseOrThrow(text);
    m.source = source;
    return m;
  } catch (const Failure& f) {
    if (error) *error = "pin map " + source + ": " + f.message;
  } catch (const std::exception& e) {  // nlohmann type errors we did not foresee
    if (error) *error = "pin map " + source + ": " + e.what();
  }
  return std::nullopt;
}

std::optional<PinMap> loadPinMap(const std::string& path, std::string* error) {
  if (path.empty()) return defaultPinMap();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error) *error = "pin map " + path + ": cannot read the file (" + std::strerror(errno) + ")";
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parsePinMap(text.str(), path, error);
}

std::string_view defaultPinMapJson() { return kDefaultJson; }

PinMap defaultPinMap() {
  std::string error;
  auto m = parsePinMap(kDefaultJson, "built-in default", &error);
  return *m;  // tested: the built-in map always parses
}

}  // namespace swarmlab::display
