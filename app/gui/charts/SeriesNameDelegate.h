// Draws the Series list's rows with long instance names shortened in their middle: the end of
// "subscriber-16.1.1" (which instance) and the whole "on pi16" (which node) stay readable in a
// narrow list (1366x768), where the list's own elision cut either the start or the end.
#pragma once

#include <QHash>
#include <QStyledItemDelegate>
#include <QTreeWidgetItem>

namespace swarmlab {

/// Item delegate for a list whose rows name an instance inside a longer text: the part given
/// by the row's `nameRole` data is elided in the middle, the rest of the text is kept whole.
/// Rows without that data are drawn as usual. The row's tool tip keeps the full text.
class SeriesNameDelegate : public QStyledItemDelegate {
 public:
  SeriesNameDelegate(int nameRole, QObject* parent = nullptr);
  void paint(QPainter* painter, const QStyleOptionViewItem& option,
             const QModelIndex& index) const override;

  /// `text` fitted into `width` pixels: `name` (a part of text) loses characters in its middle
  /// first; when even "x…y" of the name does not fit, the text keeps its end ("…1 on pi16").
  static QString fit(const QFontMetrics& fm, const QString& text, const QString& name, int width);

 private:
  int nameRole_;
};

/// Where a new instance goes among a Series list summary's children (their instance names in
/// `nameRole`): by node in natural order (pi2 before pi10), then by name, so that a teacher
/// finds "pi16" where it belongs, not in arrival order.
int legendPosition(const QTreeWidgetItem* parent, const QString& instance,
                   const QHash<QString, QString>& nodeOf, int nameRole);

}  // namespace swarmlab
