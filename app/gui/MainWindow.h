// The console's main window: topology in the centre; palette, charts, display mirrors,
// experiments, event log and service logs in dock widgets; status bar with the backend,
// Docker and Redis connection state and the lab time. Window state kept in QSettings.
// MainWindow.cpp builds the window, MainWindowActions.cpp its actions and menus,
// MainWindowSession.cpp runs the lab (start, telemetry, the asynchronous shutdown and close).
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include "AppSettings.h"
#include "LabTypes.h"
#include "Orchestrator.h"
#include "TopologyModel.h"

class QAction;
class QActionGroup;
class QDockWidget;
class QGraphicsItem;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QToolBar;

namespace swarmlab {

class ChartPanel;
class DisplayMirrorPanel;
class ExperimentsPanel;
class LabController;
class LabSession;
class LogPanel;
class PalettePanel;
class RecordControl;
class RunsPanel;
class Telemetry;
class TopologyScene;
class TopologyView;
struct RunData;
struct Timeline;

/// The console window; it drives the lab through a LabSession and the Orchestrator interface.
class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(const AppSettings& settings, QWidget* parent = nullptr);
  ~MainWindow() override;

  /// Opens the lab the settings name and starts its backend (embedded by default).
  /// false with the lab file's validation errors (also shown in the event log).
  bool startLab(QStringList* errors = nullptr);
  /// Starts a session whose backend is set (LabSession::open or use); the window owns it.
  void startSession(LabSession* session);
  bool confirmCommands(const Lab& lab);
  /// Drives a given orchestrator (not owned) with a given lab: tests use a double here.
  void attachOrchestrator(Orchestrator* orchestrator, const Lab& lab);
  /// Connects a telemetry worker (metrics, events, displays, Redis state).
  void attachTelemetry(Telemetry* telemetry);
  /// Starts stopping the lab's services and backend without waiting; labShutDown() follows
  /// (at once when no lab runs). A call while the lab is already stopping does nothing.
  void shutdownLab();
  /// How long a shutdown waits for the backend before the window gives up on it.
  void setShutdownDeadlineMs(int ms) { shutdownDeadlineMs_ = ms; }
  bool isShuttingDown() const;

  TopologyModel* model() const { return model_; }
  TopologyScene* scene() const { return scene_; }
  TopologyView* view() const { return view_; }
  PalettePanel* palette() const { return palette_; }
  ChartPanel* charts() const { return charts_; }
  DisplayMirrorPanel* mirrors() const { return mirrors_; }
  ExperimentsPanel* experiments() const { return experiments_; }
  RunsPanel* runs() const { return runs_; }
  RecordControl* recordControl() const { return record_; }
  LabController* controller() const { return controller_; }
  LabSession* session() const { return session_; }
  QPlainTextEdit* eventLog() const { return eventLog_; }
  /// Renders the window (works offscreen) and writes a PNG.
  bool saveScreenshot(const QString& path, QString* error = nullptr);
  void logEvent(const QString& text);

 signals:
  void labReady();
  /// The lab's shutdown is over (or gave up at its deadline); no session is left.
  void labShutDown();

 protected:
  /// The first close starts the lab's shutdown and is ignored; the window closes for real
  /// when the shutdown is over. Closes in between change nothing.
  void closeEvent(QCloseEvent* e) override;
  /// A language switched at run time: every text of the window in the new language.
  void changeEvent(QEvent* e) override;
  /// The first show without a saved layout sizes the docks to the window's width.
  void showEvent(QShowEvent* e) override;

 private:
  // MainWindow.cpp
  void buildDocks();
  void connectParts();
  void startLabClock();
  void onCommandCompleted(const CommandResult& r);
  void updateDisplayInstances();
  void showRunOnCharts(const RunData& run);
  /// An experiment starts: the charts restart at its time 0 with its steps drawn ahead.
  void showRunPlan(const Timeline& timeline, double durationScale);
  /// Chips selected on the topology: their instances are drilled down on the charts.
  void focusChartsOnSelection();
  void retranslateUi();
  void setLanguage(const QString& lang);
  void openSettings();
  void exportChartsPng();
  void saveWindowPng();
  void saveWindowState();
  // MainWindowActions.cpp
  void buildActions();
  void retranslateActions();
  void connectActions();
  void buildMenus();
  void buildLanguageMenu(QMenu* settings);
  void buildToolBar();
  void updateActions();
  void showContextMenu(QGraphicsItem* item, const QPoint& screenPos);
  void fillDeployMenu(QMenu* menu, const QString& node);
  void fillMigrateMenu(QMenu* menu, const QString& service);
  void fillMachineMenu(QMenu* menu, const QString& node);
  void offerNodesFor(const QString& templateName);
  QString selectedNode() const;
  QString selectedService() const;
  // MainWindowSession.cpp
  void buildStatusBar();
  /// A status label "what: state" whose texts are kept untranslated (QT_TR_NOOP) so that a
  /// language change renders them again.
  /// A status bar chip: "what: state", both translated when shown; %1 in state is arg.
  void setStateLabel(QLabel* label, const char* what, const char* state, const QString& color,
                     const QString& arg = {});
  void renderStateLabel(QLabel* label);
  void wireSession();
  void onLabShutDown(bool complete);
  void restartLab();

  AppSettings settings_;
  TopologyModel* model_;
  TopologyScene* scene_;
  TopologyView* view_;
  LabController* controller_;
  LabSession* session_ = nullptr;
  QPointer<Telemetry> telemetry_;
  PalettePanel* palette_;
  ChartPanel* charts_;
  DisplayMirrorPanel* mirrors_;
  ExperimentsPanel* experiments_;
  RunsPanel* runs_;
  RecordControl* record_;
  LogPanel* logs_;
  QPlainTextEdit* eventLog_;
  QLabel* backendLabel_;
  QLabel* dockerLabel_;
  QLabel* redisLabel_;
  QLabel* labTimeLabel_;
  QTimer clockTimer_;
  QStringList displayInstances_;
  int shutdownDeadlineMs_;
  bool fitDocksOnShow_ = false;  // no saved layout: showEvent sizes the docks
  bool closing_ = false;         // a close started the shutdown; the window closes when it is over

  QAction* actDeploy_;
  QAction* actMigrate_;
  QAction* actRestart_;
  QAction* actStop_;
  QAction* actScale_;
  QAction* actLogs_;
  QAction* actNodeDown_;
  QAction* actNodeUp_;
  QAction* actZoomIn_;
  QAction* actZoomOut_;
  QAction* actFit_;
  QAction* actPause_;
  QAction* actSettings_;
  QAction* actRestartLab_;
  QAction* actRefresh_;
  QAction* actExportPng_;
  QAction* actScreenshot_;
  QAction* actQuit_;
  QAction* actAbout_;
  QActionGroup* languageGroup_;
  QMenu* viewMenu_;
  QMenu* fileMenu_;
  QMenu* labMenu_;
  QMenu* settingsMenu_;
  QMenu* languageMenu_;
  QMenu* helpMenu_;
  QToolBar* toolBar_;
  QDockWidget* paletteDock_;
  QDockWidget* mirrorDock_;
  QDockWidget* chartDock_;
  QDockWidget* expDock_;
  QDockWidget* runsDock_;
  QDockWidget* logDock_;
  QDockWidget* svcLogDock_;
};

}  // namespace swarmlab
