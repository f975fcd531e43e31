#pragma once

#include <QDialog>
#include <QStringList>

class QTextBrowser;

namespace np::app {

// Help > User Guide: the clinic's user guide (docs/user-guide.md, with its pictures), read offline
// in a window of its own beside the main one.

// Where the guide is looked for, in order: installed beside the program
// (<prefix>/share/needlepoint/help/user-guide.md), then the source tree it was built from.
[[nodiscard]] QStringList userGuidePlaces();
// The first of those that exists; empty when none does.
[[nodiscard]] QString findUserGuide();

class UserGuideWindow : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideWindow(const QString& path, QWidget* parent = nullptr);
    ~UserGuideWindow() override;

    [[nodiscard]] QTextBrowser* browser() const { return m_browser; }

private:
    // Gives each heading the anchor GitHub gives it, so the contents' links ("#recalls") lead there.
    void nameHeadings();
    // Shrinks pictures wider than the page to its width, keeping their proportions.
    void fitPictures();

    QTextBrowser* m_browser;
};

// Shows `parent`'s guide window, opening it when none is open; a message naming where it was
// looked for when the guide is not there. The window, or nullptr.
UserGuideWindow* showUserGuide(QWidget* parent);

} // namespace np::app
