<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_CL">
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../screens/sync/conflicts.py" line="54" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="54" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="55" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="55" />
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="147" />
        <source>Sent to the bin</source>
        <translation>Enviado a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="56" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="56" />
        <source>Deleted or kept</source>
        <translation>Borrado o vigente</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="57" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="57" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="58" />
        <source>Plan Comunal area (ámbito)</source>
        <translation>Ámbito del Plan Comunal</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="61" />
        <source>The same field was changed on two computers before they synchronised. Both values are kept; the one shown for now is provisional. Choose the right one or type it: the decision travels to every computer with the next bundles.</source>
        <translation>El mismo campo se cambió en dos equipos antes de sincronizarse. Se guardan ambos valores; el que se muestra por ahora es provisional. Elija el correcto o escríbalo: la decisión llega a todos los equipos con los próximos paquetes.</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="84" />
        <source>Another value…</source>
        <translation>Otro valor…</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="86" />
        <source>Type the right value when neither is</source>
        <translation>Escriba el valor correcto si ninguno lo es</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="93" />
        <source>Save resolution</source>
        <translation>Guardar resolución</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="103" />
        <source>There are no conflicts to resolve.</source>
        <translation>No hay conflictos por resolver.</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="135" />
        <source>This office</source>
        <translation>Esta oficina</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="137" />
        <source>This computer ({name})</source>
        <translation>Este equipo ({name})</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="139" />
        <source>Office ({name})</source>
        <translation>Oficina ({name})</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="147" />
        <source>Kept (not deleted)</source>
        <translation>Se mantiene (no borrado)</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="151" />
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="170" />
        <source>Field: {field}. Shown for now: {value}.</source>
        <translation>Campo: {field}. Se muestra por ahora: {value}.</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="174" />
        <source>Another computer ({id})</source>
        <translation>Otro equipo ({id})</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="181" />
        <source>Provisional value</source>
        <translation>Valor provisional</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="188" />
        <source>Use this value</source>
        <translation>Usar este valor</translation>
    </message>
    <message>
        <location filename="../screens/sync/conflicts.py" line="208" />
        <source>Type the value first, or choose one of the two.</source>
        <translation>Escriba primero el valor, o elija uno de los dos.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../screens/sync/panels.py" line="231" />
        <source>Enroll a computer</source>
        <translation>Inscribir equipo</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="236" />
        <source>e.g. Notebook of the Lo Hermida manager</source>
        <translation>p. ej. Notebook de la gestora de Lo Hermida</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="237" />
        <source>Name of the computer:</source>
        <translation>Nombre del equipo:</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="239" />
        <source>Territories it works on (none ticked: the whole comuna):</source>
        <translation>Territorios en que trabaja (sin marcar: toda la comuna):</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="250" />
        <source>Enroll and save the file…</source>
        <translation>Inscribir y guardar el archivo…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="35" />
        <source>Import bundles</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="40" />
        <location filename="../screens/sync/import_dialog.py" line="82" />
        <source>Preview of the import</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="45" />
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="45" />
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="46" />
        <source>To the bin</source>
        <translation>A la papelera</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="46" />
        <source>Merged</source>
        <translation>Combinados</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="47" />
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="47" />
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="48" />
        <source>Ready to apply</source>
        <translation>Listo para aplicar</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="48" />
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="49" />
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="49" />
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="50" />
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="52" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="52" />
        <source>From</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="52" />
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="52" />
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="70" />
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="72" />
        <location filename="../screens/sync/import_dialog.py" line="92" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="85" />
        <source>Nothing has changed yet. This is what importing would do; press Apply to import {n} of {total} files.</source>
        <translation>Todavía no ha cambiado nada. Esto es lo que haría la importación; pulse Aplicar para importar {n} de {total} archivos.</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="89" />
        <source>Nothing has changed and there is nothing to apply.</source>
        <translation>No ha cambiado nada y no hay nada que aplicar.</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="97" />
        <source>Import report</source>
        <translation>Informe de la importación</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="99" />
        <source>{n} of {total} files imported.</source>
        <translation>Se importaron {n} de {total} archivos.</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="102" />
        <source>{n} fields were changed on two computers: both values are kept and you can decide in the Conflicts tab.</source>
        <translation>Campos cambiados en dos equipos: {n}. Se guardan ambos valores y puede decidir en la pestaña Conflictos.</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="106" />
        <source>Files not imported changed nothing.</source>
        <translation>Los archivos no importados no cambiaron nada.</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="109" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="154" />
        <source>{name}: bundles still missing from this computer: {gaps}. They can arrive later, in any order.</source>
        <translation>{name}: faltan paquetes de este equipo: n.º {gaps}. Pueden llegar después, en cualquier orden.</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="157" />
        <source>{name}: from the office: {what}.</source>
        <translation>{name}: de la oficina: {what}.</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="159" />
        <source>The new legend shows on the Map screen the next time the application starts.</source>
        <translation>La leyenda nueva se verá en el Mapa la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <location filename="../screens/sync/import_dialog.py" line="163" />
        <source>{name}: {n} photos did not come in this bundle; they will come in a later one.</source>
        <translation>{name}: fotos que no vinieron en este paquete: {n}; llegarán en uno posterior.</translation>
    </message>
