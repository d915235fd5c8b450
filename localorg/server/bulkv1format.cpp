#include "bulkv1format.h"

#include "bulkjobformat.h"
#include "csvtable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace sfsync::localorg::BulkV1Format {

namespace {

const QString kNamespace = QStringLiteral("http://www.force.com/2009/06/asyncapi/dataload");
const QString kXsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

QString xmlText(const QString &name, const QJsonValue &value)
{
    if (name == QLatin1String("apiVersion") && value.isDouble())
        return QString::number(value.toDouble(), 'f', 1); // "62.0", as Salesforce writes it
    return QString::fromUtf8(BulkJobFormat::cellText(value));
}

void writeFields(QXmlStreamWriter &xml, const Fields &fields)
{
    for (const auto &[name, value] : fields)
        xml.writeTextElement(name, xmlText(name, value));
}

QJsonObject jsonFields(const Fields &fields)
{
    QJsonObject out;
    for (const auto &[name, value] : fields)
        out.insert(name, value);
    return out;
}

// The text of a JSON value as a CSV cell of a batch.
QString cell(const QJsonValue &value)
{
    if (value.isNull())
        return QStringLiteral("#N/A");
    return QString::fromUtf8(BulkJobFormat::cellText(value));
}

bool parseJsonRecords(const QByteArray &body, QList<QStringList> *headers, QList<QStringList> *rows,
                      QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = QStringLiteral("The batch is not a JSON array of records");
        return false;
    }
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject record = value.toObject();
        QStringList header;
        QStringList row;
        for (auto it = record.begin(); it != record.end(); ++it) {
            if (it.key() == QLatin1String("attributes"))
                continue;
            if (it.value().isObject()) {
                const QJsonObject parent = it.value().toObject();
                for (auto p = parent.begin(); p != parent.end(); ++p) {
                    if (p.key() == QLatin1String("attributes"))
                        continue;
                    header.append(it.key() + QLatin1Char('.') + p.key());
                    row.append(cell(p.value()));
                }
                continue;
            }
            header.append(it.key());
            row.append(cell(it.value()));
        }
        headers->append(header);
        rows->append(row);
    }
    return true;
}

bool isNil(const QXmlStreamReader &xml)
{
    return xml.attributes().value(kXsi, QStringLiteral("nil")) == QLatin1String("true");
}

bool parseXmlRecords(const QByteArray &body, QList<QStringList> *headers, QList<QStringList> *rows,
                     QString *error)
{
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("sObjects")) {
        *error = QStringLiteral("The batch is not an sObjects element");
        return false;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("sObject")) {
            xml.skipCurrentElement();
            continue;
        }
        QStringList header;
        QStringList row;
        while (xml.readNextStartElement()) {
            const QString field = xml.name().toString();
            if (isNil(xml)) {
                header.append(field);
                row.append(QStringLiteral("#N/A"));
                xml.skipCurrentElement();
                continue;
            }
            // Either text, or a parent by external ID: <Account><Legacy_Id__c>A-1</Legacy_Id__c></Account>.
            QString text;
            bool nested = false;
            while (!xml.atEnd()) {
                const QXmlStreamReader::TokenType token = xml.readNext();
                if (token == QXmlStreamReader::Characters) {
                    text += xml.text();
                } else if (token == QXmlStreamReader::StartElement) {
                    nested = true;
                    const QString key = xml.name().toString();
                    if (key == QLatin1String("type")) {
                        xml.skipCurrentElement();
                        continue;
                    }
                    header.append(field + QLatin1Char('.') + key);
                    row.append(isNil(xml) ? QStringLiteral("#N/A") : xml.readElementText());
                } else if (token == QXmlStreamReader::EndElement) {
                    break;
                }
            }
            if (!nested) {
                header.append(field);
                row.append(text);
            }
        }
        headers->append(header);
        rows->append(row);
    }
    if (xml.hasError()) {
        *error = QStringLiteral("The batch is not well-formed XML: %1").arg(xml.errorString());
        return false;
    }
    return true;
}

} // namespace

