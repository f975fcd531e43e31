#pragma once

#include <QtGlobal>

#include <iterator>
#include <random>

namespace np::storage {

// The demo generator's random numbers. std::mt19937_64 is specified exactly, unlike the standard
// distributions, so the same seed gives the same data with every standard library.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    { }
    // 0 .. n-1
    int below(int n) { return n <= 1 ? 0 : static_cast<int>(m_engine() % static_cast<quint64>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename List>
    const auto& pick(const List& list)
    {
        return list[below(static_cast<int>(std::size(list)))];
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace np::storage
