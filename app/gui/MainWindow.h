// The console's main window: topology in the centre; palette, charts, display mirrors,
// experiments, event log and service logs in dock widgets; status bar with the backend,
// Docker and Redis connection state and the lab time. Window state kept in QSettings.
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
class QGraphicsItem;
class QLabel;
class QMenu;
class QPlainTextEdit;

namespace swarmlab {

class ChartPanel;
class DisplayMirrorPanel;
class ExperimentsPanel;
class LabController;
class LabSession;
class LogPanel;
class PalettePanel;
class Telemetry;
class TopologyScene;
class TopologyView;
struct RunData;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(const AppSettings& settings, QWidget* parent = nullptr);
  ~MainWindow() override;

  /// Opens the lab the settings name and starts its backend (embedded by default).
  /// false with the lab file's validation errors (also shown in the event log).
  bool startLab(QStringList* errors = nullptr);
  /// Drives a given orchestrator (not owned) with a given lab: tests use a double here.
  void attachOrchestrator(Orchestrator* orchestrator, const Lab& lab);
  /// Connects a telemetry worker (metrics, events, displays, Redis state).
  void attachTelemetry(Telemetry* telemetry);
  /// Stops the lab's services and backend (waits for the embedded lab to clean up).
  void shutdownLab();

  TopologyModel* model() const { return m_model; }
  TopologyScene* scene() const { return m_scene; }
  TopologyView* view() const { return m_view; }
  PalettePanel* palette() const { return m_palette; }
  ChartPanel* charts() const { return m_charts; }
  DisplayMirrorPanel* mirrors() const { return m_mirrors; }
  ExperimentsPanel* experiments() const { return m_experiments; }
  LabController* controller() const { return m_controller; }
  LabSession* session() const { return m_session; }
  QPlainTextEdit* eventLog() const { return m_eventLog; }
  /// Renders the window (works offscreen) and writes a PNG.
  bool saveScreenshot(const QString& path, QString* error = nullptr);
  void logEvent(const QString& text);

 signals:
  void labReady();

 protected:
  void closeEvent(QCloseEvent* e) override;

 private:
  void buildActions();
  void buildMenus();
  void buildDocks();
  void updateActions();
  void showContextMenu(QGraphicsItem* item, const QPoint& screenPos);
  void fillDeployMenu(QMenu* menu, const QString& node);
  void fillMigrateMenu(QMenu* menu, const QString& service);
  void offerNodesFor(const QString& templateName);
  QString selectedNode() const;
  QString selectedService() const;
  void onCommandCompleted(const CommandResult& r);
  void updateDisplayInstances();
  void showRunOnCharts(const RunData& run);
  void setLanguage(const QString& lang);
  void openSettings();
  void restartLab();
  void exportChartsPng();

  AppSettings m_settings;
  TopologyModel* m_model;
  TopologyScene* m_scene;
  TopologyView* m_view;
  LabController* m_controller;
  LabSession* m_session = nullptr;
  QPointer<Telemetry> m_telemetry;
  PalettePanel* m_palette;
  ChartPanel* m_charts;
  DisplayMirrorPanel* m_mirrors;
  ExperimentsPanel* m_experiments;
  LogPanel* m_logs;
  QPlainTextEdit* m_eventLog;
  QLabel* m_backendLabel;
  QLabel* m_dockerLabel;
  QLabel* m_redisLabel;
  QLabel* m_labTimeLabel;
  QTimer m_clockTimer;
  QStringList m_displayInstances;

  QAction* m_actDeploy;
  QAction* m_actMigrate;
  QAction* m_actRestart;
  QAction* m_actStop;
  QAction* m_actScale;
  QAction* m_actLogs;
  QAction* m_actNodeDown;
  QAction* m_actNodeUp;
  QAction* m_actZoomIn;
  QAction* m_actZoomOut;
  QAction* m_actFit;
  QAction* m_actPause;
  QAction* m_actSettings;
  QAction* m_actRestartLab;
  QAction* m_actRefresh;
  QAction* m_actExportPng;
  QAction* m_actScreenshot;
  QAction* m_actQuit;
  QActionGroup* m_languageGroup;
  QMenu* m_viewMenu;
};

}  // namespace swarmlab
