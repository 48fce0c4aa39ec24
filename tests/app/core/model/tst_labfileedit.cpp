// Adding a node to a lab file (issue 12, part 6: a new Pi from the console): the file keeps
// everything else as written, stays valid, is written atomically, and a failure names the file
// and leaves it as it was.
#include <QtTest>

#include "LabFile.h"
#include "LabFileEdit.h"
#include "LabTrust.h"

using namespace swarmlab;

namespace {
QString paperPath() {
  return QDir(resourcesDir()).filePath(QStringLiteral("labs/paper-2017.json"));
}

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

NodeSpec pi3() { return {"pi3", Layer::Sensing, "aarch64", {"display"}, "a new Pi"}; }
}  // namespace

class TstLabFileEdit : public QObject {
  Q_OBJECT
 private slots:
  void addsTheNodeAndKeepsTheRest() {
    QTemporaryDir dir;
    const QString path = dir.filePath("lab.json");
    QVERIFY(QFile::copy(paperPath(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const auto before = loadLabFile(path);
    QVERIFY(before.ok());
    const auto r = addNodeToLabFile(path, pi3());
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    QCOMPARE(r.lab->sourcePath, QFileInfo(path).absoluteFilePath());
    const auto after = loadLabFile(path);
    QVERIFY2(after.ok(), qPrintable(after.errors.join('\n')));
    QCOMPARE(after.lab->nodes.size(), before.lab->nodes.size() + 1);
    const NodeSpec* n = after.lab->node("pi3");
    QVERIFY(n);
    QVERIFY(n->layer == Layer::Sensing);
    QCOMPARE(n->arch, QStringLiteral("aarch64"));
    QCOMPARE(n->capabilities, QStringList{"display"});
    QCOMPARE(n->description, QStringLiteral("a new Pi"));
    // Same lab, same templates and commands: the trust check says the same of it.
    QCOMPARE(after.lab->name, before.lab->name);
    QCOMPARE(after.lab->templates.size(), before.lab->templates.size());
    for (int i = 0; i < before.lab->templates.size(); ++i)
      QCOMPARE(after.lab->templates[i].command, before.lab->templates[i].command);
    QCOMPARE(untrustedCommands(*after.lab), untrustedCommands(*before.lab));
    // The properties keep the file's order (the name first).
    QVERIFY(readAll(path).indexOf("\"name\"") < readAll(path).indexOf("\"nodes\""));
    // Nothing else was left in the folder (the atomic write's temporary file is gone).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"lab.json"});
  }

  void refusalsNameTheFileAndChangeNothing_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("in use") << "gw1"
                            << "name: expected a name no node of lab paper-2017 has";
    QTest::newRow("dot") << "pi.3"
                         << "name: expected 1-63 letters, digits, '_' or '-'";
    QTest::newRow("empty") << ""
                           << "name: expected 1-63 letters";
  }
  void refusalsNameTheFileAndChangeNothing() {
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath("lab.json");
    QVERIFY(QFile::copy(paperPath(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(path);
    NodeSpec n = pi3();
    n.name = name;
    const auto r = addNodeToLabFile(path, n);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().startsWith(path + ": " + expected), qPrintable(r.errors.first()));
    QCOMPARE(readAll(path), before);
  }

  void brokenOrMissingFiles() {
    QTemporaryDir dir;
    const QString missing = dir.filePath("missing.json");
    auto r = addNodeToLabFile(missing, pi3());
    QVERIFY(!r.ok());
    QVERIFY2(r.errors.first().startsWith(missing + ": cannot read"), qPrintable(r.errors.first()));
    QVERIFY(!QFile::exists(missing));
    // A file that does not load is not touched: its own errors come back.
    const QString broken = dir.filePath("broken.json");
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"name\": \"x\", \"nodes\": [");
    f.close();
    r = addNodeToLabFile(broken, pi3());
    QVERIFY(!r.ok());
    QVERIFY2(r.errors.first().startsWith(broken + ": $: expected valid JSON"),
             qPrintable(r.errors.first()));
    QCOMPARE(readAll(broken), QByteArray("{\"name\": \"x\", \"nodes\": ["));
    // A folder where the file should be.
    const QString folder = dir.filePath("folder.json");
    QVERIFY(QDir().mkpath(folder));
    r = addNodeToLabFile(folder, pi3());
    QVERIFY(!r.ok());
    QVERIFY2(r.errors.first().startsWith(folder + ": "), qPrintable(r.errors.first()));
  }
};

QTEST_MAIN(TstLabFileEdit)
#include "tst_labfileedit.moc"
