<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>CompareView</name>
    <message>
        <source>Compare two walks</source>
        <translation>Comparar dos marchas</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Two walks are needed to compare.</source>
        <translation>Se necesitan dos marchas para comparar.</translation>
    </message>
    <message>
        <source>These walks do not share the same route: compare with care.</source>
        <translation>Estas marchas no comparten el mismo recorrido: compare con cuidado.</translation>
    </message>
    <message>
        <source>Overall: %1 → %2. Better: %3 items, worse: %4, same: %5.</source>
        <translation>General: %1 → %2. Mejoran: %3 ítems, empeoran: %4, iguales: %5.</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <source>e.g. clear, 14 °C, light wind</source>
        <translation>p. ej., despejado, 14 °C, viento suave</translation>
    </message>
    <message>
        <source>The route is drawn on the map; walks that share a route can be compared.</source>
        <translation>El recorrido se dibuja en el mapa; las marchas que comparten recorrido se pueden comparar.</translation>
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
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Day or night</source>
        <translation>Diurna o nocturna</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Clima</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Participants (counts only, no names)</source>
        <translation>Participantes (solo conteos, sin nombres)</translation>
    </message>
    <message>
        <source>(no route yet: draw it on the map)</source>
        <translation>(aún sin recorrido: dibújelo en el mapa)</translation>
    </message>
</context>
<context>
    <name>ItemEntry</name>
    <message>
        <source>%v answered</source>
        <translation>%v respondidos</translation>
    </message>
    <message>
        <source>What the group sees or says (no names)…</source>
        <translation>Lo que el grupo ve o dice (sin nombres)…</translation>
    </message>
    <message>
        <source>— no priority —</source>
        <translation>— sin prioridad —</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Unidad responsable</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Priority (A/M/B)</source>
        <translation>Prioridad (A/M/B)</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>Derivar a</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Agregar foto…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Clear point</source>
        <translation>Quitar punto</translation>
    </message>
    <message>
        <source>◀ Previous (PgUp)</source>
        <translation>◀ Anterior (RePág)</translation>
    </message>
    <message>
        <source>Next (Enter) ▶</source>
        <translation>Siguiente (Enter) ▶</translation>
    </message>
    <message>
        <source>Map feature…</source>
        <translation>Elemento del mapa…</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 de %2 ítems</translation>
    </message>
    <message>
        <source>0 Very bad</source>
        <translation>0 Muy malo</translation>
    </message>
    <message>
        <source>1 Poor</source>
        <translation>1 Deficiente</translation>
    </message>
    <message>
        <source>2 Acceptable</source>
        <translation>2 Aceptable</translation>
    </message>
    <message>
        <source>3 Good</source>
        <translation>3 Bueno</translation>
    </message>
    <message>
        <source>Yes (S)</source>
        <translation>Sí (S)</translation>
    </message>
    <message>
        <source>No (0)</source>
        <translation>No (0)</translation>
    </message>
    <message>
        <source>N/O (N)</source>
        <translation>N/O (N)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>no point</source>
        <translation>sin punto</translation>
    </message>
    <message>
        <source>Use the photo&apos;s location (%1, %2)</source>
        <translation>Usar la ubicación de la foto (%1, %2)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Agregar fotos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.heic *.heif)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.heic *.heif)</translation>
    </message>
</context>
<context>
    <name>ScoresView</name>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Mean (0–3)</source>
        <translation>Promedio (0–3)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Referrals by responsible unit</source>
        <translation>Derivaciones por unidad responsable</translation>
    </message>
    <message>
        <source>Unit / item</source>
        <translation>Unidad / ítem</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Overall score: %1 (answered %2 of %3 items)</source>
        <translation>Puntaje general: %1 (respondidos %2 de %3 ítems)</translation>
    </message>
</context>
<context>
    <name>WalksScreen</name>
    <message>
        <source>Exploratory walks</source>
        <translation>Marchas exploratorias</translation>
    </message>
    <message>
        <source>Walk the barrio with neighbours by day and after dark, item by item. Select two walks of the same route to compare them.</source>
        <translation>Recorra el barrio con vecinas y vecinos de día y de noche, ítem por ítem. Seleccione dos marchas del mismo recorrido para compararlas.</translation>
    </message>
    <message>
        <source>New walk</source>
        <translation>Nueva marcha</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Compare the two selected</source>
        <translation>Comparar las dos seleccionadas</translation>
    </message>
    <message>
        <source>Send to the bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de chequeo</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Scores and referrals</source>
        <translation>Puntajes y derivaciones</translation>
    </message>
    <message>
        <source>◀ All walks</source>
        <translation>◀ Todas las marchas</translation>
    </message>
    <message>
        <source>Checklist not loaded: %1</source>
        <translation>Lista de chequeo no cargada: %1</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · score %4</source>
        <translation>%1 — %2 · %3 · puntaje %4</translation>
    </message>
    <message>
        <source>No walks yet in this territory.</source>
        <translation>Aún no hay marchas en este territorio.</translation>
    </message>
</context>
</TS>
