// MainWindow, part 3: the lab it runs. Opening a session, wiring its backend and telemetry into
// the window, the status bar's connection state, and the asynchronous shutdown a close starts:
// the window is disabled while the backend stops its services and closes when it is done (or at
// the session's deadline). Nothing here waits in a nested event loop.
#include <QCloseEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include "ChartPanel.h"
#include "ExperimentsPanel.h"
#include "GuiText.h"
#include "LabController.h"
#include "LabSession.h"
#include "LabTrust.h"
#include "LogPanel.h"
#include "MainWindow.h"
#include "PalettePanel.h"
#include "RecordControl.h"
#include "SevenSegmentWidget.h"
#include "Telemetry.h"
#include "WireNames.h"

namespace swarmlab {

namespace {
// The Redis chip while the lab's Redis waits for a machine to host its gateway (%1).
const char* const kRedisWaiting =
    QT_TRANSLATE_NOOP("swarmlab::MainWindow", "waiting for a machine to host %1");
const QString kGrey = QStringLiteral("#757575");
const QString kOrange = QStringLiteral("#ef6c00");
const QString kGreen = QStringLiteral("#2e7d32");
const QString kRed = QStringLiteral("#c62828");

}  // namespace

void MainWindow::setStateLabel(QLabel* label, const char* what, const char* state,
                               const QString& color, const QString& arg) {
  label->setProperty("what", QByteArray(what));
  label->setProperty("state", QByteArray(state));
  label->setProperty("color", color);
  label->setProperty("arg", arg);
  renderStateLabel(label);
}

void MainWindow::renderStateLabel(QLabel* label) {
  const QByteArray what = label->property("what").toByteArray();
  const QByteArray state = label->property("state").toByteArray();
  if (what.isEmpty()) return;
  const QString arg = label->property("arg").toString();
  const QString text = arg.isEmpty() ? tr(state.constData()) : tr(state.constData()).arg(arg);
  label->setText(
      QStringLiteral("%1: <span style='color:%3'>%2</span>")
          .arg(tr(what.constData()), text.toHtmlEscaped(), label->property("color").toString()));
}

void MainWindow::buildStatusBar() {
  backendLabel_ = new QLabel;
  dockerLabel_ = new QLabel;
  redisLabel_ = new QLabel;
  labTimeLabel_ = new QLabel;
  labTimeLabel_->setMinimumWidth(160);
  // The chips keep their whole text beside a long message (a Fixed policy follows the text).
  for (QLabel* chip : {dockerLabel_, redisLabel_})
    chip->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
  statusBar()->addPermanentWidget(backendLabel_);
  statusBar()->addPermanentWidget(dockerLabel_);
  statusBar()->addPermanentWidget(redisLabel_);
  statusBar()->addPermanentWidget(labTimeLabel_);
  backendLabel_->setText(tr("Backend: none"));
  setStateLabel(dockerLabel_, QT_TR_NOOP("Docker"), QT_TR_NOOP("not used"), kGrey);
  setStateLabel(redisLabel_, QT_TR_NOOP("Redis"), QT_TR_NOOP("not connected"), kGrey);
  labTimeLabel_->setText(tr("lab time —"));
}

bool MainWindow::startLab(QStringList* errors) {
  auto* session = new LabSession;
  QStringList errs;
  if (!session->open(settings_, &errs)) {
    for (const auto& e : errs) logEvent(tr("lab: %1").arg(e));
    statusBar()->showMessage(tr("The lab could not be opened: %1").arg(errs.value(0)));
    backendLabel_->setText(tr("Backend: none"));
    if (errors) *errors = errs;
    delete session;
    return false;
  }
  if (!confirmCommands(session->lab())) {
    const QString why = tr("%1: its commands were not confirmed").arg(session->lab().sourcePath);
    logEvent(tr("lab: %1").arg(why));
    if (errors) *errors << why;
    delete session;
    return false;
  }
  const QString warning = backendWarning(LabSession::backendConfig(settings_));
  if (!warning.isEmpty()) {
    logEvent(tr("warning: %1").arg(warning));
    statusBar()->showMessage(warning, 15000);
  }
  startSession(session);
  return true;
}

// Lab files are code: a command that is not a swarmlab program from ${bin} nor redis-server
// runs only once the user has read it (docs/labfiles.md "Trust").
bool MainWindow::confirmCommands(const Lab& lab) {
  const QStringList commands = untrustedCommands(lab);
  if (commands.isEmpty()) return true;
  QMessageBox box(QMessageBox::Warning, tr("Run these commands?"),
                  tr("The lab file %1 runs programs other than swarmlab's agents and "
                     "redis-server:\n\n%2\n\nA lab file is code: run them only if you trust "
                     "whoever wrote it.")
                      .arg(lab.sourcePath, commands.join(QLatin1Char('\n'))),
                  QMessageBox::Yes | QMessageBox::No, this);
  box.setDefaultButton(QMessageBox::No);
  box.button(QMessageBox::Yes)->setText(tr("&Run them"));
  box.button(QMessageBox::No)->setText(tr("&Do not open the lab"));
  return box.exec() == QMessageBox::Yes;
}

void MainWindow::startSession(LabSession* session) {
  if (session_) {
    // A session still here is dropped at once (the local backend reaps its processes).
    controller_->setOrchestrator(nullptr);
    delete session_;
  }
  session_ = session;
  session_->setParent(this);
  attachOrchestrator(session_->orchestrator(), session_->lab());
  wireSession();
  logEvent(tr("opening %1 on the %2").arg(session_->lab().sourcePath, session_->description()));
  session_->start();
}

void MainWindow::wireSession() {
  backendLabel_->setText(tr("Backend: %1").arg(session_->description()));
  const bool docker = session_->usesDocker();
  if (docker)
    setStateLabel(dockerLabel_, QT_TR_NOOP("Docker"), QT_TR_NOOP("connecting…"), kOrange);
  else
    setStateLabel(dockerLabel_, QT_TR_NOOP("Docker"), QT_TR_NOOP("not used"), kGrey);
  setStateLabel(redisLabel_, QT_TR_NOOP("Redis"), QT_TR_NOOP("starting…"), kOrange);
  connect(session_, &LabSession::ready, this, [this, docker] {
    if (docker) setStateLabel(dockerLabel_, QT_TR_NOOP("Docker"), QT_TR_NOOP("connected"), kGreen);
    logEvent(
        tr("lab ready on %1 (Redis %2)")
            .arg(session_->description(), redactedRedisUrl(session_->orchestrator()->redisUrl())));
    emit labReady();
  });
  connect(session_, &LabSession::telemetryStarted, this, &MainWindow::attachTelemetry);
  connect(controller_, &LabController::labFileChanged, session_, &LabSession::updateLab);
  // Redis held back (no machine hosts its gateway) says so instead of "starting…" forever.
  connect(model_, &TopologyModel::structureChanged, session_, [this] {
    const QByteArray state = redisLabel_->property("state").toByteArray();
    if (state != "starting…" && state != kRedisWaiting) return;
    QString why, gateway;
    for (const auto& s : model_->services())
      if (model_->kindOfService(s.name) == QLatin1String("redis")) {
        why = model_->waitingReason(s.name);
        gateway = s.node;
      }
    if (why.isEmpty())
      setStateLabel(redisLabel_, QT_TR_NOOP("Redis"), QT_TR_NOOP("starting…"), kOrange);
    else
      setStateLabel(redisLabel_, QT_TR_NOOP("Redis"), kRedisWaiting, kOrange, gateway);
    redisLabel_->setToolTip(why);
  });
  connect(session_, &LabSession::shutdownFinished, this, &MainWindow::onLabShutDown);
  // The Docker chip is the engine's alone: it follows what the backend says of the engine, and
  // comes back when the engine does. A Redis held until a machine hosts its gateway, a PING
  // unanswered, a service not started again are told in the status bar, not on this chip.
  connect(session_->orchestrator(), &Orchestrator::engineChanged, this,
          [this, docker](bool reachable, const QString& detail) {
            if (!docker) return;
            if (reachable)
              setStateLabel(dockerLabel_, QT_TR_NOOP("Docker"), QT_TR_NOOP("connected"), kGreen);
            else
              setStateLabel(dockerLabel_, QT_TR_NOOP("Docker"), QT_TR_NOOP("not answering"), kRed);
            dockerLabel_->setToolTip(detail);
          });
  connect(session_->orchestrator(), &Orchestrator::errorOccurred, this,
          [this](const OrchestratorError& e) { statusBar()->showMessage(e.toString(), 10000); });
}

void MainWindow::attachOrchestrator(Orchestrator* orchestrator, const Lab& lab) {
  model_->setLab(lab);
  controller_->setOrchestrator(orchestrator);
  palette_->setTemplates(lab.templates);
  experiments_->setLab(lab, orchestrator);
  record_->setOrchestrator(orchestrator, lab);
  if (!orchestrator) return;
  connect(orchestrator, &Orchestrator::logLine, logs_, &LogPanel::addLine);
  connect(orchestrator, &Orchestrator::errorOccurred, this,
          [this](const OrchestratorError& e) { logEvent(tr("error: %1").arg(e.toString())); });
  connect(orchestrator, &Orchestrator::taskChanged, this, [this](const TaskInfo& t) {
    logEvent(tr("%1 on %2: %3%4")
                 .arg(t.instance, t.node, taskStateName(t.state),
                      t.message.isEmpty() ? QString()
                                          : QStringLiteral(" (") + t.message + QLatin1Char(')')));
  });
  updateActions();
}

void MainWindow::attachTelemetry(Telemetry* t) {
  telemetry_ = t;
  model_->setClock(t->clock());
  experiments_->setTelemetry(t);
  connect(t, &Telemetry::metricSample, model_, &TopologyModel::onMetric);
  connect(t, &Telemetry::metricSample, charts_, &ChartPanel::addMetric);
  connect(t, &Telemetry::agentEvent, model_, &TopologyModel::onAgentEvent);
  connect(t, &Telemetry::agentEvent, this, [this](const AgentEvent& e) {
    if (e.event == wirenames::kFirstMessage || e.event == wirenames::kRedisLost ||
        e.event == wirenames::kRedisBack)
      logEvent(tr("%1 on %2: %3").arg(e.instance, e.node, e.event));
  });
  connect(t, &Telemetry::displayStates, mirrors_, &DisplayMirrorPanel::updateStates);
  connect(t, &Telemetry::connectionChanged, model_, &TopologyModel::setRedisReachable);
  connect(t, &Telemetry::connectionChanged, this, [this](bool up, const QString& msg) {
    if (up)
      setStateLabel(redisLabel_, QT_TR_NOOP("Redis"), QT_TR_NOOP("connected"), kGreen);
    else
      setStateLabel(redisLabel_, QT_TR_NOOP("Redis"), QT_TR_NOOP("lost, reconnecting"), kRed);
    redisLabel_->setToolTip(msg);
    logEvent(up ? tr("telemetry connected to %1").arg(msg)
                : tr("telemetry lost Redis: %1").arg(msg));
  });
  displayInstances_.clear();
  updateDisplayInstances();
}

bool MainWindow::isShuttingDown() const { return session_ && session_->isShuttingDown(); }

void MainWindow::shutdownLab() {
  if (!session_) {
    QMetaObject::invokeMethod(this, &MainWindow::labShutDown, Qt::QueuedConnection);
    return;
  }
  if (session_->isShuttingDown()) return;
  logEvent(tr("stopping the lab…"));
  statusBar()->showMessage(tr("Stopping the lab…"));
  // The window stops driving the backend first: no command goes out while it stops.
  controller_->setOrchestrator(nullptr);
  experiments_->setLab(model_->lab(), nullptr);
  experiments_->setTelemetry(nullptr);
  telemetry_ = nullptr;
  session_->shutdown(shutdownDeadlineMs_);
}

void MainWindow::onLabShutDown(bool complete) {
  if (complete)
    logEvent(tr("lab stopped"));
  else
    logEvent(tr("the backend did not finish stopping within %1 s; closing without it")
                 .arg(shutdownDeadlineMs_ / 1000.0));
  statusBar()->clearMessage();
  backendLabel_->setText(tr("Backend: none"));
  // Called from the session's own signal: it goes once that signal has returned.
  session_->deleteLater();
  session_ = nullptr;
  emit labShutDown();
}

void MainWindow::restartLab() {
  connect(
      this, &MainWindow::labShutDown, this,
      [this] {
        if (closing_) return;  // the window was closed meanwhile: no new lab
        charts_->clear();
        model_->setServices({});
        QStringList errors;
        if (!startLab(&errors))
          QMessageBox::warning(this, tr("The lab could not be opened"),
                               errors.join(QLatin1Char('\n')));
      },
      Qt::SingleShotConnection);
  shutdownLab();
}

void MainWindow::closeEvent(QCloseEvent* e) {
  if (!session_) {
    if (!closing_) saveWindowState();
    e->accept();
    return;
  }
  e->ignore();
  if (closing_) return;  // already shutting down: this close changes nothing
  closing_ = true;
  saveWindowState();
  if (experiments_->isRunning()) experiments_->stopRun();
  setEnabled(false);
  connect(this, &MainWindow::labShutDown, this, &QWidget::close,
          Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
  shutdownLab();
}

}  // namespace swarmlab
