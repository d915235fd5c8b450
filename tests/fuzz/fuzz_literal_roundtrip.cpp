#include "core/salesforce/metadata/fieldinfo.h"
#include "core/salesforce/soql/soql.h"
#include "localorg/data/soqlparser.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <variant>

// Any string, made a literal by core (the one escaping function) and read by the local org's independent
// parser, comes back as exactly the same string; as a LIKE pattern it matches only itself. A failure here is
// an injection or a corrupted matcher value.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString value = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (value.size() > 20000)
        return 0;

    sfsync::FieldInfo field;
    field.name = QStringLiteral("Name");
    field.type = QStringLiteral("string");
    const std::optional<QString> literal = sfsync::Soql::literal(field, value);
    if (!literal)
        std::abort(); // any text is a valid string literal
    const QString soql = QStringLiteral("SELECT Id FROM Contact WHERE Name = ") + *literal;
    const auto parsed = sfsync::localorg::SoqlParser::parse(soql);
    const auto *query = std::get_if<sfsync::localorg::SoqlQuery>(&parsed);
    if (!query || !query->where || query->where->kind != sfsync::localorg::SoqlQuery::Condition::Kind::Compare
        || query->where->values.size() != 1)
        std::abort();
    const sfsync::localorg::SoqlQuery::Value &v = query->where->values.first();
    if (v.kind != sfsync::localorg::SoqlQuery::Value::Kind::String || v.text != value)
        std::abort();

    const QString like = QStringLiteral("SELECT Id FROM Contact WHERE Name LIKE '")
        + sfsync::Soql::escapeLike(value) + QLatin1Char('\'');
    const auto likeParsed = sfsync::localorg::SoqlParser::parse(like);
    const auto *likeQuery = std::get_if<sfsync::localorg::SoqlQuery>(&likeParsed);
    if (!likeQuery || !likeQuery->where)
        std::abort();
    const QRegularExpression pattern(likeQuery->where->values.first().likePattern,
                                     QRegularExpression::DotMatchesEverythingOption);
    if (!pattern.isValid() || !pattern.match(value).hasMatch()
        || pattern.match(value + QLatin1Char('x')).hasMatch()) {
        // What went wrong, for the crash report.
        std::fprintf(stderr, "value: %s\nlike:  %s\npattern: %s (%s)\n", qPrintable(value.toUtf8().toHex()),
                     qPrintable(like), qPrintable(pattern.pattern()), qPrintable(pattern.errorString()));
        std::abort();
    }
    return 0;
}
