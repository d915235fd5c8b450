#include "core/translator.h"
#include "tests/testsupport/testenvironment.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace sfsync;

// The .ts files are compiled into :/i18n and loaded for the system locale.
class tst_Translator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(QStringLiteral("tst_translator")); }

    void embeddedCatalogues_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void embeddedCatalogues()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(translator.load(QLocale(language), QStringLiteral("sfsync"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n")),
                 qPrintable(language));
        if (language != QLatin1String("en")) // English is the source language: its catalogue may be empty
            QVERIFY(!translator.isEmpty());
    }

    void germanLocaleTranslatesUserStrings()
    {
        const QString language = Translator::install(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(language, QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("sfsync::MainWindow", "Not connected"),
                 QStringLiteral("Nicht verbunden"));
    }

    void unknownLocaleFallsBackToEnglish()
    {
        QTranslator translator;
        QVERIFY(!translator.load(QLocale(QLocale::Japanese), QStringLiteral("sfsync"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n")));
    }
};

QTEST_GUILESS_MAIN(tst_Translator)
#include "tst_translator.moc"
