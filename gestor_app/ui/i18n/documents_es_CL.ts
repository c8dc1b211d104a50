<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>DocumentsScreen</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>PDF documents of the current territory. The community version never includes sensitive map points, participant details or personal data.</source>
        <translation>Documentos PDF del territorio actual. La versión para la comunidad nunca incluye puntos sensibles del mapa, detalles de participantes ni datos personales.</translation>
    </message>
    <message>
        <source>Community (to hand out)</source>
        <translation>Comunidad (para entregar)</translation>
    </message>
    <message>
        <source>Internal (office only)</source>
        <translation>Interna (solo la oficina)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Sheet size</source>
        <translation>Tamaño de la lámina</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Choose a territory: its walks, focus groups, diagnosis, action plan, actas and map sheet will appear here.</source>
        <translation>Elija un territorio: aquí aparecerán sus marchas, grupos focales, diagnóstico, plan de acción, actas y lámina de cartografía.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Páginas: %1</translation>
    </message>
    <message>
        <source>Saved %1 (pages: %2).</source>
        <translation>Guardado %1 (páginas: %2).</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The document could not be made: %1</source>
        <translation>No se pudo generar el documento: %1</translation>
    </message>
</context>
</TS>
