// A mirror of a subscriber's two SH5461AS 4-digit 7-segment displays, drawn from the
// segments it last wrote to swarmlab:display:<instance> (wire::DisplayState: 8 digits,
// bit 0..6 = a..g, bit 7 = dp), so a class sees the clocks without the hardware.
#pragma once

#include <QHash>
#include <QLabel>
#include <QWidget>

#include <array>
#include <cstdint>

#include "Telemetry.h"

class QGridLayout;

namespace swarmlab {

class SevenSegmentWidget : public QWidget {
  Q_OBJECT
 public:
  explicit SevenSegmentWidget(QWidget* parent = nullptr);
  void setSegments(const std::array<std::uint8_t, 8>& segments);
  std::array<std::uint8_t, 8> segments() const { return segments_; }
  /// Greyed out when the display stopped updating (subscriber stopped or migrated away).
  void setStale(bool stale);
  bool isStale() const { return stale_; }
  QSize sizeHint() const override { return {380, 96}; }
  QSize minimumSizeHint() const override { return {190, 48}; }

 protected:
  void paintEvent(QPaintEvent* e) override;

 private:
  std::array<std::uint8_t, 8> segments_{};
  bool stale_ = true;
};

/// One mirror per running subscriber, with its instance, node and the shown time's lag.
class DisplayMirrorPanel : public QWidget {
  Q_OBJECT
 public:
  explicit DisplayMirrorPanel(QWidget* parent = nullptr);
  SevenSegmentWidget* mirror(const QString& instance) const { return mirrors_.value(instance); }
  /// The instances shown, in the order shown: by node in natural order (pi2 before pi10).
  QStringList instances() const { return order_; }

 public slots:
  /// The subscriber instances to show (others are removed).
  void setInstances(const QStringList& instances, const QStringList& nodes);
  void updateStates(const QList<swarmlab::DisplaySnapshot>& states);

 protected:
  void changeEvent(QEvent* e) override;

 private:
  void retranslateUi();
  QGridLayout* grid_;
  QLabel* empty_;
  QHash<QString, SevenSegmentWidget*> mirrors_;
  QHash<QString, QLabel*> labels_;
  QHash<QString, quint64> lastSeq_;
  QHash<QString, qint64> lastChangeMs_;
  QHash<QString, QString> nodes_;
  QStringList order_;  ///< the instances, as gridded
};

}  // namespace swarmlab
