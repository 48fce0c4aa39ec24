// The lab's Redis credentials on Swarm: Docker secrets (POST /secrets/create), never a service's
// Env, Args or labels. See docs/security.md.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

#include "DockerHttp.h"
#include "ServiceSpec.h"

namespace swarmlab {

/// The file names of the secrets in a task (/run/secrets/<name>).
inline constexpr char kPasswordSecretFile[] = "swarmlab-redis-password";
inline constexpr char kAclSecretFile[] = "swarmlab-redis.acl";

/// A secret's name: swarmlab-<lab id>-<kind>-<first 12 hex digits of SHA-256(data)>. Secrets are
/// immutable: new content, new name; the same content finds the secret made before.
QString secretName(const QString& lab, const char* kind, const QByteArray& data);

/// Creates the secret (or, on 409, finds the one of that name) and calls then with its
/// reference, or nullopt and the engine's message.
using SecretCall =
    std::function<void(const QByteArray& method, const QString& path, const QByteArray& body,
                       std::function<void(const DockerResponse&)> cb)>;
void ensureSecret(const SecretCall& call, const QString& lab, const char* kind,
                  const QByteArray& data, const char* file,
                  std::function<void(std::optional<SecretRef>, const QString& error)> then);

}  // namespace swarmlab
