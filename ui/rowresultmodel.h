#pragma once

#include "core/engine/rowresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace sfsync {

// Row results of a preview or a run. Results arrive one by one from SyncJob; they are buffered and inserted
// in batches, so a run of 100,000 rows does not repaint 100,000 times.
class RowResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { Preview, Run };
    enum PreviewColumn { PRow, PAction, PPlanned, PMatches, PChanges, PreviewColumnCount };
    enum RunColumn { RRow, RAction, ROutcome, RStatus, RId, RError, RunColumnCount };
    enum Role { OutcomeKeyRole = Qt::UserRole + 1, SortRole, RecordIdRole };

    explicit RowResultModel(Kind kind, QObject *parent = nullptr);

    void clear();
    void append(const RowResult &result); // buffered
    void flush();
    // Row numbers to show instead of the job's own (re-runs read a smaller file).
    void setRowNumberMap(const QList<qint64> &originalRows) { m_rowMap = originalRows; }

    [[nodiscard]] const QList<RowResult> &results() const { return m_results; }
    [[nodiscard]] const RowResult &resultAt(int row) const { return m_results.at(row); }
    // Counts by key ("create", "update", ... for a preview; "created", "failed", ... for a run).
    [[nodiscard]] QHash<QString, qint64> counts() const { return m_counts; }
    [[nodiscard]] static QString keyOf(const RowResult &result, Kind kind);
    // The word shown for a key ("not_found" -> "Not found").
    [[nodiscard]] static QString keyLabel(const QString &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsChanged();

private:
    Kind m_kind;
    QList<RowResult> m_results;
    QList<RowResult> m_pending;
    QHash<QString, qint64> m_counts;
    QList<qint64> m_rowMap;
    QTimer m_flushTimer;
};

// Shows one outcome key (or all when empty) and filters by text over the row.
class OutcomeFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OutcomeFilterProxyModel(QObject *parent = nullptr);
    void setOutcome(const QString &key);
    [[nodiscard]] QString outcome() const { return m_key; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_key;
};

} // namespace sfsync
