#include "core/config/jobconfig.h"

#include "core/config/parentreference.h"
#include "core/corelogging.h"
#include "core/salesforce/salesforcelimits.h"
#include "core/salesforce/soql/soql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>
#include <cmath>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::JobConfig)
};

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// Reads one JSON object, records a problem for each wrong type and, at the end, for each key nobody asked
// for.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, const QString &path, ConfigIssues *issues)
        : m_object(object)
        , m_path(path)
        , m_issues(issues)
    { }

    ~ObjectReader()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_known.contains(it.key()))
                report(it.key(), Text::tr("unknown key"));
        }
    }

    QString childPath(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    void report(const QString &key, const QString &message) const
    {
        m_issues->append({childPath(key), message});
    }

    bool has(const QString &key)
    {
        m_known.insert(key);
        return m_object.contains(key);
    }

    QJsonValue raw(const QString &key)
    {
        m_known.insert(key);
        return m_object.value(key);
    }

    QString string(const QString &key, const QString &fallback = {})
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_object.value(key);
        if (!v.isString()) {
            report(key, Text::tr("must be a string, not %1").arg(jsonTypeName(v)));
            return fallback;
        }
        return v.toString();
    }

    bool boolean(const QString &key, bool fallback)
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_object.value(key);
        if (!v.isBool()) {
            report(key, Text::tr("must be true or false, not %1").arg(jsonTypeName(v)));
            return fallback;
        }
        return v.toBool();
    }

    int integer(const QString &key, int fallback)
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = m_object.value(key);
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::trunc(d) || std::abs(d) > 1e9) {
            report(key, Text::tr("must be a whole number"));
            return fallback;
        }
        return int(d);
    }

    QJsonArray array(const QString &key)
    {
        if (!has(key))
            return {};
        const QJsonValue v = m_object.value(key);
        if (!v.isArray()) {
            report(key, Text::tr("must be an array, not %1").arg(jsonTypeName(v)));
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const QString &key, bool *present = nullptr)
    {
        const bool exists = has(key);
        if (present)
            *present = exists;
        if (!exists)
            return {};
        const QJsonValue v = m_object.value(key);
        if (!v.isObject()) {
            report(key, Text::tr("must be an object, not %1").arg(jsonTypeName(v)));
            if (present)
                *present = false;
            return {};
        }
        return v.toObject();
    }

private:
    QJsonObject m_object;
    QString m_path;
    ConfigIssues *m_issues;
    QSet<QString> m_known;
};

