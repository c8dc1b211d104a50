<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
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
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Role or organisation (no personal data needed)</source>
        <translation>Cargo u organización (no se necesitan datos personales)</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Start / end</source>
        <translation>Inicio / término</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Lugares del mapa</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation>(sin objetivo)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>El término no puede ser anterior al inicio.</translation>
    </message>
</context>
<context>
    <name>ActivityStatus</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>FollowUpScreen</name>
    <message>
        <source>5. Follow-up</source>
        <translation>5. Seguimiento</translation>
    </message>
    <message>
        <source>Progress log</source>
        <translation>Registro de avances</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Validation of the plan</source>
        <translation>Validación del plan</translation>
    </message>
    <message>
        <source>Choose a territory to work in (button at the top).</source>
        <translation>Elija un territorio para trabajar (botón de arriba).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <source>Log progress</source>
        <translation>Registrar avance</translation>
    </message>
    <message>
        <source>Send entry to bin</source>
        <translation>Enviar registro a la papelera</translation>
    </message>
    <message>
        <source>Overdue on {day}: {titles}</source>
        <translation>Fuera de plazo al {day}: {titles}</translation>
    </message>
    <message>
        <source>No overdue activities on {day}.</source>
        <translation>No hay actividades fuera de plazo al {day}.</translation>
    </message>
    <message>
        <source>Progress not logged</source>
        <translation>Avance no registrado</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>%p % of the way from the baseline to the target</source>
        <translation>%p % del camino desde la línea base a la meta</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source of the measurement</source>
        <translation>Fuente de la medición</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>Agregar medición</translation>
    </message>
    <message>
        <source>Send measurement to bin</source>
        <translation>Enviar medición a la papelera</translation>
    </message>
    <message>
        <source>(goal without indicator)</source>
        <translation>(meta sin indicador)</translation>
    </message>
    <message>
        <source>Baseline {b} · target {t} {u} by {d} · latest {v}</source>
        <translation>Línea base {b} · meta {t} {u} al {d} · última medición {v}</translation>
    </message>
    <message>
        <source>Measurement not added</source>
        <translation>Medición no agregada</translation>
    </message>
    <message>
        <source>The plan and its Gantt chart are validated with the community in a meeting; write down when, in which meeting and the reference of its minutes (acta).</source>
        <translation>El plan y su carta Gantt se validan con la comunidad en una reunión; anote cuándo, en qué reunión y la referencia de su acta.</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validado el</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Minutes (acta) reference</source>
        <translation>Referencia del acta</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Colaboración</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Information exchange</source>
        <translation>Intercambio de información</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>● light: organisation · ● dark: institution · thicker line: stronger link · red dashed: conflict</source>
        <translation>● claro: organización · ● oscuro: institución · línea más gruesa: vínculo más fuerte · rojo punteado: conflicto</translation>
    </message>
    <message>
        <source>Actors (organisations and institutions, no private persons)</source>
        <translation>Actores (organizaciones e instituciones, no personas particulares)</translation>
    </message>
    <message>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nuevo actor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>1 weak · 3 strong</source>
        <translation>1 débil · 3 fuerte</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Quitar vínculo</translation>
    </message>
    <message>
        <source>Link not added</source>
        <translation>Vínculo no agregado</translation>
    </message>
</context>
<context>
    <name>ObjectivesScreen</name>
    <message>
        <source>3. Objectives and goals</source>
        <translation>3. Objetivos y metas</translation>
    </message>
    <message>
        <source>One general objective and the specific ones, each addressing problems of the diagnosis, with measurable goals. Saved as you type.</source>
        <translation>Un objetivo general y los específicos, cada uno vinculado a problemáticas del diagnóstico, con metas medibles. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Choose a territory to work in (button at the top).</source>
        <translation>Elija un territorio para trabajar (botón de arriba).</translation>
    </message>
    <message>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>General objective</source>
        <translation>Objetivo general</translation>
    </message>
    <message>
        <source>Specific objective</source>
        <translation>Objetivo específico</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Thematic area of the Plan Comunal: the indicators are added up by territory and ámbito.</source>
        <translation>Área temática del Plan Comunal: los indicadores se suman por territorio y ámbito.</translation>
    </message>
    <message>
        <source>No ámbito</source>
        <translation>Sin ámbito</translation>
    </message>
    <message>
        <source>Ámbito (Plan Comunal)</source>
        <translation>Ámbito (Plan Comunal)</translation>
    </message>
    <message>
        <source>Verb in infinitive: what will change, where, for whom…</source>
        <translation>Verbo en infinitivo: qué cambiará, dónde, para quiénes…</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Problems it addresses</source>
        <translation>Problemáticas que aborda</translation>
    </message>
    <message>
        <source>Goals (metas)</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Send goal to bin</source>
        <translation>Enviar meta a la papelera</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Agregar meta</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <source>4. Action plan</source>
        <translation>4. Plan de acción</translation>
    </message>
    <message>
        <source>Strategies and activities agreed with the community, their Gantt chart and the network of actors. Saved as you type; drag a bar to change its dates.</source>
        <translation>Estrategias y actividades acordadas con la comunidad, su carta Gantt y el mapa de redes. Se guarda mientras escribe; arrastre una barra para cambiar sus fechas.</translation>
    </message>
    <message>
        <source>Gantt chart</source>
        <translation>Carta Gantt</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Strategies and resources</source>
        <translation>Estrategias y recursos</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Mapa de redes</translation>
    </message>
    <message>
        <source>Choose a territory to work in (button at the top).</source>
        <translation>Elija un territorio para trabajar (botón de arriba).</translation>
    </message>
    <message>
        <source>E.g. Mesa de Seguridad Focalizada in two sectors; protocol to answer neighbours&apos; requests…</source>
        <translation>Ej.: Mesa de Seguridad Focalizada en dos sectores; protocolo de respuesta a los requerimientos de los vecinos…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Estrategias</translation>
    </message>
    <message>
        <source>Available resources</source>
        <translation>Recursos disponibles</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
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
        <source>! Overdue</source>
        <translation>! Fuera de plazo</translation>
    </message>
    <message>
        <source>Without objective</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Cambio no guardado</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <source>Change activity dates</source>
        <translation>Cambiar fechas de la actividad</translation>
    </message>
</context>
</TS>