</context>
<context>
    <name>LaptopPanel</name>
    <message>
        <location filename="../screens/sync/panels.py" line="86" />
        <source>Assigned territories:</source>
        <translation>Territorios asignados:</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="87" />
        <source>Pending delivery:</source>
        <translation>Pendientes de entrega:</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="88" />
        <source>Delivered to the office:</source>
        <translation>Entregados a la oficina:</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="89" />
        <source>Last bundle sent:</source>
        <translation>Último paquete enviado:</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="90" />
        <source>Last bundle received:</source>
        <translation>Último paquete recibido:</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="94" />
        <source>A change is delivered once the office confirms it has it: the confirmation comes in the office's answer bundle. Until then it stays pending and goes again in the next bundle.</source>
        <translation>Un cambio queda entregado cuando la oficina confirma que lo tiene: la confirmación viene en el paquete de respuesta de la oficina. Mientras tanto sigue pendiente y va de nuevo en el próximo paquete.</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="97" />
        <source>Records changed on this computer</source>
        <translation>Registros modificados en este equipo</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="100" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="100" />
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="100" />
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="100" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="109" />
        <source>Create a bundle for the office…</source>
        <translation>Crear paquete para la oficina…</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="110" />
        <source>Import a bundle…</source>
        <translation>Importar paquete…</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="117" />
        <source>1 change</source>
        <translation>1 cambio</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="117" />
        <source>{n} changes</source>
        <translation>{n} cambios</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="120" />
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="120" />
        <source>{n} records</source>
        <translation>{n} registros</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="126" />
        <source>Delivered to the office</source>
        <translation>Entregado a la oficina</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="126" />
        <source>Pending delivery</source>
        <translation>Pendiente de entrega</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="127" />
        <source>{title} (in the bin)</source>
        <translation>{title} (en la papelera)</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="135" />
        <source>Office: {name}</source>
        <translation>Oficina: {name}</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="136" />
        <source>The whole comuna</source>
        <translation>Toda la comuna</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="137" />
        <source>{changes} in {records}</source>
        <translation>{changes} en {records}</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="139" />
        <source>Nothing pending</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="144" />
        <source>No. {n}</source>
        <translation>N.º {n}</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="145" />
        <location filename="../screens/sync/panels.py" line="148" />
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="146" />
        <source>No. {n}, imported {when}</source>
        <translation>N.º {n}, importado el {when}</translation>
    </message>
