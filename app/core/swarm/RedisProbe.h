// Waits until the lab's Redis answers, without blocking the thread it lives on (the GUI's):
// a QTcpSocket driven by its signals sends PING, and retries on a timer until a deadline.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QTcpSocket;

namespace swarmlab {

/// Asks host:port for PING every retry interval until Redis answers or the time is up. Any
/// Redis reply counts (+PONG, or an authentication error: the server is up).
class RedisProbe : public QObject {
  Q_OBJECT
 public:
  RedisProbe(QString host, quint16 port, int timeoutMs, QObject* parent = nullptr);
  ~RedisProbe() override;
  void start();
  QString target() const { return QStringLiteral("%1:%2").arg(host_).arg(port_); }

 signals:
  /// Redis answered, elapsedMs after start().
  void answered(qint64 elapsedMs);
  /// No answer within the time; the last reason (connection refused, timeout, ...).
  void gaveUp(const QString& lastError);

 private:
  void attempt();
  void onReply();
  void retry(const QString& why);

  QString host_;
  quint16 port_;
  int timeoutMs_;
  QTcpSocket* socket_ = nullptr;
  QTimer next_;
  QTimer attemptTimeout_;
  QElapsedTimer elapsed_;
  QString lastError_;
  bool done_ = false;
};

}  // namespace swarmlab
