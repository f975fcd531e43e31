#pragma once

#include <QList>
#include <QString>

namespace np {

// One thing wrong with some input: which file (may be empty for stdin), where in it
// (a JSON path such as "modalities[2].interval_days.min"), and what is wrong.
struct Problem {
    QString file;
    QString path;
    QString message;

    // "file: path: message", leaving out the parts that are empty.
    [[nodiscard]] QString toString() const;
    friend bool operator==(const Problem&, const Problem&) = default;
};

using Problems = QList<Problem>;

// All problems, one per line.
[[nodiscard]] QString joinProblems(const Problems& problems);

} // namespace np
