#include "DockerHttp.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QUrl>

#include <curl/curl.h>

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

// What the transfer callbacks see: where the body goes, the cancel flag, and for streams the
// idle limit (curl calls the progress callback about once a second even when nothing arrives).
struct Transfer {
  QByteArray* body = nullptr;
  const std::function<void(const char*, size_t)>* onData = nullptr;
  const std::atomic<bool>* cancel = nullptr;
  int idleLimitMs = 0;
  QElapsedTimer sinceData;
  bool idle = false;
  bool tooBig = false;
};

size_t received(char* ptr, size_t size, size_t nmemb, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const size_t n = size * nmemb;
  t->sinceData.restart();
  if (t->onData) {
    (*t->onData)(ptr, n);
    return n;
  }
  if (t->body->size() + static_cast<qsizetype>(n) > kMaxBody) {
    t->tooBig = true;
    return 0;  // aborts the transfer
  }
  t->body->append(ptr, static_cast<qsizetype>(n));
  return n;
}

int progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  auto* t = static_cast<Transfer*>(user);
  if (t->cancel && t->cancel->load()) return 1;
  if (t->idleLimitMs > 0 && t->sinceData.elapsed() > t->idleLimitMs) {
    t->idle = true;
    return 1;
  }
  return 0;
}

QString tr(const char* text) {
  return QCoreApplication::translate("swarmlab::DockerEndpoint", text);
}

// The TLS files the endpoint needs, each present, or an error naming the missing one.
bool checkTlsFiles(const DockerEndpoint& ep, QString* error) {
  QStringList needed{QStringLiteral("cert.pem"), QStringLiteral("key.pem")};
  if (ep.tlsVerify) needed.prepend(QStringLiteral("ca.pem"));
  for (const QString& f : needed) {
    const QString path = ep.certPath + QLatin1Char('/') + f;
    if (QFileInfo(path).isFile()) continue;
    if (error)
      *error = f == QLatin1String("ca.pem")
                   ? tr("%1 missing: the CA that verifies the engine (TLS without verification "
                        "only when asked for: swarmlab-cli --tls-insecure, or the console's "
                        "Settings)")
                         .arg(path)
                   : tr("%1 missing: the client certificate for TLS").arg(path);
    return false;
  }
  return true;
}

// tcp://HOST[:PORT] (https:// and http:// too): host, port (2376 with TLS, else 2375) and TLS
// files. The error names the value and where it came from.
bool resolveTcp(const QString& host, const QString& from, bool insecure, DockerEndpoint* ep,
                QString* error) {
  QUrl u(host);
  if (!u.isValid() || u.host().isEmpty()) {
    if (error) *error = tr("%1 %2: expected tcp://HOST:PORT").arg(from, host);
    return false;
  }
  ep->kind = DockerEndpoint::Kind::Tcp;
  if (u.scheme() == QLatin1String("https")) ep->tls = true;
  ep->tlsVerify = ep->tls && !insecure;
  const int port = u.port(ep->tls ? 2376 : 2375);
  const QString h =
      u.host().contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(u.host()) : u.host();
  ep->hostPort = QStringLiteral("%1:%2").arg(h).arg(port);
  return !ep->tls || checkTlsFiles(*ep, error);
}

bool isLoopback(const QString& hostPort) {
  QString h = hostPort.left(hostPort.lastIndexOf(QLatin1Char(':')));
  if (h.startsWith(QLatin1Char('['))) h = h.mid(1, h.size() - 2);
  if (h == QLatin1String("localhost")) return true;
  const QHostAddress a(h);
  return !a.isNull() && a.isLoopback();
}

}  // namespace

std::optional<DockerEndpoint> DockerEndpoint::resolve(const QString& dockerHost,
                                                      const DockerTlsChoice& tls, QString* error) {
  DockerEndpoint ep;
  const QString host = dockerHost.isEmpty() ? qEnvironmentVariable("DOCKER_HOST") : dockerHost;
  const QString from = dockerHost.isEmpty() ? QStringLiteral("DOCKER_HOST") : tr("Docker host");
  // The docker CLI: any value of DOCKER_TLS_VERIFY, "0" included, turns TLS and verification on.
  ep.tls = tls.enabled.value_or(!qEnvironmentVariableIsEmpty("DOCKER_TLS_VERIFY"));
  ep.certPath = !tls.certPath.isEmpty() ? tls.certPath : qEnvironmentVariable("DOCKER_CERT_PATH");
  if (ep.certPath.isEmpty()) ep.certPath = QDir::homePath() + QStringLiteral("/.docker");
  if (host.isEmpty() || host.startsWith(QLatin1String("unix://"))) {
    ep.tls = false;  // a local socket: the file's permissions protect it
    if (host.isEmpty()) return ep;
    ep.socketPath = host.mid(7);
    if (!ep.socketPath.isEmpty()) return ep;
    if (error) *error = tr("%1 %2: no socket path after unix://").arg(from, host);
    return std::nullopt;
  }
  if (host.startsWith(QLatin1String("tcp://")) || host.startsWith(QLatin1String("https://")) ||
      host.startsWith(QLatin1String("http://"))) {
    if (resolveTcp(host, from, tls.insecure, &ep, error)) return ep;
    return std::nullopt;
  }
  if (error) *error = tr("%1 %2: expected unix:///path or tcp://HOST:PORT").arg(from, host);
  return std::nullopt;
}

