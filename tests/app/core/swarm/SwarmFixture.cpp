#include "SwarmFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <hiredis/hiredis.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "DockerParse.h"
#include "LabFile.h"
#include "RedisLink.hpp"
#include "swarmlab_build_paths.h"

namespace swarmlab::test {

namespace {
std::string_view view(const QByteArray& b) { return {b.constData(), size_t(b.size())}; }
QString enc(const std::string& s) {
  return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(s)));
}

/// Runs `bash <source tree>/<script> args...` for at most timeoutMs; its output (stdout and
/// stderr) is returned; *rc: its exit code, -1 when it crashed or was killed at the timeout.
QString runScript(const QString& script, const QStringList& args, int timeoutMs, int* rc,
                  const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
  const QString src =
      qEnvironmentVariable("SWARMLAB_SOURCE_DIR", QStringLiteral(SWARMLAB_SOURCE_DIR));
  QProcess p;
  p.setProcessEnvironment(env);
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(QStringLiteral("bash"), QStringList{src + u'/' + script} + args);
  if (!p.waitForFinished(timeoutMs)) {
    p.kill();
    p.waitForFinished();
  }
  *rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  return QString::fromLocal8Bit(p.readAll()).trimmed();
}
}  // namespace

QString SwarmFixture::swarmState() {
  DockerResponse r = http_->request("GET", "/info", {}, 10000);
  if (!r.ok()) return {};
  auto i = docker::parseInfo(view(r.body));
  return i ? QString::fromStdString(i->localNodeState) : QString();
}

SwarmFixture::~SwarmFixture() {
  if (lockFd_ >= 0) ::close(lockFd_);  // releases the flock
}

QString SwarmFixture::setUp(const QString& labName) {
  labName_ = labName;
  // One swarm user at a time across processes (several build trees may run ctest at once on
  // the same engine): an exclusive flock held until this fixture is destroyed.
  lockFd_ = ::open("/tmp/swarmlab-docker-engine.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (lockFd_ >= 0) {
    QElapsedTimer waited;
    waited.start();
    while (::flock(lockFd_, LOCK_EX | LOCK_NB) != 0) {
      if (waited.elapsed() > 240000)
        return QStringLiteral(
            "FAIL: another process holds /tmp/swarmlab-docker-engine.lock for more than 240 s");
      QThread::msleep(500);
    }
    if (waited.elapsed() > 1000) qInfo("waited %lld ms for the engine lock", waited.elapsed());
  }
  QString err;
  auto ep = DockerEndpoint::resolve({}, &err);
  if (!ep) return QStringLiteral("no Docker Engine: ") + err;
  http_ = std::make_unique<DockerHttp>(*ep);
  err = http_->negotiate(5000);
  if (!err.isEmpty())
    return QStringLiteral("no Docker Engine reachable at %1: %2").arg(ep->describe(), err);
  // A swarm, or extra engines, that a crashed test left (tests/docker/reclaim.sh: only a swarm
  // labelled io.swarmlab.test, which only a test holding this lock makes).
  const QString reclaimed = reclaim();
  if (reclaimed.startsWith(QLatin1String("FAIL: "))) return reclaimed;
  if (!reclaimed.isEmpty()) qInfo("%s", qPrintable(reclaimed));
  stateBefore_ = swarmState();
  // swarm init creates the network docker_gwbridge and leaving keeps it: note whether it was there.
  gwbridgeBefore_ = http_->request("GET", "/networks/docker_gwbridge", {}, 10000).status != 404;
  const QString src =
      qEnvironmentVariable("SWARMLAB_SOURCE_DIR", QStringLiteral(SWARMLAB_SOURCE_DIR));
  auto lr = loadLabFile(src + QStringLiteral("/resources/labs/paper-2017.json"));
  if (!lr.lab) return QStringLiteral("FAIL: paper lab: ") + lr.errors.join(QStringLiteral("; "));
  lab_ = *lr.lab;
  lab_.name = labName;
  QString out;
  err = buildImages(&out);
  if (!err.isEmpty())
    return QStringLiteral("FAIL: building images: ") + err + QLatin1Char('\n') + out;
  return {};
}

