#include "SwarmSecrets.h"

#include <QCryptographicHash>
#include <QUrl>

#include <nlohmann/json.hpp>

#include "LabSecrets.h"

namespace swarmlab {

namespace {
using nlohmann::json;

// The ID of the secret called name in GET /secrets (a list), or empty.
std::string idIn(const QByteArray& body, const std::string& name) {
  const json j = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
  if (!j.is_array()) return {};
  for (const json& e : j) {
    const json* spec = e.is_object() && e.contains("Spec") ? &e["Spec"] : nullptr;
    if (spec && spec->is_object() && spec->value("Name", "") == name && e.contains("ID") &&
        e["ID"].is_string())
      return e["ID"].get<std::string>();
  }
  return {};
}
}  // namespace

QString secretName(const QString& lab, const char* kind, const QByteArray& data) {
  const QByteArray h = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(12);
  return QStringLiteral("swarmlab-%1-%2-%3")
      .arg(secrets::labId(lab).left(32), QLatin1String(kind), QString::fromLatin1(h));
}

void ensureSecret(const SecretCall& call, const QString& lab, const char* kind,
                  const QByteArray& data, const char* file,
                  std::function<void(std::optional<SecretRef>, const QString& error)> then) {
  const std::string name = secretName(lab, kind, data).toStdString();
  const json body = {{"Name", name},
                     {"Data", data.toBase64().toStdString()},
                     {"Labels", {{"swarmlab.lab", lab.toStdString()}}}};
  const SecretRef ref{{}, name, file};
  call("POST", QStringLiteral("/secrets/create"), QByteArray::fromStdString(body.dump()),
       [=](const DockerResponse& r) {
         if (r.ok()) {
           const json j =
               json::parse(r.body.constData(), r.body.constData() + r.body.size(), nullptr, false);
           SecretRef made = ref;
           if (j.is_object() && j.contains("ID") && j["ID"].is_string())
             made.id = j["ID"].get<std::string>();
           return then(made, {});
         }
         if (r.status != 409) return then(std::nullopt, r.message());
         // made before with the same content: find its id
         const json filters = {{"name", {name}}};
         call("GET",
              QStringLiteral("/secrets?filters=") + QString::fromLatin1(QUrl::toPercentEncoding(
                                                        QString::fromStdString(filters.dump()))),
              {}, [=](const DockerResponse& list) {
                SecretRef found = ref;
                found.id = list.ok() ? idIn(list.body, name) : std::string();
                if (found.id.empty()) return then(std::nullopt, list.message());
                then(found, {});
              });
       });
}

}  // namespace swarmlab
