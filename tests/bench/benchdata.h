#pragma once

#include <QString>
#include <QtGlobal>

namespace sfsync::localorg {
class RecordStore;
}

namespace sfsync::bench {

// The benchmark's data: `rows` source rows for an upsert on Contact matched by Email OR Legacy_Id__c, and the
// contacts the org holds before the run. Deterministic for a given row count. Per 20 rows:
//   7 new (no match: create), 8 match one contact by Email, 4 match one contact by Legacy_Id__c (update),
//   1 ambiguous (its Email matches one contact, its Legacy_Id__c another: 300, nothing written).
// So 35% created, 60% updated, 5% ambiguous; the org starts with 70% of `rows` contacts.
class BenchData
{
public:
    explicit BenchData(int rows);

    // Writes the source CSV (email,legacy_id,first_name,last_name). False with *error on failure. With
    // `changeEvery` N > 0, every Nth row (0, N, 2N, ...) has another last name: the data of a second run in
    // which a share of the rows changed.
    bool writeCsv(const QString &path, QString *error, int changeEvery = 0) const;
    // Creates the contacts that exist before the run. Returns how many.
    int seed(localorg::RecordStore &store) const;

    [[nodiscard]] int rows() const { return m_rows; }
    [[nodiscard]] int expectedCreated() const;
    [[nodiscard]] int expectedUpdated() const;
    [[nodiscard]] int expectedAmbiguous() const;
    // A second run of the data written with `changeEvery` (0: the same data): the rows written again (the
    // changed ones that are not ambiguous); every other row that succeeded the first time is unchanged.
    [[nodiscard]] int expectedRewritten(int changeEvery) const;

    enum class Kind { New, ByEmail, ByLegacyId, Ambiguous };
    [[nodiscard]] static Kind kindOf(int row);

private:
    int m_rows;
};

} // namespace sfsync::bench
