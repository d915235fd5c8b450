#include "tests/testsupport/testenvironment.h"
#include "ui/fieldtablemodel.h"
#include "ui/objectlistmodel.h"
#include "ui/searchfilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace sfsync;

// The metadata browser's models: columns, flags, sorting and filter-as-you-type, with org-sized inputs.
class tst_MetadataModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(QStringLiteral("tst_metadatamodels")); }

    void objectListShowsLabelNameAndCustomMarker()
    {
        ObjectListModel model;
        QAbstractItemModelTester tester(&model);
        ObjectSummary account {QStringLiteral("Account"), QStringLiteral("Account"), {}, {}, false};
        ObjectSummary custom {QStringLiteral("Invoice__c"), QStringLiteral("Invoice"), {}, {}, true};
        model.setObjects({account, custom});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ObjectListModel::LabelColumn).data().toString(), QStringLiteral("Invoice"));
        QCOMPARE(model.index(1, ObjectListModel::NameColumn).data().toString(), QStringLiteral("Invoice__c"));
        QCOMPARE(model.index(1, ObjectListModel::CustomColumn).data().toString(), QStringLiteral("Custom"));
        QCOMPARE(model.index(0, ObjectListModel::CustomColumn).data().toString(), QString());
        QCOMPARE(model.rowOf(QStringLiteral("invoice__C")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("Nope")), -1);
    }

    void objectFilterMatchesLabelOrApiNameAcrossThousandObjects()
    {
        QList<ObjectSummary> objects;
        for (int i = 0; i < 1200; ++i) {
            ObjectSummary object;
            object.name = QStringLiteral("Obj%1__c").arg(i, 4, 10, QLatin1Char('0'));
            object.label = QStringLiteral("Object number %1").arg(i);
            object.custom = true;
            objects.append(object);
        }
        objects.append(ObjectSummary {QStringLiteral("Contact"), QStringLiteral("Contact"), {}, {}, false});
        ObjectListModel model;
        model.setObjects(objects);
        SearchFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy);
        proxy.setSourceModel(&model);
        proxy.setSearchColumns({ObjectListModel::LabelColumn, ObjectListModel::NameColumn});
        QCOMPARE(proxy.rowCount(), 1201);
        proxy.setSearchText(QStringLiteral("CONT"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, ObjectListModel::NameColumn).data().toString(), QStringLiteral("Contact"));
        // Every word must occur; words may hit different columns.
        proxy.setSearchText(QStringLiteral("number obj0042"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, ObjectListModel::NameColumn).data().toString(), QStringLiteral("Obj0042__c"));
        proxy.setSearchText(QStringLiteral("  "));
        QCOMPARE(proxy.rowCount(), 1201);
    }

    void fieldTableShowsEveryPropertyTheBriefNames()
    {
        FieldInfo email;
        email.name = QStringLiteral("Email");
        email.label = QStringLiteral("Email");
        email.type = QStringLiteral("email");
        email.length = 80;
        email.createable = email.updateable = email.filterable = email.idLookup = email.nillable = true;
        FieldInfo description;
        description.name = QStringLiteral("Description");
        description.label = QStringLiteral("Description");
        description.type = QStringLiteral("textarea");
        description.length = 32000;
        description.createable = description.updateable = description.nillable = true;
        FieldInfo lastName;
        lastName.name = QStringLiteral("LastName");
        lastName.label = QStringLiteral("Last Name");
        lastName.type = QStringLiteral("string");
        lastName.length = 80;
        lastName.createable = lastName.updateable = lastName.filterable = true;
        FieldInfo legacy;
        legacy.name = QStringLiteral("Legacy_Id__c");
        legacy.label = QStringLiteral("Legacy Id");
        legacy.type = QStringLiteral("string");
        legacy.externalId = legacy.unique = legacy.filterable = legacy.idLookup = legacy.nillable = true;
        FieldInfo account;
        account.name = QStringLiteral("AccountId");
        account.label = QStringLiteral("Account ID");
        account.type = QStringLiteral("reference");
        account.referenceTo = {QStringLiteral("Account")};

        FieldTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setFields({email, description, lastName, legacy, account});
        QCOMPARE(model.columnCount(), int(FieldTableModel::ColumnCount));
        const QString yes = QStringLiteral("\u2713");
        auto cell = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, FieldTableModel::TypeColumn), QStringLiteral("email"));
        QCOMPARE(cell(0, FieldTableModel::LengthColumn), QStringLiteral("80"));
        QCOMPARE(cell(0, FieldTableModel::FilterableColumn), yes);
        QCOMPARE(cell(0, FieldTableModel::IdLookupColumn), yes);
        QCOMPARE(cell(0, FieldTableModel::RequiredColumn), QString());
        QCOMPARE(cell(1, FieldTableModel::FilterableColumn), QString());
        QVERIFY(model.index(1, FieldTableModel::FilterableColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("cannot be used to find records")));
        QCOMPARE(cell(2, FieldTableModel::RequiredColumn), yes); // createable, not nillable, not defaulted
        QCOMPARE(cell(3, FieldTableModel::ExternalIdColumn), yes);
        QCOMPARE(cell(3, FieldTableModel::UniqueColumn), yes);
        QCOMPARE(cell(3, FieldTableModel::CreateableColumn), QString());
        QCOMPARE(cell(4, FieldTableModel::TypeColumn), QStringLiteral("reference(Account)"));
        QCOMPARE(model.headerData(FieldTableModel::FilterableColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Filterable"));
    }

    void fieldFilterAndSortWithEightHundredFields()
    {
        QList<FieldInfo> fields;
        for (int i = 0; i < 800; ++i) {
            FieldInfo field;
            field.name = QStringLiteral("Field_%1__c").arg(i, 3, 10, QLatin1Char('0'));
            field.label = QStringLiteral("Field %1").arg(i);
            field.type = i % 2 ? QStringLiteral("string") : QStringLiteral("double");
            field.length = i;
            field.filterable = i % 3 == 0;
            fields.append(field);
        }
        FieldTableModel model;
        model.setFields(fields);
        SearchFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy);
        proxy.setSourceModel(&model);
        proxy.setSortRole(FieldTableModel::SortRole);
        proxy.setSearchColumns(
            {FieldTableModel::LabelColumn, FieldTableModel::NameColumn, FieldTableModel::TypeColumn});
        proxy.setSearchText(QStringLiteral("field_79"));
        QCOMPARE(proxy.rowCount(), 10); // Field_790__c .. Field_799__c
        proxy.setSearchText(QStringLiteral("double field_79"));
        QCOMPARE(proxy.rowCount(), 5); // the even ones: 790, 792, ..., 798
        proxy.setSearchText(QString());
        // Numeric sort on length, not text order ("10" after "9").
        proxy.sort(FieldTableModel::LengthColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, FieldTableModel::NameColumn).data().toString(),
                 QStringLiteral("Field_799__c"));
        proxy.sort(FieldTableModel::FilterableColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, FieldTableModel::FilterableColumn).data().toString(),
                 QStringLiteral("\u2713"));
        QCOMPARE(proxy.index(799, FieldTableModel::FilterableColumn).data().toString(), QString());
    }
};

QTEST_MAIN(tst_MetadataModels)
#include "tst_metadatamodels.moc"
