#include "SeriesNameDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

#include "GuiText.h"

namespace swarmlab {

namespace {
/// Characters kept of a name at least, else the whole text is elided instead (in its middle).
constexpr int kMinNameChars = 3;  // "s…1"
}  // namespace

SeriesNameDelegate::SeriesNameDelegate(int nameRole, QObject* parent)
    : QStyledItemDelegate(parent), nameRole_(nameRole) {}

QString SeriesNameDelegate::fit(const QFontMetrics& fm, const QString& text, const QString& name,
                                int width) {
  if (fm.horizontalAdvance(text) <= width) return text;
  const int at = name.isEmpty() ? -1 : text.indexOf(name);
  if (at < 0) return fm.elidedText(text, Qt::ElideMiddle, width);
  const QString before = text.left(at), after = text.mid(at + name.size());
  const int room = width - fm.horizontalAdvance(before) - fm.horizontalAdvance(after);
  const QString shortName = fm.elidedText(name, Qt::ElideMiddle, std::max(0, room));
  // Too narrow for even "x…y" of the name: the end of the text (the node) is what is left.
  if (shortName.size() < kMinNameChars) return fm.elidedText(text, Qt::ElideLeft, width);
  return before + shortName + after;
}

void SeriesNameDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
  QStyleOptionViewItem opt = option;
  initStyleOption(&opt, index);
  QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
  const QString name = index.data(nameRole_).toString();
  if (!name.isEmpty()) {
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    // The style draws the text inside textRect less one focus-frame margin on each side.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    opt.text = fit(opt.fontMetrics, opt.text, name, textRect.width() - 2 * margin);
  }
  style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

int legendPosition(const QTreeWidgetItem* parent, const QString& instance,
                   const QHash<QString, QString>& nodeOf, int nameRole) {
  const auto key = [&](const QString& i) { return nodeOf.value(i) + u' ' + i; };
  const QString mine = key(instance);
  int at = 0;
  while (at < parent->childCount() &&
         naturalLess(key(parent->child(at)->data(0, nameRole).toString()), mine))
    ++at;
  return at;
}

}  // namespace swarmlab
