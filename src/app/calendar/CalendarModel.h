#pragma once

#include "services/CalendarService.h"

#include <QAbstractListModel>
#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace np {
class Catalogue;
}

namespace np::app {

// The calendar's days as the view lays them out: a column per day and practitioner (or room), the
// hours of the ruler, the open hours of each column, and one row per appointment shown with where it
// goes. Built once per read of the database (CalendarSpan); the view paints from it without asking
// the database anything. Cancelled and no-show appointments stay, marked, unless filtered out.
class CalendarModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Grouping { Practitioner, Room };
    enum Role {
        IdRole = Qt::UserRole + 1,
        PatientIdRole,
        ColumnRole,
        StartRole, // QDateTime, clinic wall-clock time
        CalledOffRole, // cancelled or no-show
        ColourRole, // the modality's colour
    };

    struct Column {
        QDate day;
        QString code; // the practitioner's or room's set-up code
        QString name;
        QList<TimeRange> open; // when the practitioner works, or the clinic is open (a room); empty: closed
        QString closedReason; // a closure's or holiday's name, "Closed", or empty when open
    };
    struct Item {
        qint64 id = 0;
        int version = 0;
        qint64 patientId = 0;
        int column = 0;
        int startMinute = 0; // of its day, wall clock
        int endMinute = 0; // the room's time, turnover included
        QDateTime localStart;
        QString patient; // "Family, Given"
        QString treatment; // "Automated pen: cheeks · 2 of 4"
        QString modality; // catalogue code
        int sessionNumber = 0; // in its series; 0: a single appointment
        QColor colour;
        storage::AppointmentStatus status = storage::AppointmentStatus::Booked;
        QString statusReason;
        QString stateText; // "arrived", "cancelled: ill"
        QString timeLine; // "10:30", or "10:30 · arrived" when it is not simply booked
        QString description; // the whole meaning, for screen readers and the tooltip
        int lane = 0; // side by side with the appointments it overlaps in its column
        int lanes = 1;
        [[nodiscard]] bool calledOff() const;
    };
    struct LegendEntry {
        QString name;
        QColor colour;
    };

    explicit CalendarModel(QObject* parent = nullptr);

    void setCatalogue(const Catalogue* catalogue) { m_catalogue = catalogue; }
    // The days and appointments read (none: an empty calendar).
    void setSpan(std::optional<services::CalendarSpan> span, QDate today);
    void setGrouping(Grouping grouping);
    [[nodiscard]] Grouping grouping() const { return m_grouping; }
    void setShowCalledOff(bool show);
    [[nodiscard]] bool showsCalledOff() const { return m_showCalledOff; }

    [[nodiscard]] const QList<Column>& columns() const { return m_columns; }
    [[nodiscard]] const QList<Item>& items() const { return m_items; }
    [[nodiscard]] const std::optional<services::CalendarSpan>& span() const { return m_span; }
    [[nodiscard]] int rowOf(qint64 id) const; // -1 when not shown
    [[nodiscard]] QDate today() const { return m_today; }
    [[nodiscard]] int columnsPerDay() const { return m_perDay; }
    // The ruler: first and last minute of the day shown, whole hours around every open hour and
    // every appointment shown.
    [[nodiscard]] int firstMinute() const { return m_firstMinute; }
    [[nodiscard]] int lastMinute() const { return m_lastMinute; }
    [[nodiscard]] int slotMinutes() const;
    [[nodiscard]] QList<LegendEntry> legend() const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    struct Texts; // what every appointment's text is made of, looked up once per build
    [[nodiscard]] Item itemOf(const services::CalendarItem& item, int column, Texts& texts) const;
    [[nodiscard]] QColor colourOf(const QString& modality) const;

    const Catalogue* m_catalogue = nullptr;
    std::optional<services::CalendarSpan> m_span;
    QDate m_today;
    Grouping m_grouping = Grouping::Practitioner;
    bool m_showCalledOff = true;
    QList<Column> m_columns;
    QList<Item> m_items;
    int m_perDay = 0;
    int m_firstMinute = 8 * 60;
    int m_lastMinute = 18 * 60;
};

} // namespace np::app
