#pragma once

#include <QLocale>

class QCoreApplication;

namespace np::app {

// Installs Needlepoint's translation (compiled in as :/i18n/needlepoint_<lang>.qm) and Qt's own
// (qtbase_<lang>.qm, when the system has it) for `locale`; the translators are children of `app`.
// Returns whether Needlepoint's own translation was found (English needs none).
bool installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace np::app
