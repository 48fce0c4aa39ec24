// A machine dropped on a lab node while the Docker Engine cannot be reached (issue 12): the
// node read that hostLabNode() starts with (GET /nodes) fails, and the command ends at once,
// naming the engine and the request, instead of at the 120 s command deadline. Against real
// unreachable endpoints (a unix socket path that does not exist, a closed loopback port): no
// engine and no double is involved.
#include <QtTest>

#include <QTcpServer>

#include "SwarmOrchestrator.h"

using namespace swarmlab;

namespace {

Lab tinyLab() {
  Lab lab;
  lab.name = "unreachable";
  lab.nodes = {{"manager", Layer::Enterprise, "x86_64", {}, {}},
               {"gw1", Layer::Mediation, "x86_64", {"redis"}, {}}};
  return lab;
}

// A loopback port nobody listens on: bound, then closed again.
quint16 closedPort() {
  QTcpServer s;
  if (!s.listen(QHostAddress::LocalHost, 0)) return 0;
  const quint16 port = s.serverPort();
  s.close();
  return port;
}

}  // namespace

class TestSwarmUnreachable : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

 private slots:
  void initTestCase() { qRegisterMetaType<OrchestratorError>(); }

  void hostDropFailsAtOnce_data() {
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("named");
    const QString sock = dir_.filePath("no-such-docker.sock");
    QTest::newRow("unix socket that does not exist") << "unix://" + sock << "unix://" + sock;
    const QString tcp = QStringLiteral("tcp://127.0.0.1:%1").arg(closedPort());
    QTest::newRow("closed loopback port") << tcp << tcp;
  }
  void hostDropFailsAtOnce() {
    QFETCH(QString, endpoint);
    QFETCH(QString, named);
    SwarmOptions o;
    o.dockerHost = endpoint;
    o.redisUrl = QStringLiteral("redis://127.0.0.1:1");  // given: nothing to deploy for it
    QCOMPARE(o.commandTimeoutMs, 120000);                // the deadline the drop used to wait for
    SwarmOrchestrator orch(tinyLab(), o);
    QSignalSpy errors(&orch, &Orchestrator::errorOccurred);
    orch.start();
    QVERIFY(errors.wait(5000));  // the engine's outage, said once
    QSignalSpy finished(&orch, &Orchestrator::commandFinished);
    QElapsedTimer t;
    t.start();
    const quint64 id = orch.hostLabNode(QStringLiteral("node-id-vm"), QStringLiteral("gw1"));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    const qint64 ms = t.elapsed();
    QCOMPARE(finished.first().at(0).toULongLong(), id);
    QVERIFY(!finished.first().at(1).toBool());
    const auto e = finished.first().at(2).value<OrchestratorError>();
    qInfo("host drop with %s: failed after %lld ms: %s", qPrintable(endpoint), ms,
          qPrintable(e.toString()));
    QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
    QCOMPARE(e.object, QStringLiteral("gw1"));
    QVERIFY2(e.message.contains(named), qPrintable(e.message));
    QVERIFY2(e.message.contains("GET /nodes"), qPrintable(e.message));
    QVERIFY2(e.message.contains("could not be read"), qPrintable(e.message));
  }
};

QTEST_GUILESS_MAIN(TestSwarmUnreachable)
#include "tst_swarm_unreachable.moc"
