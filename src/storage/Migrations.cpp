#include "Migrations.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace np::storage {

QStringList splitStatements(const QString& sql)
{
    QStringList statements;
    QString current;
    for (const QString& line : sql.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"--"))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

const QList<Migration>& migrations()
{
    static const QList<Migration> all = [] {
        QList<Migration> out;
        const QDir dir(u":/migrations"_s);
        const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read the compiled-in migration %s", qPrintable(file));
            const int version = file.section(u'_', 0, 0).toInt();
            if (version != out.size() + 1)
                qFatal("migration %s is out of sequence (expected number %lld)", qPrintable(file), out.size() + 1);
            out.append({version, file, splitStatements(QString::fromUtf8(f.readAll()))});
        }
        return out;
    }();
    return all;
}

} // namespace np::storage
