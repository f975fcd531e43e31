#pragma once

#include "core/Catalogue.h"
#include "core/ClinicSetup.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDate>
#include <QString>

// Readable Catch2 output for Qt types.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QDate> {
    static std::string convert(const QDate& d) { return d.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch

namespace np::test {

// "2026-12-01" -> QDate; fails the test on a malformed literal.
QDate date(const char* iso);

// The built-in catalogue; loaded once per test program.
const Catalogue& builtInCatalogue();

// The example clinic's set-up file (resources/examples/clinic.json), and that set-up as read with
// the built-in catalogue.
QString exampleClinicFile();
ClinicSetup exampleClinic();

QByteArray readFile(const QString& path);
QString testDataPath(const QString& relative);

} // namespace np::test
