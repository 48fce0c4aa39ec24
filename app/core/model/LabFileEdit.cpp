#include "LabFileEdit.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace swarmlab {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("swarmlab::LabFileEdit", s); }

nlohmann::ordered_json nodeJson(const NodeSpec& n) {
  nlohmann::ordered_json j;
  j["name"] = n.name.toStdString();
  j["layer"] = toString(n.layer).toStdString();
  j["arch"] = n.arch.toStdString();
  if (!n.capabilities.isEmpty()) {
    j["capabilities"] = nlohmann::ordered_json::array();
    for (const QString& c : n.capabilities) j["capabilities"].push_back(c.toStdString());
  }
  if (!n.description.isEmpty()) j["description"] = n.description.toStdString();
  return j;
}

}  // namespace

bool checkNewNodeName(const Lab& lab, const QString& name, QString* why) {
  static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,63}$"));
  if (!re.match(name).hasMatch()) {
    if (why) *why = tr("name: expected 1-63 letters, digits, '_' or '-', got \"%1\"").arg(name);
    return false;
  }
  if (lab.node(name)) {
    if (why)
      *why = tr("name: expected a name no node of lab %1 has, got \"%2\"").arg(lab.name, name);
    return false;
  }
  return true;
}

LabLoadResult addNodeToLabFile(const QString& path, const NodeSpec& node) {
  LabLoadResult out;
  auto fail = [&out, &path](const QString& what) {
    out.errors << QStringLiteral("%1: %2").arg(path, what);
    return out;
  };
  QFile in(path);
  if (in.size() > kMaxLabFileBytes)
    return fail(tr("expected a file of at most %1 bytes, got %2 bytes")
                    .arg(kMaxLabFileBytes)
                    .arg(in.size()));
  if (!in.open(QIODevice::ReadOnly)) return fail(tr("cannot read: %1").arg(in.errorString()));
  const QByteArray before = in.readAll();
  in.close();
  // The file as it is must load: a node is never added to a file that is already broken.
  LabLoadResult current = parseLab(before, path);
  if (!current.ok()) return current;
  QString why;
  if (!checkNewNodeName(*current.lab, node.name, &why)) return fail(why);
  auto root = nlohmann::ordered_json::parse(before.constData(), before.constData() + before.size(),
                                            nullptr, false);
  if (!root.is_object() || !root.contains("nodes") || !root["nodes"].is_array())
    return fail(tr("$.nodes: expected an array"));
  root["nodes"].push_back(nodeJson(node));
  const QByteArray after = QByteArray::fromStdString(root.dump(2)) + '\n';
  // Checked as a whole before anything is written: the file stays valid against its schema.
  out = parseLab(after, path);
  if (!out.ok()) return out;
  out.lab->sourcePath = QFileInfo(path).absoluteFilePath();
  QSaveFile f(path);
  if (!f.open(QIODevice::WriteOnly) || f.write(after) != after.size() || !f.commit()) {
    out.lab.reset();
    return fail(tr("cannot write: %1").arg(f.errorString()));
  }
  return out;
}

}  // namespace swarmlab
