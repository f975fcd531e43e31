#include "RecallsPage.h"

#include "ui_RecallsPage.h"

#include "app/FormLabels.h"
#include "app/FormTeardown.h"
#include "app/Messages.h"
#include "app/calendar/BookAppointmentDialog.h"
#include "app/calendar/SessionBooking.h"
#include "app/patients/PatientText.h"
#include "app/patients/RecordTable.h"
#include "app/patients/TextTableModel.h"
#include "app/workspace/Workspace.h"
#include "services/RecallService.h"
#include "services/SeriesService.h"

#include <QInputDialog>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace np::app {

namespace {

enum Column { Due, Kind, Patient, Phone, Email, What, Called };

QString kindText(const QString& kind)
{
    if (kind == u"unbooked")
        return RecallsPage::tr("Not booked");
    if (kind == u"overdue")
        return RecallsPage::tr("Overdue");
    if (kind == u"results_review")
        return RecallsPage::tr("Results review");
    if (kind == u"maintenance")
        return RecallsPage::tr("Maintenance");
    if (kind == u"washout_clearing")
        return RecallsPage::tr("Washout ending");
    return kind;
}

} // namespace

RecallsPage::RecallsPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RecallsPage>())
    , m_table(new RecordTable(
          {tr("Due"), tr("Call about"), tr("Patient"), tr("Phone"), tr("Email"), tr("What"), tr("Last called")},
          tr("Patients to call"), What, this))
{
    m_ui->setupUi(this);
    m_ui->mainLayout->insertWidget(1, m_table, 1);
    m_ui->kind->addItem(tr("Every list"), QString());
    for (const char* kind : {"unbooked", "overdue", "results_review", "maintenance", "washout_clearing"})
        m_ui->kind->addItem(kindText(QString::fromLatin1(kind)), QString::fromLatin1(kind));
    m_ui->within->setRange(0, services::LongestRecallDays);
    m_ui->within->setValue(services::DefaultRecallDays);
    m_ui->within->setSuffix(tr(" days"));
    m_ui->within->setSpecialValueText(tr("Today"));
    nameControlsByTheirLabels(*this);
    m_ui->openPatient->setAccessibleName(tr("Open patient"));
    m_ui->markContacted->setAccessibleName(tr("Mark contacted"));
    m_ui->book->setAccessibleName(tr("Book"));
    setTabOrder(m_ui->within, m_table->view());
    setTabOrder(m_table->view(), m_ui->openPatient);
    setTabOrder(m_ui->openPatient, m_ui->markContacted);
    setTabOrder(m_ui->markContacted, m_ui->book);
    connect(m_ui->kind, &QComboBox::currentIndexChanged, this, &RecallsPage::refresh);
    connect(m_ui->within, &QSpinBox::valueChanged, this, &RecallsPage::refresh);
    connect(m_ui->openPatient, &QPushButton::clicked, this, &RecallsPage::openCurrent);
    connect(m_ui->markContacted, &QPushButton::clicked, this, &RecallsPage::markCurrentContacted);
    connect(m_ui->book, &QPushButton::clicked, this, [this] { bookRow(m_table->view()->currentIndex().row()); });
    connect(m_table->view(), &QTableView::activated, this, &RecallsPage::openCurrent);
    setWorkspace(nullptr);
}

RecallsPage::~RecallsPage()
{
    disconnectChildren(*this);
}

void RecallsPage::setWorkspace(const Workspace* workspace)
{
    closeForOtherDatabase(m_booking);
    m_workspace = workspace;
    // The lists read every patient's series: read when the page is shown (the window reads it
    // then), never for a page out of sight; nothing of the database before stays in it.
    if (isVisible()) {
        refresh();
        return;
    }
    m_recalls.clear();
    m_table->model()->setRows({});
}

void RecallsPage::setFilter(const QString& kind, int days)
{
    const QSignalBlocker blockKind(m_ui->kind);
    const QSignalBlocker blockWithin(m_ui->within);
    m_ui->kind->setCurrentIndex(std::max(0, m_ui->kind->findData(kind)));
    m_ui->within->setValue(days);
    refresh();
}

QString RecallsPage::whatText(const storage::Recall& r) const
{
    const Catalogue& catalogue = m_workspace->catalogue();
    const Modality* modality = catalogue.modality(r.modality);
    const QString treatment = modality ? modality->name : r.modality;
    if (r.kind == u"unbooked")
        return tr("Session %1 of %2, planned for %3, has no appointment")
            .arg(QString::number(r.sessionNumber), treatment, displayDate(r.plannedDate));
    if (r.kind == u"overdue")
        return tr("Session %1 of %2 was due on %3 and did not take place")
            .arg(QString::number(r.sessionNumber), treatment, displayDate(r.plannedDate));
    if (r.kind == u"results_review")
        return tr("Results review of the %1 series, until %2").arg(treatment, displayDate(r.until));
    if (r.kind == u"maintenance")
        return tr("Maintenance session after the %1 series").arg(treatment);
    if (r.kind == u"washout_clearing") {
        const Contraindication* c = catalogue.contraindication(r.findingCode);
        return tr("The washout after %1 ends: treatment may start").arg(c ? c->name : r.findingCode);
    }
    return r.what;
}

