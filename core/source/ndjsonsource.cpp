#include "core/source/ndjsonsource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::NdjsonSource)
};

QString cellText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == std::trunc(d) && std::abs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

} // namespace

NdjsonSource::NdjsonSource(const QString &path)
    : m_path(path)
    , m_file(path)
{ }

NdjsonSource::~NdjsonSource() = default;

bool NdjsonSource::readLine(QByteArray *line)
{
    while (!m_file.atEnd()) {
        *line = m_file.readLine();
        ++m_line;
        m_maxBuffered = qMax<qint64>(m_maxBuffered, line->size());
        if (m_line == 1 && line->startsWith("\xEF\xBB\xBF"))
            line->remove(0, 3);
        if (!line->trimmed().isEmpty())
            return true;
    }
    return false;
}

bool NdjsonSource::open(QString *error)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot open %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    if (!readLine(&m_pending)) {
        *error = Text::tr("%1 is empty").arg(m_path);
        return false;
    }
    m_pendingLine = m_line;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_pending, &parseError);
    if (!doc.isObject()) {
        *error = Text::tr("%1: line %2 is not a JSON object").arg(m_path).arg(m_line);
        return false;
    }
    // QJsonObject sorts its keys; the file's order is friendlier in result files.
    QStringList keys = doc.object().keys();
    const QString raw = QString::fromUtf8(m_pending);
    auto position = [&raw](const QString &key) {
        const qsizetype at = raw.indexOf(QLatin1Char('"') + key + QLatin1Char('"'));
        return at < 0 ? raw.size() : at;
    };
    std::stable_sort(keys.begin(), keys.end(),
                     [&](const QString &a, const QString &b) { return position(a) < position(b); });
    m_header = keys;
    return true;
}

bool NdjsonSource::next(SourceRow *row)
{
    QByteArray line;
    qint64 lineNumber = 0;
    if (!m_pending.isEmpty()) {
        line.swap(m_pending);
        lineNumber = m_pendingLine;
    } else {
        if (!readLine(&line))
            return false;
        lineNumber = m_line;
    }
    row->number = ++m_rowNumber;
    row->line = lineNumber;
    row->error.clear();
    row->cells.clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        row->error = parseError.error != QJsonParseError::NoError
            ? Text::tr("line %1: invalid JSON: %2").arg(lineNumber).arg(parseError.errorString())
            : Text::tr("line %1: not a JSON object").arg(lineNumber);
        for (int i = 0; i < m_header.size(); ++i)
            row->cells.append(QString());
        return true;
    }
    const QJsonObject object = doc.object();
    for (const QString &key : m_header)
        row->cells.append(cellText(object.value(key)));
    if (!m_warnedExtraKeys) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!m_header.contains(it.key())) {
                m_warnings.append(
                    Text::tr("line %1 has the key \"%2\", which the first line lacks; it is ignored")
                        .arg(lineNumber)
                        .arg(it.key()));
                m_warnedExtraKeys = true;
                break;
            }
        }
    }
    return true;
}

} // namespace sfsync
