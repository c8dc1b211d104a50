<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>AgendaTab</name>
    <message>
        <source>New topic…</source>
        <translation>Nuevo tema…</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Agregar tema</translation>
    </message>
    <message>
        <source>Send topic to bin</source>
        <translation>Enviar tema a la papelera</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Development: summary of what was discussed</source>
        <translation>Desarrollo: resumen de lo conversado</translation>
    </message>
    <message>
        <source>Agreements under review</source>
        <translation>Acuerdos en revisión</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Qué se acordó</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Agregar acuerdo</translation>
    </message>
    <message>
        <source>Convert into activity</source>
        <translation>Convertir en actividad</translation>
    </message>
    <message>
        <source>Add the selected agreement to the territory&apos;s action plan as an activity, with its responsible, institution and deadline</source>
        <translation>Agrega el acuerdo seleccionado al plan de acción del territorio como actividad, con su responsable, institución y plazo</translation>
    </message>
    <message>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>sin plazo</translation>
    </message>
    <message>
        <source>Activity created</source>
        <translation>Actividad creada</translation>
    </message>
    <message>
        <source>Agreement {n} is now an activity of the action plan.</source>
        <translation>El acuerdo {n} ya es una actividad del plan de acción.</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>People who sign the minutes: name, organisation or institution and role. Neighbours who only attend are counted in the header.</source>
        <translation>Personas que firman el acta: nombre, organización o institución y rol. Los vecinos y vecinas que solo asisten se cuentan en el encabezado.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation or institution</source>
        <translation>Organización o institución</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>Agregar asistente</translation>
    </message>
    <message>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusado/a</translation>
    </message>
    <message>
        <source>Present: {p} · excused: {e}</source>
        <translation>Presentes: {p} · excusados: {e}</translation>
    </message>
</context>
<context>
    <name>HeaderTab</name>
    <message>
        <source>Focused Security Table (Mesa de Seguridad Focalizada)</source>
        <translation>Mesa de Seguridad Focalizada</translation>
    </message>
    <message>
        <source>Neighbours&apos; assembly</source>
        <translation>Asamblea de vecinos</translation>
    </message>
    <message>
        <source>Coordination meeting</source>
        <translation>Reunión de coordinación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>sin número</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Who convenes (municipal department, JJVV…)</source>
        <translation>Quién convoca (dirección municipal, JJVV…)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin dato</translation>
    </message>
    <message>
        <source>not agreed yet</source>
        <translation>sin acordar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Session no.</source>
        <translation>Sesión n.º</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Convened by</source>
        <translation>Convoca</translation>
    </message>
    <message>
        <source>Neighbours present</source>
        <translation>Vecinos presentes</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <source>Next session place</source>
        <translation>Lugar de la próxima sesión</translation>
    </message>
</context>
<context>
    <name>MeetingsScreen</name>
    <message>
        <source>Meetings and minutes</source>
        <translation>Reuniones y actas</translation>
    </message>
    <message>
        <source>Minutes (actas) of the Mesas de Seguridad Focalizadas and other meetings: attendance, agenda, what was discussed and the agreements, saved as you type. Each new meeting starts by reviewing the agreements still pending.</source>
        <translation>Actas de las Mesas de Seguridad Focalizadas y otras reuniones: asistencia, tabla, desarrollo y acuerdos; se guarda mientras escribe. Cada reunión nueva parte revisando los acuerdos pendientes.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Agenda and development</source>
        <translation>Tabla y desarrollo</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Choose a territory to work in (button at the top).</source>
        <translation>Elija un territorio para trabajar (botón de arriba).</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Reopen minutes</source>
        <translation>Reabrir acta</translation>
    </message>
    <message>
        <source>Close minutes</source>
        <translation>Cerrar acta</translation>
    </message>
    <message>
        <source>Closed minutes: only the status of agreements still changes</source>
        <translation>Acta cerrada: solo cambia el estado de los acuerdos</translation>
    </message>
    <message>
        <source>Draft minutes</source>
        <translation>Acta en borrador</translation>
    </message>
</context>
</TS>
