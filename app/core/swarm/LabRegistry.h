// The lab registry (docs/images.md): when SwarmOptions::registry names one ("host:port"), the
// Swarm backend deploys every image as <registry>/<name>:<tag>@sha256:<digest>, the digest read
// from the registry through the manager's engine (GET /distribution/<name>/json). Workers then
// pull that exact content from the lab registry when they lack it and skip the pull when they
// have it (the swarm executor skips pulls of digest references present locally): no registry
// outside the lab is asked, no tag-pull fallback is waited for. Pure: no I/O here.
#pragma once

#include <QByteArray>
#include <QString>

namespace swarmlab::registry {

/// "" when addr is host:port (port 1-65535, no scheme, no path); otherwise what was expected.
QString checkAddress(const QString& addr);

/// The image's name in the lab registry: "swarmlab/publisher" ->
/// "<addr>/swarmlab/publisher:latest"; a name already in that registry is kept (a tag added when
/// missing).
QString qualify(const QString& addr, const QString& image);

/// GET path on the engine that asks the registry for the digest of a qualified name.
QString distributionPath(const QString& qualified);

/// What GET /distribution answered.
struct Resolution {
  QString ref;            ///< <qualified>@sha256:... when found
  QString error;          ///< otherwise why not, naming the registry and what was expected
  bool notFound = false;  ///< the registry answered, without that name or tag (try a fallback)
};

/// From the engine's answer (status 0: no answer, transportError = curl's words).
Resolution resolve(const QString& addr, const QString& qualified, int status,
                   const QByteArray& body, const QString& transportError);

}  // namespace swarmlab::registry
