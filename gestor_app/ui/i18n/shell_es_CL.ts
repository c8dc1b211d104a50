<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../widgets/about.py" line="14"/>
        <source>About Gestor Territorial</source>
        <translation>Acerca de Gestor Territorial</translation>
    </message>
    <message>
        <location filename="../widgets/about.py" line="20"/>
        <source>Version {version}&lt;br&gt;Database schema {schema}&lt;br&gt;Device: {device} ({device_id})&lt;br&gt;Data folder: {folder}&lt;br&gt;Database: {url}</source>
        <translation>Versión {version}&lt;br&gt;Esquema de base de datos {schema}&lt;br&gt;Equipo: {device} ({device_id})&lt;br&gt;Carpeta de datos: {folder}&lt;br&gt;Base de datos: {url}</translation>
    </message>
    <message>
        <location filename="../widgets/about.py" line="27"/>
        <source>Offline tool for the territorial managers of municipal public-security departments: participatory maps, exploratory walks, focus groups, diagnosis, action plans and minutes.</source>
        <translation>Herramienta sin conexión para gestores territoriales de las direcciones municipales de seguridad pública: cartografía participativa, marchas exploratorias, grupos focales, diagnóstico, planes de acción y actas.</translation>
    </message>
</context>
<context>
    <name>BundleOpen</name>
    <message>
        <location filename="../widgets/bundle_open.py" line="22"/>
        <location filename="../widgets/bundle_open.py" line="28"/>
        <source>Open bundle</source>
        <translation>Abrir paquete</translation>
    </message>
    <message>
        <location filename="../widgets/bundle_open.py" line="23"/>
        <source>The file {path} does not exist.</source>
        <translation>El archivo {path} no existe.</translation>
    </message>
    <message>
        <location filename="../widgets/bundle_open.py" line="29"/>
        <source>Importing bundles is not available in this version yet.</source>
        <translation>La importación de paquetes aún no está disponible en esta versión.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="45"/>
        <source>Gestor Territorial</source>
        <translation>Gestor Territorial</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="74"/>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87"/>
        <source>Change territory…</source>
        <translation>Cambiar territorio…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="95"/>
        <source>Change &amp;territory…</source>
        <translation>Cambiar &amp;territorio…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="98"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="103"/>
        <source>&amp;About Gestor Territorial</source>
        <translation>&amp;Acerca de Gestor Territorial</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142"/>
        <source>No territory chosen</source>
        <translation>Ningún territorio elegido</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147"/>
        <source>Territory: {name}</source>
        <translation>Territorio: {name}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153"/>
        <source>Change not saved</source>
        <translation>Cambio no guardado</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../screens/__init__.py" line="24"/>
        <source>1. Information</source>
        <translation>1. Información</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="26"/>
        <source>Exploratory walks</source>
        <translation>Marchas exploratorias</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="27"/>
        <source>Focus groups</source>
        <translation>Grupos focales</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="29"/>
        <source>Secondary sources</source>
        <translation>Fuentes secundarias</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="31"/>
        <source>2. Diagnosis</source>
        <translation>2. Diagnóstico</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="33"/>
        <source>3. Objectives and goals</source>
        <translation>3. Objetivos y metas</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="33"/>
        <source>General and specific objectives linked to the diagnosed problems, and goals with indicator, baseline, target and date.</source>
        <translation>Objetivo general y objetivos específicos vinculados a las problemáticas diagnosticadas, y metas con indicador, línea base, meta y fecha.</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="36"/>
        <source>4. Action plan</source>
        <translation>4. Plan de acción</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="36"/>
        <source>Strategies and activities with people in charge, dates and resources; network map of actors; Gantt chart agreed with the community.</source>
        <translation>Estrategias y actividades con responsables, fechas y recursos; mapa de redes de actores; carta Gantt acordada con la comunidad.</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="39"/>
        <source>5. Follow-up</source>
        <translation>5. Seguimiento</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="39"/>
        <source>Progress log per activity, indicator measurements, meetings and their minutes (actas), and neighbours&apos; requests.</source>
        <translation>Bitácora de avance por actividad, mediciones de indicadores, reuniones y sus actas, y requerimientos de vecinos y vecinas.</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="42"/>
        <source>Meetings and minutes</source>
        <translation>Reuniones y actas</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="44"/>
        <source>Neighbours&apos; requests</source>
        <translation>Requerimientos vecinales</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="42"/>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="42"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="47"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="47"/>
        <source>PDF minutes, plans, walk reports and map sheets for the community and the office.</source>
        <translation>Actas, planes, informes de marcha y láminas de cartografía en PDF para la comunidad y la oficina.</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="49"/>
        <source>Synchronisation</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="51"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../screens/__init__.py" line="52"/>
        <source>Bin</source>
        <translation>Papelera</translation>
    </message>
