#include "app/embeddedorg/localorgembedding.h"
#include "core/salesforce/orgsession.h"
#include "localorg/data/recordstore.h"
#include "localorg/localorg.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"
#include "tests/testsupport/widgetlookup.h"
#include "ui/actioneditor.h"
#include "ui/dataloaderimportdialog.h"
#include "ui/filedialogs.h"
#include "ui/jobdocument.h"
#include "ui/jobeditor.h"
#include "ui/mainwindow.h"
#include "ui/mappingmodel.h"
#include "ui/matcherpicker.h"
#include "ui/messageboxes.h"
#include "ui/metadatabrowser.h"
#include "ui/previewview.h"
#include "ui/rowresultmodel.h"
#include "ui/runview.h"
#include "ui/urlopener.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace sfsync;

// The desktop app driven through its widgets (found by objectName), offscreen, against the in-process
// local org its own "Open local org" starts. Modal boxes and file choosers are answered through seams.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<test::ScratchDir> m_dir;

    template<class T>
    T *child(const QString &name) const
    {
        return test::child<T>(m_window.get(), name);
    }
    QAction *action(const QString &name) const { return child<QAction>(name); }
    // The local org the window's session runs on (null while it is on another org or none).
    localorg::LocalOrg *localOrg() const
    {
        auto *embedded = static_cast<LocalOrgEmbedding *>(m_window->session()->embeddedOrg());
        return embedded ? &embedded->org() : nullptr;
    }
    localorg::RecordStore &records() const { return localOrg()->records(); }

    bool connectLocalOrg()
    {
        QTest::mouseClick(child<QPushButton>(QStringLiteral("openLocalOrgButton")), Qt::LeftButton);
        return m_window->session()->isConnected() && localOrg();
    }

    QString createContact(const QString &lastName, const QString &email)
    {
        const localorg::WriteResult result = records().create(
            QStringLiteral("Contact"),
            QJsonObject {{QStringLiteral("LastName"), lastName}, {QStringLiteral("Email"), email}});
        return result.ok() ? result.id : QString();
    }

    // Upsert Contact by Email (OR), writing LastName and Email, from `csv` saved beside the job.
    void loadUpsertJob(const QString &csvPath)
    {
        JobConfig config;
        config.name = QStringLiteral("GUI test job");
        config.source.path = csvPath;
        Action action;
        action.name = QStringLiteral("Upsert contacts");
        action.object = QStringLiteral("Contact");
        action.operation = Action::Operation::Upsert;
        action.matchers = {Matcher {QStringLiteral("Email"), QStringLiteral("email"), {}, false}};
        action.fields = {
            FieldMapping {QStringLiteral("LastName"), QStringLiteral("last_name"), {}, false, false},
            FieldMapping {QStringLiteral("Email"), QStringLiteral("email"), {}, false, false}};
        config.actions = {action};
        m_window->document()->reset(config, QString());
    }

    const RowResult *resultForRow(const RowResultModel *model, qint64 row) const
    {
        for (const RowResult &result : model->results()) {
            if (result.row == row)
                return &result;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateEnvironment(QStringLiteral("tst_mainwindow"));
        installLocalOrgEmbedding();
        MessageBoxes::setTestMode(true);
    }

    void init()
    {
        MessageBoxes::resetCounters();
        m_dir = std::make_unique<test::ScratchDir>();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
    }

    void cleanup()
    {
        UrlOpener::setHandler({});
        // Nothing left to ask about: the window must close without a prompt.
        m_window->document()->reset(JobConfig {}, QString());
        m_window.reset();
    }

    void emptyStateBeforeConnecting()
    {
        QCOMPARE(child<QLabel>(QStringLiteral("currentOrg"))->text(),
                 QStringLiteral("Sign in or open the local org to start."));
        m_window->showPage(MainWindow::ObjectsTab);
        QVERIFY(child<QLabel>(QStringLiteral("metadataEmptyState"))->isVisibleTo(m_window.get()));
        QVERIFY(!action(QStringLiteral("actionPreview"))->isEnabled());
        QVERIFY(!action(QStringLiteral("actionRun"))->isEnabled());
        QCOMPARE(child<QLabel>(QStringLiteral("sessionOrg"))->text(), QStringLiteral("Not connected"));
    }

    void browseAndFilterObjectsAndFields()
    {
        QVERIFY(connectLocalOrg());
        QCOMPARE(m_window->currentPage(), MainWindow::ObjectsTab);
        QCOMPARE(child<QLabel>(QStringLiteral("sessionOrg"))->text(),
                 QStringLiteral("Local org (offline demo)"));
        QCOMPARE(child<QLabel>(QStringLiteral("sessionUser"))->text(), localOrg()->username());

        auto *objects = child<QTableView>(QStringLiteral("objectList"));
        QTRY_VERIFY(objects->model()->rowCount() > 5);
        const int allObjects = objects->model()->rowCount();
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("objectSearch")), QStringLiteral("CONTAC"));
        QVERIFY(objects->model()->rowCount() < allObjects);
        QVERIFY(objects->model()->rowCount() >= 1);
        int contactRow = -1;
        for (int row = 0; row < objects->model()->rowCount(); ++row) {
            const QString label = objects->model()->index(row, 0).data().toString();
            const QString name = objects->model()->index(row, 1).data().toString();
            QVERIFY2(QString(label + name).contains(QStringLiteral("contac"), Qt::CaseInsensitive),
                     qPrintable(name));
            if (name == QLatin1String("Contact"))
                contactRow = row;
        }
        QVERIFY(contactRow >= 0);
        objects->setCurrentIndex(objects->model()->index(contactRow, 0));

        auto *fields = child<QTableView>(QStringLiteral("fieldTable"));
        QTRY_VERIFY(fields->model()->rowCount() > 20);
        QCOMPARE(child<QLabel>(QStringLiteral("objectTitle"))->text(), QStringLiteral("Contact (Contact)"));
        QTest::keyClicks(child<QLineEdit>(QStringLiteral("fieldSearch")), QStringLiteral("email"));
        QVERIFY(fields->model()->rowCount() >= 1);
        bool sawEmail = false;
        for (int row = 0; row < fields->model()->rowCount(); ++row) {
            const QString text = fields->model()->index(row, 0).data().toString()
                + fields->model()->index(row, 1).data().toString()
                + fields->model()->index(row, 2).data().toString();
            QVERIFY(text.contains(QStringLiteral("email"), Qt::CaseInsensitive));
            if (fields->model()->index(row, 1).data().toString() == QLatin1String("Email")) {
                sawEmail = true;
                QCOMPARE(fields->model()->index(row, 10).data().toString(),
                         QStringLiteral("\u2713")); // filterable
                QCOMPARE(fields->model()->index(row, 2).data().toString(), QStringLiteral("email"));
            }
        }
        QVERIFY(sawEmail);
        // Sorting by a column works through the view's header.
        fields->sortByColumn(1, Qt::DescendingOrder);
        QVERIFY(fields->model()->index(0, 1).data().toString()
                >= fields->model()->index(1, 1).data().toString());
        // API usage comes from Sforce-Limit-Info.
        QTRY_VERIFY(child<QLabel>(QStringLiteral("sessionApiUsage"))->text().contains(QStringLiteral(" / ")));
    }

    void buildUpsertWithOrMatcherByDrivingTheWidgets()
    {
        QVERIFY(connectLocalOrg());
        const QString csv = m_dir->write(QStringLiteral("people.csv"),
                                         "email,legacy_id,last_name,first_name\nann@gui.test,L-1,Ant,Ann\n");
        action(QStringLiteral("actionNew"))->trigger();
        QCOMPARE(m_window->currentPage(), MainWindow::JobTab);
        FileDialogs::setNextFileName(csv);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("browseSource")), Qt::LeftButton);
        QTRY_COMPARE(m_window->jobEditor()->sourcePreview().header,
                     (QStringList {QStringLiteral("email"), QStringLiteral("legacy_id"),
                                   QStringLiteral("last_name"), QStringLiteral("first_name")}));

        auto *object = child<QComboBox>(QStringLiteral("actionObject"));
        object->lineEdit()->clear();
        QTest::keyClicks(object->lineEdit(), QStringLiteral("Contact"));
        QTest::keyClick(object->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(m_window->document()->config().actions.at(0).object, QStringLiteral("Contact"));

        auto *operation = child<QComboBox>(QStringLiteral("actionOperation"));
        const int upsert = operation->findData(int(Action::Operation::Upsert));
        operation->setCurrentIndex(upsert);
        Q_EMIT operation->activated(upsert);
        QCOMPARE(m_window->document()->config().actions.at(0).operation, Action::Operation::Upsert);

        auto *picker = child<MatcherPicker>(QStringLiteral("matcherFieldPicker"));
        QTRY_VERIFY(picker->count() > 10);
        auto *column = child<QComboBox>(QStringLiteral("matcherColumnPicker"));
        auto *add = child<QPushButton>(QStringLiteral("addMatcher"));
        picker->setCurrentIndex(picker->indexOfField(QStringLiteral("Email")));
        column->setCurrentIndex(column->findText(QStringLiteral("email")));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        picker->setCurrentIndex(picker->indexOfField(QStringLiteral("Legacy_Id__c")));
        column->setCurrentIndex(column->findText(QStringLiteral("legacy_id")));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(child<QListWidget>(QStringLiteral("matcherList"))->count(), 2);

        QTest::mouseClick(child<QRadioButton>(QStringLiteral("operatorAnd")), Qt::LeftButton);
        QCOMPARE(m_window->document()->config().actions.at(0).matcherOperator, Action::MatcherOperator::And);
        QTest::mouseClick(child<QRadioButton>(QStringLiteral("operatorOr")), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("autoMap")), Qt::LeftButton);

        const Action built = m_window->document()->config().actions.at(0);
        QCOMPARE(built.matcherOperator, Action::MatcherOperator::Or);
        QCOMPARE(built.matchers.size(), 2);
        QCOMPARE(built.matchers.at(0),
                 (Matcher {QStringLiteral("Email"), QStringLiteral("email"), {}, false}));
        QCOMPARE(built.matchers.at(1),
                 (Matcher {QStringLiteral("Legacy_Id__c"), QStringLiteral("legacy_id"), {}, false}));
        QStringList mapped;
        for (const FieldMapping &field : built.fields)
            mapped.append(field.field + QLatin1Char('=') + field.column);
        mapped.sort();
        QCOMPARE(
            mapped,
            (QStringList {QStringLiteral("Email=email"), QStringLiteral("FirstName=first_name"),
                          QStringLiteral("LastName=last_name"), QStringLiteral("Legacy_Id__c=legacy_id")}));
        QTRY_VERIFY(m_window->jobEditor()->isReady());
        QCOMPARE(m_window->jobEditor()->issues(), ConfigIssues {});

        // Undo takes back the auto-map as one step; redo brings it again.
        action(QStringLiteral("actionUndo"))->trigger();
        QVERIFY(m_window->document()->config().actions.at(0).fields.isEmpty());
        action(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(m_window->document()->config().actions.at(0).fields.size(), 4);

        // Saved as the contract's JSON.
        const QString jobPath = m_dir->filePath(QStringLiteral("built.json"));
        FileDialogs::setNextFileName(jobPath);
        action(QStringLiteral("actionSaveAs"))->trigger();
        QVERIFY(!m_window->document()->isModified());
        QFile file(jobPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject saved = json.value(QStringLiteral("actions")).toArray().at(0).toObject();
        QCOMPARE(saved.value(QStringLiteral("operation")).toString(), QStringLiteral("upsert"));
        QCOMPARE(saved.value(QStringLiteral("matchers")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("source")).toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("people.csv")); // relative to the job file
    }

    // The mapping offers each reference's parent keys ("Account › Legacy Id" under Account ID); auto-map
    // takes Data Loader's "Account:Legacy_Id__c" column for it, and the job validates.
    void mappingOffersParentKeysAndAutoMapsThem()
    {
        QVERIFY(connectLocalOrg());
        const QString csv = m_dir->write(QStringLiteral("linked.csv"),
                                         "last_name,Account:Legacy_Id__c,ReportsTo.Email\nAnt,ACC-0001,\n");
        action(QStringLiteral("actionNew"))->trigger();
        FileDialogs::setNextFileName(csv);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("browseSource")), Qt::LeftButton);
        QTRY_COMPARE(m_window->jobEditor()->sourcePreview().header.size(), 3);
        auto *object = child<QComboBox>(QStringLiteral("actionObject"));
        object->lineEdit()->clear();
        QTest::keyClicks(object->lineEdit(), QStringLiteral("Contact"));
        QTest::keyClick(object->lineEdit(), Qt::Key_Return);
        auto *operation = child<QComboBox>(QStringLiteral("actionOperation"));
        const int create = operation->findData(int(Action::Operation::Create));
        operation->setCurrentIndex(create);
        Q_EMIT operation->activated(create);

        auto *table = child<QTableView>(QStringLiteral("mappingTable"));
        const auto rowNamed = [table](const QString &name) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (table->model()->index(row, MappingModel::NameColumn).data().toString() == name)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY(rowNamed(QStringLiteral("Account.Legacy_Id__c")) >= 0);
        const int accountKey = rowNamed(QStringLiteral("Account.Legacy_Id__c"));
        QCOMPARE(table->model()->index(accountKey, MappingModel::FieldColumn).data().toString(),
                 QStringLiteral("Account \u203a Legacy Id"));
        // Right under its reference field, and the self-reference's idLookup key too.
        QCOMPARE(table->model()->index(accountKey - 1, MappingModel::NameColumn).data().toString(),
                 QStringLiteral("AccountId"));
        QTRY_VERIFY(rowNamed(QStringLiteral("ReportsTo.Email")) >= 0);
        QCOMPARE(rowNamed(QStringLiteral("Account.Name")), -1); // not a key

        QTest::mouseClick(child<QPushButton>(QStringLiteral("autoMap")), Qt::LeftButton);
        QStringList mapped;
        for (const FieldMapping &field : m_window->document()->config().actions.at(0).fields)
            mapped.append(field.field + QLatin1Char('=') + field.column);
        mapped.sort();
        QCOMPARE(mapped,
                 (QStringList {QStringLiteral("Account.Legacy_Id__c=Account:Legacy_Id__c"),
                               QStringLiteral("LastName=last_name"),
                               QStringLiteral("ReportsTo.Email=ReportsTo.Email")}));
        QTRY_VERIFY(m_window->jobEditor()->isReady());
        QTRY_COMPARE(m_window->jobEditor()->issues(), ConfigIssues {});
    }

    void matcherPickerRefusesANonFilterableField()
    {
        QVERIFY(connectLocalOrg());
        JobConfig config;
        Action upsert;
        upsert.object = QStringLiteral("Contact");
        config.actions = {upsert};
        m_window->document()->reset(config, QString());
        m_window->showPage(MainWindow::JobTab);
        auto *picker = child<MatcherPicker>(QStringLiteral("matcherFieldPicker"));
        QTRY_VERIFY(picker->count() > 10);

        const int description = picker->indexOfField(QStringLiteral("Description"));
        QVERIFY(description >= 0);
        auto *model = qobject_cast<QStandardItemModel *>(picker->model());
        QVERIFY(model);
        QVERIFY(!(model->item(description)->flags() & Qt::ItemIsEnabled));
        QVERIFY(model->item(description)->toolTip().contains(QStringLiteral("not filterable")));
        // Filterable ones are offered.
        QVERIFY(model->item(picker->indexOfField(QStringLiteral("Email")))->flags() & Qt::ItemIsEnabled);

        // Even when selected from code, it is refused with the reason.
        picker->setCurrentIndex(description);
        QCOMPARE(picker->currentField(), QString());
        auto *add = child<QPushButton>(QStringLiteral("addMatcher"));
        QVERIFY(!add->isEnabled());
        QVERIFY(
            child<QLabel>(QStringLiteral("matcherHint"))->text().contains(QStringLiteral("not filterable")));
        child<QLineEdit>(QStringLiteral("matcherConstant"))->setText(QStringLiteral("x"));
        QVERIFY(!add->isEnabled());
        QMetaObject::invokeMethod(add, "click");
        QVERIFY(m_window->document()->config().actions.at(0).matchers.isEmpty());
    }

    void previewShowsPlansMatchesAndChanges()
    {
        QVERIFY(connectLocalOrg());
        const QString alpha = createContact(QStringLiteral("Alpha"), QStringLiteral("alpha@gui.test"));
        const QString dup1 = createContact(QStringLiteral("Dup"), QStringLiteral("dup@gui.test"));
        const QString dup2 = createContact(QStringLiteral("Dup"), QStringLiteral("DUP@gui.test"));
        QVERIFY(!alpha.isEmpty() && !dup1.isEmpty() && !dup2.isEmpty());
        const int contactsBefore = records().count(QStringLiteral("Contact"));
        loadUpsertJob(m_dir->write(QStringLiteral("preview.csv"),
                                   "email,last_name\n"
                                   "newbie@gui.test,Newman\n"
                                   "ALPHA@gui.test,Alpha Two\n"
                                   "dup@gui.test,Dup\n"
                                   ",Nobody\n"));
        QTRY_VERIFY(m_window->jobEditor()->isReady());
        QSignalSpy finished(m_window->previewView(), &PreviewView::finished);
        action(QStringLiteral("actionPreview"))->trigger();
        QCOMPARE(m_window->currentPage(), MainWindow::PreviewTab);
        QVERIFY(finished.wait(20000));

        const RowResultModel *model = m_window->previewView()->model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(resultForRow(model, 1)->plan, RowPlan::Create);
        const RowResult *update = resultForRow(model, 2);
        QCOMPARE(update->plan, RowPlan::Update);
        QCOMPARE(update->matches, QStringList {alpha});
        bool sawLastName = false;
        for (const FieldChange &change : update->changes) {
            if (change.field == QLatin1String("LastName")) {
                sawLastName = true;
                QCOMPARE(change.oldValue, QStringLiteral("Alpha"));
                QCOMPARE(change.newValue, QStringLiteral("Alpha Two"));
                QVERIFY(!change.unchanged);
            }
        }
        QVERIFY(sawLastName);
        const RowResult *ambiguous = resultForRow(model, 3);
        QCOMPARE(ambiguous->plan, RowPlan::Ambiguous);
        QStringList matches = ambiguous->matches;
        matches.sort();
        QStringList expected = {dup1, dup2};
        expected.sort();
        QCOMPARE(matches, expected);
        QCOMPARE(resultForRow(model, 4)->plan, RowPlan::Invalid);

        // Counts at the top; the filter; the ambiguous row's matched records in the details.
        const QString counts = child<QLabel>(QStringLiteral("previewCounts"))->text();
        QVERIFY2(counts.contains(QStringLiteral("<b>1</b> Create")), qPrintable(counts));
        QVERIFY(counts.contains(QStringLiteral("1</b> Ambiguous")));
        auto *filter = child<QComboBox>(QStringLiteral("previewFilter"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("ambiguous")));
        auto *table = child<QTableView>(QStringLiteral("previewTable"));
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        const QString details = child<QLabel>(QStringLiteral("previewMatches"))->text();
        QVERIFY(details.contains(dup1) && details.contains(dup2));
        filter->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), 4);

        // Nothing was written.
        QCOMPARE(records().count(QStringLiteral("Contact")), contactsBefore);
        QCOMPARE(records().record(alpha)->value(QStringLiteral("LastName")).toString(),
                 QStringLiteral("Alpha"));
    }

    void runResultsMatchTheOrgAndFailedRowsCanBeRerun()
    {
        QVERIFY(connectLocalOrg());
        const QString alpha = createContact(QStringLiteral("Alpha"), QStringLiteral("alpha2@gui.test"));
        const QString dup1 = createContact(QStringLiteral("Dup"), QStringLiteral("dup2@gui.test"));
        const QString dup2 = createContact(QStringLiteral("Dup"), QStringLiteral("dup2@gui.test"));
        loadUpsertJob(m_dir->write(QStringLiteral("run.csv"),
                                   "email,last_name\n"
                                   "fresh@gui.test,Fresh\n"
                                   "alpha2@gui.test,Alpha Two\n"
                                   "dup2@gui.test,Dup Two\n"));
        QTRY_VERIFY(m_window->jobEditor()->isReady());
        QSignalSpy finished(m_window->runView(), &RunView::finished);
        MessageBoxes::setNextAnswer(QMessageBox::Yes); // "1 row is ambiguous: write the others?"
        action(QStringLiteral("actionRun"))->trigger();
        QCOMPARE(m_window->currentPage(), MainWindow::RunTab);
        QVERIFY(finished.wait(20000));

        const RowResultModel *model = m_window->runView()->model();
        QCOMPARE(model->rowCount(), 3);
        const RowResult *created = resultForRow(model, 1);
        QCOMPARE(created->outcome, RowOutcome::Created);
        QCOMPARE(created->status, 201);
        const std::optional<QJsonObject> fresh = records().record(created->id);
        QVERIFY(fresh);
        QCOMPARE(fresh->value(QStringLiteral("LastName")).toString(), QStringLiteral("Fresh"));
        QCOMPARE(fresh->value(QStringLiteral("Email")).toString(), QStringLiteral("fresh@gui.test"));
        const RowResult *updated = resultForRow(model, 2);
        QCOMPARE(updated->outcome, RowOutcome::Updated);
        QCOMPARE(updated->id, alpha);
        QCOMPARE(records().record(alpha)->value(QStringLiteral("LastName")).toString(),
                 QStringLiteral("Alpha Two"));
        QCOMPARE(resultForRow(model, 3)->outcome, RowOutcome::Ambiguous);
        QCOMPARE(records().record(dup1)->value(QStringLiteral("LastName")).toString(), QStringLiteral("Dup"));

        // The result files can be saved.
        const QString resultsPath = m_dir->filePath(QStringLiteral("saved-results.csv"));
        FileDialogs::setNextFileName(resultsPath);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveResults")), Qt::LeftButton);
        QFile results(resultsPath);
        QVERIFY(results.open(QIODevice::ReadOnly));
        QVERIFY(results.readLine().startsWith("row,action,outcome,status,id,error"));
        const QString errorsPath = m_dir->filePath(QStringLiteral("saved-errors.csv"));
        FileDialogs::setNextFileName(errorsPath);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveErrors")), Qt::LeftButton);
        QFile errors(errorsPath);
        QVERIFY(errors.open(QIODevice::ReadOnly));
        QCOMPARE(errors.readAll().count('\n'), 2); // header + the ambiguous row

        // The created record opens at its record URL.
        QUrl opened;
        UrlOpener::setHandler([&](const QUrl &url) {
            opened = url;
            return true;
        });
        auto *table = child<QTableView>(QStringLiteral("resultTable"));
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, RowResultModel::RId).data().toString() == created->id)
                table->selectRow(row);
        }
        QTest::mouseClick(child<QPushButton>(QStringLiteral("openRecord")), Qt::LeftButton);
        QCOMPARE(opened.path(), QLatin1Char('/') + created->id);
        QCOMPARE(opened.host(), localOrg()->baseUrl().host());

        // Fix the data, then re-run only the failed row: it now updates the one record left.
        QVERIFY(records().remove(QStringLiteral("Contact"), dup2).ok());
        const int contactsBefore = records().count(QStringLiteral("Contact"));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("rerunFailed")), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->resultAt(0).row, 3); // the original row number
        QCOMPARE(model->resultAt(0).outcome, RowOutcome::Updated);
        QCOMPARE(records().record(dup1)->value(QStringLiteral("LastName")).toString(),
                 QStringLiteral("Dup Two"));
        QCOMPARE(records().count(QStringLiteral("Contact")), contactsBefore);
    }

    void unchangedRowsShowInPreviewAndRun()
    {
        QVERIFY(connectLocalOrg());
        const QString same = createContact(QStringLiteral("Same"), QStringLiteral("same@gui.test"));
        const QString other = createContact(QStringLiteral("Other"), QStringLiteral("other@gui.test"));
        QVERIFY(!same.isEmpty() && !other.isEmpty());
        loadUpsertJob(m_dir->write(QStringLiteral("unchanged.csv"),
                                   "email,last_name\nsame@gui.test,Same\nother@gui.test,Changed\n"));
        QTRY_VERIFY(m_window->jobEditor()->isReady());

        QSignalSpy previewed(m_window->previewView(), &PreviewView::finished);
        action(QStringLiteral("actionPreview"))->trigger();
        QVERIFY(previewed.wait(20000));
        const RowResultModel *preview = m_window->previewView()->model();
        QCOMPARE(resultForRow(preview, 1)->plan, RowPlan::Unchanged);
        QCOMPARE(resultForRow(preview, 2)->plan, RowPlan::Update);
        const QString counts = child<QLabel>(QStringLiteral("previewCounts"))->text();
        QVERIFY2(counts.contains(QStringLiteral("<b>1</b> Unchanged")), qPrintable(counts));

        QSignalSpy finished(m_window->runView(), &RunView::finished);
        action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(finished.wait(20000));
        const RowResultModel *model = m_window->runView()->model();
        QCOMPARE(resultForRow(model, 1)->outcome, RowOutcome::Unchanged);
        QCOMPARE(resultForRow(model, 1)->id, same);
        QCOMPARE(resultForRow(model, 2)->outcome, RowOutcome::Updated);
        QCOMPARE(m_window->runView()->lastSummary().unchanged, 1);
        const QString summary = child<QLabel>(QStringLiteral("runSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("1 Unchanged")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 Updated")), qPrintable(summary));
        auto *filter = child<QComboBox>(QStringLiteral("resultFilter"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("unchanged")));
        QCOMPARE(child<QTableView>(QStringLiteral("resultTable"))->model()->rowCount(), 1);
        QCOMPARE(records().record(other)->value(QStringLiteral("LastName")).toString(),
                 QStringLiteral("Changed"));
        // Not a row to fix: nothing to re-run.
        QVERIFY(!child<QPushButton>(QStringLiteral("rerunFailed"))->isEnabled());

        // The action editor's check box turns it off: then every matched row is written.
        auto *skip = child<QCheckBox>(QStringLiteral("actionSkipUnchanged"));
        QVERIFY(skip->isChecked());
        QMetaObject::invokeMethod(skip, "click");
        QVERIFY(!m_window->document()->config().actions.at(0).skipUnchanged);
        QTRY_VERIFY(m_window->jobEditor()->isReady());
        action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(resultForRow(m_window->runView()->model(), 1)->outcome, RowOutcome::Updated);
        QCOMPARE(resultForRow(m_window->runView()->model(), 2)->outcome, RowOutcome::Updated);
    }

    void openingAnSdlMakesAnUnsavedJob()
    {
        const QString sdl = m_dir->write(QStringLiteral("contacts.sdl"),
                                         "# Data Loader mapping\nLEGACY=Legacy_Id__c\nLAST=LastName\n"
                                         "ACCOUNT=Account\\:Legacy_Id__c\n\"Web\"=LeadSource\nUNUSED=\n");
        bool asked = false;
        DataLoaderImportDialog::setTestAnswer([&asked](DataLoaderImportDialog *dialog) {
            asked = true;
            test::child<QLineEdit>(dialog, QStringLiteral("dataLoaderObject"))
                ->setText(QStringLiteral("Contact"));
            auto *operation = test::child<QComboBox>(dialog, QStringLiteral("dataLoaderOperation"));
            operation->setCurrentIndex(operation->findData(QStringLiteral("upsert")));
            test::child<QLineEdit>(dialog, QStringLiteral("dataLoaderExternalId"))
                ->setText(QStringLiteral("Legacy_Id__c"));
            return true;
        });
        FileDialogs::setNextFileName(sdl);
        action(QStringLiteral("actionOpen"))->trigger();
        QVERIFY(asked);
        QCOMPARE(m_window->currentPage(), MainWindow::JobTab);
        QVERIFY(m_window->document()->filePath().isEmpty()); // unsaved: never written over the .sdl
        const JobConfig config = m_window->document()->config();
        QCOMPARE(config.actions.size(), 1);
        const Action &a = config.actions.first();
        QCOMPARE(a.object, QStringLiteral("Contact"));
        QCOMPARE(a.operation, Action::Operation::Upsert);
        QCOMPARE(a.matchers.first().field, QStringLiteral("Legacy_Id__c"));
        QCOMPARE(a.matchers.first().column, QStringLiteral("LEGACY"));
        QCOMPARE(a.fields.at(2).field, QStringLiteral("Account.Legacy_Id__c"));
        QCOMPARE(a.fields.at(3).value, QStringLiteral("Web"));
        // What was not carried over is shown.
        QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("contacts.sdl line 6")),
                 qPrintable(MessageBoxes::lastText()));

        // Cancelled: nothing changes.
        m_window->document()->reset(JobConfig {}, QString());
        DataLoaderImportDialog::setTestAnswer([](DataLoaderImportDialog *) { return false; });
        FileDialogs::setNextFileName(sdl);
        action(QStringLiteral("actionOpen"))->trigger();
        QVERIFY(m_window->document()->config().actions.isEmpty());
    }

    void hardDeleteAsksWithTheCountDefaultNo()
    {
        QVERIFY(connectLocalOrg());
        const QString one = createContact(QStringLiteral("One"), QStringLiteral("one@hard.test"));
        const QString two = createContact(QStringLiteral("Two"), QStringLiteral("two@hard.test"));
        QVERIFY(!one.isEmpty() && !two.isEmpty());
        JobConfig config;
        config.name = QStringLiteral("Erase");
        config.source.path = m_dir->write(QStringLiteral("erase.csv"),
                                          "email\none@hard.test\ntwo@hard.test\nnobody@hard.test\n");
        Action action;
        action.object = QStringLiteral("Contact");
        action.operation = Action::Operation::HardDelete;
        action.matchers = {Matcher {QStringLiteral("Email"), QStringLiteral("email"), {}, false}};
        config.actions = {action};
        m_window->document()->reset(config, QString());
        QTRY_VERIFY(m_window->jobEditor()->isReady());
        auto *operation = child<QComboBox>(QStringLiteral("actionOperation"));
        QCOMPARE(operation->currentData().toInt(), int(Action::Operation::HardDelete));
        const int contacts = records().count(QStringLiteral("Contact"), true);

        // No preview yet: the source's rows are the most that can go. The default answer is No.
        this->action(QStringLiteral("actionRun"))->trigger();
        QCOMPARE(MessageBoxes::lastObjectName(), QStringLiteral("confirmHardDelete"));
        QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("Up to 3 Contact record")),
                 qPrintable(MessageBoxes::lastText()));
        QVERIFY(m_window->currentPage() != MainWindow::RunTab);
        QVERIFY(!m_window->runView()->isRunning());
        MessageBoxes::setNextAnswer(QMessageBox::No);
        this->action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(!m_window->runView()->isRunning());
        QCOMPARE(records().count(QStringLiteral("Contact"), true), contacts);

        // After a preview of this very job: the rows it matched; the preview says what becomes of them.
        QSignalSpy previewed(m_window->previewView(), &PreviewView::finished);
        this->action(QStringLiteral("actionPreview"))->trigger();
        QVERIFY(previewed.wait(20000));
        auto *table = child<QTableView>(QStringLiteral("previewTable"));
        table->selectRow(0);
        QVERIFY2(child<QLabel>(QStringLiteral("previewMatches"))
                     ->text()
                     .contains(QStringLiteral("erased for good")),
                 qPrintable(child<QLabel>(QStringLiteral("previewMatches"))->text()));
        QSignalSpy finished(m_window->runView(), &RunView::finished);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        this->action(QStringLiteral("actionRun"))->trigger();
        QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("matched 2 Contact record")),
                 qPrintable(MessageBoxes::lastText()));
        QVERIFY(finished.wait(20000));
        QCOMPARE(resultForRow(m_window->runView()->model(), 1)->outcome, RowOutcome::Deleted);
        QCOMPARE(resultForRow(m_window->runView()->model(), 3)->outcome, RowOutcome::NotFound);
        QVERIFY(!records().record(one).has_value());
        QVERIFY(!records().record(two).has_value());
        QCOMPARE(records().count(QStringLiteral("Contact"), true), contacts - 2);
    }

    void cancelStopsTheRunAndAccountsForEveryRow()
    {
        QVERIFY(connectLocalOrg());
        QByteArray csv = "email,last_name\n";
        const int rows = 3000;
        for (int i = 0; i < rows; ++i)
            csv += "bulk" + QByteArray::number(i) + "@cancel.test,Bulk " + QByteArray::number(i) + "\n";
        loadUpsertJob(m_dir->write(QStringLiteral("cancel.csv"), csv));
        // sObject Collections: calls of 200 rows (five to a Composite call), one call in flight, so a cancel
        // lands between calls.
        JobConfig config = m_window->document()->config();
        config.actions[0].bulk = Action::BulkMode::Off;
        config.options.concurrency = 1;
        m_window->document()->reset(config, QString());
        localOrg()->setLatency(40);
        const int contactsBefore = records().count(QStringLiteral("Contact"));
        QTRY_VERIFY(m_window->jobEditor()->isReady());
        QSignalSpy finished(m_window->runView(), &RunView::finished);
        action(QStringLiteral("actionRun"))->trigger();
        auto *cancel = child<QPushButton>(QStringLiteral("cancelRun"));
        QVERIFY(cancel->isEnabled());
        // Cancel as soon as writes are under way (the first rows have results): the rest are still queued.
        QMetaObject::Connection firstResults =
            connect(m_window->runView()->model(), &QAbstractItemModel::rowsInserted, cancel, [cancel] {
                if (cancel->isEnabled())
                    QTest::mouseClick(cancel, Qt::LeftButton);
            });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        disconnect(firstResults);
        const SyncSummary summary = m_window->runView()->lastSummary();
        QVERIFY2(summary.cancelled, qPrintable(QString::fromUtf8(QJsonDocument(summary.toJson()).toJson())));
        const RowResultModel *model = m_window->runView()->model();
        QCOMPARE(model->rowCount(), rows); // every row accounted for
        const QHash<QString, qint64> counts = model->counts();
        QVERIFY(counts.value(QStringLiteral("skipped")) > 0);
        QCOMPARE(counts.value(QStringLiteral("created")) + counts.value(QStringLiteral("skipped")),
                 qint64(rows));
        // What the results say was created is exactly what the org holds.
        QCOMPARE(records().count(QStringLiteral("Contact")) - contactsBefore,
                 int(counts.value(QStringLiteral("created"))));
        QVERIFY(!cancel->isEnabled());
        QVERIFY(action(QStringLiteral("actionRun"))->isEnabled());
    }

    void exportImportRoundTripWithoutSecrets()
    {
        QVERIFY(connectLocalOrg());
        JobConfig config;
        config.name = QStringLiteral("Round trip");
        config.source.path = m_dir->write(QStringLiteral("rt.csv"), "email,last_name\n");
        Action upsert;
        upsert.name = QStringLiteral("Contacts");
        upsert.object = QStringLiteral("Contact");
        upsert.matchers = {Matcher {QStringLiteral("Email"), QStringLiteral("email"), {}, false}};
        upsert.matcherOperator = Action::MatcherOperator::And;
        upsert.fields = {
            FieldMapping {QStringLiteral("LastName"), QStringLiteral("last_name"), {}, false, false},
            FieldMapping {QStringLiteral("LeadSource"), {}, QStringLiteral("Web"), true, false}};
        Action update;
        update.object = QStringLiteral("Lead");
        update.operation = Action::Operation::Update;
        update.matchers = {Matcher {QStringLiteral("Email"), QStringLiteral("email"), {}, false}};
        update.fields = {FieldMapping {QStringLiteral("Description"), {}, {}, true, true}};
        config.actions = {upsert, update};
        m_window->document()->reset(config, QString());

        const QString exported = m_dir->filePath(QStringLiteral("export.json"));
        QVERIFY(m_window->exportConfig(exported));
        QVERIFY(!m_window->document()->isModified()); // export is a copy
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString token = localOrg()->accessToken();
        QVERIFY(!bytes.contains(token.toUtf8()));
        QVERIFY(!bytes.contains("token"));
        QVERIFY(!bytes.contains(m_window->session()->instanceUrl().toString().toUtf8()));

        m_window->document()->newJob();
        QVERIFY(m_window->importConfig(exported));
        JobConfig imported = m_window->document()->config();
        QVERIFY(m_window->document()->isModified()); // an import is a new, unsaved job
        QCOMPARE(m_window->document()->filePath(), QString());
        imported.baseDir = config.baseDir;
        QCOMPARE(imported.source.path, config.source.path);
        QCOMPARE(imported.actions, config.actions);
        QCOMPARE(imported.name, config.name);
    }

    void unsavedChangesAreNeverLostSilently()
    {
        m_window->showPage(MainWindow::JobTab);
        auto *name = child<QLineEdit>(QStringLiteral("jobName"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Precious work"));
        QVERIFY(m_window->document()->isModified());

        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        action(QStringLiteral("actionNew"))->trigger();
        QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("unsaved changes")));
        QCOMPARE(m_window->document()->config().name, QStringLiteral("Precious work"));
        QVERIFY(m_window->document()->isModified());

        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());

        // Save goes through the save dialog; the file then holds the work.
        const QString path = m_dir->filePath(QStringLiteral("precious.json"));
        MessageBoxes::setNextAnswer(QMessageBox::Save);
        FileDialogs::setNextFileName(path);
        action(QStringLiteral("actionNew"))->trigger();
        QVERIFY(QFile::exists(path));
        QCOMPARE(m_window->document()->config().name, QStringLiteral("New job"));
        ConfigIssues issues;
        QCOMPARE(JobConfig::load(path, &issues).name, QStringLiteral("Precious work"));

        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Throw away"));
        const int asked = MessageBoxes::shownCount();
        MessageBoxes::setNextAnswer(QMessageBox::Discard);
        QVERIFY(m_window->close());
        QCOMPARE(MessageBoxes::shownCount(), asked + 1);
    }

    void copiesTheEquivalentRunCommand()
    {
        QVERIFY(connectLocalOrg());
        const QString path = m_dir->filePath(QStringLiteral("my job.json"));
        MessageBoxes::setNextAnswer(QMessageBox::Save);
        FileDialogs::setNextFileName(path);
        action(QStringLiteral("actionCopyCommand"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("sfsync-run run '%1' --local-org --out results").arg(path));
        QVERIFY(!QGuiApplication::clipboard()->text().contains(localOrg()->accessToken()));
    }

    void remembersTheWindowLayoutAndRecentJobs()
    {
        const QString path = m_dir->filePath(QStringLiteral("recent.json"));
        FileDialogs::setNextFileName(path);
        QVERIFY(m_window->saveConfigAs());
        auto *splitter = child<QSplitter>(QStringLiteral("metadataSplitter"));
        splitter->setSizes({123, 456});
        const QList<int> sizes = splitter->sizes();
        QVERIFY(m_window->close());
        QVERIFY(!QSettings().value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
        m_window = std::make_unique<MainWindow>();
        QCOMPARE(child<QSplitter>(QStringLiteral("metadataSplitter"))->sizes(), sizes);
        QCOMPARE(m_window->recentConfigs().value(0), path);
        QVERIFY(action(QStringLiteral("actionRecent1")));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
