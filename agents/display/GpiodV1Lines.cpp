// The libgpiod v1 adapter (Debian 12, Raspberry Pi OS 12: libgpiod 1.6). The only file that
// includes gpiod.h; a v2 adapter would be a sibling file selected in CMakeLists.txt.
#include <gpiod.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <set>

#include "LineDriver.hpp"

namespace swarmlab::display {

namespace {

std::string errnoText(int err) { return std::strerror(err); }

class GpiodV1Lines final : public LineDriver {
 public:
  GpiodV1Lines(gpiod_chip* chip, const gpiod_line_bulk& bulk) : chip_(chip), bulk_(bulk) {}
  ~GpiodV1Lines() override {
    gpiod_line_release_bulk(&bulk_);
    gpiod_chip_close(chip_);
  }
  GpiodV1Lines(const GpiodV1Lines&) = delete;
  GpiodV1Lines& operator=(const GpiodV1Lines&) = delete;

  std::size_t lineCount() const override { return bulk_.num_lines; }

  bool set(LineLevels levels, std::string* error) override {
    std::array<int, GPIOD_LINE_BULK_MAX_LINES> values{};
    for (unsigned i = 0; i < bulk_.num_lines; ++i) values[i] = static_cast<int>(levels >> i & 1U);
    if (gpiod_line_set_value_bulk(&bulk_, values.data()) == 0) return true;
    if (error) {
      *error = "gpio: setting " + std::to_string(bulk_.num_lines) + " lines on " +
               gpiod_chip_name(chip_) + " failed: " + errnoText(errno);
    }
    return false;
  }

 private:
  gpiod_chip* chip_;
  gpiod_line_bulk bulk_;
};

}  // namespace

std::string_view gpiodAdapterName() { return "libgpiod v1"; }

std::unique_ptr<LineDriver> openGpiodLines(const std::string& chipName,
                                           const std::vector<LineRequest>& lines,
                                           LineLevels initial, std::string_view consumer,
                                           std::string* error) {
  auto fail = [&](std::string message) -> std::unique_ptr<LineDriver> {
    if (error) *error = std::move(message);
    return nullptr;
  };
  if (lines.empty() || lines.size() > GPIOD_LINE_BULK_MAX_LINES) {
    return fail("gpio: " + std::to_string(lines.size()) + " lines requested on chip '" + chipName +
                "', expected 1.." + std::to_string(GPIOD_LINE_BULK_MAX_LINES));
  }
  std::set<unsigned> seen;
  for (const auto& l : lines) {
    if (!seen.insert(l.offset).second) {
      return fail("gpio: line " + std::to_string(l.offset) + " (" + l.role +
                  ") is requested twice on chip '" + chipName + "'");
    }
  }

  errno = 0;
  gpiod_chip* chip = gpiod_chip_open_lookup(chipName.c_str());
  if (!chip) {
    int err = errno ? errno : ENOENT;
    if (err == EACCES || err == EPERM) {
      return fail(
          "gpio: permission denied opening chip '" + chipName +
          "' (the user needs access to /dev/gpiochip*, e.g. the gpio group): " + errnoText(err));
    }
    return fail("gpio: cannot open chip '" + chipName + "': " +
                (err == ENOENT || err == ENODEV ? std::string("no such GPIO chip on this machine")
                                                : errnoText(err)));
  }
  const std::string name = gpiod_chip_name(chip);
  const unsigned available = gpiod_chip_num_lines(chip);

  gpiod_line_bulk bulk;
  gpiod_line_bulk_init(&bulk);
  std::array<int, GPIOD_LINE_BULK_MAX_LINES> values{};
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& l = lines[i];
    gpiod_line* line = l.offset < available ? gpiod_chip_get_line(chip, l.offset) : nullptr;
    if (!line) {
      gpiod_chip_close(chip);
      return fail("gpio: line " + std::to_string(l.offset) + " (" + l.role +
                  ") does not exist on " + name + " (it has lines 0.." +
                  std::to_string(available ? available - 1 : 0) + ")");
    }
    gpiod_line_bulk_add(&bulk, line);
    values[i] = static_cast<int>(initial >> i & 1U);
  }

  const std::string consumerName(consumer);
  if (gpiod_line_request_bulk_output(&bulk, consumerName.c_str(), values.data()) != 0) {
    int err = errno;
    std::string message;
    if (err == EBUSY) {
      // Name the first line somebody else holds, and who.
      for (std::size_t i = 0; i < lines.size(); ++i) {
        gpiod_line* line = bulk.lines[i];
        gpiod_line_update(line);
        if (gpiod_line_is_used(line)) {
          const char* owner = gpiod_line_consumer(line);
          message = "gpio: line " + std::to_string(lines[i].offset) + " (" + lines[i].role +
                    ") on " + name + " is already in use by '" +
                    (owner && *owner ? owner : "the kernel") + "'";
          break;
        }
      }
      if (message.empty()) message = "gpio: a line on " + name + " is busy: " + errnoText(err);
    } else if (err == EACCES || err == EPERM) {
      message = "gpio: permission denied requesting lines on " + name + ": " + errnoText(err);
    } else {
      message = "gpio: requesting " + std::to_string(lines.size()) + " output lines on " + name +
                " failed: " + errnoText(err);
    }
    gpiod_chip_close(chip);
    return fail(message);
  }
  return std::make_unique<GpiodV1Lines>(chip, bulk);
}

}  // namespace swarmlab::display
