#include "core/config/parentreference.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sfsync {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::ParentReference)
};

bool isApiName(const QString &part)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    return re.match(part).hasMatch();
}

const ObjectDescribe *findObject(const QHash<QString, ObjectDescribe> &objects, const QString &name)
{
    for (auto it = objects.constBegin(); it != objects.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0 && it->isValid())
            return &it.value();
    }
    return nullptr;
}

} // namespace

bool ParentReference::looksLikeOne(const QString &field)
{
    return field.contains(QLatin1Char('.')) || field.contains(QLatin1Char(':'));
}

std::optional<ParentReference> ParentReference::parse(const QString &field)
{
    ParentReference ref;
    QString rest = field;
    const QStringList typed = field.split(QLatin1Char(':'));
    if (typed.size() > 2)
        return std::nullopt;
    if (typed.size() == 2) {
        ref.parentObject = typed.first();
        rest = typed.last();
        if (!isApiName(ref.parentObject))
            return std::nullopt;
    }
    const QStringList parts = rest.split(QLatin1Char('.'));
    if (parts.size() != 2 || !isApiName(parts.first()) || !isApiName(parts.last()))
        return std::nullopt;
    ref.relationship = parts.first();
    ref.keyField = parts.last();
    return ref;
}

QString ParentReference::spelling() const
{
    const QString path = relationship + QLatin1Char('.') + keyField;
    return parentObject.isEmpty() ? path : parentObject + QLatin1Char(':') + path;
}

std::optional<ParentLink> ParentLink::resolve(const ParentReference &ref, const ObjectDescribe &child,
                                              const QHash<QString, ObjectDescribe> &objects, QString *error,
                                              QString *needsObject)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const FieldInfo *reference = nullptr;
    for (const FieldInfo &f : child.fields()) {
        if (f.type == QLatin1String("reference") && !f.relationshipName.isEmpty()
            && f.relationshipName.compare(ref.relationship, Qt::CaseInsensitive) == 0)
            reference = &f;
    }
    if (!reference)
        return fail(Text::tr("%1 is not a relationship of %2").arg(ref.relationship, child.name()));
    QString parentObject;
    if (ref.parentObject.isEmpty()) {
        if (reference->referenceTo.size() != 1)
            return fail(Text::tr("%1 is polymorphic (%2): name the parent object, e.g. %3:%1.%4")
                            .arg(reference->relationshipName,
                                 reference->referenceTo.join(QStringLiteral(", ")),
                                 reference->referenceTo.value(0), ref.keyField));
        parentObject = reference->referenceTo.first();
    } else {
        for (const QString &target : reference->referenceTo) {
            if (target.compare(ref.parentObject, Qt::CaseInsensitive) == 0)
                parentObject = target;
        }
        if (parentObject.isEmpty())
            return fail(Text::tr("%1 cannot point to %2 (only to %3)")
                            .arg(reference->relationshipName, ref.parentObject,
                                 reference->referenceTo.join(QStringLiteral(", "))));
    }
    const ObjectDescribe *parent = findObject(objects, parentObject);
    if (!parent) {
        if (needsObject)
            *needsObject = parentObject;
        return fail(Text::tr("%1 is not an object of this org").arg(parentObject));
    }
    const FieldInfo *key = parent->field(ref.keyField);
    if (!key)
        return fail(Text::tr("%1 is not a field of %2").arg(ref.keyField, parent->name()));
    if (!key->externalId && !key->idLookup)
        return fail(
            Text::tr("%1 of %2 is neither an External ID nor an idLookup field, so it cannot identify "
                     "the parent")
                .arg(key->name, parent->name()));
    ParentLink link;
    link.reference = *reference;
    link.parentObject = parent->name();
    link.key = *key;
    link.parentHasName = parent->field(QStringLiteral("Name")) != nullptr
        && key->name.compare(QLatin1String("Name"), Qt::CaseInsensitive) != 0;
    return link;
}

} // namespace sfsync
