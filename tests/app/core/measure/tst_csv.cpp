// CSV: RFC 4180 writer and reader with nasty strings; bad CSV reported with its line; a
// recorded run exported and imported back unchanged; exported columns as documented.
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "CsvExport.h"

using namespace swarmlab;

namespace {

const QStringList kNasty = {QString(),
                            "plain",
                            "a,b",
                            "quote\"inside",
                            "\"",
                            "\"\"",
                            "line\nbreak",
                            "crlf\r\nx",
                            "cr\ronly",
                            "trailing,",
                            " lead and trail ",
                            ",,,",
                            "multi\n\n\nlines",
                            QString::fromUtf8("unicode ção 😀 中文"),
                            "tab\there",
                            "=cmd()",
                            "\"quoted, with comma\"\n"};

RunData sampleRun() {
  RunData r;
  r.timelineName = "paper-2017, \"special\"";
  r.backend = "local";
  r.startUs = 1700000000000000;
  r.endUs = 1700000060000001;
  MetricSample p;
  p.second = 1700000001;
  p.kind = "publisher";
  p.instance = "publisher.1.1";
  p.node = "manager";
  p.count = 500;
  p.failed = 2;
  MetricSample s;
  s.second = 1700000001;
  s.kind = "subscriber";
  s.instance = "subscriber.1.1";
  s.node = "pi1";
  s.count = 498;
  s.lagP50Us = 1234;
  s.lagP99Us = 5678;
  s.lagMaxUs = 1000001;
  s.lost = 2;
  r.metrics << s << p;  // out of order on purpose: exported sorted by second, instance
  AgentEvent e;
  e.tUs = 1700000000100000;
  e.kind = "subscriber";
  e.instance = "subscriber.1.1";
  e.node = "pi1";
  e.event = "first_message";
  e.detail = "nasty, \"detail\"\nwith lines";
  r.events << e;
  e.tUs = 1700000020400000;
  e.event = "stopped";
  e.detail.clear();
  e.lastUpdateUs = 1700000020305001;
  e.seq = 18446744073709551615ULL;  // the largest seq a subscriber can report
  r.events << e;
  CommandRecord c;
  c.id = 4;
  c.kind = CommandKind::Migrate;
  c.service = "subscriber";
  c.node = "pi2";
  c.order = UpdateOrder::StartFirst;
  c.issuedUs = 1700000020300000;
  c.finishedUs = 1700000020500000;
  c.ok = false;
  c.error = "node pi2: \"down\", try later";
  r.commands << c;
  TaskRecord t;
  t.tUs = 1700000020450000;
  t.task.id = "t-9";
  t.task.service = "subscriber";
  t.task.instance = "subscriber.1.2";
  t.task.node = "pi2";
  t.task.state = TaskState::Failed;
  t.task.exitCode = 137;
  t.task.message = "killed by signal 9\n(SIGKILL)";
  t.task.tUs = 1700000020449999;
  r.tasks << t;
  return r;
}

}  // namespace

class TestCsv : public QObject {
  Q_OBJECT
 private slots:
  void field_data() {
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << "abc"
                           << "abc";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\nb\"";
    QTest::newRow("cr") << "a\rb"
                        << "\"a\rb\"";
    QTest::newRow("space kept") << " a "
                                << " a ";
  }
  void field() {
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(csvField(in), out);
  }

  void record() { QCOMPARE(csvRecord({"a", "b,c", ""}), QStringLiteral("a,\"b,c\",\r\n")); }

  void roundTripNasty() {
    QTemporaryDir dir;
    const QString path = dir.filePath("nasty.csv");
    QList<QStringList> rows;
    for (int i = 0; i < kNasty.size(); ++i)
      rows << QStringList{QString::number(i), kNasty[i], kNasty[kNasty.size() - 1 - i]};
    QString err;
    QVERIFY2(writeCsv(path, {"i", "a", "b,with comma"}, rows, &err), qPrintable(err));
    auto t = readCsv(path, &err);
    QVERIFY2(t, qPrintable(err));
    QCOMPARE(t->header, (QStringList{"i", "a", "b,with comma"}));
    QCOMPARE(t->rows.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) QCOMPARE(t->rows[i], rows[i]);
    QCOMPARE(t->value(3, "a"), kNasty[3]);
    QCOMPARE(t->value(3, "missing"), QString());
  }

