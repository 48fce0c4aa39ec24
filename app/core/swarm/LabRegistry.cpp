#include "LabRegistry.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace swarmlab::registry {
namespace {
using json = nlohmann::json;

QString tr(const char* s) { return QCoreApplication::translate("swarmlab::LabRegistry", s); }

QString engineMessage(const QByteArray& body) {
  const json j = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
  const auto it = j.is_object() ? j.find("message") : j.end();
  if (it != j.end() && it->is_string()) return QString::fromStdString(it->get<std::string>());
  return QString::fromUtf8(body.left(200)).trimmed();
}
}  // namespace

QString checkAddress(const QString& addr) {
  static const QRegularExpression re(
      QStringLiteral("^([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:]+\\]):(\\d+)$"));
  const auto m = re.match(addr);
  const int port = m.hasMatch() ? m.captured(2).toInt() : 0;
  if (port >= 1 && port <= 65535) return {};
  return tr("lab registry \"%1\": expected host:port, e.g. 10.0.0.1:5000 (no https://, no path)")
      .arg(addr);
}

QString qualify(const QString& addr, const QString& image) {
  QString name = image;
  if (!name.startsWith(addr + QLatin1Char('/'))) name = addr + QLatin1Char('/') + name;
  // A tag is what follows the last ':' after the last '/' (the registry's port is before it).
  const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
  if (name.indexOf(QLatin1Char(':'), slash) < 0 && !name.contains(QLatin1Char('@')))
    name += QStringLiteral(":latest");
  return name;
}

QString distributionPath(const QString& qualified) {
  return QStringLiteral("/distribution/%1/json").arg(qualified);
}

Resolution resolve(const QString& addr, const QString& qualified, int status,
                   const QByteArray& body, const QString& transportError) {
  Resolution r;
  const QString expected =
      tr("expected the lab registry (swarmlab-cli images start) answering over TLS, "
         "its CA in /etc/docker/certs.d/%1/ca.crt on every node")
          .arg(addr);
  if (status == 0) {
    r.error = tr("the lab registry %1 was asked through the engine and no answer came (%2); %3")
                  .arg(addr, transportError, expected);
    return r;
  }
  if (status == 404) {
    r.notFound = true;
    r.error = tr("%1 is not in the lab registry %2 (%3); push the images: "
                 "swarmlab-cli images push")
                  .arg(qualified, addr, engineMessage(body));
    return r;
  }
  if (status < 200 || status >= 300) {
    r.error = tr("the lab registry %1 cannot be reached: %2; %3")
                  .arg(addr, engineMessage(body), expected);
    return r;
  }
  const json j = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
  QString digest;
  if (j.is_object() && j.contains("Descriptor") && j["Descriptor"].is_object()) {
    const json& d = j["Descriptor"];
    if (d.contains("digest") && d["digest"].is_string())
      digest = QString::fromStdString(d["digest"].get<std::string>());
  }
  static const QRegularExpression digestRe(QStringLiteral("^sha256:[0-9a-f]{64}$"));
  if (!digestRe.match(digest).hasMatch()) {
    r.error = tr("the lab registry %1 gave no sha256 digest for %2 (Descriptor.digest: \"%3\")")
                  .arg(addr, qualified, digest);
    return r;
  }
  r.ref = qualified + QLatin1Char('@') + digest;
  return r;
}

}  // namespace swarmlab::registry
