// Console benchmark (issue 5 targets), every figure measured in this run next to a baseline
// measured in the same run:
//  1. streaming 500 updates/s from each of two subscribers into the charts, 10 min window:
//     GUI thread busy %, chart tick p50/p99, RSS over time; baseline: a naive QLineSeries
//     with append() per sample (and removal of what left the window).
//  2. launch to drawn window: `swarmlab --measure-startup`; baseline: an empty QMainWindow.
//  3. drag-deploy to running chip on the embedded lab; baseline: the orchestrator's own
//     deploy -> task running, without the console.
//  4. (--devices N, alone) topology relayout of a lab with N end devices in a 1600x1000 view;
//     baseline: the relayout of the 4-node paper lab. Target < 50 ms for 50 nodes.
//  5. (--devices N) the console on the embedded lab with N subscribers, each showing 500
//     updates/s: GUI thread % of a core, chart tick p50/p99 (wall and CPU time), the agents'
//     own rates and lag, RSS every 10 s; baseline: the paper lab (2 subscribers) in the same
//     run. Targets < 20 %, p99 < 10 ms, RSS flat. --agent-nice 0,10 [--rounds R] runs the
//     N-device lab with its agents at each priority in turn, and compares them to the first.
// Usage: QT_QPA_PLATFORM=offscreen bench_gui [--seconds 60] [--baseline-seconds 15] [--runs 5]
//        QT_QPA_PLATFORM=offscreen bench_gui --devices 30 [--runs 5] [--seconds 600]
//          [--baseline-seconds 60] [--agent-nice 0,10] [--rounds 2]   (--seconds 0: the
//          relayout only)
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QMainWindow>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QValueAxis>

#include <malloc.h>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <memory>

#include "ChartPanel.h"
#include "LabController.h"
#include "LabFile.h"
#include "LabSession.h"
#include "LocalOrchestrator.h"
#include "MainWindow.h"
#include "PalettePanel.h"
#include "TopologyModel.h"
#include "TopologyScene.h"
#include "TopologyView.h"

using namespace swarmlab;

namespace {

constexpr int kRatePerSubscriber = 500;
constexpr int kWindowS = 600;

double threadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double rssMb() {
  QFile f(QStringLiteral("/proc/self/status"));
  if (!f.open(QIODevice::ReadOnly)) return -1;
  for (const auto& line : f.readAll().split('\n'))
    if (line.startsWith("VmRSS:"))
      return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
  return -1;
}

/// Bytes malloc has handed out and not had back (all arenas; glibc): growth here is memory
/// kept, growth of RSS alone is the allocator's.
double heapInUseMb() {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
  const struct mallinfo2 mi = mallinfo2();
  return double(mi.uordblks + mi.hblkhd) / (1024.0 * 1024.0);
#else
  return -1;
#endif
}

double pct(std::vector<double> v, double p) {
  if (v.empty()) return NAN;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, size_t(p / 100.0 * (v.size() - 1) + 0.5))];
}

/// Emits one signal per display update, 500/s for each of two subscribers, from its own
/// thread (as telemetry would), in lab time.
class Producer : public QObject {
  Q_OBJECT
 public:
  std::atomic<bool> stop{false};
  std::atomic<long> produced{0};
  double t0 = 0;
  double seconds = 60;
 signals:
  void sample(int subscriber, double t, double lagMs);
 public slots:
  void run() {
    QElapsedTimer clock;
    clock.start();
    long n = 0;
    while (!stop && clock.elapsed() < seconds * 1000) {
      const double due = n / double(kRatePerSubscriber);
      const double now = clock.nsecsElapsed() / 1e9;
      if (now < due) {
        QThread::usleep(std::max(100, int((due - now) * 1e6)));
        continue;
      }
      const double t = t0 + due;
      const double lag = 1.0 + 0.5 * std::sin(t) + (n % 97) * 0.01;
      emit sample(0, t, lag);
      emit sample(1, t, lag * 1.1);
      produced += 2;
      ++n;
    }
  }
};

struct StreamResult {
  double busyPct = 0;
  bool ticked = false;  // only ours has a 40 ms tick to time
  double tickP50 = 0, tickP99 = 0, tickMax = 0;
  double sampleP50 = 0, sampleP99 = 0;  // the baseline's per-sample append() cost
  long produced = 0, consumed = 0;
  std::vector<double> rss;  // one per 5 s
  double pointsKept = 0;
};

