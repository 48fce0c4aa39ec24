// Internal to LabFile.cpp and Timeline.cpp: reading JSON by hand while collecting every
// problem as "<file>: <json path>: expected <what>, got <what>". Not a public interface.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace swarmlab::jsoncheck {

/// How a JSON value is named in "got ..." (short, with the value when it is small).
QString describe(const QJsonValue& v);
QString quoted(const QString& s);
/// A name usable in instance names and Redis keys: letters, digits, '_' and '-', no '.'.
bool isName(const QString& s);

/// Collects the errors of one source file.
class Checker {
 public:
  explicit Checker(QString source) : source_(std::move(source)) {}

  void error(const QString& path, const QString& expected, const QString& got);
  const QStringList& errors() const { return errors_; }
  const QString& source() const { return source_; }

  /// Reports keys of o not in `known` ("$schema" and "comment" are always allowed).
  void knownKeys(const QJsonObject& o, const QString& path, const QStringList& known);

  std::optional<QString> string(const QJsonObject& o, const QString& key, const QString& path,
                                bool required, bool nonEmpty = true);
  /// A string that isName().
  std::optional<QString> name(const QJsonObject& o, const QString& key, const QString& path,
                              bool required);
  /// Reports s at path unless isName(s); `what` names it in the error ("a capability name").
  bool checkName(const QString& s, const QString& path, const QString& what);
  std::optional<double> number(const QJsonObject& o, const QString& key, const QString& path,
                               bool required, double min, double max);
  std::optional<qint64> integer(const QJsonObject& o, const QString& key, const QString& path,
                                bool required, qint64 min, qint64 max);
  std::optional<QJsonArray> array(const QJsonObject& o, const QString& key, const QString& path,
                                  bool required, const QString& what);
  /// An optional array of strings, each checked by `ok` (which reports its own errors when it
  /// returns false; if `ok` is null any non-empty string is fine).
  std::optional<QStringList> stringList(
      const QJsonObject& o, const QString& key, const QString& path, bool required, bool nonEmpty,
      const std::function<bool(const QString&, const QString&)>& ok = {},
      bool allowEmptyItemsAfterFirst = false);

 private:
  /// The value at key, or nullopt (reported when required) when it is absent.
  std::optional<QJsonValue> present(const QJsonObject& o, const QString& key, const QString& path,
                                    bool required, const QString& what);

  QString source_;
  QStringList errors_;
};

/// Reads a whole file with the size limit; on failure appends the error and returns nullopt.
std::optional<QByteArray> readLimited(const QString& path, qint64 maxBytes, QStringList* errors);

/// Parses a JSON document that must be an object; reports empty input, syntax errors (with
/// offset, line and column) and a non-object root.
std::optional<QJsonObject> parseObject(const QByteArray& json, qint64 maxBytes, Checker& c);

/// A file through readLimited() and parse(data, path); the result has the read error if any.
template <typename Result, typename Parse>
Result loadFile(const QString& path, qint64 maxBytes, Parse parse) {
  Result r;
  auto data = readLimited(path, maxBytes, &r.errors);
  if (!data) return r;
  return parse(*data, path);
}

/// How every loader ends: the value (in `field`) when no error was found, else the errors.
template <typename Result, typename Value>
Result finish(const Checker& c, std::optional<Value> Result::*field, Value value) {
  Result r;
  r.errors = c.errors();
  if (r.errors.isEmpty()) r.*field = std::move(value);
  return r;
}

}  // namespace swarmlab::jsoncheck
