#include "RunCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include "BackendFactory.h"
#include "CliCommon.h"
#include "LabFile.h"
#include "LabRegistry.h"
#include "LabSecrets.h"
#include "LabTrust.h"
#include "RedisUrl.hpp"
#include "RunSession.h"
#include "Timeline.h"

namespace swarmlab::cli {

namespace {
QString tr(const char* s, int n = -1) {
  return QCoreApplication::translate("swarmlab-cli", s, nullptr, n);
}

/// What a run may do beyond the default trust (docs/labfiles.md "Trust").
struct Consent {
  bool commands = false;    ///< --allow-commands
  bool outsideLab = false;  ///< --allow-outside-lab
};

/// The flags of `run` that only the Swarm backend reads.
struct SwarmFlags {
  QCommandLineOption insecure{
      QStringLiteral("tls-insecure"),
      tr("swarm: TLS to the engine without verifying its certificate (no ca.pem needed)")};
  QCommandLineOption registry{
      QStringLiteral("registry"),
      tr("swarm: deploy images from the lab registry at HOST:PORT by digest (default: "
         "$SWARMLAB_REGISTRY; see swarmlab-cli images)"),
      QStringLiteral("HOST:PORT")};

  /// Into b; false and *error (naming the flag or variable) when a value cannot be used.
  bool apply(const QCommandLineParser& p, BackendConfig* b, QString* error) const {
    b->dockerTlsInsecure = p.isSet(insecure);
    b->registry = p.isSet(registry) ? p.value(registry) : qEnvironmentVariable("SWARMLAB_REGISTRY");
    const QString bad = b->registry.isEmpty() ? QString() : registry::checkAddress(b->registry);
    if (!bad.isEmpty())
      *error = (p.isSet(registry) ? QStringLiteral("--registry: ")
                                  : QStringLiteral("SWARMLAB_REGISTRY: ")) +
               bad;
    return bad.isEmpty();
  }
};

/// The options of `run` into a.backend, a.scale and a.outDir (empty: the default); the
/// timeline path, or nullopt after printing the usage error.
std::optional<QString> parseOptions(const QStringList& args, RunSession::Args* a, QString* labArg,
                                    Consent* consent, int* rc) {
  QCommandLineParser p;
  p.setApplicationDescription(tr("Plays an experiment timeline on a lab and records it."));
  p.addHelpOption();
  p.addPositionalArgument(QStringLiteral("EXPERIMENT"), tr("experiment timeline (JSON)"));
  const QCommandLineOption labOpt(QStringLiteral("lab"),
                                  tr("lab file (default: the timeline's \"lab\")"),
                                  QStringLiteral("FILE"));
  const QCommandLineOption outOpt(
      QStringLiteral("out"), tr("output folder (default: ./runs/<timeline>-<yyyyMMdd-HHmmss>)"),
      QStringLiteral("DIR"));
  const QCommandLineOption backendOpt(QStringLiteral("backend"), tr("local (default) or swarm"),
                                      QStringLiteral("NAME"), QStringLiteral("local"));
  const QCommandLineOption redisOpt(
      QStringLiteral("redis"),
      tr("use this Redis instead of starting one (redis://host:port; default: "
         "$SWARMLAB_REDIS_URL)"),
      QStringLiteral("URL"));
  const QCommandLineOption passwordOpt(
      QStringLiteral("redis-password-file"),
      tr("the password of that Redis: the first line of FILE (never on the command line)"),
      QStringLiteral("FILE"));
  const QCommandLineOption scaleOpt(QStringLiteral("duration-scale"),
                                    tr("multiply every time of the timeline by F (0 < F <= 100)"),
                                    QStringLiteral("F"), QStringLiteral("1"));
  const QCommandLineOption commandsOpt(
      QStringLiteral("allow-commands"),
      tr("run template commands other than swarmlab programs from ${bin} and redis-server"));
  const QCommandLineOption outsideOpt(
      QStringLiteral("allow-outside-lab"),
      tr("use the timeline's lab even when it lies outside the timeline's folder"));
  const SwarmFlags swarm;
  const QCommandLineOption noJournalOpt(
      QStringLiteral("no-journal"),
      tr("do not journal the run to its folder while it runs (a killed run is then lost)"));
  p.addOptions({labOpt, outOpt, backendOpt, redisOpt, passwordOpt, scaleOpt, commandsOpt,
                outsideOpt, swarm.insecure, swarm.registry, noJournalOpt});
  *rc = kUsage;
  const auto usage = [](const QString& why) {
    err() << tr("swarmlab-cli run: %1").arg(why) << Qt::endl;
    return std::nullopt;
  };
  if (!p.parse(args)) return usage(p.errorText());
  if (p.isSet(QStringLiteral("help"))) {
    out() << p.helpText();
    *rc = kOk;
    return std::nullopt;
  }
  if (p.positionalArguments().size() != 1)
    return usage(
        tr("expected exactly one EXPERIMENT file, got %1").arg(p.positionalArguments().size()));
  bool ok = false;
  a->scale = p.value(scaleOpt).toDouble(&ok);
  if (!ok || !(a->scale > 0) || a->scale > 100)
    return usage(tr("--duration-scale: expected a number > 0 and <= 100, got \"%1\"")
                     .arg(p.value(scaleOpt)));
  const auto backend = backendKindFromString(p.value(backendOpt));
  if (!backend)
    return usage(tr("--backend: expected local or swarm, got \"%1\"").arg(p.value(backendOpt)));
  a->backend.kind = *backend;
  if (p.isSet(redisOpt) && secrets::hasPassword(p.value(redisOpt)))
    err() << tr("swarmlab-cli run: warning: --redis holds a password, which any user can read "
                "in the process list; use SWARMLAB_REDIS_URL or --redis-password-file")
          << Qt::endl;
  QString error;
  a->backend.redisUrl = secrets::userRedisUrl(p.value(redisOpt), p.value(passwordOpt), &error);
  if (!error.isEmpty()) return usage(error);  // names the setting, never the password
  if (p.isSet(outOpt) && p.value(outOpt).isEmpty())
    return usage(tr("--out: expected a folder, got an empty value"));
  a->outDir = p.value(outOpt);
  if (!swarm.apply(p, &a->backend, &error)) return usage(error);
  a->journal = !p.isSet(noJournalOpt);
  *labArg = p.value(labOpt);
  consent->commands = p.isSet(commandsOpt);
  consent->outsideLab = p.isSet(outsideOpt);
  return p.positionalArguments().first();
}

/// What the files would run beyond the default trust, refused without the user's flag; false
/// after printing each refusal with the flag that allows it.
bool trusted(const Timeline& tl, const Lab& lab, bool labFromTimeline, const Consent& consent) {
  bool ok = true;
  const QString outside = labFromTimeline ? labOutsideTimeline(tl) : QString();
  if (!outside.isEmpty() && !consent.outsideLab) {
    err() << tr("%1: its lab %2 lies outside the timeline's folder; check that file, then give "
                "--allow-outside-lab (or --lab FILE)")
                 .arg(tl.sourcePath, outside)
          << Qt::endl;
    ok = false;
  } else if (!outside.isEmpty()) {
    err() << tr("note: lab %1 (outside the timeline's folder, allowed)").arg(outside) << Qt::endl;
  }
  const QStringList commands = untrustedCommands(lab);
  for (const QString& c : commands)
    err() << tr("%1: %2 is not a swarmlab program from ${bin} nor redis-server%3")
                 .arg(lab.sourcePath, c,
                      consent.commands ? tr(" (allowed by --allow-commands)")
                                       : tr("; give --allow-commands to run it"))
          << Qt::endl;
  return ok && (commands.isEmpty() || consent.commands);
}

/// Timeline and lab, checked against each other; false after printing every problem.
bool loadFiles(const QString& timelineArg, const QString& labArg, const Consent& consent,
               RunSession::Args* a) {
  const QString tlPath = findFile(timelineArg, QStringLiteral("experiments"));
  const TimelineLoadResult tl = loadTimelineFile(tlPath);
  if (!tl.ok()) {
    for (const auto& e : tl.errors) err() << e << Qt::endl;
    if (tl.errors.isEmpty()) err() << tr("%1: cannot load the timeline").arg(tlPath) << Qt::endl;
    return false;
  }
  const QString labPath =
      labArg.isEmpty() ? tl.timeline->labPath : findFile(labArg, QStringLiteral("labs"));
  const LabLoadResult lab = loadLabFile(labPath);
  if (!lab.ok()) {
    for (const auto& e : lab.errors) err() << e << Qt::endl;
    if (lab.errors.isEmpty()) err() << tr("%1: cannot load the lab").arg(labPath) << Qt::endl;
    return false;
  }
  if (!trusted(*tl.timeline, *lab.lab, labArg.isEmpty(), consent)) return false;
  const QStringList problems = checkTimelineAgainstLab(*tl.timeline, *lab.lab);
  for (const auto& e : problems) err() << e << Qt::endl;
  a->timeline = *tl.timeline;
  a->lab = *lab.lab;
  return problems.isEmpty();
}

}  // namespace

int runCommand(const QStringList& args) {
  RunSession::Args a;
  QString labArg;
  Consent consent;
  int rc = kOk;
  const auto timelineArg = parseOptions(args, &a, &labArg, &consent, &rc);
  if (!timelineArg) return rc;
  if (!loadFiles(*timelineArg, labArg, consent, &a)) return kFailed;
  if (a.outDir.isEmpty())
    a.outDir = QStringLiteral("runs/%1-%2")
                   .arg(a.timeline.name,
                        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
  RunSession session(std::move(a));
  return session.exec();
}

}  // namespace swarmlab::cli