QString SwarmFixture::buildImages(QString* output) {
  auto env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("SWARMLAB_BIN_DIR"),
             qEnvironmentVariable("SWARMLAB_BIN_DIR", QStringLiteral(SWARMLAB_BUILD_BIN_DIR)));
  int rc = 0;
  const QString out =
      runScript(QStringLiteral("packaging/docker/build-images.sh"), {}, 180000, &rc, env);
  if (output) *output = out;
  if (rc == -1) return QStringLiteral("build-images.sh did not finish within 180 s, or crashed");
  if (rc != 0) return QStringLiteral("build-images.sh exited with %1").arg(rc);
  return {};
}

QString SwarmFixture::reclaim() {
  int rc = 0;
  const QString out = runScript(QStringLiteral("tests/docker/reclaim.sh"), {}, 180000, &rc);
  if (rc == -1)
    return QStringLiteral("FAIL: tests/docker/reclaim.sh did not finish within 180 s, or crashed");
  if (rc != 0)
    return QStringLiteral("FAIL: tests/docker/reclaim.sh exited with %1: %2").arg(rc).arg(out);
  return out;
}

QString SwarmFixture::initSwarmIfInactive() {
  const QString st = swarmState();
  if (st == QLatin1String("active")) return {};
  if (st != QLatin1String("inactive"))
    return QStringLiteral("swarm state is %1; not touching it").arg(st);
  // Labelled as a test's, with whether it made docker_gwbridge: what reclaim.sh needs to take
  // it back if this process dies before tearDown().
  const nlohmann::json init = {
      {"ListenAddr", "0.0.0.0:2377"},
      {"Spec",
       {{"Dispatcher", {{"HeartbeatPeriod", 1000000000}}},
        {"Labels",
         {{"io.swarmlab.test", std::to_string(QCoreApplication::applicationPid())},
          {"io.swarmlab.test.gwbridge", gwbridgeBefore_ ? "kept" : "created"}}}}}};
  DockerResponse r =
      http_->request("POST", "/swarm/init", QByteArray::fromStdString(init.dump()), 30000);
  if (!r.ok()) return QStringLiteral("POST /swarm/init: ") + r.message();
  initialised_ = true;
  return {};
}

QStringList SwarmFixture::labServices() {
  QStringList ids;
  nlohmann::json f = {{"label", {"swarmlab.lab=" + labName_.toStdString()}}};
  DockerResponse r = http_->request("GET", "/services?filters=" + enc(f.dump()), {}, 10000);
  if (auto list = r.ok() ? docker::parseServices(view(r.body)) : std::nullopt)
    for (const auto& s : *list) ids << QString::fromStdString(s.id);
  return ids;
}

QStringList SwarmFixture::tearDown() {
  QStringList problems;
  if (!http_) return problems;
  for (const QString& id : labServices()) {
    DockerResponse d = http_->request("DELETE", "/services/" + id, {}, 10000);
    if (!d.ok() && d.status != 404)
      problems << QStringLiteral("DELETE service %1: %2").arg(id, d.message());
  }
  // Containers of removed services go away a little later; wait for them (label select).
  nlohmann::json f = {{"label", {"swarmlab.lab=" + labName_.toStdString()}}};
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < 30000) {
    DockerResponse r =
        http_->request("GET", "/containers/json?all=1&filters=" + enc(f.dump()), {}, 10000);
    if (r.ok() && r.body.trimmed() == "[]") break;
    QThread::msleep(250);
  }
  // The lab's Docker secrets (issue 11), once no service uses them.
  DockerResponse secrets = http_->request("GET", "/secrets?filters=" + enc(f.dump()), {}, 10000);
  const auto list = nlohmann::json::parse(secrets.body.toStdString(), nullptr, false);
  for (const auto& e : list.is_array() ? list : nlohmann::json::array()) {
    if (!e.is_object() || !e.contains("ID") || !e["ID"].is_string()) continue;
    const QString id = QString::fromStdString(e["ID"].get<std::string>());
    DockerResponse d = http_->request("DELETE", "/secrets/" + id, {}, 10000);
    if (!d.ok() && d.status != 404)
      problems << QStringLiteral("DELETE secret %1: %2").arg(id, d.message());
  }
  if (initialised_ ||
      (stateBefore_ == QLatin1String("inactive") && swarmState() == QLatin1String("active"))) {
    DockerResponse r = http_->request("POST", "/swarm/leave?force=true", {}, 30000);
    if (!r.ok()) problems << QStringLiteral("POST /swarm/leave: ") + r.message();
  }
  if (!gwbridgeBefore_ && swarmState() == QLatin1String("inactive")) {
    DockerResponse r = http_->request("DELETE", "/networks/docker_gwbridge", {}, 10000);
    if (!r.ok() && r.status != 404)
      problems << QStringLiteral("DELETE network docker_gwbridge: ") + r.message();
  }
  if (swarmState() != stateBefore_)
    problems << QStringLiteral("swarm state %1, was %2").arg(swarmState(), stateBefore_);
  return problems;
}

