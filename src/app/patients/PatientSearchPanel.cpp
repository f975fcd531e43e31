#include "PatientSearchPanel.h"

#include "PatientSearchModel.h"
#include "PatientText.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::app {

PatientSearchPanel::PatientSearchPanel(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_includeArchived(new QCheckBox(tr("Include &archived"), this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_model(new PatientSearchModel(this))
{
    m_search->setPlaceholderText(tr("Search patients by name, phone, email or birth date"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Patient search"));
    // The clear button Qt adds to the box: named for screen readers like every other control.
    for (QToolButton* clear : m_search->findChildren<QToolButton*>())
        clear->setAccessibleName(tr("Clear the search"));
    m_search->installEventFilter(this);
    m_includeArchived->setToolTip(tr("Also list patients who have been archived"));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(PatientSearchModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PatientSearchModel::Email, QHeaderView::Interactive);
    fitColumns();
    m_view->setMinimumWidth(420);
    m_view->installEventFilter(this);
    m_view->setAccessibleName(tr("Matching patients"));

    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_includeArchived);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, &PatientSearchPanel::searchNow);
    connect(m_includeArchived, &QCheckBox::toggled, m_model, &PatientSearchModel::setIncludeArchived);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_selectedBeforeReset = currentPatientId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PatientSearchPanel::onModelReset);
    connect(m_model, &PatientSearchModel::searchFailed, this, &PatientSearchPanel::message);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PatientSearchPanel::onCurrentChanged);
    connect(m_view, &QAbstractItemView::activated, this,
        [this](const QModelIndex& index) { emit patientActivated(m_model->patientId(index.row())); });
    updateSummary();
}

void PatientSearchPanel::setWorkspace(const Workspace* workspace)
{
    m_model->setWorkspace(workspace);
}

void PatientSearchPanel::showPatient(qint64 id, const QString& text, bool archived)
{
    if (archived)
        m_includeArchived->setChecked(true);
    m_search->setText(text);
    searchNow();
    if (const int row = m_model->rowOf(id); row >= 0)
        selectRow(row);
}

void PatientSearchPanel::refresh()
{
    m_model->refresh();
}

void PatientSearchPanel::fitColumns()
{
    // The short columns as wide as their header and a typical value, so neither is cut; the
    // name takes the room left and the email the rest (its whole value in the tooltip).
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics metrics(m_view->font());
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 12;
    const auto fit = [&](int column, const QString& sample) {
        header->resizeSection(
            column, std::max(header->sectionSizeHint(column), metrics.horizontalAdvance(sample) + padding));
    };
    fit(PatientSearchModel::PreferredName, {});
    fit(PatientSearchModel::BirthDate, displayDate(QDate(2000, 12, 28)));
    fit(PatientSearchModel::Phone, u"+34 600 000 000"_s);
}

void PatientSearchPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PatientSearchPanel::searchNow()
{
    m_debounce.stop();
    m_model->setSearchText(m_search->text());
}

qint64 PatientSearchPanel::currentPatientId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->patientId(current.row()) : 0;
}

void PatientSearchPanel::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void PatientSearchPanel::onModelReset()
{
    // The same patient stays selected while the search narrows around them.
    const int row = m_model->rowOf(m_selectedBeforeReset);
    if (row >= 0)
        selectRow(row);
    else if (m_selectedBeforeReset != 0)
        emit currentPatientChanged(0);
    m_selectedBeforeReset = 0;
    updateSummary();
}

void PatientSearchPanel::onCurrentChanged()
{
    emit currentPatientChanged(currentPatientId());
}

void PatientSearchPanel::updateSummary()
{
    const int rows = m_model->rowCount();
    if (m_model->searchText().trimmed().isEmpty())
        m_summary->setText(tr("Type a name, phone number, email or birth date."));
    else if (rows == 0)
        m_summary->setText(tr("No patient matches “%1”.").arg(m_model->searchText().trimmed()));
    else if (m_model->isTruncated())
        m_summary->setText(tr("The first %1 patients; type more to narrow the search.").arg(rows));
    else if (rows == 1)
        m_summary->setText(tr("1 patient"));
    else
        m_summary->setText(tr("%1 patients").arg(rows));
}

bool PatientSearchPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_search) {
        const bool down = key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown;
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (!down && !enter)
            return false;
        if (m_debounce.isActive())
            searchNow();
        if (m_model->rowCount() == 0)
            return enter;
        const int current = m_view->selectionModel()->currentIndex().row();
        selectRow(current >= 0 ? current : 0);
        m_view->setFocus(Qt::TabFocusReason);
        if (enter)
            emit patientActivated(currentPatientId());
        return true;
    }
    if (watched == m_view && key->key() == Qt::Key_Up && m_view->selectionModel()->currentIndex().row() <= 0) {
        m_search->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace np::app
