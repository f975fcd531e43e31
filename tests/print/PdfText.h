#pragma once

// PDFs read back with poppler's pdfinfo and pdftotext: an independent reader of what was printed.

#include <catch2/catch.hpp>

#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace np::test {

using namespace Qt::StringLiterals;

// A poppler tool's output; fails the test when the tool is missing (CI installs it).
inline QString poppler(const char* tool, const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(QString::fromLatin1(tool));
    if (program.isEmpty())
        FAIL(tool << " not found: install poppler-utils (apt-get install poppler-utils; scripts/test.sh does)");
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(tool << ": " << QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdfinfo's "Key: value" lines.
inline QMap<QString, QString> pdfInfo(const QString& path)
{
    QMap<QString, QString> info;
    for (const QString& line : poppler("pdfinfo", {u"-enc"_s, u"UTF-8"_s, path}).split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            info.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return info;
}

inline int pdfPages(const QString& path)
{
    return pdfInfo(path).value(u"Pages"_s).toInt();
}

// The text of pages `first`..`last` (1-based; 0: all).
inline QString pdfText(const QString& path, int first = 0, int last = 0)
{
    QStringList arguments {u"-layout"_s, u"-enc"_s, u"UTF-8"_s};
    if (first > 0)
        arguments << u"-f"_s << QString::number(first) << u"-l"_s << QString::number(last);
    return poppler("pdftotext", arguments << path << u"-"_s);
}

} // namespace np::test