/// Ours: ring buffers, one replace() per series per 40 ms tick, min/max decimation.
StreamResult streamOurs(int seconds) {
  StreamResult r;
  ChartPanel panel;
  panel.resize(900, 700);
  panel.show();
  panel.setWindowSeconds(kWindowS);
  panel.store().setCapacity(size_t(kWindowS) * kRatePerSubscriber + 1000);
  // Both subscribers drilled down: their own series are drawn (not only the summaries).
  panel.setInstanceShown(QStringLiteral("sub1"), true);
  panel.setInstanceShown(QStringLiteral("sub2"), true);
  // A full window of history first: memory is at its steady state from the start.
  const double t0 = 1'800'000'000;
  for (int k = 0; k < kWindowS * kRatePerSubscriber; ++k) {
    const double t = t0 - kWindowS + k / double(kRatePerSubscriber);
    panel.store().append("lag:sub1", "subscriber.1 lag", ChartKind::Lag, t, 1.0);
    panel.store().append("lag:sub2", "subscriber.2 lag", ChartKind::Lag, t, 1.1);
  }
  QCoreApplication::processEvents();
  Producer producer;
  producer.t0 = t0;
  producer.seconds = seconds;
  QThread thread;
  producer.moveToThread(&thread);
  long consumed = 0;
  QObject::connect(
      &producer, &Producer::sample, &panel,
      [&panel, &consumed](int s, double t, double lag) {
        panel.store().append(
            s ? QStringLiteral("lag:sub2") : QStringLiteral("lag:sub1"),
            s ? QStringLiteral("subscriber.2 lag") : QStringLiteral("subscriber.1 lag"),
            ChartKind::Lag, t, lag);
        // Once a lab second: the per-second rates, as the metrics stream brings them.
        if (std::fmod(t, 1.0) < 1e-9) {
          panel.store().append(s ? QStringLiteral("rate:sub2") : QStringLiteral("rate:sub1"),
                               s ? QStringLiteral("subscriber.2 updates/s")
                                 : QStringLiteral("subscriber.1 updates/s"),
                               ChartKind::Rate, t, kRatePerSubscriber);
        }
        ++consumed;
      },
      Qt::QueuedConnection);
  QObject::connect(&thread, &QThread::started, &producer, &Producer::run);
  const quint64 ticks0 = panel.tickCount();
  std::vector<double> ticks;
  quint64 seen = ticks0;
  QTimer collect;
  collect.setInterval(1000);
  QObject::connect(&collect, &QTimer::timeout, [&] {
    const quint64 n = panel.tickCount();
    const auto& ring = panel.tickTimes();
    const quint64 fresh = std::min<quint64>(n - seen, ring.size());
    for (quint64 i = ring.size() - fresh; i < ring.size(); ++i) ticks.push_back(ring.at(i));
    seen = n;
  });
  QTimer rssTimer;
  rssTimer.setInterval(5000);
  QObject::connect(&rssTimer, &QTimer::timeout, [&] { r.rss.push_back(rssMb()); });
  r.rss.push_back(rssMb());
  const double cpu0 = threadCpuMs();
  QElapsedTimer wall;
  wall.start();
  thread.start();
  collect.start();
  rssTimer.start();
  QEventLoop loop;
  QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
  loop.exec();
  r.busyPct = 100.0 * (threadCpuMs() - cpu0) / wall.elapsed();
  producer.stop = true;
  thread.quit();
  thread.wait();
  r.produced = producer.produced;
  r.consumed = consumed;
  r.ticked = true;
  r.tickP50 = pct(ticks, 50);
  r.tickP99 = pct(ticks, 99);
  r.tickMax = pct(ticks, 100);
  r.pointsKept = panel.store().totalPoints();
  return r;
}

/// Baseline: a QLineSeries per subscriber with append() per sample and removal of the points
/// that left the window, axes moved per sample (what a first implementation does).
StreamResult streamNaive(int seconds) {
  StreamResult r;
  auto* chart = new QChart;
  chart->setAnimationOptions(QChart::NoAnimation);
  auto* x = new QValueAxis;
  auto* y = new QValueAxis;
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  y->setRange(0, 3);
  QLineSeries* series[2];
  const double t0 = 1'800'000'000;
  for (auto*& s : series) {
    s = new QLineSeries;
    chart->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
    QList<QPointF> hist;
    hist.reserve(kWindowS * kRatePerSubscriber);
    for (int k = 0; k < kWindowS * kRatePerSubscriber; ++k)
      hist.append(QPointF(t0 - kWindowS + k / double(kRatePerSubscriber), 1.0));
    s->replace(hist);
  }
  QChartView view(chart);
  view.resize(900, 350);
  view.show();
  QCoreApplication::processEvents();
  Producer producer;
  producer.t0 = t0;
  QThread thread;
  producer.moveToThread(&thread);
  long consumed = 0;
  std::vector<double> perSample;
  QElapsedTimer wall;
  QEventLoop loop;
  QObject::connect(
      &producer, &Producer::sample, &view,
      [&](int s, double t, double lag) {
        // At the deadline the run ends, whatever is still queued (that backlog is a result).
        if (wall.elapsed() >= seconds * 1000) {
          loop.quit();
          return;
        }
        QElapsedTimer e;
        e.start();
        series[s]->append(t, lag);
        while (series[s]->count() > 0 && series[s]->at(0).x() < t - kWindowS) series[s]->remove(0);
        x->setRange(t - kWindowS, t);
        perSample.push_back(e.nsecsElapsed() / 1e6);
        ++consumed;
      },
      Qt::QueuedConnection);
  QObject::connect(&thread, &QThread::started, &producer, &Producer::run);
  QTimer rssTimer;
  rssTimer.setInterval(5000);
  QObject::connect(&rssTimer, &QTimer::timeout, [&] { r.rss.push_back(rssMb()); });
  r.rss.push_back(rssMb());
  const double cpu0 = threadCpuMs();
  producer.seconds = seconds;
  wall.start();
  thread.start();
  rssTimer.start();
  QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
  loop.exec();
  r.busyPct = 100.0 * (threadCpuMs() - cpu0) / wall.elapsed();
  producer.stop = true;
  thread.quit();
  thread.wait();
  r.produced = producer.produced;
  r.consumed = consumed;
  // The baseline has no tick: report only what was measured, the cost of one append() per sample.
  r.sampleP50 = pct(perSample, 50);
  r.sampleP99 = pct(perSample, 99);
  r.pointsKept = series[0]->count() + series[1]->count();
  // Drain what is still queued without processing it (the backlog is part of the result).
  QObject::disconnect(&producer, nullptr, &view, nullptr);
  return r;
}

