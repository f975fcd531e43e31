#pragma once

#include "ClinicDraft.h"

#include "print/PageSetup.h"

#include <QHash>
#include <QWizardPage>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QTableView;

namespace Ui {
class ClinicDetailsPage;
class OpeningHoursPage;
} // namespace Ui

namespace np::app {

// A page of the clinic set-up: it writes its part of the draft, and shows the problems the
// set-up's checks (core's parseClinicSetup, as `clinic load`) find in it, at the field or row.
// Next is refused while it has any.
class ClinicSetupPage : public QWizardPage {
    Q_OBJECT
public:
    using Check = std::function<Problems()>; // the whole draft checked

    explicit ClinicSetupPage(QWidget* parent = nullptr)
        : QWizardPage(parent)
    { }

    void setCheck(Check check) { m_check = std::move(check); }
    virtual void writeTo(ClinicDraft& draft) const = 0;
    // Shows its part of `draft` (a stored or imported set-up).
    virtual void readFrom(const ClinicDraft& draft) = 0;
    // The keys of the set-up file this page edits ("clinic", "opening_hours"): its problems are
    // those under them (isUnder).
    [[nodiscard]] virtual QStringList keys() const = 0;
    // Shows those of `problems` that are this page's; whether there were any.
    virtual bool showProblems(const Problems& problems) = 0;
    bool validatePage() override;

protected:
    // A problem at a field, after the field's name, as the set-up's checks word it after a key
    // ("Phone: must not be empty"); empty when `message` is.
    [[nodiscard]] static QString atField(const QString& label, const QString& message);

private:
    Check m_check;
};

// The clinic's name, address, phones, web site, time zone, and the paper this computer prints on.
class ClinicDetailsPage : public ClinicSetupPage {
    Q_OBJECT
public:
    explicit ClinicDetailsPage(QWidget* parent = nullptr);
    ~ClinicDetailsPage() override;

    void writeTo(ClinicDraft& draft) const override;
    void readFrom(const ClinicDraft& draft) override;
    [[nodiscard]] QStringList keys() const override { return {QStringLiteral("clinic")}; }
    bool showProblems(const Problems& problems) override;
    [[nodiscard]] print::PaperSize paper() const;
    void setPaper(print::PaperSize paper);
    // The languages documents can be printed in (codes: "en", "es"), the built-in ones at first.
    void setLanguages(const QStringList& codes);

private:
    std::unique_ptr<Ui::ClinicDetailsPage> m_ui;
    struct FieldError {
        QWidget* field = nullptr;
        QLabel* label = nullptr;
    };
    QHash<QString, FieldError> m_errors; // by JSON key under "clinic"
};

// Opening hours, a line per weekday.
class OpeningHoursPage : public ClinicSetupPage {
    Q_OBJECT
public:
    explicit OpeningHoursPage(QWidget* parent = nullptr);
    ~OpeningHoursPage() override;

    void writeTo(ClinicDraft& draft) const override;
    void readFrom(const ClinicDraft& draft) override;
    [[nodiscard]] QStringList keys() const override { return {QStringLiteral("opening_hours")}; }
    bool showProblems(const Problems& problems) override;

private:
    std::unique_ptr<Ui::OpeningHoursPage> m_ui;
    QList<QLineEdit*> m_days; // Monday first
    QList<QLabel*> m_errors; // Monday first
    QLabel* m_pageError;
};

} // namespace np::app
