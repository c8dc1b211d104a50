<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Sent to the bin</source>
        <translation>Enviado a la papelera</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>Borrado o vigente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Plan Comunal area (ámbito)</source>
        <translation>Ámbito del Plan Comunal</translation>
    </message>
    <message>
        <source>The same field was changed on two computers before they synchronised. Both values are kept; the one shown for now is provisional. Choose the right one or type it: the decision travels to every computer with the next bundles.</source>
        <translation>El mismo campo se cambió en dos equipos antes de sincronizarse. Se guardan ambos valores; el que se muestra por ahora es provisional. Elija el correcto o escríbalo: la decisión llega a todos los equipos con los próximos paquetes.</translation>
    </message>
    <message>
        <source>Another value…</source>
        <translation>Otro valor…</translation>
    </message>
    <message>
        <source>Type the right value when neither is</source>
        <translation>Escriba el valor correcto si ninguno lo es</translation>
    </message>
    <message>
        <source>Save resolution</source>
        <translation>Guardar resolución</translation>
    </message>
    <message>
        <source>There are no conflicts to resolve.</source>
        <translation>No hay conflictos por resolver.</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Esta oficina</translation>
    </message>
    <message>
        <source>This computer ({name})</source>
        <translation>Este equipo ({name})</translation>
    </message>
    <message>
        <source>Office ({name})</source>
        <translation>Oficina ({name})</translation>
    </message>
    <message>
        <source>Kept (not deleted)</source>
        <translation>Se mantiene (no borrado)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Field: {field}. Shown for now: {value}.</source>
        <translation>Campo: {field}. Se muestra por ahora: {value}.</translation>
    </message>
    <message>
        <source>Another computer ({id})</source>
        <translation>Otro equipo ({id})</translation>
    </message>
    <message>
        <source>Provisional value</source>
        <translation>Valor provisional</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>Usar este valor</translation>
    </message>
    <message>
        <source>Type the value first, or choose one of the two.</source>
        <translation>Escriba primero el valor, o elija uno de los dos.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll a computer</source>
        <translation>Inscribir equipo</translation>
    </message>
    <message>
        <source>e.g. Notebook of the Lo Hermida manager</source>
        <translation>p. ej. Notebook de la gestora de Lo Hermida</translation>
    </message>
    <message>
        <source>Name of the computer:</source>
        <translation>Nombre del equipo:</translation>
    </message>
    <message>
        <source>Territories it works on (none ticked: the whole comuna):</source>
        <translation>Territorios en que trabaja (sin marcar: toda la comuna):</translation>
    </message>
    <message>
        <source>Enroll and save the file…</source>
        <translation>Inscribir y guardar el archivo…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <source>Preview of the import</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>To the bin</source>
        <translation>A la papelera</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Combinados</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Ready to apply</source>
        <translation>Listo para aplicar</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Nothing has changed yet. This is what importing would do; press Apply to import {n} of {total} files.</source>
        <translation>Todavía no ha cambiado nada. Esto es lo que haría la importación; pulse Aplicar para importar {n} de {total} archivos.</translation>
    </message>
    <message>
        <source>Nothing has changed and there is nothing to apply.</source>
        <translation>No ha cambiado nada y no hay nada que aplicar.</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de la importación</translation>
    </message>
    <message>
        <source>{n} of {total} files imported.</source>
        <translation>Se importaron {n} de {total} archivos.</translation>
    </message>
    <message>
        <source>{n} fields were changed on two computers: both values are kept and you can decide in the Conflicts tab.</source>
        <translation>Campos cambiados en dos equipos: {n}. Se guardan ambos valores y puede decidir en la pestaña Conflictos.</translation>
    </message>
    <message>
        <source>Files not imported changed nothing.</source>
        <translation>Los archivos no importados no cambiaron nada.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{name}: bundles still missing from this computer: {gaps}. They can arrive later, in any order.</source>
        <translation>{name}: faltan paquetes de este equipo: n.º {gaps}. Pueden llegar después, en cualquier orden.</translation>
    </message>
    <message>
        <source>{name}: from the office: {what}.</source>
        <translation>{name}: de la oficina: {what}.</translation>
    </message>
    <message>
        <source>The new legend shows on the Map screen the next time the application starts.</source>
        <translation>La leyenda nueva se verá en el Mapa la próxima vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>{name}: {n} photos did not come in this bundle; they will come in a later one.</source>
        <translation>{name}: fotos que no vinieron en este paquete: {n}; llegarán en uno posterior.</translation>
    </message>
