// libFuzzer target: lab files and timelines loaded from bytes (parseLab, parseTimeline), the
// checks and expansions run on what loaded, and the timeline writer: a timeline that loads must
// load again from timelineToJson() and give the same file.
// Input: one document (tried as both) or "LAB\0TIMELINE" (JSON text never holds a NUL byte).
#include <QByteArray>
#include <QMap>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "LabFile.h"
#include "Timeline.h"

namespace {

using namespace swarmlab;

void check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "%s: %s\n", "fuzz_lab_files", what);
  std::abort();  // libFuzzer keeps the input as crash-*
}

void exerciseLab(const Lab& lab) {
  QMap<QString, QString> vars;
  for (const auto& name : knownTemplateVariables()) vars.insert(name, QStringLiteral("v"));
  for (const auto& t : lab.templates) {
    QStringList unknown;
    for (const auto& arg : t.command) (void)expandVariables(arg, vars, &unknown);
    (void)expandCommand(t, vars);
    (void)expandEnvironment(t, vars);
    for (const auto& n : lab.nodes) {
      QString why;
      (void)canPlace(t, n, &why);
    }
  }
}

void checkTimelineRoundTrip(const Timeline& timeline) {
  const QByteArray written = timelineToJson(timeline);
  auto again = parseTimeline(written, timeline.sourcePath);
  check(again.ok(), "timelineToJson() wrote a timeline that does not load");
  check(timelineToJson(*again.timeline) == written, "a written timeline changes when loaded again");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QByteArray bytes =
      QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  const qsizetype nul = bytes.indexOf('\0');
  const QByteArray labBytes = nul < 0 ? bytes : bytes.left(nul);
  const QByteArray timelineBytes = nul < 0 ? bytes : bytes.mid(nul + 1);

  auto lab = parseLab(labBytes, QStringLiteral("fuzz-lab.json"));
  if (lab.lab) exerciseLab(*lab.lab);
  auto timeline = parseTimeline(timelineBytes, QStringLiteral("fuzz-timeline.json"));
  if (timeline.ok()) checkTimelineRoundTrip(*timeline.timeline);
  if (lab.ok() && timeline.ok()) (void)checkTimelineAgainstLab(*timeline.timeline, *lab.lab);
  return 0;
}
