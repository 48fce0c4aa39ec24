// Pure decoding of what the telemetry worker reads from Redis (no I/O): XREAD replies of the
// metrics and events streams, and the MGET of display keys.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

#include "RunData.h"

struct redisReply;

namespace swarmlab {

/// The latest state of one subscriber's displays (wire::Keys::display(instance)).
struct DisplaySnapshot {
  QString instance;
  bool valid = false;  ///< false: key missing or malformed
  quint64 seq = 0;
  qint64 tUs = 0;
  QByteArray segments;  ///< 8 bytes, wire::DisplayState::segments
};

/// One stream entry of an XREAD reply.
struct StreamEntry {
  int stream = -1;  ///< index into the stream names asked for
  std::string id;   ///< the entry id ("1700000000000-0"), to resume from
  QMap<QString, QString> fields;
};

namespace streamdecoder {

/// The entries of an XREAD reply, in order; entries of streams not in `streams` and malformed
/// parts are skipped. A null or non-array reply (XREAD timed out) gives none.
QList<StreamEntry> decodeXRead(const redisReply* reply, const std::vector<std::string>& streams);
/// A metrics stream entry (wire::field names); missing numbers read as 0.
MetricSample toMetric(const QMap<QString, QString>& fields);
/// An events stream entry.
AgentEvent toEvent(const QMap<QString, QString>& fields);
/// The reply of MGET <display key of each instance>: one snapshot per instance, invalid where
/// the key is missing or does not decode.
QList<DisplaySnapshot> decodeDisplays(const redisReply* reply, const QStringList& instances);

}  // namespace streamdecoder
}  // namespace swarmlab

Q_DECLARE_METATYPE(swarmlab::DisplaySnapshot)
