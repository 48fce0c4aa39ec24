// The path a subscriber under Swarm takes to light a Pi's display: publisher -> Redis ->
// subscriber (--display auto, the daemon's socket present) -> swarmlab-displayd on fake lines.
// What the daemon's lines show must be the lab clock's hh.mm / ss.cc, read back with --status.
#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "RedisServer.h"
#include "swarmlab_build_paths.h"

class TstDisplaySocket : public QObject {
  Q_OBJECT

 private:
  static QString bin(const char* name) {
    return QStringLiteral(SWARMLAB_BUILD_BIN_DIR "/") + QLatin1String(name);
  }
  static QString status(const QString& socket) {
    QProcess p;
    p.start(bin("swarmlab-displayd"),
            {QStringLiteral("--status"), QStringLiteral("--socket"), socket});
    p.waitForFinished(5000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
  }
  static QString field(const QString& line, const QString& key) {
    const auto m = QRegularExpression(QStringLiteral("\\b%1=(\\S+)").arg(key)).match(line);
    return m.hasMatch() ? m.captured(1) : QString();
  }

 private slots:
  void subscriberDrivesTheDaemonsLines() {
    swarmlab::test::RedisServer redis;
    QVERIFY2(redis.ok(), redis.error().c_str());
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("display.sock"));
    QProcess daemon;
    daemon.start(bin("swarmlab-displayd"),
                 {QStringLiteral("--fake"), QStringLiteral("--socket"), socket});
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 5000);

    const QString url = QString::fromStdString(redis.url());
    QProcess pub, sub;
    pub.start(bin("swarmlab-publisher"),
              {QStringLiteral("--redis"), url, QStringLiteral("--node"), QStringLiteral("gw1"),
               QStringLiteral("--instance"), QStringLiteral("publisher.1"),
               QStringLiteral("--duration-s"), QStringLiteral("6")});
    sub.start(bin("swarmlab-subscriber"),
              {QStringLiteral("--redis"), url, QStringLiteral("--node"), QStringLiteral("pi1"),
               QStringLiteral("--instance"), QStringLiteral("subscriber.1"),
               QStringLiteral("--display-socket"), socket, QStringLiteral("--duration-s"),
               QStringLiteral("6")});
    QVERIFY(pub.waitForStarted() && sub.waitForStarted());

    // The subscriber owns the display and its frames reach the lines.
    QString line;
    QTRY_VERIFY_WITH_TIMEOUT((line = status(socket), field(line, QStringLiteral("owner")) ==
                                                         QLatin1String("subscriber.1")),
                             5000);
    QTest::qWait(500);
    line = status(socket);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The lines run one refresh behind the newest frame: the hh.mm display must agree.
    QCOMPARE(field(line, QStringLiteral("lines")).left(8),
             field(line, QStringLiteral("digits")).left(8));
    const QString text = field(line, QStringLiteral("text"));  // "hh.mm,ss.cc"
    QVERIFY2(text.size() == 11, qPrintable(line));
    const QTime shown = QTime::fromString(text.left(5) + QLatin1Char('.') + text.mid(6, 2),
                                          QStringLiteral("hh.mm.ss"));
    QVERIFY2(shown.isValid(), qPrintable(line));
    // Within one display refresh plus this test's own read-back, well under a second.
    const int diff = std::abs(shown.secsTo(now.time()));
    QVERIFY2(diff <= 1 || diff >= 86399,
             qPrintable(line + QStringLiteral(" at ") + now.time().toString()));
    QVERIFY(sub.waitForFinished(15000));
    QVERIFY(QString::fromUtf8(sub.readAllStandardOutput() + sub.readAllStandardError())
                .contains(QStringLiteral("display=socket")));
    pub.waitForFinished(15000);
    daemon.terminate();
    QVERIFY(daemon.waitForFinished(5000));
  }
};

QTEST_GUILESS_MAIN(TstDisplaySocket)
#include "tst_display_socket.moc"
