#include "DialogPrintPrompts.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QScreen>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DialogPrintPrompts)
};
} // namespace

QDate DialogPrintPrompts::chooseDate(const QString& title, const QDate& suggested)
{
    QDialog dialog(m_parent);
    dialog.setWindowTitle(title);
    auto* date = new QDateEdit(suggested);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(Tr::tr("&Date:"), date);
    form->addRow(buttons);
    return dialog.exec() == QDialog::Accepted ? date->date() : QDate();
}

QString DialogPrintPrompts::choosePdfPath(const QString& suggested)
{
    QString path = QFileDialog::getSaveFileName(
        m_parent, Tr::tr("Save as PDF"), suggested, Tr::tr("PDF documents (*.pdf);;All files (*)"));
    if (!path.isEmpty() && !path.endsWith(u".pdf"_s, Qt::CaseInsensitive) && !QFileInfo(path).exists())
        path += u".pdf"_s;
    return path;
}

void makeReadable(QPrintPreviewDialog& dialog)
{
    static const QString key = u"print/previewGeometry"_s;
    if (auto* widget = dialog.findChild<QPrintPreviewWidget*>())
        widget->setZoomMode(QPrintPreviewWidget::FitToWidth);
    if (!dialog.restoreGeometry(QSettings().value(key).toByteArray())) {
        const QScreen* screen = dialog.screen();
        const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 1024);
        const int height = available.height() * 9 / 10;
        dialog.resize(std::min(available.width() * 9 / 10, height * 4 / 5), height);
    }
    QObject::connect(
        &dialog, &QDialog::finished, &dialog, [&dialog] { QSettings().setValue(key, dialog.saveGeometry()); });
}

bool DialogPrintPrompts::preview(QPrinter& printer, const Paint& paint)
{
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(Tr::tr("Print Preview"));
    makeReadable(dialog);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
    return dialog.exec() == QDialog::Accepted;
}

bool DialogPrintPrompts::choosePrinter(QPrinter& printer)
{
    QPrintDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(Tr::tr("Print"));
    return dialog.exec() == QDialog::Accepted;
}

int DialogPrintPrompts::chooseOne(const QString& title, const QString& question, const QStringList& choices)
{
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_parent, title, question, choices, 0, false, &ok);
    return ok ? static_cast<int>(choices.indexOf(chosen)) : -1;
}

void DialogPrintPrompts::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(m_parent, title, message);
}

} // namespace np::app
