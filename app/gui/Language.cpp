#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace swarmlab {

QString resolveLanguage(const QString& setting) {
  if (setting == QLatin1String("pt") || setting == QLatin1String("en")) return setting;
  return QLocale::system().language() == QLocale::Portuguese ? QStringLiteral("pt")
                                                             : QStringLiteral("en");
}

namespace {
const QString kTranslatorName = QStringLiteral("swarmlab-translator");
}

QString installTranslators(QCoreApplication* app, const QString& setting) {
  const QString lang = resolveLanguage(setting);
  auto* ours = new QTranslator(app);
  ours->setObjectName(kTranslatorName);
  if (ours->load(QStringLiteral(":/i18n/swarmlab_%1.qm").arg(lang)))
    app->installTranslator(ours);
  else
    delete ours;
  if (lang != QLatin1String("en")) {
    auto* qt = new QTranslator(app);
    qt->setObjectName(kTranslatorName);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
      app->installTranslator(qt);
    else
      delete qt;
  }
  return lang;
}

QString switchLanguage(QCoreApplication* app, const QString& setting) {
  for (auto* t : app->findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
    QCoreApplication::removeTranslator(t);
    delete t;
  }
  return installTranslators(app, setting);
}

}  // namespace swarmlab
