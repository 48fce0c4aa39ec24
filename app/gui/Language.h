// Translations: the system locale by default, overridden by the Language setting.
#pragma once

#include <QString>

class QCoreApplication;

namespace swarmlab {

/// "pt" or "en" for a setting ("" = system locale; any Portuguese locale gives "pt").
QString resolveLanguage(const QString& setting);
/// Loads :/i18n/swarmlab_<lang>.qm and Qt's own translations into the application.
/// Returns the language installed ("en" when nothing needed loading).
QString installTranslators(QCoreApplication* app, const QString& setting);
/// Removes the translators installTranslators() installed and installs those of `setting`:
/// every widget gets a LanguageChange event and retranslates itself, no restart needed.
QString switchLanguage(QCoreApplication* app, const QString& setting);

}  // namespace swarmlab
