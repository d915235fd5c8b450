#pragma once

#include <QLocale>
#include <QString>

namespace sfsync {

// Installs sfsync's own translation (installed under share/sfsync/translations, else the copy embedded under
// :/i18n) and Qt's for the given locale.
// The GUI and the runner both call it, since the runner's messages are tr() strings too.
class Translator
{
public:
    // Returns the language that was loaded ("en" when none matched the locale).
    static QString install(const QLocale &locale = QLocale());
};

} // namespace sfsync
