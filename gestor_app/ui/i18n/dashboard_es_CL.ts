<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_CL">
<context>
    <name>ComunaMap</name>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="41" />
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="48" />
        <source>from the start</source>
        <translation>desde el inicio</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="49" />
        <source>until today</source>
        <translation>hasta hoy</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="51" />
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="52" />
        <source>Density (hotspots)</source>
        <translation>Densidad (focos)</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="53" />
        <source>Points and density</source>
        <translation>Puntos y densidad</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="54" />
        <source>Include sensitive</source>
        <translation>Incluir sensibles</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="55" />
        <source>Sensitive features are internal: never show them to the community.</source>
        <translation>Los elementos sensibles son internos: nunca los muestre a la comunidad.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="68" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="68" />
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="69" />
        <source>Gestor</source>
        <translation>Gestor/a</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="70" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="70" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="70" />
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="98" />
        <source>All gestores</source>
        <translation>Todos los gestores</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="109" />
        <source>Whole comuna</source>
        <translation>Toda la comuna</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="146" />
        <source>Cancelled. Change a filter to read the map again.</source>
        <translation>Cancelado. Cambie un filtro para volver a leer el mapa.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="151" />
        <source>The map of the comuna could not be read: %1</source>
        <translation>No se pudo leer el mapa de la comuna: %1</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/comuna_map.py" line="169" />
        <source>%1 features shown</source>
        <translation>%1 elementos en el mapa</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../screens/dashboard/screen.py" line="29" />
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/screen.py" line="47" />
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/screen.py" line="48" />
        <source>Map of the comuna</source>
        <translation>Mapa de la comuna</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/screen.py" line="67" />
        <source>The overview could not be read: %1</source>
        <translation>No se pudo leer el resumen: %1</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/screen.py" line="73" />
        <source>The whole comuna on %1: what each gestor sent and when, what each territory holds, how the action plans go and what is waiting.</source>
        <translation>Toda la comuna al %1: qué envió cada gestor/a y cuándo, qué tiene cada territorio, cómo avanzan los planes de acción y qué está pendiente.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../screens/dashboard/summary.py" line="115" />
        <source>Gestores (laptops)</source>
        <translation>Gestores (equipos de terreno)</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="117" />
        <source>Mean progress of the action plans</source>
        <translation>Avance promedio de los planes de acción</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="118" />
        <source>Overdue activities</source>
        <translation>Actividades atrasadas</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="119" />
        <source>Sync conflicts to resolve</source>
        <translation>Conflictos de sincronización por resolver</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="120" />
        <source>Open neighbours' requests</source>
        <translation>Requerimientos vecinales abiertos</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="127" />
        <source>Gestor / laptop</source>
        <translation>Gestor/a · equipo</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="127" />
        <location filename="../screens/dashboard/summary.py" line="146" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="127" />
        <location filename="../screens/dashboard/summary.py" line="155" />
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="128" />
        <location filename="../screens/dashboard/summary.py" line="132" />
        <source>Last bundle</source>
        <translation>Último paquete</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="128" />
        <source>Days without news</source>
        <translation>Días sin noticias</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="128" />
        <source>Missing bundles</source>
        <translation>Paquetes faltantes</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="129" />
        <location filename="../screens/dashboard/summary.py" line="132" />
        <source>Walks</source>
        <translation>Marchas</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="129" />
        <location filename="../screens/dashboard/summary.py" line="132" />
        <source>Focus groups</source>
        <translation>Grupos focales</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="116" />
        <location filename="../screens/dashboard/summary.py" line="129" />
        <location filename="../screens/dashboard/summary.py" line="133" />
        <source>Map features</source>
        <translation>Elementos del mapa</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="130" />
        <location filename="../screens/dashboard/summary.py" line="133" />
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="130" />
        <location filename="../screens/dashboard/summary.py" line="133" />
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="131" />
        <location filename="../screens/dashboard/summary.py" line="135" />
        <location filename="../screens/dashboard/summary.py" line="143" />
        <location filename="../screens/dashboard/summary.py" line="146" />
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="131" />
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="131" />
        <source>Gestores</source>
        <translation>Gestores</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="134" />
        <source>Plan progress</source>
        <translation>Avance del plan</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="134" />
        <location filename="../screens/dashboard/summary.py" line="137" />
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="134" />
        <source>Open requests</source>
        <translation>Requerimientos abiertos</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="135" />
        <source>Ámbito</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="135" />
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="136" />
        <source>Measured</source>
        <translation>Con medición</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="136" />
        <source>Mean attainment</source>
        <translation>Logro medio</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="136" />
        <source>Reached</source>
        <translation>Logradas</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="138" />
        <source>The goals of each territory's own objectives (a comuna's are those of the Plan Comunal), by the objective's ámbito. Attainment of a goal: how far its latest measurement has gone from the baseline to the target (0–100 %). Overdue: past its due date and not reached.</source>
        <translation>Las metas de los objetivos propios de cada territorio (los de la comuna son los del Plan Comunal), según el ámbito del objetivo. Logro de una meta: cuánto ha avanzado su última medición desde la línea base hacia la meta (0–100 %). Atrasadas: pasado su plazo sin lograrse.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="143" />
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="143" />
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="144" />
        <source>Due</source>
        <translation>Término</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="144" />
        <source>Days late</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="144" />
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="145" />
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="145" />
        <source>Days open</source>
        <translation>Días abierto</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="145" />
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="146" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="151" />
        <source>Overdue activities across the comuna</source>
        <translation>Actividades atrasadas en la comuna</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="152" />
        <source>Open neighbours' requests, the longest waiting first</source>
        <translation>Requerimientos vecinales abiertos, los que más esperan primero</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="154" />
        <source>Gestores and their laptops</source>
        <translation>Gestores y sus equipos</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="156" />
        <source>Indicators by ámbito (Plan Comunal)</source>
        <translation>Indicadores por ámbito (Plan Comunal)</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="178" />
        <source>This computer (%1)</source>
        <translation>Este equipo (%1)</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="180" />
        <source>Other devices</source>
        <translation>Otros equipos</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="184" />
        <source>Enrolled, no bundle yet</source>
        <translation>Inscrito, sin paquetes aún</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="184" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="185" />
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="191" />
        <source>%1 gestores</source>
        <translation>%1 gestores</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="197" />
        <source>No bundle received for more than %1 days.</source>
        <translation>Sin paquetes recibidos hace más de %1 días.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="198" />
        <source>No bundle received yet.</source>
        <translation>Aún no se ha recibido ningún paquete.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="200" />
        <source>Missing bundles: %1.</source>
        <translation>Faltan los paquetes n.º %1.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="209" />
        <source>Whole comuna</source>
        <translation>Toda la comuna</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="215" />
        <source>Highlighted: a laptop not heard from in more than %1 days, or with missing bundles (hover for details).</source>
        <translation>Destacado: un equipo sin noticias hace más de %1 días o con paquetes faltantes (pase el mouse para ver el detalle).</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="218" />
        <source>On a laptop the summary shows only this laptop's own records; the office sees every gestor.</source>
        <translation>En un equipo de terreno el resumen muestra solo los registros de este equipo; la oficina ve a todos los gestores.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="221" />
        <source>This installation is not part of a project yet: no laptops enrolled.</source>
        <translation>Esta instalación aún no pertenece a un proyecto: no hay equipos inscritos.</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="223" />
        <source>No laptop enrolled yet (Synchronisation).</source>
        <translation>Aún no hay equipos inscritos (Sincronización).</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="232" />
        <source>marked late</source>
        <translation>marcada atrasada</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="234" />
        <source>0–7 days</source>
        <translation>0–7 días</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="234" />
        <source>8–30 days</source>
        <translation>8–30 días</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="234" />
        <source>More than 30 days</source>
        <translation>Más de 30 días</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="235" />
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="235" />
        <source>Referred</source>
        <translation>Derivada</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="242" />
        <source>No ámbito</source>
        <translation>Sin ámbito</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="244" />
        <source>All territories</source>
        <translation>Todos los territorios</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="262" />
        <source>%1 need attention</source>
        <translation>%1 requieren atención</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="263" />
        <source>none enrolled</source>
        <translation>ninguno inscrito</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="264" />
        <source>walks: %1 · focus groups: %2 · plans: %3 · activities: %4</source>
        <translation>marchas: %1 · grupos focales: %2 · planes: %3 · actividades: %4</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="268" />
        <source>over %1 activities</source>
        <translation>sobre %1 actividades</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="269" />
        <source>past their end date or marked late</source>
        <translation>vencidas o marcadas atrasadas</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="270" />
        <source>same field changed on two laptops</source>
        <translation>el mismo campo cambiado en dos equipos</translation>
    </message>
    <message>
        <location filename="../screens/dashboard/summary.py" line="273" />
        <source>0–7 d: %1 · 8–30 d: %2 · &gt;30 d: %3</source>
        <translation>0–7 d: %1 · 8–30 d: %2 · &gt;30 d: %3</translation>
    </message>
</context>
</TS>