// swarmlab-cli: the swarmlab core, headless (docs/local.md).
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStringList>

#include "CliCommon.h"
#include "CompareCommand.h"
#include "ImagesCommand.h"
#include "ReportCommand.h"
#include "RunCommand.h"
#include "SwarmCommand.h"
#include "ValidateCommand.h"

namespace {
QString tr(const char* s) { return QCoreApplication::translate("swarmlab-cli", s); }

QString usage() {
  return tr(
      "usage: swarmlab-cli <command> [options]\n"
      "commands:\n"
      "  run EXPERIMENT [--lab FILE] [--out DIR] [--backend local|swarm] [--redis URL]\n"
      "                 [--redis-password-file FILE] [--duration-scale F]\n"
      "                 [--allow-commands] [--allow-outside-lab] [--tls-insecure]\n"
      "                 [--registry HOST:PORT]\n"
      "                 [--no-journal]         play an experiment timeline and record it\n"
      "  report RUN_DIR                        rebuild a run from its folder (also a killed\n"
      "                                        run's journal), print and rewrite its summary\n"
      "  compare RUN_A RUN_B                   two runs' summaries side by side, and the paper's\n"
      "  validate FILE...                      check lab or timeline files\n"
      "  swarm status|init|leave|label|join-command ...\n"
      "                                        manage the Docker Swarm of a lab\n"
      "  images start|push|status|stop ...     the lab registry and the lab images in it\n"
      "  help                                  this text; <command> --help for details\n"
      "exit codes: 0 success, 1 failure (bad file, run failed or interrupted), 2 usage error\n");
}
}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("swarmlab-cli"));
  QCoreApplication::setApplicationVersion(QStringLiteral(SWARMLAB_VERSION));
  // Our own debug/info logging only when asked (QT_LOGGING_RULES or SWARMLAB_DEBUG=1).
  if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES") &&
      qEnvironmentVariableIsEmpty("SWARMLAB_DEBUG"))
    QLoggingCategory::setFilterRules(
        QStringLiteral("swarmlab.*.debug=false\nswarmlab.*.info=false"));
  using namespace swarmlab::cli;
  QStringList args = QCoreApplication::arguments();
  if (args.size() < 2) {
    err() << usage() << Qt::flush;
    return kUsage;
  }
  const QString cmd = args.at(1);
  QStringList rest = args.mid(2);
  rest.prepend(QStringLiteral("swarmlab-cli ") + cmd);
  if (cmd == QLatin1String("run")) return runCommand(rest);
  if (cmd == QLatin1String("validate")) return validateCommand(rest);
  if (cmd == QLatin1String("report")) return reportCommand(rest);
  if (cmd == QLatin1String("compare")) return compareCommand(rest);
  if (cmd == QLatin1String("swarm")) return swarmlab::swarmCommand(args.mid(2));
  if (cmd == QLatin1String("images")) return swarmlab::imagesCommand(args.mid(2));
  if (cmd == QLatin1String("help") || cmd == QLatin1String("--help") ||
      cmd == QLatin1String("-h")) {
    out() << usage();
    return kOk;
  }
  if (cmd == QLatin1String("--version")) {
    out() << "swarmlab-cli " << SWARMLAB_VERSION << Qt::endl;
    return kOk;
  }
  err() << tr("swarmlab-cli: unknown command \"%1\"").arg(cmd) << Qt::endl << usage() << Qt::flush;
  return kUsage;
}