</context>
<context>
    <name>LaptopPanel</name>
    <message>
        <source>Assigned territories:</source>
        <translation>Territorios asignados:</translation>
    </message>
    <message>
        <source>Pending delivery:</source>
        <translation>Pendientes de entrega:</translation>
    </message>
    <message>
        <source>Delivered to the office:</source>
        <translation>Entregados a la oficina:</translation>
    </message>
    <message>
        <source>Last bundle sent:</source>
        <translation>Último paquete enviado:</translation>
    </message>
    <message>
        <source>Last bundle received:</source>
        <translation>Último paquete recibido:</translation>
    </message>
    <message>
        <source>A change is delivered once the office confirms it has it: the confirmation comes in the office&apos;s answer bundle. Until then it stays pending and goes again in the next bundle.</source>
        <translation>Un cambio queda entregado cuando la oficina confirma que lo tiene: la confirmación viene en el paquete de respuesta de la oficina. Mientras tanto sigue pendiente y va de nuevo en el próximo paquete.</translation>
    </message>
    <message>
        <source>Records changed on this computer</source>
        <translation>Registros modificados en este equipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Create a bundle for the office…</source>
        <translation>Crear paquete para la oficina…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Importar paquete…</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 cambio</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>{n} cambios</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} registros</translation>
    </message>
    <message>
        <source>Delivered to the office</source>
        <translation>Entregado a la oficina</translation>
    </message>
    <message>
        <source>Pending delivery</source>
        <translation>Pendiente de entrega</translation>
    </message>
    <message>
        <source>{title} (in the bin)</source>
        <translation>{title} (en la papelera)</translation>
    </message>
    <message>
        <source>Office: {name}</source>
        <translation>Oficina: {name}</translation>
    </message>
    <message>
        <source>The whole comuna</source>
        <translation>Toda la comuna</translation>
    </message>
    <message>
        <source>{changes} in {records}</source>
        <translation>{changes} en {records}</translation>
    </message>
    <message>
        <source>Nothing pending</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <source>No. {n}</source>
        <translation>N.º {n}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <source>No. {n}, imported {when}</source>
        <translation>N.º {n}, importado el {when}</translation>
    </message>
</context>
<context>
    <name>NoProjectPanel</name>
    <message>
        <source>This computer does not belong to a project yet. The office (the municipal security team) creates the project once and enrolls each field computer; the enrolled computers and the office then exchange encrypted bundle files through a USB stick or a shared folder. Nothing travels over the Internet.</source>
        <translation>Este equipo aún no pertenece a un proyecto. La oficina (el equipo municipal de seguridad) crea el proyecto una vez e inscribe cada equipo de terreno; después, los equipos inscritos y la oficina intercambian paquetes cifrados mediante una memoria USB o una carpeta compartida. Nada viaja por Internet.</translation>
    </message>
    <message>
        <source>A field computer</source>
        <translation>Un equipo de terreno</translation>
    </message>
    <message>
        <source>Ask the office for this computer&apos;s enrollment file and open it here. It can be used only once.</source>
        <translation>Pida a la oficina el archivo de inscripción de este equipo y ábralo aquí. Sirve una sola vez.</translation>
    </message>
    <message>
        <source>Join with an enrollment file…</source>
        <translation>Unirse con un archivo de inscripción…</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>La oficina</translation>
    </message>
    <message>
        <source>Only on the computer that will receive everyone&apos;s work: it creates the project and its keys. Do it once per municipality.</source>
        <translation>Solo en el equipo que recibirá el trabajo de todos: crea el proyecto y sus claves. Se hace una vez por municipalidad.</translation>
    </message>
    <message>
        <source>Create the office…</source>
        <translation>Crear la oficina…</translation>
    </message>
