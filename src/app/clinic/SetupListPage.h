#pragma once

#include "ClinicSetupPages.h"
#include "SetupTableModel.h"

#include <functional>

class QLabel;
class QTableView;

namespace np {
class Catalogue;
}

namespace np::app {

// A page of lists (practitioners; rooms and devices; closures): each a table of rows added and
// removed with its buttons, its problems listed under it by row and column. It keeps the models.
class SetupListPage : public ClinicSetupPage {
    Q_OBJECT
public:
    struct List {
        QString key; // the set-up file's list ("practitioners")
        SetupTableModel* model;
        QString accessibleName; // "Practitioners"
        QStringList fields; // the set-up file's key of each column ("name", "role", "modalities")
        QString addText; // "&Add Practitioner"
        QString removeText;
    };
    using Writer = std::function<void(ClinicDraft&)>;
    using Reader = std::function<void(const ClinicDraft&)>;

    SetupListPage(const QString& title, const QString& intro, QList<List> lists, Writer writer, Reader reader,
        QWidget* parent = nullptr);

    void writeTo(ClinicDraft& draft) const override { m_writer(draft); }
    void readFrom(const ClinicDraft& draft) override { m_reader(draft); }
    [[nodiscard]] QStringList keys() const override;
    bool showProblems(const Problems& problems) override;
    [[nodiscard]] QTableView* table(int list) const { return m_tables.value(list); }

private:
    QList<List> m_lists;
    QList<QTableView*> m_tables;
    QList<QLabel*> m_errors;
    Writer m_writer;
    Reader m_reader;
};

// The lists of the set-up, made for `catalogue` (treatments and device kinds to choose from).
[[nodiscard]] SetupListPage* makeTeamPage(const Catalogue& catalogue, QWidget* parent = nullptr);
[[nodiscard]] SetupListPage* makeRoomsPage(const Catalogue& catalogue, QWidget* parent = nullptr);
[[nodiscard]] SetupListPage* makeClosuresPage(QWidget* parent = nullptr);

} // namespace np::app
