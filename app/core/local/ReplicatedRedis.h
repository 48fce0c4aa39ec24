// The embedded lab's replicated mediation layer (issue 12): a redis-server per gateway (the
// primary on the first, replicas on the others) and a redis-sentinel per gateway, plus one on
// the enterprise node so that a majority of sentinels still stands when a gateway is down.
// See docs/replication.md.
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include "LabTypes.h"

namespace swarmlab {

class RedisServerProcess;

/// Which nodes of a lab hold what.
struct ReplicationLayout {
  QStringList gateways;  ///< a redis-server and a sentinel each; the first starts as primary
  QString tieBreaker;    ///< one more sentinel (the enterprise node), empty: none
  /// Two or more gateways with the capability "redis": the lab is replicated.
  bool replicated() const { return gateways.size() > 1; }
};

/// Starts and supervises every redis-server and redis-sentinel of a replicated lab, on
/// 127.0.0.1, each tagged with its node. Their secrets (ACL users, masterauth, auth-pass) go
/// into 0600 files in dir (a private folder), never on a command line. Asynchronous.
class ReplicatedRedis : public QObject {
  Q_OBJECT
 public:
  static constexpr int kDownAfterMs = 1000;
  static constexpr int kFailoverTimeoutMs = 3000;
  /// A redis-server of the lab (no persistence) that ended starts again no sooner than this:
  /// back before the sentinels have promoted a replica, it would be an empty primary, and its
  /// replicas would copy it and drop their data (Redis' replication docs warn of exactly this).
  /// Twice a failover's longest time: down-after, then at most failover-timeout.
  static constexpr int kServerRestartDelayMs = 2 * (kDownAfterMs + kFailoverTimeoutMs);
  static constexpr char kMasterName[] = "swarmlab";

  ReplicatedRedis(ReplicationLayout layout, QString password, QString prefix, QString dir,
                  QObject* parent = nullptr);
  ~ReplicatedRedis() override;

  /// Writes the config files and starts every process: ready(url) once all run, with url
  /// redis+sentinel://127.0.0.1:<s1>,.../swarmlab (no credentials), or failed(message).
  void start();
  /// The node is powered off: SIGKILL its processes (no restart until nodeUp()).
  void nodeDown(const QString& node);
  /// Starts the node's processes again on their ports; a former primary rejoins as a replica
  /// once the sentinels reconfigure it.
  void nodeUp(const QString& node);
  /// A process that ends on its own is started again after this delay (the lab's redis
  /// template's restart delay; a server no sooner than kServerRestartDelayMs), unless its node
  /// is down. Negative: never.
  void setRestartDelayMs(int ms) { restartDelayMs_ = ms; }
  /// SIGTERM all, finished() once every one is gone.
  void stop(int timeoutMs);
  void killNow();

  QString url() const { return url_; }
  const ReplicationLayout& layout() const { return layout_; }
  /// PIDs of every process still running.
  QList<qint64> pids() const;
  /// The redis-server of a gateway while it runs, else 0.
  qint64 serverPid(const QString& node) const;
  int serverPort(const QString& node) const;
  /// The gateway whose redis-server is the primary, as the sentinels last announced it.
  QString primaryNode() const { return primary_; }

 signals:
  void ready(const QString& url);
  void failed(const QString& message);
  /// A process of the node ended on its own (killed, crashed): why.
  void lost(const QString& node, const QString& why);
  /// A sentinel announced +switch-master (first announcement of each failover).
  void switched(const QString& fromNode, const QString& toNode);
  /// One line worth a log entry (sdown, odown, switch-master ...).
  void logLine(const QString& line);
  void finished();

 private:
  struct Member {
    QString node;
    bool sentinel = false;
    int port = 0;
    RedisServerProcess* proc = nullptr;
  };
  bool writeConfigs(QString* error);
  QByteArray serverConf(const Member& m, int primaryPort) const;
  QByteArray sentinelConf(const Member& m, int primaryPort) const;
  void onLogged(const Member& m, const QString& text);
  void onLost(const Member& m, const QString& why);
  void onFinished();
  QString nodeOfPort(int port) const;

  ReplicationLayout layout_;
  QString password_;
  QString prefix_;
  QString dir_;
  QString url_;
  QString primary_;
  QList<Member> members_;
  QStringList down_;
  int readyCount_ = 0;
  int restartDelayMs_ = 500;
  int running_ = 0;
  bool stopping_ = false;
  bool failed_ = false;
};

/// The gateways (mediation nodes with the capability "redis", in lab order) and the first
/// enterprise node of a lab.
ReplicationLayout replicationLayout(const QList<NodeSpec>& nodes);

}  // namespace swarmlab
