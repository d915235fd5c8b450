#include "core/config/configvalidator.h"

#include "core/config/parentreference.h"
#include "core/config/valueconverter.h"

#include <QCoreApplication>
#include <QSet>
#include <optional>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::ConfigValidator)
};

const ObjectDescribe *findObject(const QHash<QString, ObjectDescribe> &objects, const QString &name)
{
    for (auto it = objects.constBegin(); it != objects.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0 && it->isValid())
            return &it.value();
    }
    return nullptr;
}

} // namespace

ConfigIssues ConfigValidator::validate(const JobConfig &config, const QHash<QString, ObjectDescribe> &objects)
{
    ConfigIssues issues;
    for (int i = 0; i < config.actions.size(); ++i) {
        const Action &a = config.actions.at(i);
        const QString p = QStringLiteral("actions[%1]").arg(i);
        const ObjectDescribe *object = findObject(objects, a.object);
        if (!object) {
            issues.append(
                {p + QStringLiteral(".object"), Text::tr("%1 is not an object of this org").arg(a.object)});
            continue;
        }
        const ObjectSummary &s = object->summary();
        const QString objectName = s.name;
        switch (a.operation) {
        case Action::Operation::Create:
            if (!s.createable)
                issues.append({p + QStringLiteral(".operation"),
                               Text::tr("%1 records cannot be created").arg(objectName)});
            break;
        case Action::Operation::Update:
            if (!s.updateable)
                issues.append({p + QStringLiteral(".operation"),
                               Text::tr("%1 records cannot be updated").arg(objectName)});
            break;
        case Action::Operation::Upsert:
            if (!s.createable || !s.updateable)
                issues.append({p + QStringLiteral(".operation"),
                               Text::tr("%1 records cannot be both created and updated").arg(objectName)});
            break;
        case Action::Operation::Delete:
        case Action::Operation::HardDelete:
            if (!s.deletable)
                issues.append({p + QStringLiteral(".operation"),
                               Text::tr("%1 records cannot be deleted").arg(objectName)});
            break;
        }
        if (a.operation != Action::Operation::Create && !s.queryable
            && !(a.matchers.size() == 1
                 && a.matchers.first().field.compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0)) {
            issues.append({p + QStringLiteral(".object"),
                           Text::tr("%1 cannot be queried to match records").arg(objectName)});
        }

        const ValueConverter converter(a);
        for (int m = 0; m < a.matchers.size(); ++m) {
            const Matcher &mt = a.matchers.at(m);
            const QString mp = p + QStringLiteral(".matchers[%1]").arg(m);
            const FieldInfo *field = object->field(mt.field);
            if (!field) {
                issues.append({mp + QStringLiteral(".field"),
                               Text::tr("%1 is not a field of %2").arg(mt.field, objectName)});
                continue;
            }
            if (!field->filterable) {
                issues.append({mp + QStringLiteral(".field"),
                               Text::tr("%1 is not filterable on %2").arg(field->name, objectName)});
                continue;
            }
            if (mt.hasValue) {
                const ConvertedValue v = converter.convert(*field, mt.value);
                if (!v.ok)
                    issues.append({mp + QStringLiteral(".value"), v.error});
            }
        }

        QSet<QString> written;
        for (int f = 0; f < a.fields.size(); ++f) {
            const FieldMapping &fm = a.fields.at(f);
            const QString fp = p + QStringLiteral(".fields[%1]").arg(f);
            // A parent's key ("Account.Legacy_Id__c") writes the reference field (AccountId); its
            // constant converts by the parent's key field.
            std::optional<ParentLink> link;
            if (const auto ref = ParentReference::parse(fm.field)) {
                QString error;
                link = ParentLink::resolve(*ref, *object, objects, &error);
                if (!link) {
                    issues.append({fp + QStringLiteral(".field"), error});
                    continue;
                }
            }
            const FieldInfo *field = link ? &link->reference : object->field(fm.field);
            if (!field) {
                issues.append({fp + QStringLiteral(".field"),
                               Text::tr("%1 is not a field of %2").arg(fm.field, objectName)});
                continue;
            }
            if (written.contains(field->name.toLower())) {
                issues.append({fp + QStringLiteral(".field"),
                               Text::tr("%1 is already written by this action").arg(field->name)});
                continue;
            }
            written.insert(field->name.toLower());
            const bool create =
                a.operation == Action::Operation::Create || a.operation == Action::Operation::Upsert;
            const bool update =
                a.operation == Action::Operation::Update || a.operation == Action::Operation::Upsert;
            if (create && !field->createable) {
                issues.append(
                    {fp + QStringLiteral(".field"),
                     Text::tr("%1 cannot be set when creating %2 records").arg(field->name, objectName)});
            } else if (update && !field->updateable) {
                issues.append(
                    {fp + QStringLiteral(".field"),
                     Text::tr("%1 cannot be changed when updating %2 records").arg(field->name, objectName)});
            }
            if (fm.hasValue) {
                if (fm.valueIsNull) {
                    if (!field->nillable && field->type != QLatin1String("boolean"))
                        issues.append(
                            {fp + QStringLiteral(".value"), Text::tr("%1 cannot be empty").arg(field->name)});
                } else {
                    const ConvertedValue v = converter.convert(link ? link->key : *field, fm.value);
                    if (!v.ok)
                        issues.append({fp + QStringLiteral(".value"), v.error});
                }
            }
        }

        if (a.operation == Action::Operation::Create || a.operation == Action::Operation::Upsert) {
            QStringList missing;
            for (const FieldInfo *required : object->requiredOnCreate()) {
                if (!written.contains(required->name.toLower()))
                    missing.append(required->name);
            }
            if (!missing.isEmpty()) {
                issues.append({p + QStringLiteral(".fields"),
                               Text::tr("%1 requires %2 when creating records")
                                   .arg(objectName, missing.join(QStringLiteral(", ")))});
            }
        }
    }
    return issues;
}

