#include "ValidateCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "CliCommon.h"
#include "LabFile.h"
#include "Timeline.h"

namespace swarmlab::cli {

namespace {
QString tr(const char* s, const char* c = nullptr, int n = -1) {
  return QCoreApplication::translate("swarmlab-cli", s, c, n);
}

enum class Kind { Lab, Timeline };

/// Timelines have steps/duration_s, labs have nodes/templates; a file that is not JSON goes to
/// the lab loader, whose message names the parse error.
Kind detect(const QString& path) {
  QFile f(path);
  if (f.size() > kMaxLabFileBytes || !f.open(QIODevice::ReadOnly)) return Kind::Lab;
  const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
  if (o.contains(QStringLiteral("steps")) || o.contains(QStringLiteral("duration_s")))
    return Kind::Timeline;
  return Kind::Lab;
}

int validateOne(const QString& path) {
  if (!QFileInfo(path).isFile()) {
    err() << tr("%1: no such file").arg(path) << Qt::endl;
    return kFailed;
  }
  if (detect(path) == Kind::Lab) {
    const LabLoadResult r = loadLabFile(path);
    for (const auto& e : r.errors) err() << e << Qt::endl;
    if (!r.ok()) {
      err() << tr("%1: lab file has %n error(s)", nullptr, int(r.errors.size())).arg(path)
            << Qt::endl;
      return kFailed;
    }
    out() << tr("%1: OK, lab \"%2\" with %3 nodes and %4 service templates")
                 .arg(path, r.lab->name)
                 .arg(r.lab->nodes.size())
                 .arg(r.lab->templates.size())
          << Qt::endl;
    return kOk;
  }
  const TimelineLoadResult r = loadTimelineFile(path);
  QStringList errors = r.errors;
  if (r.timeline) {
    const LabLoadResult lab = loadLabFile(r.timeline->labPath);
    if (!lab.ok()) {
      errors << tr("%1: lab %2 cannot be loaded:").arg(path, r.timeline->labPath);
      errors << lab.errors;
    } else if (r.ok()) {
      errors << checkTimelineAgainstLab(*r.timeline, *lab.lab);
    }
  }
  for (const auto& e : errors) err() << e << Qt::endl;
  if (!errors.isEmpty() || !r.timeline) {
    err() << tr("%1: timeline has %n error(s)", nullptr, int(qMax<qsizetype>(1, errors.size())))
                 .arg(path)
          << Qt::endl;
    return kFailed;
  }
  out() << tr("%1: OK, timeline \"%2\": %3 steps over %4 s on lab %5")
               .arg(path, r.timeline->name)
               .arg(r.timeline->steps.size())
               .arg(r.timeline->durationS)
               .arg(r.timeline->labPath)
        << Qt::endl;
  return kOk;
}
}  // namespace

int validateCommand(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(
      tr("Checks lab and experiment timeline files; prints every problem."));
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("FILE"), tr("lab or timeline file (JSON)"),
                          QStringLiteral("FILE..."));
  if (!p.parse(args)) {
    err() << "swarmlab-cli validate: " << p.errorText() << Qt::endl;
    return kUsage;
  }
  if (p.isSet(QStringLiteral("help"))) {
    out() << p.helpText();
    return kOk;
  }
  if (p.positionalArguments().isEmpty()) {
    err() << tr("swarmlab-cli validate: expected FILE (a lab or timeline JSON file)") << Qt::endl;
    return kUsage;
  }
  int rc = kOk;
  for (const auto& f : p.positionalArguments()) {
    if (validateOne(findFile(f, QStringLiteral("experiments"))) != kOk) rc = kFailed;
  }
  return rc;
}

}  // namespace swarmlab::cli
