// The Docker answer and event-line parsers on good input and on tables of malformed,
// truncated and wrong-typed input (issue 4, "Faults and bad input"): never a crash, always a
// clear error. The same parsers are fuzzed by tests/fuzz.
#include <QtTest>

#include "DockerHttp.h"
#include "DockerParse.h"

using namespace swarmlab;
using namespace swarmlab::docker;

namespace {
const char* kNode =
    R"([{"ID":"n1","Version":{"Index":42},"Spec":{"Role":"manager","Availability":"active",
"Labels":{"swarmlab.name":"pi1","swarmlab.layer":"sensing"}},"Description":{"Hostname":"vm",
"Platform":{"Architecture":"x86_64","OS":"linux"}},"Status":{"State":"ready","Addr":"192.0.2.2"},
"ManagerStatus":{"Leader":true}}])";
const char* kTask = R"([{"ID":"t1","Version":{"Index":7},"ServiceID":"s1","NodeID":"n1","Slot":1,
"Status":{"Timestamp":"2026-11-27T17:26:01.123456789Z","State":"running","Message":"started",
"ContainerStatus":{"ContainerID":"c1","ExitCode":0}},"DesiredState":"running"}])";
const char* kEvent =
    R"({"status":"start","id":"c1","Type":"container","Action":"start","Actor":{"ID":"c1",
"Attributes":{"com.docker.swarm.task.name":"sub.1.t1","swarmlab.lab":"x"}},"scope":"local",
"time":1795801405,"timeNano":1795801405686172200})";
}  // namespace

class TestDockerParse : public QObject {
  Q_OBJECT
 private slots:
  void goodAnswers() {
    std::string err;
    auto nodes = parseNodes(kNode, &err);
    QVERIFY2(nodes.has_value(), err.c_str());
    QCOMPARE(nodes->size(), size_t(1));
    QCOMPARE(nodes->at(0).version, std::uint64_t(42));
    QCOMPARE(nodes->at(0).labels.at("swarmlab.name"), std::string("pi1"));
    QCOMPARE(nodes->at(0).arch, std::string("x86_64"));
    QVERIFY(nodes->at(0).leader);
    auto tasks = parseTasks(kTask, &err);
    QVERIFY(tasks.has_value());
    QCOMPARE(tasks->at(0).state, std::string("running"));
    QCOMPARE(tasks->at(0).slot, std::uint64_t(1));
    auto e = parseEventLine(kEvent, &err);
    QVERIFY(e.has_value());
    QCOMPARE(e->timeNano, std::int64_t(1795801405686172200));
    QCOMPARE(e->attr("com.docker.swarm.task.name"), std::string("sub.1.t1"));
    auto ts = parseRfc3339Micros("2026-11-27T17:26:01.123456789Z");
    QVERIFY(ts.has_value());
    QCOMPARE(*ts, std::int64_t(1795800361123456));
    QCOMPARE(*parseRfc3339Micros("1970-01-01T01:00:00+01:00"), std::int64_t(0));
  }

  void versions_data() {
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("minApi");
    QTest::addColumn<QString>("expect");  // version used, or "!" + part of the error
    QTest::newRow("same") << "1.41"
                          << "1.12"
                          << "1.41";
    QTest::newRow("newer server") << "1.45"
                                  << "1.24"
                                  << "1.41";
    QTest::newRow("older server ok") << "1.35"
                                     << "1.12"
                                     << "1.35";
    QTest::newRow("too old") << "1.29"
                             << "1.12"
                             << "!needs 1.30";
    QTest::newRow("server min too high") << "1.50"
                                         << "1.44"
                                         << "!needs API 1.44";
  }
  void versions() {
    QFETCH(QString, api);
    QFETCH(QString, minApi);
    QFETCH(QString, expect);
    VersionInfo v;
    v.apiVersion = api.toStdString();
    v.minApiVersion = minApi.toStdString();
    v.version = "x";
    std::string err;
    auto use = negotiateApiVersion(v, &err);
    if (expect.startsWith('!')) {
      QVERIFY(!use);
      QVERIFY2(QString::fromStdString(err).contains(expect.mid(1)), err.c_str());
    } else {
      QVERIFY2(use.has_value(), err.c_str());
      QCOMPARE(QString::fromStdString(*use), expect);
    }
  }

