<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>CompareView</name>
    <message>
        <location filename="../screens/walks/summary.py" line="90"/>
        <source>Compare two walks</source>
        <translation>Comparar dos marchas</translation>
    </message>
    <message>
        <location filename="../screens/walks/summary.py" line="94"/>
        <location filename="../screens/walks/summary.py" line="106"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../screens/walks/summary.py" line="94"/>
        <location filename="../screens/walks/summary.py" line="106"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../screens/walks/summary.py" line="106"/>
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <location filename="../screens/walks/summary.py" line="106"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../screens/walks/summary.py" line="106"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../screens/walks/summary.py" line="125"/>
        <source>Two walks are needed to compare.</source>
        <translation>Se necesitan dos marchas para comparar.</translation>
    </message>
    <message>
        <location filename="../screens/walks/summary.py" line="136"/>
        <source>These walks do not share the same route: compare with care.</source>
        <translation>Estas marchas no comparten el mismo recorrido: compare con cuidado.</translation>
    </message>
    <message>
        <location filename="../screens/walks/summary.py" line="137"/>
        <source>Overall: %1 → %2. Better: %3 items, worse: %4, same: %5.</source>
        <translation>General: %1 → %2. Mejoran: %3 ítems, empeoran: %4, iguales: %5.</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../screens/walks/header.py" line="51"/>
        <source>e.g. clear, 14 °C, light wind</source>
        <translation>p. ej., despejado, 14 °C, viento suave</translation>
    </message>
    <message>
        <location filename="../screens/walks/header.py" line="54"/>
        <source>The route is drawn on the map; walks that share a route can be compared.</source>
        <translation>El recorrido se dibuja en el mapa; las marchas que comparten recorrido se pueden comparar.</translation>
    </message>
    <message>
        <location filename="../screens/walks/header.py" line="59"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../screens/walks/header.py" line="59"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../screens/walks/header.py" line="60"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../screens/walks/header.py" line="60"/>
        <source>End</source>
        <translation>Término</translation>
    </message>
    <message>
        <location filename="../screens/walks/header.py" line="61"/>
        <source>Day or night</source>
        <translation>Diurna o nocturna</translation>
    </message>
    <message>
        <location filename="../screens/walks/header.py" line="61"/>
        <source>Weather</source>
        <translation>Clima</translation>
    </message>
    <message>
        <location filename="../screens/walks/header.py" line="62"/>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <location filename="../screens/walks/header.py" line="62"/>
        <source>Route</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <location filename="../screens/walks/header.py" line="63"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../screens/walks/header.py" line="73"/>
        <source>Participants (counts only, no names)</source>
        <translation>Participantes (solo conteos, sin nombres)</translation>
    </message>
    <message>
        <location filename="../screens/walks/header.py" line="144"/>
        <source>(no route yet: draw it on the map)</source>
        <translation>(aún sin recorrido: dibújelo en el mapa)</translation>
    </message>
</context>
<context>
    <name>ItemEntry</name>
    <message>
        <location filename="../screens/walks/entry.py" line="60"/>
        <source>%v answered</source>
        <translation>%v respondidos</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="103"/>
        <source>What the group sees or says (no names)…</source>
        <translation>Lo que el grupo ve o dice (sin nombres)…</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="107"/>
        <source>— no priority —</source>
        <translation>— sin prioridad —</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="116"/>
        <source>Responsible unit</source>
        <translation>Unidad responsable</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="119"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="120"/>
        <source>Priority (A/M/B)</source>
        <translation>Prioridad (A/M/B)</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="121"/>
        <source>Refer to</source>
        <translation>Derivar a</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="122"/>
        <location filename="../screens/walks/entry.py" line="303"/>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="125"/>
        <source>Add photo…</source>
        <translation>Agregar foto…</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="130"/>
        <location filename="../screens/walks/entry.py" line="351"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="141"/>
        <source>Clear point</source>
        <translation>Quitar punto</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="150"/>
        <source>◀ Previous (PgUp)</source>
        <translation>◀ Anterior (RePág)</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="151"/>
        <source>Next (Enter) ▶</source>
        <translation>Siguiente (Enter) ▶</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="171"/>
        <source>Map feature…</source>
        <translation>Elemento del mapa…</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="190"/>
        <source>%1 of %2 items</source>
        <translation>%1 de %2 ítems</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="214"/>
        <source>0 Very bad</source>
        <translation>0 Muy malo</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="214"/>
        <source>1 Poor</source>
        <translation>1 Deficiente</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="214"/>
        <source>2 Acceptable</source>
        <translation>2 Aceptable</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="215"/>
        <source>3 Good</source>
        <translation>3 Bueno</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="215"/>
        <source>Yes (S)</source>
        <translation>Sí (S)</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="215"/>
        <source>No (0)</source>
        <translation>No (0)</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="216"/>
        <source>N/O (N)</source>
        <translation>N/O (N)</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="226"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="226"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="232"/>
        <source>no point</source>
        <translation>sin punto</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="240"/>
        <source>Use the photo&apos;s location (%1, %2)</source>
        <translation>Usar la ubicación de la foto (%1, %2)</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="321"/>
        <location filename="../screens/walks/entry.py" line="342"/>
        <source>Add photos</source>
        <translation>Agregar fotos</translation>
    </message>
    <message>
        <location filename="../screens/walks/entry.py" line="322"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.heif)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.heic *.heif)</translation>
    </message>
