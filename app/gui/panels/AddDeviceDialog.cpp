#include "AddDeviceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "GuiText.h"
#include "LabFileEdit.h"

namespace swarmlab {

namespace {
const QStringList kArchs = {QStringLiteral("aarch64"), QStringLiteral("x86_64"),
                            QStringLiteral("armv7l"),  QStringLiteral("armv6l"),
                            QStringLiteral("riscv64"), QStringLiteral("ppc64le"),
                            QStringLiteral("s390x")};

/// A hostname as a node name: characters a node name may not have become '-'.
QString nodeNameFor(const QString& hostname) {
  static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9_-]"));
  return QString(hostname).replace(bad, QStringLiteral("-")).left(63);
}
}  // namespace

AddDeviceDialog::AddDeviceDialog(const Lab& lab, const QString& machine, const QString& arch,
                                 QWidget* parent)
    : QDialog(parent), lab_(lab) {
  setWindowTitle(tr("Add %1 as a new device").arg(machine));
  auto* form = new QFormLayout;
  name_ = new QLineEdit(nodeNameFor(machine));
  layer_ = new QComboBox;
  for (Layer l : {Layer::Sensing, Layer::Mediation, Layer::Enterprise})
    layer_->addItem(layerName(l), int(l));
  arch_ = new QComboBox;
  arch_->addItems(kArchs);
  arch_->setCurrentIndex(std::max(0, int(kArchs.indexOf(arch))));
  caps_ = new QLineEdit(QStringLiteral("display"));
  caps_->setPlaceholderText(tr("display, redis, … (comma-separated)"));
  form->addRow(tr("Lab &name:"), name_);
  form->addRow(tr("&Layer:"), layer_);
  form->addRow(tr("&Architecture:"), arch_);
  form->addRow(tr("&Capabilities:"), caps_);
  auto* intro = new QLabel(tr("The machine %1 becomes a node of the lab %2: the node is added to "
                              "the lab file %3 and the machine is labelled to host it.")
                               .arg(machine, lab.name, lab.sourcePath));
  intro->setTextFormat(Qt::PlainText);
  intro->setWordWrap(true);
  problem_ = new QLabel;
  problem_->setStyleSheet(QStringLiteral("color:#c62828"));
  problem_->setWordWrap(true);
  buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Add to the lab"));
  connect(buttons_, &QDialogButtonBox::accepted, this, &AddDeviceDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(name_, &QLineEdit::textChanged, this, &AddDeviceDialog::revalidate);
  connect(caps_, &QLineEdit::textChanged, this, &AddDeviceDialog::revalidate);
  auto* box = new QVBoxLayout(this);
  box->addWidget(intro);
  box->addLayout(form);
  box->addWidget(problem_);
  box->addWidget(buttons_);
  revalidate();
}

NodeSpec AddDeviceDialog::node() const {
  NodeSpec n;
  n.name = name_->text().trimmed();
  n.layer = Layer(layer_->currentData().toInt());
  n.arch = arch_->currentText();
  for (const QString& c : caps_->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
    if (!c.trimmed().isEmpty()) n.capabilities << c.trimmed();
  return n;
}

void AddDeviceDialog::revalidate() {
  QString why;
  const NodeSpec n = node();
  if (checkNewNodeName(lab_, n.name, &why)) {
    static const QRegularExpression capRe(QStringLiteral("^[A-Za-z0-9_-]{1,63}$"));
    for (const QString& c : n.capabilities)
      if (!capRe.match(c).hasMatch())
        why = tr("capabilities: expected names of 1-63 letters, digits, '_' or '-', got \"%1\"")
                  .arg(c);
  }
  error_ = why;
  problem_->setText(why);
  buttons_->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void AddDeviceDialog::accept() {
  revalidate();
  if (error_.isEmpty()) QDialog::accept();
}

}  // namespace swarmlab
