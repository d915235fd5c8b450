#include "core/config/dataloader/dataloaderimport.h"

#include "core/source/source.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace sfsync {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::DataLoaderImport)
};

struct Bean
{
    QString id;
    QString className;
    qint64 line = 0;
    QString name; // the "name" property
    QMap<QString, QString> settings; // configOverrideMap
    QStringList otherProperties;
};

// The text of the element the reader is on (a <value>), or of its value attribute.
QString valueOf(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
}

void readMap(QXmlStreamReader &xml, Bean *bean)
{
    // <map><entry key="k" value="v"/> or <entry key="k"><value>v</value></entry> ...</map>
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("entry")) {
            xml.skipCurrentElement();
            continue;
        }
        const QString key = xml.attributes().value(QLatin1String("key")).toString().trimmed();
        QString value = xml.attributes().value(QLatin1String("value")).toString();
        const bool hasValue = xml.attributes().hasAttribute(QLatin1String("value"));
        while (xml.readNextStartElement()) {
            if (!hasValue && xml.name() == QLatin1String("value"))
                value = valueOf(xml);
            else
                xml.skipCurrentElement();
        }
        if (!key.isEmpty())
            bean->settings.insert(key, value);
    }
}

void readBean(QXmlStreamReader &xml, Bean *bean)
{
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("property")) {
            xml.skipCurrentElement();
            continue;
        }
        const QString name = xml.attributes().value(QLatin1String("name")).toString();
        if (name == QLatin1String("name")) {
            bean->name = xml.attributes().value(QLatin1String("value")).toString();
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("value"))
                    bean->name = valueOf(xml);
                else
                    xml.skipCurrentElement();
            }
        } else if (name == QLatin1String("configOverrideMap")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("map"))
                    readMap(xml, bean);
                else
                    xml.skipCurrentElement();
            }
        } else {
            bean->otherProperties.append(name);
            xml.skipCurrentElement();
        }
    }
}

bool isTrue(const QString &value)
{
    return value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

// Settings whose value must never be copied anywhere.
bool isSecret(const QString &key)
{
    return key == QLatin1String("sfdc.password") || key == QLatin1String("sfdc.proxyPassword")
        || key == QLatin1String("process.encryptionKeyFile") || key == QLatin1String("sfdc.oauth.accesstoken")
        || key == QLatin1String("sfdc.oauth.refreshtoken")
        || key.contains(QLatin1String("secret"), Qt::CaseInsensitive);
}

bool readBeans(const QString &path, QList<Bean> *beans, ConfigIssues *issues)
{
    const QString file = QFileInfo(path).fileName();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        issues->append({path, Text::tr("cannot read the file: %1").arg(in.errorString())});
        return false;
    }
    if (in.size() > 8 * 1024 * 1024) {
        issues->append({path, Text::tr("too large to be a Data Loader process-conf.xml")});
        return false;
    }
    QXmlStreamReader xml(&in);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("beans")) {
        issues->append({Text::tr("%1 line %2").arg(file).arg(xml.lineNumber()),
                        xml.hasError()
                            ? Text::tr("not XML: %1").arg(xml.errorString())
                            : Text::tr("not a Data Loader process-conf.xml: its root element is <%1>, "
                                       "not <beans>")
                                  .arg(xml.name().toString())});
        return false;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("bean")) {
            xml.skipCurrentElement();
            continue;
        }
        Bean bean;
        bean.line = xml.lineNumber();
        bean.id = xml.attributes().value(QLatin1String("id")).toString();
        bean.className = xml.attributes().value(QLatin1String("class")).toString();
        readBean(xml, &bean);
        beans->append(bean);
    }
    if (xml.hasError()) {
        issues->append({Text::tr("%1 line %2").arg(file).arg(xml.lineNumber()),
                        Text::tr("not well-formed XML: %1").arg(xml.errorString())});
        return false;
    }
    return true;
}