</context>
<context>
    <name>ScoresView</name>
    <message>
        <location filename="../screens/walks/summary.py" line="54"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../screens/walks/summary.py" line="54"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../screens/walks/summary.py" line="54"/>
        <source>Mean (0–3)</source>
        <translation>Promedio (0–3)</translation>
    </message>
    <message>
        <location filename="../screens/walks/summary.py" line="54"/>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <location filename="../screens/walks/summary.py" line="58"/>
        <source>Referrals by responsible unit</source>
        <translation>Derivaciones por unidad responsable</translation>
    </message>
    <message>
        <location filename="../screens/walks/summary.py" line="60"/>
        <source>Unit / item</source>
        <translation>Unidad / ítem</translation>
    </message>
    <message>
        <location filename="../screens/walks/summary.py" line="60"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../screens/walks/summary.py" line="60"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../screens/walks/summary.py" line="68"/>
        <source>Overall score: %1 (answered %2 of %3 items)</source>
        <translation>Puntaje general: %1 (respondidos %2 de %3 ítems)</translation>
    </message>
</context>
<context>
    <name>WalksScreen</name>
    <message>
        <location filename="../screens/walks/screen.py" line="45"/>
        <location filename="../screens/walks/screen.py" line="222"/>
        <source>Exploratory walks</source>
        <translation>Marchas exploratorias</translation>
    </message>
    <message>
        <location filename="../screens/walks/screen.py" line="62"/>
        <source>Walk the barrio with neighbours by day and after dark, item by item. Select two walks of the same route to compare them.</source>
        <translation>Recorra el barrio con vecinas y vecinos de día y de noche, ítem por ítem. Seleccione dos marchas del mismo recorrido para compararlas.</translation>
    </message>
    <message>
        <location filename="../screens/walks/screen.py" line="77"/>
        <source>New walk</source>
        <translation>Nueva marcha</translation>
    </message>
    <message>
        <location filename="../screens/walks/screen.py" line="79"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../screens/walks/screen.py" line="81"/>
        <source>Compare the two selected</source>
        <translation>Comparar las dos seleccionadas</translation>
    </message>
    <message>
        <location filename="../screens/walks/screen.py" line="83"/>
        <source>Send to the bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/walks/screen.py" line="85"/>
        <location filename="../screens/walks/screen.py" line="100"/>
        <source>Checklist</source>
        <translation>Lista de chequeo</translation>
    </message>
    <message>
        <location filename="../screens/walks/screen.py" line="99"/>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../screens/walks/screen.py" line="101"/>
        <source>Scores and referrals</source>
        <translation>Puntajes y derivaciones</translation>
    </message>
    <message>
        <location filename="../screens/walks/screen.py" line="113"/>
        <source>◀ All walks</source>
        <translation>◀ Todas las marchas</translation>
    </message>
    <message>
        <location filename="../screens/walks/screen.py" line="127"/>
        <source>Checklist not loaded: %1</source>
        <translation>Lista de chequeo no cargada: %1</translation>
    </message>
    <message>
        <location filename="../screens/walks/screen.py" line="132"/>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <location filename="../screens/walks/screen.py" line="143"/>
        <source>%1 — %2 · %3 · score %4</source>
        <translation>%1 — %2 · %3 · puntaje %4</translation>
    </message>
    <message>
        <location filename="../screens/walks/screen.py" line="147"/>
        <source>No walks yet in this territory.</source>
        <translation>Aún no hay marchas en este territorio.</translation>
    </message>
</context>
</TS>
