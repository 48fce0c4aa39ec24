#include "LogPanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace swarmlab {

namespace {
constexpr std::size_t kLinesPerInstance = 500;
constexpr int kMaxShown = 5000;
}  // namespace

LogPanel::LogPanel(QWidget* parent) : QWidget(parent) {
  m_filter = new QComboBox;
  m_filter->addItem(tr("All services"), QString());
  m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  m_text = new QPlainTextEdit;
  m_text->setReadOnly(true);
  m_text->setMaximumBlockCount(kMaxShown);
  m_text->setFont(QFont(QStringLiteral("monospace")));
  m_text->setAccessibleName(tr("Service logs"));
  auto* bar = new QHBoxLayout;
  auto* l = new QLabel(tr("&Service:"));
  l->setBuddy(m_filter);
  bar->addWidget(l);
  bar->addWidget(m_filter);
  bar->addStretch(1);
  auto* lay = new QVBoxLayout(this);
  lay->setContentsMargins(2, 2, 2, 2);
  lay->addLayout(bar);
  lay->addWidget(m_text, 1);
  connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
    m_service = m_filter->currentData().toString();
    rebuild();
  });
}

LogPanel::~LogPanel() { qDeleteAll(m_lines); }

bool LogPanel::matches(const QString& instance) const {
  return m_service.isEmpty() || instance == m_service ||
         instance.startsWith(m_service + QLatin1Char('.'));
}

void LogPanel::addLine(const QString& instance, const QString& line) {
  auto* ring = m_lines.value(instance);
  if (!ring) {
    ring = new RingBuffer<QString>(kLinesPerInstance);
    m_lines.insert(instance, ring);
    const QString service = instance.section(QLatin1Char('.'), 0, 0);
    if (m_filter->findData(service) < 0) m_filter->addItem(service, service);
  }
  ring->push(line);
  if (matches(instance)) m_text->appendPlainText(QStringLiteral("[%1] %2").arg(instance, line));
}

int LogPanel::lineCount(const QString& instance) const {
  auto* r = m_lines.value(instance);
  return r ? int(r->size()) : 0;
}

void LogPanel::showService(const QString& service) {
  int i = m_filter->findData(service);
  if (i < 0) {
    m_filter->addItem(service, service);
    i = m_filter->count() - 1;
  }
  m_filter->setCurrentIndex(i);
}

void LogPanel::rebuild() {
  m_text->clear();
  for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
    if (!matches(it.key())) continue;
    for (std::size_t i = 0; i < it.value()->size(); ++i)
      m_text->appendPlainText(QStringLiteral("[%1] %2").arg(it.key(), it.value()->at(i)));
  }
}

}  // namespace swarmlab
