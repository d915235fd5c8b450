#include "core/engine/recordfailure.h"

#include "core/salesforce/recordid.h"

#include <QRegularExpression>

namespace sfsync {

RecordFailure::Meaning RecordFailure::of(WriteKind kind, const QString &errorCode, bool answerWasLost)
{
    if (errorCode == QLatin1String("UNABLE_TO_LOCK_ROW"))
        return Meaning::Retry;
    if (kind == WriteKind::Upsert && errorCode == QLatin1String("DUPLICATE_EXTERNAL_ID"))
        return Meaning::Ambiguous;
    if (kind == WriteKind::Delete && errorCode == QLatin1String("ENTITY_IS_DELETED") && answerWasLost)
        return Meaning::Deleted;
    const bool byId = kind == WriteKind::Update || kind == WriteKind::Delete;
    if (byId
        && (errorCode == QLatin1String("ENTITY_IS_DELETED") || errorCode == QLatin1String("NOT_FOUND")
            || errorCode == QLatin1String("INVALID_CROSS_REFERENCE_KEY")))
        return Meaning::NotFound;
    return Meaning::Failed;
}

QStringList RecordFailure::idsIn(const QString &message)
{
    static const QRegularExpression candidate(QStringLiteral("\\b[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?\\b"));
    QStringList ids;
    for (auto it = candidate.globalMatch(message); it.hasNext();) {
        const QString word = it.next().captured();
        int digits = 0;
        for (const QChar c : word)
            digits += c.isDigit();
        // Every Id has digits in it (key prefix, pod, counter); plain words do not.
        if (digits >= 3 && RecordId::isValid(word))
            ids.append(word);
    }
    return ids;
}

} // namespace sfsync
