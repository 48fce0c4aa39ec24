// "Add as new device…": a machine in the Tray (a new Pi that joined the swarm) becomes a node of
// the lab file. Asks its lab name, layer, architecture and capabilities; OK is refused while the
// name is not a valid, unused node name (the reason is shown). Opened with open(), never exec().
#pragma once

#include <QDialog>

#include "LabTypes.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace swarmlab {

class AddDeviceDialog : public QDialog {
  Q_OBJECT
 public:
  /// For the machine `machine` (its hostname and arch prefill the form) and the running lab.
  AddDeviceDialog(const Lab& lab, const QString& machine, const QString& arch,
                  QWidget* parent = nullptr);
  /// The node as entered.
  NodeSpec node() const;
  /// Why OK is refused (empty when the form is valid).
  QString error() const { return error_; }

  QLineEdit* nameEdit() const { return name_; }
  QComboBox* layerCombo() const { return layer_; }
  QLineEdit* capabilitiesEdit() const { return caps_; }

 public slots:
  void accept() override;

 private:
  void revalidate();

  Lab lab_;
  QLineEdit* name_;
  QComboBox* layer_;
  QComboBox* arch_;
  QLineEdit* caps_;
  QLabel* problem_;
  QDialogButtonBox* buttons_;
  QString error_;
};

}  // namespace swarmlab
