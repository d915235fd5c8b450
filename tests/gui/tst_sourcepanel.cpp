#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"
#include "tests/testsupport/widgetlookup.h"
#include "ui/jobdocument.h"
#include "ui/sourcepanel.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace sfsync;
using Encoding = SourceConfig::Encoding;

// The source panel's encoding choice, driven offscreen by objectName: the combo writes the config, the
// preview shows the rows decoded as chosen, and the warning names the likely encoding when the choice looks
// wrong.
class tst_SourcePanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ScratchDir> m_dir;
    std::unique_ptr<JobDocument> m_document;
    std::unique_ptr<SourcePanel> m_panel;

    template<class T>
    T *child(const QString &name) const
    {
        return test::child<T>(m_panel.get(), name);
    }

    void load(const QString &path, Encoding encoding = Encoding::Utf8)
    {
        JobConfig config;
        config.source.path = path;
        config.source.encoding = encoding;
        m_document->reset(config, QString());
    }

    QString cell(int row, int column) const
    {
        const QAbstractItemModel *model = child<QTableView>(QStringLiteral("sourcePreview"))->model();
        return model->index(row, column).data().toString();
    }

    void choose(Encoding encoding)
    {
        auto *combo = child<QComboBox>(QStringLiteral("encodingCombo"));
        const int index = combo->findData(int(encoding));
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }

    bool warningShown() const { return child<QWidget>(QStringLiteral("encodingWarningBox"))->isVisible(); }

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(QStringLiteral("tst_sourcepanel")); }

    void init()
    {
        m_dir = std::make_unique<test::ScratchDir>();
        m_document = std::make_unique<JobDocument>();
        m_panel = std::make_unique<SourcePanel>(m_document.get());
        connect(m_document.get(), &JobDocument::changed, m_panel.get(), &SourcePanel::syncFromDocument);
        m_panel->show();
    }

    void cleanup()
    {
        m_panel.reset();
        m_document.reset();
    }

    void windowsFileReadAsUtf8WarnsAndOffersWindows1252()
    {
        const QString path =
            m_dir->write(QStringLiteral("cp1252.csv"), "name,city\nJ\xFCrgen,K\xF6ln\n\x80uro,x\n");
        load(path);
        QTRY_VERIFY(!m_panel->isLoading());
        QTRY_COMPARE(m_panel->preview().header, (QStringList {"name", "city"}));
        QVERIFY(warningShown());
        QCOMPARE(
            child<QLabel>(QStringLiteral("encodingWarning"))->text(),
            QStringLiteral("Byte 0xFC on line 2 is not valid UTF-8. The file is probably Windows-1252."));
        auto *use = child<QPushButton>(QStringLiteral("useSuggestedEncoding"));
        QVERIFY(use->isVisible());
        QCOMPARE(use->text(), QStringLiteral("Use Windows-1252"));
        // The rows with bad bytes are listed, never shown as replaced characters.
        QVERIFY2(
            child<QLabel>(QStringLiteral("sourceStatus"))
                ->text()
                .contains(QStringLiteral("line 2, character 2 (byte offset 11), column 1: byte 0xFC is not "
                                         "valid UTF-8")),
            qPrintable(child<QLabel>(QStringLiteral("sourceStatus"))->text()));

        QSignalSpy previews(m_panel.get(), &SourcePanel::previewChanged);
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(m_document->config().source.encoding, Encoding::Windows1252);
        QCOMPARE(child<QComboBox>(QStringLiteral("encodingCombo"))->currentData().toInt(),
                 int(Encoding::Windows1252));
        QTRY_VERIFY(previews.count() > 0 && !m_panel->isLoading());
        QCOMPARE(cell(0, 0), QStringLiteral("Jürgen"));
        QCOMPARE(cell(0, 1), QStringLiteral("Köln"));
        QCOMPARE(cell(1, 0), QStringLiteral("€uro"));
        QVERIFY(!warningShown());
        // One undo step puts UTF-8 back.
        m_document->undoStack()->undo();
        QCOMPARE(m_document->config().source.encoding, Encoding::Utf8);
        QCOMPARE(child<QComboBox>(QStringLiteral("encodingCombo"))->currentData().toInt(),
                 int(Encoding::Utf8));
    }

    void utf8FileReadAsLatin1ShowsTheMojibakeAndWarns()
    {
        load(m_dir->write(QStringLiteral("utf8.csv"), "name\nRen\xC3\xA9\n"));
        QTRY_COMPARE(m_panel->preview().rows.size(), 1);
        QTRY_VERIFY(!m_panel->isLoading());
        QCOMPARE(cell(0, 0), QStringLiteral("René"));
        QVERIFY(!warningShown());

        QSignalSpy previews(m_panel.get(), &SourcePanel::previewChanged);
        choose(Encoding::Latin1);
        QCOMPARE(m_document->config().source.encoding, Encoding::Latin1);
        QTRY_VERIFY(previews.count() > 0 && !m_panel->isLoading());
        QCOMPARE(cell(0, 0), QStringLiteral("RenÃ©")); // visible in the preview, as it would be sent
        QVERIFY(warningShown());
        QCOMPARE(child<QLabel>(QStringLiteral("encodingWarning"))->text(),
                 QStringLiteral(
                     "The file is valid UTF-8: read as ISO-8859-1, \"é\" shows as \"Ã©\". It is probably "
                     "UTF-8."));
        QCOMPARE(child<QPushButton>(QStringLiteral("useSuggestedEncoding"))->text(),
                 QStringLiteral("Use UTF-8"));
    }

    void utf16WithoutMarkAndWithMark()
    {
        QByteArray le;
        for (const char c : QByteArray("name\nAnn\n")) {
            le.append(c);
            le.append('\0');
        }
        load(m_dir->write(QStringLiteral("utf16.csv"), le));
        QTRY_VERIFY(warningShown());
        QCOMPARE(child<QPushButton>(QStringLiteral("useSuggestedEncoding"))->text(),
                 QStringLiteral("Use UTF-16LE"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("useSuggestedEncoding")), Qt::LeftButton);
        QTRY_COMPARE(m_panel->preview().header, QStringList {"name"});
        QTRY_VERIFY(!m_panel->isLoading());
        QCOMPARE(cell(0, 0), QStringLiteral("Ann"));
        QVERIFY(!warningShown());

        // With a mark, the default reads it and the status says so.
        load(m_dir->write(QStringLiteral("utf16bom.csv"), "\xFF\xFE" + le));
        QTRY_VERIFY(!m_panel->isLoading());
        QTRY_COMPARE(m_panel->preview().readAs, Encoding::Utf16Le);
        QCOMPARE(cell(0, 0), QStringLiteral("Ann"));
        QVERIFY(!warningShown());
        QVERIFY(child<QLabel>(QStringLiteral("sourceStatus"))
                    ->text()
                    .contains(QStringLiteral("Read as UTF-16LE: the file starts with its byte order mark.")));
    }

    void encodingIsOnlyOfferedForCsv()
    {
        load(m_dir->write(QStringLiteral("plain.csv"), "name\nAnn\n"));
        QVERIFY(child<QComboBox>(QStringLiteral("encodingCombo"))->isVisible());
        JobConfig config = m_document->config();
        config.source.type = SourceConfig::Type::Ndjson;
        m_document->apply(config, QStringLiteral("ndjson"));
        QVERIFY(!child<QComboBox>(QStringLiteral("encodingCombo"))->isVisible());
        QVERIFY(!warningShown());
    }
};

QTEST_MAIN(tst_SourcePanel)
#include "tst_sourcepanel.moc"