QString DockerEndpoint::describe() const {
  if (kind == Kind::Unix) return QStringLiteral("unix://") + socketPath;
  return QStringLiteral("tcp://") + hostPort +
         (tls ? (tlsVerify ? QStringLiteral(" (TLS)") : QStringLiteral(" (TLS, not verified)"))
              : QString());
}

QString DockerEndpoint::warning() const {
  if (kind != Kind::Tcp) return {};
  if (tls && !tlsVerify)
    return tr("TLS to %1 without verifying the engine's certificate: anyone on the way can "
              "pose as the engine")
        .arg(hostPort);
  if (tls || isLoopback(hostPort)) return {};
  return tr("plain tcp:// to %1: anyone on the network can read and drive this Docker Engine; "
            "use TLS (DOCKER_TLS_VERIFY=1 and certificates in DOCKER_CERT_PATH)")
      .arg(hostPort);
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
    // ca.pem alone: never the system's CA store or CA folder (a missing ca.pem fails the
    // handshake instead of falling back to them).
    if (ep_.tlsVerify) {
      curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
      curl_easy_setopt(c, CURLOPT_CAPATH, nullptr);
    }
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, ep_.tlsVerify ? 1L : 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, ep_.tlsVerify ? 2L : 0L);
    curl_easy_setopt(c, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
  }
  // A peer that vanished without closing (half-open TCP) is noticed within ~25 s.
  curl_easy_setopt(c, CURLOPT_TCP_KEEPALIVE, 1L);
  curl_easy_setopt(c, CURLOPT_TCP_KEEPIDLE, 10L);
  curl_easy_setopt(c, CURLOPT_TCP_KEEPINTVL, 5L);
}

void DockerHttp::watch(void* transfer) {
  CURL* c = static_cast<CURL*>(curl_);
  auto* t = static_cast<Transfer*>(transfer);
  t->cancel = cancel_;
  t->sinceData.start();
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, received);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, t);
  curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, progress);
  curl_easy_setopt(c, CURLOPT_XFERINFODATA, t);
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
  Transfer t;
  t.body = &r.body;
  watch(&t);
  char errbuf[CURL_ERROR_SIZE] = {0};
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
  const CURLcode rc = curl_easy_perform(c);
  curl_slist_free_all(headers);
  r.elapsedUs = timer.nsecsElapsed() / 1000;
  if (rc != CURLE_OK) {
    r.transportError = failure(rc, errbuf, timeoutMs, t.tooBig);
    r.body.clear();
    return r;
  }
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  r.status = static_cast<int>(status);
  return r;
}

QString DockerHttp::failure(int code, const char* errbuf, int timeoutMs, bool tooBig) const {
  const auto rc = static_cast<CURLcode>(code);
  const QString why = QString::fromLocal8Bit(errbuf[0] ? errbuf : curl_easy_strerror(rc));
  if (rc == CURLE_ABORTED_BY_CALLBACK) return QObject::tr("cancelled");
  if (rc == CURLE_OPERATION_TIMEDOUT)
    return QObject::tr("no answer within %1 ms (%2)").arg(timeoutMs).arg(why);
  if (tooBig) return QObject::tr("answer larger than %1 bytes").arg(kMaxBody);
  if (rc == CURLE_PEER_FAILED_VERIFICATION)
    return QObject::tr(
               "%1: the engine's certificate is not trusted by %2/ca.pem, or does not "
               "name this host (%3)")
        .arg(ep_.describe(), ep_.certPath, why);
  if (rc == CURLE_SSL_CACERT_BADFILE || rc == CURLE_SSL_CERTPROBLEM)
    return QObject::tr("%1: cannot use the certificates in %2 (%3)")
        .arg(ep_.describe(), ep_.certPath, why);
  // A client certificate the engine refuses ends TLS 1.3 after the client's side of the
  // handshake: curl sees it while sending or receiving the request.
  if (ep_.tls && (rc == CURLE_SSL_CONNECT_ERROR || rc == CURLE_SEND_ERROR ||
                  rc == CURLE_RECV_ERROR || rc == CURLE_GOT_NOTHING))
    return QObject::tr(
               "%1: the TLS handshake failed; does the engine accept the client "
               "certificate %2/cert.pem? (%3)")
        .arg(ep_.describe(), ep_.certPath, why);
  if (rc == CURLE_COULDNT_CONNECT && ep_.kind == DockerEndpoint::Kind::Unix)
    return QObject::tr(
               "cannot connect to %1: %2 (is the Docker Engine running? may this user open the "
               "socket?)")
        .arg(ep_.describe(), why);
  return why;
}

DockerResponse DockerHttp::stream(const QString& path,
                                  const std::function<void(const char*, size_t)>& onData,
                                  int idleLimitMs, int connectTimeoutMs) {
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
  Transfer t;
  t.onData = &onData;
  t.idleLimitMs = idleLimitMs;
  watch(&t);
  char errbuf[CURL_ERROR_SIZE] = {0};
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
  const CURLcode rc = curl_easy_perform(c);
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  r.status = static_cast<int>(status);
  r.idle = t.idle;
  const bool cancelled = cancel_ && cancel_->load();
  if (rc != CURLE_OK && !cancelled && !t.idle) {
    r.transportError = QString::fromLocal8Bit(errbuf[0] ? errbuf : curl_easy_strerror(rc));
    if (r.transportError.isEmpty()) r.transportError = QObject::tr("stream failed");
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
