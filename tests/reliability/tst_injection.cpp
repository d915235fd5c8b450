#include "tests/testsupport/csvfiles.h"
#include "tests/testsupport/engineorg.h"
#include "tests/testsupport/jobconfigs.h"
#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testenvironment.h"

#include <QTest>

using namespace sfsync;
using namespace sfsync::test;

// Matcher values built to break out of a SOQL literal, sent through the whole engine (config -> typed
// literal -> batched lookup -> the local org's own parser and evaluator): each matches only the records whose
// field equals the value, so a row updates exactly its own record and nothing else changes.
class tst_Injection : public QObject
{
    Q_OBJECT

    ScratchDir m_dir;

    // Values whose records exist (each must be updated alone) ...
    static QStringList hostile()
    {
        return {
            QStringLiteral("x' OR LastName != '"),
            QStringLiteral("x' OR Name != '"),
            QStringLiteral("y') OR (LastName LIKE '%"),
            QStringLiteral("back\\"),
            QStringLiteral("back\\' OR LastName != '\\"),
            QStringLiteral("\\\\' OR LastName != '"),
            QStringLiteral("line\nbreak' OR LastName != '"),
            QStringLiteral("cr\rtab\t"),
            QStringLiteral("\u2018curly\u2019 \u02bcmodifier\u02bc \u2032prime\u2032 \uff07fullwidth"),
            QStringLiteral("\\u0027 OR LastName != \\u0027"),
            QStringLiteral("50%_off"),
            QStringLiteral("\"double\" quotes"),
            QStringLiteral("'"),
            QStringLiteral("O'Brien"),
        };
    }
    // ... records that must never change: what a broken literal would also match.
    static QStringList decoys()
    {
        return {QStringLiteral("x"),         QStringLiteral("y"),
                QStringLiteral("back"),      QStringLiteral("back\\\\"),
                QStringLiteral("line"),      QStringLiteral("linebreak"),
                QStringLiteral("curly"),     QStringLiteral("'curly' 'modifier' 'prime' 'fullwidth'"),
                QStringLiteral("50% off"),   QStringLiteral("50xxoff"),
                QStringLiteral("O\\'Brien"), QStringLiteral("double quotes"),
                QStringLiteral("u0027"),     QStringLiteral("''")};
    }
    // Rows whose value exists nowhere: with a working literal they find nothing.
    static QStringList unmatched()
    {
        return {QStringLiteral("zz' OR LastName != 'q"), QStringLiteral("zz\\' OR LastName != \\'q"),
                QStringLiteral("zz%")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateEnvironment(QStringLiteral("tst_injection"));
        QVERIFY(m_dir.isValid());
    }

    void hostileMatcherValuesMatchOnlyThemselves()
    {
        EngineOrg o;
        QVERIFY(o.start());
        QHash<QString, QString> idOf; // LastName -> Id
        for (const QString &name : hostile() + decoys()) {
            const auto r =
                o.records().create(QStringLiteral("Contact"),
                                   QJsonObject {{QStringLiteral("LastName"), name},
                                                {QStringLiteral("Title"), QStringLiteral("before")}});
            QVERIFY2(r.ok(), qPrintable(name));
            idOf.insert(name, r.id);
        }
        const int contacts = o.records().count(QStringLiteral("Contact"));

        QByteArray csv = "name,title\n";
        const QStringList values = hostile() + unmatched();
        for (int i = 0; i < values.size(); ++i)
            csv += csvLine({values.at(i), QStringLiteral("after %1").arg(i + 1)});
        const JobConfig config = oneAction(
            m_dir.write(QStringLiteral("hostile.csv"), csv), QStringLiteral("Contact"),
            Action::Operation::Update, {columnMatcher(QStringLiteral("LastName"), QStringLiteral("name"))},
            {columnField(QStringLiteral("Title"), QStringLiteral("title"))});
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        const SyncSummary s = runJob(job, &results);
        QCOMPARE(results.size(), values.size());

        for (int i = 0; i < values.size(); ++i) {
            const RowResult &r = results.at(i);
            const QString value = values.at(i);
            if (i < hostile().size()) {
                QVERIFY2(r.outcome == RowOutcome::Updated,
                         qPrintable(value + QStringLiteral(": ") + RowResult::outcomeName(r.outcome)
                                    + QLatin1Char(' ') + r.error));
                QCOMPARE(r.id, idOf.value(value));
                QCOMPARE(r.matches.size() <= 1, true);
            } else {
                QVERIFY2(r.outcome == RowOutcome::NotFound,
                         qPrintable(value + QStringLiteral(": ") + RowResult::outcomeName(r.outcome)));
            }
        }
        QCOMPARE(s.updated, hostile().size());
        QCOMPARE(s.notFound, unmatched().size());

        // Exactly the hostile-named records changed, each to its own row's value; decoys are untouched.
        QCOMPARE(o.records().count(QStringLiteral("Contact")), contacts);
        for (int i = 0; i < hostile().size(); ++i) {
            const auto record = o.records().record(idOf.value(hostile().at(i)));
            QVERIFY(record);
            QCOMPARE(record->value(QLatin1String("Title")).toString(), QStringLiteral("after %1").arg(i + 1));
            QCOMPARE(record->value(QLatin1String("LastName")).toString(), hostile().at(i));
        }
        for (const QString &decoy : decoys()) {
            const auto record = o.records().record(idOf.value(decoy));
            QVERIFY(record);
            QVERIFY2(record->value(QLatin1String("Title")).toString() == QLatin1String("before"),
                     qPrintable(decoy));
        }
    }

    void hostileIdValuesAreRejectedBeforeSending()
    {
        EngineOrg o;
        QVERIFY(o.start());
        const auto target = o.records().create(
            QStringLiteral("Contact"), QJsonObject {{QStringLiteral("LastName"), QStringLiteral("T")}});
        QVERIFY(target.ok());
        const QStringList ids = {QStringLiteral("003' OR Id != '"),
                                 target.id + QStringLiteral("' OR Id != '"),
                                 target.id.left(15) + QStringLiteral("\\"), QStringLiteral("' OR ''='")};
        QByteArray csv = "id,title\n";
        for (const QString &id : ids)
            csv += csvLine({id, QStringLiteral("changed")});
        const JobConfig config =
            oneAction(m_dir.write(QStringLiteral("ids.csv"), csv), QStringLiteral("Contact"),
                      Action::Operation::Update, {columnMatcher(QStringLiteral("Id"), QStringLiteral("id"))},
                      {columnField(QStringLiteral("Title"), QStringLiteral("title"))});
        SyncJob job(config, o.rest(), o.metadata.get());
        job.setJournalPath(QString());
        QList<RowResult> results;
        runJob(job, &results);
        QCOMPARE(results.size(), ids.size());
        for (const RowResult &r : std::as_const(results)) {
            QVERIFY2(r.outcome == RowOutcome::Invalid || r.outcome == RowOutcome::NotFound,
                     qPrintable(RowResult::outcomeName(r.outcome) + QLatin1Char(' ') + r.error));
            qInfo("id %s -> %s %d %s", qPrintable(r.cells.value(0)),
                  qPrintable(RowResult::outcomeName(r.outcome)), r.status, qPrintable(r.error));
        }
        QCOMPARE(o.records().record(target.id)->value(QLatin1String("Title")).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(tst_Injection)
#include "tst_injection.moc"