QStringList ConfigValidator::missingParentObjects(const JobConfig &config,
                                                  const QHash<QString, ObjectDescribe> &objects)
{
    QStringList missing;
    for (const Action &a : config.actions) {
        const ObjectDescribe *object = findObject(objects, a.object);
        if (!object)
            continue;
        for (const FieldMapping &fm : a.fields) {
            const auto ref = ParentReference::parse(fm.field);
            if (!ref)
                continue;
            QString needed;
            if (!ParentLink::resolve(*ref, *object, objects, nullptr, &needed) && !needed.isEmpty()
                && !missing.contains(needed, Qt::CaseInsensitive))
                missing.append(needed);
        }
    }
    return missing;
}

ConfigIssues ConfigValidator::validateColumns(const JobConfig &config, const QStringList &sourceHeader)
{
    ConfigIssues issues;
    const QSet<QString> header(sourceHeader.cbegin(), sourceHeader.cend());
    for (int i = 0; i < config.actions.size(); ++i) {
        const Action &a = config.actions.at(i);
        const QString p = QStringLiteral("actions[%1]").arg(i);
        for (int m = 0; m < a.matchers.size(); ++m) {
            const Matcher &mt = a.matchers.at(m);
            if (!mt.hasValue && !header.contains(mt.column))
                issues.append({p + QStringLiteral(".matchers[%1].column").arg(m),
                               Text::tr("the source has no column \"%1\"").arg(mt.column)});
        }
        for (int f = 0; f < a.fields.size(); ++f) {
            const FieldMapping &fm = a.fields.at(f);
            if (!fm.hasValue && !header.contains(fm.column))
                issues.append({p + QStringLiteral(".fields[%1].column").arg(f),
                               Text::tr("the source has no column \"%1\"").arg(fm.column)});
        }
    }
    return issues;
}

} // namespace sfsync