int SwarmFixture::freePort() {
  QTcpServer s;
  s.listen(QHostAddress::Any, 0);
  return s.serverPort();
}

QByteArray redisRaw(const QString& url, const QList<QByteArray>& command, int timeoutMs) {
  const auto u = swarmlab::redis::parseRedisUrl(url.toStdString(), nullptr);
  if (!u) return {};
  QTcpSocket s;
  s.connectToHost(QString::fromStdString(u->host), quint16(u->port));
  if (!s.waitForConnected(timeoutMs)) return {};
  auto encode = [](const QList<QByteArray>& args) {
    QByteArray req = "*" + QByteArray::number(args.size()) + "\r\n";
    for (const auto& a : args) req += "$" + QByteArray::number(a.size()) + "\r\n" + a + "\r\n";
    return req;
  };
  // the URL's credentials first (AUTH's +OK is dropped from the answer)
  const bool auth = !u->password.empty();
  if (auth)
    s.write(encode({"AUTH", QByteArray::fromStdString(u->user.empty() ? "default" : u->user),
                    QByteArray::fromStdString(u->password)}));
  s.write(encode(command));
  QByteArray out;
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < timeoutMs && s.waitForReadyRead(out.isEmpty() ? timeoutMs : 100))
    out += s.readAll();
  if (auth && out.startsWith("+OK\r\n")) out.remove(0, 5);
  return out;
}

QList<AgentEvent> agentEvents(const QString& url) {
  QList<AgentEvent> out;
  const auto u = swarmlab::redis::parseRedisUrl(url.toStdString(), nullptr);
  if (!u) return out;
  std::string error;
  swarmlab::redis::Context ctx = swarmlab::redis::connectRedis(*u, {}, &error);  // with AUTH
  if (!ctx) return out;
  redisContext* c = ctx.release();
  auto* r = static_cast<redisReply*>(redisCommand(c, "XRANGE swarmlab:events - +"));
  for (size_t i = 0; r && r->type == REDIS_REPLY_ARRAY && i < r->elements; ++i) {
    const redisReply* fields = r->element[i]->element[1];
    AgentEvent e;
    for (size_t k = 0; k + 1 < fields->elements; k += 2) {
      const QByteArray key(fields->element[k]->str, int(fields->element[k]->len));
      const QString value =
          QString::fromUtf8(fields->element[k + 1]->str, int(fields->element[k + 1]->len));
      if (key == "instance") e.instance = value;
      if (key == "node") e.node = value;
      if (key == "event") e.event = value;
      if (key == "t_us") e.tUs = value.toLongLong();
    }
    out << e;
  }
  if (r) freeReplyObject(r);
  redisFree(c);
  return out;
}

bool SwarmFixture::shutdownAndWait(Orchestrator* orch, int timeoutMs) {
  QEventLoop loop;
  bool done = false;
  QObject::connect(orch, &Orchestrator::shutdownFinished, &loop, [&] {
    done = true;
    loop.quit();
  });
  QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
  orch->shutdown();
  if (!done) loop.exec();
  return done;
}

