<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Application</name>
    <message>
        <location filename="../../src/app/startup/Application.cpp" line="78"/>
        <location filename="../../src/app/startup/Application.cpp" line="93"/>
        <location filename="../../src/app/startup/Application.cpp" line="102"/>
        <location filename="../../src/app/startup/Application.cpp" line="118"/>
        <source>Needlepoint</source>
        <translation>Needlepoint</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/Application.cpp" line="79"/>
        <source>The protocol catalogue built into Needlepoint does not load:
%1</source>
        <translation>El catálogo de protocolos incluido en Needlepoint no se puede cargar:
%1</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/Application.cpp" line="94"/>
        <source>%1

Until it is corrected, Needlepoint plans with its built-in catalogue (Settings &gt; Protocols…).</source>
        <translation>%1

Hasta que se corrija, Needlepoint planifica con su catálogo integrado (Ajustes &gt; Protocolos…).</translation>
    </message>
</context>
<context>
    <name>AppointmentChanges</name>
    <message>
        <location filename="../../src/app/today/AppointmentChanges.cpp" line="25"/>
        <location filename="../../src/app/today/AppointmentChanges.cpp" line="28"/>
        <location filename="../../src/app/today/AppointmentChanges.cpp" line="40"/>
        <source>Cancel Appointment</source>
        <translation>Anular cita</translation>
    </message>
    <message>
        <location filename="../../src/app/today/AppointmentChanges.cpp" line="26"/>
        <source>Why is %1&apos;s appointment at %2 cancelled? The reason is kept with it.</source>
        <translation>¿Por qué se anula la cita de %1 a las %2? El motivo se guarda con ella.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/AppointmentChanges.cpp" line="29"/>
        <source>Keep It</source>
        <translation>Mantenerla</translation>
    </message>
    <message>
        <location filename="../../src/app/today/AppointmentChanges.cpp" line="41"/>
        <source>%1&apos;s appointment was not cancelled: %2</source>
        <translation>La cita de %1 no se anuló: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/today/AppointmentChanges.cpp" line="45"/>
        <source>Cancel %1&apos;s appointment</source>
        <translation>Anular la cita de %1</translation>
    </message>
    <message>
        <location filename="../../src/app/today/AppointmentChanges.cpp" line="46"/>
        <source>%1&apos;s appointment is cancelled; its time is free again.</source>
        <translation>La cita de %1 está anulada; su hora vuelve a estar libre.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/AppointmentChanges.cpp" line="55"/>
        <source>No-Show</source>
        <translation>No vino</translation>
    </message>
    <message>
        <location filename="../../src/app/today/AppointmentChanges.cpp" line="56"/>
        <source>%1&apos;s appointment was not marked: %2</source>
        <translation>La cita de %1 no se marcó: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/today/AppointmentChanges.cpp" line="60"/>
        <source>Mark %1&apos;s no-show</source>
        <translation>Marcar la ausencia de %1</translation>
    </message>
    <message>
        <location filename="../../src/app/today/AppointmentChanges.cpp" line="61"/>
        <source>%1 did not come: marked as a no-show.</source>
        <translation>%1 no vino: marcada como ausencia.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/AppointmentChanges.cpp" line="64"/>
        <source>The later sessions of the series are planned again from the missed one.</source>
        <translation>Las sesiones siguientes de la serie se vuelven a planificar desde la perdida.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/AppointmentChanges.cpp" line="66"/>
        <source>The series could not be planned again: %1</source>
        <translation>La serie no se pudo volver a planificar: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentService</name>
    <message>
        <location filename="../../src/services/AppointmentService.cpp" line="68"/>
        <source>unknown area &quot;%1&quot;</source>
        <translation>zona desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../../src/services/AppointmentService.cpp" line="101"/>
        <source>say which session is booked</source>
        <translation>indique qué sesión se reserva</translation>
    </message>
    <message>
        <location filename="../../src/services/AppointmentService.cpp" line="111"/>
        <source>session %1 is %2: only a session waiting for its appointment is booked</source>
        <translation>la sesión %1 está %2: solo se reserva una sesión que espera su cita</translation>
    </message>
    <message>
        <location filename="../../src/services/AppointmentService.cpp" line="158"/>
        <source>%1 is a day gone by</source>
        <translation>%1 ya ha pasado</translation>
    </message>
    <message>
        <location filename="../../src/services/AppointmentService.cpp" line="214"/>
        <source>say why the appointment is cancelled</source>
        <translation>indique por qué se anula la cita</translation>
    </message>
    <message>
        <location filename="../../src/services/AppointmentService.cpp" line="253"/>
        <source>no practitioner &quot;%1&quot; in the clinic set-up</source>
        <translation>no hay ningún profesional «%1» en la configuración de la clínica</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="53"/>
        <source>cannot rename %1 to %2: %3</source>
        <translation>no se puede cambiar el nombre de %1 a %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="110"/>
        <source>%1 is in use by another program or workstation (%2): close Needlepoint everywhere and restore again</source>
        <translation>%1 está en uso por otro programa o puesto (%2): cierre Needlepoint en todas partes y vuelva a restaurar</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="113"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="125"/>
        <source>cannot read the checked copy %1: %2</source>
        <translation>no se puede leer la copia comprobada %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="127"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="132"/>
        <location filename="../../src/storage/Backup.cpp" line="147"/>
        <source>cannot restore into %1: %2</source>
        <translation>no se puede restaurar en %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="157"/>
        <source>cannot move the restored database to %1: %2</source>
        <translation>no se puede mover la base de datos restaurada a %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="160"/>
        <source>nothing was changed</source>
        <translation>no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="162"/>
        <source>the replaced database is at %1</source>
        <translation>la base de datos sustituida está en %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="177"/>
        <source>no backup at %1; nothing was changed</source>
        <translation>no hay ninguna copia de seguridad en %1; no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="179"/>
        <location filename="../../src/storage/Backup.cpp" line="185"/>
        <source>%1 is not a file; nothing was changed</source>
        <translation>%1 no es un archivo; no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="183"/>
        <source>%1 is the database itself: restore from a backup file; nothing was changed</source>
        <translation>%1 es la propia base de datos: restaure desde un archivo de copia de seguridad; no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="188"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="198"/>
        <source>cannot copy %1 to %2: %3; nothing was changed</source>
        <translation>no se puede copiar %1 en %2: %3; no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="235"/>
        <location filename="../../src/storage/Backup.cpp" line="274"/>
        <location filename="../../src/storage/Backup.cpp" line="281"/>
        <location filename="../../src/storage/Backup.cpp" line="285"/>
        <source>%1; nothing was changed</source>
        <translation>%1; no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="253"/>
        <source>%1 exists, left over from an earlier database; move it away first; nothing was changed</source>
        <translation>%1 existe, sobrante de una base de datos anterior; muévalo antes a otro sitio; no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="261"/>
        <source>%1 is in use in this program: close it before restoring; nothing was changed</source>
        <translation>%1 está en uso en este programa: ciérrelo antes de restaurar; no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="301"/>
        <location filename="../../src/storage/Backup.cpp" line="341"/>
        <source>keep at least one backup (asked to keep %1)</source>
        <translation>conserve al menos una copia de seguridad (se pidió conservar %1)</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="325"/>
        <source>cannot remove the old backup %1: %2</source>
        <translation>no se puede eliminar la copia de seguridad antigua %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="343"/>
        <source>the daily backup needs today&apos;s date</source>
        <translation>la copia de seguridad diaria necesita la fecha de hoy</translation>
    </message>
    <message>
        <location filename="../../src/storage/Backup.cpp" line="345"/>
        <source>cannot create the backup folder %1</source>
        <translation>no se puede crear la carpeta de copias de seguridad %1</translation>
    </message>
</context>
<context>
    <name>BackupWorker</name>
    <message>
        <location filename="../../src/app/backup/BackupWorker.cpp" line="54"/>
        <source>cannot create the backup folder %1</source>
        <translation>no se puede crear la carpeta de copias de seguridad %1</translation>
    </message>
</context>
<context>
    <name>BookAppointmentDialog</name>
    <message>
        <location filename="../../ui/BookAppointmentDialog.ui" line="6"/>
        <source>Book Appointment</source>
        <translation>Reservar cita</translation>
    </message>
    <message>
        <location filename="../../ui/BookAppointmentDialog.ui" line="14"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <location filename="../../ui/BookAppointmentDialog.ui" line="24"/>
        <source>Name, phone or email</source>
        <translation>Nombre, teléfono o correo</translation>
    </message>
    <message>
        <location filename="../../ui/BookAppointmentDialog.ui" line="34"/>
        <source>The patients found: the one selected is booked</source>
        <translation>Los pacientes encontrados: se reserva para el seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/BookAppointmentDialog.ui" line="47"/>
        <source>&amp;Treatment:</source>
        <translation>&amp;Tratamiento:</translation>
    </message>
    <message>
        <location filename="../../ui/BookAppointmentDialog.ui" line="61"/>
        <source>&amp;Areas:</source>
        <translation>&amp;Zonas:</translation>
    </message>
    <message>
        <location filename="../../ui/BookAppointmentDialog.ui" line="81"/>
        <source>P&amp;ractitioner:</source>
        <translation>P&amp;rofesional:</translation>
    </message>
    <message>
        <location filename="../../ui/BookAppointmentDialog.ui" line="95"/>
        <source>R&amp;oom:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <location filename="../../ui/BookAppointmentDialog.ui" line="109"/>
        <source>&amp;Device:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <location filename="../../ui/BookAppointmentDialog.ui" line="123"/>
        <source>&amp;When:</source>
        <translation>&amp;Fecha:</translation>
    </message>
</context>
<context>
    <name>BookingRules</name>
    <message>
        <location filename="../../src/core/BookingRules.cpp" line="30"/>
        <source>unknown modality &quot;%1&quot;</source>
        <translation>modalidad desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../../src/core/BookingRules.cpp" line="33"/>
        <source>no practitioner &quot;%1&quot; in the clinic set-up</source>
        <translation>no hay ningún profesional «%1» en la configuración de la clínica</translation>
    </message>
    <message>
        <location filename="../../src/core/BookingRules.cpp" line="35"/>
        <source>%1 does not perform %2</source>
        <translation>%1 no realiza %2</translation>
    </message>
    <message>
        <location filename="../../src/core/BookingRules.cpp" line="37"/>
        <source>no room &quot;%1&quot; in the clinic set-up</source>
        <translation>no hay ninguna sala «%1» en la configuración de la clínica</translation>
    </message>
    <message>
        <location filename="../../src/core/BookingRules.cpp" line="41"/>
        <source>no device &quot;%1&quot; in the clinic set-up</source>
        <translation>no hay ningún dispositivo «%1» en la configuración de la clínica</translation>
    </message>
    <message>
        <location filename="../../src/core/BookingRules.cpp" line="43"/>
        <source>the device %1 (%2) is a %3, and %4 needs a %5</source>
        <translation>el dispositivo %1 (%2) es un %3, y %4 necesita un %5</translation>
    </message>
    <message>
        <location filename="../../src/core/BookingRules.cpp" line="46"/>
        <source>the device %1 (%2) stays in %3</source>
        <translation>el dispositivo %1 (%2) se queda en %3</translation>
    </message>
    <message>
        <location filename="../../src/core/BookingRules.cpp" line="54"/>
        <source>the clinic is closed on %1</source>
        <translation>la clínica está cerrada el %1</translation>
    </message>
    <message>
        <location filename="../../src/core/BookingRules.cpp" line="57"/>
        <source>%1 is off the clinic&apos;s %2-minute grid</source>
        <translation>%1 no cae en la cuadrícula de %2 minutos de la clínica</translation>
    </message>
    <message>
        <location filename="../../src/core/BookingRules.cpp" line="59"/>
        <source>%1 plus %2 minutes runs past midnight</source>
        <translation>%1 más %2 minutos pasa de medianoche</translation>
    </message>
    <message>
        <location filename="../../src/core/BookingRules.cpp" line="67"/>
        <source>%1 does not work on %2</source>
        <translation>%1 no trabaja el %2</translation>
    </message>
    <message>
        <location filename="../../src/core/BookingRules.cpp" line="68"/>
        <source>%1 to %2 is outside %3&apos;s hours on %4 (%5)</source>
        <translation>de %1 a %2 queda fuera del horario de %3 el %4 (%5)</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/CalendarPage.ui" line="34"/>
        <source>S&amp;how:</source>
        <translation>&amp;Ver:</translation>
    </message>
    <message>
        <location filename="../../ui/CalendarPage.ui" line="44"/>
        <source>One day or the whole week</source>
        <translation>Un día o la semana entera</translation>
    </message>
    <message>
        <location filename="../../ui/CalendarPage.ui" line="51"/>
        <source>Col&amp;umns:</source>
        <translation>Col&amp;umnas:</translation>
    </message>
    <message>
        <location filename="../../ui/CalendarPage.ui" line="61"/>
        <source>A column for each practitioner, or for each room</source>
        <translation>Una columna por profesional o por sala</translation>
    </message>
    <message>
        <location filename="../../ui/CalendarPage.ui" line="68"/>
        <source>Wh&amp;ose:</source>
        <translation>De &amp;quién:</translation>
    </message>
    <message>
        <location filename="../../ui/CalendarPage.ui" line="78"/>
        <source>Everyone&apos;s appointments, or one practitioner&apos;s</source>
        <translation>Las citas de todos, o las de un profesional</translation>
    </message>
    <message>
        <location filename="../../ui/CalendarPage.ui" line="88"/>
        <source>Show cancelled and no-sho&amp;ws</source>
        <translation>Mostrar a&amp;nuladas y ausencias</translation>
    </message>
    <message>
        <location filename="../../ui/CalendarPage.ui" line="91"/>
        <source>Keep the appointments called off in sight, struck through, with why</source>
        <translation>Mantener a la vista las citas anuladas, tachadas, con el motivo</translation>
    </message>
</context>
<context>
    <name>CatalogueParser</name>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="31"/>
        <source>format %1 is not supported (this Needlepoint reads format 1)</source>
        <translation>el formato %1 no se admite (este Needlepoint lee el formato 1)</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="47"/>
        <source>at most %1 areas are supported, not %2</source>
        <translation>se admiten como máximo %1 zonas, no %2</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="75"/>
        <source>%1 (%2%3) is more than %4 (%5%3)</source>
        <translation>%1 (%2%3) es mayor que %4 (%5%3)</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="86"/>
        <source>&quot;%1&quot; is not a code (lower-case letters, digits and _)</source>
        <translation>«%1» no es un código (minúsculas, cifras y _)</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="99"/>
        <source>&quot;%1&quot; is not an effect (blocks, review or advice)</source>
        <translation>«%1» no es un efecto (blocks, review o advice)</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="152"/>
        <source>%1 mm is outside 0-%2 mm</source>
        <translation>%1 mm está fuera de 0-%2 mm</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="165"/>
        <source>&quot;%1&quot; is not a region (face, neck or body)</source>
        <translation>«%1» no es una región (face, neck o body)</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="170"/>
        <source>the hard limit (%1 mm) is below the usual range&apos;s top (%2 mm)</source>
        <translation>el límite máximo (%1 mm) está por debajo del tope del rango habitual (%2 mm)</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="193"/>
        <source>session counts must not fall as severity rises (%1 / %2 / %3)</source>
        <translation>el número de sesiones no debe bajar al subir la gravedad (%1 / %2 / %3)</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="247"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="278"/>
        <source>lists no modality</source>
        <translation>no indica ninguna modalidad</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="323"/>
        <source>&quot;%1&quot; is not a scope (any or treated_areas)</source>
        <translation>«%1» no es un alcance (any o treated_areas)</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="360"/>
        <source>unknown contraindication &quot;%1&quot;</source>
        <translation>contraindicación desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="362"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«%1» aparece dos veces</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="379"/>
        <location filename="../../src/core/CatalogueLoader.cpp" line="405"/>
        <source>finding code &quot;%1&quot; is already used at %2</source>
        <translation>el código de hallazgo «%1» ya se usa en %2</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="402"/>
        <source>duplicate code &quot;%1&quot;</source>
        <translation>código repetido «%1»</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="414"/>
        <location filename="../../src/core/CatalogueLoader.cpp" line="464"/>
        <source>unknown modality &quot;%1&quot;</source>
        <translation>modalidad desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="421"/>
        <location filename="../../src/core/CatalogueLoader.cpp" line="434"/>
        <source>unknown area &quot;%1&quot;</source>
        <translation>zona desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="437"/>
        <source>%1 mm is deeper than the area&apos;s hard limit (%2 mm)</source>
        <translation>%1 mm es más profundo que el límite máximo de la zona (%2 mm)</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="449"/>
        <source>%1 sessions is outside %2&apos;s bounds (%3-%4)</source>
        <translation>%1 sesiones está fuera de los límites de %2 (%3-%4)</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="471"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="472"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../src/core/CatalogueLoader.cpp" line="497"/>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>CatalogueText</name>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="25"/>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="30"/>
        <source>%1–%2 mm</source>
        <translation>%1–%2 mm</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="37"/>
        <source>blocks treatment</source>
        <translation>impide el tratamiento</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="39"/>
        <source>needs a clinician&apos;s review</source>
        <translation>requiere la revisión de un clínico</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="41"/>
        <source>advice</source>
        <translation>consejo</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="75"/>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="79"/>
        <source>at least %1, usually %2, at most %3</source>
        <translation>al menos %1, normalmente %2, como máximo %3</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="80"/>
        <source>%1 min numbing, %2 min per area</source>
        <translation>%1 min de anestesia, %2 min por zona</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="81"/>
        <source>deeper than %1 needs a recorded reason</source>
        <translation>más de %1 requiere un motivo registrado</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="83"/>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="83"/>
        <source>Sessions (mild / moderate / severe)</source>
        <translation>Sesiones (leve / moderado / grave)</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="83"/>
        <source>Days between sessions</source>
        <translation>Días entre sesiones</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="84"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="84"/>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="99"/>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="94"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="97"/>
        <source>the areas&apos; usual depths</source>
        <translation>las profundidades habituales de las zonas</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="99"/>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="99"/>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="147"/>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="107"/>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="107"/>
        <source>Usual depth</source>
        <translation>Profundidad habitual</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="107"/>
        <source>Never deeper than</source>
        <translation>Nunca más de</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="107"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="116"/>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="157"/>
        <source>%1, for %2 only</source>
        <translation>%1, solo para %2</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="118"/>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="121"/>
        <source>in the treated area</source>
        <translation>en la zona tratada</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="126"/>
        <source>when treating %1</source>
        <translation>al tratar %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="129"/>
        <source>%n day(s) after it ends</source>
        <translation>
            <numerusform>%n día después de que termine</numerusform>
            <numerusform>%n días después de que termine</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="132"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="132"/>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="160"/>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="132"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="132"/>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="160"/>
        <source>What the aesthetician reads</source>
        <translation>Lo que lee la esteticista</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="140"/>
        <source>Version %1. A series has %2 to %3 sessions; results are reviewed %4 to %5 months after the last.</source>
        <translation>Versión %1. Una serie tiene de %2 a %3 sesiones; los resultados se revisan de %4 a %5 meses después de la última.</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="148"/>
        <source>Indications</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="149"/>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="150"/>
        <source>Contraindications</source>
        <translation>Contraindicaciones</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="154"/>
        <source>under %1</source>
        <translation>menos de %1</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="159"/>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="160"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/CatalogueText.cpp" line="164"/>
        <source>Asked before each session</source>
        <translation>Preguntado antes de cada sesión</translation>
    </message>
</context>
<context>
    <name>ChangeUndo</name>
    <message>
        <location filename="../../src/services/ChangeUndo.cpp" line="46"/>
        <source>%1 was changed by someone else since, so it is left as they made it</source>
        <translation>%1 la cambió otra persona después, así que se deja como la dejó</translation>
    </message>
    <message>
        <location filename="../../src/services/ChangeUndo.cpp" line="93"/>
        <source>session %1</source>
        <translation>la sesión %1</translation>
    </message>
    <message>
        <location filename="../../src/services/ChangeUndo.cpp" line="189"/>
        <source>the chart of session %1</source>
        <translation>el registro de la sesión %1</translation>
    </message>
    <message>
        <location filename="../../src/services/ChangeUndo.cpp" line="207"/>
        <source>appointment %1</source>
        <translation>la cita %1</translation>
    </message>
    <message>
        <location filename="../../src/services/ChangeUndo.cpp" line="220"/>
        <source>series %1</source>
        <translation>la serie %1</translation>
    </message>