QByteArray info(const QString &root, const Fields &fields, bool json)
{
    if (json)
        return QJsonDocument(jsonFields(fields)).toJson(QJsonDocument::Compact);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(root);
    xml.writeDefaultNamespace(kNamespace);
    writeFields(xml, fields);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray infoList(const QString &root, const QString &item, const QList<Fields> &items, bool json)
{
    if (json) {
        QJsonArray array;
        for (const Fields &fields : items)
            array.append(jsonFields(fields));
        return QJsonDocument(QJsonObject {{item, array}}).toJson(QJsonDocument::Compact);
    }
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(root);
    xml.writeDefaultNamespace(kNamespace);
    for (const Fields &fields : items) {
        xml.writeStartElement(item);
        writeFields(xml, fields);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

HttpResponse response(int status, const QByteArray &body, bool json)
{
    return HttpResponse::text(status, body,
                              json ? "application/json; charset=UTF-8" : "application/xml; charset=UTF-8");
}

HttpResponse error(int status, const QString &exceptionCode, const QString &message, bool json)
{
    return response(status,
                    info(QStringLiteral("error"),
                         {{QStringLiteral("exceptionCode"), exceptionCode},
                          {QStringLiteral("exceptionMessage"), message}},
                         json),
                    json);
}

bool parseRequest(const QByteArray &body, bool json, QHash<QString, QString> *fields, QString *error)
{
    if (json) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = QStringLiteral("The request is not a JSON object");
            return false;
        }
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            fields->insert(it.key(), QString::fromUtf8(BulkJobFormat::cellText(it.value())));
        return true;
    }
    QXmlStreamReader xml(body.trimmed());
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("jobInfo")) {
        *error = QStringLiteral("The request is not a jobInfo element");
        return false;
    }
    while (xml.readNextStartElement())
        fields->insert(xml.name().toString(), xml.readElementText().trimmed());
    if (xml.hasError()) {
        *error = QStringLiteral("The request is not well-formed XML: %1").arg(xml.errorString());
        return false;
    }
    return true;
}

bool parseRecords(const QByteArray &body, const QString &contentType, QList<QStringList> *headers,
                  QList<QStringList> *rows, QString *error)
{
    if (contentType == QLatin1String("JSON"))
        return parseJsonRecords(body, headers, rows, error);
    if (contentType == QLatin1String("XML"))
        return parseXmlRecords(body, headers, rows, error);
    CsvTable table;
    if (!CsvTable::parse(body, QLatin1Char(','), &table, error))
        return false;
    headers->append(table.header);
    *rows = table.rows;
    return true;
}

QByteArray results(const QList<Result> &list, const QString &contentType)
{
    if (contentType == QLatin1String("JSON")) {
        QJsonArray array;
        for (const Result &r : list) {
            QJsonArray errors;
            if (!r.success)
                errors.append(QJsonObject {{QStringLiteral("statusCode"), r.statusCode},
                                           {QStringLiteral("message"), r.message},
                                           {QStringLiteral("fields"), QJsonArray::fromStringList(r.fields)}});
            array.append(QJsonObject {
                {QStringLiteral("id"), r.id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.id)},
                {QStringLiteral("success"), r.success},
                {QStringLiteral("created"), r.created},
                {QStringLiteral("errors"), errors}});
        }
        return QJsonDocument(array).toJson(QJsonDocument::Compact);
    }
    if (contentType == QLatin1String("XML")) {
        QByteArray out;
        QXmlStreamWriter xml(&out);
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("results"));
        xml.writeDefaultNamespace(kNamespace);
        for (const Result &r : list) {
            xml.writeStartElement(QStringLiteral("result"));
            if (!r.success) {
                xml.writeStartElement(QStringLiteral("errors"));
                for (const QString &field : r.fields)
                    xml.writeTextElement(QStringLiteral("fields"), field);
                xml.writeTextElement(QStringLiteral("message"), r.message);
                xml.writeTextElement(QStringLiteral("statusCode"), r.statusCode);
                xml.writeEndElement();
            }
            if (!r.id.isEmpty())
                xml.writeTextElement(QStringLiteral("id"), r.id);
            xml.writeTextElement(QStringLiteral("success"),
                                 r.success ? QStringLiteral("true") : QStringLiteral("false"));
            xml.writeTextElement(QStringLiteral("created"),
                                 r.created ? QStringLiteral("true") : QStringLiteral("false"));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        return out;
    }
    QByteArray out = BulkJobFormat::csvRow(
        {QStringLiteral("Id"), QStringLiteral("Success"), QStringLiteral("Created"), QStringLiteral("Error")},
        ',');
    out += '\n';
    for (const Result &r : list) {
        out +=
            BulkJobFormat::csvRow({r.id, r.success ? QStringLiteral("true") : QStringLiteral("false"),
                                   r.created ? QStringLiteral("true") : QStringLiteral("false"), r.errorText},
                                  ',');
        out += '\n';
    }
    return out;
}

