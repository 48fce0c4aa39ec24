// exportRun is atomic on real file systems that fail (issue 10): a 64 KiB tmpfs that fills up
// and the same tmpfs remounted read-only. The error names the file; the folder keeps the files
// it had (or none), never a half-written set. Needs mount(2): exits 77 when it cannot mount.
#include <QtTest>

#include <sys/mount.h>
#include <cerrno>
#include <cstring>

#include "CsvExport.h"
#include "Measurements.h"

using namespace swarmlab;

namespace {

/// A run whose metrics.csv is about `rows` * 60 bytes.
RunData bigRun(int rows) {
  RunData r;
  r.timelineName = QStringLiteral("big");
  r.backend = QStringLiteral("local");
  r.startUs = 1700000000LL * 1000000;
  r.endUs = r.startUs + qint64(rows) * 1000000;
  for (int i = 0; i < rows; ++i) {
    MetricSample m;
    m.second = 1700000000 + i;
    m.kind = QStringLiteral("publisher");
    m.instance = QStringLiteral("publisher.1.1");
    m.node = QStringLiteral("manager");
    m.count = 500;
    r.metrics << m;
  }
  return r;
}

QStringList filesIn(const QString& dir) {
  return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
}

QString gMount;

}  // namespace

class TestExportFs : public QObject {
  Q_OBJECT
 private slots:
  void cleanup() { ::umount(qPrintable(gMount)); }

  void diskFullLeavesNothingHalfWritten() {
    QVERIFY(::mount("tmpfs", qPrintable(gMount), "tmpfs", 0, "size=64k") == 0);
    const RunData small = bigRun(10);
    QString error;
    QVERIFY2(exportRun(small, computeSummary(small), gMount, &error), qPrintable(error));
    const QByteArray before = [] {
      QFile f(QDir(gMount).filePath(QStringLiteral("metrics.csv")));
      return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    // ~120 KiB of metrics cannot fit in 64 KiB.
    const RunData big = bigRun(2000);
    QVERIFY(!exportRun(big, computeSummary(big), gMount, &error));
    QVERIFY2(error.contains(QDir(gMount).filePath(QStringLiteral("metrics.csv"))),
             qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral(".export-")), qPrintable(error));
    // The earlier, complete export is still there, unchanged; no temporary folder is left.
    QCOMPARE(filesIn(gMount),
             (QStringList{QStringLiteral("events.csv"), QStringLiteral("metrics.csv"),
                          QStringLiteral("summary.csv")}));
    QFile f(QDir(gMount).filePath(QStringLiteral("metrics.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QVERIFY(importRun(gMount, &error));
  }

  void readOnlyFolderIsAnError() {
    QVERIFY(::mount("tmpfs", qPrintable(gMount), "tmpfs", 0, "size=64k") == 0);
    QVERIFY(::mount("tmpfs", qPrintable(gMount), "tmpfs", MS_REMOUNT | MS_RDONLY, "size=64k") == 0);
    const RunData small = bigRun(10);
    QString error;
    QVERIFY(!exportRun(small, computeSummary(small), gMount, &error));
    QVERIFY2(error.contains(gMount) && error.contains(QStringLiteral("cannot write")),
             qPrintable(error));
    QVERIFY(filesIn(gMount).isEmpty());
  }
};

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QTemporaryDir dir;
  gMount = dir.filePath(QStringLiteral("mnt"));
  QDir().mkpath(gMount);
  if (::mount("tmpfs", qPrintable(gMount), "tmpfs", 0, "size=64k") != 0) {
    printf("SKIP: cannot mount a tmpfs here (%s): needs root or CAP_SYS_ADMIN\n",
           std::strerror(errno));
    return SWARMLAB_TEST_SKIP_CODE;
  }
  ::umount(qPrintable(gMount));
  TestExportFs t;
  return QTest::qExec(&t, argc, argv);
}

#include "tst_exportfs.moc"