void printStream(const char* name, const StreamResult& r, int seconds) {
  const double mn =
      *std::min_element(r.rss.begin() + std::min<size_t>(1, r.rss.size() - 1), r.rss.end());
  const double mx =
      *std::max_element(r.rss.begin() + std::min<size_t>(1, r.rss.size() - 1), r.rss.end());
  if (r.ticked)
    std::printf("  %-34s GUI busy %5.1f%%  tick p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n", name,
                r.busyPct, r.tickP50, r.tickP99, r.tickMax);
  else
    std::printf(
        "  %-34s GUI busy %5.1f%%  tick not measured (no tick); per-sample append p50 %7.3f ms  "
        "p99 %7.3f ms\n",
        name, r.busyPct, r.sampleP50, r.sampleP99);
  std::printf(
      "  %-34s samples %ld produced, %ld drawn-in (%.1f%%), backlog %ld after %d s; points kept "
      "%.0f\n",
      "", r.produced, r.consumed, 100.0 * r.consumed / std::max<long>(1, r.produced),
      r.produced - r.consumed, seconds, r.pointsKept);
  QString series;
  for (double v : r.rss) series += QString::number(v, 'f', 1) + QLatin1Char(' ');
  std::printf("  %-34s RSS MB every 5 s: %s\n", "", qPrintable(series));
  std::printf("  %-34s RSS after warm-up min %.1f max %.1f MB: spread %.2f%%\n", "", mn, mx,
              100.0 * (mx - mn) / mn);
}

/// Launch to drawn window, median of runs.
std::vector<double> launchTimes(const QString& program, const QStringList& args, int runs) {
  std::vector<double> out;
  for (int i = 0; i < runs; ++i) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(5000)) break;
    double ms = -1;
    while (p.state() == QProcess::Running || p.bytesAvailable()) {
      p.waitForReadyRead(100);
      while (p.canReadLine()) {
        const QByteArray line = p.readLine();
        if (line.contains("window drawn") && ms < 0) ms = t.nsecsElapsed() / 1e6;
      }
      if (t.elapsed() > 20000) p.kill();
    }
    p.waitForFinished(5000);
    if (ms > 0) out.push_back(ms);
  }
  return out;
}

struct DeployResult {
  std::vector<double> dropToRunning, dropToFirstMessage, direct;
};

/// Shows the window and starts its embedded lab; false (said on stderr) when it did not start.
bool startShown(MainWindow& w) {
  w.show();
  QSignalSpy ready(&w, &MainWindow::labReady);
  if (w.startLab() && ready.wait(30000)) return true;
  std::fprintf(stderr, "bench_gui: the embedded lab did not start\n");
  return false;
}

