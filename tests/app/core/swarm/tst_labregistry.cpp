// The lab registry's pure part (app/core/swarm/LabRegistry, issue 12 part 4): addresses, names
// in the registry, and the engine's GET /distribution answers turned into a digest reference or
// an error naming the registry and what was expected.
#include <QtTest>

#include "LabRegistry.h"

using namespace swarmlab;

namespace {
const QString kAddr = QStringLiteral("10.0.0.1:5000");
const QString kDigest =
    QStringLiteral("sha256:06445aa94cedbd673ac895f66adecd466ac6f71c5c09418542c7c0c6ad7bf415");
}  // namespace

class TestLabRegistry : public QObject {
  Q_OBJECT
 private slots:
  void address_data() {
    QTest::addColumn<QString>("addr");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ip:port") << "10.0.0.1:5000" << true;
    QTest::newRow("name:port") << "lab-pc.local:5000" << true;
    QTest::newRow("ipv6") << "[fe80::1]:5000" << true;
    QTest::newRow("no port") << "10.0.0.1" << false;
    QTest::newRow("scheme") << "https://10.0.0.1:5000" << false;
    QTest::newRow("port too big") << "10.0.0.1:70000" << false;
    QTest::newRow("port 0") << "10.0.0.1:0" << false;
    QTest::newRow("path") << "10.0.0.1:5000/swarmlab" << false;
    QTest::newRow("empty") << "" << false;
  }
  void address() {
    QFETCH(QString, addr);
    QFETCH(bool, valid);
    const QString why = registry::checkAddress(addr);
    QCOMPARE(why.isEmpty(), valid);
    if (!valid) {
      QVERIFY2(why.contains("host:port"), qPrintable(why));
      QVERIFY2(why.contains('"' + addr + '"'), qPrintable(why));
    }
  }

  void qualify_data() {
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no tag") << "swarmlab/publisher" << kAddr + "/swarmlab/publisher:latest";
    QTest::newRow("tag") << "swarmlab/subscriber:v2" << kAddr + "/swarmlab/subscriber:v2";
    QTest::newRow("library image") << "redis:7" << kAddr + "/redis:7";
    QTest::newRow("already there")
        << kAddr + "/swarmlab/redis:latest" << kAddr + "/swarmlab/redis:latest";
    QTest::newRow("already there, no tag")
        << kAddr + "/swarmlab/redis" << kAddr + "/swarmlab/redis:latest";
  }
  void qualify() {
    QFETCH(QString, image);
    QFETCH(QString, expected);
    QCOMPARE(registry::qualify(kAddr, image), expected);
    QCOMPARE(registry::distributionPath(expected), "/distribution/" + expected + "/json");
  }

  void resolvesToDigest() {
    // What Docker 20.10 answered for a manifest list pushed by lab-registry.sh.
    const QByteArray body =
        "{\"Descriptor\":{\"mediaType\":\"application/"
        "vnd.docker.distribution.manifest.list.v2+json\","
        "\"digest\":\"" +
        kDigest.toLatin1() +
        "\",\"size\":433},\"Platforms\":[{\"architecture\":\"amd64\",\"os\":\"linux\"},"
        "{\"architecture\":\"arm64\",\"os\":\"linux\",\"variant\":\"v8\"}]}";
    const QString name = kAddr + "/swarmlab/publisher:latest";
    const auto r = registry::resolve(kAddr, name, 200, body, {});
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.ref, name + "@" + kDigest);
    QVERIFY(!r.notFound);
  }

  void notInRegistry() {
    const QString name = kAddr + "/redis:7";
    const auto r = registry::resolve(kAddr, name, 404,
                                     "{\"message\":\"manifest unknown: manifest unknown\"}", {});
    QVERIFY(r.notFound);
    QVERIFY(r.ref.isEmpty());
    QVERIFY2(r.error.contains(name) && r.error.contains(kAddr) && r.error.contains("push"),
             qPrintable(r.error));
  }

  void unreachable_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("transport");
    QTest::addColumn<QString>("mustSay");
    // Docker 20.10's words when nothing listens on the port.
    QTest::newRow("refused") << 500
                             << QByteArray(
                                    "{\"message\":\"Get \\\"https://10.0.0.1:5000/v2/\\\": "
                                    "dial tcp 10.0.0.1:5000: connect: connection refused\"}")
                             << QString() << "connection refused";
    QTest::newRow("certificate")
        << 500
        << QByteArray(
               "{\"message\":\"Get \\\"https://10.0.0.1:5000/v2/\\\": x509: certificate "
               "signed by unknown authority\"}")
        << QString() << "x509";
    QTest::newRow("engine gave no answer") << 0 << QByteArray() << "Operation timed out"
                                           << "Operation timed out";
  }
  void unreachable() {
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, transport);
    QFETCH(QString, mustSay);
    const auto r =
        registry::resolve(kAddr, kAddr + "/swarmlab/publisher:latest", status, body, transport);
    QVERIFY(r.ref.isEmpty());
    QVERIFY(!r.notFound);  // no fallback for a registry that does not answer
    QVERIFY2(r.error.contains(kAddr), qPrintable(r.error));
    QVERIFY2(r.error.contains(mustSay), qPrintable(r.error));
    QVERIFY2(r.error.contains("/etc/docker/certs.d/" + kAddr + "/ca.crt"), qPrintable(r.error));
  }

  void answerWithoutDigest_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("<html>");
    QTest::newRow("no descriptor") << QByteArray("{\"Platforms\":[]}");
    QTest::newRow("digest not a string") << QByteArray("{\"Descriptor\":{\"digest\":5}}");
    QTest::newRow("not sha256") << QByteArray("{\"Descriptor\":{\"digest\":\"md5:abc\"}}");
    QTest::newRow("descriptor not an object") << QByteArray("{\"Descriptor\":[1]}");
  }
  void answerWithoutDigest() {
    QFETCH(QByteArray, body);
    const auto r = registry::resolve(kAddr, kAddr + "/x:latest", 200, body, {});
    QVERIFY(r.ref.isEmpty());
    QVERIFY2(r.error.contains(kAddr) && r.error.contains("digest"), qPrintable(r.error));
  }
};

QTEST_GUILESS_MAIN(TestLabRegistry)
#include "tst_labregistry.moc"
