#include "searchresource.h"

#include "localorg/data/soslparser.h"
#include "localorg/data/soslsearch.h"
#include "resterrors.h"

namespace sfsync::localorg {

SearchResource::SearchResource(const RecordStore &store)
    : m_store(store)
{ }

HttpResponse SearchResource::handle(const ApiRequest &call) const
{
    if (call.segments.size() != 1)
        return RestErrors::notFound();
    if (call.method() != "GET" && call.method() != "HEAD")
        return RestErrors::methodNotAllowed(call.method());
    const QString sosl = call.http.queryValue(QStringLiteral("q"));
    if (sosl.trimmed().isEmpty())
        return HttpResponse::restError(400, QStringLiteral("MALFORMED_SEARCH"),
                                       QStringLiteral("A search string has to be specified"));
    const std::variant<SoslQuery, SoqlError> parsed = SoslParser::parse(sosl);
    if (const SoqlError *error = std::get_if<SoqlError>(&parsed))
        return RestErrors::fromSoql(*error);
    const std::variant<QJsonArray, SoqlError> found =
        SoslSearch::run(m_store, std::get<SoslQuery>(parsed), call.version);
    if (const SoqlError *error = std::get_if<SoqlError>(&found))
        return RestErrors::fromSoql(*error);
    return HttpResponse::json(200,
                              QJsonObject {{QStringLiteral("searchRecords"), std::get<QJsonArray>(found)}});
}

} // namespace sfsync::localorg
