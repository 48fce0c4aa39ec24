#include "LogPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace swarmlab {

namespace {
constexpr std::size_t kLinesPerInstance = 500;
constexpr int kMaxShown = 5000;
}  // namespace

void LogPanel::retranslateUi() {
  filter_->setItemText(0, tr("All services"));
  text_->setAccessibleName(tr("Service logs"));
  filterLabel_->setText(tr("&Service:"));
}

void LogPanel::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(e);
}

LogPanel::LogPanel(QWidget* parent) : QWidget(parent) {
  filter_ = new QComboBox;
  filter_->addItem(QString(), QString());
  filter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  text_ = new QPlainTextEdit;
  text_->setReadOnly(true);
  text_->setMaximumBlockCount(kMaxShown);
  text_->setFont(QFont(QStringLiteral("monospace")));
  auto* bar = new QHBoxLayout;
  filterLabel_ = new QLabel;
  filterLabel_->setBuddy(filter_);
  retranslateUi();
  bar->addWidget(filterLabel_);
  bar->addWidget(filter_);
  bar->addStretch(1);
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(2, 2, 2, 2);
  lay->addLayout(bar);
  lay->addWidget(text_, 1);
  connect(filter_, &QComboBox::currentIndexChanged, this, [this] {
    service_ = filter_->currentData().toString();
    rebuild();
  });
}

LogPanel::~LogPanel() { qDeleteAll(lines_); }

bool LogPanel::matches(const QString& instance) const {
  return service_.isEmpty() || instance == service_ ||
         instance.startsWith(service_ + QLatin1Char('.'));
}

void LogPanel::addLine(const QString& instance, const QString& line) {
  auto* ring = lines_.value(instance);
  if (!ring) {
    ring = new RingBuffer<QString>(kLinesPerInstance);
    lines_.insert(instance, ring);
    const QString service = instance.section(QLatin1Char('.'), 0, 0);
    if (filter_->findData(service) < 0) filter_->addItem(service, service);
  }
  ring->push(line);
  if (matches(instance)) text_->appendPlainText(QStringLiteral("[%1] %2").arg(instance, line));
}

int LogPanel::lineCount(const QString& instance) const {
  auto* r = lines_.value(instance);
  return r ? int(r->size()) : 0;
}

void LogPanel::showService(const QString& service) {
  int i = filter_->findData(service);
  if (i < 0) {
    filter_->addItem(service, service);
    i = filter_->count() - 1;
  }
  filter_->setCurrentIndex(i);
}

void LogPanel::rebuild() {
  text_->clear();
  for (auto it = lines_.cbegin(); it != lines_.cend(); ++it) {
    if (!matches(it.key())) continue;
    for (std::size_t i = 0; i < it.value()->size(); ++i)
      text_->appendPlainText(QStringLiteral("[%1] %2").arg(it.key(), it.value()->at(i)));
  }
}

}  // namespace swarmlab
