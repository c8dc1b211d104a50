<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../screens/meetings/agenda.py" line="57"/>
        <source>New topic…</source>
        <translation>Nuevo tema…</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda.py" line="59"/>
        <source>Add topic</source>
        <translation>Agregar tema</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda.py" line="64"/>
        <source>Send topic to bin</source>
        <translation>Enviar tema a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda.py" line="70"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda.py" line="73"/>
        <source>Development: summary of what was discussed</source>
        <translation>Desarrollo: resumen de lo conversado</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda.py" line="76"/>
        <source>Agreements under review</source>
        <translation>Acuerdos en revisión</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda.py" line="79"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda.py" line="79"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda.py" line="79"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agenda.py" line="80"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <location filename="../screens/meetings/agreements.py" line="38"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="39"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="40"/>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="41"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <location filename="../screens/meetings/agreements.py" line="60"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="60"/>
        <location filename="../screens/meetings/agreements.py" line="97"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="60"/>
        <location filename="../screens/meetings/agreements.py" line="98"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="61"/>
        <location filename="../screens/meetings/agreements.py" line="90"/>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="61"/>
        <location filename="../screens/meetings/agreements.py" line="99"/>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="61"/>
        <location filename="../screens/meetings/agreements.py" line="94"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="62"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="78"/>
        <source>What was agreed</source>
        <translation>Qué se acordó</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="106"/>
        <source>Add agreement</source>
        <translation>Agregar acuerdo</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="108"/>
        <source>Convert into activity</source>
        <translation>Convertir en actividad</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="109"/>
        <source>Add the selected agreement to the territory&apos;s action plan as an activity, with its responsible, institution and deadline</source>
        <translation>Agrega el acuerdo seleccionado al plan de acción del territorio como actividad, con su responsable, institución y plazo</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="112"/>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="82"/>
        <source>no deadline</source>
        <translation>sin plazo</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="154"/>
        <source>Activity created</source>
        <translation>Actividad creada</translation>
    </message>
    <message>
        <location filename="../screens/meetings/agreements.py" line="220"/>
        <source>Agreement {n} is now an activity of the action plan.</source>
        <translation>El acuerdo {n} ya es una actividad del plan de acción.</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../screens/meetings/attendance.py" line="32"/>
        <source>People who sign the minutes: name, organisation or institution and role. Neighbours who only attend are counted in the header.</source>
        <translation>Personas que firman el acta: nombre, organización o institución y rol. Los vecinos y vecinas que solo asisten se cuentan en el encabezado.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/attendance.py" line="38"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../screens/meetings/attendance.py" line="38"/>
        <source>Organisation or institution</source>
        <translation>Organización o institución</translation>
    </message>
    <message>
        <location filename="../screens/meetings/attendance.py" line="39"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../screens/meetings/attendance.py" line="39"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../screens/meetings/attendance.py" line="49"/>
        <source>Add attendee</source>
        <translation>Agregar asistente</translation>
    </message>
    <message>
        <location filename="../screens/meetings/attendance.py" line="51"/>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/meetings/attendance.py" line="58"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../screens/meetings/attendance.py" line="58"/>
        <source>Excused</source>
        <translation>Excusado/a</translation>
    </message>
    <message>
        <location filename="../screens/meetings/attendance.py" line="71"/>
        <source>Present: {p} · excused: {e}</source>
        <translation>Presentes: {p} · excusados: {e}</translation>
    </message>
</context>
<context>
    <name>HeaderTab</name>
    <message>
        <location filename="../screens/meetings/header.py" line="33"/>
        <source>Focused Security Table (Mesa de Seguridad Focalizada)</source>
        <translation>Mesa de Seguridad Focalizada</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="34"/>
        <source>Neighbours&apos; assembly</source>
        <translation>Asamblea de vecinos</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="34"/>
        <source>Coordination meeting</source>
        <translation>Reunión de coordinación</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="35"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="41"/>
        <source>no number</source>
        <translation>sin número</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="49"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="53"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="58"/>
        <source>Who convenes (municipal department, JJVV…)</source>
        <translation>Quién convoca (dirección municipal, JJVV…)</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="61"/>
        <source>no data</source>
        <translation>sin dato</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="62"/>
        <source>not agreed yet</source>
        <translation>sin acordar</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="64"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="64"/>
        <source>Session no.</source>
        <translation>Sesión n.º</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="65"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="65"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="67"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="68"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="68"/>
        <source>Convened by</source>
        <translation>Convoca</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="69"/>
        <source>Neighbours present</source>
        <translation>Vecinos presentes</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="69"/>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <location filename="../screens/meetings/header.py" line="70"/>
        <source>Next session place</source>
        <translation>Lugar de la próxima sesión</translation>
    </message>
</context>
<context>
    <name>MeetingsScreen</name>
    <message>
        <location filename="../screens/meetings/screen.py" line="45"/>
        <source>Meetings and minutes</source>
        <translation>Reuniones y actas</translation>
    </message>
    <message>
        <location filename="../screens/meetings/screen.py" line="46"/>
        <source>Minutes (actas) of the Mesas de Seguridad Focalizadas and other meetings: attendance, agenda, what was discussed and the agreements, saved as you type. Each new meeting starts by reviewing the agreements still pending.</source>
        <translation>Actas de las Mesas de Seguridad Focalizadas y otras reuniones: asistencia, tabla, desarrollo y acuerdos; se guarda mientras escribe. Cada reunión nueva parte revisando los acuerdos pendientes.</translation>
    </message>
    <message>
        <location filename="../screens/meetings/screen.py" line="61"/>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <location filename="../screens/meetings/screen.py" line="63"/>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/meetings/screen.py" line="84"/>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../screens/meetings/screen.py" line="85"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../screens/meetings/screen.py" line="86"/>
        <source>Agenda and development</source>
        <translation>Tabla y desarrollo</translation>
    </message>
    <message>
        <location filename="../screens/meetings/screen.py" line="87"/>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <location filename="../screens/meetings/screen.py" line="94"/>
        <source>Choose a territory to work in (button at the top).</source>
        <translation>Elija un territorio para trabajar (botón de arriba).</translation>
    </message>
    <message>
        <location filename="../screens/meetings/screen.py" line="120"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location filename="../screens/meetings/screen.py" line="120"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../screens/meetings/screen.py" line="140"/>
        <source>Reopen minutes</source>
        <translation>Reabrir acta</translation>
    </message>
    <message>
        <location filename="../screens/meetings/screen.py" line="140"/>
        <source>Close minutes</source>
        <translation>Cerrar acta</translation>
    </message>
    <message>
        <location filename="../screens/meetings/screen.py" line="141"/>
        <source>Closed minutes: only the status of agreements still changes</source>
        <translation>Acta cerrada: solo cambia el estado de los acuerdos</translation>
    </message>
    <message>
        <location filename="../screens/meetings/screen.py" line="142"/>
        <source>Draft minutes</source>
        <translation>Acta en borrador</translation>
    </message>
</context>
</TS>
