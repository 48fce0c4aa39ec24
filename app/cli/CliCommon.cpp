#include "CliCommon.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <unistd.h>
#include <cmath>
#include <cstdio>

#include "LabFile.h"
#include "RunComparison.h"

namespace swarmlab::cli {

QTextStream& out() {
  static QTextStream s(stdout);
  return s;
}

QTextStream& err() {
  static QTextStream s(stderr);
  return s;
}

namespace {
QString tr(const char* s) { return QCoreApplication::translate("swarmlab-cli", s); }
}  // namespace

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

QString fmtValue(double v) {
  if (!std::isfinite(v)) return tr("no data");
  if (v == 0) return QStringLiteral("0");
  const double a = qAbs(v);
  if (a >= 100) return QString::number(v, 'f', 0);
  if (a >= 10) return QString::number(v, 'f', 1);
  if (a >= 1) return QString::number(v, 'f', 2);
  return QString::number(v, 'g', 3);
}

void printSummaryTable(const QList<Measure>& ms, const std::function<void(const QString&)>& line) {
  if (findMeasure(ms, QStringLiteral("run_interrupted")))
    line(tr("run interrupted: it did not finish; the figures cover what was recorded"));
  int w = 7;
  for (const auto& m : ms) w = qMax(w, int(m.name.size()));
  line(QStringLiteral("%1  %2  %3  %4  %5")
           .arg(tr("measure"), -w)
           .arg(tr("value"), 12)
           .arg(tr("unit"), -5)
           .arg(tr("paper"), 10)
           .arg(tr("ratio"), 8));
  for (const auto& m : ms) {
    QString paperS, ratio;
    if (m.paperValue) {
      paperS = fmtValue(*m.paperValue);
      // A negative update gap is an overlap (both instances showed updates): no ratio.
      if (isUpdateOverlap(m.name, m.value))
        ratio = tr("overlap");
      else if (*m.paperValue != 0 && std::isfinite(m.value))
        ratio = fmtValue(m.value / *m.paperValue);
    }
    QString row = QStringLiteral("%1  %2  %3  %4  %5")
                      .arg(m.name, -w)
                      .arg(fmtValue(m.value), 12)
                      .arg(m.unit, -5)
                      .arg(paperS, 10)
                      .arg(ratio, 8);
    if (!m.detail.isEmpty()) row += QStringLiteral("  ") + m.detail;
    line(row.trimmed());
  }
  line(tr("(ratio = value / paper value)"));
}

}  // namespace swarmlab::cli
