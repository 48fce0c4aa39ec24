// swarmlab: the console. With no settings it opens the embedded lab (paper-2017).
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

#include "ChartPanel.h"
#include "LabController.h"
#include "LabSecrets.h"
#include "Language.h"
#include "MainWindow.h"
#include "MimeTypes.h"
#include "PalettePanel.h"
#include "RunComparisonWindow.h"
#include "TopologyItems.h"
#include "TopologyModel.h"
#include "TopologyScene.h"
#include "TopologyView.h"

using namespace swarmlab;

namespace {

QElapsedTimer g_sinceStart;

/// Reports when the topology was first drawn (the launch-to-drawn-window figure).
class FirstPaint : public QObject {
 public:
  FirstPaint(bool quit) : quit_(quit) {}
  bool eventFilter(QObject* o, QEvent* e) override {
    if (e->type() == QEvent::Paint && !done_) {
      done_ = true;
      QTimer::singleShot(0, [this] {
        std::printf("swarmlab: window drawn %.1f ms after start\n",
                    g_sinceStart.nsecsElapsed() / 1e6);
        std::fflush(stdout);
        if (quit_) QCoreApplication::exit(0);
      });
    }
    return QObject::eventFilter(o, e);
  }

 private:
  bool quit_;
  bool done_ = false;
};

void dropTemplate(MainWindow& w, const QString& templ, const QString& node) {
  std::unique_ptr<QMimeData> m(PalettePanel::mimeFor(templ));
  w.view()->simulateDrop(w.scene()->nodeCenter(node), m.get());
}

void dropService(MainWindow& w, const QString& service, const QString& node) {
  auto m = std::make_unique<QMimeData>();
  m->setData(mime::kService, service.toUtf8());
  w.view()->simulateDrop(w.scene()->nodeCenter(node), m.get());
}

void finishScreenshot(MainWindow& w, const QString& file);

/// The paper's scenario, driven through the same drops as a user's, then a screenshot.
void runScreenshot(MainWindow& w, const QString& file, double seconds) {
  const int step = int(seconds * 1000 / 4);
  QTimer::singleShot(300, &w, [&w] {
    dropTemplate(w, QStringLiteral("redis"), QStringLiteral("gw1"));
    dropTemplate(w, QStringLiteral("publisher"), QStringLiteral("manager"));
    dropTemplate(w, QStringLiteral("subscriber"), QStringLiteral("pi1"));
  });
  QTimer::singleShot(300 + step, &w,
                     [&w] { dropService(w, QStringLiteral("subscriber"), QStringLiteral("pi2")); });
  QTimer::singleShot(300 + 2 * step, &w, [&w] {
    dropTemplate(w, QStringLiteral("subscriber"), QStringLiteral("pi1"));
  });
  QTimer::singleShot(300 + 4 * step, &w, [&w, file] { finishScreenshot(w, file); });
}

void finishScreenshot(MainWindow& w, const QString& file) {
  QString err;
  const bool ok = w.saveScreenshot(file, &err);
  std::fprintf(
      ok ? stdout : stderr, "%s\n",
      qPrintable(ok ? QStringLiteral("swarmlab: screenshot written to %1").arg(file) : err));
  // The lab stops as on a close (asynchronously); the program ends when it has.
  QObject::connect(&w, &MainWindow::labShutDown, &w, [ok] { QCoreApplication::exit(ok ? 0 : 1); });
  w.shutdownLab();
}

/// A classroom lab (more than two end devices with a display): redis and the publisher, then a
/// subscriber dropped on every display node; a restart half-way; one subscriber's chip selected
/// (its own series drilled down on the charts); then a screenshot, as runScreenshot.
bool runClassroomScreenshot(MainWindow& w, const QString& file, double seconds) {
  QStringList devices;
  for (const auto& n : w.model()->lab().nodes)
    if (n.capabilities.contains(QStringLiteral("display"))) devices << n.name;
  if (devices.size() <= 2) return false;
  QTimer::singleShot(300, &w, [&w] {
    dropTemplate(w, QStringLiteral("redis"), QStringLiteral("gw1"));
    dropTemplate(w, QStringLiteral("publisher"), QStringLiteral("manager"));
  });
  for (int i = 0; i < devices.size(); ++i)
    QTimer::singleShot(800 + 120 * i, &w,
                       [&w, d = devices[i]] { dropTemplate(w, QStringLiteral("subscriber"), d); });
  auto subscriber = [&w](int k) {
    QStringList subs;
    for (const auto& s : w.model()->services())
      if (s.templateName == QLatin1String("subscriber")) subs << s.name;
    subs.sort();
    return subs.value(std::min<int>(k, subs.size() - 1));
  };
  QTimer::singleShot(int(seconds * 600), &w,
                     [&w, subscriber] { w.controller()->restart(subscriber(4)); });
  QTimer::singleShot(int(seconds * 900), &w, [&w, subscriber] {
    if (auto* chip = w.scene()->chipItem(subscriber(7))) chip->setSelected(true);
  });
  QTimer::singleShot(int(seconds * 1000), &w, [&w, file] { finishScreenshot(w, file); });
  return true;
}

/// What the command line asks for.
struct Options {
  AppSettings settings;
  QString screenshot;  ///< empty: the interactive console
  double screenshotSeconds = 16;
  QSize screenshotSize;  ///< the window's size for --screenshot (logical pixels); empty: default
  QStringList compare;   ///< two run folders: the comparison window alone, no lab
  bool measureStartup = false;
};

/// Parses the command line and the saved settings; nullopt (after printing why) when they
/// cannot be used.
// --redis, else the settings' URL, else $SWARMLAB_REDIS_URL; --redis-password-file's password
// over the URL's.
void applyRedisOptions(const QCommandLineParser& p, const QCommandLineOption& redis,
                       const QCommandLineOption& passwordFile, AppSettings& s,
                       QStringList* problems) {
  if (!p.isSet(redis) && !p.isSet(passwordFile) && !s.redisUrl.isEmpty()) return;
  QString error;
  s.redisUrl = secrets::userRedisUrl(p.isSet(redis) ? p.value(redis) : s.redisUrl,
                                     p.value(passwordFile), &error);
  if (!error.isEmpty()) *problems << error;
}

void applyScreenshotSize(const QCommandLineParser& p, const QCommandLineOption& size, Options* o,
                         QStringList* problems);

// --compare (twice), --screenshot-seconds and --screenshot-size (in this order in `opts`):
// their values, or what is wrong with them.
void applyScreenshotOptions(const QCommandLineParser& p, const QList<QCommandLineOption>& opts,
                            Options* o, QStringList* problems) {
  const QCommandLineOption& compare = opts.at(0);
  const QCommandLineOption& seconds = opts.at(1);
  applyScreenshotSize(p, opts.at(2), o, problems);
  o->compare = p.values(compare);
  if (!o->compare.isEmpty() && o->compare.size() != 2)
    *problems << QCoreApplication::translate("main", "--compare: expected two run folders, got %1")
                     .arg(o->compare.size());
  bool ok = false;
  o->screenshotSeconds = p.value(seconds).toDouble(&ok);
  if (!ok || o->screenshotSeconds <= 0)
    *problems << QCoreApplication::translate(
                     "main", "--screenshot-seconds: expected a positive number, got '%1'")
                     .arg(p.value(seconds));
}

// --screenshot-size WxH: the window's size in logical pixels (QT_SCALE_FACTOR=2 doubles the
// PNG's pixels, as on a 4K screen).
QCommandLineOption screenshotSizeOption() {
  return QCommandLineOption(
      QStringLiteral("screenshot-size"),
      QCoreApplication::translate("main",
                                  "The window's size for --screenshot, in logical pixels "
                                  "(default 1680x1000; 1600x1000 with --compare)."),
      QStringLiteral("WxH"));
}

void applyScreenshotSize(const QCommandLineParser& p, const QCommandLineOption& size, Options* o,
                         QStringList* problems) {
  if (!p.isSet(size)) return;
  const QStringList wh = p.value(size).split(QLatin1Char('x'));
  bool okW = false, okH = false;
  const int w = wh.value(0).toInt(&okW), h = wh.value(1).toInt(&okH);
  if (wh.size() == 2 && okW && okH && w >= 320 && h >= 240 && w <= 8192 && h <= 8192)
    o->screenshotSize = QSize(w, h);
  else
    *problems << QCoreApplication::translate(
                     "main", "--screenshot-size: expected WIDTHxHEIGHT such as 1366x768, got '%1'")
                     .arg(p.value(size));
}

/// An option whose help is translated in context "main" (marked with QT_TRANSLATE_NOOP where
/// it is written, so that lupdate finds it).
QCommandLineOption option(const char* name, const char* help, const char* value = nullptr,
                          const char* byDefault = nullptr) {
  return QCommandLineOption(QString::fromLatin1(name), QCoreApplication::translate("main", help),
                            value ? QString::fromLatin1(value) : QString(),
                            byDefault ? QString::fromLatin1(byDefault) : QString());
}

std::optional<Options> parseCommandLine(const QApplication& app) {
  QCommandLineParser p;
  p.setApplicationDescription(QCoreApplication::translate(
      "main", "swarmlab console: orchestration lab for containerized IIoT microservices"));
  p.addHelpOption();
  p.addVersionOption();
  const QCommandLineOption lab = option(
      "lab", QT_TRANSLATE_NOOP("main", "Lab file to open (default: the shipped paper-2017 lab)."),
      "FILE");
  const QCommandLineOption redis = option(
      "redis",
      QT_TRANSLATE_NOOP("main", "Redis URL to use instead of the embedded lab's own redis-server."),
      "URL");
  const QCommandLineOption passwordFile =
      option("redis-password-file",
             QT_TRANSLATE_NOOP("main",
                               "The password of that Redis: the first line of FILE (never on "
                               "the command line)."),
             "FILE");
  const QCommandLineOption docker =
      option("docker",
             QT_TRANSLATE_NOOP(
                 "main", "Use the Docker Swarm at this endpoint (unix:///… or tcp://host:port)."),
             "ENDPOINT");
  const QCommandLineOption language = option(
      "language", QT_TRANSLATE_NOOP("main", "Language: en or pt (default: the system's)."), "LANG");
  const QCommandLineOption screenshot =
      option("screenshot",
             QT_TRANSLATE_NOOP("main",
                               "Start the embedded lab offscreen, run the paper scenario "
                               "by drag and drop, save the window as PNG and exit."),
             "FILE");
  const QCommandLineOption seconds = option(
      "screenshot-seconds",
      QT_TRANSLATE_NOOP("main", "How long the scenario runs before the screenshot (default 16)."),
      "S", "16");
  const QCommandLineOption size = screenshotSizeOption();
  const QCommandLineOption noSettings = option(
      "no-settings", QT_TRANSLATE_NOOP("main", "Ignore saved settings (start as on a first run)."));
  const QCommandLineOption startup =
      option("measure-startup",
             QT_TRANSLATE_NOOP("main", "Print when the window was first drawn, then exit."));
  const QCommandLineOption compare =
      option("compare",
             QT_TRANSLATE_NOOP("main",
                               "Compare two run folders (give the option twice): their charts "
                               "overlaid and their summaries side by side; no lab is started. "
                               "With --screenshot, saves that window as PNG and exits."),
             "RUN_DIR");
  p.addOptions({lab, redis, passwordFile, docker, language, screenshot, seconds, size, noSettings,
                startup, compare});
  p.process(app);

  Options o;
  AppSettings& s = o.settings;
  if (!p.isSet(noSettings) && !p.isSet(screenshot)) {
    QSettings qs;
    s = AppSettings::load(qs);
  }
  if (p.isSet(lab)) s.labFile = p.value(lab);
  QStringList problems;
  applyRedisOptions(p, redis, passwordFile, s, &problems);
  if (p.isSet(docker)) {
    s.backend = AppSettings::Backend::Docker;
    s.dockerHost = p.value(docker);
  }
  if (p.isSet(language)) s.language = p.value(language);
  problems << s.validate();
  o.screenshot = p.value(screenshot);
  o.measureStartup = p.isSet(startup);
  applyScreenshotOptions(p, {compare, seconds, size}, &o, &problems);
  for (const auto& e : problems) std::fprintf(stderr, "swarmlab: %s\n", qPrintable(e));
  if (!problems.isEmpty()) return std::nullopt;
  return o;
}

/// The language the command line or the saved settings ask for, read before the command line
/// is parsed: the parser's --help and its errors are then in that language too. Settings are
/// read as parseCommandLine() reads them (not with --no-settings or --screenshot).
QString earlyLanguage(const QStringList& args) {
  QString lang;
  bool saved = true;
  for (int i = 1; i < args.size(); ++i) {
    const QString& a = args[i];
    if (a == QLatin1String("--")) break;
    if (a == QLatin1String("--no-settings") || a == QLatin1String("--screenshot") ||
        a.startsWith(QLatin1String("--screenshot=")))
      saved = false;
    if (a == QLatin1String("--language") && i + 1 < args.size())
      lang = args[++i];
    else if (a.startsWith(QLatin1String("--language=")))
      lang = a.section(QLatin1Char('='), 1);
  }
  if (lang.isEmpty() && saved) {
    QSettings qs;
    lang = AppSettings::load(qs).language;
  }
  return lang;
}

/// `--compare A --compare B`: the comparison window alone (1600×1000); with --screenshot it is
/// saved as PNG once both runs are read, and the program exits (1 when a run cannot be read).
int runComparison(const Options& o) {
  RunComparisonWindow w;
  w.resize(o.screenshotSize.isEmpty() ? QSize(1600, 1000) : o.screenshotSize);
  const QString shot = o.screenshot;
  QObject::connect(&w, &RunComparisonWindow::loaded, &w, [&w, shot](bool ok) {
    if (!ok) std::fprintf(stderr, "swarmlab: %s\n", qPrintable(w.statusLabel()->text()));
    if (shot.isEmpty()) return;
    // One more turn of the event loop: the charts lay out before they are grabbed.
    QTimer::singleShot(200, &w, [&w, shot, ok] {
      const bool saved = w.grab().save(shot, "PNG");
      std::fprintf(
          saved ? stdout : stderr, "%s\n",
          qPrintable(saved ? QStringLiteral("swarmlab: screenshot written to %1").arg(shot)
                           : QStringLiteral("swarmlab: %1: cannot write the PNG file").arg(shot)));
      QCoreApplication::exit(saved && ok ? 0 : 1);
    });
  });
  w.openRuns(o.compare[0], o.compare[1]);
  return QApplication::exec();
}

}  // namespace

