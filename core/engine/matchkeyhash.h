#pragma once

#include <QHashFunctions>
#include <QStringView>
#include <QtGlobal>

namespace sfsync {

// A match key (ValueConverter::matchKey) of one matcher as a 128-bit hash, so that indexes holding millions
// of keys (CreatedIndex, OrgIndex) keep 16 bytes per key instead of a string. Two different keys collide
// with a probability near 2^-90 among a million keys, far below any other way a run can go wrong.
struct MatchKeyHash
{
    quint64 high = 0;
    quint64 low = 0;

    [[nodiscard]] static MatchKeyHash of(int matcher, QStringView key)
    {
        // Two independent seeds make the halves; the matcher goes into both, so equal values of different
        // matchers are different keys.
        constexpr size_t HighSeed = size_t(0x9e3779b97f4a7c15ULL);
        constexpr size_t LowSeed = size_t(0xc2b2ae3d27d4eb4fULL);
        return {quint64(qHash(key, HighSeed + size_t(matcher))),
                quint64(qHash(key, LowSeed ^ size_t(matcher)))};
    }
    [[nodiscard]] bool isNull() const { return high == 0 && low == 0; }

    friend bool operator==(const MatchKeyHash &a, const MatchKeyHash &b)
    {
        return a.high == b.high && a.low == b.low;
    }
    friend size_t qHash(const MatchKeyHash &key, size_t seed) { return size_t(key.low ^ seed); }
};

} // namespace sfsync
