#pragma once

#include "services/ChartService.h"
#include "services/DayService.h"

#include <QDialog>
#include <QHash>

#include <expected>
#include <memory>
#include <optional>

class QDoubleSpinBox;
class QPushButton;

namespace Ui {
class ChartDialog;
}

namespace np::app {

class ChangeHistory;
class Workspace;

// The session chart, filled in during the session and saved by Complete: the device booked, the
// cartridge lot, the numbing cream and when it went on (a time shorter than the protocol's is
// said), the depth on each zone treated (outside the catalogue's working range for the series'
// indication it needs the clinician's reason; never above the zone's maximum), passes, endpoint,
// products, the immediate reaction and adverse events. Complete stores the chart and completes the
// appointment in one transaction (services::completeWithChart), one step of Edit > Undo; then the
// post-care sheet is a click away.
class ChartDialog : public QDialog {
    Q_OBJECT
public:
    ChartDialog(const Workspace& workspace, services::DayEntry entry, QWidget* parent = nullptr);
    ~ChartDialog() override;

    // Where a completion is kept as a step to undo (none: not kept).
    void setHistory(ChangeHistory* history) { m_history = history; }

    // The depth field of zone `area` (tests, and callers that know it); null when not treated.
    [[nodiscard]] QDoubleSpinBox* depthField(const QString& area) const { return m_depths.value(area); }
    // The form's fields by what they hold (tests): "cartridge", "numbing", "numbingOn",
    // "depthReason", "endpoint", "products", "reaction".
    void setText(const QString& field, const QString& text);
    void setPasses(int passes);
    // What the form says of the chart as filled in: the depths needing a reason and the warnings.
    [[nodiscard]] QString checksText() const;
    [[nodiscard]] QPushButton* completeButton() const { return m_complete; }
    // Print Post-Care: there once the session is completed (null before).
    [[nodiscard]] QPushButton* printButton() const { return m_print; }
    // Completes the session with its chart; false (why shown) when it could not be.
    bool complete();

signals:
    // The session is completed: what the status bar should say.
    void completed(const QString& message);
    void printPostCareRequested(qint64 patientId);

private:
    [[nodiscard]] std::expected<storage::ChartRecord, QString> chart() const;
    void update();
    void showCompleted();

    const Workspace& m_workspace;
    services::DayEntry m_entry;
    std::unique_ptr<Ui::ChartDialog> m_ui;
    std::optional<services::ChartSheet> m_sheet;
    QHash<QString, QDoubleSpinBox*> m_depths; // by area code
    QPushButton* m_complete;
    QPushButton* m_print = nullptr;
    ChangeHistory* m_history = nullptr;
    bool m_done = false;
};

} // namespace np::app
