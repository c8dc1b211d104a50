<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>ComunaMap</name>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>desde el inicio</translation>
    </message>
    <message>
        <source>until today</source>
        <translation>hasta hoy</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Density (hotspots)</source>
        <translation>Densidad (focos)</translation>
    </message>
    <message>
        <source>Points and density</source>
        <translation>Puntos y densidad</translation>
    </message>
    <message>
        <source>Include sensitive</source>
        <translation>Incluir sensibles</translation>
    </message>
    <message>
        <source>Sensitive features are internal: never show them to the community.</source>
        <translation>Los elementos sensibles son internos: nunca los muestre a la comunidad.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Gestor</source>
        <translation>Gestor/a</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>All gestores</source>
        <translation>Todos los gestores</translation>
    </message>
    <message>
        <source>Whole comuna</source>
        <translation>Toda la comuna</translation>
    </message>
    <message>
        <source>Cancelled. Change a filter to read the map again.</source>
        <translation>Cancelado. Cambie un filtro para volver a leer el mapa.</translation>
    </message>
    <message>
        <source>The map of the comuna could not be read: %1</source>
        <translation>No se pudo leer el mapa de la comuna: %1</translation>
    </message>
    <message>
        <source>%1 features shown</source>
        <translation>%1 elementos en el mapa</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Map of the comuna</source>
        <translation>Mapa de la comuna</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>No se pudo leer el resumen: %1</translation>
    </message>
    <message>
        <source>The whole comuna on %1: what each gestor sent and when, what each territory holds, how the action plans go and what is waiting.</source>
        <translation>Toda la comuna al %1: qué envió cada gestor/a y cuándo, qué tiene cada territorio, cómo avanzan los planes de acción y qué está pendiente.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Gestores (laptops)</source>
        <translation>Gestores (equipos de terreno)</translation>
    </message>
    <message>
        <source>Mean progress of the action plans</source>
        <translation>Avance promedio de los planes de acción</translation>
    </message>
    <message>
        <source>Overdue activities</source>
        <translation>Actividades atrasadas</translation>
    </message>
    <message>
        <source>Sync conflicts to resolve</source>
        <translation>Conflictos de sincronización por resolver</translation>
    </message>
    <message>
        <source>Open neighbours&apos; requests</source>
        <translation>Requerimientos vecinales abiertos</translation>
    </message>
    <message>
        <source>Gestor / laptop</source>
        <translation>Gestor/a · equipo</translation>
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
        <source>Last bundle</source>
        <translation>Último paquete</translation>
    </message>
    <message>
        <source>Days without news</source>
        <translation>Días sin noticias</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>Paquetes faltantes</translation>
    </message>
    <message>
        <source>Walks</source>
        <translation>Marchas</translation>
    </message>
    <message>
        <source>Focus groups</source>
        <translation>Grupos focales</translation>
    </message>
    <message>
        <source>Map features</source>
        <translation>Elementos del mapa</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Gestores</source>
        <translation>Gestores</translation>
    </message>
    <message>
        <source>Plan progress</source>
        <translation>Avance del plan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Requerimientos abiertos</translation>
    </message>
    <message>
        <source>Ámbito</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Con medición</translation>
    </message>
    <message>
        <source>Mean attainment</source>
        <translation>Logro medio</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Logradas</translation>
    </message>
    <message>
        <source>The goals of each territory&apos;s own objectives (a comuna&apos;s are those of the Plan Comunal), by the objective&apos;s ámbito. Attainment of a goal: how far its latest measurement has gone from the baseline to the target (0–100 %). Overdue: past its due date and not reached.</source>
        <translation>Las metas de los objetivos propios de cada territorio (los de la comuna son los del Plan Comunal), según el ámbito del objetivo. Logro de una meta: cuánto ha avanzado su última medición desde la línea base hacia la meta (0–100 %). Atrasadas: pasado su plazo sin lograrse.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Días abierto</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Overdue activities across the comuna</source>
        <translation>Actividades atrasadas en la comuna</translation>
    </message>
    <message>
        <source>Open neighbours&apos; requests, the longest waiting first</source>
        <translation>Requerimientos vecinales abiertos, los que más esperan primero</translation>
    </message>
    <message>
        <source>Gestores and their laptops</source>
        <translation>Gestores y sus equipos</translation>
    </message>
    <message>
        <source>Indicators by ámbito (Plan Comunal)</source>
        <translation>Indicadores por ámbito (Plan Comunal)</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Este equipo (%1)</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>Otros equipos</translation>
    </message>
    <message>
        <source>Enrolled, no bundle yet</source>
        <translation>Inscrito, sin paquetes aún</translation>
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
        <source>%1 gestores</source>
        <translation>%1 gestores</translation>
    </message>
    <message>
        <source>No bundle received for more than %1 days.</source>
        <translation>Sin paquetes recibidos hace más de %1 días.</translation>
    </message>
    <message>
        <source>No bundle received yet.</source>
        <translation>Aún no se ha recibido ningún paquete.</translation>
    </message>
    <message>
        <source>Missing bundles: %1.</source>
        <translation>Faltan los paquetes n.º %1.</translation>
    </message>
    <message>
        <source>Whole comuna</source>
        <translation>Toda la comuna</translation>
    </message>
    <message>
        <source>Highlighted: a laptop not heard from in more than %1 days, or with missing bundles (hover for details).</source>
        <translation>Destacado: un equipo sin noticias hace más de %1 días o con paquetes faltantes (pase el mouse para ver el detalle).</translation>
    </message>
    <message>
        <source>On a laptop the summary shows only this laptop&apos;s own records; the office sees every gestor.</source>
        <translation>En un equipo de terreno el resumen muestra solo los registros de este equipo; la oficina ve a todos los gestores.</translation>
    </message>
    <message>
        <source>This installation is not part of a project yet: no laptops enrolled.</source>
        <translation>Esta instalación aún no pertenece a un proyecto: no hay equipos inscritos.</translation>
    </message>
    <message>
        <source>No laptop enrolled yet (Synchronisation).</source>
        <translation>Aún no hay equipos inscritos (Sincronización).</translation>
    </message>
    <message>
        <source>marked late</source>
        <translation>marcada atrasada</translation>
    </message>
    <message>
        <source>0–7 days</source>
        <translation>0–7 días</translation>
    </message>
    <message>
        <source>8–30 days</source>
        <translation>8–30 días</translation>
    </message>
    <message>
        <source>More than 30 days</source>
        <translation>Más de 30 días</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Derivada</translation>
    </message>
    <message>
        <source>No ámbito</source>
        <translation>Sin ámbito</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Todos los territorios</translation>
    </message>
    <message>
        <source>%1 need attention</source>
        <translation>%1 requieren atención</translation>
    </message>
    <message>
        <source>none enrolled</source>
        <translation>ninguno inscrito</translation>
    </message>
    <message>
        <source>walks: %1 · focus groups: %2 · plans: %3 · activities: %4</source>
        <translation>marchas: %1 · grupos focales: %2 · planes: %3 · actividades: %4</translation>
    </message>
    <message>
        <source>over %1 activities</source>
        <translation>sobre %1 actividades</translation>
    </message>
    <message>
        <source>past their end date or marked late</source>
        <translation>vencidas o marcadas atrasadas</translation>
    </message>
    <message>
        <source>same field changed on two laptops</source>
        <translation>el mismo campo cambiado en dos equipos</translation>
    </message>
    <message>
        <source>0–7 d: %1 · 8–30 d: %2 · &gt;30 d: %3</source>
        <translation>0–7 d: %1 · 8–30 d: %2 · &gt;30 d: %3</translation>
    </message>
</context>
</TS>
