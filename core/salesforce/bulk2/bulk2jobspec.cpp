#include "core/salesforce/bulk2/bulk2jobspec.h"

#include <QCoreApplication>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::Bulk2JobSpec)
};

SfError invalid(const QString &message)
{
    return SfError {400, QStringLiteral("INVALIDJOB"), message, {}};
}

int indexOf(const QStringList &columns, const QString &name)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

} // namespace

QString Bulk2JobSpec::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Insert:
        return QStringLiteral("insert");
    case Operation::Update:
        return QStringLiteral("update");
    case Operation::Upsert:
        return QStringLiteral("upsert");
    case Operation::Delete:
        return QStringLiteral("delete");
    case Operation::HardDelete:
        return QStringLiteral("hardDelete");
    }
    return QString();
}

int Bulk2JobSpec::keyColumn() const
{
    switch (operation) {
    case Operation::Insert:
        return -1;
    case Operation::Upsert:
        return indexOf(columns, externalIdFieldName);
    default:
        return indexOf(columns, QStringLiteral("Id"));
    }
}

SfError Bulk2JobSpec::validate() const
{
    if (object.isEmpty())
        return invalid(Text::tr("A bulk job needs an object"));
    if (columns.isEmpty())
        return invalid(Text::tr("A bulk job needs at least one column"));
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString &c = columns.at(i);
        if (c.isEmpty() || c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"'))
            || c.contains(QLatin1Char('\n')))
            return invalid(Text::tr("Invalid column name for a bulk job: \"%1\"").arg(c));
        if (indexOf(columns, c) != int(i))
            return invalid(Text::tr("The column %1 appears twice").arg(c));
    }
    const int id = indexOf(columns, QStringLiteral("Id"));
    switch (operation) {
    case Operation::Insert:
        if (id >= 0)
            return invalid(Text::tr("An insert job cannot have an Id column"));
        break;
    case Operation::Upsert:
        if (externalIdFieldName.isEmpty())
            return invalid(Text::tr("An upsert job needs an external ID field"));
        if (keyColumn() < 0)
            return invalid(
                Text::tr("The external ID field %1 is not among the columns").arg(externalIdFieldName));
        break;
    case Operation::Update:
    case Operation::Delete:
    case Operation::HardDelete:
        if (id < 0)
            return invalid(Text::tr("An update or delete job needs an Id column"));
        break;
    }
    return {};
}

} // namespace sfsync
