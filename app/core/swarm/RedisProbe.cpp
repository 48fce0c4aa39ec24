#include "RedisProbe.h"

#include <QTcpSocket>

namespace swarmlab {
namespace {
constexpr int kRetryMs = 100;
constexpr int kAttemptMs = 500;
}  // namespace

RedisProbe::RedisProbe(QString host, quint16 port, int timeoutMs, QObject* parent)
    : QObject(parent), host_(std::move(host)), port_(port), timeoutMs_(timeoutMs) {
  next_.setSingleShot(true);
  next_.setInterval(kRetryMs);
  connect(&next_, &QTimer::timeout, this, &RedisProbe::attempt);
  attemptTimeout_.setSingleShot(true);
  attemptTimeout_.setInterval(kAttemptMs);
  connect(&attemptTimeout_, &QTimer::timeout, this,
          [this] { retry(tr("no reply within %1 ms").arg(kAttemptMs)); });
}

RedisProbe::~RedisProbe() = default;

void RedisProbe::start() {
  done_ = false;
  elapsed_.start();
  attempt();
}

void RedisProbe::attempt() {
  if (done_) return;
  if (socket_) socket_->deleteLater();
  socket_ = new QTcpSocket(this);
  connect(socket_, &QTcpSocket::connected, this, [this] { socket_->write("PING\r\n"); });
  connect(socket_, &QTcpSocket::readyRead, this, &RedisProbe::onReply);
  connect(socket_, &QTcpSocket::errorOccurred, this,
          [this](QAbstractSocket::SocketError) { retry(socket_->errorString()); });
  attemptTimeout_.start();
  socket_->connectToHost(host_, port_);
}

void RedisProbe::onReply() {
  const QByteArray reply = socket_->readAll();
  // +PONG, or -NOAUTH / -WRONGPASS from a server that wants a password: it is up either way.
  if (!reply.startsWith('+') && !reply.startsWith("-NOAUTH") && !reply.startsWith("-WRONGPASS")) {
    retry(tr("unexpected reply %1").arg(QString::fromLatin1(reply.left(40)).trimmed()));
    return;
  }
  done_ = true;
  attemptTimeout_.stop();
  socket_->abort();
  emit answered(elapsed_.elapsed());
}

void RedisProbe::retry(const QString& why) {
  if (done_) return;
  lastError_ = why;
  attemptTimeout_.stop();
  if (socket_) {
    socket_->disconnect(this);
    socket_->abort();
  }
  if (elapsed_.elapsed() >= timeoutMs_) {
    done_ = true;
    emit gaveUp(lastError_);
    return;
  }
  next_.start();
}

}  // namespace swarmlab