void RecallsPage::refresh()
{
    m_recalls.clear();
    QList<TextTableModel::Row> rows;
    QString summary;
    const bool open = m_workspace != nullptr;
    for (QWidget* w : std::initializer_list<QWidget*> {m_ui->kind, m_ui->within})
        w->setEnabled(open);
    if (!open) {
        summary = tr("No database is open.");
    } else if (auto lists = services::recallLists(m_workspace->context(), m_ui->within->value()); !lists) {
        summary = lists.error().message;
    } else {
        const auto calls = services::recallContacts(m_workspace->context());
        const QString kind = m_ui->kind->currentData().toString();
        for (const storage::Recall& r : lists->all()) {
            if (!kind.isEmpty() && r.kind != kind)
                continue;
            m_recalls << r;
            QString called;
            if (calls)
                if (const auto c = calls->constFind(storage::recallKey(r)); c != calls->cend())
                    called = c->note.isEmpty() ? displayDate(c->contactedOn)
                                               : tr("%1: %2", "day: note").arg(displayDate(c->contactedOn), c->note);
            rows << TextTableModel::Row {
                r.patientId, {displayDate(r.due), kindText(r.kind), r.name, r.phone, r.email, whatText(r), called}, {}};
        }
        summary = m_recalls.isEmpty() ? tr("Nobody to call: no recall is due in this period.")
                                      : tr("%n call(s) to make.", nullptr, static_cast<int>(m_recalls.size()));
    }
    m_table->model()->setRows(std::move(rows));
    m_table->setSummary(summary);
    m_ui->openPatient->setEnabled(!m_recalls.isEmpty());
    m_ui->markContacted->setEnabled(!m_recalls.isEmpty());
    m_ui->book->setEnabled(!m_recalls.isEmpty());
}

void RecallsPage::markCurrentContacted()
{
    const int row = m_table->view()->currentIndex().row();
    if (row < 0 || row >= m_recalls.size())
        return;
    // The recall itself, not its row: another desk may change the list while the note is typed.
    const storage::Recall recall = m_recalls.at(row);
    auto* ask = new QInputDialog(window());
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Mark Contacted"));
    ask->setLabelText(tr("%1 was called today about: %2. What came of it? (It is kept with the call.)")
                          .arg(recall.name, whatText(recall)));
    ask->setOkButtonText(tr("Mark Contacted"));
    connect(
        ask, &QInputDialog::textValueSelected, this, [this, recall](const QString& note) { keepCall(recall, note); });
    ask->open();
}

bool RecallsPage::markContacted(int row, const QString& note)
{
    return row >= 0 && row < m_recalls.size() && keepCall(m_recalls.at(row), note);
}

bool RecallsPage::keepCall(const storage::Recall& recall, const QString& note)
{
    if (!m_workspace)
        return false;
    auto done = services::markContacted(m_workspace->context(), recall, note);
    if (!done) {
        showWarning(this, tr("Mark Contacted"), tr("The call was not kept: %1").arg(done.error().message));
        return false;
    }
    refresh();
    for (qsizetype i = 0; i < m_recalls.size(); ++i)
        if (storage::recallKey(m_recalls.at(i)) == done->recall)
            m_table->view()->selectRow(static_cast<int>(i));
    return true;
}

void RecallsPage::bookRow(int row)
{
    if (!m_workspace || row < 0 || row >= m_recalls.size())
        return;
    const storage::Recall recall = m_recalls.at(row);
    // The series' treatment, and for a session waiting for its appointment, the session itself.
    BookingAsk ask {recall.patientId, recall.name, std::nullopt, recall.modality, {},
        recall.plannedDate.isValid() ? recall.plannedDate : recall.due};
    if (recall.seriesId != 0)
        if (auto series = services::seriesRecord(m_workspace->context(), recall.seriesId)) {
            ask.areas = series->areas;
            if ((recall.kind == u"unbooked" || recall.kind == u"overdue") && recall.sessionNumber > 0)
                ask.sessionId = series->sessions.value(recall.sessionNumber - 1).id;
        }
    BookAppointmentDialog* dialog = openBooking(window(), *m_workspace, m_history, ask);
    if (!dialog)
        return;
    connect(dialog, &BookAppointmentDialog::booked, this, [this](qint64, const QString& text) {
        refresh();
        emit booked(text);
    });
    m_booking = dialog;
}

BookAppointmentDialog* RecallsPage::bookingDialog() const
{
    return m_booking;
}

void RecallsPage::openCurrent()
{
    const int row = m_table->view()->currentIndex().row();
    if (row >= 0 && row < m_recalls.size())
        emit openPatientRequested(m_recalls.at(row).patientId, m_recalls.at(row).name);
}

std::optional<print::DocumentRequest> RecallsPage::documentShown() const
{
    if (!m_workspace)
        return std::nullopt;
    print::DocumentRequest r;
    r.kind = print::DocumentKind::RecallList;
    r.today = m_workspace->today();
    r.withinDays = m_ui->within->value();
    return r;
}

} // namespace np::app
