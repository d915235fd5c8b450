#include "translator.h"

#include "corelogging.h"
#include "installpaths.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace sfsync {

QString Translator::install(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    Q_ASSERT(app);

    // The installed catalogues come first, so a package can ship corrected translations without a rebuild;
    // the embedded ones serve a build tree and a copied binary.
    auto *own = new QTranslator(app);
    QString language = QStringLiteral("en");
    bool loaded = false;
    for (const QString &directory : {InstallPaths::translationsDir(), QStringLiteral(":/i18n")}) {
        if (own->load(locale, QStringLiteral("sfsync"), QStringLiteral("_"), directory)) {
            loaded = true;
            break;
        }
    }
    if (loaded) {
        qCDebug(lcCoreI18n) << "sfsync translation" << own->filePath();
        QCoreApplication::installTranslator(own);
        language = own->language().section(QLatin1Char('_'), 0, 0);
    } else {
        delete own;
    }

    // Qt's own strings (--help of the command-line parser, standard dialogs) from Qt's installed
    // translations (Debian: qt6-translations-l10n).
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qCDebug(lcCoreI18n) << "Qt translation" << qt->filePath();
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return language;
}

} // namespace sfsync
