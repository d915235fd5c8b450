#include "localorg/data/soqldateliteral.h"

#include <QRegularExpression>

namespace sfsync::localorg {

namespace {

enum class Unit { Day, Week, Month, Quarter, Year };
// Which periods a literal covers, relative to the current one (0): a single one at `from`, or from..to.
struct Span
{
    Unit unit = Unit::Day;
    int from = 0;
    int to = 0;
};

Unit unitOf(const QString &word)
{
    if (word.startsWith(QLatin1String("WEEK")))
        return Unit::Week;
    if (word.startsWith(QLatin1String("MONTH")))
        return Unit::Month;
    if (word.startsWith(QLatin1String("QUARTER")))
        return Unit::Quarter;
    if (word.startsWith(QLatin1String("YEAR")))
        return Unit::Year;
    return Unit::Day;
}

// Parses a literal name into its span; false for a name that is not a date literal.
bool spanOf(const QString &upper, int n, Span *span, bool *takesN)
{
    static const QRegularExpression single(
        QStringLiteral("^(THIS|LAST|NEXT)_(WEEK|MONTH|QUARTER|YEAR|FISCAL_QUARTER|FISCAL_YEAR)$"));
    static const QRegularExpression lastNext(
        QStringLiteral("^(LAST|NEXT)_N_(DAYS|WEEKS|MONTHS|QUARTERS|YEARS|FISCAL_QUARTERS|FISCAL_YEARS)$"));
    static const QRegularExpression ago(
        QStringLiteral("^N_(DAYS|WEEKS|MONTHS|QUARTERS|YEARS|FISCAL_QUARTERS|FISCAL_YEARS)_AGO$"));
    bool needsN = false;
    if (upper == QLatin1String("TODAY")) {
        *span = {Unit::Day, 0, 0};
    } else if (upper == QLatin1String("YESTERDAY")) {
        *span = {Unit::Day, -1, -1};
    } else if (upper == QLatin1String("TOMORROW")) {
        *span = {Unit::Day, 1, 1};
    } else if (upper == QLatin1String("LAST_90_DAYS")) {
        *span = {Unit::Day, -90, 0};
    } else if (upper == QLatin1String("NEXT_90_DAYS")) {
        *span = {Unit::Day, 1, 90};
    } else if (const QRegularExpressionMatch m = single.match(upper); m.hasMatch()) {
        const int offset = m.captured(1) == QLatin1String("THIS") ? 0
            : m.captured(1) == QLatin1String("LAST")              ? -1
                                                                  : 1;
        *span = {unitOf(m.captured(2).remove(QLatin1String("FISCAL_"))), offset, offset};
    } else if (const QRegularExpressionMatch m = lastNext.match(upper); m.hasMatch()) {
        needsN = true;
        const Unit unit = unitOf(m.captured(2).remove(QLatin1String("FISCAL_")));
        if (m.captured(1) == QLatin1String("NEXT"))
            *span = {unit, 1, n};
        else
            *span = {unit, -n, unit == Unit::Day ? 0 : -1}; // LAST_N_DAYS includes today
    } else if (const QRegularExpressionMatch m = ago.match(upper); m.hasMatch()) {
        needsN = true;
        *span = {unitOf(m.captured(1).remove(QLatin1String("FISCAL_"))), -n, -n};
    } else {
        return false;
    }
    if (takesN)
        *takesN = needsN;
    return true;
}

// The first day of the period that holds `day`.
QDate periodStart(Unit unit, const QDate &day)
{
    switch (unit) {
    case Unit::Day:
        return day;
    case Unit::Week:
        return day.addDays(-(day.dayOfWeek() % 7)); // Qt: Monday 1 .. Sunday 7; weeks start on Sunday
    case Unit::Month:
        return QDate(day.year(), day.month(), 1);
    case Unit::Quarter:
        return QDate(day.year(), ((day.month() - 1) / 3) * 3 + 1, 1);
    case Unit::Year:
        return QDate(day.year(), 1, 1);
    }
    return day;
}

// The first day of the period `count` periods after the one starting at `start`.
QDate shifted(Unit unit, const QDate &start, qint64 count)
{
    switch (unit) {
    case Unit::Day:
        return start.addDays(count);
    case Unit::Week:
        return start.addDays(7 * count);
    case Unit::Month:
        return start.addMonths(int(count));
    case Unit::Quarter:
        return start.addMonths(int(3 * count));
    case Unit::Year:
        return start.addYears(int(count));
    }
    return start;
}

} // namespace

bool SoqlDateLiteral::isKnown(const QString &name, bool *takesN)
{
    Span span;
    return spanOf(name.toUpper(), 1, &span, takesN);
}

SoqlDateLiteral::Range SoqlDateLiteral::range(const QString &name, int n, const QDate &today)
{
    Span span;
    if (!spanOf(name, qBound(0, n, MaxN), &span, nullptr))
        return {today, today};
    const QDate current = periodStart(span.unit, today);
    return {shifted(span.unit, current, span.from), shifted(span.unit, current, span.to + 1).addDays(-1)};
}

} // namespace sfsync::localorg
