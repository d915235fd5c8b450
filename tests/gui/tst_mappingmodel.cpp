#include "tests/testsupport/testenvironment.h"
#include "ui/jobdocument.h"
#include "ui/mappingmodel.h"
#include "ui/sourcecolumnmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace sfsync;

// The visual mapping's model (auto-map, drag and drop, inline checks) and the job document's undo history,
// on the real Contact describe from the catalogue.
class tst_MappingModel : public QObject
{
    Q_OBJECT

private:
    ObjectDescribe m_contact;

    QList<FieldMapping> lastEdit(const QSignalSpy &spy)
    {
        return spy.last().at(0).value<QList<FieldMapping>>();
    }
    static FieldMapping column(const QString &field, const QString &column)
    {
        FieldMapping m;
        m.field = field;
        m.column = column;
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment(QStringLiteral("tst_mappingmodel"));
        qRegisterMetaType<QList<FieldMapping>>();
        QFile file(QStringLiteral(SFSYNC_FIXTURES_DIR "/describe-Contact.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_contact = ObjectDescribe::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        QVERIFY(m_contact.isValid());
        QVERIFY(m_contact.field(QStringLiteral("LastName")));
    }

    void autoMapByApiNameThenLabelCaseInsensitive()
    {
        MappingModel model;
        QAbstractItemModelTester tester(&model);
        model.setObject(m_contact);
        model.setOperation(Action::Operation::Upsert);
        model.setSourceColumns({QStringLiteral("EMAIL"), QStringLiteral("last name"),
                                QStringLiteral("first_name"), QStringLiteral("birthdate"),
                                QStringLiteral("shoe size")});
        const QList<FieldMapping> mapped = model.autoMapped();
        QCOMPARE(mapped.size(), 4);
        QCOMPARE(mapped.at(0), column(QStringLiteral("Email"), QStringLiteral("EMAIL"))); // API name
        QCOMPARE(mapped.at(1), column(QStringLiteral("Birthdate"), QStringLiteral("birthdate"))); // API name
        QCOMPARE(mapped.at(2), column(QStringLiteral("LastName"), QStringLiteral("last name"))); // label
        QCOMPARE(mapped.at(3), column(QStringLiteral("FirstName"), QStringLiteral("first_name"))); // loose
    }

    void autoMapKeepsExistingMappingsAndSkipsReadOnlyFields()
    {
        MappingModel model;
        model.setObject(m_contact);
        model.setOperation(Action::Operation::Update);
        // Name is not writable (compound); Email is already fed by another column.
        model.setSourceColumns({QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("mail")});
        model.setMappings({column(QStringLiteral("Email"), QStringLiteral("mail"))});
        const QList<FieldMapping> mapped = model.autoMapped();
        QCOMPARE(mapped.size(), 1);
        QCOMPARE(mapped.at(0), column(QStringLiteral("Email"), QStringLiteral("mail")));
    }

    void dropOfADraggedColumnMapsTheField()
    {
        MappingModel model;
        model.setObject(m_contact);
        model.setSourceColumns({QStringLiteral("email"), QStringLiteral("surname")});
        QSignalSpy edited(&model, &MappingModel::mappingsEdited);

        SourceColumnModel columns({QStringLiteral("email"), QStringLiteral("surname")});
        QVERIFY(columns.flags(columns.index(1)) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> mime(columns.mimeData({columns.index(1)}));
        QVERIFY(mime->hasFormat(MappingModel::columnMimeType()));

        const int row = model.rowOfField(QStringLiteral("LastName"));
        QVERIFY(row >= 0);
        // Between rows is refused; onto the row is accepted.
        QVERIFY(!model.canDropMimeData(mime.get(), Qt::CopyAction, row, 0, {}));
        QVERIFY(model.canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, model.index(row, 0)));
        QVERIFY(model.dropMimeData(mime.get(), Qt::CopyAction, -1, -1, model.index(row, 0)));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(lastEdit(edited),
                 QList<FieldMapping> {column(QStringLiteral("LastName"), QStringLiteral("surname"))});

        // Choosing in the Source column cell does the same.
        QVERIFY(
            model.setData(model.index(model.rowOfField(QStringLiteral("Email")), MappingModel::SourceColumn),
                          QStringLiteral("email")));
        QCOMPARE(lastEdit(edited),
                 QList<FieldMapping> {column(QStringLiteral("Email"), QStringLiteral("email"))});
    }

    void requiredFieldMissingIsAnErrorForCreateAndUpsertOnly()
    {
        MappingModel model;
        model.setObject(m_contact);
        model.setSourceColumns({QStringLiteral("surname")});
        model.setOperation(Action::Operation::Upsert);
        int row = model.rowOfField(QStringLiteral("LastName"));
        QCOMPARE(row, 0); // required fields come first
        QCOMPARE(model.severity(row), MappingModel::Severity::Error);
        QVERIFY(model.checkText(row).startsWith(QStringLiteral("Required")));
        QVERIFY(model.index(row, MappingModel::FieldColumn).data().toString().endsWith(QStringLiteral(" *")));
        QCOMPARE(model.errorCount(), 1);

        model.setMappings({column(QStringLiteral("LastName"), QStringLiteral("surname"))});
        row = model.rowOfField(QStringLiteral("LastName"));
        QCOMPARE(model.severity(row), MappingModel::Severity::None);
        QCOMPARE(model.errorCount(), 0);

        model.setMappings({});
        model.setOperation(Action::Operation::Update);
        QCOMPARE(model.severity(model.rowOfField(QStringLiteral("LastName"))), MappingModel::Severity::None);
    }

    void typeMismatchInSampleRowsIsFlagged()
    {
        MappingModel model;
        model.setObject(m_contact);
        model.setOperation(Action::Operation::Update);
        model.setSourceColumns({QStringLiteral("born"), QStringLiteral("mail")});
        model.setSampleRows({{QStringLiteral("1990-12-10"), QStringLiteral("a@example.org")},
                             {QStringLiteral("23/06/1912"), QStringLiteral("not an address")}});
        model.setMappings({column(QStringLiteral("Birthdate"), QStringLiteral("born")),
                           column(QStringLiteral("Email"), QStringLiteral("mail")),
                           column(QStringLiteral("Title"), QStringLiteral("missing"))});
        const int birthdate = model.rowOfField(QStringLiteral("Birthdate"));
        QCOMPARE(model.severity(birthdate), MappingModel::Severity::Warning);
        QVERIFY2(model.checkText(birthdate).startsWith(QStringLiteral("Row 2:")),
                 qPrintable(model.checkText(birthdate)));
        QVERIFY(model.checkText(birthdate).contains(QStringLiteral("23/06/1912")));
        const int email = model.rowOfField(QStringLiteral("Email"));
        QCOMPARE(model.severity(email), MappingModel::Severity::Warning);
        const int title = model.rowOfField(QStringLiteral("Title"));
        QCOMPARE(model.severity(title), MappingModel::Severity::Error);
        QVERIFY(model.checkText(title).contains(QStringLiteral("\"missing\"")));
    }

    void constantsAreCheckedAndNullClears()
    {
        MappingModel model;
        model.setObject(m_contact);
        model.setOperation(Action::Operation::Update);
        QSignalSpy edited(&model, &MappingModel::mappingsEdited);
        const int row = model.rowOfField(QStringLiteral("Birthdate"));
        QVERIFY(model.setData(model.index(row, MappingModel::ConstantColumn), QStringLiteral("null")));
        FieldMapping cleared = lastEdit(edited).value(0);
        QVERIFY(cleared.hasValue);
        QVERIFY(cleared.valueIsNull);
        model.setMappings(lastEdit(edited));
        QCOMPARE(model.severity(model.rowOfField(QStringLiteral("Birthdate"))), MappingModel::Severity::None);

        model.setConstant(QStringLiteral("Birthdate"), QStringLiteral("someday"));
        model.setMappings(lastEdit(edited));
        QCOMPARE(model.severity(model.rowOfField(QStringLiteral("Birthdate"))),
                 MappingModel::Severity::Error);

        model.unmap(QStringLiteral("Birthdate"));
        QVERIFY(lastEdit(edited).isEmpty());
    }

    void mappedButNotWritableIsAnError()
    {
        MappingModel model;
        model.setObject(m_contact);
        model.setOperation(Action::Operation::Create);
        model.setSourceColumns({QStringLiteral("x")});
        model.setMappings({column(QStringLiteral("CreatedDate"), QStringLiteral("x"))});
        const int row = model.rowOfField(QStringLiteral("CreatedDate"));
        QVERIFY(row >= 0); // shown although not writable, because it is mapped
        QCOMPARE(model.severity(row), MappingModel::Severity::Error);
    }

    void undoRedoAndCleanStateOfTheDocument()
    {
        JobDocument document;
        QVERIFY(!document.isModified());
        QSignalSpy modified(&document, &JobDocument::modifiedChanged);
        JobConfig first = document.config();
        JobConfig second = first;
        second.name = QStringLiteral("Renamed");
        document.apply(second, QStringLiteral("rename"), JobDocument::JobNameEdit);
        JobConfig third = second;
        third.name = QStringLiteral("Renamed again");
        document.apply(third, QStringLiteral("rename"), JobDocument::JobNameEdit); // merges with the previous
        JobConfig fourth = third;
        fourth.actions[0].object = QStringLiteral("Contact");
        document.apply(fourth, QStringLiteral("object"));
        QVERIFY(document.isModified());
        QCOMPARE(modified.size(), 1);
        QCOMPARE(document.undoStack()->count(), 2);

        document.undoStack()->undo();
        QCOMPARE(document.config(), third);
        document.undoStack()->undo();
        QCOMPARE(document.config(), first);
        QVERIFY(!document.isModified());
        document.undoStack()->redo();
        document.undoStack()->redo();
        QCOMPARE(document.config().actions.at(0).object, QStringLiteral("Contact"));

        QTemporaryDir dir;
        QString error;
        QVERIFY2(document.saveAs(dir.filePath(QStringLiteral("job.json")), &error), qPrintable(error));
        QVERIFY(!document.isModified());
        QCOMPARE(document.displayName(), QStringLiteral("job.json"));
        // Undo after saving brings the modified state back.
        document.undoStack()->undo();
        QVERIFY(document.isModified());
    }
};

QTEST_MAIN(tst_MappingModel)
#include "tst_mappingmodel.moc"