int main(int argc, char** argv) {
  g_sinceStart.start();
  // A screenshot needs no display: render offscreen unless a platform was chosen.
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
      qputenv("QT_QPA_PLATFORM", "offscreen");
  }
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("swarmlab"));
  QApplication::setApplicationName(QStringLiteral("swarmlab"));
  QApplication::setApplicationVersion(QStringLiteral(SWARMLAB_VERSION));
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/swarmlab.svg")));
  const QString early = earlyLanguage(QCoreApplication::arguments());
  installTranslators(&app, early);
  const auto options = parseCommandLine(app);
  if (!options) return 2;
  if (resolveLanguage(options->settings.language) != resolveLanguage(early))
    switchLanguage(&app, options->settings.language);
  if (!options->compare.isEmpty()) return runComparison(*options);

  MainWindow w(options->settings);
  FirstPaint firstPaint(options->measureStartup);
  w.view()->viewport()->installEventFilter(&firstPaint);
  const QString shot = options->screenshot;
  if (!shot.isEmpty()) {
    w.resize(options->screenshotSize.isEmpty() ? QSize(1680, 1000) : options->screenshotSize);
    QObject::connect(&w, &MainWindow::labReady, &w, [&w, shot, secs = options->screenshotSeconds] {
      if (!runClassroomScreenshot(w, shot, secs)) runScreenshot(w, shot, secs);
    });
  }
  w.show();
  if (options->measureStartup) return app.exec();
  // The lab starts once the window is up: its first paint does not wait for redis-server.
  QTimer::singleShot(0, &w, [&w, shot] {
    QStringList errors;
    if (!w.startLab(&errors)) {
      const QString text = errors.join(QLatin1Char('\n'));
      std::fprintf(stderr, "swarmlab: %s\n", qPrintable(text));
      if (!shot.isEmpty())
        QCoreApplication::exit(1);
      else
        QMessageBox::warning(&w, QCoreApplication::translate("main", "The lab could not be opened"),
                             text);
    }
  });
  // The window closes only once its lab has stopped (closeEvent); what a quit by other means
  // leaves behind goes with the window (LabSession's destructor reaps the embedded lab).
  return app.exec();
}
