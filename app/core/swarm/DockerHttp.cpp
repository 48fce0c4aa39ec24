#include "DockerHttp.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <curl/curl.h>

#include <chrono>

#include "DockerParse.h"

namespace swarmlab {
namespace {

constexpr qsizetype kMaxBody = 64 * 1024 * 1024;

struct CurlGlobal {
  CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

void ensureGlobal() {
  static CurlGlobal g;  // thread-safe static init; curl_global_init is not thread-safe itself
}

size_t collect(char* ptr, size_t size, size_t nmemb, void* user) {
  auto* out = static_cast<QByteArray*>(user);
  const size_t n = size * nmemb;
  if (out->size() + static_cast<qsizetype>(n) > kMaxBody) return 0;  // aborts: answer too big
  out->append(ptr, static_cast<qsizetype>(n));
  return n;
}

struct StreamCtx {
  const std::function<void(const char*, size_t)>* onData;
  const std::atomic<bool>* stop;
};

size_t streamWrite(char* ptr, size_t size, size_t nmemb, void* user) {
  auto* ctx = static_cast<StreamCtx*>(user);
  (*ctx->onData)(ptr, size * nmemb);
  return size * nmemb;
}

int streamProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  auto* ctx = static_cast<StreamCtx*>(user);
  return ctx->stop && ctx->stop->load() ? 1 : 0;
}

}  // namespace

qint64 wallClockUs() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::optional<DockerEndpoint> DockerEndpoint::resolve(const QString& dockerHost, QString* error) {
  DockerEndpoint ep;
  QString host = dockerHost.isEmpty() ? qEnvironmentVariable("DOCKER_HOST") : dockerHost;
  const QString verify = qEnvironmentVariable("DOCKER_TLS_VERIFY");
  ep.certPath = qEnvironmentVariable("DOCKER_CERT_PATH");
  if (ep.certPath.isEmpty()) ep.certPath = QDir::homePath() + QStringLiteral("/.docker");
  if (host.isEmpty()) return ep;
  if (host.startsWith(QLatin1String("unix://"))) {
    ep.socketPath = host.mid(7);
    if (ep.socketPath.isEmpty()) {
      if (error) *error = QObject::tr("DOCKER_HOST %1: no socket path after unix://").arg(host);
      return std::nullopt;
    }
    return ep;
  }
  if (host.startsWith(QLatin1String("tcp://")) || host.startsWith(QLatin1String("https://")) ||
      host.startsWith(QLatin1String("http://"))) {
    QUrl u(host);
    if (!u.isValid() || u.host().isEmpty()) {
      if (error) *error = QObject::tr("DOCKER_HOST %1: expected tcp://HOST:PORT").arg(host);
      return std::nullopt;
    }
    ep.kind = Kind::Tcp;
    ep.tls =
        u.scheme() == QLatin1String("https") || (!verify.isEmpty() && verify != QLatin1String("0"));
    ep.tlsVerify = !verify.isEmpty() && verify != QLatin1String("0");
    const int port = u.port(ep.tls ? 2376 : 2375);
    const QString h =
        u.host().contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(u.host()) : u.host();
    ep.hostPort = QStringLiteral("%1:%2").arg(h).arg(port);
    if (ep.tls) {
      for (const char* f : {"cert.pem", "key.pem"}) {
        const QString p = ep.certPath + QLatin1Char('/') + QLatin1String(f);
        if (!QFileInfo::exists(p)) {
          if (error)
            *error = QObject::tr("DOCKER_CERT_PATH %1: %2 missing (client certificate for TLS)")
                         .arg(ep.certPath, QLatin1String(f));
          return std::nullopt;
        }
      }
    }
    return ep;
  }
  if (error)
    *error = QObject::tr("DOCKER_HOST %1: expected unix:///path or tcp://HOST:PORT").arg(host);
  return std::nullopt;
}

QString DockerEndpoint::describe() const {
  if (kind == Kind::Unix) return QStringLiteral("unix://") + socketPath;
  return QStringLiteral("tcp://") + hostPort + (tls ? QStringLiteral(" (TLS)") : QString());
}

QString DockerResponse::message() const {
  if (status == 0) return transportError;
  QString m =
      QString::fromStdString(docker::errorMessage(std::string_view(body.constData(), body.size())));
  return m.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : m;
}

DockerHttp::DockerHttp(DockerEndpoint ep) : ep_(std::move(ep)) {
  ensureGlobal();
  curl_ = curl_easy_init();
}

DockerHttp::~DockerHttp() {
  if (curl_) curl_easy_cleanup(static_cast<CURL*>(curl_));
}

QString DockerHttp::url(const QString& path) const {
  QString base =
      ep_.kind == DockerEndpoint::Kind::Unix
          ? QStringLiteral("http://localhost")
          : (ep_.tls ? QStringLiteral("https://") : QStringLiteral("http://")) + ep_.hostPort;
  if (!apiVersion_.isEmpty()) base += QStringLiteral("/v") + apiVersion_;
  return base + path;
}

void DockerHttp::prepare(int timeoutMs) {
  CURL* c = static_cast<CURL*>(curl_);
  curl_easy_reset(c);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(std::min(timeoutMs, 5000)));
  if (timeoutMs > 0) curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(timeoutMs));
  if (ep_.kind == DockerEndpoint::Kind::Unix) {
    const QByteArray sock = QFile::encodeName(ep_.socketPath);
    curl_easy_setopt(c, CURLOPT_UNIX_SOCKET_PATH, sock.constData());  // curl copies it
  } else if (ep_.tls) {
    const QByteArray cert = QFile::encodeName(ep_.certPath + QStringLiteral("/cert.pem"));
    const QByteArray key = QFile::encodeName(ep_.certPath + QStringLiteral("/key.pem"));
    const QByteArray ca = QFile::encodeName(ep_.certPath + QStringLiteral("/ca.pem"));
    curl_easy_setopt(c, CURLOPT_SSLCERT, cert.constData());
    curl_easy_setopt(c, CURLOPT_SSLKEY, key.constData());
    if (QFileInfo::exists(QString::fromLocal8Bit(ca)))
      curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, ep_.tlsVerify ? 1L : 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, ep_.tlsVerify ? 2L : 0L);
  }
  curl_easy_setopt(c, CURLOPT_TCP_KEEPALIVE, 1L);
}

