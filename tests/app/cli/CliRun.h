#pragma once
// How the cli tests run swarmlab-cli: a real process in the source tree, its exit code and both
// streams. The including test defines SWARMLAB_CLI_BIN and SWARMLAB_SOURCE_DIR (CMakeLists.txt).
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include "swarmlab_build_paths.h"

namespace swarmlab::clitest {

struct Result {
  int code = -1;  ///< -1: crashed or timed out
  QString out, err;
};

inline Result runCli(const QStringList& args, int timeoutMs = 90000,
                     const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
  QProcess p;
  p.setProcessEnvironment(env);
  p.setWorkingDirectory(QStringLiteral(SWARMLAB_SOURCE_DIR));
  p.start(QStringLiteral(SWARMLAB_CLI_BIN), args);
  Result r;
  if (!p.waitForFinished(timeoutMs)) {
    p.kill();
    p.waitForFinished();
    r.err = QStringLiteral("timed out");
    return r;
  }
  r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  r.out = QString::fromUtf8(p.readAllStandardOutput());
  r.err = QString::fromUtf8(p.readAllStandardError());
  return r;
}

}  // namespace swarmlab::clitest
