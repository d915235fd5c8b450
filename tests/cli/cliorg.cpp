#include "cliorg.h"

#include "localorg/data/recordstore.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>

namespace sfsync::test {

CliOrg::CliOrg()
{
    localorg::LocalOrgOptions options;
    options.seed = QStringLiteral("none");
    options.accessToken = token();
    m_org = std::make_unique<localorg::LocalOrg>(options);
}

CliOrg::~CliOrg() = default;

bool CliOrg::start(QString *error)
{
    return m_dir.isValid() && m_org->start(error);
}

QString CliOrg::url() const
{
    return m_org->baseUrl().toString();
}

QStringList CliOrg::connectArgs() const
{
    return {QStringLiteral("--instance-url"), url()};
}

QString CliOrg::createContact(const QString &lastName, const QString &email)
{
    const localorg::WriteResult result = m_org->records().create(
        QStringLiteral("Contact"),
        QJsonObject {{QStringLiteral("LastName"), lastName}, {QStringLiteral("Email"), email}});
    return result.ok() ? result.id : QString();
}

QList<QJsonObject> CliOrg::contacts() const
{
    return m_org->records().records(QStringLiteral("Contact"));
}

QString CliOrg::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = QDir(m_dir.path()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(content);
    return path;
}

QList<QStringList> CliOrg::readCsv(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return {};
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool rowHasContent = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            rowHasContent = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
            rowHasContent = true;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            rowHasContent = false;
        } else {
            cell += c;
            rowHasContent = true;
        }
    }
    if (rowHasContent) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

} // namespace sfsync::test
