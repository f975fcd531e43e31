#pragma once

#include "DatabasePrompts.h"

class QWidget;

namespace np::app {

// DatabasePrompts as message boxes and a file dialog. At start-up giving up reads "Quit"; when
// switching databases from the menu it reads "Cancel" (the open database stays).
class DialogDatabasePrompts : public DatabasePrompts {
public:
    enum class Purpose { StartUp, Switch };

    explicit DialogDatabasePrompts(Purpose purpose, QWidget* parent = nullptr)
        : m_purpose(purpose)
        , m_parent(parent)
    { }

    MissingChoice missing(const QString& path) override;
    FailureChoice failed(const QString& path, const storage::StorageError& error) override;
    QString chooseDatabase(const QString& folder) override;
    QString chooseBackup(const QString& folder) override;

private:
    [[nodiscard]] QString giveUpText() const;

    Purpose m_purpose;
    QWidget* m_parent;
};

} // namespace np::app
