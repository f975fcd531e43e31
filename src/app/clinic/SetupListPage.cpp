#include "SetupListPage.h"

#include "ChoiceDelegate.h"

#include "app/FieldErrors.h"
#include "app/FormLabels.h"
#include "app/patients/DateInput.h"
#include "app/patients/RecordTable.h"
#include "core/Catalogue.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace np::app {

SetupListPage::SetupListPage(
    const QString& title, const QString& intro, QList<List> lists, Writer writer, Reader reader, QWidget* parent)
    : ClinicSetupPage(parent)
    , m_lists(std::move(lists))
    , m_writer(std::move(writer))
    , m_reader(std::move(reader))
{
    setTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* introLabel = new QLabel(intro);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    for (const List& list : m_lists) {
        list.model->setParent(this); // the page keeps its lists
        auto* view = new QTableView;
        view->setObjectName(list.key);
        view->setModel(list.model);
        RecordTable::configure(view, 0);
        view->setEditTriggers(QAbstractItemView::AllEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectItems);
        view->setItemDelegate(new ChoiceDelegate(view));
        view->setAccessibleName(list.accessibleName);
        view->verticalHeader()->setVisible(true);
        auto* add = new QPushButton(list.addText);
        auto* remove = new QPushButton(list.removeText);
        add->setObjectName(list.key + u"Add"_s);
        remove->setObjectName(list.key + u"Remove"_s);
        add->setAccessibleName(plainLabelText(list.addText));
        remove->setAccessibleName(plainLabelText(list.removeText));
        SetupTableModel* model = list.model;
        connect(add, &QPushButton::clicked, this, [model, view] {
            model->appendRow();
            // Made current, the new row's first cell opens for typing (AllEditTriggers).
            view->setFocus();
            view->setCurrentIndex(model->index(model->rowCount() - 1, 0));
        });
        connect(remove, &QPushButton::clicked, this, [model, view] { model->removeRowAt(view->currentIndex().row()); });
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch();
        QLabel* error = makeErrorLabel(this, list.key + u"Error"_s);
        layout->addWidget(view, 1);
        layout->addLayout(buttons);
        layout->addWidget(error);
        m_tables << view;
        m_errors << error;
    }
}

QStringList SetupListPage::keys() const
{
    QStringList out;
    for (const List& list : m_lists)
        out << list.key;
    return out;
}

bool SetupListPage::showProblems(const Problems& problems)
{
    bool any = false;
    for (int i = 0; i < m_lists.size(); ++i) {
        const List& list = m_lists[i];
        QStringList lines;
        for (const Problem& p : problems) {
            if (!isUnder(p, list.key))
                continue;
            const int row = problemRow(p.path, list.key);
            const QString field = p.path.section(u'.', 1, 1).section(u'[', 0, 0);
            const qsizetype column = list.fields.indexOf(field);
            const QString header = column >= 0
                ? list.model->headerData(int(column), Qt::Horizontal, Qt::DisplayRole).toString()
                : QString();
            if (row == 0)
                lines << atField(list.accessibleName, p.message);
            else if (header.isEmpty())
                lines << tr("Row %1: %2").arg(row).arg(p.message);
            else
                lines << tr("Row %1: %2").arg(row).arg(atField(header, p.message));
        }
        showError(m_errors[i], lines.join(u'\n'));
        any = any || !lines.isEmpty();
    }
    return any;
}

SetupListPage* makeTeamPage(const Catalogue& catalogue, QWidget* parent)
{
    auto* model
        = new SetupTableModel({SetupListPage::tr("Name"), SetupListPage::tr("Role"), SetupListPage::tr("Treatments")});
    SetupTableModel::Choices treatments {{QString(), SetupListPage::tr("Every treatment")}};
    for (const Modality& m : catalogue.modalities)
        treatments.append({m.code, SetupListPage::tr("Only %1").arg(m.name)});
    model->setChoices(2, treatments);
    auto* page = new SetupListPage(
        SetupListPage::tr("Practitioners"),
        SetupListPage::tr("Who gives treatments. Each works whenever the clinic is open, unless the clinic's "
                          "set-up file gives their own hours and time off (Settings > Clinic > Import Clinic File): "
                          "those are kept when this list is changed."),
        {{u"practitioners"_s, model, SetupListPage::tr("Practitioners"), {u"name"_s, u"role"_s, u"modalities"_s},
            SetupListPage::tr("&Add Practitioner"), SetupListPage::tr("&Remove Practitioner")}},
        [model](ClinicDraft& draft) {
            draft.practitioners.clear();
            for (int r = 0; r < model->rowCount(); ++r)
                draft.practitioners.append({model->value(r, 0), model->value(r, 1), model->value(r, 2), model->key(r)});
        },
        [model, treatments, &catalogue](const ClinicDraft& draft) {
            // A practitioner giving some of the treatments, but not every one, has them as a choice.
            SetupTableModel::Choices choices = treatments;
            for (const ClinicDraft::Practitioner& p : draft.practitioners) {
                if (std::ranges::any_of(choices, [&](const auto& c) { return c.first == p.modalities; }))
                    continue;
                QStringList names;
                for (const QString& code : p.modalities.split(u','))
                    names << (catalogue.modality(code) ? catalogue.modality(code)->name : code);
                choices.append({p.modalities, SetupListPage::tr("Only %1").arg(QLocale().createSeparatedList(names))});
            }
            model->clear();
            model->setChoices(2, choices);
            for (const ClinicDraft::Practitioner& p : draft.practitioners)
                model->appendRow({p.name, p.role, p.modalities}, p.key);
        },
        parent);
    return page;
}

