#include "StorageText.h"

#include <QCoreApplication>

namespace np::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StorageText)
};
} // namespace

QString storageErrorText(const storage::StorageError& error)
{
    using Remedy = storage::StorageError::Remedy;
    switch (error.remedy) {
    case Remedy::None:
        break;
    case Remedy::CreateDatabase:
        return Tr::tr("%1. Make a new clinic's database with File > New Clinic…, or open another one.")
            .arg(error.message);
    case Remedy::RestoreBackup:
        return Tr::tr("%1. Restore its latest backup (File > Restore from Backup…; the backups are in the folder "
                      "Settings > This Computer… names), or open another database.")
            .arg(error.message);
    case Remedy::LoadClinicSetup:
        return Tr::tr("%1. Import the clinic's set-up file again in Settings > Clinic…, or plan with the protocols "
                      "it was made with (Settings > Protocols…).")
            .arg(error.message);
    }
    return error.message;
}

} // namespace np::app
