<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_CL">
<context>
    <name>ActivitiesTab</name>
    <message>
        <location filename="../screens/plans/activities.py" line="66" />
        <location filename="../screens/plans/activities.py" line="107" />
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="66" />
        <location filename="../screens/plans/activities.py" line="108" />
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="66" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="67" />
        <source>End</source>
        <translation>Término</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="67" />
        <location filename="../screens/plans/activities.py" line="131" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="67" />
        <location filename="../screens/plans/activities.py" line="136" />
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="82" />
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="84" />
        <location filename="../screens/plans/activities.py" line="275" />
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="86" />
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="88" />
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="107" />
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="108" />
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="115" />
        <source>Role or organisation (no personal data needed)</source>
        <translation>Cargo u organización (no se necesitan datos personales)</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="118" />
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="126" />
        <source>Start / end</source>
        <translation>Inicio / término</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="140" />
        <source>Depends on</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="144" />
        <source>Places on the map</source>
        <translation>Lugares del mapa</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="148" />
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="166" />
        <source>(no objective)</source>
        <translation>(sin objetivo)</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="195" />
        <source>Overdue</source>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="267" />
        <source>The end cannot be before the start.</source>
        <translation>El término no puede ser anterior al inicio.</translation>
    </message>
</context>
<context>
    <name>ActivityStatus</name>
    <message>
        <location filename="../screens/plans/activities.py" line="39" />
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="40" />
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="41" />
        <source>Done</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="42" />
        <source>Delayed</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <location filename="../screens/plans/activities.py" line="43" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>FollowUpScreen</name>
    <message>
        <location filename="../screens/plans/followup.py" line="73" />
        <source>5. Follow-up</source>
        <translation>5. Seguimiento</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="78" />
        <source>Progress log</source>
        <translation>Registro de avances</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="79" />
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="80" />
        <source>Validation of the plan</source>
        <translation>Validación del plan</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="82" />
        <source>Choose a territory to work in (button at the top).</source>
        <translation>Elija un territorio para trabajar (botón de arriba).</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="97" />
        <location filename="../screens/plans/followup.py" line="216" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="97" />
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="97" />
        <location filename="../screens/plans/followup.py" line="216" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="107" />
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="108" />
        <source>Log progress</source>
        <translation>Registrar avance</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="117" />
        <source>Send entry to bin</source>
        <translation>Enviar registro a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="149" />
        <source>Overdue on {day}: {titles}</source>
        <translation>Fuera de plazo al {day}: {titles}</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="153" />
        <source>No overdue activities on {day}.</source>
        <translation>No hay actividades fuera de plazo al {day}.</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="182" />
        <source>Progress not logged</source>
        <translation>Avance no registrado</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="206" />
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="212" />
        <source>%p % of the way from the baseline to the target</source>
        <translation>%p % del camino desde la línea base a la meta</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="214" />
        <source>Attainment</source>
        <translation>Logro</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="216" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="226" />
        <source>Source of the measurement</source>
        <translation>Fuente de la medición</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="227" />
        <source>Add measurement</source>
        <translation>Agregar medición</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="236" />
        <source>Send measurement to bin</source>
        <translation>Enviar medición a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="254" />
        <source>(goal without indicator)</source>
        <translation>(meta sin indicador)</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="272" />
        <source>Baseline {b} · target {t} {u} by {d} · latest {v}</source>
        <translation>Línea base {b} · meta {t} {u} al {d} · última medición {v}</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="296" />
        <source>Measurement not added</source>
        <translation>Medición no agregada</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="314" />
        <source>The plan and its Gantt chart are validated with the community in a meeting; write down when, in which meeting and the reference of its minutes (acta).</source>
        <translation>El plan y su carta Gantt se validan con la comunidad en una reunión; anote cuándo, en qué reunión y la referencia de su acta.</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="327" />
        <source>Validated on</source>
        <translation>Validado el</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="328" />
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../screens/plans/followup.py" line="329" />
        <source>Minutes (acta) reference</source>
        <translation>Referencia del acta</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <location filename="../screens/plans/gantt.py" line="185" />
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../screens/plans/gantt.py" line="309" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../screens/plans/network.py" line="121" />
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="121" />
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="122" />
        <source>Collaboration</source>
        <translation>Colaboración</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="122" />
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="123" />
        <source>Information exchange</source>
        <translation>Intercambio de información</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="123" />
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="136" />
        <source>● light: organisation · ● dark: institution · thicker line: stronger link · red dashed: conflict</source>
        <translation>● claro: organización · ● oscuro: institución · línea más gruesa: vínculo más fuerte · rojo punteado: conflicto</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="146" />
        <source>Actors (organisations and institutions, no private persons)</source>
        <translation>Actores (organizaciones e instituciones, no personas particulares)</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="154" />
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="156" />
        <location filename="../screens/plans/network.py" line="280" />
        <source>New actor</source>
        <translation>Nuevo actor</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="173" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="174" />
        <location filename="../screens/plans/network.py" line="183" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="175" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="180" />
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="183" />
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="183" />
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="199" />
        <source>1 weak · 3 strong</source>
        <translation>1 débil · 3 fuerte</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="200" />
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="202" />
        <source>Remove link</source>
        <translation>Quitar vínculo</translation>
    </message>
    <message>
        <location filename="../screens/plans/network.py" line="302" />
        <source>Link not added</source>
        <translation>Vínculo no agregado</translation>
    </message>
