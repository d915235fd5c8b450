#include "tests/testsupport/cliorg.h"

#include "localorg/data/recordstore.h"

namespace sfsync::test {

localorg::LocalOrgOptions CliOrg::options()
{
    localorg::LocalOrgOptions options;
    options.seed = QStringLiteral("none");
    options.accessToken = token();
    return options;
}

CliOrg::CliOrg()
    : m_org(options())
{ }

bool CliOrg::start(QString *error)
{
    return m_dir.isValid() && m_org.start(error);
}

QString CliOrg::url() const
{
    return m_org.baseUrl().toString();
}

QStringList CliOrg::connectArgs() const
{
    return {QStringLiteral("--instance-url"), url()};
}

QString CliOrg::createContact(const QString &lastName, const QString &email)
{
    const localorg::WriteResult result = org().records().create(
        QStringLiteral("Contact"),
        QJsonObject {{QStringLiteral("LastName"), lastName}, {QStringLiteral("Email"), email}});
    return result.ok() ? result.id : QString();
}

QList<QJsonObject> CliOrg::contacts()
{
    return org().records().records(QStringLiteral("Contact"));
}

} // namespace sfsync::test
