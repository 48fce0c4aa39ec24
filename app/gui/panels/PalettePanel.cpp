#include "PalettePanel.h"

#include <QEvent>
#include <QMimeData>

#include "GuiText.h"
#include "MimeTypes.h"

namespace swarmlab {

PalettePanel::PalettePanel(QWidget* parent) : QListWidget(parent) {
  setDragEnabled(true);
  setDragDropMode(QAbstractItemView::DragOnly);
  setSelectionMode(QAbstractItemView::SingleSelection);
  setIconSize(QSize(28, 28));
  setSpacing(2);
  retranslateUi();
  connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
    emit templateActivated(item->data(Qt::UserRole).toString());
  });
}

void PalettePanel::retranslateUi() {
  setAccessibleName(tr("Service palette"));
  setToolTip(tr("Drag a service onto a node to deploy it (or press Enter to choose a node)"));
}

void PalettePanel::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) {
    retranslateUi();
    const int row = currentRow();
    setTemplates(templates_);  // the tool tips name layers and orders in the new language
    setCurrentRow(row);
  }
  QListWidget::changeEvent(e);
}

void PalettePanel::setTemplates(const QList<ServiceTemplate>& templates) {
  templates_ = templates;
  clear();
  for (const auto& t : templates) {
    auto* item =
        new QListWidgetItem(templateIcon(t.kind.isEmpty() ? t.name : t.kind), t.name, this);
    item->setData(Qt::UserRole, t.name);
    QStringList where;
    for (auto l : t.layers) where << layerName(l);
    QString tip = t.description.isEmpty() ? t.name : t.description;
    tip += QLatin1Char('\n') +
           tr("Layers: %1").arg(where.isEmpty() ? tr("any") : where.join(QStringLiteral(", ")));
    if (!t.needs.isEmpty())
      tip += QLatin1Char('\n') + tr("Needs: %1").arg(t.needs.join(QStringLiteral(", ")));
    if (!t.archs.isEmpty())
      tip += QLatin1Char('\n') + tr("Architectures: %1").arg(t.archs.join(QStringLiteral(", ")));
    tip += QLatin1Char('\n') + tr("Migrate/restart order: %1").arg(toString(t.order));
    item->setToolTip(tip);
  }
  if (count() > 0) setCurrentRow(0);
}

QString PalettePanel::currentTemplate() const {
  auto* item = currentItem();
  return item ? item->data(Qt::UserRole).toString() : QString();
}

QMimeData* PalettePanel::mimeFor(const QString& templateName) {
  auto* m = new QMimeData;
  m->setData(mime::kTemplate, templateName.toUtf8());
  m->setText(templateName);
  return m;
}

QStringList PalettePanel::mimeTypes() const { return {mime::kTemplate}; }

QMimeData* PalettePanel::mimeData(const QList<QListWidgetItem*>& items) const {
  if (items.isEmpty()) return nullptr;
  return mimeFor(items.first()->data(Qt::UserRole).toString());
}

}  // namespace swarmlab
