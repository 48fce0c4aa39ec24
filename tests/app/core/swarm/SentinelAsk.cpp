#include "SentinelAsk.h"

#include <QElapsedTimer>
#include <QTcpServer>

#include "LabSecrets.h"
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

}  // namespace swarmlab::test
