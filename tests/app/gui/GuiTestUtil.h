// Shared helpers of the console tests.
#pragma once

#include <QDir>
#include <QMimeData>
#include <QStandardPaths>
#include <QTest>

#include <memory>

#include "LabFile.h"
#include "MimeTypes.h"

namespace swarmlab::test {

/// The shipped paper-2017 lab (fails the test if it cannot be loaded).
inline Lab paperLab() {
  const QString path = QDir(resourcesDir()).filePath(QStringLiteral("labs/paper-2017.json"));
  auto r = loadLabFile(path);
  if (!r.ok())
    qFatal("cannot load %s: %s", qPrintable(path), qPrintable(r.errors.join(QLatin1Char('\n'))));
  return *r.lab;
}

inline std::unique_ptr<QMimeData> mime(const QString& format, const QString& payload) {
  auto m = std::make_unique<QMimeData>();
  m->setData(format, payload.toUtf8());
  return m;
}

/// QSettings of tests never touch the user's.
inline void isolateSettings(const char* name) {
  QStandardPaths::setTestModeEnabled(true);
  QCoreApplication::setOrganizationName(QStringLiteral("swarmlab-test"));
  QCoreApplication::setApplicationName(QString::fromLatin1(name));
}

}  // namespace swarmlab::test
