#include "JsonCheck.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace swarmlab::jsoncheck {

QString describe(const QJsonValue& v) {
  switch (v.type()) {
    case QJsonValue::Null:
      return QStringLiteral("null");
    case QJsonValue::Bool:
      return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
      return QStringLiteral("number %1").arg(v.toDouble(), 0, 'g', 12);
    case QJsonValue::String: {
      QString s = v.toString();
      if (s.size() > 40) s = s.left(37) + QStringLiteral("...");
      return QStringLiteral("\"%1\"").arg(s);
    }
    case QJsonValue::Array:
      return QStringLiteral("an array");
    case QJsonValue::Object:
      return QStringLiteral("an object");
    case QJsonValue::Undefined:
      return QStringLiteral("nothing");
  }
  return QStringLiteral("nothing");
}

QString quoted(const QString& s) { return QStringLiteral("\"%1\"").arg(s); }

bool isName(const QString& s) {
  static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$"));
  return re.match(s).hasMatch();
}

void Checker::error(const QString& path, const QString& expected, const QString& got) {
  errors_ << QStringLiteral("%1: %2: expected %3, got %4").arg(source_, path, expected, got);
}

void Checker::knownKeys(const QJsonObject& o, const QString& path, const QStringList& known) {
  for (auto it = o.begin(); it != o.end(); ++it) {
    if (known.contains(it.key()) || it.key() == QLatin1String("$schema") ||
        it.key() == QLatin1String("comment"))
      continue;
    error(path + QLatin1Char('.') + it.key(),
          QStringLiteral("a known property (%1)").arg(known.join(QStringLiteral(", "))),
          QStringLiteral("unknown property %1").arg(quoted(it.key())));
  }
}

std::optional<QJsonValue> Checker::present(const QJsonObject& o, const QString& key,
                                           const QString& path, bool required,
                                           const QString& what) {
  const QJsonValue v = o.value(key);
  if (!v.isUndefined()) return v;
  if (required) error(path + QLatin1Char('.') + key, what, describe(v));
  return std::nullopt;
}

std::optional<QString> Checker::string(const QJsonObject& o, const QString& key,
                                       const QString& path, bool required, bool nonEmpty) {
  const QString what = nonEmpty ? QStringLiteral("a non-empty string") : QStringLiteral("a string");
  const auto v = present(o, key, path, required, what);
  if (!v) return std::nullopt;
  if (!v->isString() || (nonEmpty && v->toString().isEmpty())) {
    error(path + QLatin1Char('.') + key, what, describe(*v));
    return std::nullopt;
  }
  return v->toString();
}

std::optional<QString> Checker::name(const QJsonObject& o, const QString& key, const QString& path,
                                     bool required) {
  auto s = string(o, key, path, required);
  if (!s) return s;
  if (!checkName(*s, path + QLatin1Char('.') + key,
                 QStringLiteral("a name of letters, digits, '_' and '-' (at most 63, no '.')")))
    return std::nullopt;
  return s;
}

bool Checker::checkName(const QString& s, const QString& path, const QString& what) {
  if (isName(s)) return true;
  error(path, what, describe(s));
  return false;
}

std::optional<double> Checker::number(const QJsonObject& o, const QString& key, const QString& path,
                                      bool required, double min, double max) {
  const QString what = QStringLiteral("a number from %1 to %2").arg(min).arg(max);
  const auto v = present(o, key, path, required, what);
  if (!v) return std::nullopt;
  const double d = v->toDouble();
  if (!v->isDouble() || !std::isfinite(d) || d < min || d > max) {
    error(path + QLatin1Char('.') + key, what, describe(*v));
    return std::nullopt;
  }
  return d;
}

std::optional<qint64> Checker::integer(const QJsonObject& o, const QString& key,
                                       const QString& path, bool required, qint64 min, qint64 max) {
  const QString what = QStringLiteral("an integer from %1 to %2").arg(min).arg(max);
  const auto v = present(o, key, path, required, what);
  if (!v) return std::nullopt;
  const double d = v->toDouble();
  if (!v->isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min) ||
      d > double(max)) {
    error(path + QLatin1Char('.') + key, what, describe(*v));
    return std::nullopt;
  }
  return static_cast<qint64>(d);
}

