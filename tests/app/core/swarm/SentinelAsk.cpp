#include "SentinelAsk.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTcpServer>

#include <hiredis/hiredis.h>
#include <poll.h>

#include "LabSecrets.h"
#include "RedisLink.hpp"
#include "ReplicatedRedis.h"
#include "SwarmFixture.h"

namespace swarmlab::test {

int freePortBlock(int n) {
  for (int attempt = 0; attempt < 50; ++attempt) {
    const int base = SwarmFixture::freePort();
    if (base + n >= 65535) continue;
    bool all = true;
    for (int i = 1; i < n && all; ++i) {
      QTcpServer s;
      all = s.listen(QHostAddress::Any, quint16(base + i));
    }
    if (all) return base;
  }
  return 0;
}

QString startAndWait(Orchestrator* orch, qint64* elapsedMs) {
  QSignalSpy ready(orch, &Orchestrator::ready);
  QSignalSpy errors(orch, &Orchestrator::errorOccurred);
  QElapsedTimer t;
  t.start();
  orch->start();
  if (!ready.wait(240000) && ready.isEmpty()) return QStringLiteral("not ready within 240 s");
  *elapsedMs = t.elapsed();
  QStringList out;
  for (const auto& e : errors) out << e.at(0).value<OrchestratorError>().toString();
  return out.join(QStringLiteral("; "));
}

bool commandOk(QSignalSpy& fin, quint64 id, QString* why) {
  bool ok = false;
  OrchestratorError err;
  if (!waitFinished(fin, id, &ok, &err))
    *why = QStringLiteral("did not finish");
  else if (!ok)
    *why = err.toString();
  return ok;
}

QByteArray SentinelAsk::ask(const QString& host, int port, const QList<QByteArray>& cmd) const {
  const QString url = QStringLiteral("redis://%1:%2@%3:%4")
                          .arg(QLatin1String(secrets::kSentinelUser), password_, host)
                          .arg(port);
  return redisRaw(url, cmd, 1000);
}

QString SentinelAsk::role(const QString& host, int port) const {
  const QByteArray r = ask(host, port, {"ROLE"});
  if (r.contains("master")) return QStringLiteral("master");
  if (r.contains("slave")) {
    // *5 $5 slave $<n> <ip> :<port> ...
    for (const QByteArray& l : r.split('\n'))
      if (l.startsWith(':'))
        return QStringLiteral("slave ") + QString::fromLatin1(l.mid(1).trimmed());
  }
  return QString::fromLatin1(r.left(60)).trimmed();
}

QString SentinelAsk::masterOf(const QString& host, int port) const {
  const QByteArray r =
      ask(host, port, {"SENTINEL", "get-master-addr-by-name", ReplicatedRedis::kMasterName});
  // *2 $<n> <ip> $<n> <port>
  const QList<QByteArray> lines = r.split('\n');
  if (lines.size() < 5 || !r.startsWith("*2")) return {};
  return QString::fromLatin1(lines[2].trimmed()) + u':' + QString::fromLatin1(lines[4].trimmed());
}

SentinelEvents::SentinelEvents(const QString& host, int port, const QString& password) {
  redis::RedisUrl u;
  u.host = host.toStdString();
  u.port = port;
  u.user = secrets::kSentinelUser;
  u.password = password.toStdString();
  thread_ = std::thread(&SentinelEvents::run, this, u.withCredentials());
}

SentinelEvents::~SentinelEvents() {
  stop_ = true;
  thread_.join();
}

QList<SentinelEvents::Event> SentinelEvents::events() const {
  std::lock_guard lock(mu_);
  return events_;
}

void SentinelEvents::run(std::string url) {
  const auto u = redis::parseRedisUrl(url, nullptr);
  std::string why;
  redis::Context c = u ? redis::connectRedis(*u, {}, &why) : nullptr;
  if (!c || !redis::command(c.get(), {"PSUBSCRIBE", "*"})) return;
  while (!stop_) {
    pollfd p{c->fd, POLLIN, 0};
    if (::poll(&p, 1, 100) <= 0) continue;
    if (redisBufferRead(c.get()) != REDIS_OK) return;
    void* r = nullptr;
    while (redisGetReplyFromReader(c.get(), &r) == REDIS_OK && r) {
      const redis::Reply reply(static_cast<redisReply*>(r));
      r = nullptr;
      // pmessage <pattern> <channel> <payload>
      if (reply->type != REDIS_REPLY_ARRAY || reply->elements != 4) continue;
      std::lock_guard lock(mu_);
      events_.append({QDateTime::currentMSecsSinceEpoch(),
                      QString::fromStdString(std::string(redis::replyText(reply->element[2]))),
                      QString::fromStdString(std::string(redis::replyText(reply->element[3])))});
    }
  }
}

}  // namespace swarmlab::test
