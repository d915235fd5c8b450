#pragma once

#include "core/engine/fieldvalues.h"
#include "core/engine/matchrule.h"
#include "core/engine/rowresult.h"
#include "core/salesforce/metadata/objectdescribe.h"
#include "core/salesforce/sferror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <functional>

namespace sfsync {

class QuerySet;
class RestClient;

// Finds out from the org what became of writes whose answer was lost (a connection closed or reset after
// sending, no answer in time, an answer cut off, a bulk row without a result, a row a crashed run was
// sending), so that nothing is written twice and every row gets a true result. It reads, never writes:
//
//   update by Id   the record now holds every value written: updated; otherwise not written
//   delete by Id   the record is gone: deleted; otherwise not written
//   upsert         the records the row's matcher values find: one created by this user since the write
//                  went out is the row's (created); two such are a duplicate; none: not written (an older
//                  record found meanwhile becomes the one to update)
//   native upsert  the record with the external ID: holding the values written, created (if new since) or
//                  updated; several: ambiguous, as Salesforce would have answered
//   create         records created by this user since the write went out, not known to the run, matched to
//                  the rows on every value written; a row left over is not written unless a record left over
//                  shares one of its values (then unknown: say what to check, never send it again)
//
// "Not written" only means that nothing shows yet: a write still running on the server shows later, so the
// Executor sends a create again only once it has had time to finish (docs/robustness.md).
//
// One job per batch: start(), then finished() once; verdicts() then holds one verdict per suspect.
class ReadBack : public QObject
{
    Q_OBJECT
public:
    enum class Write { Create, Update, Delete, Upsert, NativeUpsert };

    // One row whose write may or may not have happened.
    struct Suspect
    {
        Write write = Write::Create;
        QString targetId; // update, delete
        FieldValues fields; // the values sent
        MatchRule::Values matcherValues; // upsert, native upsert
    };

    struct Verdict
    {
        enum class Kind {
            Written, // it happened: outcome, status and id are what the answer would have said
            NotWritten, // nothing shows it happened; retargetId: an upsert's record found meanwhile
            Ambiguous, // several records match the row now; nothing of this row's was written
            Duplicated, // the row's record exists more than once (ids)
            Unknown, // cannot be told apart: message says what to check; never send it again by itself
        };
        Kind kind = Kind::Unknown;
        RowOutcome outcome = RowOutcome::Failed;
        int status = 0;
        QString id;
        QString retargetId;
        QStringList ids;
        QString message;
    };

    struct Context
    {
        QPointer<RestClient> rest;
        ObjectDescribe object;
        MatchRule rule; // the action's (upsert, native upsert)
        QString userId; // the connected user, when known: "created by this user"
        QDateTime since; // the org's clock a little before the writes went out
        // Whether the run knows it created this record (an 18-character Id): such a record is no suspect's.
        std::function<bool(const QString &id)> isKnown;
        int timeoutMs = 0; // per query page, as the job's requests; 0: the client's default
    };

    ReadBack(Context context, QList<Suspect> suspects, QObject *parent = nullptr);
    ~ReadBack() override;

    void start();
    void cancel();

    [[nodiscard]] const QList<Verdict> &verdicts() const { return m_verdicts; }
    // The read-back itself failed (every verdict is then Unknown with this error's message).
    [[nodiscard]] SfError error() const { return m_error; }
    [[nodiscard]] int queries() const { return m_queries; }

Q_SIGNALS:
    void finished();

private:
    void queryById(const QList<int> &which);
    void queryByMatchers(const QList<int> &which);
    void queryCreated(const QList<int> &which);
    void run(const QList<LookupQuery> &queries, const QList<int> &which,
             void (ReadBack::*decide)(const QList<int> &, const QJsonArray &));
    void decideById(const QList<int> &which, const QJsonArray &records);
    void decideByMatchers(const QList<int> &which, const QJsonArray &records);
    void decideCreated(const QList<int> &which, const QJsonArray &records);
    void fail(const QList<int> &which, const SfError &error);
    void partDone();

    [[nodiscard]] bool holds(const QJsonObject &record, const FieldValues &fields) const;
    [[nodiscard]] bool sharesAValue(const QJsonObject &record, const FieldValues &fields) const;
    [[nodiscard]] bool createdSince(const QJsonObject &record) const;
    [[nodiscard]] QStringList selectFor(const QList<int> &which, bool created) const;
    [[nodiscard]] QString createdCondition() const;
    [[nodiscard]] QString uriPrefix() const;

    Context m_context;
    QList<Suspect> m_suspects;
    QList<Verdict> m_verdicts;
    QList<QPointer<QuerySet>> m_sets;
    SfError m_error;
    int m_pending = 0;
    int m_queries = 0;
    bool m_done = false;
};

} // namespace sfsync
