#pragma once

#include "app/print/PrintPrompts.h"

#include <QDate>
#include <QPrinter>
#include <QStringList>

namespace np::test {

// PrintPrompts with answers given in advance; records what was shown.
class ScriptedPrintPrompts : public app::PrintPrompts {
public:
    QDate date; // chooseDate's answer (invalid: cancelled)
    QStringList pdfPaths; // handed out in order by choosePdfPath; then "" (cancelled)
    QString printTo; // preview: "print" to this PDF file; empty: close without printing
    int previews = 0;
    int printDialogs = 0;
    QStringList errors; // "title: message"
    QStringList dateTitles; // what chooseDate was asked under

    QDate chooseDate(const QString& title, const QDate&) override
    {
        dateTitles << title;
        return date;
    }
    QString choosePdfPath(const QString&) override { return pdfPaths.isEmpty() ? QString() : pdfPaths.takeFirst(); }
    bool preview(QPrinter& printer, const Paint& paint) override
    {
        ++previews;
        if (printTo.isEmpty())
            return false;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printTo);
        paint(&printer);
        return true;
    }
    bool choosePrinter(QPrinter& printer) override
    {
        ++printDialogs;
        if (printTo.isEmpty())
            return false;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printTo);
        return true;
    }
    int chooseOne(const QString& title, const QString&, const QStringList& choices) override
    {
        choiceTitles << title;
        offered = choices;
        return choice;
    }
    void showError(const QString& title, const QString& message) override
    {
        errors << title + QStringLiteral(": ") + message;
    }

    int choice = -1; // chooseOne's answer (-1: cancelled)
    QStringList choiceTitles;
    QStringList offered;
};

} // namespace np::test
