#include "RecordControl.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPainter>
#include <QStandardPaths>
#include <QWidget>
#include <QtConcurrent>

#include "Timeline.h"
#include "TimelineRecorder.h"
#include "TopologyModel.h"

namespace swarmlab {

namespace {
constexpr int kTickMs = 500;

/// A red dot (recording) or a grey one: the usual record symbol, drawn rather than shipped.
QIcon recordIcon() {
  QIcon icon;
  for (const bool on : {false, true}) {
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x42, 0x42, 0x42), 2));
    p.setBrush(on ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xe5, 0x73, 0x73));
    p.drawEllipse(QRectF(5, 5, 22, 22));
    icon.addPixmap(pm, QIcon::Normal, on ? QIcon::On : QIcon::Off);
  }
  return icon;
}
}  // namespace

RecordControl::RecordControl(TopologyModel* model, QWidget* parent)
    : QObject(parent), model_(model), parent_(parent) {
  action_ = new QAction(recordIcon(), QString(), this);
  action_->setCheckable(true);
  action_->setEnabled(false);
  action_->setObjectName(QStringLiteral("recordAction"));
  connect(action_, &QAction::toggled, this, &RecordControl::toggled);
  tick_.setInterval(kTickMs);
  connect(&tick_, &QTimer::timeout, this, &RecordControl::retranslate);
  choosePath_ = [this](const QString& suggested) {
    return QFileDialog::getSaveFileName(parent_, tr("Save the recorded timeline"), suggested,
                                        tr("Timeline files (*.json)"));
  };
  parent->installEventFilter(this);
  retranslate();
}

QString RecordControl::timelineFolder() {
  const QString env = qEnvironmentVariable("SWARMLAB_TIMELINES_DIR");
  if (!env.isEmpty()) return env;
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
      .filePath(QStringLiteral("timelines"));
}

void RecordControl::setOrchestrator(Orchestrator* orchestrator, const Lab& lab) {
  if (recorder_) {
    if (recorder_->isRecording())
      emit message(tr("recording dropped: the lab it recorded is gone"));
    recorder_->deleteLater();
    recorder_ = nullptr;
  }
  const QSignalBlocker block(action_);
  action_->setChecked(false);
  tick_.stop();
  if (orchestrator) {
    recorder_ = new TimelineRecorder(orchestrator, lab, lab.sourcePath, this);
    connect(recorder_, &TimelineRecorder::stepsChanged, this, &RecordControl::retranslate);
  }
  action_->setEnabled(recorder_ != nullptr);
  retranslate();
}

bool RecordControl::isRecording() const { return recorder_ && recorder_->isRecording(); }

void RecordControl::toggled(bool on) {
  if (!recorder_) return;
  if (on) {
    recorder_->start(model_->services(), model_->nodes());
    tick_.start();
    emit message(
        tr("recording: your deploy, migrate, restart, stop, scale and node down/up "
           "commands become a timeline (the lab as it is now: %n step(s) at 0 s)",
           nullptr, int(recorder_->steps().size())));
    for (const auto& s : recorder_->skipped()) emit message(tr("not recorded: %1").arg(s));
  } else {
    finish();
  }
  retranslate();
}

void RecordControl::finish() {
  tick_.stop();
  recorder_->stop();
  const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
  const QString suggested =
      QDir(timelineFolder()).filePath(QStringLiteral("recorded-%1.json").arg(stamp));
  const QString path = choosePath_(suggested);
  if (path.isEmpty()) {
    emit message(tr("recording discarded (%n step(s))", nullptr, int(recorder_->steps().size())));
    return;
  }
  const Timeline t = recorder_->timeline(TimelineRecorder::nameFromFile(path));
  // The disk is written on a worker thread: the window never waits for it.
  auto* watcher = new QFutureWatcher<QString>(this);
  connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, t] {
    const QString error = watcher->result();
    watcher->deleteLater();
    if (!error.isEmpty()) {
      emit saveFailed(error);
      emit message(tr("recorded timeline not saved: %1").arg(error));
      return;
    }
    const QString abs = QFileInfo(path).absoluteFilePath();
    emit message(
        tr("recorded timeline %1 saved to %2: %n step(s) in %3 s", nullptr, int(t.steps.size()))
            .arg(t.name, abs)
            .arg(t.durationS));
    emit saved(abs);
  });
  watcher->setFuture(QtConcurrent::run([t, path] {
    QString error;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
      return QStringLiteral("%1: cannot create the folder").arg(QFileInfo(path).absolutePath());
    saveTimelineFile(t, path, &error);
    return error;
  }));
}

void RecordControl::retranslate() {
  if (isRecording()) {
    action_->setText(
        tr("Stop recording (%n step(s), %1 s)", nullptr, int(recorder_->steps().size()))
            .arg(qRound(recorder_->elapsedS())));
    action_->setToolTip(action_->text());
  } else {
    action_->setText(tr("&Record"));
    action_->setToolTip(
        tr("Record your commands (deploy, migrate, restart, stop, node down/up) as a timeline "
           "to replay on the Experiments tab"));
  }
  action_->setStatusTip(action_->toolTip());
}

bool RecordControl::eventFilter(QObject* o, QEvent* e) {
  if (o == parent_ && e->type() == QEvent::LanguageChange) retranslate();
  return QObject::eventFilter(o, e);
}

}  // namespace swarmlab