</context>
<context>
    <name>ChartDialog</name>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="14"/>
        <source>Chart and Complete</source>
        <translation>Registro y finalización</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="29"/>
        <source>Device:</source>
        <translation>Aparato:</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="43"/>
        <source>Cartridge &amp;lot:</source>
        <translation>Lote del car&amp;tucho:</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="53"/>
        <source>The lot printed on the needle cartridge, for traceability</source>
        <translation>El lote impreso en el cartucho de agujas, para la trazabilidad</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="60"/>
        <source>&amp;Numbing cream:</source>
        <translation>Crema a&amp;nestésica:</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="70"/>
        <source>The numbing cream used; empty: none</source>
        <translation>La crema anestésica usada; vacío: ninguna</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="77"/>
        <source>Applied a&amp;t:</source>
        <translation>Aplicada a &amp;las:</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="87"/>
        <source>When the numbing cream went on (HH:MM), to check it had the protocol&apos;s time</source>
        <translation>Cuándo se aplicó la crema anestésica (HH:MM), para comprobar que tuvo el tiempo del protocolo</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="94"/>
        <source>Depth per zone:</source>
        <translation>Profundidad por zona:</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="119"/>
        <source>Depth &amp;reason:</source>
        <translation>Moti&amp;vo de la profundidad:</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="129"/>
        <source>Why a zone was needled outside its usual depth; required then</source>
        <translation>Por qué una zona se trató fuera de su profundidad habitual; obligatorio entonces</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="136"/>
        <source>&amp;Passes:</source>
        <translation>&amp;Pasadas:</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="153"/>
        <source>&amp;Endpoint:</source>
        <translation>Punto &amp;final:</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="163"/>
        <source>The clinical endpoint reached, such as even erythema or pinpoint bleeding</source>
        <translation>El punto final clínico alcanzado, como eritema uniforme o sangrado puntiforme</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="170"/>
        <source>Pro&amp;ducts:</source>
        <translation>Pro&amp;ductos:</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="180"/>
        <source>Serums or other products applied, separated by semicolons</source>
        <translation>Sérums u otros productos aplicados, separados por punto y coma</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="187"/>
        <source>Immediate reacti&amp;on:</source>
        <translation>Reacción &amp;inmediata:</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="197"/>
        <source>How the skin looked at the end of the session</source>
        <translation>Cómo estaba la piel al final de la sesión</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="204"/>
        <source>&amp;Adverse events:</source>
        <translation>Efectos &amp;adversos:</translation>
    </message>
    <message>
        <location filename="../../ui/ChartDialog.ui" line="227"/>
        <source>Ot&amp;her notes:</source>
        <translation>Otras n&amp;otas:</translation>
    </message>
</context>
<context>
    <name>ChartService</name>
    <message>
        <location filename="../../src/services/ChartService.cpp" line="52"/>
        <source>appointment %1 is no session of a series: only a series session is charted</source>
        <translation>la cita %1 no es una sesión de una serie: solo se registra una sesión de una serie</translation>
    </message>
    <message>
        <location filename="../../src/services/ChartService.cpp" line="96"/>
        <source>%1 mm on the %2 is outside the usual %3–%4 mm: give the reason</source>
        <translation>%1 mm en: %2 queda fuera de los %3–%4 mm habituales: indique el motivo</translation>
    </message>
    <message>
        <location filename="../../src/services/ChartService.cpp" line="102"/>
        <source>The numbing cream was on for %1 minutes; the protocol asks for %2.</source>
        <translation>La crema anestésica estuvo %1 minutos; el protocolo pide %2.</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../ui/CheckinDialog.ui" line="6"/>
        <source>Check In</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <location filename="../../ui/CheckinDialog.ui" line="22"/>
        <source>Ask about the time since the last visit, and tick what the patient says is new:</source>
        <translation>Pregunte por el tiempo desde la última visita y marque lo que el paciente diga que es nuevo:</translation>
    </message>
    <message>
        <location filename="../../ui/CheckinDialog.ui" line="58"/>
        <source>Clinician&apos;s &amp;note (required to go ahead after a review):</source>
        <translation>&amp;Nota del clínico (obligatoria para seguir tras una revisión):</translation>
    </message>
</context>
<context>
    <name>ClinicDetailsPage</name>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="9"/>
        <source>The clinic as patients see it on their documents. Fields marked optional can be left empty.</source>
        <translation>La clínica tal como la ven los pacientes en sus documentos. Los campos opcionales pueden quedar vacíos.</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="21"/>
        <source>Clinic na&amp;me:</source>
        <translation>Nombre de la &amp;clínica:</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="31"/>
        <source>Printed at the top of every document</source>
        <translation>Se imprime en la cabecera de cada documento</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="38"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="48"/>
        <source>Street, town, postcode</source>
        <translation>Calle, localidad, código postal</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="55"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="65"/>
        <source>Printed on every document and appointment card</source>
        <translation>Se imprime en cada documento y tarjeta de cita</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="72"/>
        <source>Phone a&amp;fter hours:</source>
        <translation>Teléfono fuera de &amp;horario:</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="82"/>
        <source>Optional: for a problem after a treatment</source>
        <translation>Opcional: para un problema después de un tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="89"/>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="99"/>
        <location filename="../../ui/ClinicDetailsPage.ui" line="116"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="106"/>
        <source>&amp;Web site:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="123"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="136"/>
        <source>Appointments are times of day in this zone</source>
        <translation>Las citas son horas del día en esta zona</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="143"/>
        <source>Language of &amp;documents:</source>
        <translation>&amp;Idioma de los documentos:</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="153"/>
        <source>What patients&apos; documents are printed in when the patient has no language of their own, and the day sheet</source>
        <translation>En qué se imprimen los documentos de los pacientes que no tienen idioma propio, y la hoja del día</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="160"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicDetailsPage.ui" line="170"/>
        <source>The paper this computer prints on</source>
        <translation>El papel en que imprime este ordenador</translation>
    </message>
