#include "rowresultmodel.h"

#include <QBrush>
#include <QColor>

namespace sfsync {

RowResultModel::RowResultModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &RowResultModel::flush);
}

QString RowResultModel::keyOf(const RowResult &result, Kind kind)
{
    return kind == Kind::Preview ? RowResult::planName(result.plan) : RowResult::outcomeName(result.outcome);
}

QString RowResultModel::keyLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("create"), QT_TR_NOOP("Create")},
        {QStringLiteral("update"), QT_TR_NOOP("Update")},
        {QStringLiteral("delete"), QT_TR_NOOP("Delete")},
        {QStringLiteral("ambiguous"), QT_TR_NOOP("Ambiguous")},
        {QStringLiteral("not_found"), QT_TR_NOOP("Not found")},
        {QStringLiteral("invalid"), QT_TR_NOOP("Invalid")},
        {QStringLiteral("created"), QT_TR_NOOP("Created")},
        {QStringLiteral("updated"), QT_TR_NOOP("Updated")},
        {QStringLiteral("deleted"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("failed"), QT_TR_NOOP("Failed")},
        {QStringLiteral("skipped"), QT_TR_NOOP("Skipped")},
        {QStringLiteral("uncertain"), QT_TR_NOOP("Uncertain")},
        {QStringLiteral("unchanged"), QT_TR_NOOP("Unchanged")},
    };
    const auto found = labels.constFind(key);
    return found == labels.constEnd() ? key : tr(*found);
}

void RowResultModel::clear()
{
    m_flushTimer.stop();
    beginResetModel();
    m_results.clear();
    m_pending.clear();
    m_counts.clear();
    m_rowMap.clear();
    endResetModel();
    Q_EMIT countsChanged();
}

void RowResultModel::append(const RowResult &result)
{
    m_pending.append(result);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void RowResultModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const int first = int(m_results.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    for (RowResult &result : m_pending) {
        if (!m_rowMap.isEmpty() && result.row >= 1 && result.row <= m_rowMap.size())
            result.row = m_rowMap.at(result.row - 1);
        ++m_counts[keyOf(result, m_kind)];
        m_results.append(std::move(result));
    }
    m_pending.clear();
    endInsertRows();
    Q_EMIT countsChanged();
}

int RowResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int RowResultModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_kind == Kind::Preview ? int(PreviewColumnCount) : int(RunColumnCount);
}

QVariant RowResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const RowResult &result = m_results.at(index.row());
    const QString key = keyOf(result, m_kind);
    const int column = index.column();
    if (role == OutcomeKeyRole)
        return key;
    if (role == RecordIdRole)
        return result.id.isEmpty() && result.matches.size() == 1 ? result.matches.first() : result.id;
    if (role == SortRole && column == 0)
        return result.row;
    if (role == SortRole && m_kind == Kind::Run && column == RStatus)
        return result.status;
    if (role == Qt::ForegroundRole
        && column == (m_kind == Kind::Preview ? static_cast<int>(PPlanned) : static_cast<int>(ROutcome))) {
        if (key == QLatin1String("invalid") || key == QLatin1String("failed")
            || key == QLatin1String("uncertain") || key == QLatin1String("ambiguous")
            || key == QLatin1String("not_found"))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (key == QLatin1String("skipped") || key == QLatin1String("unchanged"))
            return QBrush(QColor(0x75, 0x75, 0x75));
        return QBrush(QColor(0x2e, 0x7d, 0x32));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    if (m_kind == Kind::Preview) {
        switch (column) {
        case PRow:
            return QString::number(result.row);
        case PAction:
            return result.actionName;
        case PPlanned:
            return keyLabel(key);
        case PMatches:
            return result.matches.join(QLatin1String(", "));
        case PChanges:
            if (result.plan == RowPlan::Invalid || (result.changes.isEmpty() && !result.error.isEmpty()))
                return result.error;
            return result.changesText();
        }
    } else {
        switch (column) {
        case RRow:
            return QString::number(result.row);
        case RAction:
            return result.actionName;
        case ROutcome:
            return keyLabel(key);
        case RStatus:
            return result.status ? QString::number(result.status) : QString();
        case RId:
            return result.id;
        case RError:
            return result.error;
        }
    }
    return {};
}

QVariant RowResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_kind == Kind::Preview) {
        switch (section) {
        case PRow:
            return tr("Row");
        case PAction:
            return tr("Action");
        case PPlanned:
            return tr("Planned");
        case PMatches:
            return tr("Matched records");
        case PChanges:
            return tr("Changes (old \u2192 new)");
        }
    } else {
        switch (section) {
        case RRow:
            return tr("Row");
        case RAction:
            return tr("Action");
        case ROutcome:
            return tr("Outcome");
        case RStatus:
            return tr("Status");
        case RId:
            return tr("Record Id");
        case RError:
            return tr("Error");
        }
    }
    return {};
}

OutcomeFilterProxyModel::OutcomeFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RowResultModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void OutcomeFilterProxyModel::setOutcome(const QString &key)
{
    m_key = key;
    invalidateFilter();
}

bool OutcomeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_key.isEmpty()) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(RowResultModel::OutcomeKeyRole).toString() != m_key)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace sfsync
