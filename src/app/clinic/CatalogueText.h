#pragma once

#include <QString>

namespace np {
class Catalogue;
}

namespace np::app {

// The protocol catalogue as a page to read (rich text): each treatment with its sessions, intervals
// and times; each indication with its treatments and depths; each area with its usual depth and
// limit; each contraindication with its effect (per treatment where it differs), scope and washout;
// the age rules and the questions asked before a session.
[[nodiscard]] QString catalogueHtml(const Catalogue& catalogue);

} // namespace np::app
