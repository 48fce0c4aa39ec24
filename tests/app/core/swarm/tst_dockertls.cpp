// Docker TLS as strict as the docker CLI, against a real TLS endpoint made here: a CA, a server
// and a client certificate generated with openssl, and socat in front of this machine's engine
// socket requiring a client certificate signed by that CA (as dockerd --tlsverify does). The
// right CA is accepted and GET /version answers; another CA is refused with a message naming
// the certificate folder; a client certificate the engine's CA did not sign, or none at all,
// fails the handshake; --tls-insecure connects without ca.pem and says so. Only GET /_ping and
// /version go through the proxy: the engine is never changed, so no lock is needed. Skipped
// (77) without an engine socket, openssl, socat or curl.
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include "DockerHttp.h"
#include "DockerParse.h"
#include "SwarmFixture.h"

using namespace swarmlab;

namespace {

constexpr int kProcessMs = 30000;

std::string_view view(const QByteArray& b) {
  return {b.constData(), static_cast<size_t>(b.size())};
}

// Any free loopback port (socat binds it right after; nothing else here listens on loopback).
quint16 freePort() {
  QTcpServer s;
  s.listen(QHostAddress::LocalHost, 0);
  return s.serverPort();
}

}  // namespace

class TestDockerTls : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;
  QProcess socat_;
  quint16 port_ = 0;
  const QString socket_ = QStringLiteral("/var/run/docker.sock");

 public:
  ~TestDockerTls() override {
    if (socat_.state() != QProcess::NotRunning) {
      socat_.terminate();
      if (!socat_.waitForFinished(5000)) socat_.kill();
    }
  }

  /// Before the test: tools, the engine, certificates and the proxy (else the reason to skip).
  QString prepare() {
    for (const char* tool : {"openssl", "socat", "curl"})
      if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
        return QStringLiteral("%1 is not installed (packaging/install-deps.sh)").arg(tool);
    auto local = DockerEndpoint::resolve(QStringLiteral("unix://") + socket_, nullptr);
    DockerHttp http(*local);
    if (!http.request("GET", QStringLiteral("/_ping"), {}, 5000).ok())
      return QStringLiteral("no Docker Engine answers at %1").arg(socket_);
    QString why = makeCertificates();
    return why.isEmpty() ? startProxy() : QStringLiteral("FAIL: ") + why;
  }

 private:
  QString path(const QString& f) const { return dir_.filePath(f); }

  QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.setWorkingDirectory(dir_.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(kProcessMs) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0)
      return QStringLiteral("%1 %2: %3")
          .arg(program, args.join(' '), QString::fromLocal8Bit(p.readAll()));
    return {};
  }

  // A CA (key + self-signed certificate) as <name>-ca.pem / <name>-ca-key.pem.
  QString makeCa(const QString& name) {
    return run("openssl",
               {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-days", "1", "-subj", "/CN=swarmlab test " + name, "-keyout",
                name + "-ca-key.pem", "-out", name + "-ca.pem"});
  }

  // A certificate signed by the CA `ca`, for the server (names 127.0.0.1 and localhost) or a
  // client: <name>.pem, <name>-key.pem.
  QString makeSigned(const QString& name, const QString& ca, bool server) {
    QFile ext(path(name + ".ext"));
    if (!ext.open(QIODevice::WriteOnly)) return "cannot write " + ext.fileName();
    ext.write(server ? "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n"
                     : "extendedKeyUsage=clientAuth\n");
    ext.close();
    QString why = run(
        "openssl", {"req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-subj", "/CN=" + name, "-keyout", name + "-key.pem", "-out", name + ".csr"});
    if (!why.isEmpty()) return why;
    return run("openssl", {"x509", "-req", "-in", name + ".csr", "-CA", ca + "-ca.pem", "-CAkey",
                           ca + "-ca-key.pem", "-set_serial",
                           QString::number(QRandomGenerator::global()->bounded(1, 1 << 30)),
                           "-days", "1", "-extfile", name + ".ext", "-out", name + ".pem"});
  }

  // A certificate folder as the client sees it: ca.pem, cert.pem, key.pem (each optional).
  void folder(const QString& name, const QString& ca, const QString& client) {
    QDir(dir_.path()).mkdir(name);
    if (!ca.isEmpty()) QFile::copy(path(ca + "-ca.pem"), path(name + "/ca.pem"));
    if (client.isEmpty()) return;
    QFile::copy(path(client + ".pem"), path(name + "/cert.pem"));
    QFile::copy(path(client + "-key.pem"), path(name + "/key.pem"));
  }

  QString makeCertificates() {
    for (const QString& why :
         {makeCa("lab"), makeCa("other"), makeSigned("server", "lab", true),
          makeSigned("client", "lab", false), makeSigned("stranger", "other", false)})
      if (!why.isEmpty()) return why;
    folder("good", "lab", "client");        // what the lab's engine expects
    folder("wrong-ca", "other", "client");  // trusts another CA: the engine is not verified
    folder("stranger", "lab", "stranger");  // a client certificate the engine did not sign
    folder("no-ca", QString(), "client");   // no ca.pem at all
    return {};
  }

  QString startProxy() {
    port_ = freePort();
    socat_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    socat_.start("socat", {QStringLiteral("OPENSSL-LISTEN:%1,bind=127.0.0.1,reuseaddr,fork,"
                                          "cert=%2,key=%3,cafile=%4,verify=1")
                               .arg(port_)
                               .arg(path("server.pem"), path("server-key.pem"), path("lab-ca.pem")),
                           "UNIX-CONNECT:" + socket_});
    if (!socat_.waitForStarted(kProcessMs)) return "FAIL: socat did not start";
    for (int i = 0; i < 100; ++i) {
      QTcpSocket s;
      s.connectToHost(QHostAddress::LocalHost, port_);
      if (s.waitForConnected(200)) return {};
      if (socat_.state() == QProcess::NotRunning) break;
      QTest::qWait(100);
    }
    return QStringLiteral("FAIL: socat never listened on 127.0.0.1:%1").arg(port_);
  }

  std::optional<DockerEndpoint> endpoint(const QString& host, const QString& certDir,
                                         bool insecure = false, QString* error = nullptr) {
    DockerTlsChoice tls;
    tls.enabled = true;
    tls.certPath = path(certDir);
    tls.insecure = insecure;
    return DockerEndpoint::resolve(host.arg(port_), tls, error);
  }

 private slots:
  void rightCaIsAcceptedAndVersionAnswers() {
    for (const QString& host :
         {QStringLiteral("tcp://127.0.0.1:%1"), QStringLiteral("https://localhost:%1")}) {
      QString err;
      auto ep = endpoint(host, "good", false, &err);
      QVERIFY2(ep, qPrintable(err));
      QVERIFY(ep->tls && ep->tlsVerify);
      QVERIFY2(ep->warning().isEmpty(), qPrintable(ep->warning()));
      DockerHttp http(*ep);
      const DockerResponse r = http.request("GET", QStringLiteral("/version"), {}, 10000);
      QVERIFY2(r.ok(), qPrintable(host + ": " + r.message()));
      std::string perr;
      const auto v = docker::parseVersion(view(r.body), &perr);
      QVERIFY2(v, perr.c_str());
      QVERIFY(!v->apiVersion.empty());
      QCOMPARE(http.negotiate(10000), QString());
      qInfo("%s: GET /version through TLS -> HTTP %d, engine API %s, %lld us",
            qPrintable(host.arg(port_)), r.status, v->apiVersion.c_str(), r.elapsedUs);
    }
  }

  void wrongCaIsRefusedWithAClearMessage() {
    auto ep = endpoint("tcp://127.0.0.1:%1", "wrong-ca");
    QVERIFY(ep);
    DockerHttp http(*ep);
    const DockerResponse r = http.request("GET", QStringLiteral("/version"), {}, 10000);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.transportError.contains("not trusted by " + path("wrong-ca") + "/ca.pem"),
             qPrintable(r.transportError));
    qInfo("wrong CA: %s", qPrintable(r.transportError));
  }

  void clientCertificateIsRequired() {
    // One the engine's CA did not sign:
    auto ep = endpoint("tcp://127.0.0.1:%1", "stranger");
    QVERIFY(ep);
    DockerHttp http(*ep);
    const DockerResponse r = http.request("GET", QStringLiteral("/version"), {}, 10000);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.transportError.contains("handshake failed") || r.transportError.contains("cert.pem"),
             qPrintable(r.transportError));
    qInfo("client certificate of another CA: %s", qPrintable(r.transportError));
    // None at all (curl, the engine's CA trusted): the server ends the handshake.
    QProcess curl;
    curl.start("curl", {"-sS", "--max-time", "10", "--cacert", path("lab-ca.pem"),
                        QStringLiteral("https://127.0.0.1:%1/version").arg(port_)});
    QVERIFY(curl.waitForFinished(kProcessMs));
    QVERIFY2(curl.exitCode() != 0, curl.readAllStandardOutput().constData());
    qInfo("no client certificate: curl exit %d: %s", curl.exitCode(),
          curl.readAllStandardError().trimmed().constData());
  }

  void missingCaIsAnErrorNamingTheFile() {
    QString err;
    QVERIFY(!endpoint("tcp://127.0.0.1:%1", "no-ca", false, &err));
    QVERIFY2(err.contains(path("no-ca") + "/ca.pem missing"), qPrintable(err));
    QVERIFY2(err.contains("--tls-insecure"), qPrintable(err));
    // https:// without DOCKER_TLS_VERIFY is verified all the same.
    DockerTlsChoice tls;
    tls.certPath = path("no-ca");
    qunsetenv("DOCKER_TLS_VERIFY");
    QVERIFY(!DockerEndpoint::resolve(QStringLiteral("https://127.0.0.1:%1").arg(port_), tls, &err));
    QVERIFY2(err.contains("ca.pem missing"), qPrintable(err));
  }

  void insecureConnectsWithoutCaAndSaysSo() {
    QString err;
    auto ep = endpoint("tcp://127.0.0.1:%1", "no-ca", true, &err);
    QVERIFY2(ep, qPrintable(err));
    QVERIFY(ep->tls && !ep->tlsVerify);
    QVERIFY2(ep->warning().contains("without verifying"), qPrintable(ep->warning()));
    QVERIFY(ep->describe().contains("not verified"));
    DockerHttp http(*ep);
    const DockerResponse r = http.request("GET", QStringLiteral("/version"), {}, 10000);
    QVERIFY2(r.ok(), qPrintable(r.message()));
  }
};

SWARMLAB_DOCKER_TEST_MAIN(TestDockerTls)

#include "tst_dockertls.moc"
