<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_CL">
<context>
    <name>DocumentsScreen</name>
    <message>
        <location filename="../screens/documents/screen.py" line="40" />
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../screens/documents/screen.py" line="41" />
        <source>PDF documents of the current territory. The community version never includes sensitive map points, participant details or personal data.</source>
        <translation>Documentos PDF del territorio actual. La versión para la comunidad nunca incluye puntos sensibles del mapa, detalles de participantes ni datos personales.</translation>
    </message>
    <message>
        <location filename="../screens/documents/screen.py" line="66" />
        <source>Community (to hand out)</source>
        <translation>Comunidad (para entregar)</translation>
    </message>
    <message>
        <location filename="../screens/documents/screen.py" line="67" />
        <source>Internal (office only)</source>
        <translation>Interna (solo la oficina)</translation>
    </message>
    <message>
        <location filename="../screens/documents/screen.py" line="69" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../screens/documents/screen.py" line="73" />
        <source>Sheet size</source>
        <translation>Tamaño de la lámina</translation>
    </message>
    <message>
        <location filename="../screens/documents/screen.py" line="76" />
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../screens/documents/screen.py" line="98" />
        <source>Choose a territory: its walks, focus groups, diagnosis, action plan, actas and map sheet will appear here.</source>
        <translation>Elija un territorio: aquí aparecerán sus marchas, grupos focales, diagnóstico, plan de acción, actas y lámina de cartografía.</translation>
    </message>
    <message>
        <location filename="../screens/documents/screen.py" line="131" />
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../screens/documents/screen.py" line="140" />
        <source>Pages: %1</source>
        <translation>Páginas: %1</translation>
    </message>
    <message>
        <location filename="../screens/documents/screen.py" line="166" />
        <source>Saved %1 (pages: %2).</source>
        <translation>Guardado %1 (páginas: %2).</translation>
    </message>
    <message>
        <location filename="../screens/documents/screen.py" line="149" />
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <location filename="../screens/documents/screen.py" line="150" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../screens/documents/screen.py" line="172" />
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <location filename="../screens/documents/screen.py" line="176" />
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../screens/documents/screen.py" line="180" />
        <source>The document could not be made: %1</source>
        <translation>No se pudo generar el documento: %1</translation>
    </message>
</context>
</TS>