</context>
<context>
    <name>ClinicParser</name>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="41"/>
        <source>format %1 is not supported (this Needlepoint reads format 1)</source>
        <translation>el formato %1 no se admite (este Needlepoint lee el formato 1)</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="53"/>
        <source>the clinic is never open: give at least one day&apos;s hours</source>
        <translation>la clínica nunca abre: indique el horario de al menos un día</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="67"/>
        <source>must list at least one room</source>
        <translation>debe tener al menos una sala</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="69"/>
        <source>must list at least one practitioner</source>
        <translation>debe tener al menos un profesional</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="92"/>
        <source>&quot;%1&quot; is not a code: use lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>«%1» no es un código: use minúsculas, cifras, «_», «.» o «-»</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="108"/>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot; or &quot;es&quot;</source>
        <translation>«%1» no es un código de idioma como «en» o «es»</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="114"/>
        <source>unknown time zone &quot;%1&quot;: use an IANA name such as Europe/London</source>
        <translation>zona horaria desconocida «%1»: use un nombre IANA como Europe/Madrid</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="124"/>
        <source>&quot;%1&quot; is not a time of day (HH:MM, 24-hour)</source>
        <translation>«%1» no es una hora del día (HH:MM, 24 horas)</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="138"/>
        <source>&quot;%1&quot; is not a range of hours (HH:MM-HH:MM)</source>
        <translation>«%1» no es un intervalo de horas (HH:MM-HH:MM)</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="146"/>
        <source>&quot;%1&quot; ends before it starts</source>
        <translation>«%1» termina antes de empezar</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="150"/>
        <source>&quot;%1&quot; overlaps or comes before the range before it</source>
        <translation>«%1» se solapa con el intervalo anterior o va antes que él</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="173"/>
        <source>%1 is before from (%2)</source>
        <translation>%1 es anterior a «desde» (%2)</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="186"/>
        <source>&quot;%1&quot; is not a day of the year (MM-DD)</source>
        <translation>«%1» no es un día del año (MM-DD)</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="205"/>
        <source>&quot;%1&quot; is neither a date (YYYY-MM-DD) nor a local time (YYYY-MM-DDTHH:MM)</source>
        <translation>«%1» no es ni una fecha (AAAA-MM-DD) ni una hora local (AAAA-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="221"/>
        <source>unknown modality &quot;%1&quot; (not in the protocol catalogue)</source>
        <translation>modalidad desconocida «%1» (no está en el catálogo de protocolos)</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="231"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="240"/>
        <source>ends before it starts</source>
        <translation>termina antes de empezar</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="260"/>
        <source>unknown device kind &quot;%1&quot; (the catalogue&apos;s kinds: %2)</source>
        <translation>tipo de dispositivo desconocido «%1» (los tipos del catálogo: %2)</translation>
    </message>
    <message>
        <location filename="../../src/core/ClinicLoader.cpp" line="264"/>
        <source>no room &quot;%1&quot; in rooms</source>
        <translation>no hay ninguna sala «%1» en las salas</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <location filename="../../ui/ClinicSettingsDialog.ui" line="14"/>
        <source>Clinic Set-up</source>
        <translation>Configuración de la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicSettingsDialog.ui" line="20"/>
        <source>The clinic as every workstation sees it. Changes are checked as they are saved; appointments already booked that a change would leave outside the clinic&apos;s hours, rooms or team are named before anything is saved.</source>
        <translation>La clínica tal como la ven todos los puestos. Los cambios se comprueban al guardarlos; las citas ya reservadas que un cambio dejaría fuera del horario, las salas o el equipo de la clínica se nombran antes de guardar nada.</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicSettingsDialog.ui" line="30"/>
        <source>Set-up pages</source>
        <translation>Páginas de la configuración</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicSettingsDialog.ui" line="49"/>
        <source>Import Cli&amp;nic File…</source>
        <translation>Importar archivo de clí&amp;nica…</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicSettingsDialog.ui" line="52"/>
        <source>Fill the pages from a clinic set-up file (JSON); nothing is saved until Save</source>
        <translation>Rellena las páginas con un archivo de configuración de la clínica (JSON); no se guarda nada hasta Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicSettingsDialog.ui" line="62"/>
        <source>E&amp;xport Clinic File…</source>
        <translation>E&amp;xportar archivo de clínica…</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicSettingsDialog.ui" line="65"/>
        <source>Write the set-up shown to a file, to keep or to load on another database</source>
        <translation>Escribe la configuración mostrada en un archivo, para guardarla o cargarla en otra base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicSettingsDialog.ui" line="75"/>
        <source>Discard Chan&amp;ges</source>
        <translation>Descartar cambio&amp;s</translation>
    </message>
    <message>
        <location filename="../../ui/ClinicSettingsDialog.ui" line="78"/>
        <source>Show the set-up as it is saved now, dropping what was changed here</source>
        <translation>Muestra la configuración tal como está guardada ahora, descartando lo cambiado aquí</translation>
    </message>
</context>
<context>
    <name>ClinicSetupService</name>
    <message>
        <location filename="../../src/services/ClinicSetupService.cpp" line="123"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/services/ClinicSetupService.cpp" line="138"/>
        <source>the clinic&apos;s set-up</source>
        <translation>la configuración de la clínica</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/app/startup/CommandLine.cpp" line="24"/>
        <source>Needlepoint plans, books and charts microneedling treatments. Without FILE it opens the database named in Settings (the set-up wizard makes one on the first run).</source>
        <translation>Needlepoint planifica, reserva y registra tratamientos de micropunción. Sin FILE abre la base de datos indicada en Ajustes (el asistente de configuración crea una en el primer inicio).</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/CommandLine.cpp" line="29"/>
        <source>A Needlepoint database (.db) to open this time, instead of the one in Settings.</source>
        <translation>Una base de datos de Needlepoint (.db) que abrir esta vez, en lugar de la de Ajustes.</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/CommandLine.cpp" line="67"/>
        <source>Needlepoint opens one database at a time; it was given %1: %2</source>
        <translation>Needlepoint abre una base de datos cada vez; se le dieron %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/CommandLine.cpp" line="72"/>
        <source>%1 does not exist: give the path of a Needlepoint database (.db), or start Needlepoint without it to open the one in Settings</source>
        <translation>%1 no existe: indique la ruta de una base de datos de Needlepoint (.db), o inicie Needlepoint sin ella para abrir la de Ajustes</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/CommandLine.cpp" line="76"/>
        <source>%1 is a folder: give the path of a Needlepoint database (.db) in it</source>
        <translation>%1 es una carpeta: indique la ruta de una base de datos de Needlepoint (.db) dentro de ella</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../src/storage/CsvReader.cpp" line="67"/>
        <source>the file is UTF-16 text, not UTF-8; save it as &quot;CSV UTF-8&quot; (or CSV with the UTF-8 encoding) and try again</source>
        <translation>el archivo es texto UTF-16, no UTF-8; guárdelo como «CSV UTF-8» (o CSV con la codificación UTF-8) y vuelva a intentarlo</translation>
    </message>
    <message>
        <location filename="../../src/storage/CsvReader.cpp" line="108"/>
        <source>a quoted field is never closed: the quote that opens it has no closing quote before the end of the file</source>
        <translation>un campo entre comillas nunca se cierra: la comilla que lo abre no tiene comilla de cierre antes del final del archivo</translation>
    </message>
    <message>
        <location filename="../../src/storage/CsvReader.cpp" line="112"/>
        <source>text after the closing quote; a quote inside a quoted field must be doubled (&quot;&quot;)</source>
        <translation>texto después de la comilla de cierre; una comilla dentro de un campo entre comillas debe ir doble (&quot;&quot;)</translation>
    </message>
    <message>
        <location filename="../../src/storage/CsvReader.cpp" line="127"/>
        <source>not valid UTF-8 text; save the file as &quot;CSV UTF-8&quot; and try again</source>
        <translation>no es texto UTF-8 válido; guarde el archivo como «CSV UTF-8» y vuelva a intentarlo</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../src/app/patients/DateInput.cpp" line="49"/>
        <location filename="../../src/app/patients/DateInput.cpp" line="52"/>
        <location filename="../../src/app/patients/DateInput.cpp" line="55"/>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/DateInput.cpp" line="49"/>
        <location filename="../../src/app/patients/DateInput.cpp" line="52"/>
        <location filename="../../src/app/patients/DateInput.cpp" line="55"/>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/DateInput.cpp" line="49"/>
        <location filename="../../src/app/patients/DateInput.cpp" line="52"/>
        <location filename="../../src/app/patients/DateInput.cpp" line="55"/>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/DateInput.cpp" line="87"/>
        <source>“%1” is not a date; write it as %2</source>
        <translation>«%1» no es una fecha; escríbala como %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/DateInput.cpp" line="100"/>
        <source>“%1”: write the year with four digits (%2); a two-digit year is never guessed</source>
        <translation>«%1»: escriba el año con cuatro cifras (%2); un año de dos cifras nunca se adivina</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/DateInput.cpp" line="108"/>
        <source>“%1” is not a real date; write it as %2</source>
        <translation>«%1» no es una fecha real; escríbala como %2</translation>
    </message>
</context>
<context>
    <name>DialogDatabasePrompts</name>
    <message>
        <location filename="../../src/app/startup/DialogDatabasePrompts.cpp" line="22"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/DialogDatabasePrompts.cpp" line="22"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/DialogDatabasePrompts.cpp" line="27"/>
        <source>No Database Found</source>
        <translation>No se encontró la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/DialogDatabasePrompts.cpp" line="28"/>
        <source>There is no Needlepoint database at %1.</source>
        <translation>No hay ninguna base de datos de Needlepoint en %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/DialogDatabasePrompts.cpp" line="30"/>
        <source>If the clinic&apos;s database is on a drive that is not connected, connect it and open the database again. Needlepoint never creates a database without asking.</source>
        <translation>Si la base de datos de la clínica está en una unidad que no está conectada, conéctela y vuelva a abrir la base de datos. Needlepoint nunca crea una base de datos sin preguntar.</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/DialogDatabasePrompts.cpp" line="32"/>
        <source>Create a New Database Here</source>
        <translation>Crear una base de datos nueva aquí</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/DialogDatabasePrompts.cpp" line="33"/>
        <location filename="../../src/app/startup/DialogDatabasePrompts.cpp" line="54"/>
        <source>Open Another Database…</source>
        <translation>Abrir otra base de datos…</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/DialogDatabasePrompts.cpp" line="47"/>
        <source>Cannot Open the Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/DialogDatabasePrompts.cpp" line="48"/>
        <source>Needlepoint cannot open the database %1.</source>
        <translation>Needlepoint no puede abrir la base de datos %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/DialogDatabasePrompts.cpp" line="52"/>
        <source>Restore from Backup…</source>
        <translation>Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/DialogDatabasePrompts.cpp" line="67"/>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/DialogDatabasePrompts.cpp" line="67"/>
        <source>Needlepoint databases (*.db);;All files (*)</source>
        <translation>Bases de datos de Needlepoint (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/DialogDatabasePrompts.cpp" line="73"/>
        <source>Restore from Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/DialogDatabasePrompts.cpp" line="73"/>
        <source>Needlepoint backups (*.db);;All files (*)</source>
        <translation>Copias de seguridad de Needlepoint (*.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>DialogPrintPrompts</name>
    <message>
        <location filename="../../src/app/print/DialogPrintPrompts.cpp" line="41"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DialogPrintPrompts.cpp" line="49"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DialogPrintPrompts.cpp" line="49"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documentos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DialogPrintPrompts.cpp" line="73"/>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../../src/app/print/DialogPrintPrompts.cpp" line="82"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>FileBytes</name>
    <message numerus="yes">
        <location filename="../../src/core/FileBytes.cpp" line="21"/>
        <source>it is larger than %n kB, too large for this kind of file</source>
        <translation>
            <numerusform>ocupa más de %n kB, demasiado para este tipo de archivo</numerusform>
            <numerusform>ocupa más de %n kB, demasiado para este tipo de archivo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../../ui/FindingDialog.ui" line="14"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location filename="../../ui/FindingDialog.ui" line="22"/>
        <source>&amp;Finding:</source>
        <translation>&amp;Hallazgo:</translation>
    </message>
    <message>
        <location filename="../../ui/FindingDialog.ui" line="32"/>
        <source>From the protocol catalogue; the effect on treatment shows below</source>
        <translation>Del catálogo de protocolos; su efecto en el tratamiento se muestra debajo</translation>
    </message>
    <message>
        <location filename="../../ui/FindingDialog.ui" line="39"/>
        <source>&amp;Areas:</source>
        <translation>&amp;Zonas:</translation>
    </message>
    <message>
        <location filename="../../ui/FindingDialog.ui" line="49"/>
        <source>Tick the areas the finding concerns; none: not tied to an area</source>
        <translation>Marque las zonas afectadas; ninguna: no ligado a una zona</translation>
    </message>
    <message>
        <location filename="../../ui/FindingDialog.ui" line="62"/>
        <source>&amp;Since:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../ui/FindingDialog.ui" line="72"/>
        <source>When it began; empty when not known</source>
        <translation>Cuándo empezó; vacío si no se sabe</translation>
    </message>
    <message>
        <location filename="../../ui/FindingDialog.ui" line="79"/>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/FindingDialog.ui" line="89"/>
        <source>When it ended (the last dose, for a medicine); empty while it goes on</source>
        <translation>Cuándo terminó (la última dosis, si es un medicamento); vacío mientras continúe</translation>
    </message>
    <message>
        <location filename="../../ui/FindingDialog.ui" line="96"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../src/app/startup/FirstRun.cpp" line="40"/>
        <source>The demo clinic could not be made at %1: %2</source>
        <translation>No se pudo crear la clínica de demostración en %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/FirstRun.cpp" line="50"/>
        <source>The clinic&apos;s set-up is not complete:
%1</source>
        <translation>La configuración de la clínica no está completa:
%1</translation>
    </message>
    <message>
        <location filename="../../src/app/startup/FirstRun.cpp" line="53"/>
        <source>The new database could not be made at %1: %2</source>
        <translation>No se pudo crear la base de datos nueva en %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="21"/>
        <source>%1, born %2</source>
        <translation>%1, nacido/a el %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="28"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="28"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="28"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="28"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="37"/>
        <source>family name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="39"/>
        <source>given names</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="41"/>
        <source>preferred name</source>
        <translation>nombre preferido</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="43"/>
        <source>birth date</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="45"/>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="47"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="49"/>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="53"/>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="55"/>
        <source>town</source>
        <translation>localidad</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="57"/>
        <source>region</source>
        <translation>provincia</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="59"/>
        <source>postcode</source>
        <translation>código postal</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="61"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="63"/>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="65"/>
        <source>skin type</source>
        <translation>fototipo</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="67"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="69"/>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="71"/>
        <source>number in the previous system</source>
        <translation>número en el sistema anterior</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="81"/>
        <source>Month/day/year under Dates</source>
        <translation>Mes/día/año en Fechas</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="82"/>
        <source>Day/month/year under Dates</source>
        <translation>Día/mes/año en Fechas</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="84"/>
        <source>choose the right one under Columns separated by</source>
        <translation>elija el correcto en Columnas separadas por</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="85"/>
        <source>see Accepted Columns</source>
        <translation>vea Columnas aceptadas</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="87"/>
        <source>tick Leave out columns Needlepoint does not know</source>
        <translation>marque Omitir las columnas que Needlepoint no conoce</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="98"/>
        <source>%1 (also: %2)</source>
        <translation>%1 (también: %2)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="100"/>
        <source>The first row of the file names the columns. Family name, given names and birth date are required; the others are optional. Case, spaces and accents in the headers do not matter.</source>
        <translation>La primera fila del archivo nombra las columnas. Apellidos, nombre y fecha de nacimiento son obligatorios; las demás son opcionales. Las mayúsculas, los espacios y los acentos de los encabezados no importan.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="109"/>
        <source>Checking stopped before the end of the file: nothing was imported.</source>
        <translation>Comprobación detenida antes del final del archivo: no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="110"/>
        <source>Import stopped: no patient was added or changed.</source>
        <translation>Importación detenida: no se ha añadido ni cambiado ningún paciente.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="124"/>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="117"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="126"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="127"/>
        <source>To add</source>
        <translation>Se añadirá</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="127"/>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="142"/>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="143"/>
        <source>To update</source>
        <translation>Se actualizará</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="144"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="147"/>
        <source>Changes %1</source>
        <translation>Cambia %1</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="147"/>
        <source>Already as in the file</source>
        <translation>Ya está como en el archivo</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="148"/>
        <source>This row matches the patient&apos;s record: nothing to change</source>
        <translation>Esta fila coincide con la ficha del paciente: nada que cambiar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/ImportPreview.cpp" line="155"/>
        <source>%n problem(s) in the file: nothing can be imported until every one is corrected. Correct the file in your spreadsheet, save it, and choose Check Again.</source>
        <translation>
            <numerusform>%n problema en el archivo: no se puede importar nada hasta corregirlo. Corrija el archivo en su hoja de cálculo, guárdelo y elija Volver a comprobar.</numerusform>
            <numerusform>%n problemas en el archivo: no se puede importar nada hasta corregirlos todos. Corrija el archivo en su hoja de cálculo, guárdelo y elija Volver a comprobar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/ImportPreview.cpp" line="162"/>
        <source>%n new patient(s) to add</source>
        <translation>
            <numerusform>%n paciente nuevo que añadir</numerusform>
            <numerusform>%n pacientes nuevos que añadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/ImportPreview.cpp" line="162"/>
        <source>%n to update</source>
        <translation>
            <numerusform>%n que actualizar</numerusform>
            <numerusform>%n que actualizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/ImportPreview.cpp" line="164"/>
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n ya al día</numerusform>
            <numerusform>%n ya al día</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="165"/>
        <source>The file holds no patient to add or change.</source>
        <translation>El archivo no contiene ningún paciente que añadir o cambiar.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="166"/>
        <source>Ready to import: %1.</source>
        <translation>Listo para importar: %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ImportPreview.cpp" line="168"/>
        <source>Imported: %1, %2.</source>
        <translation>Importado: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/ImportPreview.cpp" line="169"/>
        <source>%n patient(s) added</source>
        <translation>
            <numerusform>%n paciente añadido</numerusform>
            <numerusform>%n pacientes añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/ImportPreview.cpp" line="169"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/ImportPreview.cpp" line="172"/>
        <source>%n warning(s) listed below.</source>
        <translation>
            <numerusform>%n aviso en la lista.</numerusform>
            <numerusform>%n avisos en la lista.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonLines</name>
    <message>
        <location filename="../../src/core/JsonLines.cpp" line="161"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="62"/>
        <source>line %1, column %2: not valid JSON (%3)</source>
        <translation>línea %1, columna %2: JSON no válido (%3)</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="66"/>
        <source>the document must be a JSON object</source>
        <translation>el documento debe ser un objeto JSON</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="119"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="127"/>
        <source>must be %1, not %2</source>
        <translation>debe ser %1, no %2</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="140"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="158"/>
        <source>must be at least %1, not %2</source>
        <translation>debe ser al menos %1, no %2</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="160"/>
        <source>must be from %1 to %2, not %3</source>
        <translation>debe estar entre %1 y %2, no %3</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="201"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="239"/>
        <source>must be a string, not %1</source>
        <translation>debe ser un texto, no %1</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="254"/>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="267"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="276"/>
        <source>duplicate code &quot;%1&quot;</source>
        <translation>código repetido «%1»</translation>
    </message>
</context>
<context>
    <name>MovePreview</name>
    <message>
        <location filename="../../src/services/MovePreview.cpp" line="47"/>
        <source>only a booked appointment can be moved; this one is %1</source>
        <translation>solo se puede mover una cita reservada; esta está %1</translation>
    </message>
    <message>
        <location filename="../../src/services/MovePreview.cpp" line="85"/>
        <source>%1 does not exist that day: the clocks go forward past it</source>
        <translation>%1 no existe ese día: el reloj se adelanta y la salta</translation>
    </message>
    <message>
        <location filename="../../src/services/MovePreview.cpp" line="100"/>
        <source>%1 has another appointment then</source>
        <translation>%1 tiene otra cita a esa hora</translation>
    </message>
    <message>
        <location filename="../../src/services/MovePreview.cpp" line="100"/>
        <source>the practitioner</source>
        <translation>el profesional</translation>
    </message>
    <message>
        <location filename="../../src/services/MovePreview.cpp" line="104"/>
        <source>%1 is taken then</source>
        <translation>%1 está ocupada a esa hora</translation>
    </message>
    <message>
        <location filename="../../src/services/MovePreview.cpp" line="104"/>
        <source>the room</source>
        <translation>la sala</translation>
    </message>
    <message>
        <location filename="../../src/services/MovePreview.cpp" line="108"/>
        <source>%1 is in use then</source>
        <translation>%1 está en uso a esa hora</translation>
    </message>
    <message>
        <location filename="../../src/services/MovePreview.cpp" line="108"/>
        <source>the device</source>
        <translation>el equipo</translation>
    </message>
    <message>
        <location filename="../../src/services/MovePreview.cpp" line="111"/>
        <source>the patient has another appointment then</source>
        <translation>el paciente tiene otra cita a esa hora</translation>
    </message>
</context>
<context>
    <name>NewSeriesDialog</name>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="14"/>
        <source>New Series</source>
        <translation>Nueva serie</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="35"/>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="41"/>
        <source>&amp;Indication:</source>
        <translation>&amp;Indicación:</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="51"/>
        <source>What is treated; the catalogue&apos;s suitable modalities come first</source>
        <translation>Qué se trata; primero las modalidades adecuadas del catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="58"/>
        <source>&amp;Modality:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="68"/>
        <source>The device or technique, from the catalogue</source>
        <translation>El aparato o la técnica, del catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="75"/>
        <source>A&amp;reas:</source>
        <translation>&amp;Zonas:</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="85"/>
        <source>Tick the areas to treat (Space ticks the selected one)</source>
        <translation>Marque las zonas a tratar (Espacio marca la seleccionada)</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="98"/>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="108"/>
        <source>Decides how many sessions the protocol gives</source>
        <translation>Decide cuántas sesiones da el protocolo</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="115"/>
        <source>Session &amp;count:</source>
        <translation>&amp;Número de sesiones:</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="125"/>
        <source>How many sessions; the protocol&apos;s number for the severity unless set</source>
        <translation>Cuántas sesiones; si no se indica, las del protocolo para la gravedad</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="132"/>
        <source>First session &amp;from:</source>
        <translation>Primera sesión &amp;desde:</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="142"/>
        <source>The first day the patient can come; empty: today</source>
        <translation>El primer día que el paciente puede venir; vacío: hoy</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="149"/>
        <source>&amp;Event date:</source>
        <translation>Fecha del &amp;evento:</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="159"/>
        <source>A wedding or other event the skin should be ready for; empty: none</source>
        <translation>Una boda u otro evento para el que la piel debe estar lista; vacío: ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="166"/>
        <source>&amp;Practitioner:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="176"/>
        <source>Who gives the sessions; anyone who performs the modality unless chosen</source>
        <translation>Quién da las sesiones; si no se elige, cualquiera que realice la modalidad</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="183"/>
        <source>Part of the da&amp;y:</source>
        <translation>Franja &amp;horaria:</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="193"/>
        <source>When the patient prefers to come</source>
        <translation>Cuándo prefiere venir el paciente</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="219"/>
        <source>Clinician&apos;s &amp;note:</source>
        <translation>No&amp;ta del clínico:</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="229"/>
        <source>Why the series may go ahead though the plan needs a clinician&apos;s review; kept with the series</source>
        <translation>Por qué la serie puede seguir aunque el plan necesite la revisión de un clínico; se guarda con la serie</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="245"/>
        <source>Proposed &amp;sessions:</source>
        <translation>Sesiones propuest&amp;as:</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="255"/>
        <source>The appointments the series would book; select one to change it below</source>
        <translation>Las citas que la serie reservaría; seleccione una para cambiarla abajo</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="279"/>
        <source>Selected session &amp;on:</source>
        <translation>Sesión seleccionada e&amp;l:</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="295"/>
        <source>The day to move the selected session to</source>
        <translation>El día al que mover la sesión seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="302"/>
        <source>a&amp;t:</source>
        <translation>a la&amp;s:</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="312"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="319"/>
        <source>wit&amp;h:</source>
        <translation>c&amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="343"/>
        <source>&amp;Apply Change</source>
        <translation>Apli&amp;car cambio</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="346"/>
        <source>Checks the new time against the series&apos; rules and proposes the later sessions again from it</source>
        <translation>Comprueba la nueva hora con las reglas de la serie y vuelve a proponer desde ella las sesiones siguientes</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="353"/>
        <source>Propose A&amp;gain</source>
        <translation>Proponer de nue&amp;vo</translation>
    </message>
    <message>
        <location filename="../../ui/NewSeriesDialog.ui" line="356"/>
        <source>Forget the changes and take the engine&apos;s proposal</source>
        <translation>Olvidar los cambios y tomar la propuesta del planificador</translation>
    </message>
</context>
<context>
    <name>OpeningHoursPage</name>
    <message>
        <location filename="../../ui/OpeningHoursPage.ui" line="9"/>
        <source>When the clinic is open, as times of day from–to (24-hour), such as 09:00-13:00, 14:00-18:00 for a day with a lunch break. Leave a day empty when the clinic is closed.</source>
        <translation>Cuándo abre la clínica, como horas desde–hasta (24 horas), por ejemplo 09:00-13:00, 14:00-18:00 para un día con pausa de mediodía. Deje vacío un día en que la clínica cierra.</translation>
    </message>
    <message>
        <location filename="../../ui/OpeningHoursPage.ui" line="21"/>
        <source>&amp;Monday:</source>
        <translation>&amp;Lunes:</translation>
    </message>
    <message>
        <location filename="../../ui/OpeningHoursPage.ui" line="31"/>
        <location filename="../../ui/OpeningHoursPage.ui" line="48"/>
        <location filename="../../ui/OpeningHoursPage.ui" line="65"/>
        <location filename="../../ui/OpeningHoursPage.ui" line="82"/>
        <location filename="../../ui/OpeningHoursPage.ui" line="99"/>
        <location filename="../../ui/OpeningHoursPage.ui" line="116"/>
        <location filename="../../ui/OpeningHoursPage.ui" line="133"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../ui/OpeningHoursPage.ui" line="38"/>
        <source>&amp;Tuesday:</source>
        <translation>&amp;Martes:</translation>
    </message>
    <message>
        <location filename="../../ui/OpeningHoursPage.ui" line="55"/>
        <source>&amp;Wednesday:</source>
        <translation>M&amp;iércoles:</translation>
    </message>
    <message>
        <location filename="../../ui/OpeningHoursPage.ui" line="72"/>
        <source>T&amp;hursday:</source>
        <translation>&amp;Jueves:</translation>
    </message>
    <message>
        <location filename="../../ui/OpeningHoursPage.ui" line="89"/>
        <source>Fr&amp;iday:</source>
        <translation>&amp;Viernes:</translation>
    </message>
    <message>
        <location filename="../../ui/OpeningHoursPage.ui" line="106"/>
        <source>&amp;Saturday:</source>
        <translation>Sába&amp;do:</translation>
    </message>
    <message>
        <location filename="../../ui/OpeningHoursPage.ui" line="123"/>
        <source>S&amp;unday:</source>
        <translation>D&amp;omingo:</translation>
    </message>
</context>
<context>
    <name>PatientCsv</name>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="221"/>
        <source>&quot;%1&quot; is not a real date</source>
        <translation>«%1» no es una fecha real</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="240"/>
        <source>&quot;%1&quot;: write the year with four digits; a two-digit year is never guessed</source>
        <translation>«%1»: escriba el año con cuatro cifras; un año de dos cifras nunca se adivina</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="244"/>
        <source>&quot;%1&quot; could be day-first or month-first; say which with %2 (MM/DD/YYYY) or %3 (DD/MM/YYYY), or write YYYY-MM-DD</source>
        <translation>«%1» puede leerse con el día o con el mes primero; indíquelo con %2 (MM/DD/AAAA) o %3 (DD/MM/AAAA), o escriba AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="251"/>
        <source>&quot;%1&quot; is not a real date read as month/day/year (%2)</source>
        <translation>«%1» no es una fecha real leída como mes/día/año (%2)</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="258"/>
        <source>&quot;%1&quot; is not a real date read as day/month/year (%2)</source>
        <translation>«%1» no es una fecha real leída como día/mes/año (%2)</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="266"/>
        <source>&quot;%1&quot; is not a date: write YYYY-MM-DD</source>
        <translation>«%1» no es una fecha: escriba AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="268"/>
        <source>&quot;%1&quot; is not a date: write MM/DD/YYYY or YYYY-MM-DD</source>
        <translation>«%1» no es una fecha: escriba MM/DD/AAAA o AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="272"/>
        <source>&quot;%1&quot; is not a date: write DD/MM/YYYY, DD.MM.YYYY or YYYY-MM-DD</source>
        <translation>«%1» no es una fecha: escriba DD/MM/AAAA, DD.MM.AAAA o AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="317"/>
        <source>the file is empty: its first row must name the columns</source>
        <translation>el archivo está vacío: su primera fila debe nombrar las columnas</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="330"/>
        <location filename="../../src/storage/PatientCsv.cpp" line="379"/>
        <location filename="../../src/storage/PatientCsv.cpp" line="412"/>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="335"/>
        <source>means the same as column &quot;%1&quot; (both are %2); keep one of them</source>
        <translation>significa lo mismo que la columna «%1» (ambas son %2); deje solo una</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="341"/>
        <source>unknown column; rename it to one Needlepoint knows (%1), remove it, or %2</source>
        <translation>columna desconocida; cámbiele el nombre por uno que Needlepoint conozca (%1), quítela o %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="344"/>
        <source>unknown column, left out</source>
        <translation>columna desconocida, omitida</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="347"/>
        <source>the columns are not separated by &quot;%1&quot;; %2</source>
        <translation>las columnas no están separadas por «%1»; %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="358"/>
        <source>required column is missing (accepted headers: %1)</source>
        <translation>falta una columna obligatoria (encabezados aceptados: %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/storage/PatientCsv.cpp" line="405"/>
        <source>has %n value(s) but the header names %1 columns; a value is missing or two were joined</source>
        <translation>
            <numerusform>tiene %n valor pero el encabezado nombra %1 columnas; falta un valor o se unieron dos</numerusform>
            <numerusform>tiene %n valores pero el encabezado nombra %1 columnas; falta un valor o se unieron dos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="413"/>
        <source>a value in a column the header does not name; a separator inside a value must be quoted</source>
        <translation>un valor en una columna que el encabezado no nombra; un separador dentro de un valor debe ir entre comillas</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="421"/>
        <source>a value in a column with no header; name the column or remove the value</source>
        <translation>un valor en una columna sin encabezado; nombre la columna o quite el valor</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="466"/>
        <source>&quot;%1&quot; is not a Fitzpatrick type (1 to 6, or I to VI)</source>
        <translation>«%1» no es un fototipo de Fitzpatrick (1 a 6, o I a VI)</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="474"/>
        <source>&quot;%1&quot; is not yes or no (also accepted: true/false, 1/0, or empty for no)</source>
        <translation>«%1» no es sí o no (también se acepta: true/false, 1/0, o vacío para no)</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="492"/>
        <source>same name and birth date as row %1 (%2, %3, %4)</source>
        <translation>mismo nombre y fecha de nacimiento que la fila %1 (%2, %3, %4)</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="501"/>
        <source>&quot;%1&quot; is also the number of row %2: one number, one patient</source>
        <translation>«%1» es también el número de la fila %2: un número, un paciente</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="510"/>
        <source>same email as row %1 (%2)</source>
        <translation>mismo correo electrónico que la fila %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="539"/>
        <source>patient %1 (%2, %3, born %4%5)</source>
        <translation>paciente %1 (%2, %3, nacido/a el %4%5)</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="542"/>
        <source>, archived</source>
        <translation>, archivado</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="549"/>
        <source>same name and birth date as %1, already in the database%2</source>
        <translation>mismo nombre y fecha de nacimiento que %1, ya en la base de datos%2</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="553"/>
        <source>; give that patient the number %1 in Needlepoint first and the row will update it</source>
        <translation>; dé antes a ese paciente el número %1 en Needlepoint y la fila lo actualizará</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsv.cpp" line="559"/>
        <source>same email as %1, already in the database</source>
        <translation>mismo correo electrónico que %1, ya en la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsvDatabase.cpp" line="56"/>
        <location filename="../../src/storage/PatientCsvDatabase.cpp" line="105"/>
        <source>the patients</source>
        <translation>los pacientes</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsvDatabase.cpp" line="176"/>
        <source>&quot;%1&quot; is the number of patient %2 (%3, %4, born %5), but this row has another family name and birth date; correct the row or that patient&apos;s number</source>
        <translation>«%1» es el número del paciente %2 (%3, %4, nacido/a el %5), pero esta fila tiene otros apellidos y otra fecha de nacimiento; corrija la fila o el número de ese paciente</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsvDatabase.cpp" line="215"/>
        <source>the import was cancelled; nothing was added</source>
        <translation>la importación se canceló; no se añadió nada</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientCsvDatabase.cpp" line="259"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: no se puede escribir el archivo: %2</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="14"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="39"/>
        <source>&amp;Open Existing Patient</source>
        <translation>&amp;Abrir el paciente existente</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="42"/>
        <source>Close this form and show the patient already recorded</source>
        <translation>Cerrar este formulario y mostrar el paciente ya registrado</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="61"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="67"/>
        <source>&amp;Family name:</source>
        <translation>A&amp;pellidos:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="77"/>
        <source>Required. As on the patient&apos;s identity document</source>
        <translation>Obligatorio. Como en el documento de identidad del paciente</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="84"/>
        <source>&amp;Given names:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="97"/>
        <source>P&amp;referred name:</source>
        <translation>Nombre p&amp;referido:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="107"/>
        <source>What the patient likes to be called</source>
        <translation>Cómo prefiere que le llamen</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="114"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="126"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="142"/>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xo:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="152"/>
        <source>As the clinic records it</source>
        <translation>Como lo registra la clínica</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="159"/>
        <source>Fit&amp;zpatrick type:</source>
        <translation>Tipo de Fit&amp;zpatrick:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="169"/>
        <source>The skin phototype, I (always burns) to VI (never burns)</source>
        <translation>El fototipo cutáneo, de I (siempre se quema) a VI (nunca se quema)</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="176"/>
        <source>Former s&amp;ystem no.:</source>
        <translation>N.º en el siste&amp;ma anterior:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="186"/>
        <source>The patient&apos;s number in the clinic&apos;s previous system; unique</source>
        <translation>El número del paciente en el sistema anterior de la clínica; único</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="196"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="202"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="215"/>
        <source>&amp;Email:</source>
        <translation>Corr&amp;eo electrónico:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="228"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="238"/>
        <source>The language of the patient&apos;s printed documents</source>
        <translation>El idioma de los documentos impresos del paciente</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="245"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="255"/>
        <source>Street and number; may span lines</source>
        <translation>Calle y número; puede ocupar varias líneas</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="271"/>
        <source>&amp;Town:</source>
        <translation>&amp;Localidad:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="284"/>
        <source>Reg&amp;ion:</source>
        <translation>Pro&amp;vincia o región:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="294"/>
        <source>State, county or province</source>
        <translation>Estado, condado o provincia</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="301"/>
        <source>Post&amp;code:</source>
        <translation>&amp;Código postal:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="314"/>
        <source>Co&amp;untry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="332"/>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientDialog.ui" line="342"/>
        <source>Anything the clinic should know; not printed</source>
        <translation>Lo que la clínica deba saber; no se imprime</translation>
    </message>
</context>
<context>
    <name>PatientDocuments</name>
    <message>
        <location filename="../../src/app/print/PatientDocuments.cpp" line="20"/>
        <source>%1, %2, from %3 (%4)</source>
        <translation>%1, %2, desde el %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PatientDocuments.cpp" line="23"/>
        <source>under way</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PatientDocuments.cpp" line="24"/>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
</context>
<context>
    <name>PatientImportDialog</name>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="14"/>
        <source>Import Patients</source>
        <translation>Importar pacientes</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="22"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="37"/>
        <source>No file chosen yet</source>
        <translation>Aún no se ha elegido ningún archivo</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="44"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="47"/>
        <source>Choose the spreadsheet file (CSV) to import</source>
        <translation>Elija el archivo de hoja de cálculo (CSV) que importar</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="56"/>
        <source>&amp;Dates such as 05/06/1990:</source>
        <translation>&amp;Fechas como 05/06/1990:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="66"/>
        <source>How the file writes birth dates; a date that could be read two ways is never guessed</source>
        <translation>Cómo escribe el archivo las fechas de nacimiento; una fecha que pueda leerse de dos maneras nunca se adivina</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="73"/>
        <source>Columns &amp;separated by:</source>
        <translation>Columnas &amp;separadas por:</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="86"/>
        <source>&amp;Leave out columns Needlepoint does not know</source>
        <translation>&amp;Omitir las columnas que Needlepoint no conoce</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="89"/>
        <source>Without this, a column Needlepoint does not know refuses the file</source>
        <translation>Sin esto, una columna que Needlepoint no conoce hace rechazar el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="129"/>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="132"/>
        <source>Stop: nothing is imported</source>
        <translation>Detener: no se importa nada</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="143"/>
        <source>Accepted &amp;Columns…</source>
        <translation>&amp;Columnas aceptadas…</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="146"/>
        <source>The column headers Needlepoint reads, with the other names it accepts for each</source>
        <translation>Los encabezados de columna que Needlepoint lee, con los otros nombres que acepta para cada uno</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="153"/>
        <source>Check &amp;Again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="156"/>
        <source>Read the file again, after correcting it in the spreadsheet</source>
        <translation>Leer de nuevo el archivo, después de corregirlo en la hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="170"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="173"/>
        <source>Add and update the patients listed, all in one go</source>
        <translation>Añadir y actualizar los pacientes de la lista, todos de una vez</translation>
    </message>
    <message>
        <location filename="../../ui/PatientImportDialog.ui" line="180"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PatientService</name>
    <message>
        <location filename="../../src/services/PatientService.cpp" line="121"/>
        <source>%1 is the patient database itself, not a patient file; choose a spreadsheet file (CSV)</source>
        <translation>%1 es la propia base de datos de pacientes, no un archivo de pacientes; elija un archivo de hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/services/PatientService.cpp" line="125"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/services/PatientService.cpp" line="142"/>
        <source>%1 is the database itself; export to another file</source>
        <translation>%1 es la propia base de datos; exporte a otro archivo</translation>
    </message>
</context>
<context>
    <name>PatientText</name>
    <message>
        <location filename="../../src/app/patients/PatientText.cpp" line="25"/>
        <source>%1, %2</source>
        <comment>family name, given names</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientText.cpp" line="76"/>
        <source>Type %1</source>
        <translation>Tipo %1</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientText.cpp" line="82"/>
        <source>Post-care sheet</source>
        <translation>Cuidados posteriores</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientText.cpp" line="84"/>
        <source>Pre-care sheet</source>
        <translation>Cuidados previos</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientText.cpp" line="86"/>
        <source>Consent form</source>
        <translation>Consentimiento informado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientText.cpp" line="88"/>
        <source>Appointment card</source>
        <translation>Tarjeta de citas</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientText.cpp" line="90"/>
        <source>Day sheet</source>
        <translation>Hoja del día</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientText.cpp" line="92"/>
        <source>Recall list</source>
        <translation>Lista de llamadas</translation>
    </message>
</context>
<context>
    <name>PatientValidation</name>
    <message>
        <location filename="../../src/storage/PatientValidation.cpp" line="64"/>
        <location filename="../../src/storage/PatientValidation.cpp" line="74"/>
        <source>is required</source>
        <translation>dato obligatorio</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientValidation.cpp" line="72"/>
        <source>must be one line</source>
        <translation>debe ocupar una sola línea</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientValidation.cpp" line="77"/>
        <source>%1 is in the future (today is %2)</source>
        <translation>%1 es posterior a hoy (%2)</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientValidation.cpp" line="81"/>
        <source>%1 is before %2</source>
        <translation>%1 es anterior a %2</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientValidation.cpp" line="83"/>
        <source>must be from 1 to 6, not %1</source>
        <translation>debe ir de 1 a 6, no %1</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientValidation.cpp" line="85"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>«%1» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientValidation.cpp" line="87"/>
        <source>&quot;%1&quot; has fewer than %2 digits</source>
        <translation>«%1» tiene menos de %2 dígitos</translation>
    </message>
    <message>
        <location filename="../../src/storage/PatientValidation.cpp" line="90"/>
        <source>&quot;%1&quot; is not a two-letter ISO 639-1 code such as &quot;en&quot; (with a region if you like: &quot;es-MX&quot;)</source>
        <translation>«%1» no es un código de idioma ISO 639-1 de dos letras como «es» (con región si se desea: «es-MX»)</translation>
    </message>
</context>
<context>
    <name>ProtocolFile</name>
    <message>
        <location filename="../../src/app/clinic/ProtocolFile.cpp" line="29"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/clinic/ProtocolFile.cpp" line="32"/>
        <source>%1 has %n problem(s); Needlepoint goes on with the catalogue it uses now. Correct the file and choose it again:
%2</source>
        <translation>
            <numerusform>%1 tiene %n problema; Needlepoint sigue con el catálogo que usa ahora. Corrija el archivo y vuelva a elegirlo:
%2</numerusform>
            <numerusform>%1 tiene %n problemas; Needlepoint sigue con el catálogo que usa ahora. Corrija el archivo y vuelva a elegirlo:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtocolsDialog</name>
    <message>
        <location filename="../../ui/ProtocolsDialog.ui" line="14"/>
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
    <message>
        <location filename="../../ui/ProtocolsDialog.ui" line="30"/>
        <source>Protocol catalogue</source>
        <translation>Catálogo de protocolos</translation>
    </message>
    <message>
        <location filename="../../ui/ProtocolsDialog.ui" line="46"/>
        <source>Protocol status</source>
        <translation>Estado de los protocolos</translation>
    </message>
    <message>
        <location filename="../../ui/ProtocolsDialog.ui" line="55"/>
        <source>Use the Clinic&apos;s Protocol &amp;File…</source>
        <translation>Usar el &amp;archivo de protocolos de la clínica…</translation>
    </message>
    <message>
        <location filename="../../ui/ProtocolsDialog.ui" line="58"/>
        <source>Plan with the clinic&apos;s own protocol catalogue (JSON), checked first</source>
        <translation>Planificar con el catálogo de protocolos propio de la clínica (JSON), comprobado antes</translation>
    </message>
    <message>
        <location filename="../../ui/ProtocolsDialog.ui" line="68"/>
        <source>Use the &amp;Built-in Protocols</source>
        <translation>Usar los protocolos &amp;integrados</translation>
    </message>
    <message>
        <location filename="../../ui/ProtocolsDialog.ui" line="71"/>
        <source>Plan with the catalogue that comes with Needlepoint</source>
        <translation>Planificar con el catálogo que trae Needlepoint</translation>
    </message>
</context>
<context>
    <name>RecallsPage</name>
    <message>
        <location filename="../../ui/RecallsPage.ui" line="11"/>
        <source>&amp;Calls about:</source>
        <translation>&amp;Llamadas por:</translation>
    </message>
    <message>
        <location filename="../../ui/RecallsPage.ui" line="21"/>
        <source>Which recall list to show</source>
        <translation>Qué lista de llamadas mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/RecallsPage.ui" line="28"/>
        <source>Due &amp;within:</source>
        <translation>&amp;Dentro de:</translation>
    </message>
    <message>
        <location filename="../../ui/RecallsPage.ui" line="38"/>
        <source>How many days ahead of today to look</source>
        <translation>Cuántos días a partir de hoy mirar</translation>
    </message>
    <message>
        <location filename="../../ui/RecallsPage.ui" line="65"/>
        <source>&amp;Open Patient</source>
        <translation>A&amp;brir paciente</translation>
    </message>
    <message>
        <location filename="../../ui/RecallsPage.ui" line="68"/>
        <source>Show the patient&apos;s record on the Patients page, to call them and book (Enter)</source>
        <translation>Mostrar el historial del paciente en la página Pacientes, para llamarle y reservar (Intro)</translation>
    </message>
    <message>
        <location filename="../../ui/RecallsPage.ui" line="75"/>
        <source>&amp;Mark Contacted…</source>
        <translation>&amp;Marcar como llamado…</translation>
    </message>
    <message>
        <location filename="../../ui/RecallsPage.ui" line="78"/>
        <source>Keep that the patient was called today about this, and what came of it</source>
        <translation>Guardar que hoy se llamó al paciente por esto, y qué resultó</translation>
    </message>
    <message>
        <location filename="../../ui/RecallsPage.ui" line="85"/>
        <source>&amp;Book…</source>
        <translation>Reser&amp;var…</translation>
    </message>
    <message>
        <location filename="../../ui/RecallsPage.ui" line="88"/>
        <source>Book the patient at the first free time near the day due: the session itself for a series&apos; session</source>
        <translation>Reservar al paciente en la primera hora libre cerca del día previsto: la propia sesión si es de una serie</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="35"/>
        <source>Any treatment</source>
        <translation>Cualquier tratamiento</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="53"/>
        <location filename="../../src/app/patients/RecordText.cpp" line="68"/>
        <source>planned</source>
        <translation>previsto</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="55"/>
        <location filename="../../src/app/patients/RecordText.cpp" line="124"/>
        <source>booked</source>
        <translation>citado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="57"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="59"/>
        <location filename="../../src/app/patients/RecordText.cpp" line="74"/>
        <location filename="../../src/app/patients/RecordText.cpp" line="130"/>
        <source>cancelled</source>
        <translation>anulado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="61"/>
        <source>missed</source>
        <translation>perdido</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="70"/>
        <source>under way</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="72"/>
        <location filename="../../src/app/patients/RecordText.cpp" line="128"/>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="83"/>
        <source>not in the protocol catalogue in use</source>
        <translation>no está en el catálogo de protocolos en uso</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="85"/>
        <source>no longer counts (since %1)</source>
        <translation>ya no cuenta (desde el %1)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="85"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="89"/>
        <source>blocks treatment of these areas</source>
        <translation>impide tratar estas zonas</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="90"/>
        <source>blocks treatment of the area concerned</source>
        <translation>impide tratar la zona afectada</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="91"/>
        <source>blocks all treatment</source>
        <translation>impide todo tratamiento</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="94"/>
        <source>needs a clinician&apos;s review before treatment</source>
        <translation>requiere revisión clínica antes de tratar</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="97"/>
        <source>advice for the session</source>
        <translation>aviso para la sesión</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="101"/>
        <source>%1 (for some treatments)</source>
        <translation>%1 (en algunos tratamientos)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="104"/>
        <source>%1 until %2 (washout included)</source>
        <translation>%1 hasta el %2 (periodo de lavado incluido)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="105"/>
        <source>%1 until %2</source>
        <translation>%1 hasta el %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="114"/>
        <source>%1 (%2)</source>
        <comment>finding (areas)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="116"/>
        <source>%1, since %2</source>
        <translation>%1, desde el %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="117"/>
        <source>%1: %2</source>
        <comment>finding: effect</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="126"/>
        <source>arrived</source>
        <translation>llegó</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="132"/>
        <source>no-show</source>
        <translation>no acudió</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="155"/>
        <source>%1: %2 of %3 sessions done (%4)</source>
        <translation>%1: %2 de %3 sesiones hechas (%4)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="164"/>
        <location filename="../../src/app/patients/RecordText.cpp" line="187"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="164"/>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="164"/>
        <location filename="../../src/app/patients/RecordText.cpp" line="187"/>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="164"/>
        <location filename="../../src/app/patients/RecordText.cpp" line="187"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="164"/>
        <location filename="../../src/app/patients/RecordText.cpp" line="187"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="173"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="177"/>
        <source>Recorded %1 by %2</source>
        <translation>Registrado el %1 por %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="179"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="187"/>
        <source>Revision</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="187"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="188"/>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="188"/>
        <location filename="../../src/app/patients/RecordText.cpp" line="245"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="198"/>
        <source>retracted (entered in error)</source>
        <translation>anulado (registrado por error)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="199"/>
        <source>corrected by the next revision</source>
        <translation>corregido por la versión siguiente</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="200"/>
        <source>current</source>
        <translation>vigente</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="203"/>
        <source>%1, by %2</source>
        <comment>when, by whom</comment>
        <translation>%1, por %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="212"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="212"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="212"/>
        <source>Planned for</source>
        <translation>Prevista para</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="212"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="212"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="233"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="245"/>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="245"/>
        <source>Form signed</source>
        <translation>Formulario firmado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="245"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="245"/>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="255"/>
        <source>withdrawn %1: %2</source>
        <translation>retirado el %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="256"/>
        <source>valid</source>
        <translation>vigente</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="265"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="265"/>
        <source>Given</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="265"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="265"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="265"/>
        <source>Where to</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="276"/>
        <source>PDF %1</source>
        <translation>PDF %1</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/RecordText.cpp" line="278"/>
        <source>printer %1</source>
        <translation>impresora %1</translation>
    </message>
</context>
<context>
    <name>ScreeningTab</name>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="11"/>
        <source>T&amp;reatment:</source>
        <translation>&amp;Tratamiento:</translation>
    </message>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="21"/>
        <source>The modality to be used</source>
        <translation>La modalidad que se usará</translation>
    </message>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="28"/>
        <source>Indi&amp;cation:</source>
        <translation>&amp;Motivo (indicación):</translation>
    </message>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="38"/>
        <source>What is treated</source>
        <translation>Lo que se trata</translation>
    </message>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="45"/>
        <source>Treated area&amp;s:</source>
        <translation>&amp;Zonas a tratar:</translation>
    </message>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="55"/>
        <source>Tick the areas to treat</source>
        <translation>Marque las zonas a tratar</translation>
    </message>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="68"/>
        <source>&amp;When:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="78"/>
        <source>The day the treatment would be given; today by default</source>
        <translation>El día en que se daría el tratamiento; hoy por defecto</translation>
    </message>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="85"/>
        <source>Asked today (not &amp;yet recorded):</source>
        <translation>Preguntado &amp;hoy (aún no registrado):</translation>
    </message>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="95"/>
        <source>Tick what the patient says applies and is not yet in their record; the dates below are the selected answer&apos;s</source>
        <translation>Marque lo que el paciente dice que le afecta y aún no está en su historia; las fechas de abajo son las de la respuesta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="110"/>
        <source>Started:</source>
        <translation>Empezó:</translation>
    </message>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="120"/>
        <source>When the selected answer started; blank: the day screened</source>
        <translation>Cuándo empezó la respuesta seleccionada; en blanco: el día del cribado</translation>
    </message>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="127"/>
        <source>Ended:</source>
        <translation>Terminó:</translation>
    </message>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="137"/>
        <source>When it ended (a medicine stopped, a sore healed); blank: it still goes on. A washout counts from this day.</source>
        <translation>Cuándo terminó (un medicamento dejado, una lesión curada); en blanco: sigue. El periodo de lavado cuenta desde este día.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="162"/>
        <source>Clinician&apos;s note (re&amp;quired to go ahead after a review):</source>
        <translation>Nota del clínico (obli&amp;gatoria para seguir tras una revisión):</translation>
    </message>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="187"/>
        <source>Record Screenin&amp;g</source>
        <translation>&amp;Registrar cribado</translation>
    </message>
    <message>
        <location filename="../../ui/ScreeningTab.ui" line="190"/>
        <source>Keep this screening, its answers and its result in the patient&apos;s record</source>
        <translation>Guardar este cribado, sus respuestas y su resultado en la historia del paciente</translation>
    </message>
</context>
<context>
    <name>SeriesBooking</name>
    <message>
        <location filename="../../src/core/SeriesBooking.cpp" line="60"/>
        <source>session %1 cannot be adjusted: sessions %2 to %3 are being booked</source>
        <translation>la sesión %1 no se puede ajustar: se están reservando las sesiones %2 a %3</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesBooking.cpp" line="182"/>
        <source>session %1: no free slot between %2 and %3 that the rules and the preferences allow</source>
        <translation>sesión %1: no hay hueco libre entre el %2 y el %3 que permitan las reglas y las preferencias</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesBooking.cpp" line="196"/>
        <source>session %1 on %2 would be %3 days after session %4 on %5; %6 allows at most %7 days</source>
        <translation>la sesión %1 del %2 quedaría %3 días después de la sesión %4 del %5; %6 permite como máximo %7 días</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesBooking.cpp" line="205"/>
        <source>session %1 on %2 is outside the days the plan allows for it (%3 to %4)</source>
        <translation>la sesión %1 del %2 queda fuera de los días que el plan le permite (%3 a %4)</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesBooking.cpp" line="227"/>
        <source>any practitioner</source>
        <translation>cualquier profesional</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesBooking.cpp" line="229"/>
        <source>session %1 at %2: %3 has no free time then (with a room and device), or the clinic&apos;s hours or slot grid do not allow it</source>
        <translation>sesión %1 a las %2: %3 no tiene tiempo libre entonces (con sala y aparato), o el horario o la rejilla de citas de la clínica no lo permiten</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesBooking.cpp" line="282"/>
        <source>session %1 on %2 would be %3 days after this one; %4 needs %5 to %6 days</source>
        <translation>la sesión %1 del %2 quedaría %3 días después de esta; %4 necesita de %5 a %6 días</translation>
    </message>
</context>
<context>
    <name>SeriesPlanner</name>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="57"/>
        <source>Session %1 on %2 would be %3 after session %4 on %5; %6 needs at least %7 days.</source>
        <translation>La sesión %1 del %2 quedaría %3 después de la sesión %4 del %5; %6 necesita al menos %7 días.</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="60"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="60"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="67"/>
        <source>Session %1 on %2 would be %3 days from another session on %4 that treats the same area; at least %5 days are needed.</source>
        <translation>La sesión %1 del %2 quedaría a %3 días de otra sesión del %4 que trata la misma zona; hacen falta al menos %5 días.</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="77"/>
        <source>Session %1 on %2 falls on a day the clinic is closed.</source>
        <translation>La sesión %1 del %2 cae en un día en que la clínica está cerrada.</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="82"/>
        <source>Session %1 on %2: %3</source>
        <translation>Sesión %1 del %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="152"/>
        <source>unknown area &quot;%1&quot;</source>
        <translation>zona desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="156"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="159"/>
        <source>%1 is after today (%2)</source>
        <translation>%1 es posterior a hoy (%2)</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="163"/>
        <source>unknown finding code &quot;%1&quot;</source>
        <translation>código de hallazgo desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="167"/>
        <source>%1 is before since (%2)</source>
        <translation>%1 es anterior al inicio (%2)</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="176"/>
        <source>unknown modality &quot;%1&quot; (known: %2)</source>
        <translation>modalidad desconocida «%1» (conocidas: %2)</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="180"/>
        <source>unknown indication &quot;%1&quot;</source>
        <translation>indicación desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="182"/>
        <source>lists no area</source>
        <translation>no indica ninguna zona</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="187"/>
        <source>%1 sessions is outside %2&apos;s bounds (%3-%4)</source>
        <translation>%1 sesiones quedan fuera de los límites de %2 (%3-%4)</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="194"/>
        <source>closes every weekday: the clinic would never be open</source>
        <translation>cierra todos los días de la semana: la clínica nunca abriría</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="198"/>
        <source>unknown modality &quot;%1&quot;</source>
        <translation>modalidad desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="204"/>
        <source>%1 is not after session %2 (%3)</source>
        <translation>%1 no es posterior a la sesión %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="212"/>
        <source>%1 sessions are given but the series has %2</source>
        <translation>se dan %1 sesiones pero la serie tiene %2</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="290"/>
        <source>No day within %1 days for session %2: the clinic is closed, a finding blocks treatment or other sessions are too close.</source>
        <translation>Ningún día en %1 días para la sesión %2: la clínica está cerrada, un hallazgo impide el tratamiento u otras sesiones están demasiado cerca.</translation>
    </message>
    <message>
        <location filename="../../src/core/SeriesPlanner.cpp" line="324"/>
        <source>Session %1 is %2 days after session %3, beyond the %4-day maximum.</source>
        <translation>La sesión %1 queda %2 días después de la sesión %3, más allá del máximo de %4 días.</translation>
    </message>
</context>
<context>
    <name>SeriesService</name>
    <message>
        <location filename="../../src/services/SeriesService.cpp" line="77"/>
        <source>patient %1 is archived: unarchive them before planning a series</source>
        <translation>el paciente %1 está archivado: desarchívelo antes de planificar una serie</translation>
    </message>
    <message>
        <location filename="../../src/services/SeriesService.cpp" line="121"/>
        <source>the plan needs a clinician&apos;s review: give the note saying why the series goes ahead</source>
        <translation>el plan necesita la revisión de un clínico: escriba la nota que diga por qué sigue la serie</translation>
    </message>
</context>
<context>
    <name>SeriesText</name>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="36"/>
        <source>Blocks</source>
        <translation>Impide</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="38"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="42"/>
        <source>Advice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="51"/>
        <source>%1: %2</source>
        <comment>effect: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="53"/>
        <source>%1 (until %2)</source>
        <translation>%1 (hasta el %2)</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="60"/>
        <source>Ready for the event on %1: the last session falls between %2 and %3.</source>
        <translation>Lista para el evento del %1: la última sesión cae entre el %2 y el %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/series/SeriesText.cpp" line="62"/>
        <source>The event on %1 comes too soon: the last session should fall between %2 and %3, and only %n session(s) fit before it at the protocol&apos;s spacing.</source>
        <translation>
            <numerusform>El evento del %1 llega demasiado pronto: la última sesión debería caer entre el %2 y el %3, y solo cabe %n sesión antes con la separación del protocolo.</numerusform>
            <numerusform>El evento del %1 llega demasiado pronto: la última sesión debería caer entre el %2 y el %3, y solo caben %n sesiones antes con la separación del protocolo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="67"/>
        <source>Starting by %1 would fit them all.</source>
        <translation>Empezando a más tardar el %1 cabrían todas.</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="78"/>
        <source>Blocked: no series can be booked now. Treatment may start from %1.</source>
        <translation>Bloqueada: ahora no se puede reservar ninguna serie. El tratamiento puede empezar desde el %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="79"/>
        <source>Blocked: no series can be booked while this lasts.</source>
        <translation>Bloqueada: no se puede reservar ninguna serie mientras esto dure.</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="81"/>
        <source>Needs a clinician&apos;s review: book it with a note saying why it may go ahead.</source>
        <translation>Necesita la revisión de un clínico: resérvela con una nota que diga por qué puede seguir.</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="88"/>
        <source>Held back: a washout ends on %1, so the first session can be from then.</source>
        <translation>En espera: un periodo de lavado termina el %1; la primera sesión puede ser desde entonces.</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="90"/>
        <source>Ready to book: nothing in the record stands in the way.</source>
        <translation>Lista para reservar: nada en el historial lo impide.</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="107"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="116"/>
        <source>%1 %2, %3–%4</source>
        <comment>weekday date, start–end</comment>
        <translation>%1 %2, %3–%4</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="125"/>
        <source>Session %1 may fall from %2 to %3.</source>
        <translation>La sesión %1 puede caer del %2 al %3.</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="127"/>
        <source>Session %1 may fall from %2 on.</source>
        <translation>La sesión %1 puede caer desde el %2.</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="107"/>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="107"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="107"/>
        <source>Device</source>
        <translation>Aparato</translation>
    </message>
    <message>
        <location filename="../../src/app/series/SeriesText.cpp" line="107"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>SessionBooking</name>
    <message>
        <location filename="../../src/app/calendar/SessionBooking.cpp" line="31"/>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="20"/>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="26"/>
        <source>This workstation</source>
        <translation>Este puesto</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="32"/>
        <source>&amp;Name at this desk:</source>
        <translation>Nombre en este p&amp;uesto:</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="42"/>
        <source>Recorded with every change made and every document given from this workstation</source>
        <translation>Se registra con cada cambio hecho y cada documento entregado desde este puesto</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="52"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="58"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="70"/>
        <source>The patient database opened when Needlepoint starts</source>
        <translation>La base de datos de pacientes que se abre al iniciar Needlepoint</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="77"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="86"/>
        <source>Takes effect when you close this dialog.</source>
        <translation>Se aplica al cerrar este cuadro de diálogo.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="99"/>
        <source>Daily backup</source>
        <translation>Copia de seguridad diaria</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="105"/>
        <source>F&amp;older:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="117"/>
        <source>Where Needlepoint keeps one backup of the database a day</source>
        <translation>Donde Needlepoint guarda una copia de seguridad de la base de datos al día</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="124"/>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="133"/>
        <source>&amp;Keep:</source>
        <translation>Co&amp;nservar:</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="143"/>
        <source> backups</source>
        <translation> copias</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="155"/>
        <source>The newest daily backups kept; older ones are removed</source>
        <translation>Las copias diarias más recientes que se conservan; las anteriores se eliminan</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="165"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="171"/>
        <source>Clinic &amp;templates folder:</source>
        <translation>Carpeta de &amp;plantillas de la clínica:</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="183"/>
        <source>A folder of the clinic&apos;s own templates, each replacing the built-in one of the same name</source>
        <translation>Una carpeta con las plantillas propias de la clínica; cada una sustituye a la incorporada del mismo nombre</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="186"/>
        <source>Built-in templates</source>
        <translation>Plantillas incorporadas</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="196"/>
        <source>Bro&amp;wse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="205"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="215"/>
        <source>The paper every document is laid out for</source>
        <translation>El papel para el que se maquetan todos los documentos</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="222"/>
        <source>Appointment &amp;cards:</source>
        <translation>Tar&amp;jetas de cita:</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsDialog.ui" line="232"/>
        <source>How an appointment card is printed unless you choose otherwise</source>
        <translation>Cómo se imprime una tarjeta de cita si no elige otra cosa</translation>
    </message>
</context>
<context>
    <name>SettingsValidation</name>
    <message>
        <location filename="../../src/app/settings/SettingsValidation.cpp" line="21"/>
        <source>Database: choose the database file.</source>
        <translation>Base de datos: elija el archivo de la base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/app/settings/SettingsValidation.cpp" line="23"/>
        <source>Database: %1 is a folder, not a database file.</source>
        <translation>Base de datos: %1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/app/settings/SettingsValidation.cpp" line="27"/>
        <source>Backup folder: choose a folder for the daily backups.</source>
        <translation>Carpeta de copias: elija una carpeta para las copias de seguridad diarias.</translation>
    </message>
    <message>
        <location filename="../../src/app/settings/SettingsValidation.cpp" line="30"/>
        <source>Backup folder: %1 is a file, not a folder.</source>
        <translation>Carpeta de copias: %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../../src/app/settings/SettingsValidation.cpp" line="32"/>
        <source>Backup folder: %1 cannot be created; choose a folder you can write to.</source>
        <translation>Carpeta de copias: no se puede crear %1; elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../../src/app/settings/SettingsValidation.cpp" line="34"/>
        <source>Backup folder: %1 cannot be written to; choose a folder you can write to.</source>
        <translation>Carpeta de copias: no se puede escribir en %1; elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../../src/app/settings/SettingsValidation.cpp" line="37"/>
        <source>Keep: between %1 and %2 daily backups, not %3.</source>
        <translation>Conservar: entre %1 y %2 copias diarias, no %3.</translation>
    </message>
    <message>
        <location filename="../../src/app/settings/SettingsValidation.cpp" line="44"/>
        <source>Clinic templates folder: %1 is not a folder; choose one, or leave it empty for the built-in templates.</source>
        <translation>Carpeta de plantillas de la clínica: %1 no es una carpeta; elija una o déjela vacía para usar las plantillas incorporadas.</translation>
    </message>
</context>
<context>
    <name>SetupStartPage</name>
    <message>
        <location filename="../../ui/SetupStartPage.ui" line="16"/>
        <source>&amp;Create a new clinic</source>
        <translation>&amp;Crear una clínica nueva</translation>
    </message>
    <message>
        <location filename="../../ui/SetupStartPage.ui" line="26"/>
        <source>A new, empty patient database, set up page by page: the clinic, its hours, practitioners, rooms and devices.</source>
        <translation>Una base de datos de pacientes nueva y vacía, configurada página a página: la clínica, su horario, profesionales, salas y dispositivos.</translation>
    </message>
    <message>
        <location filename="../../ui/SetupStartPage.ui" line="39"/>
        <source>&amp;Open an existing database</source>
        <translation>Abrir una base de datos e&amp;xistente</translation>
    </message>
    <message>
        <location filename="../../ui/SetupStartPage.ui" line="46"/>
        <source>The clinic&apos;s database file on a disk of this computer (or a copy brought from another computer).</source>
        <translation>El archivo de la base de datos de la clínica en un disco de este ordenador (o una copia traída de otro ordenador).</translation>
    </message>
    <message>
        <location filename="../../ui/SetupStartPage.ui" line="59"/>
        <source>&amp;Try a demo clinic</source>
        <translation>&amp;Probar una clínica de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/SetupStartPage.ui" line="66"/>
        <source>Invented patients and appointments, kept apart from the clinic&apos;s own database, to try every screen.</source>
        <translation>Pacientes y citas inventados, aparte de la base de datos de la clínica, para probar cada pantalla.</translation>
    </message>
    <message>
        <location filename="../../ui/SetupStartPage.ui" line="81"/>
        <source>Database fil&amp;e:</source>
        <translation>Arc&amp;hivo de la base de datos:</translation>
    </message>
    <message>
        <location filename="../../ui/SetupStartPage.ui" line="100"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <location filename="../../src/app/StorageText.cpp" line="20"/>
        <source>%1. Make a new clinic&apos;s database with File &gt; New Clinic…, or open another one.</source>
        <translation>%1. Cree la base de datos de una clínica con Archivo &gt; Nueva clínica…, o abra otra.</translation>
    </message>
    <message>
        <location filename="../../src/app/StorageText.cpp" line="23"/>
        <source>%1. Restore its latest backup (File &gt; Restore from Backup…; the backups are in the folder Settings &gt; This Computer… names), or open another database.</source>
        <translation>%1. Restaure su última copia de seguridad (Archivo &gt; Restaurar copia de seguridad…; las copias están en la carpeta que indica Ajustes &gt; Este ordenador…), o abra otra base de datos.</translation>
    </message>
    <message>
        <location filename="../../src/app/StorageText.cpp" line="27"/>
        <source>%1. Import the clinic&apos;s set-up file again in Settings &gt; Clinic…, or plan with the protocols it was made with (Settings &gt; Protocols…).</source>
        <translation>%1. Vuelva a importar el archivo de configuración de la clínica en Ajustes &gt; Clínica…, o planifique con los protocolos con los que se hizo (Ajustes &gt; Protocolos…).</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/TodayPage.ui" line="34"/>
        <source>Show cancelled and no-&amp;shows</source>
        <translation>Mostrar anuladas y a&amp;usencias</translation>
    </message>
    <message>
        <location filename="../../ui/TodayPage.ui" line="37"/>
        <source>List the appointments called off, struck through, with why</source>
        <translation>Listar las citas anuladas, tachadas, con el motivo</translation>
    </message>
    <message>
        <location filename="../../ui/TodayPage.ui" line="51"/>
        <source>&amp;Check In…</source>
        <translation>&amp;Registrar llegada…</translation>
    </message>
    <message>
        <location filename="../../ui/TodayPage.ui" line="54"/>
        <source>The patient has arrived: ask what is new since the last visit, then check them in</source>
        <translation>El paciente ha llegado: pregunte qué hay de nuevo desde la última visita y registre su llegada</translation>
    </message>
    <message>
        <location filename="../../ui/TodayPage.ui" line="61"/>
        <source>Co&amp;mplete</source>
        <translation>Co&amp;mpletar</translation>
    </message>
    <message>
        <location filename="../../ui/TodayPage.ui" line="64"/>
        <source>The treatment is done: its post-care sheet can be printed</source>
        <translation>El tratamiento está hecho: se puede imprimir su hoja de cuidados posteriores</translation>
    </message>
    <message>
        <location filename="../../ui/TodayPage.ui" line="71"/>
        <source>Cance&amp;l…</source>
        <translation>Anu&amp;lar…</translation>
    </message>
    <message>
        <location filename="../../ui/TodayPage.ui" line="74"/>
        <source>Cancel the appointment, with the reason (it stays listed, struck through)</source>
        <translation>Anular la cita, con el motivo (sigue en la lista, tachada)</translation>
    </message>
    <message>
        <location filename="../../ui/TodayPage.ui" line="81"/>
        <source>No-Sho&amp;w</source>
        <translation>No &amp;vino</translation>
    </message>
    <message>
        <location filename="../../ui/TodayPage.ui" line="84"/>
        <source>The patient did not come: a series session&apos;s later sessions are planned again</source>
        <translation>El paciente no vino: las sesiones siguientes de la serie se vuelven a planificar</translation>
    </message>
    <message>
        <location filename="../../ui/TodayPage.ui" line="91"/>
        <source>Print Post-Ca&amp;re</source>
        <translation>Imprimir cuidados p&amp;osteriores</translation>
    </message>
    <message>
        <location filename="../../ui/TodayPage.ui" line="94"/>
        <source>The post-care sheet of the completed treatment, in the patient&apos;s language</source>
        <translation>La hoja de cuidados posteriores del tratamiento completado, en el idioma del paciente</translation>
    </message>
    <message>
        <location filename="../../ui/TodayPage.ui" line="101"/>
        <source>&amp;Open Patient</source>
        <translation>A&amp;brir paciente</translation>
    </message>
    <message>
        <location filename="../../ui/TodayPage.ui" line="104"/>
        <source>Show the selected appointment&apos;s patient on the Patients page (Enter)</source>
        <translation>Mostrar el paciente de la cita seleccionada en la página Pacientes (Intro)</translation>
    </message>
</context>
<context>
    <name>np::JsonObjectReader</name>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="136"/>
        <source>a string</source>
        <translation>un texto</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="153"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="172"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="184"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="196"/>
        <source>a date (YYYY-MM-DD)</source>
        <translation>una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="211"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../../src/core/JsonReader.cpp" line="223"/>
        <source>an array</source>
        <translation>una lista</translation>
    </message>
</context>
<context>
    <name>np::app::BackupRestore</name>
    <message>
        <location filename="../../src/app/backup/BackupRestore.cpp" line="26"/>
        <source>Restore from Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/app/backup/BackupRestore.cpp" line="27"/>
        <source>Replace the clinic&apos;s database with the backup %1, saved %2?</source>
        <translation>¿Sustituir la base de datos de la clínica por la copia de seguridad %1, guardada el %2?</translation>
    </message>
    <message>
        <location filename="../../src/app/backup/BackupRestore.cpp" line="32"/>
        <source>Everything recorded after the backup was saved leaves the database in use. The database it replaces is kept beside it (%1.replaced-…) and is never deleted.

Close Needlepoint on the other workstations first: the backup is not restored while the database is open anywhere else.</source>
        <translation>Todo lo registrado después de guardar la copia deja de estar en la base de datos en uso. La base de datos sustituida se conserva a su lado (%1.replaced-…) y nunca se borra.

Cierre antes Needlepoint en los demás puestos: la copia no se restaura mientras la base de datos esté abierta en otro sitio.</translation>
    </message>
    <message>
        <location filename="../../src/app/backup/BackupRestore.cpp" line="36"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../src/app/backup/BackupRestore.cpp" line="52"/>
        <source>A backup is being made: restore when it has finished. Nothing was changed.</source>
        <translation>Se está haciendo una copia de seguridad: restaure cuando termine. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/app/backup/BackupRestore.cpp" line="57"/>
        <source>A backup is being made: restore when it has finished.</source>
        <translation>Se está haciendo una copia de seguridad: restaure cuando termine.</translation>
    </message>
    <message>
        <location filename="../../src/app/backup/BackupRestore.cpp" line="64"/>
        <source>The backup was not restored: %1</source>
        <translation>La copia de seguridad no se restauró: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/backup/BackupRestore.cpp" line="68"/>
        <source>Restored from %1. The database it replaced is kept as %2.</source>
        <translation>Restaurada desde %1. La base de datos sustituida se conserva como %2.</translation>
    </message>
    <message>
        <location filename="../../src/app/backup/BackupRestore.cpp" line="71"/>
        <source>The backup was made by an earlier version of Needlepoint and is brought up to date now.</source>
        <translation>La copia la hizo una versión anterior de Needlepoint y ahora se pone al día.</translation>
    </message>
</context>
<context>
    <name>np::app::BackupStatusLabel</name>
    <message>
        <location filename="../../src/app/backup/BackupStatusLabel.cpp" line="16"/>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/app/backup/BackupStatusLabel.cpp" line="23"/>
        <source>Backup failed: %1</source>
        <translation>La copia de seguridad falló: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/backup/BackupStatusLabel.cpp" line="29"/>
        <location filename="../../src/app/backup/BackupStatusLabel.cpp" line="39"/>
        <source>Backed up today</source>
        <translation>Copia de seguridad de hoy hecha</translation>
    </message>
    <message>
        <location filename="../../src/app/backup/BackupStatusLabel.cpp" line="33"/>
        <source>Backed up at %1</source>
        <translation>Copia de seguridad hecha a las %1</translation>
    </message>
    <message>
        <location filename="../../src/app/backup/BackupStatusLabel.cpp" line="34"/>
        <location filename="../../src/app/backup/BackupStatusLabel.cpp" line="40"/>
        <source>Backup: %1</source>
        <translation>Copia de seguridad: %1</translation>
    </message>
</context>
<context>
    <name>np::app::BookAppointmentDialog</name>
    <message>
        <location filename="../../src/app/calendar/BookAppointmentDialog.cpp" line="37"/>
        <source>Patients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/BookAppointmentDialog.cpp" line="38"/>
        <source>What stands in the way</source>
        <translation>Lo que lo impide</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/BookAppointmentDialog.cpp" line="39"/>
        <source>&amp;Book</source>
        <translation>Reser&amp;var</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/BookAppointmentDialog.cpp" line="39"/>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/BookAppointmentDialog.cpp" line="39"/>
        <location filename="../../src/app/calendar/BookAppointmentDialog.cpp" line="193"/>
        <source>Book the appointment (%1)</source>
        <translation>Reservar la cita (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/BookAppointmentDialog.cpp" line="125"/>
        <source>Book the Session</source>
        <translation>Reservar la sesión</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/BookAppointmentDialog.cpp" line="166"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/BookAppointmentDialog.cpp" line="169"/>
        <source>%1 (%2)</source>
        <comment>device (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/BookAppointmentDialog.cpp" line="185"/>
        <source>Find the patient: type part of the name, the phone or the email.</source>
        <translation>Busque al paciente: escriba parte del nombre, el teléfono o el correo.</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/BookAppointmentDialog.cpp" line="187"/>
        <source>%1 gives no treatment of the catalogue: choose another practitioner.</source>
        <translation>%1 no realiza ningún tratamiento del catálogo: elija otro profesional.</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/BookAppointmentDialog.cpp" line="190"/>
        <source>Tick the areas to treat.</source>
        <translation>Marque las zonas que se tratan.</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/BookAppointmentDialog.cpp" line="211"/>
        <source>Not booked: %1</source>
        <translation>No reservada: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/BookAppointmentDialog.cpp" line="217"/>
        <source>Book %1&apos;s appointment</source>
        <translation>Reservar la cita de %1</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/BookAppointmentDialog.cpp" line="219"/>
        <source>%1 is booked on %2 at %3.</source>
        <translation>%1 tiene cita el %2 a las %3.</translation>
    </message>
</context>
<context>
    <name>np::app::CalendarModel</name>
    <message>
        <location filename="../../src/app/calendar/CalendarModel.cpp" line="208"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarModel.cpp" line="42"/>
        <source>%1: %2</source>
        <comment>treatment: areas</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarModel.cpp" line="43"/>
        <source>session %1 of %2</source>
        <translation>sesión %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarModel.cpp" line="44"/>
        <source>%1: %2</source>
        <comment>state: reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarModel.cpp" line="45"/>
        <source>%1 %2–%3</source>
        <comment>day start–end</comment>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarModel.cpp" line="46"/>
        <source>%1 · %2</source>
        <comment>treatment · session</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarModel.cpp" line="47"/>
        <source>%1 · %2</source>
        <comment>time · state</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>np::app::CalendarPage</name>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="34"/>
        <source>%1 at %2</source>
        <comment>day at time</comment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="42"/>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="194"/>
        <source>P&amp;revious Week</source>
        <translation>Semana &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="42"/>
        <source>The days before</source>
        <translation>Los días anteriores</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="43"/>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="195"/>
        <source>&amp;Next Week</source>
        <translation>Semana &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="43"/>
        <source>The days after</source>
        <translation>Los días siguientes</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="44"/>
        <source>&amp;Go to Today</source>
        <translation>&amp;Ir a hoy</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="44"/>
        <source>The days around today</source>
        <translation>Los días en torno a hoy</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="45"/>
        <source>&amp;Open Patient</source>
        <translation>A&amp;brir paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="45"/>
        <source>Show the patient&apos;s record</source>
        <translation>Mostrar la ficha del paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="46"/>
        <source>&amp;Check In…</source>
        <translation>&amp;Registrar llegada…</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="46"/>
        <source>The patient has arrived</source>
        <translation>El paciente ha llegado</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="47"/>
        <source>Cance&amp;l Appointment…</source>
        <translation>Anu&amp;lar cita…</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="47"/>
        <source>Cancel it, with the reason</source>
        <translation>Anularla, con el motivo</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="48"/>
        <source>No-&amp;Show</source>
        <translation>&amp;No vino</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="48"/>
        <source>The patient did not come</source>
        <translation>El paciente no vino</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="49"/>
        <source>Print &amp;Pre-Care Sheet</source>
        <translation>Imprimir hoja de cuidados &amp;previos</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="49"/>
        <source>What to do before it</source>
        <translation>Qué hacer antes de la sesión</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="50"/>
        <source>The series&apos; dates to take home</source>
        <translation>Las fechas de la serie para llevar a casa</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="50"/>
        <source>Print &amp;Appointment Card</source>
        <translation>Imprimir &amp;tarjeta de citas</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="51"/>
        <source>&amp;Book Appointment…</source>
        <translation>Reser&amp;var cita…</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="52"/>
        <source>Book one appointment for a patient at a free time</source>
        <translation>Reservar una cita para un paciente a una hora libre</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="63"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="64"/>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="71"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="65"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="66"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="67"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="68"/>
        <source>By practitioner</source>
        <translation>Por profesional</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="69"/>
        <source>By room</source>
        <translation>Por sala</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="70"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="72"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="73"/>
        <source>Days shown</source>
        <translation>Días mostrados</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="74"/>
        <source>Show</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="75"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="76"/>
        <source>Whose appointments</source>
        <translation>De quién son las citas</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="77"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="78"/>
        <source>Show cancelled and no-shows</source>
        <translation>Mostrar anuladas y ausencias</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="79"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="80"/>
        <source>What a move would do</source>
        <translation>Qué haría el cambio</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="109"/>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="411"/>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="417"/>
        <source>Not moved: %1</source>
        <translation>No se movió: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="116"/>
        <source>Free time</source>
        <translation>Hora libre</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="117"/>
        <source>&amp;Book Appointment Here…</source>
        <translation>Reser&amp;var cita aquí…</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="135"/>
        <source>No one works on the days shown: go to other days to book.</source>
        <translation>Nadie trabaja los días mostrados: vaya a otros días para reservar.</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="185"/>
        <source>Each treatment&apos;s colour: %1</source>
        <translation>El color de cada tratamiento: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="194"/>
        <source>P&amp;revious Day</source>
        <translation>Día &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="195"/>
        <source>&amp;Next Day</source>
        <translation>Día &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="220"/>
        <source>%1 – %2</source>
        <comment>first day – last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="234"/>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="250"/>
        <source>The clinic is not set up yet: its hours, practitioners and rooms are entered in Settings &gt; Clinic…, then the calendar fills.</source>
        <translation>La clínica aún no está configurada: sus horarios, profesionales y salas se introducen en Configuración &gt; Clínica…; después se llena el calendario.</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="259"/>
        <source>No appointments on this day.</source>
        <translation>No hay citas este día.</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="259"/>
        <source>No appointments in this week.</source>
        <translation>No hay citas esta semana.</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="314"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="338"/>
        <source>no database is open</source>
        <translation>no hay ninguna base de datos abierta</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="393"/>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="418"/>
        <source>Move Appointment</source>
        <translation>Mover cita</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="418"/>
        <source>%1&apos;s appointment was not moved: %2</source>
        <translation>La cita de %1 no se movió: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="369"/>
        <source>Move %1&apos;s appointment</source>
        <translation>Mover la cita de %1</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="370"/>
        <source>%1&apos;s appointment is moved to %2.</source>
        <translation>La cita de %1 se ha movido al %2.</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="373"/>
        <source>The later sessions of the series moved with it.</source>
        <translation>Las sesiones siguientes de la serie se han movido con ella.</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="387"/>
        <source>Session %1: %2</source>
        <translation>Sesión %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="394"/>
        <source>Moving %1&apos;s session to %2 leaves the later sessions out of their windows (%3). Move them as well?

%4</source>
        <translation>Mover la sesión de %1 al %2 deja las sesiones siguientes fuera de su intervalo (%3). ¿Moverlas también?

%4</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="396"/>
        <source>Move All</source>
        <translation>Mover todas</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="396"/>
        <source>Leave It</source>
        <translation>Dejarla</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="407"/>
        <source>Move %1&apos;s session and the later ones</source>
        <translation>Mover la sesión de %1 y las siguientes</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarPage.cpp" line="409"/>
        <source>%1&apos;s session and the later ones are moved; it is now on %2.</source>
        <translation>La sesión de %1 y las siguientes se han movido; ahora es el %2.</translation>
    </message>
</context>
<context>
    <name>np::app::CalendarView</name>
    <message>
        <location filename="../../src/app/calendar/CalendarView.cpp" line="41"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarView.cpp" line="42"/>
        <source>Appointments by day and time. Arrows select, Ctrl+arrows move the selected appointment, Enter opens it.</source>
        <translation>Citas por día y hora. Las flechas seleccionan, Ctrl+flechas mueven la cita seleccionada, Intro la abre.</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarViewPainting.cpp" line="145"/>
        <source>Not here: %1</source>
        <translation>Aquí no: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarViewPainting.cpp" line="179"/>
        <source>%1 (today)</source>
        <translation>%1 (hoy)</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarViewPainting.cpp" line="181"/>
        <source>%1 · %2</source>
        <comment>day · closure</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarView.cpp" line="386"/>
        <location filename="../../src/app/calendar/CalendarView.cpp" line="459"/>
        <source>Only a booked appointment can be moved.</source>
        <translation>Solo se puede mover una cita reservada.</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarView.cpp" line="423"/>
        <source>There is no other column to move it to.</source>
        <translation>No hay otra columna a la que moverla.</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarView.cpp" line="490"/>
        <source>outside the calendar</source>
        <translation>fuera del calendario</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarView.cpp" line="496"/>
        <source>Cannot move here: %1</source>
        <translation>No se puede mover aquí: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/calendar/CalendarView.cpp" line="499"/>
        <source>Release to move it to %1 at %2.</source>
        <translation>Suelte para moverla al %1 a las %2.</translation>
    </message>
</context>
<context>
    <name>np::app::ChangeHistory</name>
    <message>
        <location filename="../../src/app/workspace/ChangeHistory.cpp" line="24"/>
        <source>Undone: %1.</source>
        <translation>Deshecho: %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/workspace/ChangeHistory.cpp" line="31"/>
        <source>Redone: %1.</source>
        <translation>Rehecho: %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/workspace/ChangeHistory.cpp" line="40"/>
        <source>no database is open</source>
        <translation>no hay ninguna base de datos abierta</translation>
    </message>
    <message>
        <location filename="../../src/app/workspace/ChangeHistory.cpp" line="43"/>
        <source>“%1” can no longer be taken back: %2. Nothing was changed.</source>
        <translation>«%1» ya no se puede deshacer: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/app/workspace/ChangeHistory.cpp" line="61"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/app/workspace/ChangeHistory.cpp" line="62"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../src/app/workspace/ChangeHistory.cpp" line="66"/>
        <source>Take back the last change to an appointment</source>
        <translation>Deshacer el último cambio de una cita</translation>
    </message>
    <message>
        <location filename="../../src/app/workspace/ChangeHistory.cpp" line="67"/>
        <source>Make the change taken back again</source>
        <translation>Volver a hacer el cambio deshecho</translation>
    </message>
    <message>
        <location filename="../../src/app/workspace/ChangeHistory.cpp" line="93"/>
        <source>Booking undone</source>
        <translation>Reserva deshecha</translation>
    </message>
</context>
<context>
    <name>np::app::ChartDialog</name>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="41"/>
        <source>%1, %2: %3, %4, session %5 of %6</source>
        <translation>%1, %2: %3, %4, sesión %5 de %6</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="49"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="50"/>
        <source>Separated by semicolons</source>
        <translation>Separados por punto y coma</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="51"/>
        <location filename="../../src/app/today/ChartDialog.cpp" line="71"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="53"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="54"/>
        <source>Device</source>
        <translation>Aparato</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="55"/>
        <source>Chart checks</source>
        <translation>Comprobaciones del registro</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="62"/>
        <source>None booked</source>
        <translation>Ninguno reservado</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="64"/>
        <source>%1 (serial %2)</source>
        <translation>%1 (n.º de serie %2)</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="70"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="72"/>
        <source>Depth on the %1</source>
        <translation>Profundidad en: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="73"/>
        <source>Usually %1–%2 mm on the %3; never deeper than %4 mm</source>
        <translation>Normalmente %1–%2 mm en: %3; nunca más de %4 mm</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="76"/>
        <source>%1 (usually %2–%3 mm):</source>
        <translation>%1 (normalmente %2–%3 mm):</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="93"/>
        <source>&amp;Complete</source>
        <translation>&amp;Completar</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="93"/>
        <location filename="../../src/app/today/ChartDialog.cpp" line="192"/>
        <source>Complete</source>
        <translation>Completar</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="93"/>
        <source>Save the chart and mark the treatment done (%1)</source>
        <translation>Guardar el registro y marcar el tratamiento como hecho (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="135"/>
        <source>Applied at: &quot;%1&quot; is not a time of day (HH:MM)</source>
        <translation>Aplicada a las: «%1» no es una hora del día (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="192"/>
        <source>The session was not completed; nothing was saved: %1</source>
        <translation>La sesión no se completó; no se guardó nada: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="197"/>
        <source>Complete %1&apos;s session</source>
        <translation>Completar la sesión de %1</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="208"/>
        <source>%1&apos;s treatment is completed and charted.</source>
        <translation>El tratamiento de %1 está completado y registrado.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="209"/>
        <source>Print Post-Care gives the sheet to take home.</source>
        <translation>Imprimir cuidados posteriores da la hoja para llevar a casa.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="213"/>
        <source>Print Po&amp;st-Care</source>
        <translation>Imprimir cuidados po&amp;steriores</translation>
    </message>
    <message>
        <location filename="../../src/app/today/ChartDialog.cpp" line="213"/>
        <source>Print post-care</source>
        <translation>Imprimir cuidados posteriores</translation>
    </message>
</context>
<context>
    <name>np::app::CheckinDialog</name>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="76"/>
        <source>%1, %2 %3: %4 with %5</source>
        <translation>%1, %2 %3: %4 con %5</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="82"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="83"/>
        <source>Check-in result</source>
        <translation>Resultado de la llegada</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="84"/>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="85"/>
        <source>Clinician&apos;s note</source>
        <translation>Nota clínica</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="58"/>
        <source>Empty for none</source>
        <translation>Vacío si no hay nada</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="87"/>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="194"/>
        <source>Check In</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="88"/>
        <source>Check in</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="90"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="148"/>
        <source>the check-in form</source>
        <translation>el formulario de llegada</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="178"/>
        <source>Stops treatment: %1</source>
        <translation>Impide el tratamiento: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="180"/>
        <source>Needs a review: %1</source>
        <translation>Necesita revisión: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="182"/>
        <source>Advice: %1</source>
        <translation>Consejo: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="186"/>
        <source>No treatment today. Check In keeps the answers and cancels the appointment with the reason; book again once it has cleared.</source>
        <translation>Hoy no hay tratamiento. Registrar guarda las respuestas y anula la cita con el motivo; vuelva a reservar cuando se haya resuelto.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="188"/>
        <source>Stop the Session</source>
        <translation>Detener la sesión</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="191"/>
        <source>Needs a clinician&apos;s review: check in with a note saying why it may go ahead.</source>
        <translation>Necesita la revisión de un clínico: registre la llegada con una nota que diga por qué puede seguir.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="192"/>
        <source>May go ahead, with the advice below.</source>
        <translation>Puede seguir, con los avisos de abajo.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="193"/>
        <source>Nothing new stands in the way.</source>
        <translation>Nada nuevo lo impide.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="218"/>
        <source>Stop %1&apos;s session</source>
        <translation>Detener la sesión de %1</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="218"/>
        <source>Check %1 in</source>
        <translation>Registrar la llegada de %1</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="221"/>
        <source>%1 is not treated today (%2); the appointment is cancelled with that reason.</source>
        <translation>%1 no se trata hoy (%2); la cita queda anulada con ese motivo.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="229"/>
        <source>%1 is checked in, but the note was not kept: %2</source>
        <translation>Se ha registrado la llegada de %1, pero la nota no se guardó: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/today/CheckinDialog.cpp" line="233"/>
        <source>%1 checked in.</source>
        <translation>Llegada de %1 registrada.</translation>
    </message>
</context>
<context>
    <name>np::app::ClinicDetailsPage</name>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupPages.cpp" line="51"/>
        <source>The Clinic</source>
        <translation>La clínica</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupPages.cpp" line="61"/>
        <source>The clinic&apos;s zone, such as Europe/Madrid</source>
        <translation>La zona de la clínica, como Europe/Madrid</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupPages.cpp" line="64"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupPages.cpp" line="65"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
</context>
<context>
    <name>np::app::ClinicSettings</name>
    <message>
        <location filename="../../src/app/clinic/ClinicSettings.cpp" line="9"/>
        <source>&amp;Clinic…</source>
        <translation>&amp;Clínica…</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettings.cpp" line="10"/>
        <source>The clinic&apos;s details, opening hours, practitioners, rooms, devices and closures</source>
        <translation>Los datos de la clínica, su horario, profesionales, salas, dispositivos y cierres</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettings.cpp" line="11"/>
        <source>&amp;Protocols…</source>
        <translation>&amp;Protocolos…</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettings.cpp" line="12"/>
        <source>The protocol catalogue Needlepoint plans with: treatments, intervals, depths, contraindications</source>
        <translation>El catálogo de protocolos con el que planifica Needlepoint: tratamientos, intervalos, profundidades, contraindicaciones</translation>
    </message>
</context>
<context>
    <name>np::app::ClinicSettingsDialog</name>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="64"/>
        <source>Save the set-up for every workstation (%1)</source>
        <translation>Guarda la configuración para todos los puestos (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="66"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="67"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="68"/>
        <source>Set-up status</source>
        <translation>Estado de la configuración</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="146"/>
        <source>This database has no clinic set-up yet: fill in the pages, or import the clinic&apos;s file, and save.</source>
        <translation>Esta base de datos aún no tiene configuración de la clínica: rellene las páginas, o importe el archivo de la clínica, y guarde.</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="148"/>
        <source>The saved set-up cannot be shown: %1</source>
        <translation>No se puede mostrar la configuración guardada: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="159"/>
        <source>Saved by %1 on %2 at %3.</source>
        <translation>Guardada por %1 el %2 a las %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="181"/>
        <source>Not saved: %n problem(s) to correct, shown where they are.</source>
        <translation>
            <numerusform>No se guardó: %n problema que corregir, indicado donde está.</numerusform>
            <numerusform>No se guardó: %n problemas que corregir, indicados donde están.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="197"/>
        <source>Not saved: the clinic&apos;s set-up was changed on another workstation while this window was open. Choose Discard Changes to see it as it is now, then make the change again.</source>
        <translation>No se guardó: la configuración de la clínica se cambió en otro puesto mientras esta ventana estaba abierta. Elija Descartar cambios para verla como está ahora y vuelva a hacer el cambio.</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="199"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="201"/>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="233"/>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="325"/>
        <source>Clinic Set-up</source>
        <translation>Configuración de la clínica</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="215"/>
        <source>Clinic set-up saved: every workstation uses it now.</source>
        <translation>Configuración de la clínica guardada: todos los puestos la usan ya.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="216"/>
        <source>Clinic set-up saved. %n booked appointment(s) outside it stay booked: move or cancel them.</source>
        <translation>
            <numerusform>Configuración de la clínica guardada. %n cita reservada fuera de ella sigue reservada: muévala o cancélela.</numerusform>
            <numerusform>Configuración de la clínica guardada. %n citas reservadas fuera de ella siguen reservadas: muévalas o cancélelas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="225"/>
        <source>%1 %2, %3: %4</source>
        <translation>%1 %2, %3: %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="229"/>
        <source>%n booked appointment(s) would no longer fit the clinic&apos;s set-up:</source>
        <translation>
            <numerusform>%n cita reservada dejaría de caber en la configuración de la clínica:</numerusform>
            <numerusform>%n citas reservadas dejarían de caber en la configuración de la clínica:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="232"/>
        <source>and %n more (Show Details).</source>
        <translation>
            <numerusform>y %n más (Mostrar detalles).</numerusform>
            <numerusform>y %n más (Mostrar detalles).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="236"/>
        <source>Save anyway to keep them booked, then move or cancel each one; or go back and change the set-up so that they fit.</source>
        <translation>Guarde de todos modos para mantenerlas reservadas y luego mueva o cancele cada una; o vuelva atrás y cambie la configuración para que quepan.</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="240"/>
        <source>Save Anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="241"/>
        <source>Go Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="246"/>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="249"/>
        <source>Not saved yet: %n booked appointment(s) would no longer fit.</source>
        <translation>
            <numerusform>Aún no se guardó: %n cita reservada dejaría de caber.</numerusform>
            <numerusform>Aún no se guardó: %n citas reservadas dejarían de caber.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="258"/>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="306"/>
        <source>Import Clinic File</source>
        <translation>Importar archivo de clínica</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="263"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="267"/>
        <source>%1 was not imported; nothing changed. Correct the file and import it again:
%2</source>
        <translation>%1 no se importó; no cambió nada. Corrija el archivo y vuelva a importarlo:
%2</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="271"/>
        <source>The pages show %1. Check them, then Save to use it on every workstation.</source>
        <translation>Las páginas muestran %1. Revíselas y pulse Guardar para usarla en todos los puestos.</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="282"/>
        <source>%1 was not written: %2</source>
        <translation>%1 no se escribió: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="284"/>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="295"/>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="313"/>
        <source>Export Clinic File</source>
        <translation>Exportar archivo de clínica</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="292"/>
        <source>%1 was written, but its logo %2 was not: %3</source>
        <translation>%1 se escribió, pero su logotipo %2 no: %3</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="299"/>
        <source>Exported to %1.</source>
        <translation>Exportada a %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="306"/>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="314"/>
        <source>Clinic set-up files (*.json);;All files (*)</source>
        <translation>Archivos de configuración de clínica (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="326"/>
        <source>The changes made to the clinic&apos;s set-up here are not saved.</source>
        <translation>Los cambios hechos aquí en la configuración de la clínica no están guardados.</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="329"/>
        <source>Close Without Saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSettingsDialog.cpp" line="330"/>
        <source>Keep Editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>np::app::ClinicSetupPage</name>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupPages.cpp" line="20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>np::app::ClinicSetupWizard</name>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupWizard.cpp" line="140"/>
        <source>Set Up Needlepoint</source>
        <translation>Configurar Needlepoint</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupWizard.cpp" line="150"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupWizard.cpp" line="160"/>
        <source>Finish makes the demo clinic at %1 (or opens it, when it was made before) and opens it. Its patients and appointments are invented; the clinic&apos;s own database is not touched.</source>
        <translation>Finalizar crea la clínica de demostración en %1 (o la abre, si ya se creó antes) y la abre. Sus pacientes y citas son inventados; la base de datos de la clínica no se toca.</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupWizard.cpp" line="163"/>
        <source>Finish opens %1.</source>
        <translation>Finalizar abre %1.</translation>
    </message>
</context>
<context>
    <name>np::app::DialogButtons</name>
    <message>
        <location filename="../../src/app/DialogButtons.h" line="46"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>np::app::FindingDialog</name>
    <message>
        <location filename="../../src/app/patients/FindingDialog.cpp" line="34"/>
        <source>Add Finding</source>
        <translation>Añadir hallazgo</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/FindingDialog.cpp" line="35"/>
        <source>Mark Finding Resolved</source>
        <translation>Marcar hallazgo como resuelto</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/FindingDialog.cpp" line="36"/>
        <source>Correct Finding</source>
        <translation>Corregir hallazgo</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/FindingDialog.cpp" line="60"/>
        <source>Effect on treatment</source>
        <translation>Efecto en el tratamiento</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/FindingDialog.cpp" line="61"/>
        <source>Problem saving</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/FindingDialog.cpp" line="62"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/FindingDialog.cpp" line="63"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/FindingDialog.cpp" line="117"/>
        <source>Effect: %1.</source>
        <translation>Efecto: %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/FindingDialog.cpp" line="129"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/FindingDialog.cpp" line="129"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/FindingDialog.cpp" line="131"/>
        <source>%1: %2</source>
        <comment>field: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/FindingDialog.cpp" line="137"/>
        <source>Until: the end is before the start</source>
        <translation>Hasta: el final es anterior al inicio</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/FindingDialog.cpp" line="145"/>
        <source>Someone else changed this finding while this form was open, so nothing was saved. Cancel and open it again to see the change.</source>
        <translation>Otra persona ha cambiado este hallazgo mientras este formulario estaba abierto, así que no se ha guardado nada. Cancele y vuelva a abrirlo para ver el cambio.</translation>
    </message>
</context>
<context>
    <name>np::app::HealthTab</name>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="25"/>
        <source>Health findings</source>
        <translation>Hallazgos de salud</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="27"/>
        <source>&amp;Correct…</source>
        <translation>Co&amp;rregir…</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="28"/>
        <source>Mark Re&amp;solved…</source>
        <translation>Marcar como resuel&amp;to…</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="26"/>
        <source>Add Findin&amp;g…</source>
        <translation>Añadir hallaz&amp;go…</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="29"/>
        <source>Ret&amp;ract…</source>
        <translation>Anu&amp;lar…</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="30"/>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="35"/>
        <source>Record a finding from the protocol catalogue</source>
        <translation>Registrar un hallazgo del catálogo de protocolos</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="36"/>
        <source>Correct the selected finding; the earlier version stays in its history</source>
        <translation>Corregir el hallazgo seleccionado; la versión anterior queda en su historial</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="37"/>
        <source>Record when the selected finding ended (for a medicine: the last dose)</source>
        <translation>Registrar cuándo terminó el hallazgo seleccionado (si es un medicamento: la última dosis)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="39"/>
        <source>Withdraw the selected finding entered in error, with the reason; it stays in its history</source>
        <translation>Anular el hallazgo seleccionado registrado por error, con el motivo; queda en su historial</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="40"/>
        <source>Every version of the selected finding, with who recorded it and when</source>
        <translation>Todas las versiones del hallazgo seleccionado, con quién las registró y cuándo</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="72"/>
        <source>No health findings recorded. Add Finding records one from the protocol catalogue.</source>
        <translation>No hay hallazgos de salud registrados. Añadir hallazgo registra uno del catálogo de protocolos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/HealthTab.cpp" line="74"/>
        <source>%n finding(s) recorded, %1 in effect today.</source>
        <translation>
            <numerusform>%n hallazgo registrado, %1 en vigor hoy.</numerusform>
            <numerusform>%n hallazgos registrados, %1 en vigor hoy.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="112"/>
        <source>Finding recorded.</source>
        <translation>Hallazgo registrado.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="112"/>
        <source>Finding corrected.</source>
        <translation>Hallazgo corregido.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="126"/>
        <source>Retract Finding</source>
        <translation>Anular hallazgo</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="127"/>
        <source>Why is “%1” withdrawn? It stays in the history, marked as entered in error.</source>
        <translation>¿Por qué se anula «%1»? Queda en el historial, marcado como registrado por error.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="128"/>
        <source>Entered in error</source>
        <translation>Registrado por error</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="129"/>
        <source>Retract</source>
        <translation>Anular</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="134"/>
        <source>Finding retracted.</source>
        <translation>Hallazgo anulado.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="153"/>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="154"/>
        <source>Revisions</source>
        <translation>Versiones</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/HealthTab.cpp" line="156"/>
        <source>%n version(s), the first first.</source>
        <translation>
            <numerusform>%n versión, la primera arriba.</numerusform>
            <numerusform>%n versiones, la primera arriba.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/patients/HealthTab.cpp" line="158"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>np::app::MainActions</name>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="15"/>
        <source>&amp;New Clinic…</source>
        <translation>&amp;Nueva clínica…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="15"/>
        <source>Set up another clinic&apos;s database, open one, or try the demo clinic</source>
        <translation>Configurar la base de datos de otra clínica, abrir una o probar la clínica de demostración</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="17"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="17"/>
        <source>Open another patient database</source>
        <translation>Abrir otra base de datos de pacientes</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="18"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="19"/>
        <source>Back up the database to the backup folder now</source>
        <translation>Hacer ahora una copia de seguridad de la base de datos en la carpeta de copias</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="20"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="21"/>
        <source>Replace the database with one of its backups (the one replaced is kept)</source>
        <translation>Sustituir la base de datos por una de sus copias de seguridad (la sustituida se conserva)</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="22"/>
        <source>This C&amp;omputer…</source>
        <translation>Este &amp;ordenador…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="23"/>
        <source>This computer&apos;s settings: the database file, the backup folder and how many backups to keep, the name at the desk</source>
        <translation>Los ajustes de este ordenador: el archivo de la base de datos, la carpeta de copias y cuántas copias guardar, el nombre en el mostrador</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="25"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="25"/>
        <source>Quit Needlepoint</source>
        <translation>Salir de Needlepoint</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="26"/>
        <source>&amp;Find Patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="27"/>
        <source>Search for a patient by name, phone, email or birth date</source>
        <translation>Buscar un paciente por nombre, teléfono, correo electrónico o fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="28"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="29"/>
        <source>How to do the clinic&apos;s work in Needlepoint, step by step, with pictures</source>
        <translation>Cómo hacer el trabajo de la clínica en Needlepoint, paso a paso, con imágenes</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="30"/>
        <source>&amp;About Needlepoint</source>
        <translation>A&amp;cerca de Needlepoint</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="30"/>
        <source>Needlepoint&apos;s version</source>
        <translation>La versión de Needlepoint</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="40"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="51"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="59"/>
        <source>Sett&amp;ings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location filename="../../src/app/MainActions.cpp" line="62"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>np::app::MainWindow</name>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="92"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="92"/>
        <source>The day&apos;s appointments</source>
        <translation>Las citas del día</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="94"/>
        <source>&amp;Patients</source>
        <translation>&amp;Pacientes</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="94"/>
        <source>Find a patient and see their record</source>
        <translation>Buscar un paciente y ver su historia</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="95"/>
        <source>Re&amp;calls</source>
        <translation>&amp;Llamadas</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="96"/>
        <source>The patients to call back: sessions to book, reviews and maintenance due</source>
        <translation>Los pacientes a los que llamar: sesiones por reservar, revisiones y mantenimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="97"/>
        <source>C&amp;alendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="98"/>
        <source>The clinic&apos;s days by practitioner or room: move appointments, check in, cancel</source>
        <translation>Los días de la clínica por profesional o sala: mover citas, registrar llegadas, anular</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="99"/>
        <source>P&amp;revious Day</source>
        <translation>Día &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="99"/>
        <source>The days before</source>
        <translation>Los días anteriores</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="100"/>
        <source>&amp;Next Day</source>
        <translation>Día &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="100"/>
        <source>The days after</source>
        <translation>Los días siguientes</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="101"/>
        <source>&amp;Go to Today</source>
        <translation>&amp;Ir a hoy</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="101"/>
        <source>Back to today</source>
        <translation>Volver a hoy</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="120"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="121"/>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="122"/>
        <source>Recalls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="123"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="124"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="127"/>
        <source>&amp;View</source>
        <translation>&amp;Páginas</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="157"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="163"/>
        <source>Exporting patients…</source>
        <translation>Exportando pacientes…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="178"/>
        <source>Export Patients</source>
        <translation>Exportar pacientes</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="188"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="196"/>
        <location filename="../../src/app/MainWindow.cpp" line="509"/>
        <source>Restore from Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="463"/>
        <source>Set up another clinic&apos;s database, open an existing one, or try the demo clinic. The database open now stays as it is; the one chosen here opens in its place.</source>
        <translation>Configure la base de datos de otra clínica, abra una existente o pruebe la clínica de demostración. La base de datos abierta ahora queda como está; la elegida aquí se abre en su lugar.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="468"/>
        <source>New Clinic</source>
        <translation>Nueva clínica</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="491"/>
        <source>Opened %1</source>
        <translation>Abierta %1</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="501"/>
        <source>A backup is already running; try again when it has finished.</source>
        <translation>Ya hay una copia de seguridad en curso; vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="510"/>
        <source>An import or export is running: restore the backup when it has finished.</source>
        <translation>Hay una importación o exportación en curso: restaure la copia cuando termine.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="536"/>
        <source>An import or export is running: choose the catalogue again when it has finished.</source>
        <translation>Hay una importación o exportación en curso: vuelva a elegir el catálogo cuando termine.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="542"/>
        <source>The clinic&apos;s set-up names treatments or device kinds this catalogue does not have, so Needlepoint goes on with the catalogue it uses now. Change the set-up in Settings &gt; Clinic, or add them to the file:
%1</source>
        <translation>La configuración de la clínica nombra tratamientos o tipos de dispositivo que este catálogo no tiene, así que Needlepoint sigue con el catálogo que usa ahora. Cambie la configuración en Ajustes &gt; Clínica, o añádalos al archivo:
%1</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="561"/>
        <source>Needlepoint now plans with %1.</source>
        <translation>Needlepoint planifica ahora con %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="567"/>
        <source>About Needlepoint</source>
        <translation>Acerca de Needlepoint</translation>
    </message>
    <message>
        <location filename="../../src/app/MainWindow.cpp" line="568"/>
        <source>&lt;h3&gt;Needlepoint %1&lt;/h3&gt;&lt;p&gt;Treatment planning for microneedling clinics.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Needlepoint %1&lt;/h3&gt;&lt;p&gt;Planificación de tratamientos para clínicas de micropunción.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>np::app::NewSeriesDialog</name>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="42"/>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="402"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="62"/>
        <source>Today (%1)</source>
        <translation>Hoy (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="63"/>
        <source>None (%1)</source>
        <translation>Ninguna (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="72"/>
        <source>Selected session&apos;s day</source>
        <translation>Día de la sesión seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="73"/>
        <source>Selected session&apos;s time</source>
        <translation>Hora de la sesión seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="74"/>
        <source>Selected session&apos;s practitioner</source>
        <translation>Profesional de la sesión seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="75"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="76"/>
        <source>Plan result</source>
        <translation>Resultado del plan</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="77"/>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="78"/>
        <source>Why the change was refused</source>
        <translation>Por qué se rechazó el cambio</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="79"/>
        <source>Apply Change</source>
        <translation>Aplicar cambio</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="80"/>
        <source>Propose Again</source>
        <translation>Proponer de nuevo</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="82"/>
        <source>&amp;Book</source>
        <translation>&amp;Reservar</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="82"/>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="82"/>
        <source>Book every proposed session at once (%1)</source>
        <translation>Reservar todas las sesiones propuestas a la vez (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="285"/>
        <source>Changed by hand.</source>
        <translation>Cambiada a mano.</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="397"/>
        <source>Print Consent, Pre-Care an&amp;d Card</source>
        <translation>Imprimir consentimiento, cuidados previos y tar&amp;jeta</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="397"/>
        <source>Print consent, pre-care and card</source>
        <translation>Imprimir consentimiento, cuidados previos y tarjeta</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="92"/>
        <source>%1, born %2</source>
        <translation>%1, nacido/a el %2</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="134"/>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="135"/>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="136"/>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="139"/>
        <source>As the protocol says</source>
        <translation>Las del protocolo</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="140"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="141"/>
        <source>Whoever is free</source>
        <translation>Quien esté libre</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="147"/>
        <source>Any time</source>
        <translation>Cualquier hora</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="148"/>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="149"/>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="225"/>
        <source>The clinic is not set up yet: Settings &gt; Clinic sets its hours, practitioners and rooms before a series can be booked.</source>
        <translation>La clínica aún no está configurada: Ajustes &gt; Clínica fija sus horarios, profesionales y salas antes de poder reservar una serie.</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="228"/>
        <source>Tick the areas to treat to see the proposed sessions.</source>
        <translation>Marque las zonas a tratar para ver las sesiones propuestas.</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="267"/>
        <source>No series can be booked as asked: %1</source>
        <translation>No se puede reservar ninguna serie como se pide: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="318"/>
        <source>Selected session&apos;s day: %1</source>
        <translation>Día de la sesión seleccionada: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="318"/>
        <source>the day is required</source>
        <translation>el día es obligatorio</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="336"/>
        <source>Not moved: %1</source>
        <translation>No se movió: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="373"/>
        <source>Book Series</source>
        <translation>Reservar serie</translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="373"/>
        <source>The series was not booked; nothing was stored: %1</source>
        <translation>La serie no se reservó; no se guardó nada: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="386"/>
        <source>Booked: %n session(s), the first on %1 at %2.</source>
        <translation>
            <numerusform>Reservada: %n sesión, el %1 a las %2.</numerusform>
            <numerusform>Reservada: %n sesiones, la primera el %1 a las %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/series/NewSeriesDialog.cpp" line="390"/>
        <source>Booked &amp;sessions:</source>
        <translation>Sesiones reserv&amp;adas:</translation>
    </message>
</context>
<context>
    <name>np::app::OpeningHoursPage</name>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupPages.cpp" line="165"/>
        <source>Opening Hours</source>
        <translation>Horario de apertura</translation>
    </message>
</context>
<context>
    <name>np::app::PatientController</name>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="36"/>
        <source>&amp;New Patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="36"/>
        <source>Record a new patient</source>
        <translation>Registrar un paciente nuevo</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="38"/>
        <source>&amp;Edit Patient…</source>
        <translation>&amp;Editar paciente…</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="38"/>
        <source>Correct the selected patient&apos;s details</source>
        <translation>Corregir los datos del paciente seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="39"/>
        <source>New &amp;Series…</source>
        <translation>Nueva &amp;serie…</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="40"/>
        <source>Plan and book a treatment series for the selected patient</source>
        <translation>Planificar y reservar una serie de tratamiento para el paciente seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="41"/>
        <source>&amp;Archive Patient</source>
        <translation>&amp;Archivar paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="42"/>
        <source>Take the selected patient off the lists; their record is kept and can be restored</source>
        <translation>Quitar al paciente seleccionado de las listas; su historia se conserva y puede restaurarse</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="43"/>
        <source>&amp;Restore Patient</source>
        <translation>&amp;Restaurar paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="43"/>
        <source>Bring the selected archived patient back</source>
        <translation>Recuperar al paciente archivado seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="56"/>
        <source>Pa&amp;tient</source>
        <translation>Pa&amp;ciente</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="119"/>
        <source>Edit Patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="140"/>
        <source>%1 added.</source>
        <translation>%1 añadido.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="144"/>
        <source>%1 saved.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="168"/>
        <source>Book %1&apos;s series</source>
        <translation>Reservar la serie de %1</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="188"/>
        <location filename="../../src/app/patients/PatientController.cpp" line="208"/>
        <source>Archive Patient</source>
        <translation>Archivar paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="189"/>
        <source>%1 still has appointments booked, the next on %2. An archived patient&apos;s appointments stay booked.</source>
        <translation>%1 todavía tiene citas, la próxima el %2. Las citas de un paciente archivado siguen en pie.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="192"/>
        <source>Archive %1 anyway?</source>
        <translation>¿Archivar a %1 de todos modos?</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="193"/>
        <source>&amp;Archive Anyway</source>
        <translation>&amp;Archivar de todos modos</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="208"/>
        <source>Restore Patient</source>
        <translation>Restaurar paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="210"/>
        <source>Someone else changed %1&apos;s record since it was shown here, so nothing was changed. The record now shows their changes; check it and try again.</source>
        <translation>Otra persona ha cambiado la historia de %1 desde que se mostró aquí, así que no se ha cambiado nada. La historia muestra ahora sus cambios; revísela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="220"/>
        <source>%1 is archived: off the lists, record kept. Patient &gt; Restore Patient brings them back (tick Include archived to find them).</source>
        <translation>%1 está archivado: fuera de las listas, con la historia conservada. Paciente &gt; Restaurar paciente lo recupera (marque Incluir archivados para encontrarlo).</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientController.cpp" line="223"/>
        <source>%1 is restored.</source>
        <translation>%1 está restaurado.</translation>
    </message>
</context>
<context>
    <name>np::app::PatientDetailPane</name>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="49"/>
        <source>Series and sessions</source>
        <translation>Series y sesiones</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="50"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="51"/>
        <source>Documents given</source>
        <translation>Documentos entregados</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="65"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="70"/>
        <source>Next appointment:</source>
        <translation>Próxima cita:</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="71"/>
        <source>Series:</source>
        <translation>Series:</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="72"/>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="73"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="81"/>
        <source>Preferred name:</source>
        <translation>Nombre preferido:</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="82"/>
        <source>Born:</source>
        <translation>Nacimiento:</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="83"/>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="84"/>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="85"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="86"/>
        <source>Former system no.:</source>
        <translation>N.º en el sistema anterior:</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="87"/>
        <source>Fitzpatrick:</source>
        <translation>Fitzpatrick:</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="88"/>
        <source>Current findings:</source>
        <translation>Hallazgos actuales:</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="89"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="90"/>
        <source>Documents given:</source>
        <translation>Documentos entregados:</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="97"/>
        <source>Patient record</source>
        <translation>Historia del paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="98"/>
        <source>&amp;Details</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="99"/>
        <source>Hea&amp;lth</source>
        <translation>&amp;Salud</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="100"/>
        <source>Series &amp;&amp; Sess&amp;ions</source>
        <translation>Series y sesi&amp;ones</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="101"/>
        <source>Scree&amp;ning</source>
        <translation>Cri&amp;bado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="102"/>
        <source>C&amp;onsents</source>
        <translation>Co&amp;nsentimientos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="220"/>
        <source>%n series, the newest first, each with its sessions in order.</source>
        <translation>
            <numerusform>%n serie, con sus sesiones en orden.</numerusform>
            <numerusform>%n series, la más reciente primero, cada una con sus sesiones en orden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="103"/>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;umentos</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="146"/>
        <source>Search for a patient and select them to see their record here.</source>
        <translation>Busque un paciente y selecciónelo para ver aquí su historia.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="186"/>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="189"/>
        <source>None booked</source>
        <translation>Ninguna citada</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="194"/>
        <source>None under way</source>
        <translation>Ninguna en curso</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="203"/>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 años)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="210"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="219"/>
        <source>No series planned yet.</source>
        <translation>Todavía no hay series previstas.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="224"/>
        <source>No consent recorded yet.</source>
        <translation>Todavía no hay consentimientos registrados.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="225"/>
        <source>%n consent(s), the newest first.</source>
        <translation>
            <numerusform>%n consentimiento.</numerusform>
            <numerusform>%n consentimientos, el más reciente primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="228"/>
        <source>No document given yet.</source>
        <translation>Todavía no se ha entregado ningún documento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="229"/>
        <source>%n document(s) given, the newest first.</source>
        <translation>
            <numerusform>%n documento entregado.</numerusform>
            <numerusform>%n documentos entregados, el más reciente primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="239"/>
        <source>None recorded</source>
        <translation>Ninguno registrado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="246"/>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="251"/>
        <source>%1, %2, by %3</source>
        <comment>document, when, by whom</comment>
        <translation>%1, %2, por %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/PatientDetailPane.cpp" line="254"/>
        <source>and %n earlier</source>
        <translation>
            <numerusform>y %n anterior</numerusform>
            <numerusform>y %n anteriores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>np::app::PatientDialog</name>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="42"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="43"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="44"/>
        <source>Catalan</source>
        <translation>catalán</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="45"/>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="46"/>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="47"/>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="48"/>
        <source>Dutch</source>
        <translation>neerlandés</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="49"/>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="77"/>
        <source>Edit Patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="77"/>
        <source>New Patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="80"/>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="84"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="81"/>
        <source>Female (F)</source>
        <translation>Mujer (F)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="82"/>
        <source>Male (M)</source>
        <translation>Hombre (M)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="83"/>
        <source>Another (X)</source>
        <translation>Otro (X)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="89"/>
        <source>%1 (%2)</source>
        <comment>language name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="98"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="178"/>
        <source>%1: problem</source>
        <comment>field name: problem</comment>
        <translation>%1: problema</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="180"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="181"/>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="183"/>
        <source>Problem saving</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="184"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="185"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/PatientDialog.cpp" line="257"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="273"/>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="386"/>
        <source>%1 %2</source>
        <comment>field name, what is wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="307"/>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="330"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="313"/>
        <source>the same name and birth date</source>
        <translation>el mismo nombre y fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="314"/>
        <source>the same email address</source>
        <translation>el mismo correo electrónico</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="315"/>
        <source>the same phone number</source>
        <translation>el mismo teléfono</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="317"/>
        <source>born %1</source>
        <translation>nacido el %1</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="323"/>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="325"/>
        <source>This may be a patient already recorded, with %1: %2. Open the one already recorded, or save this patient as another person.</source>
        <translation>Puede que este paciente ya esté registrado, con %1: %2. Abra el ya registrado o guarde este paciente como otra persona.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="330"/>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="343"/>
        <source>&amp;Save Anyway</source>
        <translation>&amp;Guardar de todos modos</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientDialog.cpp" line="366"/>
        <source>Someone else saved changes to this patient while this form was open, so yours were not saved. Cancel, select the patient again to see what changed, and make your changes again.</source>
        <translation>Otra persona ha guardado cambios en este paciente mientras este formulario estaba abierto, así que los suyos no se han guardado. Cancele, vuelva a seleccionar al paciente para ver qué cambió y repita sus cambios.</translation>
    </message>
</context>
<context>
    <name>np::app::PatientExport</name>
    <message>
        <location filename="../../src/app/patients/PatientExport.cpp" line="17"/>
        <source>&amp;Export Patients…</source>
        <translation>E&amp;xportar pacientes…</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientExport.cpp" line="18"/>
        <source>Save every patient, archived ones too, as a spreadsheet file (CSV) the import reads back</source>
        <translation>Guardar todos los pacientes, también los archivados, en un archivo de hoja de cálculo (CSV) que la importación puede leer</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientExport.cpp" line="38"/>
        <source>patients-%1.csv</source>
        <translation>pacientes-%1.csv</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientExport.cpp" line="40"/>
        <source>Export Patients</source>
        <translation>Exportar pacientes</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientExport.cpp" line="40"/>
        <source>Spreadsheet files (*.csv);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/patients/PatientExport.cpp" line="60"/>
        <source>%n patient(s) exported to %1.</source>
        <translation>
            <numerusform>%n paciente exportado a %1.</numerusform>
            <numerusform>%n pacientes exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientExport.cpp" line="62"/>
        <source>The patients were not exported: %1</source>
        <translation>No se han exportado los pacientes: %1</translation>
    </message>
</context>
<context>
    <name>np::app::PatientImport</name>
    <message>
        <location filename="../../src/app/patients/PatientImport.cpp" line="11"/>
        <source>&amp;Import Patients…</source>
        <translation>&amp;Importar pacientes…</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImport.cpp" line="12"/>
        <source>Add or update patients from a spreadsheet file (CSV), after seeing what it would change</source>
        <translation>Añadir o actualizar pacientes desde un archivo de hoja de cálculo (CSV), después de ver lo que cambiaría</translation>
    </message>
</context>
<context>
    <name>np::app::PatientImportDialog</name>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="54"/>
        <source>Not accepted: only 1990-06-05</source>
        <translation>No se aceptan: solo 1990-06-05</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="55"/>
        <source>Day/month/year (5 June)</source>
        <translation>Día/mes/año (5 de junio)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="56"/>
        <source>Month/day/year (May 6)</source>
        <translation>Mes/día/año (6 de mayo)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="57"/>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="58"/>
        <source>Semicolon (;)</source>
        <translation>Punto y coma (;)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="59"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="70"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="71"/>
        <source>Row selected</source>
        <translation>Fila seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="72"/>
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="73"/>
        <source>Working on</source>
        <translation>Trabajando en</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="74"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="91"/>
        <source>Choose the spreadsheet file (CSV) to import. Nothing is imported before you have seen what it would add and change.</source>
        <translation>Elija el archivo de hoja de cálculo (CSV) que importar. No se importa nada antes de que haya visto lo que añadiría y cambiaría.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="128"/>
        <source>Import Patients</source>
        <translation>Importar pacientes</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="128"/>
        <source>Spreadsheet files (*.csv *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="176"/>
        <source>Accepted Columns</source>
        <translation>Columnas aceptadas</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="220"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="223"/>
        <source>Comparing with the patients already recorded…</source>
        <translation>Comparando con los pacientes ya registrados…</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="226"/>
        <source>Writing the patients…</source>
        <translation>Escribiendo los pacientes…</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="239"/>
        <source>Select a row to read it whole here.</source>
        <translation>Seleccione una fila para leerla entera aquí.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="243"/>
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientImportDialog.cpp" line="268"/>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
</context>
<context>
    <name>np::app::PatientSearchModel</name>
    <message>
        <location filename="../../src/app/patients/PatientSearchModel.cpp" line="86"/>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientSearchModel.cpp" line="132"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientSearchModel.cpp" line="134"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientSearchModel.cpp" line="136"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientSearchModel.cpp" line="138"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientSearchModel.cpp" line="140"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>np::app::PatientSearchPanel</name>
    <message>
        <location filename="../../src/app/patients/PatientSearchPanel.cpp" line="27"/>
        <source>Include &amp;archived</source>
        <translation>Incluir archi&amp;vados</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientSearchPanel.cpp" line="32"/>
        <source>Search patients by name, phone, email or birth date</source>
        <translation>Buscar pacientes por nombre, teléfono, correo electrónico o fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientSearchPanel.cpp" line="34"/>
        <source>Patient search</source>
        <translation>Búsqueda de pacientes</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientSearchPanel.cpp" line="37"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientSearchPanel.cpp" line="39"/>
        <source>Also list patients who have been archived</source>
        <translation>Mostrar también los pacientes archivados</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientSearchPanel.cpp" line="54"/>
        <source>Matching patients</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientSearchPanel.cpp" line="164"/>
        <source>Type a name, phone number, email or birth date.</source>
        <translation>Escriba un nombre, teléfono, correo electrónico o fecha de nacimiento.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientSearchPanel.cpp" line="166"/>
        <source>No patient matches “%1”.</source>
        <translation>Ningún paciente coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientSearchPanel.cpp" line="168"/>
        <source>The first %1 patients; type more to narrow the search.</source>
        <translation>Los primeros %1 pacientes; escriba más para acotar la búsqueda.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientSearchPanel.cpp" line="170"/>
        <source>1 patient</source>
        <translation>1 paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/PatientSearchPanel.cpp" line="172"/>
        <source>%1 patients</source>
        <translation>%1 pacientes</translation>
    </message>
</context>
<context>
    <name>np::app::PrintActions</name>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="19"/>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="22"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="24"/>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="20"/>
        <source>Print what the page shows (the day sheet, the recall list; on a patient, the document you pick) on a printer you choose</source>
        <translation>Imprimir lo que muestra la página (la hoja del día, la lista de llamadas; en un paciente, el documento que elija) en la impresora que elija</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="23"/>
        <source>Preview and print what the page shows, or the document last chosen on it</source>
        <translation>Previsualizar e imprimir lo que muestra la página, o el último documento elegido en ella</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="25"/>
        <source>Save what the page shows, or the document last chosen on it, as a PDF file</source>
        <translation>Guardar como PDF lo que muestra la página, o el último documento elegido en ella</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="27"/>
        <source>&amp;Day Sheet…</source>
        <translation>&amp;Hoja del día…</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="27"/>
        <source>A day&apos;s appointments for the front desk</source>
        <translation>Las citas de un día para la recepción</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="28"/>
        <source>&amp;Recall List…</source>
        <translation>Lista de &amp;llamadas…</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="29"/>
        <source>The patients to recall in the next 30 days</source>
        <translation>Los pacientes a los que llamar en los próximos 30 días</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="30"/>
        <source>All Pos&amp;t-care Sheets of a Day…</source>
        <translation>Cuidados posteriores de todo un &amp;día…</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="31"/>
        <source>The post-care sheets of every session completed on a day, as one print job or one PDF</source>
        <translation>Las hojas de cuidados posteriores de todas las sesiones completadas en un día, en un solo trabajo de impresión o un solo PDF</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="32"/>
        <source>Po&amp;st-care Sheet…</source>
        <translation>Cuidados po&amp;steriores…</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="33"/>
        <source>Post-care instructions for the selected patient&apos;s latest session</source>
        <translation>Instrucciones de cuidados posteriores de la última sesión del paciente seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="34"/>
        <source>Pr&amp;e-care Sheet…</source>
        <translation>Cuidados p&amp;revios…</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="35"/>
        <source>Pre-care instructions for the selected patient&apos;s next appointment</source>
        <translation>Instrucciones de preparación para la próxima cita del paciente seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="36"/>
        <source>&amp;Appointment Card…</source>
        <translation>&amp;Tarjeta de citas…</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="37"/>
        <source>Every session of the selected patient&apos;s series, with dates and times</source>
        <translation>Todas las sesiones de la serie del paciente seleccionado, con fechas y horas</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="38"/>
        <source>&amp;Consent Form…</source>
        <translation>&amp;Consentimiento…</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="39"/>
        <source>The consent form for the selected patient&apos;s latest series</source>
        <translation>El formulario de consentimiento de la última serie del paciente seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintActions.cpp" line="44"/>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
</context>
<context>
    <name>np::app::PrintController</name>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="135"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="135"/>
        <source>Which document?</source>
        <translation>¿Qué documento?</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="142"/>
        <source>Day Sheet</source>
        <translation>Hoja del día</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="153"/>
        <source>All Post-care Sheets of a Day</source>
        <translation>Cuidados posteriores de todo un día</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="187"/>
        <source>Appointment Card</source>
        <translation>Tarjeta de citas</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="192"/>
        <source>Consent Form</source>
        <translation>Consentimiento informado</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="201"/>
        <location filename="../../src/app/print/PrintController.cpp" line="266"/>
        <location filename="../../src/app/print/PrintController.cpp" line="272"/>
        <location filename="../../src/app/print/PrintController.cpp" line="276"/>
        <location filename="../../src/app/print/PrintController.cpp" line="331"/>
        <location filename="../../src/app/print/PrintController.cpp" line="347"/>
        <source>Cannot Print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="201"/>
        <source>There is no longer anything to print for this patient.</source>
        <translation>Ya no hay nada que imprimir para este paciente.</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="220"/>
        <source>The patient has more than one series under way. Which one?</source>
        <translation>El paciente tiene más de una serie en curso. ¿Cuál?</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="278"/>
        <source>No session was completed on %1, so there is no post-care sheet to print.</source>
        <translation>No se completó ninguna sesión el %1, así que no hay hojas de cuidados posteriores que imprimir.</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="280"/>
        <source>There is nothing to print.</source>
        <translation>No hay nada que imprimir.</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="305"/>
        <source>%1, with the pre-care sheet and appointment card</source>
        <translation>%1, con la hoja de cuidados previos y la tarjeta de citas</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="360"/>
        <location filename="../../src/app/print/PrintController.cpp" line="394"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="362"/>
        <source>Printed %1 on %2</source>
        <translation>Impreso %1 en %2</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="388"/>
        <source>Cannot Save the PDF</source>
        <translation>No se puede guardar el PDF</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="402"/>
        <source>Not Recorded in the Patient&apos;s File</source>
        <translation>No registrado en la ficha del paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/print/PrintController.cpp" line="403"/>
        <source>The document went out, but it could not be recorded in the patient&apos;s file: %1</source>
        <translation>El documento se entregó, pero no se pudo registrar en la ficha del paciente: %1</translation>
    </message>
</context>
<context>
    <name>np::app::ProtocolsDialog</name>
    <message>
        <location filename="../../src/app/clinic/ProtocolsDialog.cpp" line="30"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ProtocolsDialog.cpp" line="31"/>
        <source>Catalogue in use</source>
        <translation>Catálogo en uso</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ProtocolsDialog.cpp" line="61"/>
        <source>This computer plans with the catalogue built into Needlepoint (%1, version %2).</source>
        <translation>Este ordenador planifica con el catálogo integrado en Needlepoint (%1, versión %2).</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ProtocolsDialog.cpp" line="63"/>
        <source>This computer plans with the clinic&apos;s own catalogue from %1 (%2, version %3).</source>
        <translation>Este ordenador planifica con el catálogo propio de la clínica de %1 (%2, versión %3).</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ProtocolsDialog.cpp" line="74"/>
        <location filename="../../src/app/clinic/ProtocolsDialog.cpp" line="87"/>
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ProtocolsDialog.cpp" line="78"/>
        <source>Needlepoint now plans with %1 on this computer.</source>
        <translation>Needlepoint planifica ahora con %1 en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ProtocolsDialog.cpp" line="106"/>
        <source>Use the Clinic&apos;s Protocol File</source>
        <translation>Usar el archivo de protocolos de la clínica</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ProtocolsDialog.cpp" line="108"/>
        <source>Protocol catalogues (*.json);;All files (*)</source>
        <translation>Catálogos de protocolos (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>np::app::RecallsPage</name>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="32"/>
        <source>Not booked</source>
        <translation>Sin reservar</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="34"/>
        <source>Overdue</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="36"/>
        <source>Results review</source>
        <translation>Revisión de resultados</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="38"/>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="40"/>
        <source>Washout ending</source>
        <translation>Fin de lavado</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="50"/>
        <source>Due</source>
        <translation>Para el</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="50"/>
        <source>Call about</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="50"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="50"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="50"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="50"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="50"/>
        <source>Last called</source>
        <translation>Última llamada</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="51"/>
        <source>Patients to call</source>
        <translation>Pacientes a los que llamar</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="55"/>
        <source>Every list</source>
        <translation>Todas las listas</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="60"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="61"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="63"/>
        <source>Open patient</source>
        <translation>Abrir paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="64"/>
        <source>Mark contacted</source>
        <translation>Marcar como llamado</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="65"/>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="113"/>
        <source>Session %1 of %2, planned for %3, has no appointment</source>
        <translation>La sesión %1 de %2, prevista para el %3, no tiene cita</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="116"/>
        <source>Session %1 of %2 was due on %3 and did not take place</source>
        <translation>La sesión %1 de %2 tocaba el %3 y no se hizo</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="119"/>
        <source>Results review of the %1 series, until %2</source>
        <translation>Revisión de resultados de la serie de %1, hasta el %2</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="121"/>
        <source>Maintenance session after the %1 series</source>
        <translation>Sesión de mantenimiento tras la serie de %1</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="124"/>
        <source>The washout after %1 ends: treatment may start</source>
        <translation>Termina el lavado tras %1: el tratamiento puede empezar</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="138"/>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="152"/>
        <source>%1: %2</source>
        <comment>day: note</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="156"/>
        <source>Nobody to call: no recall is due in this period.</source>
        <translation>Nadie a quien llamar: no hay llamadas pendientes en este periodo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="157"/>
        <source>%n call(s) to make.</source>
        <translation>
            <numerusform>%n llamada pendiente.</numerusform>
            <numerusform>%n llamadas pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="175"/>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="178"/>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="195"/>
        <source>Mark Contacted</source>
        <translation>Marcar como llamado</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="176"/>
        <source>%1 was called today about: %2. What came of it? (It is kept with the call.)</source>
        <translation>Hoy se llamó a %1 por: %2. ¿Qué resultó? (Se guarda con la llamada.)</translation>
    </message>
    <message>
        <location filename="../../src/app/recalls/RecallsPage.cpp" line="195"/>
        <source>The call was not kept: %1</source>
        <translation>La llamada no se guardó: %1</translation>
    </message>
</context>
<context>
    <name>np::app::ScreeningTab</name>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="40"/>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="42"/>
        <source>ended %1</source>
        <translation>terminó %1</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="46"/>
        <source>%1: %2</source>
        <comment>answer: its dates</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="65"/>
        <source>Clinician&apos;s note</source>
        <translation>Nota clínica</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="66"/>
        <source>Selected answer started</source>
        <translation>Inicio de la respuesta seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="67"/>
        <source>Selected answer ended</source>
        <translation>Fin de la respuesta seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="68"/>
        <source>Screening result</source>
        <translation>Resultado del cribado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="69"/>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="70"/>
        <source>Recorded screening</source>
        <translation>Cribado registrado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="71"/>
        <source>Record Screening</source>
        <translation>Registrar cribado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="74"/>
        <source>Keep this screening, its answers and its result in the patient&apos;s record (%1)</source>
        <translation>Guardar este cribado, sus respuestas y su resultado en la historia del paciente (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="225"/>
        <source>%1: started: %2</source>
        <translation>%1: empezó: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="228"/>
        <source>%1: ended: %2</source>
        <translation>%1: terminó: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="232"/>
        <source>%1: ended: %2 is after the day screened; leave it blank while it goes on</source>
        <translation>%1: terminó: %2 es posterior al día del cribado; déjelo en blanco mientras siga</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="239"/>
        <source>%1: started: %2 is after the day screened</source>
        <translation>%1: empezó: %2 es posterior al día del cribado</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="241"/>
        <source>%1: it ended before it started</source>
        <translation>%1: terminó antes de empezar</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="275"/>
        <source>Select a patient to screen them.</source>
        <translation>Seleccione un paciente para hacerle el cribado.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="277"/>
        <source>Tick the areas to treat to see the result.</source>
        <translation>Marque las zonas a tratar para ver el resultado.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="280"/>
        <source>When: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="280"/>
        <source>the day is required</source>
        <translation>el día es obligatorio</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="300"/>
        <source>Blocked: not on this day. Treatment may start from %1.</source>
        <translation>Bloqueado: no en este día. El tratamiento puede empezar a partir del %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="301"/>
        <source>Blocked: no treatment while this lasts.</source>
        <translation>Bloqueado: ningún tratamiento mientras dure.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="303"/>
        <source>Needs a clinician&apos;s review: record it with a note saying why it may go ahead.</source>
        <translation>Requiere revisión clínica: regístrelo con una nota que diga por qué puede seguir.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="305"/>
        <source>May go ahead, with the advice below.</source>
        <translation>Puede seguir, con los avisos de abajo.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="307"/>
        <source>Clear: nothing in the record stands in the way.</source>
        <translation>Sin impedimentos: nada en la historia lo impide.</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="313"/>
        <source>Blocks</source>
        <translation>Impide</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="313"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="313"/>
        <source>Advice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="314"/>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="318"/>
        <source>%1: %2</source>
        <comment>effect: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="316"/>
        <source>%1 (until %2)</source>
        <translation>%1 (hasta el %2)</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="357"/>
        <source>Recorded by %1 (%2).</source>
        <translation>Registrado por %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../src/app/patients/ScreeningTab.cpp" line="358"/>
        <source>Screening recorded.</source>
        <translation>Cribado registrado.</translation>
    </message>
</context>
<context>
    <name>np::app::SettingsDialog</name>
    <message>
        <location filename="../../src/app/settings/SettingsDialog.cpp" line="26"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../src/app/settings/SettingsDialog.cpp" line="27"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../src/app/settings/SettingsDialog.cpp" line="28"/>
        <source>Full page with the letterhead</source>
        <translation>Página completa con el membrete</translation>
    </message>
    <message>
        <location filename="../../src/app/settings/SettingsDialog.cpp" line="30"/>
        <source>Wallet cards, one per page (card stock)</source>
        <translation>Tarjetas de bolsillo, una por página (cartulina)</translation>
    </message>
    <message>
        <location filename="../../src/app/settings/SettingsDialog.cpp" line="32"/>
        <source>Wallet cards, several per sheet with cut marks</source>
        <translation>Tarjetas de bolsillo, varias por hoja con marcas de corte</translation>
    </message>
    <message>
        <location filename="../../src/app/settings/SettingsDialog.cpp" line="92"/>
        <source>Choose the Database</source>
        <translation>Elegir la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/app/settings/SettingsDialog.cpp" line="93"/>
        <source>Needlepoint databases (*.db);;All files (*)</source>
        <translation>Bases de datos de Needlepoint (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/app/settings/SettingsDialog.cpp" line="101"/>
        <source>Choose the Backup Folder</source>
        <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/app/settings/SettingsDialog.cpp" line="109"/>
        <source>Choose the Clinic Templates Folder</source>
        <translation>Elegir la carpeta de plantillas de la clínica</translation>
    </message>
</context>
<context>
    <name>np::app::SetupListPage</name>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="99"/>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="101"/>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="112"/>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="151"/>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="153"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="112"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="112"/>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="113"/>
        <source>Every treatment</source>
        <translation>Todos los tratamientos</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="115"/>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="138"/>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="118"/>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="122"/>
        <source>Practitioners</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="119"/>
        <source>Who gives treatments. Each works whenever the clinic is open, unless the clinic&apos;s set-up file gives their own hours and time off (Settings &gt; Clinic &gt; Import Clinic File): those are kept when this list is changed.</source>
        <translation>Quién realiza los tratamientos. Cada uno trabaja siempre que la clínica está abierta, salvo que el archivo de configuración de la clínica indique su propio horario y sus ausencias (Ajustes &gt; Clínica &gt; Importar archivo de clínica): se conservan al cambiar esta lista.</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="123"/>
        <source>&amp;Add Practitioner</source>
        <translation>Añadir &amp;profesional</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="123"/>
        <source>&amp;Remove Practitioner</source>
        <translation>&amp;Quitar profesional</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="152"/>
        <source>Treatment room 1</source>
        <translation>Sala de tratamiento 1</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="153"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="154"/>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="154"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="163"/>
        <source>Any room (mobile)</source>
        <translation>Cualquier sala (móvil)</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="170"/>
        <source>Rooms and Devices</source>
        <translation>Salas y dispositivos</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="171"/>
        <source>The treatment rooms, and the devices the clinic books (a device kept in one room, or mobile). Devices can be added later.</source>
        <translation>Las salas de tratamiento y los dispositivos que reserva la clínica (un dispositivo fijo en una sala, o móvil). Los dispositivos pueden añadirse después.</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="173"/>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="173"/>
        <source>Add R&amp;oom</source>
        <translation>Añadir sa&amp;la</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="174"/>
        <source>Re&amp;move Room</source>
        <translation>&amp;Quitar sala</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="175"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="176"/>
        <source>Add &amp;Device</source>
        <translation>Añadir &amp;dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="176"/>
        <source>Remo&amp;ve Device</source>
        <translation>Qui&amp;tar dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="205"/>
        <source>From (%1)</source>
        <translation>Desde (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="206"/>
        <source>To (%1)</source>
        <translation>Hasta (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="206"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="208"/>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="211"/>
        <source>Closures</source>
        <translation>Cierres</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="209"/>
        <source>Days the clinic is closed besides its weekly hours (holidays, a break): nothing is booked on them. Optional; they can be added later.</source>
        <translation>Días en que la clínica cierra además de su horario semanal (festivos, vacaciones): no se reserva nada en ellos. Opcional; pueden añadirse después.</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="212"/>
        <source>Add &amp;Closure</source>
        <translation>Añadir &amp;cierre</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/SetupListPage.cpp" line="212"/>
        <source>Remove C&amp;losure</source>
        <translation>Quitar c&amp;ierre</translation>
    </message>
</context>
<context>
    <name>np::app::SetupStartPage</name>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupWizard.cpp" line="28"/>
        <source>Welcome to Needlepoint</source>
        <translation>Bienvenido a Needlepoint</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupWizard.cpp" line="29"/>
        <source>There is no patient database at %1 yet. What would you like to do?</source>
        <translation>Todavía no hay ninguna base de datos de pacientes en %1. ¿Qué desea hacer?</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupWizard.cpp" line="85"/>
        <source>Choose the database file</source>
        <translation>Elija el archivo de la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupWizard.cpp" line="93"/>
        <source>Needlepoint databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de Needlepoint (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupWizard.cpp" line="96"/>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupWizard.cpp" line="98"/>
        <source>New Database</source>
        <translation>Base de datos nueva</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupWizard.cpp" line="115"/>
        <source>%1 already exists: choose another name for the new database, or open this one.</source>
        <translation>%1 ya existe: elija otro nombre para la base de datos nueva, o abra esta.</translation>
    </message>
    <message>
        <location filename="../../src/app/clinic/ClinicSetupWizard.cpp" line="120"/>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
</context>
<context>
    <name>np::app::TodayPage</name>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="54"/>
        <source>%1: %2</source>
        <comment>treatment: areas</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="56"/>
        <source>%1 (session %2 of %3)</source>
        <translation>%1 (sesión %2 de %3)</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="60"/>
        <source>First visit</source>
        <translation>Primera visita</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="62"/>
        <source>Screening blocks treatment</source>
        <translation>El cribado impide el tratamiento</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="64"/>
        <source>Review needed</source>
        <translation>Necesita revisión</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="66"/>
        <source>Consent missing</source>
        <translation>Falta el consentimiento</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="70"/>
        <source>%1–%2</source>
        <comment>start–end</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="77"/>
        <source>%1: %2</source>
        <comment>state: reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="86"/>
        <source>P&amp;revious Day</source>
        <translation>Día &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="86"/>
        <source>The day before</source>
        <translation>El día anterior</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="87"/>
        <source>&amp;Next Day</source>
        <translation>Día &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="87"/>
        <source>The day after</source>
        <translation>El día siguiente</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="88"/>
        <source>&amp;Go to Today</source>
        <translation>&amp;Ir a hoy</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="88"/>
        <source>Today&apos;s appointments</source>
        <translation>Las citas de hoy</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="91"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="91"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="91"/>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="91"/>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="91"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="91"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="91"/>
        <source>To see to</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="92"/>
        <source>The day&apos;s appointments</source>
        <translation>Las citas del día</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="100"/>
        <source>◀ Previous Day</source>
        <translation>◀ Día anterior</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="101"/>
        <location filename="../../src/app/today/TodayPage.cpp" line="104"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="102"/>
        <source>Next Day ▶</source>
        <translation>Día siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="103"/>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="105"/>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="106"/>
        <source>Show cancelled and no-shows</source>
        <translation>Mostrar anuladas y ausencias</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="107"/>
        <source>Open patient</source>
        <translation>Abrir paciente</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="108"/>
        <source>Check in</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="109"/>
        <location filename="../../src/app/today/TodayPage.cpp" line="305"/>
        <source>Complete</source>
        <translation>Completar</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="110"/>
        <source>Print post-care</source>
        <translation>Imprimir cuidados posteriores</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="111"/>
        <source>Cancel appointment</source>
        <translation>Anular cita</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="112"/>
        <source>No-show</source>
        <translation>No vino</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="113"/>
        <source>Day shown</source>
        <translation>Día mostrado</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="171"/>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="174"/>
        <source>The clinic is not set up yet: its hours, practitioners and rooms are entered in Settings &gt; Clinic…, then appointments can be booked.</source>
        <translation>La clínica aún no está configurada: su horario, profesionales y salas se introducen en Ajustes &gt; Clínica…; después se pueden reservar citas.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="189"/>
        <source>No appointments on this day.</source>
        <translation>No hay citas este día.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="191"/>
        <source>Appointments: %1.</source>
        <translation>Citas: %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="193"/>
        <source>Appointments: %1. Cancelled or missed: %2.</source>
        <translation>Citas: %1. Anuladas o ausencias: %2.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="256"/>
        <source>Session Stopped</source>
        <translation>Sesión detenida</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="257"/>
        <source>%1&apos;s session is not done today (%2). Book the session again, once that has cleared? The series&apos; spacing is checked for the day chosen.</source>
        <translation>La sesión de %1 no se hace hoy (%2). ¿Reservar la sesión de nuevo, para cuando se haya resuelto? Se comprueba el intervalo de la serie para el día elegido.</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="260"/>
        <source>Book Again…</source>
        <translation>Reservar de nuevo…</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="260"/>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="305"/>
        <source>%1&apos;s appointment was not completed: %2</source>
        <translation>La cita de %1 no se completó: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="310"/>
        <source>Complete %1&apos;s appointment</source>
        <translation>Completar la cita de %1</translation>
    </message>
    <message>
        <location filename="../../src/app/today/TodayPage.cpp" line="311"/>
        <source>%1&apos;s treatment is completed: Print Post-Care prints the sheet to take home.</source>
        <translation>El tratamiento de %1 está completado: Imprimir cuidados posteriores imprime la hoja para llevar a casa.</translation>
    </message>
</context>
<context>
    <name>np::app::UserGuideWindow</name>
    <message>
        <location filename="../../src/app/help/UserGuide.cpp" line="61"/>
        <source>Needlepoint User Guide</source>
        <translation>Guía de uso de Needlepoint</translation>
    </message>
    <message>
        <location filename="../../src/app/help/UserGuide.cpp" line="62"/>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <location filename="../../src/app/help/UserGuide.cpp" line="68"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/app/help/UserGuide.cpp" line="125"/>
        <source>User Guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <location filename="../../src/app/help/UserGuide.cpp" line="126"/>
        <source>The user guide is not installed. It was looked for in:
%1</source>
        <translation>La guía de uso no está instalada. Se buscó en:
%1</translation>
    </message>
</context>
</TS>
