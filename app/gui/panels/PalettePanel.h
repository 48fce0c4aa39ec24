// The service palette: the lab's templates, dragged onto a node card to deploy them
// (MIME type application/x-swarmlab-template). Enter on a template offers the nodes.
#pragma once

#include <QListWidget>

#include "LabTypes.h"

namespace swarmlab {

class PalettePanel : public QListWidget {
  Q_OBJECT
 public:
  explicit PalettePanel(QWidget* parent = nullptr);
  void setTemplates(const QList<ServiceTemplate>& templates);
  /// The MIME data a drag of this template carries (also used by tests and the screenshot).
  static QMimeData* mimeFor(const QString& templateName);
  QString currentTemplate() const;

 signals:
  /// Enter or double-click on a template: the window offers the nodes it may go on.
  void templateActivated(const QString& templateName);

 protected:
  QStringList mimeTypes() const override;
  void changeEvent(QEvent* e) override;
  QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;

 private:
  void retranslateUi();
  QList<ServiceTemplate> templates_;
};

}  // namespace swarmlab
