#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace sfsync::localorg {

// The SQLite file behind a persistent RecordStore: one table of JSON records (id, object, body) and a
// small key/value table for the Id counter. The store keeps everything in memory; this only loads at open
// and writes through after each operation. Single-threaded, one connection per store.
class RecordDatabase
{
public:
    struct Change
    {
        QString id;
        QString object;
        std::optional<QJsonObject> record; // nullopt: remove the row
    };

    RecordDatabase();
    ~RecordDatabase();
    RecordDatabase(const RecordDatabase &) = delete;
    RecordDatabase &operator=(const RecordDatabase &) = delete;

    // Opens or creates directory/localorg.sqlite.
    bool open(const QString &directory, QString *error);
    // Calls `visit` for every stored record; *counter receives the stored Id counter (0 when none).
    bool load(const std::function<void(const QString &object, const QJsonObject &record)> &visit,
              quint64 *counter, QString *error);
    // Writes the changes and the counter in one transaction.
    bool write(const QList<Change> &changes, quint64 counter, QString *error);
    bool clear(QString *error);

private:
    QString m_connection;
};

} // namespace sfsync::localorg