</context>
<context>
    <name>NewTerritoryDialog</name>
    <message>
        <location filename="../widgets/territory_picker.py" line="126"/>
        <source>New territory</source>
        <translation>Nuevo territorio</translation>
    </message>
    <message>
        <location filename="../widgets/territory_picker.py" line="134"/>
        <source>CUT code for a comuna, e.g. 13119</source>
        <translation>Código CUT si es comuna, p. ej. 13119</translation>
    </message>
    <message>
        <location filename="../widgets/territory_picker.py" line="135"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../widgets/territory_picker.py" line="136"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../widgets/territory_picker.py" line="137"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
</context>
<context>
    <name>PendingScreen</name>
    <message>
        <location filename="../widgets/pending.py" line="17"/>
        <source>Under construction</source>
        <translation>En construcción</translation>
    </message>
    <message>
        <location filename="../widgets/pending.py" line="23"/>
        <source>This section is not available yet in this version. Nothing is shown here until it works with your real data.</source>
        <translation>Esta sección aún no está disponible en esta versión. No se muestra nada aquí hasta que funcione con sus datos reales.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../tasks.py" line="91"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TerritoryPicker</name>
    <message>
        <location filename="../widgets/territory_picker.py" line="40"/>
        <source>Choose territory</source>
        <translation>Elegir territorio</translation>
    </message>
    <message>
        <location filename="../widgets/territory_picker.py" line="44"/>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <location filename="../widgets/territory_picker.py" line="44"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../widgets/territory_picker.py" line="44"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../widgets/territory_picker.py" line="48"/>
        <source>New territory…</source>
        <translation>Nuevo territorio…</translation>
    </message>
    <message>
        <location filename="../widgets/territory_picker.py" line="50"/>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../widgets/territory_picker.py" line="105"/>
        <source>Territory not created</source>
        <translation>No se creó el territorio</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../widgets/welcome.py" line="64"/>
        <location filename="../widgets/welcome.py" line="67"/>
        <source>Welcome to Gestor Territorial</source>
        <translation>Le damos la bienvenida a Gestor Territorial</translation>
    </message>
    <message>
        <location filename="../widgets/welcome.py" line="70"/>
        <source>This tool works without internet. Tell us how this computer will be used:</source>
        <translation>Esta herramienta funciona sin internet. Cuéntenos cómo se usará este computador:</translation>
    </message>
    <message>
        <location filename="../widgets/welcome.py" line="73"/>
        <source>Field laptop: join with an enrollment file…</source>
        <translation>Notebook de terreno: unirse con un archivo de inscripción…</translation>
    </message>
    <message>
        <location filename="../widgets/welcome.py" line="76"/>
        <source>The office gives you an enrollment file (USB stick or shared folder).</source>
        <translation>La oficina le entrega un archivo de inscripción (pendrive o carpeta compartida).</translation>
    </message>
    <message>
        <location filename="../widgets/welcome.py" line="80"/>
        <source>Office: create the central store…</source>
        <translation>Oficina: crear el almacén central…</translation>
    </message>
    <message>
        <location filename="../widgets/welcome.py" line="83"/>
        <source>The office gathers the bundles of every field laptop and enrolls them.</source>
        <translation>La oficina reúne los paquetes de cada notebook de terreno y los inscribe.</translation>
    </message>
    <message>
        <location filename="../widgets/welcome.py" line="93"/>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <location filename="../widgets/welcome.py" line="101"/>
        <source>Your data is kept in: {folder}</source>
        <translation>Sus datos se guardan en: {folder}</translation>
    </message>
    <message>
        <location filename="../widgets/welcome.py" line="105"/>
        <source>Open data folder</source>
        <translation>Abrir carpeta de datos</translation>
    </message>
    <message>
        <location filename="../widgets/welcome.py" line="121"/>
        <source>Joining with an enrollment file is not available in this version yet. You can do it later from Synchronisation.</source>
        <translation>Unirse con un archivo de inscripción aún no está disponible en esta versión. Podrá hacerlo más adelante desde Sincronización.</translation>
    </message>
    <message>
        <location filename="../widgets/welcome.py" line="133"/>
        <source>Creating the central store is not available in this version yet. You can do it later from Synchronisation.</source>
        <translation>Crear el almacén central aún no está disponible en esta versión. Podrá hacerlo más adelante desde Sincronización.</translation>
    </message>
    <message>
        <location filename="../widgets/welcome.py" line="153"/>
        <source>Enrollment file</source>
        <translation>Archivo de inscripción</translation>
    </message>
    <message>
        <location filename="../widgets/welcome.py" line="154"/>
        <source>Enrollment files (*.gtenroll *.gtbundle);;All files (*)</source>
        <translation>Archivos de inscripción (*.gtenroll *.gtbundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../widgets/welcome.py" line="158"/>
        <source>Central store</source>
        <translation>Almacén central</translation>
    </message>
    <message>
        <location filename="../widgets/welcome.py" line="158"/>
        <source>Name of the office:</source>
        <translation>Nombre de la oficina:</translation>
    </message>
    <message>
        <location filename="../widgets/welcome.py" line="159"/>
        <source>Municipal security office</source>
        <translation>Oficina de seguridad municipal</translation>
    </message>
</context>
</TS>