</context>
<context>
    <name>OfficePanel</name>
    <message>
        <source>Enrolled (no bundle yet)</source>
        <translation>Inscrito (aún sin paquetes)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Enrolled field computers. Each one sends its bundles numbered in order: a missing number means a bundle that has not arrived yet.</source>
        <translation>Equipos de terreno inscritos. Cada uno envía sus paquetes numerados en orden: un número que falta es un paquete que aún no llega.</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Paquetes recibidos</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>Paquetes faltantes</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Último paquete</translation>
    </message>
    <message>
        <source>No computer enrolled yet: enroll the first one.</source>
        <translation>Aún no hay equipos inscritos: inscriba el primero.</translation>
    </message>
    <message>
        <source>Enroll a computer…</source>
        <translation>Inscribir equipo…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Answer the computer…</source>
        <translation>Responder al equipo…</translation>
    </message>
    <message>
        <source>With basemaps</source>
        <translation>Con mapas base</translation>
    </message>
    <message>
        <source>The answer also carries the project&apos;s basemaps that computer does not have yet (large files).</source>
        <translation>La respuesta lleva también los mapas base del proyecto que ese equipo aún no tiene (archivos grandes).</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Importar paquetes…</translation>
    </message>
    <message>
        <source>The whole comuna</source>
        <translation>Toda la comuna</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>Synchronisation</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Conflictos ({n})</translation>
    </message>
    <message>
        <source>Resolution saved. It is a new version: it reaches the other computers with the next bundles.</source>
        <translation>Resolución guardada. Es una versión nueva: llega a los demás equipos con los próximos paquetes.</translation>
    </message>
    <message>
        <source>Enrollment file</source>
        <translation>Archivo de inscripción</translation>
    </message>
    <message>
        <source>Enrollment files (*.gtenroll *.json);;All files (*)</source>
        <translation>Archivos de inscripción (*.gtenroll *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Create the office</source>
        <translation>Crear la oficina</translation>
    </message>
    <message>
        <source>Name of the municipality:</source>
        <translation>Nombre de la municipalidad:</translation>
    </message>
    <message>
        <source>Municipalidad de </source>
        <translation>Municipalidad de </translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <source>Bundles (*{suffix});;All files (*)</source>
        <translation>Paquetes (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Give the computer a name.</source>
        <translation>Indique el nombre del equipo.</translation>
    </message>
    <message>
        <source>Save the enrollment file</source>
        <translation>Guardar el archivo de inscripción</translation>
    </message>
    <message>
        <source>Enrollment files (*.gtenroll)</source>
        <translation>Archivos de inscripción (*.gtenroll)</translation>
    </message>
    <message>
        <source>This computer joined the office {name}. Write a first bundle for the office: it completes the enrollment.</source>
        <translation>Este equipo se unió a la oficina {name}. Cree un primer paquete para la oficina: completa la inscripción.</translation>
    </message>
    <message>
        <source>Office {name} created. Enroll the field computers now.</source>
        <translation>Oficina {name} creada. Ahora inscriba los equipos de terreno.</translation>
    </message>
    <message>
        <source>Folder or USB stick for the bundle</source>
        <translation>Carpeta o memoria USB para el paquete</translation>
    </message>
    <message>
        <source>Writing the bundle for the office</source>
        <translation>Escribiendo el paquete para la oficina</translation>
    </message>
    <message>
        <source>Bundle No. {seq} written ({n} changes, {p} photos):
{path}
Take it to the office. The changes stay pending until the office&apos;s answer confirms them.</source>
        <translation>Paquete n.º {seq} escrito ({n} cambios, {p} fotos):
{path}
Llévelo a la oficina. Los cambios siguen pendientes hasta que la respuesta de la oficina los confirme.</translation>
    </message>
    <message>
        <source>Cancelled: no bundle was written.</source>
        <translation>Cancelado: no se escribió ningún paquete.</translation>
    </message>
    <message>
        <source>The bundle was not written: {reason}</source>
        <translation>No se escribió el paquete: {reason}</translation>
    </message>
    <message>
        <source>The bundle was not written because of an unexpected error: {reason}</source>
        <translation>No se escribió el paquete por un error inesperado: {reason}</translation>
    </message>
    <message>
        <source>{name} enrolled. Its enrollment file is {path}. Hand it over in person (it holds a one-time secret) and open it on that computer: Synchronisation → Join with an enrollment file.</source>
        <translation>{name} inscrito. Su archivo de inscripción es {path}. Entréguelo en mano (contiene un secreto de un solo uso) y ábralo en ese equipo: Sincronización → Unirse con un archivo de inscripción.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Revoke {name}? Its bundles will no longer be accepted and it will get no more data.</source>
        <translation>¿Revocar {name}? Sus paquetes ya no se aceptarán y no recibirá más datos.</translation>
    </message>
    <message>
        <source>{name} revoked.</source>
        <translation>{name} revocado.</translation>
    </message>
    <message>
        <source>Folder or USB stick for the answer</source>
        <translation>Carpeta o memoria USB para la respuesta</translation>
    </message>
    <message>
        <source>Writing the answer</source>
        <translation>Escribiendo la respuesta</translation>
    </message>
    <message>
        <source>Answer No. {seq} written ({n} changes, {p} photos):
{path}
Import it on that computer: it confirms what the office received.</source>
        <translation>Respuesta n.º {seq} escrita ({n} cambios, {p} fotos):
{path}
Impórtela en ese equipo: confirma lo que recibió la oficina.</translation>
    </message>
    <message>
        <source>Checking the bundles</source>
        <translation>Revisando los paquetes</translation>
    </message>
    <message>
        <source>File {n} of {total}: {name}</source>
        <translation>Archivo {n} de {total}: {name}</translation>
    </message>
    <message>
        <source>Cancelled before this file: nothing was applied from it.</source>
        <translation>Cancelado antes de este archivo: no se aplicó nada de él.</translation>
    </message>
    <message>
        <source>{n} of {total} bundles imported.</source>
        <translation>Se importaron {n} de {total} paquetes.</translation>
    </message>
    <message>
        <source>Importing the bundles</source>
        <translation>Importando los paquetes</translation>
    </message>
    <message>
        <source>Cancelled. Files already imported stay imported; the others changed nothing.</source>
        <translation>Cancelado. Los archivos ya importados quedan importados; los demás no cambiaron nada.</translation>
    </message>
    <message>
        <source>The import stopped because of an unexpected error: {reason}</source>
        <translation>La importación se detuvo por un error inesperado: {reason}</translation>
    </message>
</context>
</TS>