  void badAnswers_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");  // part of the expected error text
    QTest::newRow("empty") << QByteArray() << "empty answer";
    QTest::newRow("truncated array") << QByteArray(kNode).left(60) << "malformed JSON";
    QTest::newRow("truncated string") << QByteArray("[{\"ID\":\"abc") << "malformed JSON";
    QTest::newRow("object not array")
        << QByteArray("{\"message\":\"x\"}") << "expected a JSON array";
    QTest::newRow("number") << QByteArray("42") << "expected a JSON array";
    QTest::newRow("null") << QByteArray("null") << "expected a JSON array";
    QTest::newRow("element not object") << QByteArray("[1,2]") << "nodes[0]";
    QTest::newRow("ID wrong type") << QByteArray("[{\"ID\":5}]") << "without ID";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "nested deeper";
    QTest::newRow("garbage") << QByteArray("\xff\xfe<html>502 Bad Gateway</html>")
                             << "malformed JSON";
    QTest::newRow("NUL inside") << QByteArray("[{\"ID\":\"a\0b\"}]", 14) << "malformed JSON";
    QTest::newRow("trailing garbage") << QByteArray("[] x") << "malformed JSON";
  }
  void badAnswers() {
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    std::string_view v(body.constData(), size_t(body.size()));
    std::string err;
    QVERIFY(!parseNodes(v, &err));
    QVERIFY2(QString::fromStdString(err).contains(error), err.c_str());
    // The other parsers survive the same input.
    (void)parseTasks(v);
    (void)parseServices(v);
    (void)parseService(v);
    (void)parseNode(v);
    (void)parseInfo(v);
    (void)parseVersion(v);
    (void)errorMessage(v);
  }

  void wrongTypesAreIgnoredNotFatal() {
    // Fields of the wrong type read as absent: the element itself is still usable.
    std::string err;
    auto t = parseTasks(
        R"([{"ID":"t","Slot":"one","Status":{"State":5,"ContainerStatus":{"ExitCode":"x"}},
      "Version":{"Index":-3}}])",
        &err);
    QVERIFY2(t.has_value(), err.c_str());
    QCOMPARE(t->at(0).slot, std::uint64_t(0));
    QCOMPARE(t->at(0).state, std::string());
    QCOMPARE(t->at(0).version, std::uint64_t(0));
    auto s = parseServices(R"([{"ID":"s","Spec":{"Name":["x"],"Mode":{"Replicated":{"Replicas":-1}},
      "Labels":{"a":1,"b":"c"},"TaskTemplate":{"ContainerSpec":{"Env":[1,"A=B"]}}}}])",
                           &err);
    QVERIFY2(s.has_value(), err.c_str());
    QCOMPARE(s->at(0).replicas, std::uint64_t(0));
    QCOMPARE(s->at(0).labels.size(), size_t(1));
    QCOMPARE(s->at(0).env.size(), size_t(1));
  }

  void badEventLines_data() {
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(kEvent).left(80);
    QTest::newRow("array") << QByteArray("[1]");
    QTest::newRow("no Type") << QByteArray("{\"Action\":\"start\"}");
    QTest::newRow("Type wrong type") << QByteArray("{\"Type\":1,\"Action\":\"start\"}");
    QTest::newRow("two objects") << QByteArray("{\"Type\":\"a\",\"Action\":\"b\"}{}");
    QTest::newRow("binary") << QByteArray("\x01\x02\x03\x04");
    QTest::newRow("huge time") << QByteArray(
        "{\"Type\":\"a\",\"Action\":\"b\",\"time\":99999999999999999999}");
  }
  void badEventLines() {
    QFETCH(QByteArray, line);
    std::string err;
    auto e = parseEventLine(std::string_view(line.constData(), size_t(line.size())), &err);
    if (e) {
      // Only "huge time" parses (the time is then unknown, never overflowed).
      QCOMPARE(e->timeNano, std::int64_t(0));
    } else {
      QVERIFY(!err.empty());
    }
  }

  void lineSplitter() {
    LineSplitter s(16);
    QStringList got;
    auto on = [&](std::string_view l) { got << QString::fromUtf8(l.data(), qsizetype(l.size())); };
    s.feed("ab", on);
    s.feed("c\n\nde", on);
    s.feed("f\n0123456789abcdefXYZ\nok\n", on);  // the long line is dropped, the next one kept
    QCOMPARE(got, (QStringList{"abc", "def", "ok"}));
    QCOMPARE(s.dropped(), size_t(1));
  }

  void errorMessages() {
    QCOMPARE(
        errorMessage(R"({"message":"rpc error: code = Unknown desc = update out of sequence"})"),
        std::string("rpc error: code = Unknown desc = update out of sequence"));
    QCOMPARE(errorMessage("plain text\n"), std::string("plain text"));
    DockerResponse r;
    r.status = 503;
    r.body = R"({"message":"This node is not a swarm manager."})";
    QCOMPARE(r.message(), QString("This node is not a swarm manager."));
  }

  void endpoints_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expect");  // describe() or "!" + error part
    QTest::newRow("default") << ""
                             << "unix:///var/run/docker.sock";
    QTest::newRow("unix") << "unix:///tmp/d.sock"
                          << "unix:///tmp/d.sock";
    QTest::newRow("tcp") << "tcp://10.0.0.5:2375"
                         << "tcp://10.0.0.5:2375";
    QTest::newRow("tcp default port") << "tcp://gw"
                                      << "tcp://gw:2375";
    QTest::newRow("ssh") << "ssh://pi@gw"
                         << "!expected unix:///path or tcp://HOST:PORT";
    QTest::newRow("empty unix") << "unix://"
                                << "!no socket path";
  }
  void endpoints() {
    QFETCH(QString, host);
    QFETCH(QString, expect);
    qunsetenv("DOCKER_HOST");
    qunsetenv("DOCKER_TLS_VERIFY");
    QString err;
    auto ep = DockerEndpoint::resolve(host, &err);
    if (expect.startsWith('!')) {
      QVERIFY(!ep);
      QVERIFY2(err.contains(expect.mid(1)), qPrintable(err));
    } else {
      QVERIFY2(ep.has_value(), qPrintable(err));
      QCOMPARE(ep->describe(), expect);
    }
  }

  void tlsNeedsCaAndClientCertificates() {
    QTemporaryDir dir;
    qputenv("DOCKER_TLS_VERIFY", "1");
    qputenv("DOCKER_CERT_PATH", dir.path().toLocal8Bit());
    QString err;
    auto ep = DockerEndpoint::resolve("tcp://10.0.0.5:2376", &err);
    QVERIFY(!ep);
    QVERIFY2(err.contains("ca.pem missing"), qPrintable(err));
    QFile(dir.filePath("ca.pem")).open(QIODevice::WriteOnly);
    ep = DockerEndpoint::resolve("tcp://10.0.0.5:2376", &err);
    QVERIFY(!ep);
    QVERIFY2(err.contains("cert.pem missing"), qPrintable(err));
    QFile(dir.filePath("cert.pem")).open(QIODevice::WriteOnly);
    QFile(dir.filePath("key.pem")).open(QIODevice::WriteOnly);
    ep = DockerEndpoint::resolve("tcp://10.0.0.5:2376", &err);
    QVERIFY2(ep.has_value(), qPrintable(err));
    QVERIFY(ep->tls && ep->tlsVerify);
    QCOMPARE(ep->describe(), QString("tcp://10.0.0.5:2376 (TLS)"));
    // As the docker CLI: "0" turns verification on too; the value does not matter.
    qputenv("DOCKER_TLS_VERIFY", "0");
    ep = DockerEndpoint::resolve("tcp://10.0.0.5:2376", &err);
    QVERIFY(ep && ep->tlsVerify);
    qunsetenv("DOCKER_TLS_VERIFY");
    qunsetenv("DOCKER_CERT_PATH");
  }

  void tlsOptionsOverrideTheEnvironment() {
    QTemporaryDir env, mine;
    qputenv("DOCKER_TLS_VERIFY", "1");
    qputenv("DOCKER_CERT_PATH", env.path().toLocal8Bit());  // empty: would be refused
    QString err;
    // Explicitly off: plain TCP whatever the environment says.
    auto ep = DockerEndpoint::resolve("tcp://10.0.0.5:2375", {false, {}, false}, &err);
    QVERIFY2(ep.has_value(), qPrintable(err));
    QVERIFY(!ep->tls && !ep->tlsVerify);
    // Explicitly on, with a certificate directory of our own instead of DOCKER_CERT_PATH.
    for (const char* f : {"ca.pem", "cert.pem", "key.pem"})
      QFile(mine.filePath(f)).open(QIODevice::WriteOnly);
    ep = DockerEndpoint::resolve("tcp://10.0.0.5", {true, mine.path(), false}, &err);
    QVERIFY2(ep.has_value(), qPrintable(err));
    QVERIFY(ep->tls && ep->tlsVerify);
    QCOMPARE(ep->certPath, mine.path());
    QCOMPARE(ep->describe(), QString("tcp://10.0.0.5:2376 (TLS)"));  // the TLS port
    qunsetenv("DOCKER_TLS_VERIFY");
    ep = DockerEndpoint::resolve("tcp://10.0.0.5", {true, env.path(), false}, &err);
    QVERIFY(!ep);
    QVERIFY2(err.contains(env.path()) && err.contains("ca.pem"), qPrintable(err));
    qunsetenv("DOCKER_CERT_PATH");
  }

  void httpsIsVerifiedWithoutDockerTlsVerify() {
    // The docker CLI's old https:// behaviour turned the checks off; here https:// means TLS
    // verified against ca.pem, and no ca.pem is an error naming it (issue 11).
    QTemporaryDir certs;
    qunsetenv("DOCKER_TLS_VERIFY");
    qputenv("DOCKER_CERT_PATH", certs.path().toLocal8Bit());
    for (const char* f : {"cert.pem", "key.pem"})
      QFile(certs.filePath(f)).open(QIODevice::WriteOnly);
    QString err;
    auto ep = DockerEndpoint::resolve("https://10.0.0.5:2376", &err);
    QVERIFY(!ep);
    QVERIFY2(err.contains(certs.filePath("ca.pem") + " missing"), qPrintable(err));
    QVERIFY2(err.contains("--tls-insecure"), qPrintable(err));
    // Only an explicit choice connects without verification, and it is said.
    ep = DockerEndpoint::resolve("https://10.0.0.5:2376", {std::nullopt, {}, true}, &err);
    QVERIFY2(ep.has_value(), qPrintable(err));
    QVERIFY(ep->tls && !ep->tlsVerify);
    QCOMPARE(ep->describe(), QString("tcp://10.0.0.5:2376 (TLS, not verified)"));
    QVERIFY(ep->warning().contains("without verifying"));
    QFile(certs.filePath("ca.pem")).open(QIODevice::WriteOnly);
    ep = DockerEndpoint::resolve("https://10.0.0.5:2376", &err);
    QVERIFY2(ep && ep->tlsVerify && ep->warning().isEmpty(), qPrintable(err));
    qunsetenv("DOCKER_CERT_PATH");
  }

  void plainTcpToAnotherHostIsWarnedAbout_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("warned");
    QTest::newRow("remote address") << "tcp://10.0.0.5:2375" << true;
    QTest::newRow("remote name") << "tcp://gw1:2375" << true;
    QTest::newRow("remote v6") << "tcp://[2001:db8::1]:2375" << true;
    QTest::newRow("loopback") << "tcp://127.0.0.1:2375" << false;
    QTest::newRow("loopback 127/8") << "tcp://127.3.0.1:2375" << false;
    QTest::newRow("localhost") << "tcp://localhost:2375" << false;
    QTest::newRow("loopback v6") << "tcp://[::1]:2375" << false;
    QTest::newRow("unix") << "unix:///var/run/docker.sock" << false;
  }
  void plainTcpToAnotherHostIsWarnedAbout() {
    QFETCH(QString, host);
    QFETCH(bool, warned);
    qunsetenv("DOCKER_TLS_VERIFY");
    QString err;
    auto ep = DockerEndpoint::resolve(host, &err);
    QVERIFY2(ep, qPrintable(err));
    QCOMPARE(!ep->warning().isEmpty(), warned);
    if (warned) QVERIFY2(ep->warning().contains(ep->hostPort), qPrintable(ep->warning()));
  }

  void taskPhasesMoveForward() {
    // The order the states come in is the order of the enum: "only forward" compares phases.
    const char* order[] = {"new",       "allocated", "pending",  "assigned", "accepted",
                           "preparing", "ready",     "starting", "running"};
    std::optional<TaskPhase> prev;
    for (const char* s : order) {
      auto p = parseTaskPhase(s);
      QVERIFY2(p.has_value(), s);
      if (prev) QVERIFY2(*prev < *p, s);
      prev = p;
    }
    for (const char* s : {"complete", "shutdown", "failed", "rejected", "orphaned", "remove"})
      QCOMPARE(parseTaskPhase(s), std::optional<TaskPhase>(TaskPhase::Ended));
    QVERIFY(*parseTaskPhase("running") < TaskPhase::Stopping);
    QVERIFY(TaskPhase::Stopping < TaskPhase::Ended);
    QVERIFY(!parseTaskPhase("Running"));
    QVERIFY(!parseTaskPhase(""));
  }

  void unreachableEngineIsAValue() {
    auto ep = DockerEndpoint::resolve("unix:///nonexistent/docker.sock", nullptr);
    QVERIFY(ep);
    DockerHttp http(*ep);
    const QString err = http.negotiate(2000);
    QVERIFY2(err.contains("/nonexistent/docker.sock"), qPrintable(err));
    auto tcp = DockerEndpoint::resolve("tcp://127.0.0.1:1", nullptr);
    DockerHttp h2(*tcp);
    DockerResponse r = h2.request("GET", "/_ping", {}, 2000);
    QCOMPARE(r.status, 0);
    QVERIFY(!r.transportError.isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestDockerParse)
#include "tst_dockerparse.moc"