QString numberText(double d)
{
    if (d == std::trunc(d) && std::abs(d) < 9007199254740992.0)
        return QString::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// A constant "value": strings as they are, numbers and booleans as their JSON text.
bool readConstant(const QJsonValue &v, QString *text, bool *isNull)
{
    *isNull = false;
    switch (v.type()) {
    case QJsonValue::String:
        *text = v.toString();
        return true;
    case QJsonValue::Double:
        *text = numberText(v.toDouble());
        return true;
    case QJsonValue::Bool:
        *text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return true;
    case QJsonValue::Null:
        *isNull = true;
        text->clear();
        return true;
    default:
        return false;
    }
}

template<typename T>
T readMapping(const QJsonValue &value, const QString &path, ConfigIssues *issues, bool allowNull)
{
    T mapping;
    if (!value.isObject()) {
        issues->append({path, Text::tr("must be an object, not %1").arg(jsonTypeName(value))});
        return mapping;
    }
    ObjectReader r(value.toObject(), path, issues);
    mapping.field = r.string(QStringLiteral("field"));
    mapping.column = r.string(QStringLiteral("column"));
    if (r.has(QStringLiteral("value"))) {
        bool isNull = false;
        if (!readConstant(r.raw(QStringLiteral("value")), &mapping.value, &isNull)) {
            r.report(QStringLiteral("value"), Text::tr("must be a string, number or boolean"));
        } else if (isNull && !allowNull) {
            r.report(QStringLiteral("value"), Text::tr("a matcher value cannot be null"));
        } else {
            mapping.hasValue = true;
            if constexpr (std::is_same_v<T, FieldMapping>)
                mapping.valueIsNull = isNull;
        }
    }
    return mapping;
}

Action readAction(const QJsonValue &value, const QString &path, ConfigIssues *issues)
{
    Action action;
    if (!value.isObject()) {
        issues->append({path, Text::tr("must be an object, not %1").arg(jsonTypeName(value))});
        return action;
    }
    ObjectReader r(value.toObject(), path, issues);
    action.name = r.string(QStringLiteral("name"));
    action.object = r.string(QStringLiteral("object"));
    if (r.has(QStringLiteral("operation"))) {
        const QString op = r.string(QStringLiteral("operation"));
        if (!op.isNull() && !Action::operationFromName(op, &action.operation))
            r.report(
                QStringLiteral("operation"),
                Text::tr(
                    "must be \"create\", \"update\", \"upsert\", \"delete\" or \"hardDelete\", not \"%1\"")
                    .arg(op));
    } else {
        r.report(QStringLiteral("operation"), Text::tr("is required"));
    }
    const QJsonArray matchers = r.array(QStringLiteral("matchers"));
    for (int i = 0; i < matchers.size(); ++i) {
        action.matchers.append(readMapping<Matcher>(
            matchers.at(i), r.childPath(QStringLiteral("matchers[%1]").arg(i)), issues, false));
    }
    if (r.has(QStringLiteral("matcherOperator"))) {
        const QString op = r.string(QStringLiteral("matcherOperator")).toLower();
        if (op == QLatin1String("or"))
            action.matcherOperator = Action::MatcherOperator::Or;
        else if (op == QLatin1String("and"))
            action.matcherOperator = Action::MatcherOperator::And;
        else
            r.report(QStringLiteral("matcherOperator"), Text::tr("must be \"or\" or \"and\""));
    }
    const QJsonArray fields = r.array(QStringLiteral("fields"));
    for (int i = 0; i < fields.size(); ++i) {
        action.fields.append(readMapping<FieldMapping>(
            fields.at(i), r.childPath(QStringLiteral("fields[%1]").arg(i)), issues, true));
    }
    if (r.has(QStringLiteral("emptyAs"))) {
        const QString e = r.string(QStringLiteral("emptyAs"));
        if (e == QLatin1String("null"))
            action.emptyAs = Action::EmptyAs::Null;
        else if (e == QLatin1String("skip"))
            action.emptyAs = Action::EmptyAs::Skip;
        else
            r.report(QStringLiteral("emptyAs"), Text::tr("must be \"skip\" or \"null\""));
    }
    action.dateFormat = r.string(QStringLiteral("dateFormat"));
    action.dateTimeFormat = r.string(QStringLiteral("dateTimeFormat"));
    action.timeZone = r.string(QStringLiteral("timeZone"));
    action.batchSize = r.integer(QStringLiteral("batchSize"), SalesforceLimits::CollectionsRecords);
    if (r.has(QStringLiteral("bulk"))) {
        const QString b = r.string(QStringLiteral("bulk"));
        if (b == QLatin1String("auto"))
            action.bulk = Action::BulkMode::Auto;
        else if (b == QLatin1String("on"))
            action.bulk = Action::BulkMode::On;
        else if (b == QLatin1String("off"))
            action.bulk = Action::BulkMode::Off;
        else
            r.report(QStringLiteral("bulk"), Text::tr("must be \"auto\", \"on\" or \"off\""));
    }
    action.bulkThreshold = r.integer(QStringLiteral("bulkThreshold"), Action::DefaultBulkThreshold);
    action.skipUnchanged = r.boolean(QStringLiteral("skipUnchanged"), true);
    action.confirmHardDelete = r.boolean(QStringLiteral("confirmHardDelete"), false);
    return action;
}

QJsonValue constantJson(const QString &text, bool isNull)
{
    if (isNull)
        return QJsonValue(QJsonValue::Null);
    return text;
}

template<typename T>
QJsonObject mappingJson(const T &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("field"), m.field);
    if (m.hasValue) {
        bool isNull = false;
        if constexpr (std::is_same_v<T, FieldMapping>)
            isNull = m.valueIsNull;
        o.insert(QStringLiteral("value"), constantJson(m.value, isNull));
    } else {
        o.insert(QStringLiteral("column"), m.column);
    }
    return o;
}

} // namespace

JobConfig JobConfig::load(const QString &path, ConfigIssues *issues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        issues->append({QString(), Text::tr("cannot read %1: %2").arg(path, file.errorString())});
        return {};
    }
    // A config is small; a size cap keeps a wrong path (a huge CSV) from being read into memory.
    if (file.size() > 4 * 1024 * 1024) {
        issues->append({QString(), Text::tr("%1 is too large to be a job config").arg(path)});
        return {};
    }
    return fromJson(file.readAll(), QFileInfo(path).absolutePath(), issues);
}

