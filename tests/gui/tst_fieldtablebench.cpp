#include "tests/testsupport/testenvironment.h"
#include "ui/fieldtablemodel.h"
#include "ui/searchfilterproxymodel.h"

#include <QHeaderView>
#include <QTableView>
#include <QtTest>

using namespace sfsync;

// How the field table behaves with a big object (800 fields): filling, filtering as the user types and
// sorting, through the real view. Measures only; asserts the results, never the time.
class tst_FieldTableBench : public QObject
{
    Q_OBJECT

private:
    QList<FieldInfo> m_fields;

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment(QStringLiteral("tst_fieldtablebench"));
        for (int i = 0; i < 800; ++i) {
            FieldInfo field;
            field.name = QStringLiteral("Custom_Field_%1__c").arg(i);
            field.label = QStringLiteral("Custom field %1").arg(i);
            field.type = i % 4 == 0 ? QStringLiteral("picklist") : QStringLiteral("string");
            field.length = 255;
            field.createable = field.updateable = true;
            field.filterable = i % 5 != 0;
            m_fields.append(field);
        }
    }

    void fillAndFilter()
    {
        FieldTableModel model;
        SearchFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(FieldTableModel::SortRole);
        proxy.setSearchColumns({FieldTableModel::LabelColumn, FieldTableModel::NameColumn});
        QTableView view;
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.resize(1000, 700);
        view.show();
        const QStringList typing = {QStringLiteral("c"), QStringLiteral("cu"), QStringLiteral("cus"),
                                    QStringLiteral("custom field 7"), QStringLiteral("custom field 79")};
        QBENCHMARK
        {
            model.setFields(m_fields);
            for (const QString &text : typing) {
                proxy.setSearchText(text);
                view.viewport()->repaint();
            }
            proxy.setSearchText(QString());
            view.sortByColumn(FieldTableModel::FilterableColumn, Qt::AscendingOrder);
            view.viewport()->repaint();
        }
        QCOMPARE(proxy.rowCount(), 800);
        // Every word must occur: "79" in 79, 179, ..., 779 and 790..799.
        proxy.setSearchText(QStringLiteral("custom field 79"));
        QCOMPARE(proxy.rowCount(), 18);
    }
};

QTEST_MAIN(tst_FieldTableBench)
#include "tst_fieldtablebench.moc"