bool waitFinished(QSignalSpy& spy, quint64 id, bool* ok, OrchestratorError* err, int timeoutMs) {
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < timeoutMs) {
    for (const auto& args : spy)
      if (args.at(0).toULongLong() == id) {
        *ok = args.at(1).toBool();
        *err = args.at(2).value<OrchestratorError>();
        return true;
      }
    spy.wait(200);
  }
  return false;
}

}  // namespace swarmlab::test

namespace swarmlab::test {

QString SwarmFixture::multinode(const QStringList& args, int* rc, int timeoutMs) {
  return runScript(QStringLiteral("tests/docker/multinode.sh"), args, timeoutMs, rc);
}

QString SwarmFixture::nodeEndpoint(const QString& node) {
  return QStringLiteral("unix:///run/swarmlab-nodes/%1.sock").arg(node);
}

QString SwarmFixture::labelNode(const QString& node, const QString& name, const QString& layer,
                                const QString& also, QString* id) {
  DockerResponse r = http_->request("GET", "/nodes/" + node);
  auto n = r.ok() ? docker::parseNode(view(r.body)) : std::nullopt;
  if (!n) return "GET /nodes/" + node + ": " + r.message();
  nlohmann::json spec = n->spec;
  spec["Labels"]["swarmlab.name"] = name.toStdString();
  spec["Labels"]["swarmlab.layer"] = layer.toStdString();
  if (!also.isEmpty()) spec["Labels"]["swarmlab.names"] = also.toStdString();
  DockerResponse u = http_->request("POST",
                                    QStringLiteral("/nodes/%1/update?version=%2")
                                        .arg(QString::fromStdString(n->id))
                                        .arg(n->version),
                                    QByteArray::fromStdString(spec.dump()));
  if (id) *id = QString::fromStdString(n->id);
  return u.ok() ? QString() : "update " + node + ": " + u.message();
}

QString SwarmFixture::pinnedNode(const QString& serviceId) {
  DockerResponse r = http_->request("GET", "/services/" + serviceId);
  auto svc = r.ok() ? docker::parseService(view(r.body)) : std::nullopt;
  if (!svc) return QStringLiteral("?");
  for (const auto& c : svc->constraints)
    if (c.rfind("node.id==", 0) == 0) return QString::fromStdString(c);
  return {};
}

QString SwarmFixture::setHeartbeat(int ms) {
  DockerResponse r = http_->request("GET", "/swarm");
  auto j = nlohmann::json::parse(view(r.body), nullptr, false);
  if (!r.ok() || !j.is_object()) return "GET /swarm: " + r.message();
  nlohmann::json spec = j["Spec"];
  spec["Dispatcher"]["HeartbeatPeriod"] = std::int64_t{ms} * 1000000;
  DockerResponse u = http_->request(
      "POST", QStringLiteral("/swarm/update?version=%1").arg(j["Version"]["Index"].get<qint64>()),
      QByteArray::fromStdString(spec.dump()));
  return u.ok() ? QString() : "POST /swarm/update: " + u.message();
}

std::optional<nlohmann::json> SwarmFixture::labContainers(const QString& endpoint,
                                                          const QString& service, bool all) {
  auto ep = DockerEndpoint::resolve(endpoint, nullptr);
  if (!ep) return std::nullopt;
  DockerHttp h(*ep);
  h.setApiVersion(QStringLiteral("1.41"));
  nlohmann::json f = {{"label", {"swarmlab.lab=" + labName_.toStdString()}}};
  if (!service.isEmpty()) f["label"].push_back("swarmlab.service=" + service.toStdString());
  DockerResponse r = h.request(
      "GET",
      QStringLiteral("/containers/json?all=%1&filters=%2").arg(all ? 1 : 0).arg(enc(f.dump())));
  auto j = r.ok() ? nlohmann::json::parse(view(r.body), nullptr, false) : nlohmann::json();
  if (!j.is_array()) return std::nullopt;
  return j;
}

}  // namespace swarmlab::test
