#include "UserGuide.h"

#include "app/FormLabels.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace np::app {

namespace {

// The widest a picture is shown; wider ones are scaled down to it.
constexpr int PictureWidth = 820;

// The anchor GitHub makes of a heading: lower case, spaces as hyphens, other punctuation gone.
QString headingAnchor(const QString& heading)
{
    QString anchor;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            anchor += c;
        else if (c == u' ')
            anchor += u'-';
    }
    return anchor;
}

} // namespace

QStringList userGuidePlaces()
{
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/needlepoint/help/user-guide.md"_s),
        QStringLiteral(NEEDLEPOINT_DOCS_DIR "/user-guide.md")};
}

QString findUserGuide()
{
    for (const QString& place : userGuidePlaces())
        if (QFileInfo(place).isFile())
            return place;
    return {};
}

UserGuideWindow::UserGuideWindow(const QString& path, QWidget* parent)
    : QDialog(parent, Qt::Window)
    , m_browser(new QTextBrowser)
{
    setWindowTitle(tr("Needlepoint User Guide"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
    nameHeadings();
    fitPictures();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(plainLabelText(tr("Close")));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    static const QString key = u"help/guideGeometry"_s;
    if (!restoreGeometry(QSettings().value(key).toByteArray()))
        resize(PictureWidth + 120, 760);
    connect(this, &QDialog::finished, this, [this] { QSettings().setValue(key, saveGeometry()); });
}

UserGuideWindow::~UserGuideWindow() = default;

void UserGuideWindow::nameHeadings()
{
    QTextDocument* document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || block.text().isEmpty())
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat anchor;
        anchor.setAnchor(true);
        anchor.setAnchorNames({headingAnchor(block.text())});
        cursor.mergeCharFormat(anchor);
    }
}

void UserGuideWindow::fitPictures()
{
    QTextDocument* document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat picture = fragment.charFormat().toImageFormat();
            const QString file = m_browser->source().resolved(QUrl(picture.name())).toLocalFile();
            const QSize size = QImageReader(file).size();
            if (size.width() <= PictureWidth)
                continue;
            picture.setWidth(PictureWidth);
            picture.setHeight(double(size.height()) * PictureWidth / size.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(picture);
        }
    }
}

UserGuideWindow* showUserGuide(QWidget* parent)
{
    auto* window = parent->findChild<UserGuideWindow*>(QString(), Qt::FindDirectChildrenOnly);
    if (!window) {
        const QString path = findUserGuide();
        if (path.isEmpty()) {
            QMessageBox::warning(parent, UserGuideWindow::tr("User Guide"),
                UserGuideWindow::tr("The user guide is not installed. It was looked for in:\n%1")
                    .arg(userGuidePlaces().join(u'\n')));
            return nullptr;
        }
        window = new UserGuideWindow(path, parent);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

} // namespace np::app
