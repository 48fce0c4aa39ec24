// Test helpers (header only) for tst_labfile and tst_timeline: edit a JSON document by a
// path like "nodes[2].layer" to build bad inputs from a good one; find a validation error.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>
#include "swarmlab_build_paths.h"

namespace jsonedit {

inline QStringList splitPath(const QString& path) {
  QStringList parts;
  static const QRegularExpression re(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
  auto it = re.globalMatch(path);
  while (it.hasNext()) {
    auto m = it.next();
    parts << (m.captured(1).isEmpty() ? QStringLiteral("#") + m.captured(2) : m.captured(1));
  }
  return parts;
}

/// Sets (or, when remove, deletes) the value at parts in v; returns the new value.
inline QJsonValue edit(QJsonValue v, QStringList parts, const QJsonValue& nv, bool remove) {
  if (parts.isEmpty()) return nv;
  const QString head = parts.takeFirst();
  if (head.startsWith(QLatin1Char('#'))) {
    QJsonArray a = v.toArray();
    const int i = head.mid(1).toInt();
    if (parts.isEmpty() && remove) {
      a.removeAt(i);
      return a;
    }
    while (a.size() <= i) a.append(QJsonValue());
    a[i] = edit(a.at(i), parts, nv, remove);
    return a;
  }
  QJsonObject o = v.toObject();
  if (parts.isEmpty() && remove) {
    o.remove(head);
    return o;
  }
  o[head] = edit(o.value(head), parts, nv, remove);
  return o;
}

inline QByteArray set(const QByteArray& json, const QString& path, const QJsonValue& nv) {
  return QJsonDocument(
             edit(QJsonDocument::fromJson(json).object(), splitPath(path), nv, false).toObject())
      .toJson(QJsonDocument::Compact);
}
inline QByteArray remove(const QByteArray& json, const QString& path) {
  return QJsonDocument(
             edit(QJsonDocument::fromJson(json).object(), splitPath(path), {}, true).toObject())
      .toJson(QJsonDocument::Compact);
}
inline QJsonValue parse(const char* json) {
  return QJsonDocument::fromJson(json).isArray()
             ? QJsonValue(QJsonDocument::fromJson(json).array())
             : QJsonValue(QJsonDocument::fromJson(json).object());
}

}  // namespace jsonedit

namespace labtest {

/// A file shipped under resources/.
inline QString shipped(const QString& rel) {
  return QStringLiteral(SWARMLAB_SOURCE_DIR "/resources/") + rel;
}

/// True when one error reads "<source>: <path>: expected ..." and contains fragment.
inline bool hasError(const QStringList& errors, const QString& source, const QString& path,
                     const QString& fragment) {
  const QString head = source + QStringLiteral(": ") + path + QStringLiteral(": expected ");
  for (const auto& e : errors)
    if (e.startsWith(head) && e.contains(fragment)) return true;
  return false;
}

}  // namespace labtest
