#include "LabTrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include "LabFile.h"

namespace swarmlab {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("swarmlab::LabTrust", s); }

// A swarmlab program from the agents' folder; nothing after the name (no "/../").
bool isSwarmlabProgram(const QString& program) {
  static const QRegularExpression re(QStringLiteral("^\\$\\{bin\\}/swarmlab-[a-z0-9][a-z0-9-]*$"));
  return re.match(program).hasMatch();
}

// redis-server options that load code or write files where the lab says: refused by default.
const QStringList kRedisUnsafeOptions = {QStringLiteral("loadmodule"),
                                         QStringLiteral("include"),
                                         QStringLiteral("dir"),
                                         QStringLiteral("dbfilename"),
                                         QStringLiteral("logfile"),
                                         QStringLiteral("aclfile"),
                                         QStringLiteral("unixsocket"),
                                         QStringLiteral("pidfile"),
                                         QStringLiteral("appendfilename"),
                                         QStringLiteral("appenddirname"),
                                         QStringLiteral("enable-module-command"),
                                         QStringLiteral("enable-debug-command")};

// redis-server followed by "--option value..." only (a first argument that is not an option is
// a configuration file, which may load anything).
bool isPlainRedisServer(const QStringList& command, QString* bad) {
  if (command.value(0) != QLatin1String("redis-server")) return false;
  if (command.size() > 1 && !command[1].startsWith(QLatin1String("--"))) {
    *bad = command[1];
    return false;
  }
  for (const QString& a : command.mid(1)) {
    if (!a.startsWith(QLatin1String("--"))) continue;
    if (kRedisUnsafeOptions.contains(a.mid(2).toLower())) {
      *bad = a;
      return false;
    }
  }
  return true;
}

// Variables that change which code a trusted program loads.
bool isLoaderVariable(const QString& name) {
  return name.startsWith(QLatin1String("LD_")) || name == QLatin1String("PATH") ||
         name == QLatin1String("GCONV_PATH") || name == QLatin1String("MALLOC_CONF") ||
         name == QLatin1String("HOSTALIASES");
}

bool isUnder(const QString& path, const QString& dir) {
  if (dir.isEmpty()) return false;
  const QString d = dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/');
  return path.startsWith(d);
}

// The real path (symbolic links resolved) when it exists, else the cleaned absolute path.
QString realPath(const QString& path) {
  const QFileInfo fi(path);
  const QString c = fi.canonicalFilePath();
  return c.isEmpty() ? QDir::cleanPath(fi.absoluteFilePath()) : c;
}

}  // namespace

bool isTrustedTemplate(const ServiceTemplate& t, QString* why) {
  for (auto it = t.env.begin(); it != t.env.end(); ++it) {
    if (!isLoaderVariable(it.key())) continue;
    if (why) *why = tr("environment %1=%2").arg(it.key(), it.value());
    return false;
  }
  if (t.command.isEmpty() || isSwarmlabProgram(t.command.front())) return true;
  QString bad;
  if (isPlainRedisServer(t.command, &bad)) return true;
  if (why) {
    *why = t.command.join(QLatin1Char(' '));
    if (!bad.isEmpty()) *why += tr(" (%1)").arg(bad);
  }
  return false;
}

QStringList untrustedCommands(const Lab& lab) {
  QStringList out;
  for (const auto& t : lab.templates) {
    QString why;
    if (!isTrustedTemplate(t, &why)) out << tr("template \"%1\": %2").arg(t.name, why);
  }
  return out;
}

QString labOutsideTimeline(const Timeline& timeline) {
  if (timeline.labPath.isEmpty()) return {};
  const QString lab = realPath(timeline.labPath);
  const QString folder =
      timeline.sourcePath.isEmpty() ? QString() : realPath(QFileInfo(timeline.sourcePath).path());
  if (isUnder(lab, folder)) return {};
  const QString res = resourcesDir();
  if (!res.isEmpty() && isUnder(lab, realPath(res))) return {};
  return lab;
}

}  // namespace swarmlab
