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

  TopologyModel* model() const { return model_; }
  TopologyScene* scene() const { return scene_; }
  TopologyView* view() const { return view_; }
  PalettePanel* palette() const { return palette_; }
  ChartPanel* charts() const { return charts_; }
  DisplayMirrorPanel* mirrors() const { return mirrors_; }
  ExperimentsPanel* experiments() const { return experiments_; }
  LabController* controller() const { return controller_; }
  LabSession* session() const { return session_; }
  QPlainTextEdit* eventLog() const { return eventLog_; }
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
  LogPanel* logs_;
  QPlainTextEdit* eventLog_;
  QLabel* backendLabel_;
  QLabel* dockerLabel_;
  QLabel* redisLabel_;
  QLabel* labTimeLabel_;
  QTimer clockTimer_;
  QStringList displayInstances_;

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
  QActionGroup* languageGroup_;
  QMenu* viewMenu_;
};

}  // namespace swarmlab
