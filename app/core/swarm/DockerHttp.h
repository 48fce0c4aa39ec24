// Where the Docker Engine is and one blocking HTTP exchange with it (libcurl). A DockerHttp
// belongs to the thread that created it: DockerClient's worker thread, the event stream's
// thread, or a command-line tool that may block.
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace swarmlab {

/// What the user chose about TLS (flags, the console's settings); what is unset comes from the
/// environment, as for the docker CLI.
struct DockerTlsChoice {
  /// TLS to a tcp:// host. Unset: DOCKER_TLS_VERIFY set to anything ("0" included, the docker
  /// CLI's rule). https:// means TLS whatever this says.
  std::optional<bool> enabled;
  QString certPath;       ///< ca.pem, cert.pem, key.pem; empty: DOCKER_CERT_PATH, else ~/.docker
  bool insecure = false;  ///< TLS without verifying the engine (--tls-insecure): no ca.pem needed
};

/// How to reach an engine: unix socket, tcp:// (plain) or tcp:// with TLS and client certs.
struct DockerEndpoint {
  enum class Kind { Unix, Tcp };
  Kind kind = Kind::Unix;
  QString socketPath = QStringLiteral("/var/run/docker.sock");
  QString hostPort;  ///< tcp: "host:port"
  bool tls = false;
  /// The engine's certificate is checked against ca.pem only (never the system's CAs), and its
  /// name against the host. Off only when the user said so (DockerTlsChoice::insecure).
  bool tlsVerify = false;
  QString certPath;  ///< directory with ca.pem, cert.pem, key.pem

  /// dockerHost empty: DOCKER_HOST, else the default unix socket. With TLS, cert.pem and key.pem
  /// must be in the certificate directory, and ca.pem unless `insecure`. nullopt + error text
  /// naming the value (and where it came from) or the missing file when it cannot be used.
  static std::optional<DockerEndpoint> resolve(const QString& dockerHost,
                                               const DockerTlsChoice& tls, QString* error);
  /// The environment decides everything, as for the docker CLI.
  static std::optional<DockerEndpoint> resolve(const QString& dockerHost, QString* error) {
    return resolve(dockerHost, DockerTlsChoice{}, error);
  }
  /// "unix:///var/run/docker.sock", "tcp://h:2376 (TLS)"
  QString describe() const;
  /// What the user should know before anything is sent: plain HTTP to a host that is not this
  /// machine (anyone on the path can read and drive the engine), or TLS without verification.
  /// Empty when there is nothing to say.
  QString warning() const;
};

/// One answer: the HTTP status (0 if no answer came: transport error) and the body.
struct DockerResponse {
  int status = 0;
  QByteArray body;
  QString transportError;  ///< curl's words when status == 0
  qint64 elapsedUs = 0;
  bool idle = false;  ///< a stream ended because nothing came within its idle limit
  bool ok() const { return status >= 200 && status < 300; }
  /// Docker's own `message`, or the transport error.
  QString message() const;
};

class DockerHttp {
 public:
  explicit DockerHttp(DockerEndpoint ep);
  ~DockerHttp();
  DockerHttp(const DockerHttp&) = delete;
  DockerHttp& operator=(const DockerHttp&) = delete;

  /// apiVersion "1.41" prefixes the path with /v1.41; empty: unversioned (for /_ping, /version).
  void setApiVersion(const QString& v) { apiVersion_ = v; }
  QString apiVersion() const { return apiVersion_; }
  const DockerEndpoint& endpoint() const { return ep_; }

  DockerResponse request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                         int timeoutMs = 10000, const QByteArray& contentType = "application/json");

  /// Requests and streams end early (transport error "cancelled") once *cancel is true; checked
  /// at least every second. The flag must outlive this object.
  void setCancelFlag(const std::atomic<bool>* cancel) { cancel_ = cancel; }

  /// A long-lived GET: each received chunk goes to onData; returns when the server ends the
  /// answer, on an error, when the cancel flag is set, or (idleLimitMs > 0) when nothing at all
  /// came for idleLimitMs: then `idle` is true in the answer.
  DockerResponse stream(const QString& path, const std::function<void(const char*, size_t)>& onData,
                        int idleLimitMs = 0, int connectTimeoutMs = 5000);

  /// /_ping, /version and the choice of API version. Returns an empty string on success, else
  /// the reason (engine unreachable, too old, ...).
  QString negotiate(int timeoutMs = 5000);

 private:
  QString url(const QString& path) const;
  void prepare(int timeoutMs);
  void watch(void* transfer);
  QString failure(int curlCode, const char* errbuf, int timeoutMs, bool tooBig) const;
  DockerEndpoint ep_;
  QString apiVersion_;
  void* curl_ = nullptr;
  const std::atomic<bool>* cancel_ = nullptr;
};

}  // namespace swarmlab

Q_DECLARE_METATYPE(swarmlab::DockerResponse)