std::optional<QJsonArray> Checker::array(const QJsonObject& o, const QString& key,
                                         const QString& path, bool required, const QString& what) {
  const QJsonValue v = o.value(key);
  if (v.isUndefined() && !required) return std::nullopt;
  if (!v.isArray()) {
    error(path + QLatin1Char('.') + key, what, describe(v));
    return std::nullopt;
  }
  return v.toArray();
}

std::optional<QStringList> Checker::stringList(
    const QJsonObject& o, const QString& key, const QString& path, bool required, bool nonEmpty,
    const std::function<bool(const QString&, const QString&)>& ok, bool allowEmptyItemsAfterFirst) {
  const QString what = nonEmpty ? QStringLiteral("a non-empty array of strings")
                                : QStringLiteral("an array of strings");
  auto a = array(o, key, path, required, what);
  if (!a) return std::nullopt;
  const QString p = path + QLatin1Char('.') + key;
  if (nonEmpty && a->isEmpty()) {
    error(p, what, QStringLiteral("an empty array"));
    return std::nullopt;
  }
  QStringList out;
  bool good = true;
  for (int i = 0; i < a->size(); ++i) {
    const QJsonValue v = a->at(i);
    const QString ip = QStringLiteral("%1[%2]").arg(p).arg(i);
    const bool emptyAllowed = allowEmptyItemsAfterFirst && i > 0;
    if (!v.isString() || (v.toString().isEmpty() && !emptyAllowed)) {
      error(ip, emptyAllowed ? QStringLiteral("a string") : QStringLiteral("a non-empty string"),
            describe(v));
      good = false;
      continue;
    }
    if (ok && !ok(v.toString(), ip)) {
      good = false;
      continue;
    }
    out << v.toString();
  }
  if (!good) return std::nullopt;
  return out;
}

std::optional<QByteArray> readLimited(const QString& path, qint64 maxBytes, QStringList* errors) {
  QFile f(path);
  if (QFileInfo(path).isDir()) {
    *errors << QStringLiteral("%1: $: expected a readable file, got a directory").arg(path);
    return std::nullopt;
  }
  if (!f.open(QIODevice::ReadOnly)) {
    *errors
        << QStringLiteral("%1: $: expected a readable file, got \"%2\"").arg(path, f.errorString());
    return std::nullopt;
  }
  if (f.size() > maxBytes) {
    *errors << QStringLiteral("%1: $: expected a file of at most %2 bytes, got %3 bytes")
                   .arg(path)
                   .arg(maxBytes)
                   .arg(f.size());
    return std::nullopt;
  }
  QByteArray data = f.read(maxBytes + 1);
  if (data.size() > maxBytes) {  // size() lies for pipes and /proc files
    *errors << QStringLiteral("%1: $: expected a file of at most %2 bytes, got more")
                   .arg(path)
                   .arg(maxBytes);
    return std::nullopt;
  }
  return data;
}

std::optional<QJsonObject> parseObject(const QByteArray& json, qint64 maxBytes, Checker& c) {
  if (json.size() > maxBytes) {
    c.error(QStringLiteral("$"), QStringLiteral("at most %1 bytes").arg(maxBytes),
            QStringLiteral("%1 bytes").arg(json.size()));
    return std::nullopt;
  }
  if (json.trimmed().isEmpty()) {
    c.error(QStringLiteral("$"), QStringLiteral("a JSON object"), QStringLiteral("an empty file"));
    return std::nullopt;
  }
  QJsonParseError pe;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
  if (pe.error != QJsonParseError::NoError) {
    const int off = qBound(0, pe.offset, int(json.size()));
    const QByteArray before = json.left(off);
    const int line = int(before.count('\n')) + 1;
    const int col = off - int(before.lastIndexOf('\n'));
    c.error(QStringLiteral("$"), QStringLiteral("valid JSON"),
            QStringLiteral("\"%1\" at offset %2 (line %3, column %4)%5")
                .arg(pe.errorString())
                .arg(off)
                .arg(line)
                .arg(col)
                .arg(off >= json.size() - 1 ? QStringLiteral(", the file looks truncated")
                                            : QString()));
    return std::nullopt;
  }
  if (!doc.isObject()) {
    c.error(QStringLiteral("$"), QStringLiteral("a JSON object"),
            doc.isArray() ? QStringLiteral("an array") : QStringLiteral("a bare value"));
    return std::nullopt;
  }
  return doc.object();
}

}  // namespace swarmlab::jsoncheck
