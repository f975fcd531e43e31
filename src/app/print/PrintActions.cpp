#include "PrintActions.h"

#include "app/Actions.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>

namespace np::app {

namespace {

constexpr Qt::KeyboardModifiers CtrlShift = Qt::ControlModifier | Qt::ShiftModifier;

} // namespace

PrintActions::PrintActions(QObject* parent)
    : QObject(parent)
    , printNow(makeAction(this, tr("Pr&int…"), QKeySequence(Qt::ControlModifier | Qt::Key_P),
          tr("Print what the page shows (the day sheet, the recall list; on a patient, the document you pick) on a "
             "printer you choose")))
    , printPreview(makeAction(this, tr("Print Pre&view…"), QKeySequence(CtrlShift | Qt::Key_P),
          tr("Preview and print what the page shows, or the document last chosen on it")))
    , savePdf(makeAction(this, tr("Save as &PDF…"), QKeySequence(CtrlShift | Qt::Key_S),
          tr("Save what the page shows, or the document last chosen on it, as a PDF file")))
    , daySheet(makeAction(
          this, tr("&Day Sheet…"), QKeySequence(CtrlShift | Qt::Key_D), tr("A day's appointments for the front desk")))
    , recallList(makeAction(this, tr("&Recall List…"), QKeySequence(CtrlShift | Qt::Key_R),
          tr("The patients to recall in the next 30 days")))
    , postCareBatch(makeAction(this, tr("All Pos&t-care Sheets of a Day…"), QKeySequence(CtrlShift | Qt::Key_T),
          tr("The post-care sheets of every session completed on a day, as one print job or one PDF")))
    , postCare(makeAction(this, tr("Po&st-care Sheet…"), QKeySequence(CtrlShift | Qt::Key_A),
          tr("Post-care instructions for the selected patient's latest session")))
    , preCare(makeAction(this, tr("Pr&e-care Sheet…"), QKeySequence(CtrlShift | Qt::Key_B),
          tr("Pre-care instructions for the selected patient's next appointment")))
    , appointmentCard(makeAction(this, tr("&Appointment Card…"), QKeySequence(CtrlShift | Qt::Key_C),
          tr("Every session of the selected patient's series, with dates and times")))
    , consent(makeAction(this, tr("&Consent Form…"), QKeySequence(CtrlShift | Qt::Key_N),
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
