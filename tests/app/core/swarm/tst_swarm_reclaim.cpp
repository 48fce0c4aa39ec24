// A Swarm test that crashes never reaches its cleanup: before, the engine stayed in Swarm mode
// and every later Docker test skipped ("in a swarm already"), or CI left the machine changed.
// tests/docker/reclaim.sh, run by SwarmFixture::setUp and by packaging/test.sh after ctest, takes
// such a swarm back. Checked for real: a child process (this binary with
// SWARMLAB_RECLAIM_CHILD=1) initialises the swarm as every Swarm test does and is SIGKILLed; the
// next fixture finds the engine as it was before the child. And the other side: a swarm the
// tests did not make (no io.swarmlab.test label) is never touched.
// Runs only when the engine is not in a swarm already; skips with the reason otherwise.
#include <QProcess>
#include <QtTest>

#include <memory>

#include "SwarmFixture.h"

using namespace swarmlab;
using namespace swarmlab::test;

namespace {

const char* kChildVar = "SWARMLAB_RECLAIM_CHILD";

QString labName(const char* what) {
  return QStringLiteral("swltest-reclaim-%1-%2").arg(what).arg(QCoreApplication::applicationPid());
}

/// The child: a Swarm test that initialised its swarm, then dies without cleaning up.
int crashingChild() {
  SwarmFixture fx;
  QString why = fx.setUp(labName("child"));
  if (why.isEmpty()) why = fx.initSwarmIfInactive();
  if (!why.isEmpty()) {
    std::fprintf(stderr, "child: %s\n", qPrintable(why));
    return 1;
  }
  std::printf("swarm initialised\n");
  std::fflush(stdout);
  for (;;) QThread::sleep(3600);  // until the parent's SIGKILL
}

}  // namespace

class TestSwarmReclaim : public QObject {
  Q_OBJECT
  bool gwbridgeBefore_ = false;

  static bool gwbridgeExists(SwarmFixture& fx) {
    return fx.http().request("GET", "/networks/docker_gwbridge", {}, 10000).status != 404;
  }

 public:
  QString prepare() {
    if (qEnvironmentVariableIsSet(kChildVar)) std::exit(crashingChild());
    SwarmFixture fx;  // its lock is released at the end of this function, for the child
    const QString why = fx.setUp(labName("prepare"));
    if (!why.isEmpty()) return why;
    if (fx.swarmStateBefore() != QLatin1String("inactive"))
      return "the engine is in a swarm already (" + fx.swarmStateBefore() + "); not touching it";
    gwbridgeBefore_ = gwbridgeExists(fx);
    return {};
  }

 private slots:
  void crashedTestsSwarmIsTakenBack() {
    QProcess child;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildVar), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains("swarm initialised") && t.elapsed() < 240000 &&
           child.state() != QProcess::NotRunning) {
      child.waitForReadyRead(1000);
      out += child.readAllStandardOutput();
    }
    QVERIFY2(out.contains("swarm initialised"), out.constData());
    child.kill();  // SIGKILL: no destructor, no tearDown
    QVERIFY(child.waitForFinished(10000));

    SwarmFixture fx;
    const QString why = fx.setUp(labName("after"));
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(fx.swarmStateBefore(), QStringLiteral("inactive"));  // "active" without reclaim.sh
    QCOMPARE(gwbridgeExists(fx), gwbridgeBefore_);
    const QStringList problems = fx.tearDown();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
  }

  void otherSwarmsAreNeverTouched() {
    SwarmFixture fx;
    const QString why = fx.setUp(labName("other"));
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(fx.swarmStateBefore(), QStringLiteral("inactive"));
    // A swarm as `docker swarm init` makes it: no io.swarmlab.test label.
    DockerResponse r = fx.http().request("POST", "/swarm/init",
                                         R"({"ListenAddr":"0.0.0.0:2377"})", 30000);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const QString reclaimed = SwarmFixture::reclaim();
    const QString state = fx.swarmState();
    const QStringList problems = fx.tearDown();  // leaves it: setUp found the engine inactive
    QVERIFY2(!reclaimed.startsWith(QLatin1String("FAIL: ")), qPrintable(reclaimed));
    QVERIFY2(reclaimed.isEmpty(), qPrintable(reclaimed));
    QCOMPARE(state, QStringLiteral("active"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join("; ")));
  }
};

SWARMLAB_DOCKER_TEST_MAIN(TestSwarmReclaim)
#include "tst_swarm_reclaim.moc"