JobConfig JobConfig::fromJson(const QByteArray &json, const QString &baseDir, ConfigIssues *issues)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Give a line number: offsets mean nothing to someone editing the file.
        const int line = json.left(error.offset).count('\n') + 1;
        issues->append(
            {QString(), Text::tr("invalid JSON at line %1: %2").arg(line).arg(error.errorString())});
        return {};
    }
    if (!doc.isObject()) {
        issues->append({QString(), Text::tr("a job config must be a JSON object")});
        return {};
    }
    return fromJson(doc.object(), baseDir, issues);
}

JobConfig JobConfig::fromJson(const QJsonObject &json, const QString &baseDir, ConfigIssues *issues)
{
    JobConfig config;
    config.baseDir = baseDir;
    const qsizetype before = issues->size();
    {
        ObjectReader r(json, QString(), issues);
        if (r.has(QStringLiteral("version"))) {
            config.version = r.integer(QStringLiteral("version"), 1);
        } else {
            r.report(QStringLiteral("version"), Text::tr("is required"));
        }
        config.name = r.string(QStringLiteral("name"));

        bool hasSource = false;
        const QJsonObject source = r.object(QStringLiteral("source"), &hasSource);
        if (hasSource) {
            ObjectReader s(source, QStringLiteral("source"), issues);
            const QString type = s.string(QStringLiteral("type"));
            if (type.isNull())
                s.report(QStringLiteral("type"), Text::tr("is required"));
            else if (!SourceConfig::typeFromName(type, &config.source.type))
                s.report(QStringLiteral("type"),
                         Text::tr("must be \"csv\", \"ndjson\" or \"sqlite\", not \"%1\"").arg(type));
            config.source.path = s.string(QStringLiteral("path"));
            if (s.has(QStringLiteral("delimiter"))) {
                const QString delimiter = s.string(QStringLiteral("delimiter"));
                if (delimiter == QLatin1String("\\t"))
                    config.source.delimiter = QLatin1Char('\t');
                else if (delimiter.size() == 1)
                    config.source.delimiter = delimiter.at(0);
                else
                    s.report(QStringLiteral("delimiter"), Text::tr("must be a single character"));
            }
            if (s.has(QStringLiteral("encoding"))) {
                const QString encoding = s.string(QStringLiteral("encoding"));
                if (!encoding.isNull() && !SourceConfig::encodingFromName(encoding, &config.source.encoding))
                    s.report(QStringLiteral("encoding"),
                             Text::tr("\"%1\" is not a supported encoding; use one of %2")
                                 .arg(encoding, SourceConfig::encodingNames().join(QStringLiteral(", "))));
            }
            config.source.query = s.string(QStringLiteral("query"));
        } else if (!r.has(QStringLiteral("source"))) {
            r.report(QStringLiteral("source"), Text::tr("is required"));
        }

        if (r.has(QStringLiteral("actions"))) {
            const QJsonArray actions = r.array(QStringLiteral("actions"));
            for (int i = 0; i < actions.size(); ++i)
                config.actions.append(
                    readAction(actions.at(i), QStringLiteral("actions[%1]").arg(i), issues));
        } else {
            r.report(QStringLiteral("actions"), Text::tr("is required"));
        }

        bool hasOptions = false;
        const QJsonObject options = r.object(QStringLiteral("options"), &hasOptions);
        if (hasOptions) {
            ObjectReader o(options, QStringLiteral("options"), issues);
            config.options.stopOnMalformedRow = o.boolean(QStringLiteral("stopOnMalformedRow"), false);
            config.options.concurrency = o.integer(QStringLiteral("concurrency"), 4);
            config.options.lookupConcurrency = o.integer(QStringLiteral("lookupConcurrency"), 2);
            config.options.abortOnAmbiguous = o.boolean(QStringLiteral("abortOnAmbiguous"), false);
            config.options.requestTimeoutSeconds = o.integer(QStringLiteral("requestTimeoutSeconds"), 120);
            config.options.lostAnswerSettleSeconds = o.integer(QStringLiteral("lostAnswerSettleSeconds"), 10);
            config.options.composite = o.boolean(QStringLiteral("composite"), true);
        }
    }
    // Shape problems only make sense once the file parsed cleanly; otherwise they would repeat the same
    // fault.
    if (issues->size() == before)
        issues->append(config.validateShape());
    return config;
}