DeployResult deployTimes(int runs) {
  DeployResult r;
  AppSettings s;
  MainWindow w(s);
  w.resize(1400, 900);
  if (!startShown(w)) return r;
  QTest::qWait(500);
  auto waitFor = [](auto pred, int ms) {
    QElapsedTimer t;
    t.start();
    while (!pred() && t.elapsed() < ms) QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    return pred();
  };
  std::unique_ptr<QMimeData> pub(PalettePanel::mimeFor(QStringLiteral("publisher")));
  w.view()->simulateDrop(w.scene()->nodeCenter(QStringLiteral("manager")), pub.get());
  waitFor([&] { return w.model()->chipState(QStringLiteral("publisher")) == ChipState::Running; },
          10000);
  std::unique_ptr<QMimeData> sub(PalettePanel::mimeFor(QStringLiteral("subscriber")));
  for (int i = 0; i < runs; ++i) {
    QElapsedTimer t;
    t.start();
    w.view()->simulateDrop(w.scene()->nodeCenter(QStringLiteral("pi1")), sub.get());
    if (waitFor(
            [&] {
              return w.model()->chipState(QStringLiteral("subscriber")) == ChipState::Running;
            },
            10000))
      r.dropToRunning.push_back(t.nsecsElapsed() / 1e6);
    if (waitFor([&] { return !w.model()->busy(QStringLiteral("subscriber")); }, 10000) &&
        !w.model()->results().isEmpty())
      r.dropToFirstMessage.push_back(w.model()->results().last().ms);
    w.controller()->stop(QStringLiteral("subscriber"));
    waitFor([&] { return !w.model()->service(QStringLiteral("subscriber")); }, 10000);
    QTest::qWait(200);
  }
  // Baseline: the same deploy straight on the orchestrator, timed to its own Running signal.
  auto* orch = w.session()->orchestrator();
  const auto* templ = w.model()->lab().templ(QStringLiteral("subscriber"));
  for (int i = 0; i < runs; ++i) {
    bool running = false;
    auto c = QObject::connect(orch, &Orchestrator::taskChanged, [&](const TaskInfo& t) {
      if (t.service == QLatin1String("subscriber") && t.state == TaskState::Running) running = true;
    });
    QElapsedTimer t;
    t.start();
    orch->deploy(*templ, QStringLiteral("pi1"), QStringLiteral("subscriber"));
    if (waitFor([&] { return running; }, 10000)) r.direct.push_back(t.nsecsElapsed() / 1e6);
    QObject::disconnect(c);
    orch->stop(QStringLiteral("subscriber"));
    waitFor([&] { return !w.model()->service(QStringLiteral("subscriber")); }, 10000);
    QTest::qWait(200);
  }
  // The lab stops as the window's close stops it: asynchronously, within its deadline.
  QSignalSpy shutDown(&w, &MainWindow::labShutDown);
  w.shutdownLab();
  if (!shutDown.wait(LabSession::kShutdownDeadlineMs + 2000))
    std::fprintf(stderr, "bench_gui: the embedded lab did not report its shutdown\n");
  return r;
}

}  // namespace

struct RelayoutResult {
  std::vector<double> relayoutMs, paintMs;
};

/// Relayout (and relayout + a synchronous repaint of the view) of the paper lab with its two
/// end devices replaced by `devices` copies, `runs` times after one warm-up.
RelayoutResult relayoutTimes(int devices, int runs) {
  auto loaded = loadLabFile(QDir(resourcesDir()).filePath(QStringLiteral("labs/paper-2017.json")));
  if (!loaded.ok()) qFatal("%s", qPrintable(loaded.errors.join(QLatin1Char('\n'))));
  Lab lab = *loaded.lab;
  const NodeSpec device = lab.nodes.at(2);
  lab.nodes = lab.nodes.mid(0, 2);
  for (int i = 1; i <= devices; ++i) {
    NodeSpec n = device;
    n.name = QStringLiteral("pi%1").arg(i);
    lab.nodes.append(n);
  }
  TopologyModel model;
  TopologyScene scene(&model);
  TopologyView view(&scene);
  view.resize(1600, 1000);
  view.show();
  model.setLab(lab);
  QCoreApplication::processEvents();
  RelayoutResult r;
  QElapsedTimer t;
  for (int i = 0; i <= runs; ++i) {
    t.start();
    scene.relayout();
    const double relayout = t.nsecsElapsed() / 1e6;
    view.viewport()->repaint();
    if (i == 0) continue;  // warm-up
    r.relayoutMs.push_back(relayout);
    r.paintMs.push_back(t.nsecsElapsed() / 1e6);
  }
  return r;
}

