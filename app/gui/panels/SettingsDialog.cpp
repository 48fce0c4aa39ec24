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

#include "LabSecrets.h"

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
  QGroupBox* backend = buildBackendGroup();
  QFormLayout* form = buildForm();

  errorLabel_ = new QLabel;
  errorLabel_->setWordWrap(true);
  errorLabel_->setStyleSheet(QStringLiteral("color: #c62828;"));
  errorLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  connect(buttons_, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
  auto* note =
      new QLabel(tr("Backend, Redis and lab changes apply when the lab is restarted "
                    "(Lab ▸ Restart lab); a language change applies at once."));
  note->setWordWrap(true);

  auto* lay = new QVBoxLayout(this);
  lay->addWidget(backend);
  lay->addLayout(form);
  lay->addWidget(note);
  lay->addWidget(errorLabel_);
  lay->addWidget(buttons_);

  for (auto* e : {dockerHost_, certDir_, registry_, redis_, redisUser_, redisPassword_, labFile_})
    connect(e, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
  for (auto* b : {static_cast<QAbstractButton*>(embedded_), static_cast<QAbstractButton*>(docker_),
                  static_cast<QAbstractButton*>(tls_), static_cast<QAbstractButton*>(insecure_)})
    connect(b, &QAbstractButton::toggled, this, [this] {
      updateEnabled();
      revalidate();
    });
  connect(window_, &QSpinBox::valueChanged, this, &SettingsDialog::revalidate);
  setSettings(AppSettings{});
}

// The backend: the embedded lab or a Docker endpoint, with its TLS files.
QGroupBox* SettingsDialog::buildBackendGroup() {
  embedded_ = new QRadioButton(tr("&Embedded lab (local processes, its own Redis)"));
  docker_ = new QRadioButton(tr("&Docker Swarm endpoint"));
  dockerHost_ = new QLineEdit;
  dockerHost_->setPlaceholderText(tr("DOCKER_HOST or unix:///var/run/docker.sock"));
  tls_ = new QCheckBox(tr("Use &TLS with client certificates"));
  insecure_ = new QCheckBox(tr("Do not &verify the engine's certificate (insecure)"));
  insecure_->setToolTip(
      tr("TLS without ca.pem: anyone on the way to the engine can pose as it. Use only on a "
         "network you trust."));
  certDir_ = new QLineEdit;
  certDir_->setPlaceholderText(tr("folder with ca.pem, cert.pem, key.pem"));
  auto* certBrowse = new QPushButton(tr("Browse…"));
  connect(certBrowse, &QPushButton::clicked, this, [this] {
    const QString d =
        QFileDialog::getExistingDirectory(this, tr("TLS certificate folder"), certDir_->text());
    if (!d.isEmpty()) certDir_->setText(d);
  });
  registry_ = new QLineEdit;
  registry_->setPlaceholderText(tr("host:port, e.g. 10.0.0.1:5000; empty: $SWARMLAB_REGISTRY"));
  registry_->setToolTip(
      tr("The lab registry on the swarm manager (swarmlab-cli images start; its address: "
         "swarmlab-cli images address). Set: every node pulls the lab's images from it by "
         "digest. Empty: $SWARMLAB_REGISTRY, else images by their id on the manager."));

  auto* backend = new QGroupBox(tr("Backend"));
  auto* bl = new QFormLayout(backend);
  bl->addRow(embedded_);
  bl->addRow(docker_);
  bl->addRow(tr("Endpoint:"), dockerHost_);
  bl->addRow(tls_);
  bl->addRow(insecure_);
  bl->addRow(tr("Certificates:"), withBrowse(certDir_, certBrowse));
  bl->addRow(tr("La&b registry:"), registry_);
  return backend;
}

// Redis, the lab file, the charts and the language.
QFormLayout* SettingsDialog::buildForm() {
  redis_ = new QLineEdit;
  redis_->setPlaceholderText(tr("empty: the embedded lab starts its own redis-server"));
  redisUser_ = new QLineEdit;
  redisUser_->setPlaceholderText(tr("empty: the default user"));
  redisPassword_ = new QLineEdit;
  redisPassword_->setEchoMode(QLineEdit::Password);
  redisPassword_->setPlaceholderText(tr("kept in a file only you can read, not in the settings"));
  labFile_ = new QLineEdit;
  labFile_->setPlaceholderText(tr("empty: the shipped paper-2017 lab"));
  auto* labBrowse = new QPushButton(tr("Browse…"));
  connect(labBrowse, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getOpenFileName(this, tr("Lab file"), labFile_->text(),
                                                   tr("Lab files (*.json)"));
    if (!f.isEmpty()) labFile_->setText(f);
  });
  window_ = new QSpinBox;
  window_->setRange(1, 3600);  // wider than allowed: validation explains the limits
  window_->setSuffix(tr(" s"));
  openGL_ = new QCheckBox(tr("Draw charts with &OpenGL"));
  language_ = new QComboBox;
  language_->addItem(tr("System"), QString());
  language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
  language_->addItem(QStringLiteral("Português"), QStringLiteral("pt"));

  auto* form = new QFormLayout;
  form->addRow(tr("&Redis URL:"), redis_);
  form->addRow(tr("Redis &user:"), redisUser_);
  form->addRow(tr("Redis &password:"), redisPassword_);
  form->addRow(tr("&Lab file:"), withBrowse(labFile_, labBrowse));
  form->addRow(tr("Chart &window:"), window_);
  form->addRow(openGL_);
  form->addRow(tr("Lan&guage:"), language_);
  return form;
}