</context>
<context>
    <name>ObjectivesScreen</name>
    <message>
        <location filename="../screens/plans/objectives.py" line="42" />
        <source>3. Objectives and goals</source>
        <translation>3. Objetivos y metas</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="43" />
        <source>One general objective and the specific ones, each addressing problems of the diagnosis, with measurable goals. Saved as you type.</source>
        <translation>Un objetivo general y los específicos, cada uno vinculado a problemáticas del diagnóstico, con metas medibles. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="52" />
        <source>Choose a territory to work in (button at the top).</source>
        <translation>Elija un territorio para trabajar (botón de arriba).</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="64" />
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="66" />
        <source>New objective</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="79" />
        <source>General objective</source>
        <translation>Objetivo general</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="80" />
        <source>Specific objective</source>
        <translation>Objetivo específico</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="82" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="84" />
        <source>Thematic area of the Plan Comunal: the indicators are added up by territory and ámbito.</source>
        <translation>Área temática del Plan Comunal: los indicadores se suman por territorio y ámbito.</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="86" />
        <source>No ámbito</source>
        <translation>Sin ámbito</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="91" />
        <source>Ámbito (Plan Comunal)</source>
        <translation>Ámbito (Plan Comunal)</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="94" />
        <source>Verb in infinitive: what will change, where, for whom…</source>
        <translation>Verbo en infinitivo: qué cambiará, dónde, para quiénes…</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="96" />
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="100" />
        <source>Problems it addresses</source>
        <translation>Problemáticas que aborda</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="102" />
        <source>Goals (metas)</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="105" />
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="105" />
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="105" />
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="106" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="106" />
        <source>Due date</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="115" />
        <source>Send goal to bin</source>
        <translation>Enviar meta a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/plans/objectives.py" line="117" />
        <source>Add goal</source>
        <translation>Agregar meta</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="42" />
        <source>4. Action plan</source>
        <translation>4. Plan de acción</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="43" />
        <source>Strategies and activities agreed with the community, their Gantt chart and the network of actors. Saved as you type; drag a bar to change its dates.</source>
        <translation>Estrategias y actividades acordadas con la comunidad, su carta Gantt y el mapa de redes. Se guarda mientras escribe; arrastre una barra para cambiar sus fechas.</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="54" />
        <source>Gantt chart</source>
        <translation>Carta Gantt</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="55" />
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="56" />
        <source>Strategies and resources</source>
        <translation>Estrategias y recursos</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="57" />
        <source>Network map</source>
        <translation>Mapa de redes</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="60" />
        <source>Choose a territory to work in (button at the top).</source>
        <translation>Elija un territorio para trabajar (botón de arriba).</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="70" />
        <source>E.g. Mesa de Seguridad Focalizada in two sectors; protocol to answer neighbours' requests…</source>
        <translation>Ej.: Mesa de Seguridad Focalizada en dos sectores; protocolo de respuesta a los requerimientos de los vecinos…</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="76" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="77" />
        <source>Strategies</source>
        <translation>Estrategias</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="78" />
        <source>Available resources</source>
        <translation>Recursos disponibles</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="87" />
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="88" />
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="90" />
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="92" />
        <location filename="../screens/plans/plan_screen.py" line="122" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="94" />
        <location filename="../screens/plans/plan_screen.py" line="124" />
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="108" />
        <source>! Overdue</source>
        <translation>! Fuera de plazo</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="185" />
        <source>Without objective</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <location filename="../screens/plans/plan_screen.py" line="229" />
        <source>Change not saved</source>
        <translation>Cambio no guardado</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <location filename="../screens/plans/undo.py" line="20" />
        <source>Change activity dates</source>
        <translation>Cambiar fechas de la actividad</translation>
    </message>
</context>
</TS>