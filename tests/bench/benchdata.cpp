#include "benchdata.h"

#include "localorg/data/recordstore.h"

#include <QFile>
#include <QJsonObject>

namespace sfsync::bench {

namespace {

QString lastName(int i)
{
    // Every 50th name carries a quote, so every contender has to escape its literals and bodies.
    return i % 50 == 0 ? QStringLiteral("O'Brien %1").arg(i) : QStringLiteral("Last %1").arg(i);
}

} // namespace

BenchData::BenchData(int rows)
    : m_rows(rows)
{ }

BenchData::Kind BenchData::kindOf(int row)
{
    const int k = row % 20;
    if (k < 7)
        return Kind::New;
    if (k < 15)
        return Kind::ByEmail;
    if (k < 19)
        return Kind::ByLegacyId;
    return Kind::Ambiguous;
}

int BenchData::expectedCreated() const
{
    int n = 0;
    for (int i = 0; i < m_rows; ++i)
        n += kindOf(i) == Kind::New ? 1 : 0;
    return n;
}

int BenchData::expectedUpdated() const
{
    int n = 0;
    for (int i = 0; i < m_rows; ++i)
        n += kindOf(i) == Kind::ByEmail || kindOf(i) == Kind::ByLegacyId ? 1 : 0;
    return n;
}

int BenchData::expectedAmbiguous() const
{
    return m_rows - expectedCreated() - expectedUpdated();
}

int BenchData::expectedRewritten(int changeEvery) const
{
    int n = 0;
    for (int i = 0; changeEvery > 0 && i < m_rows; i += changeEvery)
        n += kindOf(i) == Kind::Ambiguous ? 0 : 1;
    return n;
}

bool BenchData::writeCsv(const QString &path, QString *error, int changeEvery) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    QByteArray out = "email,legacy_id,first_name,last_name\n";
    for (int i = 0; i < m_rows; ++i) {
        QString email;
        QString legacy;
        switch (kindOf(i)) {
        case Kind::New:
            email = QStringLiteral("new%1@bench.example").arg(i);
            legacy = QStringLiteral("BN-%1").arg(i);
            break;
        case Kind::ByEmail:
            email = QStringLiteral("m%1@bench.example").arg(i);
            legacy = QStringLiteral("BE-%1").arg(i); // not in the org yet
            break;
        case Kind::ByLegacyId:
            email = QStringLiteral("l%1@bench.example").arg(i); // not in the org
            legacy = QStringLiteral("BL-%1").arg(i);
            break;
        case Kind::Ambiguous:
            email = QStringLiteral("a%1@bench.example").arg(i);
            legacy = QStringLiteral("BA-%1").arg(i);
            break;
        }
        const QString name = changeEvery > 0 && i % changeEvery == 0
            ? lastName(i) + QStringLiteral(" (changed)")
            : lastName(i);
        out += email.toUtf8() + ',' + legacy.toUtf8() + ",First " + QByteArray::number(i) + ','
            + (name.contains(QLatin1Char(',')) ? '"' + name.toUtf8() + '"' : name.toUtf8()) + '\n';
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    if (!file.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

int BenchData::seed(localorg::RecordStore &store) const
{
    const QString contact = QStringLiteral("Contact");
    int created = 0;
    const int savepoint = store.savepoint();
    auto add = [&](const QJsonObject &fields) {
        if (store.create(contact, fields).ok())
            ++created;
    };
    for (int i = 0; i < m_rows; ++i) {
        switch (kindOf(i)) {
        case Kind::New:
            break;
        case Kind::ByEmail:
            add({{QStringLiteral("LastName"), QStringLiteral("Existing %1").arg(i)},
                 {QStringLiteral("Email"), QStringLiteral("m%1@bench.example").arg(i)}});
            break;
        case Kind::ByLegacyId:
            add({{QStringLiteral("LastName"), QStringLiteral("Existing %1").arg(i)},
                 {QStringLiteral("Email"), QStringLiteral("old%1@bench.example").arg(i)},
                 {QStringLiteral("Legacy_Id__c"), QStringLiteral("BL-%1").arg(i)}});
            break;
        case Kind::Ambiguous:
            add({{QStringLiteral("LastName"), QStringLiteral("Existing A %1").arg(i)},
                 {QStringLiteral("Email"), QStringLiteral("a%1@bench.example").arg(i)}});
            add({{QStringLiteral("LastName"), QStringLiteral("Existing B %1").arg(i)},
                 {QStringLiteral("Legacy_Id__c"), QStringLiteral("BA-%1").arg(i)}});
            break;
        }
    }
    store.release(savepoint);
    return created;
}

} // namespace sfsync::bench
