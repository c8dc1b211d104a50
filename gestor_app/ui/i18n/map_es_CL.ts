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
        <location filename="../screens/map/screen.py" line="78" />
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="78" />
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="78" />
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="79" />
        <source>Polygon</source>
        <translation>Polígono</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="90" />
        <source>Finish shape</source>
        <translation>Terminar figura</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="93" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="129" />
        <source>Basemap</source>
        <translation>Mapa base</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="133" />
        <source>Import basemap…</source>
        <translation>Importar mapa base…</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="121" />
        <source>Search the map…</source>
        <translation>Buscar en el mapa…</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="127" />
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="136" />
        <source>Workshop session</source>
        <translation>Sesión del taller</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="141" />
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="152" />
        <source>Import GeoJSON/KML…</source>
        <translation>Importar GeoJSON/KML…</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="102" />
        <location filename="../screens/map/screen.py" line="165" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="103" />
        <location filename="../screens/map/screen.py" line="167" />
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="143" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="145" />
        <source>To the bin</source>
        <translation>A la papelera</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="154" />
        <source>Export GeoJSON/KML…</source>
        <translation>Exportar GeoJSON/KML…</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="156" />
        <source>Import territory boundary…</source>
        <translation>Importar límite del territorio…</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="169" />
        <source>Send to the bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="220" />
        <source>Click the place on the map</source>
        <translation>Haga clic en el lugar en el mapa</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="221" />
        <source>Click the map to add a point</source>
        <translation>Haga clic en el mapa para agregar un punto</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="222" />
        <source>Click each point of the line; double-click or Enter to finish</source>
        <translation>Haga clic en cada punto de la línea; doble clic o Enter para terminar</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="223" />
        <source>Click each corner; double-click or Enter to close the shape</source>
        <translation>Haga clic en cada esquina; doble clic o Enter para cerrar la figura</translation>
    </message>
    <message>
        <location filename="../screens/map/tools.py" line="33" />
        <source>(no session)</source>
        <translation>(sin sesión)</translation>
    </message>
    <message>
        <location filename="../screens/map/tools.py" line="41" />
        <source>No basemap (neutral background)</source>
        <translation>Sin mapa base (fondo neutro)</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="236" />
        <source>Choose another category</source>
        <translation>Elija otra categoría</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="237" />
        <source>«{cat}» cannot be drawn as this shape. Choose a category such as «{other}».</source>
        <translation>«{cat}» no se puede dibujar con esta forma. Elija una categoría como «{other}».</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="259" />
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="268" />
        <location filename="../screens/map/screen.py" line="280" />
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../screens/map/screen.py" line="291" />
        <source>Change not saved</source>
        <translation>Cambio no guardado</translation>
    </message>
    <message>
        <location filename="../screens/map/tools.py" line="58" />
        <source>Found: {n}</source>
        <translation>Encontrados: {n}</translation>
    </message>
    <message>
        <location filename="../screens/map/tools.py" line="128" />
        <source>Elements imported: {n}</source>
        <translation>Elementos importados: {n}</translation>
    </message>
    <message>
        <location filename="../screens/map/tools.py" line="105" />
        <source>Import basemap</source>
        <translation>Importar mapa base</translation>
    </message>
    <message>
        <location filename="../screens/map/tools.py" line="105" />
        <source>MBTiles (*.mbtiles)</source>
        <translation>MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <location filename="../screens/map/tools.py" line="112" />
        <source>Basemap not imported</source>
        <translation>Mapa base no importado</translation>
    </message>
    <message>
        <location filename="../screens/map/tools.py" line="117" />
        <source>Import map elements</source>
        <translation>Importar elementos del mapa</translation>
    </message>
    <message>
        <location filename="../screens/map/tools.py" line="118" />
        <location filename="../screens/map/tools.py" line="148" />
        <source>GeoJSON or KML (*.geojson *.json *.kml)</source>
        <translation>GeoJSON o KML (*.geojson *.json *.kml)</translation>
    </message>
    <message>
        <location filename="../screens/map/tools.py" line="126" />
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location filename="../screens/map/tools.py" line="128" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../screens/map/tools.py" line="132" />
        <source>Export map</source>
        <translation>Exportar mapa</translation>
    </message>
    <message>
        <location filename="../screens/map/tools.py" line="133" />
        <source>GeoJSON (*.geojson);;KML (*.kml)</source>
        <translation>GeoJSON (*.geojson);;KML (*.kml)</translation>
    </message>
    <message>
        <location filename="../screens/map/tools.py" line="147" />
        <source>Import the territory boundary</source>
        <translation>Importar el límite del territorio</translation>
    </message>
    <message>
        <location filename="../screens/map/tools.py" line="153" />
        <source>Boundary not imported</source>
        <translation>No se importó el límite</translation>
    </message>
</context>
<context>
    <name>MapUndo</name>
    <message>
        <location filename="../screens/map/undo.py" line="58" />
        <source>Add to the map</source>
        <translation>Agregar al mapa</translation>
    </message>
    <message>
        <location filename="../screens/map/undo.py" line="75" />
        <source>Send to the bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../screens/map/sessions.py" line="36" />
        <source>New workshop session</source>
        <translation>Nueva sesión de cartografía participativa</translation>
    </message>
    <message>
        <location filename="../screens/map/sessions.py" line="36" />
        <source>Workshop session</source>
        <translation>Sesión del taller</translation>
    </message>
    <message>
        <location filename="../screens/map/sessions.py" line="44" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../screens/map/sessions.py" line="45" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../screens/map/sessions.py" line="46" />
        <source>Facilitator</source>
        <translation>Facilitador(a)</translation>
    </message>
    <message>
        <location filename="../screens/map/sessions.py" line="48" />
        <source>Participants by age and gender (counts only, never names)</source>
        <translation>Participantes por edad y género (solo cantidades, nunca nombres)</translation>
    </message>
    <message>
        <location filename="../screens/map/sessions.py" line="62" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../screens/map/sessions.py" line="101" />
        <source>Session not saved</source>
        <translation>Sesión no guardada</translation>
    </message>
</context>
</TS>