#include "describecommand.h"

#include "connectionopener.h"
#include "console.h"

#include "core/salesforce/metadata/metadataservice.h"
#include "core/salesforce/metadata/objectdescribe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sfsync {

namespace {

QString yesNo(bool flag)
{
    return flag ? DescribeCommand::tr("yes") : QStringLiteral("-");
}

// Columns padded to their widest cell; the last column is not padded.
QString formatTable(const QList<QStringList> &rows)
{
    if (rows.isEmpty()) {
        return {};
    }
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], int(row.at(i).size()));
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i) {
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}

QString typeText(const FieldInfo &field)
{
    if (field.type == QLatin1String("reference") && !field.referenceTo.isEmpty()) {
        return QStringLiteral("reference(%1)").arg(field.referenceTo.join(QLatin1Char('|')));
    }
    if (field.isNumeric() && field.precision > 0) {
        return QStringLiteral("%1(%2,%3)").arg(field.type).arg(field.precision).arg(field.scale);
    }
    if (field.length > 0 && (field.isTextLike() || field.type == QLatin1String("picklist"))) {
        return QStringLiteral("%1(%2)").arg(field.type).arg(field.length);
    }
    return field.type;
}

QJsonObject objectJson(const ObjectSummary &object)
{
    return QJsonObject {
        {QStringLiteral("name"), object.name},
        {QStringLiteral("label"), object.label},
        {QStringLiteral("labelPlural"), object.labelPlural},
        {QStringLiteral("keyPrefix"), object.keyPrefix},
        {QStringLiteral("custom"), object.custom},
        {QStringLiteral("createable"), object.createable},
        {QStringLiteral("updateable"), object.updateable},
        {QStringLiteral("deletable"), object.deletable},
        {QStringLiteral("queryable"), object.queryable},
    };
}

QJsonObject fieldJson(const FieldInfo &field)
{
    QJsonArray picklist;
    for (const PicklistEntry &entry : field.picklistValues) {
        if (entry.active) {
            picklist.append(entry.value);
        }
    }
    return QJsonObject {
        {QStringLiteral("name"), field.name},
        {QStringLiteral("label"), field.label},
        {QStringLiteral("type"), field.type},
        {QStringLiteral("length"), field.length},
        {QStringLiteral("precision"), field.precision},
        {QStringLiteral("scale"), field.scale},
        {QStringLiteral("filterable"), field.filterable},
        {QStringLiteral("externalId"), field.externalId},
        {QStringLiteral("idLookup"), field.idLookup},
        {QStringLiteral("unique"), field.unique},
        {QStringLiteral("createable"), field.createable},
        {QStringLiteral("updateable"), field.updateable},
        {QStringLiteral("nillable"), field.nillable},
        {QStringLiteral("requiredOnCreate"), field.isRequiredOnCreate()},
        {QStringLiteral("caseSensitive"), field.caseSensitive},
        {QStringLiteral("calculated"), field.calculated},
        {QStringLiteral("referenceTo"), QJsonArray::fromStringList(field.referenceTo)},
        {QStringLiteral("picklistValues"), picklist},
    };
}

} // namespace

QString DescribeCommand::synopsis() const
{
    return tr("[OBJECT] [options]");
}

QString DescribeCommand::description() const
{
    return tr("List the org's objects, or the fields of OBJECT with the flags that matter for matchers.");
}

void DescribeCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("OBJECT"), tr("API name of an object, e.g. Contact."),
                                 QStringLiteral("[OBJECT]"));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON on stdout, for scripts.")));
    parser.addOption(QCommandLineOption(QStringLiteral("matchers"),
                                        tr("Only the fields that can be matchers (filterable).")));
    addConnectionOptions(parser);
}

std::optional<ExitCode> DescribeCommand::configure(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        Console::error(
            tr("describe takes at most one object name."),
            tr("Run 'sfsync-run describe' for the list of objects, then 'sfsync-run describe NAME'."));
        return ExitCode::Usage;
    }
    m_object = positional.value(0).trimmed();
    m_json = parser.isSet(QStringLiteral("json"));
    m_matchersOnly = parser.isSet(QStringLiteral("matchers"));
    return readConnection(parser, true);
}

