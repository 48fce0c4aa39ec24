// Custom MIME types of what is dragged inside the console.
#pragma once

#include <QString>

namespace swarmlab::mime {

/// A service template dragged from the palette (payload: template name, UTF-8).
inline const QString kTemplate = QStringLiteral("application/x-swarmlab-template");
/// A deployed service dragged from its chip (payload: service name, UTF-8).
inline const QString kService = QStringLiteral("application/x-swarmlab-service");
/// A node card dragged from the tray into a band (payload: node name, UTF-8).
inline const QString kNode = QStringLiteral("application/x-swarmlab-node");

}  // namespace swarmlab::mime
