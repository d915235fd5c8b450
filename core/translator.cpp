#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace sfsync {

QString Translator::install(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    Q_ASSERT(app);

    auto *own = new QTranslator(app);
    QString language = QStringLiteral("en");
    if (own->load(locale, QStringLiteral("sfsync"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        language = own->language().section(QLatin1Char('_'), 0, 0);
    } else {
        delete own;
    }

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return language;
}

} // namespace sfsync
