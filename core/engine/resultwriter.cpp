#include "core/engine/resultwriter.h"

#include <QCoreApplication>
#include <QDir>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::ResultWriter)
};

void appendCell(QByteArray &out, const QString &cell)
{
    bool quote = false;
    for (const QChar c : cell) {
        const char16_t u = c.unicode();
        if (u == ',' || u == '"' || u == '\n' || u == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += cell.toUtf8();
        return;
    }
    out += '"';
    QString escaped = cell;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    out += escaped.toUtf8();
    out += '"';
}

} // namespace

ResultWriter::ResultWriter(const QString &directory, Kind kind, const QStringList &sourceHeader)
    : m_directory(directory)
    , m_kind(kind)
    , m_header(sourceHeader)
{ }

ResultWriter::~ResultWriter()
{
    // Not closed: an aborted write leaves the previous files untouched.
    if (m_main)
        m_main->cancelWriting();
    if (m_errors)
        m_errors->cancelWriting();
}

QString ResultWriter::resultsPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("results.csv"));
}

QString ResultWriter::errorsPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("errors.csv"));
}

QString ResultWriter::previewPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("preview.csv"));
}

QByteArray ResultWriter::csvLine(const QStringList &cells)
{
    QByteArray out;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        appendCell(out, cells.at(i));
    }
    out += '\n';
    return out;
}

bool ResultWriter::open(QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        *error = Text::tr("cannot create the folder %1").arg(m_directory);
        return false;
    }
    auto openFile = [&](const QString &path, std::unique_ptr<QSaveFile> *file) {
        *file = std::make_unique<QSaveFile>(path);
        if (!(*file)->open(QIODevice::WriteOnly)) {
            *error = Text::tr("cannot write %1: %2").arg(path, (*file)->errorString());
            return false;
        }
        return true;
    };
    if (m_kind == Kind::Preview) {
        if (!openFile(previewPath(), &m_main))
            return false;
        m_main->write(
            csvLine(QStringList {QStringLiteral("row"), QStringLiteral("action"), QStringLiteral("planned"),
                                 QStringLiteral("matches"), QStringLiteral("changes")}
                    + m_header));
        return true;
    }
    if (!openFile(resultsPath(), &m_main) || !openFile(errorsPath(), &m_errors))
        return false;
    const QByteArray header =
        csvLine(QStringList {QStringLiteral("row"), QStringLiteral("action"), QStringLiteral("outcome"),
                             QStringLiteral("status"), QStringLiteral("id"), QStringLiteral("error")}
                + m_header);
    m_main->write(header);
    m_errors->write(header);
    return true;
}

void ResultWriter::write(const RowResult &r)
{
    if (!m_main)
        return;
    QStringList cells = r.cells;
    // A malformed row may have more or fewer cells than the header; keep the columns aligned so errors.csv
    // loads again. Extra cells stay visible, joined into the last column, for the user to fix.
    while (cells.size() < m_header.size())
        cells.append(QString());
    if (cells.size() > m_header.size() && !m_header.isEmpty()) {
        const QStringList extra = cells.mid(m_header.size() - 1);
        cells.resize(m_header.size() - 1);
        cells.append(extra.join(QLatin1Char(',')));
    }
    if (m_kind == Kind::Preview) {
        const QString changes =
            r.plan == RowPlan::Create || r.plan == RowPlan::Update || r.plan == RowPlan::Unchanged
            ? r.changesText()
            : r.error;
        m_main->write(csvLine(QStringList {QString::number(r.row), r.actionName, RowResult::planName(r.plan),
                                           r.matches.join(QLatin1Char(';')), changes}
                              + cells));
        return;
    }
    const QByteArray line =
        csvLine(QStringList {QString::number(r.row), r.actionName, RowResult::outcomeName(r.outcome),
                             r.status ? QString::number(r.status) : QString(), r.id, r.error}
                + cells);
    m_main->write(line);
    if (!r.succeeded() && m_errors)
        m_errors->write(line);
}

bool ResultWriter::close(QString *error)
{
    bool ok = true;
    for (auto *file : {&m_main, &m_errors}) {
        if (*file && !(*file)->commit()) {
            if (error)
                *error = Text::tr("cannot write %1: %2").arg((*file)->fileName(), (*file)->errorString());
            ok = false;
        }
        file->reset();
    }
    return ok;
}

} // namespace sfsync
