// Settings: backend (embedded lab or a Docker endpoint with TLS files), Redis URL, lab file,
// chart window, OpenGL. OK is refused while anything is invalid; the reasons are listed.
#pragma once

#include <QDialog>

#include "AppSettings.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
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
  QStringList errors() const { return m_errors; }

  // The widgets, for tests.
  QLineEdit* redisUrlEdit() const { return m_redis; }
  QLineEdit* dockerHostEdit() const { return m_dockerHost; }
  QLineEdit* labFileEdit() const { return m_labFile; }
  QLineEdit* certDirEdit() const { return m_certDir; }
  QSpinBox* windowSpin() const { return m_window; }
  QRadioButton* dockerRadio() const { return m_docker; }
  QCheckBox* tlsCheck() const { return m_tls; }

 public slots:
  void accept() override;

 private:
  void revalidate();
  void updateEnabled();

  QRadioButton* m_embedded;
  QRadioButton* m_docker;
  QLineEdit* m_dockerHost;
  QCheckBox* m_tls;
  QLineEdit* m_certDir;
  QLineEdit* m_redis;
  QLineEdit* m_labFile;
  QSpinBox* m_window;
  QCheckBox* m_openGL;
  QComboBox* m_language;
  QLabel* m_errorLabel;
  QDialogButtonBox* m_buttons;
  QStringList m_errors;
};

}  // namespace swarmlab