</context>
<context>
    <name>NoProjectPanel</name>
    <message>
        <location filename="../screens/sync/panels.py" line="51" />
        <source>This computer does not belong to a project yet. The office (the municipal security team) creates the project once and enrolls each field computer; the enrolled computers and the office then exchange encrypted bundle files through a USB stick or a shared folder. Nothing travels over the Internet.</source>
        <translation>Este equipo aún no pertenece a un proyecto. La oficina (el equipo municipal de seguridad) crea el proyecto una vez e inscribe cada equipo de terreno; después, los equipos inscritos y la oficina intercambian paquetes cifrados mediante una memoria USB o una carpeta compartida. Nada viaja por Internet.</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="56" />
        <source>A field computer</source>
        <translation>Un equipo de terreno</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="57" />
        <source>Ask the office for this computer's enrollment file and open it here. It can be used only once.</source>
        <translation>Pida a la oficina el archivo de inscripción de este equipo y ábralo aquí. Sirve una sola vez.</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="59" />
        <source>Join with an enrollment file…</source>
        <translation>Unirse con un archivo de inscripción…</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="62" />
        <source>The office</source>
        <translation>La oficina</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="63" />
        <source>Only on the computer that will receive everyone's work: it creates the project and its keys. Do it once per municipality.</source>
        <translation>Solo en el equipo que recibirá el trabajo de todos: crea el proyecto y sus claves. Se hace una vez por municipalidad.</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="65" />
        <source>Create the office…</source>
        <translation>Crear la oficina…</translation>
    </message>
