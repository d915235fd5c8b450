#pragma once

#include <QString>

namespace sfsync::localorg {

class RecordStore;

// The `--seed sample` data: deterministic (fixed generator seed, fixed order), so the same Ids and values
// come back on every fresh org. Filled in by sampleseed.cpp; the notable rows are documented there and in
// localorg/data/README.md.
class SampleSeed
{
public:
    static constexpr int AccountCount = 100;
    static constexpr int ContactCount = 300;
    static constexpr int LeadCount = 100;

    // Creates the sample records in an empty store (in one savepoint). False with a message if the store is
    // not empty or a record is rejected.
    static bool apply(RecordStore &store, QString *error = nullptr);
};

} // namespace sfsync::localorg
