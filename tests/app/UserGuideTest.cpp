// Help > User Guide: the guide opens offline in its own window, with every picture it shows and
// every link of its contents leading to a heading.

#include "MainWindowFixture.h"

#include "app/MainActions.h"
#include "app/help/UserGuide.h"

#include <QFileInfo>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace np;
using namespace np::test;
using namespace Qt::StringLiterals;

namespace {

struct GuideContents {
    QStringList pictures; // the files, resolved against the guide's folder
    QStringList links; // "#…" links of the contents
    QStringList anchors; // the headings' anchor names
};

GuideContents contentsOf(const QTextBrowser& browser)
{
    GuideContents found;
    for (QTextBlock block = browser.document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                found.pictures.append(browser.source().resolved(QUrl(format.toImageFormat().name())).toLocalFile());
            if (format.anchorHref().startsWith(u'#'))
                found.links.append(format.anchorHref().mid(1));
            found.anchors.append(format.anchorNames());
        }
    return found;
}

} // namespace

TEST_CASE("user guide: Help > User Guide (F1) opens it offline, every picture there, every contents link a heading")
{
    MainWindowFixture f;
    app::MainActions& actions = *f.window.actions();
    CHECK(actions.userGuide->shortcut() == QKeySequence(Qt::Key_F1));
    actions.userGuide->trigger();
    auto* guide = f.window.findChild<app::UserGuideWindow*>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    QTextBrowser& browser = *guide->browser();
    CHECK(browser.document()->toPlainText().startsWith(u"Needlepoint User Guide"_s));

    const GuideContents contents = contentsOf(browser);
    CHECK(contents.pictures.size() >= 19);
    for (const QString& picture : contents.pictures) {
        INFO(picture.toStdString());
        CHECK(QFileInfo(picture).isFile());
    }
    CHECK(contents.links.size() >= 12);
    for (const QString& link : contents.links) {
        INFO(link.toStdString());
        CHECK(contents.anchors.contains(link));
    }

    // A link of the contents leads down the guide.
    browser.scrollToAnchor(contents.links.last());
    CHECK(browser.verticalScrollBar()->value() > 0);

    // Asked again, the same window comes forward.
    actions.userGuide->trigger();
    CHECK(f.window.findChildren<app::UserGuideWindow*>().size() == 1);
}
