// The runs browser's index and `swarmlab-cli compare` (issue 13, part 5) over real run folders:
// two short runs of the paper experiment by `swarmlab-cli run` (stop-first and start-first),
// plus broken copies of one (a bad summary.csv, a missing events.csv, a journal only) and a
// folder that is not a run.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include "CsvExport.h"
#include "RunCatalog.h"

#include "CliRun.h"

using namespace swarmlab;

namespace {

using clitest::Result;
using clitest::runCli;

bool copyDir(const QString& from, const QString& to, const QStringList& skip = {}) {
  if (!QDir().mkpath(to)) return false;
  for (const auto& f : QDir(from).entryList(QDir::Files))
    if (!skip.contains(f) && !QFile::copy(from + QLatin1Char('/') + f, to + QLatin1Char('/') + f))
      return false;
  return true;
}

const RunEntry* entry(const QList<RunEntry>& es, const QString& name) {
  for (const auto& e : es)
    if (e.name == name) return &e;
  return nullptr;
}
}  // namespace

class TestCompare : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir tmp_;
  QString runs_, a_, b_;

 private slots:
  void initTestCase() {
    runs_ = tmp_.filePath(QStringLiteral("runs"));
    a_ = runs_ + QStringLiteral("/a-stop-first");
    b_ = runs_ + QStringLiteral("/b-start-first");
    for (const auto& [timeline, out] :
         {std::pair{QStringLiteral("resources/experiments/paper-2017.json"), a_},
          std::pair{QStringLiteral("resources/experiments/paper-2017-start-first.json"), b_}}) {
      const Result r = runCli({QStringLiteral("run"), timeline, QStringLiteral("--duration-scale"),
                               QStringLiteral("0.1"), QStringLiteral("--out"), out});
      QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }
    // A summary.csv with a bad figure on its second data row.
    const QString bad = runs_ + QStringLiteral("/c-bad-summary");
    QVERIFY(copyDir(a_, bad));
    QFile s(bad + QStringLiteral("/summary.csv"));
    QVERIFY(s.open(QIODevice::Append));
    s.write("publish_rate_mean,fast,1/s,362,typed by hand\r\n");
    s.close();
    QVERIFY(copyDir(a_, runs_ + QStringLiteral("/d-no-events"), {QStringLiteral("events.csv")}));
    // A run killed before it was reported: its journal, no final files.
    const QString journal = runs_ + QStringLiteral("/e-journal-only");
    QVERIFY(QDir().mkpath(journal));
    QVERIFY(QFile::copy(a_ + QStringLiteral("/events.csv"),
                        journal + QStringLiteral("/journal-events.csv")));
    QVERIFY(QFile::copy(a_ + QStringLiteral("/metrics.csv"),
                        journal + QStringLiteral("/journal-metrics.csv")));
    QVERIFY(QDir().mkpath(runs_ + QStringLiteral("/notes")));
    QFile n(runs_ + QStringLiteral("/notes/readme.txt"));
    QVERIFY(n.open(QIODevice::WriteOnly));
  }

  void catalogListsEveryRun() {
    QString error;
    const QList<RunEntry> es = scanRunsFolder(runs_, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList names;
    for (const auto& e : es) names << e.name;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("a-stop-first"), QStringLiteral("b-start-first"),
                                 QStringLiteral("c-bad-summary"), QStringLiteral("d-no-events"),
                                 QStringLiteral("e-journal-only")}));

    for (const auto& [name, timeline] :
         {std::pair{QStringLiteral("a-stop-first"), QStringLiteral("paper-2017")},
          std::pair{QStringLiteral("b-start-first"), QStringLiteral("paper-2017-start-first")}}) {
      const RunEntry* e = entry(es, name);
      QVERIFY(e);
      QVERIFY(e->status == RunEntry::Status::Finished);
      QCOMPARE(e->timeline, timeline);
      QCOMPARE(e->backend, QStringLiteral("local"));
      QVERIFY(e->started.isValid());
      QVERIFY(std::abs(e->started.secsTo(QDateTime::currentDateTimeUtc())) < 600);
      // The headline figures are summary.csv's, not recomputed or invented.
      const auto summary = importSummary(e->dir, &error);
      QVERIFY2(summary, qPrintable(error));
      QCOMPARE(e->publishRate(), findMeasure(*summary, QStringLiteral("publish_rate_mean"))->value);
      QCOMPARE(e->lagMs(), findMeasure(*summary, QStringLiteral("lag_p50"))->value);
      QCOMPARE(e->deployMs(),
               findMeasure(*summary, QStringLiteral("deploy_time[publisher@manager]"))->value);
      QVERIFY(e->publishRate() > 100);
      QVERIFY(std::isfinite(e->updateRate()) && e->updateRate() > 50);
    }
    const RunEntry* bad = entry(es, QStringLiteral("c-bad-summary"));
    QVERIFY(bad->status == RunEntry::Status::Broken);
    QVERIFY2(bad->problem.contains(QStringLiteral("c-bad-summary/summary.csv: line ")) &&
                 bad->problem.contains(QStringLiteral("\"fast\"")),
             qPrintable(bad->problem));
    QVERIFY(bad->summary.isEmpty());
    QVERIFY(std::isnan(bad->publishRate()));  // "no data", not a figure
    const RunEntry* noEvents = entry(es, QStringLiteral("d-no-events"));
    QVERIFY(noEvents->status == RunEntry::Status::Broken);
    QVERIFY2(noEvents->problem.endsWith(QStringLiteral("d-no-events/events.csv: missing")),
             qPrintable(noEvents->problem));
    const RunEntry* journal = entry(es, QStringLiteral("e-journal-only"));
    QVERIFY(journal->status == RunEntry::Status::Journal);
    QCOMPARE(journal->timeline, QStringLiteral("paper-2017"));
    QVERIFY2(journal->problem.contains(QStringLiteral("summary.csv: missing")),
             qPrintable(journal->problem));
    // Newest first; the runs with a start time before those without.
    for (int i = 1; i < es.size(); ++i)
      if (es[i].started.isValid()) QVERIFY(es[i - 1].started >= es[i].started);

    QVERIFY(scanRunsFolder(tmp_.filePath(QStringLiteral("nope")), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("nope: no such folder")), qPrintable(error));
  }

  void compareSideBySide() {
    const Result r = runCli({QStringLiteral("compare"), a_, b_}, 20000);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("A: ") + QDir::cleanPath(a_) +
                            QStringLiteral(" — paper-2017, local backend")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("B: ") + QDir::cleanPath(b_) +
                            QStringLiteral(" — paper-2017-start-first, local backend")),
             qPrintable(r.out));
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    auto lineOf = [&](const QString& measure) {
      for (const auto& l : lines)
        if (l.startsWith(measure + QLatin1Char(' '))) return l;
      return QString();
    };
    QVERIFY(lineOf(QStringLiteral("measure")).contains(QStringLiteral("paper")));
    // publish_rate_mean: both runs' figures with their ratio to the paper, then the paper's 362.
    const QString pub = lineOf(QStringLiteral("publish_rate_mean"));
    QVERIFY2(pub.count(QStringLiteral("(×")) == 2 && pub.endsWith(QStringLiteral(" 362")),
             qPrintable(pub));
    // Every measure of either summary has its row.
    QString error;
    for (const auto& dir : {a_, b_}) {
      const auto summary = importSummary(dir, &error);
      QVERIFY2(summary, qPrintable(error));
      for (const auto& m : *summary) QVERIFY2(!lineOf(m.name).isEmpty(), qPrintable(m.name));
    }
  }

  /// A negative update gap is an overlap (both instances showed updates): it gets no ratio to
  /// the paper, as in the console (a copy of run A whose migration gap reads -40 ms).
  void overlapHasNoRatio() {
    const QString dir = tmp_.filePath(QStringLiteral("overlap"));
    QVERIFY(copyDir(a_, dir));
    QFile f(dir + QStringLiteral("/summary.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringList rows = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"));
    f.close();
    int changed = 0;
    for (auto& row : rows)
      if (row.startsWith(QStringLiteral("migration_update_gap"))) {
        QStringList cells = row.split(QLatin1Char(','));
        cells[1] = QStringLiteral("-40");
        row = cells.join(QLatin1Char(','));
        ++changed;
      }
    QVERIFY2(changed > 0, "run A has no migration_update_gap");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(rows.join(QStringLiteral("\r\n")).toUtf8());
    f.close();
    const Result r = runCli({QStringLiteral("compare"), a_, dir}, 20000);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    int seen = 0;
    for (const auto& l : r.out.split(QLatin1Char('\n')))
      if (l.startsWith(QStringLiteral("migration_update_gap"))) {
        QVERIFY2(l.contains(QStringLiteral("-40.0 (overlap)")), qPrintable(l));
        QVERIFY2(l.count(QStringLiteral("(×")) <= 1, qPrintable(l));  // run A's, if any
        ++seen;
      }
    QCOMPARE(seen, changed);
  }

  void compareErrors() {
    Result r = runCli({QStringLiteral("compare"), a_, runs_ + QStringLiteral("/c-bad-summary")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("c-bad-summary/summary.csv: line ")), qPrintable(r.err));
    r = runCli({QStringLiteral("compare"), runs_ + QStringLiteral("/e-journal-only"), a_});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("swarmlab-cli report")), qPrintable(r.err));
    r = runCli({QStringLiteral("compare"), a_, tmp_.filePath(QStringLiteral("missing"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("missing: no such folder")), qPrintable(r.err));
    r = runCli({QStringLiteral("compare"), a_});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("expected two run folders, got 1")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
