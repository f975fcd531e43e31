#pragma once

#include "Problem.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace np {

// Where in a JSON file each value starts, so a problem named by its JSON path ("post_care[2].
// lines[0].text.es", as JsonObjectReader names them) can also say the line a person edits.

// The 1-based line of every value of `json` by its path; the root is "". Empty for text that is
// not JSON.
[[nodiscard]] QHash<QString, int> jsonPathLines(const QByteArray& json);

// The line of `path`, or of its nearest enclosing value found (a key that is missing is reported
// at the object that lacks it); 0 when none is known.
[[nodiscard]] int lineOfJsonPath(const QHash<QString, int>& lines, const QString& path);

// `problems` of the file `json` with "line N: " before their path, where the path has a line.
[[nodiscard]] Problems withJsonLines(Problems problems, const QByteArray& json);

} // namespace np