  void parseVariants() {
    auto t = parseCsv("a,b\nx,\"y\"\n");  // LF only
    QVERIFY(t);
    QCOMPARE(t->rows, (QList<QStringList>{{"x", "y"}}));
    t = parseCsv(
        "\xEF\xBB\xBF"
        "a,b\r\n1,2");  // BOM, no final newline
    QVERIFY(t);
    QCOMPARE(t->header, (QStringList{"a", "b"}));
    QCOMPARE(t->rows, (QList<QStringList>{{"1", "2"}}));
    t = parseCsv("a,b\r\n\r\n1,\"multi\r\nline\"\r\n3,4\r\n");
    QVERIFY(t);
    QCOMPARE(t->rows.size(), 2);
    QCOMPARE(t->rows[0][1], QStringLiteral("multi\r\nline"));
    QCOMPARE(t->rowLines, (QList<int>{3, 5}));
    t = parseCsv("a\r\n\"\"\r\n");  // one quoted empty field is a row
    QVERIFY(t);
    QCOMPARE(t->rows, (QList<QStringList>{{""}}));
  }

  void badCsv_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << QByteArray() << "empty file";
    QTest::newRow("unterminated") << QByteArray("a,b\r\n1,\"open\r\n")
                                  << "line 2: expected a closing quote";
    QTest::newRow("stray quote") << QByteArray("a,b\r\n1,x\"y\r\n")
                                 << "line 2: expected quotes only around a whole field";
    QTest::newRow("after closing quote")
        << QByteArray("a,b\r\n1,\"x\"y\r\n") << "line 2: expected a comma or a line end";
    QTest::newRow("too few fields")
        << QByteArray("a,b,c\r\n1,2,3\r\n1,2\r\n") << "line 3: expected 3 fields";
    QTest::newRow("too many fields") << QByteArray("a\r\n1,2\r\n") << "line 2: expected 1 fields";
    QTest::newRow("invalid utf8") << QByteArray("a\r\n\xff\xfe\r\n") << "UTF-8";
  }
  void badCsv() {
    QFETCH(QByteArray, data);
    QFETCH(QString, fragment);
    QString err;
    QVERIFY(!parseCsv(data, &err));
    QVERIFY2(err.contains(fragment), qPrintable(err));
  }

  void labSeconds() {
    QCOMPARE(formatLabSeconds(1700000000000123), QStringLiteral("1700000000.000123"));
    QCOMPARE(formatLabSeconds(0), QStringLiteral("0.000000"));
    QCOMPARE(formatLabSeconds(-1500000), QStringLiteral("-1.500000"));
    QCOMPARE(*parseLabSeconds("1700000000.000123"), 1700000000000123);
    QCOMPARE(*parseLabSeconds("12.5"), 12500000);
    QCOMPARE(*parseLabSeconds("-1.5"), -1500000);
    QVERIFY(!parseLabSeconds("1.0000001"));
    QVERIFY(!parseLabSeconds("1e6"));
    QVERIFY(!parseLabSeconds(""));
  }

  void exportColumns() {
    QTemporaryDir dir;
    const QString out = dir.filePath("run/nested");
    QString err;
    const RunData r = sampleRun();
    QList<Measure> sum{{"deploy_time[subscriber@pi1]", 80.5, "ms", 3890, "a, \"detail\""},
                       {"update_publish_ratio", 0.99975, "", std::nullopt, ""},
                       {"restart_time[x]", std::nan(""), "ms", 876, "no first_message"}};
    QVERIFY2(exportRun(r, sum, out, &err), qPrintable(err));

    auto m = readCsv(out + "/metrics.csv", &err);
    QVERIFY2(m, qPrintable(err));
    QCOMPARE(m->header,
             (QStringList{"lab_second", "instance", "node", "kind", "count", "failed", "lag_p50_ms",
                          "lag_p99_ms", "lag_max_ms", "lost", "dropped_s"}));
    QCOMPARE(m->rows.size(), 2);
    QCOMPARE(m->value(0, "instance"), QStringLiteral("publisher.1.1"));  // sorted
    QCOMPARE(m->value(0, "lag_p50_ms"), QString());                      // publisher: no lag
    QCOMPARE(m->value(0, "failed"), QStringLiteral("2"));
    QCOMPARE(m->value(1, "lag_p50_ms"), QStringLiteral("1.234"));
    QCOMPARE(m->value(1, "lag_max_ms"), QStringLiteral("1000.001"));
    QCOMPARE(m->value(1, "lost"), QStringLiteral("2"));

    auto e = readCsv(out + "/events.csv", &err);
    QVERIFY2(e, qPrintable(err));
    QCOMPARE(e->header.mid(0, 6),
             (QStringList{"t_s", "source", "instance", "node", "event", "detail"}));
    QCOMPARE(e->value(0, "source"), QStringLiteral("run"));
    QCOMPARE(e->value(0, "t_s"), QStringLiteral("1700000000.000000"));
    QCOMPARE(e->value(e->rows.size() - 1, "event"), QStringLiteral("end"));
    for (int i = 1; i < e->rows.size(); ++i)  // time order
      QVERIFY(*parseLabSeconds(e->value(i - 1, "t_s")) <= *parseLabSeconds(e->value(i, "t_s")));

    auto s = readCsv(out + "/summary.csv", &err);
    QVERIFY2(s, qPrintable(err));
    QCOMPARE(s->header.mid(0, 4), (QStringList{"measure", "value", "unit", "paper_value"}));
    QCOMPARE(s->value(0, "value"), QStringLiteral("80.5"));
    QCOMPARE(s->value(0, "paper_value"), QStringLiteral("3890"));
    QCOMPARE(s->value(1, "paper_value"), QString());
    QCOMPARE(s->value(2, "value"), QString());  // NaN: not measured
    QVERIFY(!QFileInfo::exists(out + "/metrics.csv~"));
  }

  void exportImportRoundTrip() {
    QTemporaryDir dir;
    QString err;
    const RunData r = sampleRun();
    const QList<Measure> sum{{"lag_p50", 1.5, "ms", 281, "x,\"y\"\nz"},
                             {"gap", std::nan(""), "ms", std::nullopt, ""}};
    QVERIFY2(exportRun(r, sum, dir.path(), &err), qPrintable(err));
    auto back = importRun(dir.path(), &err);
    QVERIFY2(back, qPrintable(err));
    QCOMPARE(back->timelineName, r.timelineName);
    QCOMPARE(back->backend, r.backend);
    QCOMPARE(back->startUs, r.startUs);
    QCOMPARE(back->endUs, r.endUs);
    QCOMPARE(back->metrics.size(), 2);
    const MetricSample& s = back->metrics[1];
    QCOMPARE(s.instance, QStringLiteral("subscriber.1.1"));
    QCOMPARE(s.count, 498);
    QCOMPARE(s.lagP50Us, 1234);
    QCOMPARE(s.lagP99Us, 5678);
    QCOMPARE(s.lagMaxUs, 1000001);
    QCOMPARE(s.lost, 2);
    QCOMPARE(back->metrics[0].failed, 2);
    QCOMPARE(back->events.size(), 2);
    QCOMPARE(back->events[0].detail, r.events[0].detail);
    QCOMPARE(back->events[0].kind, QStringLiteral("subscriber"));
    QCOMPARE(back->events[1].lastUpdateUs, r.events[1].lastUpdateUs);
    QCOMPARE(back->events[1].seq, r.events[1].seq);
    QVERIFY(!back->events[0].seq);  // none sent: none read back
    QCOMPARE(back->commands.size(), 1);
    const CommandRecord& c = back->commands[0];
    QCOMPARE(c.id, 4u);
    QVERIFY(c.kind == CommandKind::Migrate);
    QVERIFY(c.order == UpdateOrder::StartFirst);
    QCOMPARE(c.service, QStringLiteral("subscriber"));
    QCOMPARE(c.node, QStringLiteral("pi2"));
    QCOMPARE(c.issuedUs, r.commands[0].issuedUs);
    QCOMPARE(c.finishedUs, r.commands[0].finishedUs);
    QCOMPARE(c.ok, false);
    QCOMPARE(c.error, r.commands[0].error);
    QCOMPARE(back->tasks.size(), 1);
    const TaskRecord& t = back->tasks[0];
    QCOMPARE(t.tUs, r.tasks[0].tUs);
    QCOMPARE(t.task.id, QStringLiteral("t-9"));
    QCOMPARE(t.task.service, QStringLiteral("subscriber"));
    QCOMPARE(t.task.instance, QStringLiteral("subscriber.1.2"));
    QVERIFY(t.task.state == TaskState::Failed);
    QCOMPARE(t.task.exitCode, 137);
    QCOMPARE(t.task.message, r.tasks[0].task.message);
    QCOMPARE(t.task.tUs, r.tasks[0].task.tUs);

    auto ms = importSummary(dir.path(), &err);
    QVERIFY2(ms, qPrintable(err));
    QCOMPARE(ms->size(), 2);
    QCOMPARE((*ms)[0].name, QStringLiteral("lag_p50"));
    QCOMPARE((*ms)[0].value, 1.5);
    QCOMPARE((*ms)[0].paperValue.value_or(0), 281.0);
    QCOMPARE((*ms)[0].detail, sum[0].detail);
    QVERIFY(std::isnan((*ms)[1].value));
    QVERIFY(!(*ms)[1].paperValue);

    // Export of the imported run gives the same files (the CSV is a faithful record).
    QTemporaryDir dir2;
    QVERIFY(exportRun(*back, sum, dir2.path(), &err));
    for (const char* f : {"metrics.csv", "events.csv", "summary.csv"}) {
      QFile a(dir.filePath(f)), b(dir2.filePath(f));
      QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
      QCOMPARE(a.readAll(), b.readAll());
    }
  }

  void importErrors() {
    QTemporaryDir dir;
    QString err;
    QVERIFY(!importRun(dir.path(), &err));
    QVERIFY2(err.contains("metrics.csv") && err.contains("cannot read"), qPrintable(err));

    QVERIFY(exportRun(sampleRun(), {}, dir.path(), &err));
    QFile f(dir.filePath("metrics.csv"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(
        "lab_second,instance,node,kind,count,failed,lag_p50_ms,lag_p99_ms,lag_max_ms,lost\r\n"
        "17x,a,b,subscriber,1,,1.0,2.0,3.0,0\r\n");
    f.close();
    QVERIFY(!importRun(dir.path(), &err));
    QVERIFY2(
        err.contains("metrics.csv: line 2: column lab_second: expected an integer, got \"17x\""),
        qPrintable(err));

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("second,instance\r\n1,a\r\n");
    f.close();
    QVERIFY(!importRun(dir.path(), &err));
    QVERIFY2(err.contains("expected a column lab_second"), qPrintable(err));
  }

  // Random edits of exported files: importRun gives a run or one error line, never a crash.
  void mutatedImportsNeverCrash() {
    QTemporaryDir dir;
    QString err;
    QVERIFY(exportRun(sampleRun(), {{"lag_p50", 1.5, "ms", 281, "d"}}, dir.path(), &err));
    QByteArray files[3];
    const char* names[3] = {"metrics.csv", "events.csv", "summary.csv"};
    for (int i = 0; i < 3; ++i) {
      QFile f(dir.filePath(names[i]));
      QVERIFY(f.open(QIODevice::ReadOnly));
      files[i] = f.readAll();
    }
    QRandomGenerator rng(4180);
    const char alphabet[] = ",\"\r\nx0.-{}";
    int ok = 0, bad = 0;
    for (int n = 0; n < 400; ++n) {
      const int which = rng.bounded(3);
      QByteArray d = files[which];
      for (int k = 0, e = 1 + rng.bounded(3); k < e; ++k) {
        const int pos = rng.bounded(d.size());
        if (rng.bounded(2))
          d[pos] = alphabet[rng.bounded(int(sizeof(alphabet) - 1))];
        else
          d.remove(pos, 1 + rng.bounded(4));
      }
      QFile f(dir.filePath(names[which]));
      QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
      f.write(d);
      f.close();
      QString e;
      auto r = which == 2 ? std::optional<RunData>() : importRun(dir.path(), &e);
      auto m = which == 2 ? importSummary(dir.path(), &e) : std::nullopt;
      if (r || m)
        ++ok;
      else {
        ++bad;
        QVERIFY2(!e.isEmpty() && !e.contains('\n') && e.contains(names[which]), qPrintable(e));
      }
      QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
      f.write(files[which]);
      f.close();
    }
    qInfo("400 mutated imports: %d read, %d refused with an error", ok, bad);
    QVERIFY(bad > 60);
  }

  void exportToUnwritablePlace() {
    QTemporaryDir dir;
    const QString file = dir.filePath("plain-file");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QString err;
    QVERIFY(!exportRun(sampleRun(), {}, file + "/sub", &err));
    QVERIFY2(err.contains(file), qPrintable(err));
  }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
