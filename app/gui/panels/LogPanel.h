// Output of service instances (local: process stdout/stderr; Swarm: task logs), bounded per
// instance, filtered by service.
#pragma once

#include <QHash>
#include <QWidget>

#include "RingBuffer.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace swarmlab {

class LogPanel : public QWidget {
  Q_OBJECT
 public:
  explicit LogPanel(QWidget* parent = nullptr);
  ~LogPanel() override;
  /// Show only the lines of this service's instances ("" = all).
  void showService(const QString& service);
  int lineCount(const QString& instance) const;

 public slots:
  void addLine(const QString& instance, const QString& line);

 protected:
  void changeEvent(QEvent* e) override;

 private:
  void rebuild();
  void retranslateUi();
  QLabel* filterLabel_;
  bool matches(const QString& instance) const;
  QComboBox* filter_;
  QPlainTextEdit* text_;
  QHash<QString, RingBuffer<QString>*> lines_;
  QString service_;
};

}  // namespace swarmlab
