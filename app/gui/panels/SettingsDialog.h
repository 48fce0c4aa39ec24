// Settings: backend (embedded lab or a Docker endpoint with TLS files), Redis URL, lab file,
// chart window, OpenGL. OK is refused while anything is invalid; the reasons are listed.
#pragma once

#include <QDialog>

#include "AppSettings.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace swarmlab {

class SettingsDialog : public QDialog {
  Q_OBJECT
 public:
  explicit SettingsDialog(QWidget* parent = nullptr);
  void setSettings(const AppSettings& s);
  AppSettings settings() const;
  /// The problems shown under the form (empty when valid).
  QStringList errors() const { return errors_; }

  // The widgets, for tests.
  QLineEdit* redisUrlEdit() const { return redis_; }
  QLineEdit* redisPasswordEdit() const { return redisPassword_; }
  QLineEdit* dockerHostEdit() const { return dockerHost_; }
  QLineEdit* labFileEdit() const { return labFile_; }
  QLineEdit* certDirEdit() const { return certDir_; }
  QLineEdit* registryEdit() const { return registry_; }
  QSpinBox* windowSpin() const { return window_; }
  QRadioButton* dockerRadio() const { return docker_; }
  QCheckBox* tlsCheck() const { return tls_; }
  QCheckBox* insecureCheck() const { return insecure_; }

 public slots:
  void accept() override;

 private:
  QGroupBox* buildBackendGroup();
  QFormLayout* buildForm();
  void revalidate();
  void updateEnabled();

  QRadioButton* embedded_;
  QRadioButton* docker_;
  QLineEdit* dockerHost_;
  QCheckBox* tls_;
  QCheckBox* insecure_;
  QLineEdit* certDir_;
  QLineEdit* registry_;
  QLineEdit* redis_;
  QLineEdit* redisUser_;
  QLineEdit* redisPassword_;
  QLineEdit* labFile_;
  QSpinBox* window_;
  QCheckBox* openGL_;
  QComboBox* language_;
  QLabel* errorLabel_;
  QDialogButtonBox* buttons_;
  QStringList errors_;
};

}  // namespace swarmlab