DockerResponse DockerHttp::request(const QByteArray& method, const QString& path,
                                   const QByteArray& body, int timeoutMs,
                                   const QByteArray& contentType) {
  DockerResponse r;
  CURL* c = static_cast<CURL*>(curl_);
  if (!c) {
    r.transportError = QObject::tr("libcurl could not be initialised");
    return r;
  }
  QElapsedTimer timer;
  timer.start();
  prepare(timeoutMs);
  const QByteArray u = url(path).toUtf8();
  curl_easy_setopt(c, CURLOPT_URL, u.constData());
  curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method.constData());
  curl_slist* headers = nullptr;
  if (method == "POST" || method == "PUT" || !body.isEmpty()) {
    headers = curl_slist_append(headers, ("Content-Type: " + contentType).constData());
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  } else if (method == "HEAD") {
    curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
  }
  headers = curl_slist_append(headers, "Expect:");
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &r.body);
  char errbuf[CURL_ERROR_SIZE] = {0};
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
  const CURLcode rc = curl_easy_perform(c);
  curl_slist_free_all(headers);
  r.elapsedUs = timer.nsecsElapsed() / 1000;
  if (rc != CURLE_OK) {
    QString why = QString::fromLocal8Bit(errbuf[0] ? errbuf : curl_easy_strerror(rc));
    if (rc == CURLE_OPERATION_TIMEDOUT)
      why = QObject::tr("no answer within %1 ms (%2)").arg(timeoutMs).arg(why);
    else if (rc == CURLE_WRITE_ERROR)
      why = QObject::tr("answer larger than %1 bytes").arg(kMaxBody);
    else if (rc == CURLE_COULDNT_CONNECT && ep_.kind == DockerEndpoint::Kind::Unix)
      why = QObject::tr(
                "cannot connect to %1: %2 (is the Docker Engine running? may this user open the "
                "socket?)")
                .arg(ep_.describe(), why);
    r.transportError = why;
    r.body.clear();
    return r;
  }
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  r.status = static_cast<int>(status);
  return r;
}

DockerResponse DockerHttp::stream(const QString& path,
                                  const std::function<void(const char*, size_t)>& onData,
                                  const std::atomic<bool>* stop, int connectTimeoutMs) {
  DockerResponse r;
  CURL* c = static_cast<CURL*>(curl_);
  if (!c) {
    r.transportError = QObject::tr("libcurl could not be initialised");
    return r;
  }
  prepare(0);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(connectTimeoutMs));
  const QByteArray u = url(path).toUtf8();
  curl_easy_setopt(c, CURLOPT_URL, u.constData());
  StreamCtx ctx{&onData, stop};
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, streamWrite);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &ctx);
  curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, streamProgress);
  curl_easy_setopt(c, CURLOPT_XFERINFODATA, &ctx);
  char errbuf[CURL_ERROR_SIZE] = {0};
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
  const CURLcode rc = curl_easy_perform(c);
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  r.status = static_cast<int>(status);
  if (rc != CURLE_OK && !(stop && stop->load())) {
    r.transportError = QString::fromLocal8Bit(errbuf[0] ? errbuf : curl_easy_strerror(rc));
    if (r.status == 0 && r.transportError.isEmpty())
      r.transportError = QStringLiteral("stream failed");
  }
  return r;
}

QString DockerHttp::negotiate(int timeoutMs) {
  apiVersion_.clear();
  DockerResponse ping = request("GET", QStringLiteral("/_ping"), {}, timeoutMs);
  if (ping.status == 0) return ping.transportError;
  if (!ping.ok())
    return QObject::tr("GET /_ping: HTTP %1: %2").arg(ping.status).arg(ping.message());
  DockerResponse ver = request("GET", QStringLiteral("/version"), {}, timeoutMs);
  if (!ver.ok()) return QObject::tr("GET /version: %1").arg(ver.message());
  std::string err;
  auto v = docker::parseVersion(std::string_view(ver.body.constData(), ver.body.size()), &err);
  if (!v) return QObject::tr("GET /version: %1").arg(QString::fromStdString(err));
  auto use = docker::negotiateApiVersion(*v, &err);
  if (!use) return QString::fromStdString(err);
  apiVersion_ = QString::fromStdString(*use);
  return {};
}

}  // namespace swarmlab
