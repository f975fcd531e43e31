<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CatalogueText</name>
    <message numerus="yes">
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="129"/>
        <source>%n day(s) after it ends</source>
        <translation>
            <numerusform>%n day after it ends</numerusform>
            <numerusform>%n days after it ends</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileBytes</name>
    <message numerus="yes">
        <location filename="../../src/core/FileBytes.cpp" line="21"/>
        <source>it is larger than %n kB, too large for this kind of file</source>
        <translation>
            <numerusform>it is larger than %n kB, too large for this kind of file</numerusform>
            <numerusform>it is larger than %n kB, too large for this kind of file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <location filename="../../src/app/patients/ImportPreview.cpp" line="155"/>
        <source>%n problem(s) in the file: nothing can be imported until every one is corrected. Correct the file in your spreadsheet, save it, and choose Check Again.</source>
        <translation>
            <numerusform>%n problem in the file: nothing can be imported until every one is corrected. Correct the file in your spreadsheet, save it, and choose Check Again.</numerusform>
            <numerusform>%n problems in the file: nothing can be imported until every one is corrected. Correct the file in your spreadsheet, save it, and choose Check Again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/ImportPreview.cpp" line="162"/>
        <source>%n new patient(s) to add</source>
        <translation>
            <numerusform>%n new patient to add</numerusform>
            <numerusform>%n new patients to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/ImportPreview.cpp" line="162"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/ImportPreview.cpp" line="164"/>
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/ImportPreview.cpp" line="169"/>
        <source>%n patient(s) added</source>
        <translation>
            <numerusform>%n patient added</numerusform>
            <numerusform>%n patients added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/ImportPreview.cpp" line="169"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/ImportPreview.cpp" line="172"/>
        <source>%n warning(s) listed below.</source>
        <translation>
            <numerusform>%n warning listed below.</numerusform>
            <numerusform>%n warnings listed below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientCsv</name>
    <message numerus="yes">
        <location filename="../../src/storage/PatientCsv.cpp" line="405"/>
        <source>has %n value(s) but the header names %1 columns; a value is missing or two were joined</source>
        <translation>
            <numerusform>has %n value but the header names %1 columns; a value is missing or two were joined</numerusform>
            <numerusform>has %n values but the header names %1 columns; a value is missing or two were joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtocolFile</name>
    <message numerus="yes">
        <location filename="../../src/app/clinic/ProtocolFile.cpp" line="32"/>
        <source>%1 has %n problem(s); Needlepoint goes on with the catalogue it uses now. Correct the file and choose it again:
%2</source>
        <translation>
            <numerusform>%1 has %n problem; Needlepoint goes on with the catalogue it uses now. Correct the file and choose it again:
%2</numerusform>
            <numerusform>%1 has %n problems; Needlepoint goes on with the catalogue it uses now. Correct the file and choose it again:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeriesText</name>
    <message numerus="yes">
        <location filename="../../src/app/series/SeriesText.cpp" line="62"/>
        <source>The event on %1 comes too soon: the last session should fall between %2 and %3, and only %n session(s) fit before it at the protocol&apos;s spacing.</source>
        <translation>
            <numerusform>The event on %1 comes too soon: the last session should fall between %2 and %3, and only %n session fit before it at the protocol&apos;s spacing.</numerusform>
            <numerusform>The event on %1 comes too soon: the last session should fall between %2 and %3, and only %n sessions fit before it at the protocol&apos;s spacing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>np::app::ClinicSettingsDialog</name>
    <message numerus="yes">
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="181"/>
        <source>Not saved: %n problem(s) to correct, shown where they are.</source>
        <translation>
            <numerusform>Not saved: %n problem to correct, shown where they are.</numerusform>
            <numerusform>Not saved: %n problems to correct, shown where they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="216"/>
        <source>Clinic set-up saved. %n booked appointment(s) outside it stay booked: move or cancel them.</source>
        <translation>
            <numerusform>Clinic set-up saved. %n booked appointment outside it stays booked: move or cancel it.</numerusform>
            <numerusform>Clinic set-up saved. %n booked appointments outside it stay booked: move or cancel them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="229"/>
        <source>%n booked appointment(s) would no longer fit the clinic&apos;s set-up:</source>
        <translation>
            <numerusform>%n booked appointment would no longer fit the clinic&apos;s set-up:</numerusform>
            <numerusform>%n booked appointments would no longer fit the clinic&apos;s set-up:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="232"/>
        <source>and %n more (Show Details).</source>
        <translation>
            <numerusform>and %n more (Show Details).</numerusform>
            <numerusform>and %n more (Show Details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="249"/>
        <source>Not saved yet: %n booked appointment(s) would no longer fit.</source>
        <translation>
            <numerusform>Not saved yet: %n booked appointment would no longer fit.</numerusform>
            <numerusform>Not saved yet: %n booked appointments would no longer fit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>np::app::HealthTab</name>
    <message numerus="yes">
        <location filename="../../src/app/patients/HealthTab.cpp" line="74"/>
        <source>%n finding(s) recorded, %1 in effect today.</source>
        <translation>
            <numerusform>%n finding recorded, %1 in effect today.</numerusform>
            <numerusform>%n findings recorded, %1 in effect today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/HealthTab.cpp" line="156"/>
        <source>%n version(s), the first first.</source>
        <translation>
            <numerusform>%n version, the first first.</numerusform>
            <numerusform>%n versions, the first first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>np::app::NewSeriesDialog</name>
    <message numerus="yes">
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="386"/>
        <source>Booked: %n session(s), the first on %1 at %2.</source>
        <translation>
            <numerusform>Booked: %n session, the first on %1 at %2.</numerusform>
            <numerusform>Booked: %n sessions, the first on %1 at %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>np::app::PatientDetailPane</name>
    <message numerus="yes">
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="220"/>
        <source>%n series, the newest first, each with its sessions in order.</source>
        <translation>
            <numerusform>%n series, the newest first, each with its sessions in order.</numerusform>
            <numerusform>%n series, the newest first, each with its sessions in order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="225"/>
        <source>%n consent(s), the newest first.</source>
        <translation>
            <numerusform>%n consent, the newest first.</numerusform>
            <numerusform>%n consents, the newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="229"/>
        <source>%n document(s) given, the newest first.</source>
        <translation>
            <numerusform>%n document given, the newest first.</numerusform>
            <numerusform>%n documents given, the newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="254"/>
        <source>and %n earlier</source>
        <translation>
            <numerusform>and %n earlier</numerusform>
            <numerusform>and %n earlier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>np::app::PatientDialog</name>
    <message numerus="yes">
        <location filename="../../src/app/patients/PatientDialog.cpp" line="257"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>np::app::PatientExport</name>
    <message numerus="yes">
        <location filename="../../src/app/patients/PatientExport.cpp" line="60"/>
        <source>%n patient(s) exported to %1.</source>
        <translation>
            <numerusform>%n patient exported to %1.</numerusform>
            <numerusform>%n patients exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>np::app::RecallsPage</name>
    <message numerus="yes">
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="157"/>
        <source>%n call(s) to make.</source>
        <translation>
            <numerusform>%n call to make.</numerusform>
            <numerusform>%n calls to make.</numerusform>
        </translation>
    </message>
</context>
</TS>
