#pragma once

#include "JsonReader.h"

#include <QByteArrayView>

namespace np {

// QJsonDocument keeps only the last of two equal keys in an object, silently. This scans the
// text of a document QJsonDocument has already accepted and adds one problem per repeated key:
// path "a.b.key", message "duplicate key \"key\"". Keys are compared after unescaping, as Qt does.
void reportDuplicateKeys(QByteArrayView json, JsonContext& ctx);

} // namespace np
