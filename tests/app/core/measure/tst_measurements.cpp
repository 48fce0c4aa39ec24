// Measurements on a synthetic run with known answers: deploy, migration stop time and update
// gap (stop-first and start-first), restart, publish/update rates, update/publish ratio outside
// migration windows, lag, lost, seconds without display updates.
#include <QtTest>
#include <cmath>

#include "Measurements.h"

using namespace swarmlab;

namespace {

constexpr qint64 S0 = 1700000000;    // lab second of the run start
constexpr qint64 T0 = S0 * 1000000;  // lab µs
qint64 at(double s) { return T0 + qint64(std::llround(s * 1e6)); }

CommandRecord cmd(quint64 id, CommandKind k, const QString& svc, const QString& node, double s,
                  UpdateOrder o = UpdateOrder::StopFirst, bool ok = true) {
  CommandRecord c;
  c.id = id;
  c.kind = k;
  c.service = svc;
  c.node = node;
  c.order = o;
  c.issuedUs = at(s);
  c.finishedUs = at(s) + 1000;
  c.ok = ok;
  if (!ok) c.error = QStringLiteral("no such node");
  return c;
}

AgentEvent ev(double s, const QString& kind, const QString& inst, const QString& node,
              const QString& event, double lastUpdateS = 0) {
  AgentEvent e;
  e.tUs = at(s);
  e.kind = kind;
  e.instance = inst;
  e.node = node;
  e.event = event;
  e.lastUpdateUs = lastUpdateS ? at(lastUpdateS) : 0;
  return e;
}

MetricSample pubSample(qint64 sec, qint64 count) {
  MetricSample m;
  m.second = S0 + sec;
  m.kind = QStringLiteral("publisher");
  m.instance = QStringLiteral("publisher.1.1");
  m.node = QStringLiteral("manager");
  m.count = count;
  return m;
}

MetricSample subSample(qint64 sec, const QString& inst, const QString& node, qint64 count,
                       qint64 lost = 0, qint64 lagMax = 3000) {
  MetricSample m;
  m.second = S0 + sec;
  m.kind = QStringLiteral("subscriber");
  m.instance = inst;
  m.node = node;
  m.count = count;
  m.lagP50Us = 1000;
  m.lagP99Us = 2000;
  m.lagMaxUs = lagMax;
  m.lost = lost;
  return m;
}

/// The paper's run with known figures (see the header comment of each number).
RunData paperRun() {
  RunData r;
  r.timelineName = QStringLiteral("synthetic");
  r.backend = QStringLiteral("local");
  r.startUs = T0;
  r.endUs = at(60.0);
  r.commands << cmd(1, CommandKind::Deploy, "redis", "gw1", 0.0)
             << cmd(2, CommandKind::Deploy, "publisher", "manager", 0.010)
             << cmd(3, CommandKind::Deploy, "subscriber", "pi1", 0.020)
             << cmd(4, CommandKind::Migrate, "subscriber", "pi2", 20.300)
             << cmd(5, CommandKind::Deploy, "subscriber-2", "pi1", 35.000)
             << cmd(6, CommandKind::Restart, "subscriber-2", "", 45.500, UpdateOrder::StartFirst);
  const QString P = "publisher", S = "subscriber";
  r.events << ev(0.030, P, "publisher.1.1", "manager", "started")
           << ev(0.060, P, "publisher.1.1", "manager", "first_message")  // deploy 50 ms
           << ev(0.050, S, "subscriber.1.1", "pi1", "started")
           << ev(0.100, S, "subscriber.1.1", "pi1", "first_message")  // deploy 80 ms
           << ev(20.310, S, "subscriber.1.1", "pi1", "stopping", 20.305)
           << ev(20.400, S, "subscriber.1.1", "pi1", "stopped", 20.305)     // stop 100 ms
           << ev(20.450, S, "subscriber.1.2", "pi2", "first_message")       // gap 145 ms
           << ev(35.090, S, "subscriber-2.1.1", "pi1", "first_message")     // deploy 90 ms
           << ev(45.530, S, "subscriber-2.1.2", "pi1", "first_message")     // restart 30 ms
           << ev(45.540, S, "subscriber-2.1.1", "pi1", "stopping", 45.539)  // gap -9 ms
           << ev(45.545, S, "subscriber-2.1.1", "pi1", "stopped", 45.539);
  // Publisher: partial first and last seconds, 500/s, 490 at second 10.
  r.metrics << pubSample(0, 470);
  for (int s = 1; s <= 58; ++s) r.metrics << pubSample(s, s == 10 ? 490 : 500);
  r.metrics << pubSample(59, 120);
  // subscriber: every message except one at second 30 (lost 1); migration at second 20.
  r.metrics << subSample(0, "subscriber.1.1", "pi1", 400);
  for (int s = 1; s <= 19; ++s)
    r.metrics << subSample(s, "subscriber.1.1", "pi1", s == 10 ? 490 : 500);
  r.metrics << subSample(20, "subscriber.1.1", "pi1", 150)
            << subSample(20, "subscriber.1.2", "pi2", 275);
  for (int s = 21; s <= 58; ++s)
    r.metrics << subSample(s, "subscriber.1.2", "pi2", s == 30 ? 499 : 500, s == 30 ? 1 : 0,
                           s == 40 ? 9000 : 3000);
  r.metrics << subSample(59, "subscriber.1.2", "pi2", 100);
  // subscriber-2 from 35 s; start-first restart at 45.5 s: both instances update in second 45.
  r.metrics << subSample(35, "subscriber-2.1.1", "pi1", 450);
  for (int s = 36; s <= 44; ++s) r.metrics << subSample(s, "subscriber-2.1.1", "pi1", 500);
  r.metrics << subSample(45, "subscriber-2.1.1", "pi1", 270)
            << subSample(45, "subscriber-2.1.2", "pi1", 235);
  for (int s = 46; s <= 58; ++s) r.metrics << subSample(s, "subscriber-2.1.2", "pi1", 500);
  r.metrics << subSample(59, "subscriber-2.1.2", "pi1", 100);
  return r;
}

double value(const QList<Measure>& ms, const QString& name) {
  const Measure* m = findMeasure(ms, name);
  if (!m) {
    QStringList names;
    for (const auto& x : ms) names << x.name;
    qWarning("no measure %s among: %s", qPrintable(name), qPrintable(names.join(", ")));
    return std::nan("");
  }
  return m->value;
}

}  // namespace