QByteArray resultList(const QStringList &ids, bool json)
{
    if (json)
        return QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("result-list"));
    xml.writeDefaultNamespace(kNamespace);
    for (const QString &id : ids)
        xml.writeTextElement(QStringLiteral("result"), id);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray queryRows(const QStringList &columns, const QJsonArray &records, const QString &contentType)
{
    if (contentType == QLatin1String("JSON"))
        return QJsonDocument(records).toJson(QJsonDocument::Compact);
    if (contentType == QLatin1String("XML")) {
        QByteArray out;
        QXmlStreamWriter xml(&out);
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("queryResult"));
        xml.writeDefaultNamespace(kNamespace);
        xml.writeNamespace(kXsi, QStringLiteral("xsi"));
        const auto value = [&](const QString &name, const QJsonValue &v) {
            if (v.isNull() || v.isUndefined()) {
                xml.writeEmptyElement(name);
                xml.writeAttribute(kXsi, QStringLiteral("nil"), QStringLiteral("true"));
            } else {
                xml.writeTextElement(name, QString::fromUtf8(BulkJobFormat::cellText(v)));
            }
        };
        for (const QJsonValue &v : records) {
            const QJsonObject row = v.toObject();
            xml.writeStartElement(QStringLiteral("records"));
            xml.writeAttribute(kXsi, QStringLiteral("type"), QStringLiteral("sObject"));
            xml.writeTextElement(
                QStringLiteral("type"),
                row.value(QLatin1String("attributes")).toObject().value(QLatin1String("type")).toString());
            QStringList parentsDone;
            for (const QString &column : columns) {
                const qsizetype dot = column.indexOf(QLatin1Char('.'));
                if (dot < 0) {
                    value(column, row.value(column));
                    continue;
                }
                const QString relationship = column.left(dot);
                if (parentsDone.contains(relationship))
                    continue;
                parentsDone.append(relationship);
                const QJsonValue parent = row.value(relationship);
                if (!parent.isObject()) {
                    value(relationship, QJsonValue::Null);
                    continue;
                }
                xml.writeStartElement(relationship);
                xml.writeAttribute(kXsi, QStringLiteral("type"), QStringLiteral("sObject"));
                xml.writeTextElement(QStringLiteral("type"),
                                     parent.toObject()
                                         .value(QLatin1String("attributes"))
                                         .toObject()
                                         .value(QLatin1String("type"))
                                         .toString());
                for (const QString &other : columns) {
                    if (other.startsWith(relationship + QLatin1Char('.')))
                        value(other.mid(dot + 1), parent.toObject().value(other.mid(dot + 1)));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        return out;
    }
    QList<QJsonValue> header;
    for (const QString &column : columns)
        header.append(column);
    QByteArray out = BulkJobFormat::csvRow(header, ',') + '\n';
    for (const QJsonValue &v : records) {
        QList<QJsonValue> cells;
        for (const QString &column : columns)
            cells.append(BulkJobFormat::columnValue(v.toObject(), column));
        out += BulkJobFormat::csvRow(cells, ',') + '\n';
    }
    return out;
}

} // namespace sfsync::localorg::BulkV1Format