/// The paper lab with its end devices replaced by `devices` copies, written as a lab file.
QString writeDevicesLab(int devices, const QString& dir) {
  QFile in(QDir(resourcesDir()).filePath(QStringLiteral("labs/paper-2017.json")));
  if (!in.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(in.fileName()));
  QJsonObject lab = QJsonDocument::fromJson(in.readAll()).object();
  QJsonArray nodes = lab.value("nodes").toArray();
  const QJsonObject device = nodes.at(2).toObject();
  while (nodes.size() > 2) nodes.removeLast();
  for (int i = 1; i <= devices; ++i) {
    QJsonObject n = device;
    n.insert("name", QStringLiteral("pi%1").arg(i));
    nodes.append(n);
  }
  lab.insert("nodes", nodes);
  lab.insert("name", QStringLiteral("bench-%1").arg(devices));
  const QString path = QDir(dir).filePath(QStringLiteral("bench-%1.json").arg(devices));
  QFile out(path);
  if (!out.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
  out.write(QJsonDocument(lab).toJson());
  return path;
}

struct LabStreamResult {
  int agentNice = 0;    ///< the agents' nice steps below the console
  int subscribers = 0;  ///< subscribers whose metrics reached the charts
  double busyPct = 0, tickP50 = 0, tickP99 = 0, tickMax = 0;
  double cpuP50 = 0, cpuP99 = 0, cpuMax = 0;  ///< the ticks' CPU time on the GUI thread
  /// Wall minus CPU time of each tick: the time the GUI thread waited (other processes ran).
  double waitP50 = 0, waitP99 = 0;
  double preemptedPct = 0;  ///< ticks that waited more than 1 ms
  long ticks = 0;
  // The agents' own figures over the measured seconds, from the charts' summary series.
  double publishRate = NAN;                    ///< publisher messages/s, mean
  double meanRate = NAN;                       ///< updates/s of a subscriber, mean
  double minRate = NAN;                        ///< the lowest second of any subscriber
  double lagP99Median = NAN, lagP99Max = NAN;  ///< the worst subscriber's lag p99, each second
  double rssStart = 0, rssEnd = 0;
  double heapStart = 0, heapEnd = 0;  ///< heapInUseMb()
  std::vector<double> rss, heap;      ///< every 10 s
};

/// Values of the summary series whose key starts with `prefix`, at chart times in (t0, t1].
std::vector<double> summaryValues(const ChartStore& store, const QString& prefix, double t0,
                                  double t1) {
  std::vector<double> out;
  for (const auto& k : store.keys()) {
    if (!k.startsWith(prefix)) continue;
    const auto& pts = store.series(k)->points;
    for (std::size_t i = 0; i < pts.size(); ++i)
      if (pts.at(i).x() > t0 && pts.at(i).x() <= t1) out.push_back(pts.at(i).y());
  }
  return out;
}

double mean(const std::vector<double>& v) {
  if (v.empty()) return NAN;
  double sum = 0;
  for (double x : v) sum += x;
  return sum / double(v.size());
}

/// The agents' rates and lag over chart times (t0, t1]; the last 2 s may still miss samples.
void agentFigures(const ChartStore& store, double t0, double t1, LabStreamResult* r) {
  t1 -= 2;
  r->publishRate = mean(summaryValues(store, QStringLiteral("sum:pub:"), t0, t1));
  r->meanRate = mean(summaryValues(store, QStringLiteral("sum:mean:"), t0, t1));
  r->minRate = pct(summaryValues(store, QStringLiteral("sum:min:"), t0, t1), 0);
  const auto lag = summaryValues(store, QStringLiteral("sum:p99:"), t0, t1);
  r->lagP99Median = pct(lag, 50);
  r->lagP99Max = pct(lag, 100);
}

/// The console (a 1680x1000 MainWindow) on the embedded lab of `labFile`, its agents
/// `agentNice` steps below the console's priority.
bool startLab(MainWindow& w, const QString& labFile, int agentNice) {
  const auto loaded = loadLabFile(labFile);
  if (!loaded.ok()) qFatal("%s", qPrintable(loaded.errors.join(QLatin1Char('\n'))));
  LocalOptions o;
  o.agentNice = agentNice;
  auto* session = new LabSession;
  session->use(*loaded.lab, std::make_unique<LocalOrchestrator>(*loaded.lab, o), AppSettings{});
  w.resize(1680, 1000);
  w.show();
  QSignalSpy ready(&w, &MainWindow::labReady);
  w.startSession(session);
  if (ready.wait(30000)) return true;
  std::fprintf(stderr, "bench_gui: the embedded lab did not start\n");
  return false;
}

/// The console on the embedded lab: redis, the publisher (500 messages/s) and one subscriber
/// per display node, each showing 500 updates/s; GUI thread busy, chart ticks, the agents'
/// rates and lag, and RSS over `seconds` once every subscriber runs.
LabStreamResult streamLab(const QString& labFile, int seconds, int agentNice) {
  LabStreamResult r;
  r.agentNice = agentNice;
  MainWindow w(AppSettings{});
  if (!startLab(w, labFile, agentNice)) return r;
  QStringList devices;
  for (const auto& n : w.model()->lab().nodes)
    if (n.capabilities.contains(QStringLiteral("display"))) devices << n.name;
  w.controller()->deploy(QStringLiteral("redis"), QStringLiteral("gw1"));
  w.controller()->deploy(QStringLiteral("publisher"), QStringLiteral("manager"));
  for (const auto& d : devices) {
    w.controller()->deploy(QStringLiteral("subscriber"), d);
    QTest::qWait(100);
  }
  auto reporting = [&w] {
    int n = 0;
    for (const auto& k : w.charts()->store().keys()) n += k.startsWith(QLatin1String("p99:"));
    return n;
  };
  QElapsedTimer up;
  up.start();
  while (reporting() < devices.size() && up.elapsed() < 120000) QTest::qWait(200);
  QTest::qWait(5000);  // warm-up
  std::vector<double> ticks, cpu;
  quint64 seen = w.charts()->tickCount();
  QTimer collect;
  QObject::connect(&collect, &QTimer::timeout, [&] {
    const quint64 n = w.charts()->tickCount();
    const auto& ring = w.charts()->tickTimes();
    const auto& cpuRing = w.charts()->tickCpuTimes();
    const quint64 fresh = std::min<quint64>(n - seen, ring.size());
    for (quint64 i = ring.size() - fresh; i < ring.size(); ++i) {
      ticks.push_back(ring.at(i));
      cpu.push_back(cpuRing.at(i));
    }
    seen = n;
  });
  QTimer rssTimer;
  QObject::connect(&rssTimer, &QTimer::timeout, [&] {
    r.rss.push_back(rssMb());
    r.heap.push_back(heapInUseMb());
  });
  r.rssStart = rssMb();
  r.heapStart = heapInUseMb();
  r.rss.push_back(r.rssStart);
  r.heap.push_back(r.heapStart);
  const double chartT0 = w.charts()->store().latestT();
  collect.start(1000);
  rssTimer.start(10000);
  const double cpu0 = threadCpuMs();
  QElapsedTimer wall;
  wall.start();
  QTest::qWait(seconds * 1000);
  r.busyPct = 100.0 * (threadCpuMs() - cpu0) / wall.elapsed();
  r.rssEnd = rssMb();
  r.heapEnd = heapInUseMb();
  r.subscribers = reporting();
  agentFigures(w.charts()->store(), chartT0, w.charts()->store().latestT(), &r);
  r.tickP50 = pct(ticks, 50);
  r.tickP99 = pct(ticks, 99);
  r.tickMax = pct(ticks, 100);
  r.cpuP50 = pct(cpu, 50);
  r.cpuP99 = pct(cpu, 99);
  r.cpuMax = pct(cpu, 100);
  std::vector<double> wait;
  for (size_t i = 0; i < ticks.size(); ++i) wait.push_back(std::max(0.0, ticks[i] - cpu[i]));
  r.waitP50 = pct(wait, 50);
  r.waitP99 = pct(wait, 99);
  r.ticks = long(ticks.size());
  r.preemptedPct =
      ticks.empty() ? NAN : 100.0 * std::count_if(wait.begin(), wait.end(), [](double w) {
                              return w > 1;
                            }) / double(ticks.size());
  QSignalSpy shutDown(&w, &MainWindow::labShutDown);
  w.shutdownLab();
  shutDown.wait(LabSession::kShutdownDeadlineMs + 5000);
  return r;
}

void printLabStream(const QString& name, const LabStreamResult& r, int seconds) {
  const QByteArray n = name.toUtf8();
  std::printf("  %-22s %2d subscribers reporting, agents %d nice steps below the console\n",
              n.constData(), r.subscribers, r.agentNice);
  std::printf(
      "  %-22s GUI thread %5.1f%% of a core  tick p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms\n", "",
      r.busyPct, r.tickP50, r.tickP99, r.tickMax);
  std::printf("  %-22s tick CPU time (GUI thread)    p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms\n",
              "", r.cpuP50, r.cpuP99, r.cpuMax);
  std::printf(
      "  %-22s tick wall - CPU (waiting)     p50 %6.2f ms  p99 %6.2f ms  (%.1f%% of %ld ticks "
      "waited > 1 ms)\n",
      "", r.waitP50, r.waitP99, r.preemptedPct, r.ticks);
  std::printf(
      "  %-22s agents: publisher %.0f msg/s, updates/s mean %.1f (lowest second %.0f), worst "
      "lag p99 median %.2f ms, max %.2f ms\n",
      "", r.publishRate, r.meanRate, r.minRate, r.lagP99Median, r.lagP99Max);
  auto every10s = [](const std::vector<double>& v) {
    QString out;
    for (double x : v) out += QString::number(x, 'f', 1) + QLatin1Char(' ');
    return out;
  };
  std::printf("  %-22s RSS start %.1f MB, end %.1f MB after %d s (every 10 s: %s)\n", "",
              r.rssStart, r.rssEnd, seconds, qPrintable(every10s(r.rss)));
  std::printf("  %-22s malloc in use start %.1f MB, end %.1f MB (every 10 s: %s)\n", "",
              r.heapStart, r.heapEnd, qPrintable(every10s(r.heap)));
  // The last half of the run against the first: a plateau is flat in the second half.
  if (r.rss.size() >= 4) {
    const std::size_t h = r.rss.size() / 2;
    std::printf(
        "  %-22s growth, first half %+.2f MB RSS %+.2f MB malloc; second half %+.2f MB "
        "RSS %+.2f MB malloc\n",
        "", r.rss[h] - r.rss.front(), r.heap[h] - r.heap.front(), r.rss.back() - r.rss[h],
        r.heap.back() - r.heap[h]);
  }
}

const char* met(bool ok) { return ok ? "met" : "NOT met"; }

/// Each N-device run against the first one (the agents at the first --agent-nice value).
void printAgainstFirst(const std::vector<LabStreamResult>& runs) {
  const auto& a = runs.front();
  for (std::size_t i = 1; i < runs.size(); ++i) {
    const auto& b = runs[i];
    std::printf(
        "  ratio nice %d/nice %d (run %zu/run 1): tick wall p99 x%.2f, CPU p99 x%.2f, GUI "
        "thread x%.2f, agents' updates/s x%.3f, worst lag p99 median x%.2f\n",
        b.agentNice, a.agentNice, i + 1, b.tickP99 / a.tickP99, b.cpuP99 / a.cpuP99,
        b.busyPct / a.busyPct, b.meanRate / a.meanRate, b.lagP99Median / a.lagP99Median);
  }
}

/// 5. The console streaming N subscribers x 500 updates/s (the embedded lab), against the
/// paper lab (2 subscribers) measured in the same run; the N-device lab once per value of
/// `agentNice` (the agents' priority below the console's), the list `rounds` times, alternated.
void benchDevicesStream(int devices, int seconds, int baselineSeconds, const QList<int>& agentNice,
                        int rounds) {
  QTemporaryDir dir;
  std::printf("\n5. console streaming, embedded lab, each subscriber 500 updates/s\n");
  const auto base =
      streamLab(writeDevicesLab(2, dir.path()), baselineSeconds, LocalOptions{}.agentNice);
  printLabStream(QStringLiteral("baseline paper lab"), base, baselineSeconds);
  const QString lab = writeDevicesLab(devices, dir.path());
  std::vector<LabStreamResult> runs;
  for (int round = 0; round < rounds; ++round) {
    for (int nice : agentNice) {
      runs.push_back(streamLab(lab, seconds, nice));
      const auto& ours = runs.back();
      printLabStream(QStringLiteral("%1 devices, run %2").arg(devices).arg(runs.size()), ours,
                     seconds);
      std::printf(
          "  ratio %d devices/paper lab: GUI thread x%.1f, tick p99 x%.1f (CPU x%.1f), RSS end "
          "x%.2f\n",
          devices, ours.busyPct / base.busyPct, ours.tickP99 / base.tickP99,
          ours.cpuP99 / base.cpuP99, ours.rssEnd / base.rssEnd);
      std::printf(
          "  targets: GUI thread < 20%% (%s), tick p99 < 10 ms wall time (%s; CPU time %s), RSS "
          "growth %.1f MB over %d s\n",
          met(ours.busyPct < 20), met(ours.tickP99 < 10), met(ours.cpuP99 < 10),
          ours.rssEnd - ours.rssStart, seconds);
    }
  }
  if (runs.size() > 1) printAgainstFirst(runs);
}

int benchDevices(int devices, int runs) {
  std::printf("bench_gui: %d cores, Qt %s, platform %s\n", QThread::idealThreadCount(), qVersion(),
              qPrintable(QGuiApplication::platformName()));
  std::printf("\n4. topology relayout, 1600x1000 view (%d runs)\n", runs);
  const auto ours = relayoutTimes(devices, runs);
  const auto base = relayoutTimes(2, runs);
  std::printf("  %3d nodes: relayout           p50 %7.2f ms  max %7.2f ms\n", devices + 2,
              pct(ours.relayoutMs, 50), pct(ours.relayoutMs, 100));
  std::printf("  %3d nodes: relayout + repaint p50 %7.2f ms  max %7.2f ms\n", devices + 2,
              pct(ours.paintMs, 50), pct(ours.paintMs, 100));
  std::printf("  baseline 4 nodes: relayout    p50 %7.2f ms  max %7.2f ms\n",
              pct(base.relayoutMs, 50), pct(base.relayoutMs, 100));
  std::printf("  baseline 4 nodes: + repaint   p50 %7.2f ms  max %7.2f ms\n", pct(base.paintMs, 50),
              pct(base.paintMs, 100));
  std::printf("  ratio %d nodes/4 nodes: relayout x%.1f, relayout + repaint x%.1f\n", devices + 2,
              pct(ours.relayoutMs, 50) / pct(base.relayoutMs, 50),
              pct(ours.paintMs, 50) / pct(base.paintMs, 50));
  return 0;
}

int main(int argc, char** argv) {
  QElapsedTimer sinceStart;
  sinceStart.start();
  QApplication app(argc, argv);
  QCommandLineParser p;
  QCommandLineOption seconds("seconds", "Streaming run of our charts, seconds (default 60).", "S",
                             "60");
  QCommandLineOption baselineSeconds(
      "baseline-seconds", "Streaming run of the naive baseline (default 15).", "S", "15");
  QCommandLineOption runs("runs", "Launch and deploy repetitions (default 5).", "N", "5");
  QCommandLineOption emptyWindow("empty-window",
                                 "Internal: the launch baseline (an empty QMainWindow).");
  QCommandLineOption agentNice(
      "agent-nice",
      "With --devices: the agents' nice steps below the console, one N-device run per value in "
      "turn (default 0: the embedded lab's own; 0,10 compares).",
      "N[,N...]", "0");
  QCommandLineOption rounds("rounds", "With --devices: repeat the --agent-nice runs (default 1).",
                            "R", "1");
  QCommandLineOption devices(
      "devices",
      "Only the topology relayout of a lab with N end devices, then the console streaming N "
      "subscribers x 500/s on the embedded lab for --seconds (0: skip) against the paper lab for "
      "--baseline-seconds.",
      "N");
  p.addOptions({seconds, baselineSeconds, runs, emptyWindow, devices, agentNice, rounds});
  p.addHelpOption();
  p.process(app);
  if (p.isSet(emptyWindow)) {
    QMainWindow w;
    w.resize(1200, 800);
    struct Filter : QObject {
      QElapsedTimer* t;
      bool eventFilter(QObject*, QEvent* e) override {
        if (e->type() == QEvent::Paint) {
          std::printf("window drawn %.1f ms after start\n", t->nsecsElapsed() / 1e6);
          std::fflush(stdout);
          QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
      }
    } f;
    f.t = &sinceStart;
    w.installEventFilter(&f);
    w.show();
    return app.exec();
  }
  if (p.isSet(devices)) {
    QList<int> nice;
    for (const auto& v : p.value(agentNice).split(QLatin1Char(','))) {
      bool ok = false;
      nice << v.toInt(&ok);
      if (!ok || nice.last() < 0 || nice.last() > 19) {
        std::fprintf(stderr, "bench_gui: --agent-nice: expected numbers 0 to 19, got '%s'\n",
                     qPrintable(v));
        return 2;
      }
    }
    benchDevices(p.value(devices).toInt(), p.value(runs).toInt());
    if (p.value(seconds).toInt() > 0)
      benchDevicesStream(p.value(devices).toInt(), p.value(seconds).toInt(),
                         p.value(baselineSeconds).toInt(), nice,
                         std::max(1, p.value(rounds).toInt()));
    return 0;
  }
  const int S = p.value(seconds).toInt(), B = p.value(baselineSeconds).toInt(),
            N = p.value(runs).toInt();
  std::printf("bench_gui: %d cores, Qt %s, platform %s\n", QThread::idealThreadCount(), qVersion(),
              qPrintable(QGuiApplication::platformName()));

  std::printf("\n1. streaming 2 subscribers x %d updates/s into the charts, %d s window\n",
              kRatePerSubscriber, kWindowS);
  const StreamResult ours = streamOurs(S);
  printStream("ours (ring buffer, 40 ms replace)", ours, S);
  const StreamResult naive = streamNaive(B);
  printStream("baseline (append() per sample)", naive, B);
  std::printf("  ratio baseline/ours: GUI busy x%.1f\n", naive.busyPct / ours.busyPct);

  std::printf("\n2. launch to drawn window (offscreen, %d runs)\n", N);
  const QString dir = QCoreApplication::applicationDirPath();
  const auto ls = launchTimes(dir + "/swarmlab", {"--measure-startup", "--no-settings"}, N);
  const auto lb = launchTimes(QCoreApplication::applicationFilePath(), {"--empty-window"}, N);
  std::printf("  swarmlab                           p50 %7.1f ms  max %7.1f ms\n", pct(ls, 50),
              pct(ls, 100));
  std::printf("  baseline (empty QMainWindow)       p50 %7.1f ms  max %7.1f ms\n", pct(lb, 50),
              pct(lb, 100));
  std::printf("  ratio swarmlab/baseline: x%.2f\n", pct(ls, 50) / pct(lb, 50));

  std::printf("\n3. drag-deploy of a subscriber on the embedded lab (%d runs)\n", N);
  const auto d = deployTimes(N);
  std::printf("  drop -> chip running               p50 %7.1f ms  max %7.1f ms\n",
              pct(d.dropToRunning, 50), pct(d.dropToRunning, 100));
  std::printf("  drop -> first message (chip text)  p50 %7.1f ms  max %7.1f ms\n",
              pct(d.dropToFirstMessage, 50), pct(d.dropToFirstMessage, 100));
  std::printf("  baseline: deploy() -> task running p50 %7.1f ms  max %7.1f ms (no console)\n",
              pct(d.direct, 50), pct(d.direct, 100));
  std::printf("  console overhead drop->running minus baseline: %.1f ms\n",
              pct(d.dropToRunning, 50) - pct(d.direct, 50));
  return 0;
}

#include "bench_gui.moc"