class TestMeasurements : public QObject {
  Q_OBJECT
 private slots:
  void commandFigures_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("paper");
    QTest::newRow("deploy publisher") << "deploy_time[publisher@manager]" << 50.0 << 3890.0;
    QTest::newRow("deploy subscriber") << "deploy_time[subscriber@pi1]" << 80.0 << 3890.0;
    // A subscriber ran on pi1 before: started again on the same device, the paper's D.
    QTest::newRow("deploy subscriber-2") << "deploy_time[subscriber-2@pi1]" << 90.0 << 876.0;
    QTest::newRow("migration stop") << "migration_stop_time[subscriber->pi2]" << 100.0 << 1800.0;
    QTest::newRow("migration gap") << "migration_update_gap[subscriber->pi2]" << 145.0 << 1800.0;
    QTest::newRow("restart") << "restart_time[subscriber-2]" << 30.0 << 876.0;
    QTest::newRow("restart gap start-first") << "restart_update_gap[subscriber-2]" << -9.0 << -1.0;
  }
  void commandFigures() {
    QFETCH(QString, name);
    QFETCH(double, expected);
    QFETCH(double, paper);
    const auto ms = computeSummary(paperRun());
    const Measure* m = findMeasure(ms, name);
    QVERIFY2(m, qPrintable(name));
    QCOMPARE(m->value, expected);
    QCOMPARE(m->unit, QStringLiteral("ms"));
    if (paper >= 0)
      QCOMPARE(m->paperValue.value_or(-1), paper);
    else
      QVERIFY(!m->paperValue);
  }

  void redisHasNoDeployTime() {
    const auto ms = computeSummary(paperRun());
    QVERIFY(!findMeasure(ms, "deploy_time[redis@gw1]"));  // not an agent: no first_message
  }

  void timingsDetail() {
    const auto ts = commandTimings(paperRun());
    bool seen = false;
    for (const auto& t : ts) {
      if (t.command.kind != CommandKind::Migrate) continue;
      seen = true;
      QCOMPARE(t.oldInstance, QStringLiteral("subscriber.1.1"));
      QCOMPARE(t.newInstance, QStringLiteral("subscriber.1.2"));
      QCOMPARE(*t.oldStoppedUs, at(20.400));
      QCOMPARE(*t.oldLastUpdateUs, at(20.305));
      QVERIFY(t.note.isEmpty());
    }
    QVERIFY(seen);
  }

  void rates() {
    const auto ms = computeSummary(paperRun());
    // Publisher full seconds 1..58: 57 x 500 + 490.
    QCOMPARE(value(ms, "publish_rate_mean"), (57 * 500.0 + 490) / 58);
    QCOMPARE(value(ms, "publish_rate_min"), 490.0);
    QCOMPARE(findMeasure(ms, "publish_rate_mean")->paperValue.value_or(0), 362.0);
    // subscriber: seconds 1..58 without 20 (migration window): 18 x 500 + 490 + 37 x 500 + 499.
    QCOMPARE(value(ms, "update_rate_mean[subscriber]"), (18 * 500.0 + 490 + 37 * 500 + 499) / 57);
    QCOMPARE(value(ms, "update_rate_min[subscriber]"), 490.0);
    QCOMPARE(findMeasure(ms, "update_rate_mean[subscriber]")->paperValue.value_or(0), 220.0);
    // subscriber-2: seconds 36..58 without 45 (restart window): 22 x 500.
    QCOMPARE(value(ms, "update_rate_mean[subscriber-2]"), 500.0);
    // Ratio over the same seconds: only the one lost message at second 30 is missing (the
    // double-counted second 45 and the migration second 20 are excluded).
    const double pubs = (18 * 500.0 + 490 + 38 * 500) + 22 * 500.0;
    QCOMPARE(value(ms, "update_publish_ratio"), (pubs - 1) / pubs);
    QCOMPARE(value(ms, "lost_total"), 1.0);
    QCOMPARE(value(ms, "seconds_without_updates"), 0.0);
    QCOMPARE(value(ms, "publish_failed_total"), 0.0);
    QVERIFY(!findMeasure(ms, "commands_failed"));
  }

  void lag() {
    const auto ms = computeSummary(paperRun());
    QCOMPARE(value(ms, "lag_p50"), 1.0);
    QCOMPARE(value(ms, "lag_p99"), 2.0);
    QCOMPARE(value(ms, "lag_max"), 9.0);
    QCOMPARE(findMeasure(ms, "lag_p50")->paperValue.value_or(0), 281.0);
  }

  void perSecondSeries() {
    const auto ps = perSecond(paperRun());
    QCOMPARE(ps.size(), 60);
    QCOMPARE(ps[20].second, S0 + 20);
    QCOMPARE(ps[20].updates.value("subscriber"), 425);  // both instances of the service
    QCOMPARE(ps[45].updates.value("subscriber-2"), 505);
    QCOMPARE(ps[10].published, 490);
    QCOMPARE(ps[40].lagMaxUs, 9000);
    QCOMPARE(ps[30].lost, 1);
  }

  void longStopFirstGapLeavesSilentSeconds() {
    RunData r = paperRun();
    // The new subscriber only comes 2.2 s after the old one's last update: second 21 has no
    // display update at all, and the window covers seconds 20..22.
    for (auto& e : r.events)
      if (e.instance == "subscriber.1.2" && e.event == "first_message") e.tUs = at(22.505);
    for (auto& m : r.metrics) {
      if (m.instance == "subscriber.1.2" && m.second == S0 + 20) m.count = 0;
      if (m.instance == "subscriber.1.2" && m.second == S0 + 21) m.count = 0;
      if (m.instance == "subscriber.1.2" && m.second == S0 + 22) m.count = 247;
    }
    const auto ms = computeSummary(r);
    QCOMPARE(value(ms, "migration_update_gap[subscriber->pi2]"), 2200.0);
    QCOMPARE(value(ms, "seconds_without_updates"), 1.0);
    QVERIFY(findMeasure(ms, "seconds_without_updates")->detail.contains("subscriber: 1"));
    // Rates and ratio exclude the whole window, so they are unchanged.
    QCOMPARE(value(ms, "update_rate_mean[subscriber]"), (18 * 500.0 + 490 + 35 * 500 + 499) / 55);
  }

  void failedCommand() {
    RunData r = paperRun();
    r.commands << cmd(7, CommandKind::Migrate, "subscriber", "pi9", 50.0, UpdateOrder::StopFirst,
                      false);
    const auto ms = computeSummary(r);
    QCOMPARE(value(ms, "commands_failed"), 1.0);
    const Measure* m = findMeasure(ms, "migration_stop_time[subscriber->pi9]");
    QVERIFY(m);
    QVERIFY(std::isnan(m->value));
    QVERIFY2(m->detail.contains("command failed: no such node"), qPrintable(m->detail));
  }

  void missingFirstMessage() {
    RunData r = paperRun();
    r.events.removeIf([](const AgentEvent& e) {
      return e.instance == "subscriber-2.1.1" && e.event == "first_message";
    });
    const auto ms = computeSummary(r);
    const Measure* m = findMeasure(ms, "deploy_time[subscriber-2@pi1]");
    QVERIFY(m);
    // subscriber-2.1.2's first message (after the restart) is the first one after the deploy.
    QCOMPARE(m->value, 10530.0);
    r.events.removeIf([](const AgentEvent& e) {
      return e.instance.startsWith("subscriber-2") && e.event == "first_message";
    });
    const auto ms2 = computeSummary(r);
    const Measure* m2 = findMeasure(ms2, "deploy_time[subscriber-2@pi1]");
    QVERIFY(m2);
    QVERIFY(std::isnan(m2->value));
    QVERIFY2(m2->detail.contains("no first_message"), qPrintable(m2->detail));
  }

  void instanceToServiceFromTasks() {
    RunData r;
    TaskRecord t;
    t.task.instance = "x7f3a";  // a Swarm-like task name without the service prefix
    t.task.service = "subscriber";
    r.tasks << t;
    QCOMPARE(serviceOfInstance(r, "x7f3a"), QStringLiteral("subscriber"));
    QCOMPARE(serviceOfInstance(r, "subscriber-2.1.3"), QStringLiteral("subscriber-2"));
    // The deploy is matched through the task record.
    r.startUs = T0;
    r.endUs = at(5);
    r.commands << cmd(1, CommandKind::Deploy, "subscriber", "pi1", 1.0);
    r.events << ev(1.25, "subscriber", "x7f3a", "pi1", "first_message");
    QCOMPARE(value(computeSummary(r), "deploy_time[subscriber@pi1]"), 250.0);
  }

  void restartKeepingInstanceName() {
    RunData r;
    r.startUs = T0;
    r.endUs = at(10);
    r.commands << cmd(1, CommandKind::Deploy, "subscriber", "pi1", 0.0)
               << cmd(2, CommandKind::Restart, "subscriber", "", 5.0);
    r.events << ev(0.2, "subscriber", "subscriber.1.1", "pi1", "first_message")
             << ev(5.01, "subscriber", "subscriber.1.1", "pi1", "stopping", 5.009)
             << ev(5.02, "subscriber", "subscriber.1.1", "pi1", "stopped", 5.009)
             << ev(5.07, "subscriber", "subscriber.1.1", "pi1", "first_message");
    const auto ms = computeSummary(r);
    QCOMPARE(value(ms, "restart_time[subscriber]"), 70.0);
    QCOMPARE(value(ms, "restart_update_gap[subscriber]"), 61.0);
  }

  void noRecoveryWithoutFailures() {
    const auto ms = computeSummary(paperRun());
    for (const auto& m : ms) QVERIFY2(!m.name.startsWith("recovery_time"), qPrintable(m.name));
    QVERIFY(recoveries(paperRun()).isEmpty());
  }

  void crashAndNodeDownRecoveries() {
    RunData r = paperRun();
    // subscriber.1.2 (pi2) killed at 50.0 s, restarted by its policy as subscriber.1.3 (pi2).
    TaskRecord t;
    t.tUs = at(50.000);
    t.task.instance = "subscriber.1.2";
    t.task.service = "subscriber";
    t.task.node = "pi2";
    t.task.state = TaskState::Failed;
    t.task.exitCode = 137;
    t.task.message = "killed by signal 9";
    r.tasks << t;
    r.events << ev(50.250, "subscriber", "subscriber.1.3", "pi2", "first_message");
    // pi2 powered off at 53.0 s: subscriber.1.3 rescheduled to pi1 as subscriber.1.4.
    r.commands << cmd(9, CommandKind::NodeDown, "", "pi2", 53.000);
    t.tUs = at(53.010);
    t.task.instance = "subscriber.1.3";
    t.task.state = TaskState::Stopped;
    t.task.exitCode = 0;
    t.task.message = "node down";
    r.tasks << t;
    r.events << ev(53.400, "subscriber", "subscriber.1.4", "pi1", "first_message");
    for (auto& m : r.metrics) {
      if (m.instance.startsWith("subscriber.1.2") && m.second == S0 + 50) m.count = 0;
      if (m.instance.startsWith("subscriber.1.2") && m.second == S0 + 53) m.count = 100;
    }
    const auto rec = recoveries(r);
    QCOMPARE(rec.size(), 2);
    QCOMPARE(rec[0].oldInstance, QStringLiteral("subscriber.1.2"));
    QCOMPARE(rec[0].newInstance, QStringLiteral("subscriber.1.3"));
    QCOMPARE(rec[0].ms, 250.0);
    QVERIFY2(rec[0].cause.contains("failed (exit 137: killed by signal 9)"),
             qPrintable(rec[0].cause));
    QCOMPARE(rec[1].oldInstance, QStringLiteral("subscriber.1.3"));
    QCOMPARE(rec[1].ms, 400.0);
    QCOMPARE(rec[1].cause, QStringLiteral("node_down pi2"));
    const auto ms = computeSummary(r);
    QCOMPARE(value(ms, "recovery_time[subscriber]"), 250.0);
    QCOMPARE(value(ms, "recovery_time[subscriber]#2"), 400.0);
    // Seconds 50 and 53 are recovery windows: left out of the rates, so the rate is that of
    // the paper run without those two seconds.
    QCOMPARE(value(ms, "update_rate_mean[subscriber]"), (18 * 500.0 + 490 + 35 * 500 + 499) / 55);
    QCOMPARE(value(ms, "seconds_without_updates"), 1.0);  // second 50
  }

  // A 2 h run with a subscriber crashing every 4 s (1800 policy restarts): every crash is
  // found and the summary stays fast (no quadratic blow-up over events and tasks).
  void longCrashLoopRun() {
    RunData r;
    r.startUs = T0;
    r.endUs = at(7200);
    r.commands << cmd(1, CommandKind::Deploy, "publisher", "manager", 0.0)
               << cmd(2, CommandKind::Deploy, "subscriber", "pi1", 0.0);
    r.events << ev(0.01, "publisher", "publisher.1.1", "manager", "first_message");
    for (int i = 0; i < 1800; ++i) {
      const QString inst = QStringLiteral("subscriber.1.%1").arg(i + 1);
      r.events << ev(i * 4.0 + 0.05, "subscriber", inst, "pi1", "started")
               << ev(i * 4.0 + 0.10, "subscriber", inst, "pi1", "first_message");
      if (i + 1 < 1800) {
        TaskRecord t;
        t.tUs = at(i * 4.0 + 3.9);
        t.task.instance = inst;
        t.task.service = "subscriber";
        t.task.state = TaskState::Failed;
        r.tasks << t;
      }
    }
    for (int s = 0; s < 7200; ++s) {
      r.metrics << pubSample(s, 500);
      r.metrics << subSample(s, QStringLiteral("subscriber.1.%1").arg(s / 4 + 1), "pi1", 450);
    }
    QElapsedTimer timer;
    timer.start();
    const auto ms = computeSummary(r);
    const qint64 elapsed = timer.elapsed();
    qInfo("computeSummary of a 2 h run, 14400 samples, 1800 recoveries: %lld ms", elapsed);
    int n = 0;
    for (const auto& m : ms)
      if (m.name.startsWith("recovery_time[subscriber]")) {
        ++n;
        QCOMPARE(m.value, 200.0);
      }
    QCOMPARE(n, 1799);
    QVERIFY2(elapsed < 5000, "computeSummary must stay well below quadratic cost");
  }

  // A corrupt sample decades away and a command never converted to lab time (issued at 0)
  // neither hang nor change the figures of the real seconds.
  void wildTimestamps() {
    RunData r = paperRun();
    r.startUs = 0;
    r.endUs = 0;
    r.metrics << pubSample(-S0 + 5, 1);  // lab second 5 of 1970
    r.commands << cmd(99, CommandKind::Restart, "subscriber", "", -double(S0));
    QElapsedTimer timer;
    timer.start();
    const auto ms = computeSummary(r);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(findMeasure(ms, "publish_rate_mean"));
    QVERIFY(findMeasure(ms, "update_rate_mean[subscriber]"));
    QCOMPARE(value(ms, "lost_total"), 1.0);
  }

  // issue 12: failover_gap / failover_lost from the subscribers' `resumed` events
  void failoverGapAndLost() {
    RunData r;
    r.startUs = at(0);
    r.endUs = at(40);
    r.metrics << pubSample(1, 500);
    const QString from = QStringLiteral("127.0.0.1:7001"), to = QStringLiteral("127.0.0.1:7002");
    auto resumed = [&](double s, const QString& inst, double last, const QString& a,
                       const QString& b, int lost) {
      AgentEvent e = ev(s, "subscriber", inst, "pi1", "resumed", last);
      e.detail = QStringLiteral("from %1 to %2, lost %3").arg(a, b).arg(lost);
      return e;
    };
    // a plain reconnect to the same server is no failover
    r.events << resumed(5.5, "subscriber.1.1", 5.0, from, from, 3);
    QVERIFY(std::isnan(value(computeSummary(r), "failover_gap")));
    QVERIFY(std::isnan(value(computeSummary(r), "failover_lost")));
    QVERIFY(findMeasure(computeSummary(r), "failover_gap")->detail.startsWith("no data"));
    r.events << resumed(17.25, "subscriber.1.1", 15.0, from, to, 1100);
    r.events << resumed(17.5, "subscriber-2.1.1", 15.1, from, to, 1150);
    const auto ms = computeSummary(r);
    QCOMPARE(value(ms, "failover_gap"), 2400.0);
    QCOMPARE(value(ms, "failover_gap[subscriber]"), 2250.0);
    QCOMPARE(value(ms, "failover_gap[subscriber-2]"), 2400.0);
    QCOMPARE(value(ms, "failover_lost"), 2250.0);
    QVERIFY2(findMeasure(ms, "failover_gap")->detail.contains(from + " -> " + to),
             qPrintable(findMeasure(ms, "failover_gap")->detail));
  }

  void emptyRun() {
    const auto ms = computeSummary(RunData{});
    QVERIFY(ms.isEmpty());
    QVERIFY(perSecond(RunData{}).isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestMeasurements)
#include "tst_measurements.moc"