SetupListPage* makeRoomsPage(const Catalogue& catalogue, QWidget* parent)
{
    auto* rooms = new SetupTableModel({SetupListPage::tr("Name")});
    rooms->appendRow({SetupListPage::tr("Treatment room 1")});
    auto* devices = new SetupTableModel({SetupListPage::tr("Name"), SetupListPage::tr("Kind"),
        SetupListPage::tr("Serial number"), SetupListPage::tr("Room")});
    SetupTableModel::Choices kinds;
    for (const Modality& m : catalogue.modalities)
        if (!m.deviceKind.isEmpty()
            && std::ranges::none_of(kinds, [&](const auto& k) { return k.first == m.deviceKind; }))
            kinds.append({m.deviceKind, m.name});
    devices->setChoices(1, kinds);
    // A device's room is one of the rooms listed above (by its key), or none (mobile).
    const auto roomChoices = [rooms, devices] {
        SetupTableModel::Choices choices {{QString(), SetupListPage::tr("Any room (mobile)")}};
        for (int r = 0; r < rooms->rowCount(); ++r)
            choices.append({rooms->key(r), rooms->value(r, 0)});
        devices->setChoices(3, choices);
    };
    roomChoices();
    auto* page = new SetupListPage(
        SetupListPage::tr("Rooms and Devices"),
        SetupListPage::tr("The treatment rooms, and the devices the clinic books (a device kept in one room, or "
                          "mobile). Devices can be added later."),
        {{u"rooms"_s, rooms, SetupListPage::tr("Rooms"), {u"name"_s}, SetupListPage::tr("Add R&oom"),
             SetupListPage::tr("Re&move Room")},
            {u"devices"_s, devices, SetupListPage::tr("Devices"), {u"name"_s, u"kind"_s, u"serial"_s, u"home_room"_s},
                SetupListPage::tr("Add &Device"), SetupListPage::tr("Remo&ve Device")}},
        [rooms, devices](ClinicDraft& draft) {
            draft.rooms.clear();
            for (int r = 0; r < rooms->rowCount(); ++r)
                draft.rooms.append({rooms->value(r, 0), rooms->key(r)});
            draft.devices.clear();
            for (int r = 0; r < devices->rowCount(); ++r)
                draft.devices.append({devices->value(r, 0), devices->value(r, 1), devices->value(r, 2),
                    devices->value(r, 3), devices->key(r)});
        },
        [rooms, devices](const ClinicDraft& draft) {
            rooms->clear();
            devices->clear();
            for (const ClinicDraft::Room& room : draft.rooms)
                rooms->appendRow({room.name}, room.key);
            for (const ClinicDraft::Device& d : draft.devices)
                devices->appendRow({d.name, d.kind, d.serial, d.room}, d.key);
        },
        parent);
    QObject::connect(rooms, &QAbstractItemModel::dataChanged, page, roomChoices);
    QObject::connect(rooms, &QAbstractItemModel::rowsInserted, page, roomChoices);
    QObject::connect(rooms, &QAbstractItemModel::modelReset, page, roomChoices);
    QObject::connect(rooms, &QAbstractItemModel::rowsRemoved, page, roomChoices);
    return page;
}

SetupListPage* makeClosuresPage(QWidget* parent)
{
    const QString hint = dateInputHint();
    auto* closures = new SetupTableModel({SetupListPage::tr("From (%1)").arg(hint),
        SetupListPage::tr("To (%1)").arg(hint), SetupListPage::tr("Reason")});
    auto* page = new SetupListPage(
        SetupListPage::tr("Closures"),
        SetupListPage::tr("Days the clinic is closed besides its weekly hours (holidays, a break): nothing is "
                          "booked on them. Optional; they can be added later."),
        {{u"closures"_s, closures, SetupListPage::tr("Closures"), {u"from"_s, u"to"_s, u"reason"_s},
            SetupListPage::tr("Add &Closure"), SetupListPage::tr("Remove C&losure")}},
        [closures](ClinicDraft& draft) {
            draft.closures.clear();
            // A date as typed (the locale's order) goes as YYYY-MM-DD; one that is not a date goes as
            // typed, and the set-up's check names it.
            const auto iso = [](const QString& text) {
                const auto date = dateInField(text.trimmed());
                return date ? date->toString(Qt::ISODate) : text.trimmed();
            };
            for (const QStringList& row : closures->values())
                draft.closures.append({iso(row[0]), iso(row[1]), row[2]});
        },
        [closures](const ClinicDraft& draft) {
            closures->clear();
            // As typed in this locale; one that is not a date (an imported file's) as it is.
            const auto shown = [](const QString& iso) {
                const QDate date = QDate::fromString(iso, Qt::ISODate);
                return date.isValid() ? formatDateInput(date) : iso;
            };
            for (const ClinicDraft::Closure& c : draft.closures)
                closures->appendRow({shown(c.from), c.to == c.from ? QString() : shown(c.to), c.reason});
        },
        parent);
    return page;
}

} // namespace np::app
