#pragma once

#include <QDate>
#include <QString>

namespace sfsync::localorg {

// SOQL's relative date literals (TODAY, LAST_N_DAYS:n, THIS_QUARTER, N_FISCAL_YEARS_AGO:n, ...): which names
// exist, and the calendar days one covers as seen from a given day. The caller picks that day in the org's
// time zone, so a literal means the same days for every record of the org.
//
// As in an org with Salesforce's defaults (locale en_US, standard fiscal year): weeks start on Sunday, and
// fiscal quarters and years are calendar quarters and years. LAST_N_DAYS:n and LAST_90_DAYS include today;
// NEXT_N_DAYS:n and NEXT_90_DAYS start tomorrow; LAST_N_WEEKS/MONTHS/QUARTERS/YEARS:n end with the period
// before the current one and NEXT_N_...:n start with the period after it.
class SoqlDateLiteral
{
public:
    // Inclusive: every day from `first` to `last`.
    struct Range
    {
        QDate first;
        QDate last;
    };

    // The largest n accepted in the :n forms (a bigger one is MALFORMED_QUERY).
    static constexpr int MaxN = 100000;

    // Whether `name` (any case, without ":n") is a date literal; *takesN tells whether it needs ":n".
    [[nodiscard]] static bool isKnown(const QString &name, bool *takesN = nullptr);
    // The days `name` (upper case, known) covers; `n` is ignored by the literals that take none.
    [[nodiscard]] static Range range(const QString &name, int n, const QDate &today);
};

} // namespace sfsync::localorg
