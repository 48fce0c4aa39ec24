#include "FakeEngine.h"

#include <QLocalSocket>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace swarmlab::test {
namespace {

QByteArray reason(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 201:
      return "Created";
    case 404:
      return "Not Found";
    case 409:
      return "Conflict";
    case 500:
      return "Internal Server Error";
    case 503:
      return "Service Unavailable";
    default:
      return "Status";
  }
}

const char* kInfo =
    R"({"Name":"fake","SystemTime":"2026-01-01T00:00:00.000000000Z","Swarm":{"LocalNodeState":"active","NodeID":"n1","NodeAddr":"127.0.0.1","ControlAvailable":true}})";
const char* kNodes =
    R"([{"ID":"n1","Version":{"Index":3},"Spec":{"Role":"manager","Availability":"active","Labels":{}},"Description":{"Hostname":"fake","Platform":{"Architecture":"x86_64","OS":"linux"}},"Status":{"State":"ready","Addr":"127.0.0.1"}}])";

}  // namespace

QByteArray containerEvent(const QByteArray& action, qint64 timeNano,
                          const QHash<QByteArray, QByteArray>& attributes) {
  nlohmann::json attrs = nlohmann::json::object();
  for (auto it = attributes.begin(); it != attributes.end(); ++it)
    attrs[it.key().toStdString()] = it.value().toStdString();
  const nlohmann::json e = {{"Type", "container"},
                            {"Action", action.toStdString()},
                            {"Actor", {{"ID", "c1"}, {"Attributes", attrs}}},
                            {"scope", "local"},
                            {"timeNano", timeNano}};
  return QByteArray::fromStdString(e.dump()) + "\n";
}

FakeEngine::FakeEngine(const QString& socketPath) {
  QLocalServer::removeServer(socketPath);
  server_.listen(socketPath);
  connect(&server_, &QLocalServer::newConnection, this, [this] {
    while (QLocalSocket* s = server_.nextPendingConnection()) {
      connect(s, &QLocalSocket::readyRead, this, [this, s] { onData(s); });
      connect(s, &QLocalSocket::disconnected, this, [this, s] {
        streams_.removeAll(s);
        hung_.removeAll(s);
        bufs_.remove(s);
        s->deleteLater();
      });
    }
  });
  on("GET", "/_ping", FakeReply{200, "OK"});
  on("GET", "/version",
     FakeReply{200, R"({"Version":"20.10.24","ApiVersion":"1.41","MinAPIVersion":"1.12"})"});
  on("GET", "/info", FakeReply{200, kInfo});
  on("GET", "/nodes", FakeReply{200, kNodes});
  on("GET", "/services", FakeReply{200, "[]"});
  on("GET", "/tasks", FakeReply{200, "[]"});
  on("GET", "/images", FakeReply{200, R"({"Id":"sha256:feed"})"});
  on("GET", "/events", FakeReply{200, {}, false, true});
  on("POST", "/secrets/create", FakeReply{201, R"({"ID":"fake-secret"})"});  // issue 11
}

FakeEngine::~FakeEngine() {
  // The sockets go with the server, after this object's members: no callbacks into them then.
  for (QLocalSocket* s : server_.findChildren<QLocalSocket*>()) s->disconnect(this);
}

void FakeEngine::on(const QByteArray& method, const QString& pathPrefix, Handler h) {
  routes_.prepend({method, pathPrefix, std::move(h)});
}

void FakeEngine::on(const QByteArray& method, const QString& pathPrefix, FakeReply reply) {
  on(method, pathPrefix, [reply](const FakeRequest&) { return reply; });
}

int FakeEngine::count(const QString& pathPrefix, const QByteArray& method) const {
  int n = 0;
  for (const auto& r : requests)
    if (r.path.startsWith(pathPrefix) && (method.isEmpty() || r.method == method)) ++n;
  return n;
}

int FakeEngine::hanging() const { return static_cast<int>(hung_.size()); }

void FakeEngine::pushEvent(const QByteArray& line) {
  for (QLocalSocket* s : std::as_const(streams_)) {
    s->write(line);
    s->flush();
  }
}

void FakeEngine::dropStreams() {
  const auto open = streams_;
  for (QLocalSocket* s : open) s->disconnectFromServer();
}

void FakeEngine::onData(QLocalSocket* s) {
  QByteArray& buf = bufs_[s];
  buf += s->readAll();
  while (handleOne(s, buf)) {
  }
}

// One complete request out of buf (headers, then Content-Length bytes of body), answered.
bool FakeEngine::handleOne(QLocalSocket* s, QByteArray& buf) {
  const int end = buf.indexOf("\r\n\r\n");
  if (end < 0) return false;
  const QByteArray head = buf.left(end);
  qsizetype length = 0;
  static const QRegularExpression kLength(QStringLiteral("(?i)\r\ncontent-length:\\s*(\\d+)"));
  const auto m = kLength.match(QString::fromLatin1(head));
  if (m.hasMatch()) length = m.captured(1).toLongLong();
  if (buf.size() < end + 4 + length) return false;
  FakeRequest req;
  const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
  req.method = line.value(0);
  req.path = QString::fromLatin1(line.value(1));
  static const QRegularExpression kVersion(QStringLiteral("^/v\\d+\\.\\d+"));
  req.path.remove(kVersion);
  req.body = buf.mid(end + 4, length);
  buf.remove(0, end + 4 + length);
  requests << req;
  answer(s, req);
  return true;
}

void FakeEngine::answer(QLocalSocket* s, const FakeRequest& req) {
  FakeReply reply{404, R"({"message":"no such thing"})"};
  for (const auto& r : std::as_const(routes_))
    if (r.method == req.method && req.path.startsWith(r.prefix)) {
      reply = r.handler(req);
      break;
    }
  if (reply.hang) {
    hung_ << s;
    return;
  }
  const QByteArray status = "HTTP/1.1 " + QByteArray::number(reply.status) + " " +
                            reason(reply.status) + "\r\nContent-Type: application/json\r\n";
  if (reply.stream) {
    s->write(status + "Connection: close\r\n\r\n" + reply.body);
    s->flush();
    if (reply.close)
      s->disconnectFromServer();
    else
      streams_ << s;
    return;
  }
  s->write(status + "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n" +
           reply.body);
  s->flush();
}

}  // namespace swarmlab::test
