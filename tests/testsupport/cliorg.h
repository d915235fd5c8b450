#pragma once

#include "tests/testsupport/scratchdir.h"
#include "tests/testsupport/testorg.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sfsync::test {

// An empty local org in the test process (seed "none") with a fixed, recognisable access token, plus a
// scratch folder for configs, sources and result files. sfsync-run reaches it with --instance-url and the
// token in SFSYNC_ACCESS_TOKEN.
class CliOrg
{
public:
    // Distinctive, so a test can prove it never shows up in any output.
    static QString token() { return QStringLiteral("00D000000000001!AQsfsyncSECRETcliTOKEN0123456789"); }

    CliOrg();

    bool start(QString *error = nullptr);
    localorg::LocalOrg &org() { return m_org.org(); }
    [[nodiscard]] QString url() const;
    // The connection arguments for sfsync-run: --instance-url URL.
    [[nodiscard]] QStringList connectArgs() const;

    // Creates a Contact; returns its Id (empty on failure).
    QString createContact(const QString &lastName, const QString &email);
    [[nodiscard]] QList<QJsonObject> contacts();

    [[nodiscard]] QString dir() const { return m_dir.path(); }
    QString writeFile(const QString &name, const QByteArray &content) const
    {
        return m_dir.write(name, content);
    }

private:
    static localorg::LocalOrgOptions options();

    TestOrg m_org;
    ScratchDir m_dir;
};

} // namespace sfsync::test
