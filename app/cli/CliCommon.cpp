#include "CliCommon.h"

#include <QDir>
#include <QFileInfo>

#include <unistd.h>
#include <cstdio>

#include "LabFile.h"

namespace swarmlab::cli {

QTextStream& out() {
  static QTextStream s(stdout);
  return s;
}

QTextStream& err() {
  static QTextStream s(stderr);
  return s;
}

bool stdoutIsTerminal() { return ::isatty(STDOUT_FILENO) == 1; }

QString findFile(const QString& path, const QString& resourceSubdir) {
  if (QFileInfo::exists(path)) return path;
  const QString res = resourcesDir();
  if (res.isEmpty()) return path;
  for (const QString& c : {res + QLatin1Char('/') + path,
                           res + QLatin1Char('/') + resourceSubdir + QLatin1Char('/') + path,
                           res + QLatin1Char('/') + resourceSubdir + QLatin1Char('/') + path +
                               QStringLiteral(".json")}) {
    if (QFileInfo(c).isFile()) return c;
  }
  return path;
}

}  // namespace swarmlab::cli