void SettingsDialog::setSettings(const AppSettings& s) {
  (s.backend == AppSettings::Backend::Docker ? docker_ : embedded_)->setChecked(true);
  dockerHost_->setText(s.dockerHost);
  tls_->setChecked(s.dockerTls);
  insecure_->setChecked(s.dockerTlsInsecure);
  certDir_->setText(s.dockerCertDir);
  registry_->setText(s.registry);
  // the password never shows: it goes to its own masked field (and the URL's text is kept as
  // typed when it holds none)
  const secrets::RedisCredentials c = secrets::splitCredentials(s.redisUrl);
  redis_->setText(c.password.isEmpty() ? s.redisUrl : c.url);
  redisUser_->setText(c.user);
  redisPassword_->setText(c.password);
  labFile_->setText(s.labFile);
  window_->setValue(s.chartWindowS);
  openGL_->setChecked(s.openGL);
  language_->setCurrentIndex(std::max(0, language_->findData(s.language)));
  updateEnabled();
  revalidate();
}

AppSettings SettingsDialog::settings() const {
  AppSettings s;
  s.backend = docker_->isChecked() ? AppSettings::Backend::Docker : AppSettings::Backend::Embedded;
  s.dockerHost = dockerHost_->text().trimmed();
  s.dockerTls = tls_->isChecked();
  s.dockerTlsInsecure = insecure_->isChecked();
  s.dockerCertDir = certDir_->text().trimmed();
  s.registry = registry_->text().trimmed();
  s.redisUrl = secrets::joinCredentials(
      {redis_->text().trimmed(), redisUser_->text().trimmed(), redisPassword_->text()});
  s.labFile = labFile_->text().trimmed();
  s.chartWindowS = window_->value();
  s.openGL = openGL_->isChecked();
  s.language = language_->currentData().toString();
  return s;
}

void SettingsDialog::updateEnabled() {
  const bool docker = docker_->isChecked();
  dockerHost_->setEnabled(docker);
  tls_->setEnabled(docker);
  insecure_->setEnabled(docker && tls_->isChecked());
  certDir_->setEnabled(docker && tls_->isChecked());
  registry_->setEnabled(docker);
}

void SettingsDialog::revalidate() {
  errors_ = settings().validate();
  errorLabel_->setText(errors_.join(QLatin1Char('\n')));
  errorLabel_->setVisible(!errors_.isEmpty());
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(errors_.isEmpty());
  // A wrapped reason does not grow a dialog already shown: it gets the height it needs.
  if (isVisible() && layout()) {
    const int need = layout()->totalHeightForWidth(width());
    if (need > height()) resize(width(), need);
  }
}

void SettingsDialog::accept() {
  revalidate();
  if (!errors_.isEmpty()) return;
  QDialog::accept();
}

}  // namespace swarmlab
