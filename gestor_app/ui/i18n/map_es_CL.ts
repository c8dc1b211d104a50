<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>FeaturePanel</name>
    <message>
        <source>Selected element</source>
        <translation>Elemento seleccionado</translation>
    </message>
    <message>
        <source>Click an element of the map to edit it, or choose a tool to draw.</source>
        <translation>Haga clic en un elemento del mapa para editarlo, o elija una herramienta para dibujar.</translation>
    </message>
    <message>
        <source>What neighbours call this place</source>
        <translation>Cómo llaman los vecinos a este lugar</translation>
    </message>
    <message>
        <source>What was said about it in the workshop…</source>
        <translation>Lo que se dijo de este lugar en el taller…</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Sensitive elements never appear in documents for the community.</source>
        <translation>Los elementos sensibles nunca aparecen en documentos para la comunidad.</translation>
    </message>
    <message>
        <source>Send to the bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polígono</translation>
    </message>
    <message>
        <source>Finish shape</source>
        <translation>Terminar figura</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Mapa base</translation>
    </message>
    <message>
        <source>Import basemap…</source>
        <translation>Importar mapa base…</translation>
    </message>
    <message>
        <source>Search the map…</source>
        <translation>Buscar en el mapa…</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Workshop session</source>
        <translation>Sesión del taller</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <source>Import GeoJSON/KML…</source>
        <translation>Importar GeoJSON/KML…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>To the bin</source>
        <translation>A la papelera</translation>
    </message>
    <message>
        <source>Export GeoJSON/KML…</source>
        <translation>Exportar GeoJSON/KML…</translation>
    </message>
    <message>
        <source>Import territory boundary…</source>
        <translation>Importar límite del territorio…</translation>
    </message>
    <message>
        <source>Send to the bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>Click the place on the map</source>
        <translation>Haga clic en el lugar en el mapa</translation>
    </message>
    <message>
        <source>Click the map to add a point</source>
        <translation>Haga clic en el mapa para agregar un punto</translation>
    </message>
    <message>
        <source>Click each point of the line; double-click or Enter to finish</source>
        <translation>Haga clic en cada punto de la línea; doble clic o Enter para terminar</translation>
    </message>
    <message>
        <source>Click each corner; double-click or Enter to close the shape</source>
        <translation>Haga clic en cada esquina; doble clic o Enter para cerrar la figura</translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation>(sin sesión)</translation>
    </message>
    <message>
        <source>No basemap (neutral background)</source>
        <translation>Sin mapa base (fondo neutro)</translation>
    </message>
    <message>
        <source>Choose another category</source>
        <translation>Elija otra categoría</translation>
    </message>
    <message>
        <source>«{cat}» cannot be drawn as this shape. Choose a category such as «{other}».</source>
        <translation>«{cat}» no se puede dibujar con esta forma. Elija una categoría como «{other}».</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Cambio no guardado</translation>
    </message>
    <message>
        <source>Found: {n}</source>
        <translation>Encontrados: {n}</translation>
    </message>
    <message>
        <source>Elements imported: {n}</source>
        <translation>Elementos importados: {n}</translation>
    </message>
    <message>
        <source>Import basemap</source>
        <translation>Importar mapa base</translation>
    </message>
    <message>
        <source>MBTiles (*.mbtiles)</source>
        <translation>MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <source>Basemap not imported</source>
        <translation>Mapa base no importado</translation>
    </message>
    <message>
        <source>Import map elements</source>
        <translation>Importar elementos del mapa</translation>
    </message>
    <message>
        <source>GeoJSON or KML (*.geojson *.json *.kml)</source>
        <translation>GeoJSON o KML (*.geojson *.json *.kml)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Exportar mapa</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson);;KML (*.kml)</source>
        <translation>GeoJSON (*.geojson);;KML (*.kml)</translation>
    </message>
    <message>
        <source>Import the territory boundary</source>
        <translation>Importar el límite del territorio</translation>
    </message>
    <message>
        <source>Boundary not imported</source>
        <translation>No se importó el límite</translation>
    </message>
</context>
<context>
    <name>MapUndo</name>
    <message>
        <source>Add to the map</source>
        <translation>Agregar al mapa</translation>
    </message>
    <message>
        <source>Send to the bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New workshop session</source>
        <translation>Nueva sesión de cartografía participativa</translation>
    </message>
    <message>
        <source>Workshop session</source>
        <translation>Sesión del taller</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador(a)</translation>
    </message>
    <message>
        <source>Participants by age and gender (counts only, never names)</source>
        <translation>Participantes por edad y género (solo cantidades, nunca nombres)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Sesión no guardada</translation>
    </message>
</context>
</TS>