ConfigIssues JobConfig::validateShape() const
{
    ConfigIssues issues;
    auto add = [&issues](const QString &path, const QString &message) {
        issues.append({path, message});
    };

    if (version != 1)
        add(QStringLiteral("version"),
            Text::tr("unsupported version %1 (this sfsync reads version 1)").arg(version));
    if (source.path.isEmpty())
        add(QStringLiteral("source.path"), Text::tr("is required"));
    if (source.type == SourceConfig::Type::Sqlite && source.query.trimmed().isEmpty())
        add(QStringLiteral("source.query"), Text::tr("is required for an sqlite source"));
    if (source.type != SourceConfig::Type::Sqlite && !source.query.isEmpty())
        add(QStringLiteral("source.query"), Text::tr("only an sqlite source takes a query"));
    if (source.type != SourceConfig::Type::Csv && source.delimiter != QLatin1Char(','))
        add(QStringLiteral("source.delimiter"), Text::tr("only a csv source takes a delimiter"));
    if (source.type != SourceConfig::Type::Csv && source.encoding != SourceConfig::Encoding::Utf8)
        add(QStringLiteral("source.encoding"), Text::tr("only a csv source takes an encoding"));
    const QChar delim = source.delimiter;
    if (delim.unicode() >= 0x80 || delim == QLatin1Char('"') || delim == QLatin1Char('\r')
        || delim == QLatin1Char('\n')) {
        add(QStringLiteral("source.delimiter"),
            Text::tr("must be an ASCII character other than a quote or a line break"));
    }
    if (actions.isEmpty())
        add(QStringLiteral("actions"), Text::tr("at least one action is required"));
    if (options.concurrency < 1 || options.concurrency > 25)
        add(QStringLiteral("options.concurrency"), Text::tr("must be between 1 and 25"));
    if (options.lookupConcurrency < 1 || options.lookupConcurrency > 10)
        add(QStringLiteral("options.lookupConcurrency"), Text::tr("must be between 1 and 10"));
    if (options.requestTimeoutSeconds < 5 || options.requestTimeoutSeconds > 600)
        add(QStringLiteral("options.requestTimeoutSeconds"), Text::tr("must be between 5 and 600"));
    if (options.lostAnswerSettleSeconds < 0 || options.lostAnswerSettleSeconds > 600)
        add(QStringLiteral("options.lostAnswerSettleSeconds"), Text::tr("must be between 0 and 600"));

    QSet<QString> actionNames;
    for (int i = 0; i < actions.size(); ++i) {
        const Action &a = actions.at(i);
        const QString p = QStringLiteral("actions[%1]").arg(i);
        if (!a.name.isEmpty()) {
            if (actionNames.contains(a.name))
                add(p + QStringLiteral(".name"),
                    Text::tr("another action already has the name \"%1\"").arg(a.name));
            actionNames.insert(a.name);
        }
        if (a.object.isEmpty())
            add(p + QStringLiteral(".object"), Text::tr("is required"));
        else if (!Soql::identifier(a.object) || a.object.contains(QLatin1Char('.')))
            add(p + QStringLiteral(".object"), Text::tr("\"%1\" is not a valid object name").arg(a.object));
        if (a.operation == Action::Operation::Create && !a.matchers.isEmpty())
            add(p + QStringLiteral(".matchers"), Text::tr("create takes no matchers"));
        if (a.operation != Action::Operation::Create && a.matchers.isEmpty())
            add(p + QStringLiteral(".matchers"),
                Text::tr("%1 needs at least one matcher").arg(Action::operationName(a.operation)));
        if (a.deletes() && !a.fields.isEmpty())
            add(p + QStringLiteral(".fields"),
                Text::tr("%1 takes no fields").arg(Action::operationName(a.operation)));
        // Hard delete exists only in the Bulk APIs: the action always writes through Bulk API 2.0.
        if (a.operation == Action::Operation::HardDelete && a.bulk == Action::BulkMode::Off)
            add(p + QStringLiteral(".bulk"),
                Text::tr(
                    "hardDelete runs only through Bulk API 2.0; leave \"bulk\" out or set it to \"on\""));
        if (a.confirmHardDelete && a.operation != Action::Operation::HardDelete)
            add(p + QStringLiteral(".confirmHardDelete"), Text::tr("only a hardDelete action takes it"));
        if (a.batchSize < 1 || a.batchSize > SalesforceLimits::CollectionsRecords)
            add(p + QStringLiteral(".batchSize"),
                Text::tr("must be between 1 and %1").arg(SalesforceLimits::CollectionsRecords));
        if (a.bulkThreshold < 1 || a.bulkThreshold > Action::MaxBulkThreshold)
            add(p + QStringLiteral(".bulkThreshold"),
                Text::tr("must be between 1 and %1").arg(Action::MaxBulkThreshold));
        if (!a.timeZone.isEmpty() && !QTimeZone(a.timeZone.toUtf8()).isValid())
            add(p + QStringLiteral(".timeZone"), Text::tr("\"%1\" is not a known time zone").arg(a.timeZone));

        auto checkMapping = [&](const QString &mp, const QString &field, const QString &column, bool hasValue,
                                bool matcher) {
            if (field.isEmpty())
                add(mp + QStringLiteral(".field"), Text::tr("is required"));
            else if (ParentReference::looksLikeOne(field) && matcher && ParentReference::parse(field))
                add(mp + QStringLiteral(".field"),
                    Text::tr("a parent's key (%1) cannot be a matcher; map it as a field").arg(field));
            else if (ParentReference::looksLikeOne(field) && !matcher && !ParentReference::parse(field))
                add(mp + QStringLiteral(".field"),
                    Text::tr("\"%1\" is not a valid parent key: write Relationship.KeyField "
                             "(Account.Legacy_Id__c), or Object:Relationship.KeyField for a polymorphic "
                             "reference (User:Owner.Email)")
                        .arg(field));
            else if (!ParentReference::looksLikeOne(field) ? !Soql::identifier(field) : matcher)
                add(mp + QStringLiteral(".field"), Text::tr("\"%1\" is not a valid field name").arg(field));
            if (hasValue && !column.isEmpty())
                add(mp, Text::tr("takes either a column or a value, not both"));
            else if (!hasValue && column.isEmpty())
                add(mp, Text::tr("needs a column or a value"));
        };
        QSet<QString> matcherFields;
        for (int m = 0; m < a.matchers.size(); ++m) {
            const Matcher &mt = a.matchers.at(m);
            const QString mp = p + QStringLiteral(".matchers[%1]").arg(m);
            checkMapping(mp, mt.field, mt.column, mt.hasValue, true);
            if (matcherFields.contains(mt.field.toLower()))
                add(mp + QStringLiteral(".field"),
                    Text::tr("%1 is already a matcher of this action").arg(mt.field));
            matcherFields.insert(mt.field.toLower());
        }
        QSet<QString> fieldNames;
        for (int f = 0; f < a.fields.size(); ++f) {
            const FieldMapping &fm = a.fields.at(f);
            const QString fp = p + QStringLiteral(".fields[%1]").arg(f);
            checkMapping(fp, fm.field, fm.column, fm.hasValue, false);
            if (fieldNames.contains(fm.field.toLower()))
                add(fp + QStringLiteral(".field"),
                    Text::tr("%1 is already written by this action").arg(fm.field));
            fieldNames.insert(fm.field.toLower());
            if (fm.field.compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0)
                add(fp + QStringLiteral(".field"), Text::tr("Id cannot be written; use it as a matcher"));
        }
    }
    return issues;
}