</context>
<context>
    <name>OfficePanel</name>
    <message>
        <location filename="../screens/sync/panels.py" line="157" />
        <source>Enrolled (no bundle yet)</source>
        <translation>Inscrito (aún sin paquetes)</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="157" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="158" />
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="164" />
        <source>Enrolled field computers. Each one sends its bundles numbered in order: a missing number means a bundle that has not arrived yet.</source>
        <translation>Equipos de terreno inscritos. Cada uno envía sus paquetes numerados en orden: un número que falta es un paquete que aún no llega.</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="167" />
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="167" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="167" />
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="168" />
        <source>Bundles received</source>
        <translation>Paquetes recibidos</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="168" />
        <source>Missing bundles</source>
        <translation>Paquetes faltantes</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="169" />
        <source>Last bundle</source>
        <translation>Último paquete</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="179" />
        <source>No computer enrolled yet: enroll the first one.</source>
        <translation>Aún no hay equipos inscritos: inscriba el primero.</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="182" />
        <source>Enroll a computer…</source>
        <translation>Inscribir equipo…</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="183" />
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="184" />
        <source>Answer the computer…</source>
        <translation>Responder al equipo…</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="185" />
        <source>With basemaps</source>
        <translation>Con mapas base</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="186" />
        <source>The answer also carries the project's basemaps that computer does not have yet (large files).</source>
        <translation>La respuesta lleva también los mapas base del proyecto que ese equipo aún no tiene (archivos grandes).</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="188" />
        <source>Import bundles…</source>
        <translation>Importar paquetes…</translation>
    </message>
    <message>
        <location filename="../screens/sync/panels.py" line="204" />
        <source>The whole comuna</source>
        <translation>Toda la comuna</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../screens/sync/screen.py" line="54" />
        <source>Synchronisation</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="71" />
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="72" />
        <source>Computers</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="73" />
        <location filename="../screens/sync/screen.py" line="105" />
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="104" />
        <source>Conflicts ({n})</source>
        <translation>Conflictos ({n})</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="113" />
        <source>Resolution saved. It is a new version: it reaches the other computers with the next bundles.</source>
        <translation>Resolución guardada. Es una versión nueva: llega a los demás equipos con los próximos paquetes.</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="141" />
        <source>Enrollment file</source>
        <translation>Archivo de inscripción</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="142" />
        <source>Enrollment files (*.gtenroll *.json);;All files (*)</source>
        <translation>Archivos de inscripción (*.gtenroll *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="146" />
        <source>Create the office</source>
        <translation>Crear la oficina</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="146" />
        <source>Name of the municipality:</source>
        <translation>Nombre de la municipalidad:</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="147" />
        <source>Municipalidad de </source>
        <translation>Municipalidad de </translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="155" />
        <source>Import bundles</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="155" />
        <source>Bundles (*{suffix});;All files (*)</source>
        <translation>Paquetes (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="169" />
        <source>Give the computer a name.</source>
        <translation>Indique el nombre del equipo.</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="172" />
        <source>Save the enrollment file</source>
        <translation>Guardar el archivo de inscripción</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="174" />
        <source>Enrollment files (*.gtenroll)</source>
        <translation>Archivos de inscripción (*.gtenroll)</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="191" />
        <source>This computer joined the office {name}. Write a first bundle for the office: it completes the enrollment.</source>
        <translation>Este equipo se unió a la oficina {name}. Cree un primer paquete para la oficina: completa la inscripción.</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="207" />
        <source>Office {name} created. Enroll the field computers now.</source>
        <translation>Oficina {name} creada. Ahora inscriba los equipos de terreno.</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="213" />
        <source>Folder or USB stick for the bundle</source>
        <translation>Carpeta o memoria USB para el paquete</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="218" />
        <source>Writing the bundle for the office</source>
        <translation>Escribiendo el paquete para la oficina</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="224" />
        <source>Bundle No. {seq} written ({n} changes, {p} photos):
{path}
Take it to the office. The changes stay pending until the office's answer confirms them.</source>
        <translation>Paquete n.º {seq} escrito ({n} cambios, {p} fotos):
{path}
Llévelo a la oficina. Los cambios siguen pendientes hasta que la respuesta de la oficina los confirme.</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="231" />
        <source>Cancelled: no bundle was written.</source>
        <translation>Cancelado: no se escribió ningún paquete.</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="233" />
        <source>The bundle was not written: {reason}</source>
        <translation>No se escribió el paquete: {reason}</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="235" />
        <source>The bundle was not written because of an unexpected error: {reason}</source>
        <translation>No se escribió el paquete por un error inesperado: {reason}</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="249" />
        <source>{name} enrolled. Its enrollment file is {path}. Hand it over in person (it holds a one-time secret) and open it on that computer: Synchronisation → Join with an enrollment file.</source>
        <translation>{name} inscrito. Su archivo de inscripción es {path}. Entréguelo en mano (contiene un secreto de un solo uso) y ábralo en ese equipo: Sincronización → Unirse con un archivo de inscripción.</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="260" />
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="260" />
        <source>Revoke {name}? Its bundles will no longer be accepted and it will get no more data.</source>
        <translation>¿Revocar {name}? Sus paquetes ya no se aceptarán y no recibirá más datos.</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="269" />
        <source>{name} revoked.</source>
        <translation>{name} revocado.</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="276" />
        <source>Folder or USB stick for the answer</source>
        <translation>Carpeta o memoria USB para la respuesta</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="281" />
        <source>Writing the answer</source>
        <translation>Escribiendo la respuesta</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="288" />
        <source>Answer No. {seq} written ({n} changes, {p} photos):
{path}
Import it on that computer: it confirms what the office received.</source>
        <translation>Respuesta n.º {seq} escrita ({n} cambios, {p} fotos):
{path}
Impórtela en ese equipo: confirma lo que recibió la oficina.</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="306" />
        <source>Checking the bundles</source>
        <translation>Revisando los paquetes</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="313" />
        <source>File {n} of {total}: {name}</source>
        <translation>Archivo {n} de {total}: {name}</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="315" />
        <source>Cancelled before this file: nothing was applied from it.</source>
        <translation>Cancelado antes de este archivo: no se aplicó nada de él.</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="351" />
        <source>{n} of {total} bundles imported.</source>
        <translation>Se importaron {n} de {total} paquetes.</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="357" />
        <source>Importing the bundles</source>
        <translation>Importando los paquetes</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="364" />
        <source>Cancelled. Files already imported stay imported; the others changed nothing.</source>
        <translation>Cancelado. Los archivos ya importados quedan importados; los demás no cambiaron nada.</translation>
    </message>
    <message>
        <location filename="../screens/sync/screen.py" line="366" />
        <source>The import stopped because of an unexpected error: {reason}</source>
        <translation>La importación se detuvo por un error inesperado: {reason}</translation>
    </message>
</context>
</TS>