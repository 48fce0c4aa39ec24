#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace swarmlab {

namespace {
QWidget* withBrowse(QLineEdit* edit, QPushButton* button) {
  auto* w = new QWidget;
  auto* l = new QHBoxLayout(w);
  l->setContentsMargins(0, 0, 0, 0);
  l->addWidget(edit, 1);
  l->addWidget(button);
  return w;
}
}  // namespace

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Settings"));
  m_embedded = new QRadioButton(tr("&Embedded lab (local processes, its own Redis)"));
  m_docker = new QRadioButton(tr("&Docker Swarm endpoint"));
  m_dockerHost = new QLineEdit;
  m_dockerHost->setPlaceholderText(tr("DOCKER_HOST or unix:///var/run/docker.sock"));
  m_tls = new QCheckBox(tr("Use &TLS with client certificates"));
  m_certDir = new QLineEdit;
  m_certDir->setPlaceholderText(tr("folder with ca.pem, cert.pem, key.pem"));
  auto* certBrowse = new QPushButton(tr("Browse…"));
  connect(certBrowse, &QPushButton::clicked, this, [this] {
    const QString d =
        QFileDialog::getExistingDirectory(this, tr("TLS certificate folder"), m_certDir->text());
    if (!d.isEmpty()) m_certDir->setText(d);
  });
  m_redis = new QLineEdit;
  m_redis->setPlaceholderText(tr("empty: the embedded lab starts its own redis-server"));
  m_labFile = new QLineEdit;
  m_labFile->setPlaceholderText(tr("empty: the shipped paper-2017 lab"));
  auto* labBrowse = new QPushButton(tr("Browse…"));
  connect(labBrowse, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getOpenFileName(this, tr("Lab file"), m_labFile->text(),
                                                   tr("Lab files (*.json)"));
    if (!f.isEmpty()) m_labFile->setText(f);
  });
  m_window = new QSpinBox;
  m_window->setRange(1, 3600);  // wider than allowed: validation explains the limits
  m_window->setSuffix(tr(" s"));
  m_openGL = new QCheckBox(tr("Draw charts with &OpenGL"));
  m_language = new QComboBox;
  m_language->addItem(tr("System"), QString());
  m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
  m_language->addItem(QStringLiteral("Português"), QStringLiteral("pt"));

  auto* backend = new QGroupBox(tr("Backend"));
  auto* bl = new QFormLayout(backend);
  bl->addRow(m_embedded);
  bl->addRow(m_docker);
  bl->addRow(tr("Endpoint:"), m_dockerHost);
  bl->addRow(m_tls);
  bl->addRow(tr("Certificates:"), withBrowse(m_certDir, certBrowse));
  auto* form = new QFormLayout;
  form->addRow(tr("&Redis URL:"), m_redis);
  form->addRow(tr("&Lab file:"), withBrowse(m_labFile, labBrowse));
  form->addRow(tr("Chart &window:"), m_window);
  form->addRow(m_openGL);
  form->addRow(tr("Lan&guage:"), m_language);

  m_errorLabel = new QLabel;
  m_errorLabel->setWordWrap(true);
  m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
  m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
  auto* note =
      new QLabel(tr("Backend, Redis and lab changes apply when the lab is restarted "
                    "(Lab ▸ Restart lab); language at the next start."));
  note->setWordWrap(true);

  auto* lay = new QVBoxLayout(this);
  lay->addWidget(backend);
  lay->addLayout(form);
  lay->addWidget(note);
  lay->addWidget(m_errorLabel);
  lay->addWidget(m_buttons);

  for (auto* e : {m_dockerHost, m_certDir, m_redis, m_labFile})
    connect(e, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
  for (auto* b : {static_cast<QAbstractButton*>(m_embedded),
                  static_cast<QAbstractButton*>(m_docker), static_cast<QAbstractButton*>(m_tls)})
    connect(b, &QAbstractButton::toggled, this, [this] {
      updateEnabled();
      revalidate();
    });
  connect(m_window, &QSpinBox::valueChanged, this, &SettingsDialog::revalidate);
  setSettings(AppSettings{});
}

void SettingsDialog::setSettings(const AppSettings& s) {
  (s.backend == AppSettings::Backend::Docker ? m_docker : m_embedded)->setChecked(true);
  m_dockerHost->setText(s.dockerHost);
  m_tls->setChecked(s.dockerTls);
  m_certDir->setText(s.dockerCertDir);
  m_redis->setText(s.redisUrl);
  m_labFile->setText(s.labFile);
  m_window->setValue(s.chartWindowS);
  m_openGL->setChecked(s.openGL);
  m_language->setCurrentIndex(std::max(0, m_language->findData(s.language)));
  updateEnabled();
  revalidate();
}

AppSettings SettingsDialog::settings() const {
  AppSettings s;
  s.backend = m_docker->isChecked() ? AppSettings::Backend::Docker : AppSettings::Backend::Embedded;
  s.dockerHost = m_dockerHost->text().trimmed();
  s.dockerTls = m_tls->isChecked();
  s.dockerCertDir = m_certDir->text().trimmed();
  s.redisUrl = m_redis->text().trimmed();
  s.labFile = m_labFile->text().trimmed();
  s.chartWindowS = m_window->value();
  s.openGL = m_openGL->isChecked();
  s.language = m_language->currentData().toString();
  return s;
}

void SettingsDialog::updateEnabled() {
  const bool docker = m_docker->isChecked();
  m_dockerHost->setEnabled(docker);
  m_tls->setEnabled(docker);
  m_certDir->setEnabled(docker && m_tls->isChecked());
}

void SettingsDialog::revalidate() {
  m_errors = settings().validate();
  m_errorLabel->setText(m_errors.join(QLatin1Char('\n')));
  m_errorLabel->setVisible(!m_errors.isEmpty());
  m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_errors.isEmpty());
}

void SettingsDialog::accept() {
  revalidate();
  if (!m_errors.isEmpty()) return;
  QDialog::accept();
}

}  // namespace swarmlab