// Data Loader matches a mapping's columns to the CSV header ignoring case; sfsync matches them exactly. When
// the CSV is there, each column takes the header's spelling (when exactly one header column is equal
// ignoring case), so the job runs as the process did.
void adoptHeaderCase(Action *action, const JobConfig &config)
{
    const std::unique_ptr<Source> source = Source::create(config.source, config.resolvedSourcePath());
    QString error;
    if (!source || !source->open(&error))
        return;
    const QStringList header = source->header();
    const auto spelled = [&header](const QString &column) {
        if (column.isEmpty() || header.contains(column))
            return column;
        QString found;
        for (const QString &h : header) {
            if (h.compare(column, Qt::CaseInsensitive) == 0) {
                if (!found.isEmpty())
                    return column; // two candidates: leave it to the job's own check
                found = h;
            }
        }
        return found.isEmpty() ? column : found;
    };
    for (Matcher &m : action->matchers)
        m.column = spelled(m.column);
    for (FieldMapping &f : action->fields)
        f.column = spelled(f.column);
}

} // namespace

QStringList DataLoaderImport::processNames(const QString &path)
{
    QList<Bean> beans;
    ConfigIssues issues;
    QStringList names;
    if (readBeans(path, &beans, &issues)) {
        for (const Bean &b : std::as_const(beans)) {
            if (b.className.endsWith(QLatin1String("ProcessRunner")))
                names.append(b.id);
        }
    }
    return names;
}

bool DataLoaderImport::operationNamed(const QString &name, Action::Operation *operation)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("insert") || n == QLatin1String("create"))
        *operation = Action::Operation::Create;
    else if (n == QLatin1String("update"))
        *operation = Action::Operation::Update;
    else if (n == QLatin1String("upsert"))
        *operation = Action::Operation::Upsert;
    else if (n == QLatin1String("delete"))
        *operation = Action::Operation::Delete;
    else if (n == QLatin1String("hard_delete") || n == QLatin1String("harddelete"))
        *operation = Action::Operation::HardDelete;
    else
        return false;
    return true;
}

std::optional<DataLoaderJob> DataLoaderImport::fromProcessConf(const QString &path, const QString &beanId,
                                                               ConfigIssues *issues)
{
    const QString file = QFileInfo(path).fileName();
    QList<Bean> beans;
    if (!readBeans(path, &beans, issues))
        return std::nullopt;
    QStringList ids;
    for (const Bean &b : std::as_const(beans))
        ids.append(b.id.isEmpty() ? Text::tr("(no id, line %1)").arg(b.line) : b.id);
    const Bean *chosen = nullptr;
    if (beanId.isEmpty()) {
        if (beans.size() != 1) {
            issues->append({file,
                            beans.isEmpty() ? Text::tr("holds no <bean>")
                                            : Text::tr("holds %1 beans (%2): choose one with --bean NAME")
                                                  .arg(beans.size())
                                                  .arg(ids.join(QStringLiteral(", ")))});
            return std::nullopt;
        }
        chosen = &beans.first();
    } else {
        for (const Bean &b : std::as_const(beans)) {
            if (b.id == beanId)
                chosen = &b;
        }
        if (!chosen) {
            issues->append(
                {file,
                 Text::tr("has no bean \"%1\"; its beans: %2").arg(beanId, ids.join(QStringLiteral(", ")))});
            return std::nullopt;
        }
    }
    const QString where = Text::tr("%1, bean %2").arg(file, chosen->id);
    if (!chosen->className.endsWith(QLatin1String("ProcessRunner"))) {
        issues->append(
            {where,
             Text::tr("is a %1, not a Data Loader ProcessRunner")
                 .arg(chosen->className.isEmpty() ? Text::tr("bean without a class") : chosen->className)});
        return std::nullopt;
    }
    std::optional<DataLoaderJob> job = build(chosen->settings, where, QFileInfo(path).absolutePath(),
                                             chosen->name.isEmpty() ? chosen->id : chosen->name, issues);
    if (job) {
        for (const QString &property : chosen->otherProperties)
            job->notes.append(
                {where + QStringLiteral(": ") + property, QString(),
                 Text::tr("a bean property other than name and configOverrideMap: no equivalent")});
    }
    return job;
}

std::optional<DataLoaderJob> DataLoaderImport::fromSdl(const QString &path, const QString &object,
                                                       const QString &operation,
                                                       const QString &externalIdField, const QString &csv,
                                                       ConfigIssues *issues)
{
    QMap<QString, QString> settings;
    settings.insert(QStringLiteral("sfdc.entity"), object);
    settings.insert(QStringLiteral("process.operation"), operation);
    settings.insert(QStringLiteral("process.mappingFile"), QFileInfo(path).absoluteFilePath());
    if (!externalIdField.isEmpty())
        settings.insert(QStringLiteral("sfdc.externalIdField"), externalIdField);
    if (!csv.isEmpty())
        settings.insert(QStringLiteral("dataAccess.name"), QFileInfo(csv).absoluteFilePath());
    std::optional<DataLoaderJob> job =
        build(settings, QFileInfo(path).fileName(), QFileInfo(path).absolutePath(),
              QFileInfo(path).completeBaseName(), issues);
    return job;
}

