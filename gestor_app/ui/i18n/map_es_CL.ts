<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_CL">
<context>
    <name>FeaturePanel</name>
    <message>
        <location filename="../screens/map/panels.py" line="79" />
        <source>Selected element</source>
        <translation>Elemento seleccionado</translation>
    </message>
    <message>
        <location filename="../screens/map/panels.py" line="82" />
        <source>Click an element of the map to edit it, or choose a tool to draw.</source>
        <translation>Haga clic en un elemento del mapa para editarlo, o elija una herramienta para dibujar.</translation>
    </message>
    <message>
        <location filename="../screens/map/panels.py" line="89" />
        <source>What neighbours call this place</source>
        <translation>Cómo llaman los vecinos a este lugar</translation>
    </message>
    <message>
        <location filename="../screens/map/panels.py" line="94" />
        <source>What was said about it in the workshop…</source>
        <translation>Lo que se dijo de este lugar en el taller…</translation>
    </message>
    <message>
        <location filename="../screens/map/panels.py" line="99" />
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../screens/map/panels.py" line="104" />
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location filename="../screens/map/panels.py" line="105" />
        <source>Sensitive elements never appear in documents for the community.</source>
        <translation>Los elementos sensibles nunca aparecen en documentos para la comunidad.</translation>
    </message>
    <message>
        <location filename="../screens/map/panels.py" line="108" />
        <source>Send to the bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/map/panels.py" line="110" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../screens/map/panels.py" line="111" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../screens/map/panels.py" line="112" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../screens/map/panels.py" line="113" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../screens/map/panels.py" line="114" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <location filename="../screens/map/screen.py" line="81" />
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="81" />
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="81" />
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="82" />
        <source>Polygon</source>
        <translation>Polígono</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="93" />
        <source>Finish shape</source>
        <translation>Terminar figura</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="96" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="132" />
        <source>Basemap</source>
        <translation>Mapa base</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="136" />
        <source>Import basemap…</source>
        <translation>Importar mapa base…</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="124" />
        <source>Search the map…</source>
        <translation>Buscar en el mapa…</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="130" />
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="139" />
        <source>Workshop session</source>
        <translation>Sesión del taller</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="143" />
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="147" />
        <source>Import GeoJSON/KML…</source>
        <translation>Importar GeoJSON/KML…</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="149" />
        <source>Export GeoJSON…</source>
        <translation>Exportar GeoJSON…</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="105" />
        <location filename="../screens/map/screen.py" line="157" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="106" />
        <location filename="../screens/map/screen.py" line="159" />
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="161" />
        <source>Send to the bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="212" />
        <source>Click the place on the map</source>
        <translation>Haga clic en el lugar en el mapa</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="213" />
        <source>Click the map to add a point</source>
        <translation>Haga clic en el mapa para agregar un punto</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="214" />
        <source>Click each point of the line; double-click or Enter to finish</source>
        <translation>Haga clic en cada punto de la línea; doble clic o Enter para terminar</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="215" />
        <source>Click each corner; double-click or Enter to close the shape</source>
        <translation>Haga clic en cada esquina; doble clic o Enter para cerrar la figura</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="220" />
        <source>(no session)</source>
        <translation>(sin sesión)</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="227" />
        <source>No basemap (neutral background)</source>
        <translation>Sin mapa base (fondo neutro)</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="243" />
        <source>Choose another category</source>
        <translation>Elija otra categoría</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="244" />
        <source>«{cat}» cannot be drawn as this shape. Choose a category such as «{other}».</source>
        <translation>«{cat}» no se puede dibujar con esta forma. Elija una categoría como «{other}».</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="267" />
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="276" />
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="291" />
        <source>Change not saved</source>
        <translation>Cambio no guardado</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="352" />
        <source>Found: {n}</source>
        <translation>Encontrados: {n}</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="395" />
        <source>Elements imported: {n}</source>
        <translation>Elementos importados: {n}</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="372" />
        <source>Import basemap</source>
        <translation>Importar mapa base</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="372" />
        <source>MBTiles (*.mbtiles)</source>
        <translation>MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="379" />
        <source>Basemap not imported</source>
        <translation>Mapa base no importado</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="384" />
        <source>Import map elements</source>
        <translation>Importar elementos del mapa</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="385" />
        <source>GeoJSON or KML (*.geojson *.json *.kml)</source>
        <translation>GeoJSON o KML (*.geojson *.json *.kml)</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="393" />
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="395" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="399" />
        <source>Export GeoJSON</source>
        <translation>Exportar GeoJSON</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="400" />
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
</context>
<context>
    <name>MapUndo</name>
    <message>
        <location filename="../screens/map/undo.py" line="26" />
        <source>Add to the map</source>
        <translation>Agregar al mapa</translation>
    </message>
    <message>
        <location filename="../screens/map/undo.py" line="47" />
        <source>Send to the bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../screens/map/sessions.py" line="29" />
        <source>New workshop session</source>
        <translation>Nueva sesión de cartografía participativa</translation>
    </message>
    <message>
        <location filename="../screens/map/sessions.py" line="37" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../screens/map/sessions.py" line="38" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../screens/map/sessions.py" line="39" />
        <source>Facilitator</source>
        <translation>Facilitador(a)</translation>
    </message>
    <message>
        <location filename="../screens/map/sessions.py" line="41" />
        <source>Participants by age and gender (counts only, never names)</source>
        <translation>Participantes por edad y género (solo cantidades, nunca nombres)</translation>
    </message>
    <message>
        <location filename="../screens/map/sessions.py" line="55" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../screens/map/sessions.py" line="78" />
        <source>Session not saved</source>
        <translation>Sesión no guardada</translation>
    </message>
</context>
</TS>