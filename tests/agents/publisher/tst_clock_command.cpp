// The publisher's per-period command (agents/publisher/ClockCommand): byte for byte what
// hiredis itself formats for SET <last> <msg> + PUBLISH <channel> <msg>, for every width of
// sequence number and time, and the message part as wire::encodeClock writes it.
#include <QtTest>

#include <hiredis/hiredis.h>

#include <limits>

#include "ClockCommand.hpp"
#include "wire.hpp"

using namespace swarmlab;

namespace {
std::string formatted(const char* cmd, const std::string& key, const std::string& value) {
  const char* argv[] = {cmd, key.c_str(), value.c_str()};
  const size_t lens[] = {std::strlen(cmd), key.size(), value.size()};
  char* out = nullptr;
  const int n = redisFormatCommandArgv(&out, 3, argv, lens);
  std::string s(out, static_cast<std::size_t>(n));
  redisFreeCommand(out);
  return s;
}
}  // namespace

class TestClockCommand : public QObject {
  Q_OBJECT
 private slots:
  void sameBytesAsHiredis_data() {
    QTest::addColumn<quint64>("seq");
    QTest::addColumn<qint64>("t");
    QTest::newRow("first") << quint64(1) << qint64(1'700'000'000'000'000);
    QTest::newRow("zero") << quint64(0) << qint64(0);
    QTest::newRow("negative") << quint64(9) << qint64(-1);
    QTest::newRow("widest") << std::numeric_limits<quint64>::max()
                            << std::numeric_limits<qint64>::min();
    QTest::newRow("max time") << quint64(123456789) << std::numeric_limits<qint64>::max();
  }
  void sameBytesAsHiredis() {
    QFETCH(quint64, seq);
    QFETCH(qint64, t);
    const wire::Keys keys{"lab-7"};
    agents::ClockCommand cmd(keys.clockLast(), keys.clockChannel());
    const std::string_view got = cmd.encode(seq, t);
    const std::string msg = wire::encodeClock({seq, t});
    QCOMPARE(std::string(cmd.message()), msg);
    const std::string want =
        formatted("SET", keys.clockLast(), msg) + formatted("PUBLISH", keys.clockChannel(), msg);
    QCOMPARE(std::string(got), want);
  }

  void reusesItsBuffer() {
    agents::ClockCommand cmd("k", "c");
    const char* first = cmd.encode(1, 2).data();
    QCOMPARE(cmd.encode(std::numeric_limits<quint64>::max(), -5).data(), first);
  }
};

QTEST_GUILESS_MAIN(TestClockCommand)
#include "tst_clock_command.moc"
