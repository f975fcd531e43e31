#include "PrintActions.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>

namespace np::app {

namespace {

QAction* action(
    QObject* parent, const QString& text, Qt::Key key, Qt::KeyboardModifiers modifiers, const QString& statusTip)
{
    auto* a = new QAction(text, parent);
    a->setShortcut(QKeySequence(modifiers | key));
    a->setStatusTip(statusTip);
    return a;
}

constexpr Qt::KeyboardModifiers CtrlShift = Qt::ControlModifier | Qt::ShiftModifier;

} // namespace

PrintActions::PrintActions(QObject* parent)
    : QObject(parent)
    , printNow(action(this, tr("Pr&int…"), Qt::Key_P, Qt::ControlModifier,
          tr("Print the document last chosen (at first, today's day sheet) on a printer you choose")))
    , printPreview(action(this, tr("Print Pre&view…"), Qt::Key_P, CtrlShift,
          tr("Preview and print the document last chosen (at first, today's day sheet)")))
    , savePdf(
          action(this, tr("Save as &PDF…"), Qt::Key_S, CtrlShift, tr("Save the document last chosen as a PDF file")))
    , daySheet(action(this, tr("&Day Sheet…"), Qt::Key_D, CtrlShift, tr("A day's appointments for the front desk")))
    , recallList(
          action(this, tr("&Recall List…"), Qt::Key_R, CtrlShift, tr("The patients to recall in the next 30 days")))
    , postCareBatch(action(this, tr("All Pos&t-care Sheets of a Day…"), Qt::Key_T, CtrlShift,
          tr("The post-care sheets of every session completed on a day, as one print job or one PDF")))
    , postCare(action(this, tr("Po&st-care Sheet…"), Qt::Key_A, CtrlShift,
          tr("Post-care instructions for the selected patient's latest session")))
    , preCare(action(this, tr("Pr&e-care Sheet…"), Qt::Key_B, CtrlShift,
          tr("Pre-care instructions for the selected patient's next appointment")))
    , appointmentCard(action(this, tr("&Appointment Card…"), Qt::Key_C, CtrlShift,
          tr("Every session of the selected patient's series, with dates and times")))
    , consent(action(this, tr("&Consent Form…"), Qt::Key_N, CtrlShift,
          tr("The consent form for the selected patient's latest series")))
{ }

QMenu* PrintActions::createMenu(QWidget* parent) const
{
    auto* menu = new QMenu(tr("&Print"), parent);
    menu->addAction(printNow);
    menu->addAction(printPreview);
    menu->addAction(savePdf);
    menu->addSeparator();
    menu->addAction(daySheet);
    menu->addAction(recallList);
    menu->addAction(postCareBatch);
    menu->addSeparator();
    menu->addAction(postCare);
    menu->addAction(preCare);
    menu->addAction(appointmentCard);
    menu->addAction(consent);
    return menu;
}

} // namespace np::app