QJsonObject JobConfig::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("version"), version);
    if (!name.isEmpty())
        root.insert(QStringLiteral("name"), name);
    QJsonObject src;
    src.insert(QStringLiteral("type"), SourceConfig::typeName(source.type));
    src.insert(QStringLiteral("path"), source.path);
    if (source.type == SourceConfig::Type::Csv && source.delimiter != QLatin1Char(','))
        src.insert(QStringLiteral("delimiter"),
                   source.delimiter == QLatin1Char('\t') ? QStringLiteral("\\t") : QString(source.delimiter));
    if (source.type == SourceConfig::Type::Csv && source.encoding != SourceConfig::Encoding::Utf8)
        src.insert(QStringLiteral("encoding"), SourceConfig::encodingName(source.encoding));
    if (!source.query.isEmpty())
        src.insert(QStringLiteral("query"), source.query);
    root.insert(QStringLiteral("source"), src);

    QJsonArray acts;
    for (const Action &a : actions) {
        QJsonObject o;
        if (!a.name.isEmpty())
            o.insert(QStringLiteral("name"), a.name);
        o.insert(QStringLiteral("object"), a.object);
        o.insert(QStringLiteral("operation"), Action::operationName(a.operation));
        if (!a.matchers.isEmpty()) {
            QJsonArray ms;
            for (const Matcher &m : a.matchers)
                ms.append(mappingJson(m));
            o.insert(QStringLiteral("matchers"), ms);
            o.insert(QStringLiteral("matcherOperator"),
                     a.matcherOperator == Action::MatcherOperator::And ? QStringLiteral("and")
                                                                       : QStringLiteral("or"));
        }
        if (!a.fields.isEmpty()) {
            QJsonArray fs;
            for (const FieldMapping &f : a.fields)
                fs.append(mappingJson(f));
            o.insert(QStringLiteral("fields"), fs);
        }
        if (a.emptyAs == Action::EmptyAs::Null)
            o.insert(QStringLiteral("emptyAs"), QStringLiteral("null"));
        if (!a.dateFormat.isEmpty())
            o.insert(QStringLiteral("dateFormat"), a.dateFormat);
        if (!a.dateTimeFormat.isEmpty())
            o.insert(QStringLiteral("dateTimeFormat"), a.dateTimeFormat);
        if (!a.timeZone.isEmpty())
            o.insert(QStringLiteral("timeZone"), a.timeZone);
        if (a.batchSize != SalesforceLimits::CollectionsRecords)
            o.insert(QStringLiteral("batchSize"), a.batchSize);
        if (a.bulk != Action::BulkMode::Auto)
            o.insert(QStringLiteral("bulk"),
                     a.bulk == Action::BulkMode::On ? QStringLiteral("on") : QStringLiteral("off"));
        if (a.bulkThreshold != Action::DefaultBulkThreshold)
            o.insert(QStringLiteral("bulkThreshold"), a.bulkThreshold);
        if (!a.skipUnchanged)
            o.insert(QStringLiteral("skipUnchanged"), false);
        if (a.confirmHardDelete)
            o.insert(QStringLiteral("confirmHardDelete"), true);
        acts.append(o);
    }
    root.insert(QStringLiteral("actions"), acts);

    const JobOptions defaults;
    if (!(options == defaults)) {
        QJsonObject o;
        if (options.stopOnMalformedRow != defaults.stopOnMalformedRow)
            o.insert(QStringLiteral("stopOnMalformedRow"), options.stopOnMalformedRow);
        if (options.concurrency != defaults.concurrency)
            o.insert(QStringLiteral("concurrency"), options.concurrency);
        if (options.lookupConcurrency != defaults.lookupConcurrency)
            o.insert(QStringLiteral("lookupConcurrency"), options.lookupConcurrency);
        if (options.abortOnAmbiguous != defaults.abortOnAmbiguous)
            o.insert(QStringLiteral("abortOnAmbiguous"), options.abortOnAmbiguous);
        if (options.requestTimeoutSeconds != defaults.requestTimeoutSeconds)
            o.insert(QStringLiteral("requestTimeoutSeconds"), options.requestTimeoutSeconds);
        if (options.lostAnswerSettleSeconds != defaults.lostAnswerSettleSeconds)
            o.insert(QStringLiteral("lostAnswerSettleSeconds"), options.lostAnswerSettleSeconds);
        if (options.composite != defaults.composite)
            o.insert(QStringLiteral("composite"), options.composite);
        root.insert(QStringLiteral("options"), o);
    }
    return root;
}

QByteArray JobConfig::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

bool JobConfig::save(const QString &path, QString *error) const
{
    // Atomic: a crash while saving never leaves half a config behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJsonBytes()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString JobConfig::hash() const
{
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    const QByteArray canonical = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QString JobConfig::resolvedSourcePath(const QString &override) const
{
    if (!override.isEmpty())
        return QFileInfo(override).absoluteFilePath();
    if (source.path.isEmpty())
        return {};
    if (QFileInfo(source.path).isAbsolute())
        return QDir::cleanPath(source.path);
    return QDir::cleanPath(
        QDir(baseDir.isEmpty() ? QDir::currentPath() : baseDir).absoluteFilePath(source.path));
}

QStringList JobConfig::referencedColumns() const
{
    QStringList columns;
    auto add = [&columns](const QString &column) {
        if (!column.isEmpty() && !columns.contains(column))
            columns.append(column);
    };
    for (const Action &a : actions) {
        for (const Matcher &m : a.matchers) {
            if (!m.hasValue)
                add(m.column);
        }
        for (const FieldMapping &f : a.fields) {
            if (!f.hasValue)
                add(f.column);
        }
    }
    return columns;
}

} // namespace sfsync