std::optional<DataLoaderJob> DataLoaderImport::build(const QMap<QString, QString> &settings,
                                                     const QString &where, const QString &baseDir,
                                                     const QString &name, ConfigIssues *issues)
{
    const qsizetype before = issues->size();
    DataLoaderJob job;
    JobConfig &config = job.config;
    config.name = name;
    config.baseDir = baseDir;
    Action action;
    const auto at = [&where](const QString &key) -> QString {
        return where + QStringLiteral(": ") + key;
    };
    const auto note = [&job, &at](const QString &key, const QString &value, const QString &why) {
        job.notes.append({at(key), isSecret(key) ? QString() : value, why});
    };
    const auto resolve = [&baseDir](const QString &p) {
        return QDir::cleanPath(QDir(baseDir).absoluteFilePath(p.trimmed()));
    };

    const QString operation = settings.value(QStringLiteral("process.operation"));
    if (operation.isEmpty()) {
        issues->append({at(QStringLiteral("process.operation")), Text::tr("is required")});
    } else if (!operationNamed(operation, &action.operation)) {
        const QString op = operation.trimmed().toLower();
        issues->append({at(QStringLiteral("process.operation")),
                        op.startsWith(QLatin1String("extract"))
                            ? Text::tr("\"%1\" exports records; sfsync only writes them").arg(operation)
                            : Text::tr("\"%1\" is not a Data Loader operation sfsync knows (insert, update, "
                                       "upsert, delete, hard_delete)")
                                  .arg(operation)});
    }
    action.object = settings.value(QStringLiteral("sfdc.entity")).trimmed();
    if (action.object.isEmpty())
        issues->append({at(QStringLiteral("sfdc.entity")), Text::tr("is required")});

    SdlMapping mapping;
    const QString mappingFile = settings.value(QStringLiteral("process.mappingFile"));
    if (mappingFile.isEmpty()) {
        issues->append({at(QStringLiteral("process.mappingFile")),
                        Text::tr("is required: sfsync needs the .sdl file that maps columns to fields")});
    } else {
        mapping = SdlMapping::load(resolve(mappingFile), issues);
        job.notes.append(mapping.notes);
    }

    // Matchers: the Id for update and deletes (Data Loader takes it from the column mapped to Id), the
    // external ID field for upsert.
    QList<FieldMapping> fields = mapping.fields;
    const QString externalId = settings.value(QStringLiteral("sfdc.externalIdField")).trimmed();
    if (issues->size() == before && action.operation != Action::Operation::Create) {
        const QString key = action.operation == Action::Operation::Upsert ? externalId : QStringLiteral("Id");
        if (key.isEmpty()) {
            issues->append({at(QStringLiteral("sfdc.externalIdField")),
                            Text::tr("is required for upsert (the field that matches records)")});
        } else {
            const QString column = mapping.columnFor(key);
            if (column.isEmpty())
                issues->append({at(QStringLiteral("process.mappingFile")),
                                Text::tr("%1 needs a column mapped to %2 in %3")
                                    .arg(Action::operationName(action.operation), key,
                                         QFileInfo(mappingFile).fileName())});
            else
                action.matchers.append(Matcher {key, column, {}, false});
        }
        // The Id is the matcher, never a written field; deletes write no field at all.
        fields.removeIf([&](const FieldMapping &f) {
            return action.deletes() || f.field.compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0;
        });
    }
    if (action.operation == Action::Operation::Create)
        fields.removeIf([&](const FieldMapping &f) {
            const bool id = f.field.compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0;
            if (id)
                job.notes.append({at(QStringLiteral("process.mappingFile")), f.column,
                                  Text::tr("an insert cannot set Id: the column mapped to it is left out")});
            return id;
        });
    action.fields = fields;
    if (action.deletes() && !mapping.fields.isEmpty() && action.matchers.size() == 1
        && mapping.fields.size() > 1)
        job.notes.append({at(QStringLiteral("process.mappingFile")), QString(),
                          Text::tr("a delete writes no fields: only the Id column is used")});

    // The source.
    config.source.type = SourceConfig::Type::Csv;
    const QString type =
        settings.value(QStringLiteral("dataAccess.type"), QStringLiteral("csvRead")).trimmed();
    if (type.compare(QLatin1String("csvRead"), Qt::CaseInsensitive) != 0) {
        issues->append({at(QStringLiteral("dataAccess.type")),
                        Text::tr("\"%1\" is not supported: sfsync reads CSV files (csvRead); export the data "
                                 "to a CSV file first")
                            .arg(type)});
    }
    const QString csv = settings.value(QStringLiteral("dataAccess.name"));
    if (csv.isEmpty()) {
        config.source.path = QStringLiteral("REPLACE-WITH-THE-CSV-FILE.csv");
        job.hints.append(
            Text::tr("No CSV file was given: set source.path in the job, or pass --source FILE to "
                     "'sfsync-run run'."));
    } else {
        config.source.path = resolve(csv);
    }
    const QString charset = settings.value(QStringLiteral("dataAccess.readCharset")).trimmed();
    if (!charset.isEmpty()) {
        if (!SourceConfig::encodingFromName(charset, &config.source.encoding))
            note(QStringLiteral("dataAccess.readCharset"), charset,
                 Text::tr("not an encoding sfsync reads; the job reads UTF-8 (set source.encoding)"));
    } else if (settings.contains(QStringLiteral("dataAccess.readUTF8"))
               && !isTrue(settings.value(QStringLiteral("dataAccess.readUTF8")))) {
        // Data Loader then reads the platform's default charset, usually Windows-1252 on Windows.
        config.source.encoding = SourceConfig::Encoding::Windows1252;
        note(QStringLiteral("dataAccess.readUTF8"), settings.value(QStringLiteral("dataAccess.readUTF8")),
             Text::tr("Data Loader then reads the computer's default encoding; the job reads windows-1252 "
                      "(change source.encoding if the file is in another one)"));
    }

    // How it writes.
    const bool bulk = isTrue(settings.value(QStringLiteral("sfdc.useBulkApi")));
    // A hard delete always runs through Bulk API 2.0, whatever the setting says.
    if (settings.contains(QStringLiteral("sfdc.useBulkApi"))
        && action.operation != Action::Operation::HardDelete)
        action.bulk = bulk ? Action::BulkMode::On : Action::BulkMode::Off;
    if (bulk && settings.contains(QStringLiteral("sfdc.useBulkV2Api"))
        && !isTrue(settings.value(QStringLiteral("sfdc.useBulkV2Api"))))
        note(QStringLiteral("sfdc.useBulkV2Api"), settings.value(QStringLiteral("sfdc.useBulkV2Api")),
             Text::tr("sfsync writes through Bulk API 2.0, not 1.0"));
    if (settings.contains(QStringLiteral("sfdc.loadBatchSize"))) {
        bool ok = false;
        const int size = settings.value(QStringLiteral("sfdc.loadBatchSize")).trimmed().toInt(&ok);
        if (!ok || size < 1)
            issues->append({at(QStringLiteral("sfdc.loadBatchSize")),
                            Text::tr("\"%1\" is not a positive number")
                                .arg(settings.value(QStringLiteral("sfdc.loadBatchSize")))});
        else if (bulk || size > SalesforceLimits::CollectionsRecords)
            note(QStringLiteral("sfdc.loadBatchSize"), QString::number(size),
                 Text::tr("Bulk API 2.0 jobs are sized by sfsync; sObject Collections calls carry at most %1 "
                          "records (batchSize)")
                     .arg(SalesforceLimits::CollectionsRecords));
        else
            action.batchSize = size;
    }
    if (isTrue(settings.value(QStringLiteral("sfdc.bulkApiSerialMode")))) {
        config.options.concurrency = 1;
        note(QStringLiteral("sfdc.bulkApiSerialMode"), QStringLiteral("true"),
             Text::tr("Bulk API 2.0 has no serial mode: the job sends one call or job at a time "
                      "(options.concurrency 1)"));
    }
    if (isTrue(settings.value(QStringLiteral("sfdc.insertNulls"))))
        action.emptyAs = Action::EmptyAs::Null;
    if (settings.contains(QStringLiteral("sfdc.timeoutSecs"))) {
        bool ok = false;
        const int seconds = settings.value(QStringLiteral("sfdc.timeoutSecs")).trimmed().toInt(&ok);
        if (ok && seconds > 0) {
            config.options.requestTimeoutSeconds = qBound(5, seconds, 600);
            if (config.options.requestTimeoutSeconds != seconds)
                note(QStringLiteral("sfdc.timeoutSecs"), QString::number(seconds),
                     Text::tr("sfsync waits 5 to 600 seconds for an answer: %1 taken")
                         .arg(config.options.requestTimeoutSeconds));
        } else {
            note(QStringLiteral("sfdc.timeoutSecs"), settings.value(QStringLiteral("sfdc.timeoutSecs")),
                 Text::tr("not a number of seconds: left out"));
        }
    }
    const QString zone = settings.value(QStringLiteral("sfdc.timezone")).trimmed();
    if (!zone.isEmpty())
        action.timeZone = zone;
    if (isTrue(settings.value(QStringLiteral("process.useEuropeanDates")))) {
        action.dateFormat = QStringLiteral("dd/MM/yyyy");
        action.dateTimeFormat = QStringLiteral("dd/MM/yyyy HH:mm:ss");
    }
    if (action.operation == Action::Operation::HardDelete)
        job.hints.append(
            Text::tr("The job hard deletes: 'sfsync-run run' needs --yes, or add \"confirmHardDelete\": "
                     "true to the action once you have checked it."));

    // Settings sfsync has no place for, or does its own way: listed, never silently dropped.
    static const QStringList carried {
        QStringLiteral("process.operation"),      QStringLiteral("sfdc.entity"),
        QStringLiteral("sfdc.externalIdField"),   QStringLiteral("process.mappingFile"),
        QStringLiteral("dataAccess.type"),        QStringLiteral("dataAccess.name"),
        QStringLiteral("dataAccess.readCharset"), QStringLiteral("dataAccess.readUTF8"),
        QStringLiteral("sfdc.useBulkApi"),        QStringLiteral("sfdc.useBulkV2Api"),
        QStringLiteral("sfdc.loadBatchSize"),     QStringLiteral("sfdc.bulkApiSerialMode"),
        QStringLiteral("sfdc.insertNulls"),       QStringLiteral("sfdc.timeoutSecs"),
        QStringLiteral("sfdc.timezone"),          QStringLiteral("process.useEuropeanDates")};
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        const QString &key = it.key();
        if (carried.contains(key))
            continue;
        if (key == QLatin1String("sfdc.endpoint")) {
            note(key, it.value(),
                 Text::tr("the org to sign in to: 'sfsync-run login --instance-url %1' (or the desktop app's "
                          "sign-in) once, then run with --profile")
                     .arg(it.value().trimmed()));
        } else if (key == QLatin1String("sfdc.username") || isSecret(key)) {
            note(key, key == QLatin1String("sfdc.username") ? it.value() : QString(),
                 Text::tr("credentials are never copied: sign in with sfsync instead"));
        } else if (key == QLatin1String("process.outputSuccess")
                   || key == QLatin1String("process.outputError")) {
            note(key, it.value(),
                 Text::tr("sfsync writes results.csv and errors.csv into the folder given with --out "
                          "(e.g. --out %1)")
                     .arg(QFileInfo(resolve(it.value())).absolutePath()));
        } else if (key == QLatin1String("process.enableLastRunOutput")
                   || key == QLatin1String("process.lastRunOutputDirectory")) {
            note(key, it.value(),
                 Text::tr(
                     "sfsync keeps its own run journal; 'sfsync-run run --resume' continues an interrupted "
                     "run"));
        } else {
            note(key, it.value(), Text::tr("no equivalent in sfsync"));
        }
    }

    adoptHeaderCase(&action, config);
    config.actions = {action};
    if (issues->size() != before)
        return std::nullopt;
    // What came out must be a job sfsync reads: anything else is a fault of the input, named here.
    const ConfigIssues shape = config.validateShape();
    for (const ConfigIssue &issue : shape)
        issues->append({where, Text::tr("the job made from it is not valid: %1").arg(issue.toString())});
    if (!shape.isEmpty())
        return std::nullopt;
    return job;
}

void DataLoaderImport::relocate(JobConfig *config, const QString &folder)
{
    if (QFileInfo(config->source.path).isAbsolute())
        config->source.path = QDir(folder).relativeFilePath(config->source.path);
    config->baseDir = folder;
}

} // namespace sfsync