void DescribeCommand::start()
{
    openSession([this] {
        if (m_object.isEmpty()) {
            describeGlobal();
        } else {
            describeObject();
        }
    });
}

void DescribeCommand::describeGlobal()
{
    session()->metadata()->describeGlobal(this,
                                          [this](const QList<ObjectSummary> &objects, const SfError &error) {
                                              if (!error.isNull()) {
                                                  finishWithError(tr("cannot list the org's objects"), error);
                                                  return;
                                              }
                                              printObjects(objects);
                                              Q_EMIT finished(toInt(ExitCode::Ok));
                                          });
}

void DescribeCommand::describeObject()
{
    session()->metadata()->describe(
        m_object, this, [this](const ObjectDescribe &object, const SfError &error) {
            if (!error.isNull()) {
                if (error.httpStatus == 404 || error.errorCode == QLatin1String("NOT_FOUND")) {
                    Console::error(
                        tr("the org has no object named '%1'.").arg(m_object),
                        tr("Run 'sfsync-run describe' to list the objects (names are API names, e.g. "
                           "Custom_Object__c)."));
                    Q_EMIT finished(toInt(ExitCode::Usage));
                    return;
                }
                finishWithError(tr("cannot describe %1").arg(m_object), error);
                return;
            }
            printFields(object);
            Q_EMIT finished(toInt(ExitCode::Ok));
        });
}

void DescribeCommand::printObjects(const QList<ObjectSummary> &objects) const
{
    QList<ObjectSummary> sorted = objects;
    std::sort(sorted.begin(), sorted.end(), [](const ObjectSummary &a, const ObjectSummary &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    if (m_json) {
        QJsonArray array;
        for (const ObjectSummary &object : sorted) {
            array.append(objectJson(object));
        }
        Console::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return;
    }
    QList<QStringList> rows;
    rows.append(
        {tr("NAME"), tr("LABEL"), tr("CUSTOM"), tr("CREATE"), tr("UPDATE"), tr("DELETE"), tr("QUERY")});
    for (const ObjectSummary &object : sorted) {
        rows.append({object.name, object.label, yesNo(object.custom), yesNo(object.createable),
                     yesNo(object.updateable), yesNo(object.deletable), yesNo(object.queryable)});
    }
    Console::out(formatTable(rows));
    Console::info(tr("%n object(s). Fields of one: sfsync-run describe OBJECT", nullptr, int(sorted.size())));
}

void DescribeCommand::printFields(const ObjectDescribe &object) const
{
    QList<const FieldInfo *> fields;
    for (const FieldInfo &field : object.fields()) {
        if (!m_matchersOnly || field.canBeMatcher()) {
            fields.append(&field);
        }
    }
    if (m_json) {
        QJsonObject json = objectJson(object.summary());
        QJsonArray array;
        for (const FieldInfo *field : std::as_const(fields)) {
            array.append(fieldJson(*field));
        }
        json.insert(QStringLiteral("fields"), array);
        Console::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        return;
    }
    QList<QStringList> rows;
    rows.append({tr("FIELD"), tr("TYPE"), tr("FILTERABLE"), tr("EXTERNAL_ID"), tr("ID_LOOKUP"), tr("UNIQUE"),
                 tr("CREATEABLE"), tr("UPDATEABLE"), tr("REQUIRED"), tr("LABEL")});
    for (const FieldInfo *field : std::as_const(fields)) {
        rows.append({field->name, typeText(*field), yesNo(field->filterable), yesNo(field->externalId),
                     yesNo(field->idLookup), yesNo(field->unique), yesNo(field->createable),
                     yesNo(field->updateable), yesNo(field->isRequiredOnCreate()), field->label});
    }
    Console::out(formatTable(rows));
    Console::info(
        tr("%1: %n field(s). Matchers must be FILTERABLE; EXTERNAL_ID and ID_LOOKUP fields identify "
           "records best; REQUIRED fields must be set to create a record.",
           nullptr, int(fields.size()))
            .arg(object.name()));
}

} // namespace sfsync
