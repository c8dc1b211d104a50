<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Gestor Territorial</source>
        <translation>Acerca de Gestor Territorial</translation>
    </message>
    <message>
        <source>Version {version}&lt;br&gt;Database schema {schema}&lt;br&gt;Device: {device} ({device_id})&lt;br&gt;Data folder: {folder}&lt;br&gt;Database: {url}</source>
        <translation>Versión {version}&lt;br&gt;Esquema de base de datos {schema}&lt;br&gt;Equipo: {device} ({device_id})&lt;br&gt;Carpeta de datos: {folder}&lt;br&gt;Base de datos: {url}</translation>
    </message>
    <message>
        <source>Offline tool for the territorial managers of municipal public-security departments: participatory maps, exploratory walks, focus groups, diagnosis, action plans and minutes.</source>
        <translation>Herramienta sin conexión para gestores territoriales de las direcciones municipales de seguridad pública: cartografía participativa, marchas exploratorias, grupos focales, diagnóstico, planes de acción y actas.</translation>
    </message>
</context>
<context>
    <name>BundleOpen</name>
    <message>
        <source>Open bundle</source>
        <translation>Abrir paquete</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>El archivo {path} no existe.</translation>
    </message>
    <message>
        <source>Importing bundles is not available in this version yet.</source>
        <translation>La importación de paquetes aún no está disponible en esta versión.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Gestor Territorial</source>
        <translation>Gestor Territorial</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Change territory…</source>
        <translation>Cambiar territorio…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Change &amp;territory…</source>
        <translation>Cambiar &amp;territorio…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Gestor Territorial</source>
        <translation>&amp;Acerca de Gestor Territorial</translation>
    </message>
    <message>
        <source>No territory chosen</source>
        <translation>Ningún territorio elegido</translation>
    </message>
    <message>
        <source>Territory: {name}</source>
        <translation>Territorio: {name}</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Cambio no guardado</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>1. Information</source>
        <translation>1. Información</translation>
    </message>
    <message>
        <source>Exploratory walks</source>
        <translation>Marchas exploratorias</translation>
    </message>
    <message>
        <source>Focus groups</source>
        <translation>Grupos focales</translation>
    </message>
    <message>
        <source>Secondary sources</source>
        <translation>Fuentes secundarias</translation>
    </message>
    <message>
        <source>2. Diagnosis</source>
        <translation>2. Diagnóstico</translation>
    </message>
    <message>
        <source>3. Objectives and goals</source>
        <translation>3. Objetivos y metas</translation>
    </message>
    <message>
        <source>4. Action plan</source>
        <translation>4. Plan de acción</translation>
    </message>
    <message>
        <source>5. Follow-up</source>
        <translation>5. Seguimiento</translation>
    </message>
    <message>
        <source>Meetings and minutes</source>
        <translation>Reuniones y actas</translation>
    </message>
    <message>
        <source>Neighbours&apos; requests</source>
        <translation>Requerimientos vecinales</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Papelera</translation>
    </message>
</context>
<context>
    <name>NewTerritoryDialog</name>
    <message>
        <source>New territory</source>
        <translation>Nuevo territorio</translation>
    </message>
    <message>
        <source>CUT code for a comuna, e.g. 13119</source>
        <translation>Código CUT si es comuna, p. ej. 13119</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
</context>
<context>
    <name>PendingScreen</name>
    <message>
        <source>Under construction</source>
        <translation>En construcción</translation>
    </message>
    <message>
        <source>This section is not available yet in this version. Nothing is shown here until it works with your real data.</source>
        <translation>Esta sección aún no está disponible en esta versión. No se muestra nada aquí hasta que funcione con sus datos reales.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TerritoryPicker</name>
    <message>
        <source>Choose territory</source>
        <translation>Elegir territorio</translation>
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
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>New territory…</source>
        <translation>Nuevo territorio…</translation>
    </message>
    <message>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>Territory not created</source>
        <translation>No se creó el territorio</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Gestor Territorial</source>
        <translation>Le damos la bienvenida a Gestor Territorial</translation>
    </message>
    <message>
        <source>This tool works without internet. Tell us how this computer will be used:</source>
        <translation>Esta herramienta funciona sin internet. Cuéntenos cómo se usará este computador:</translation>
    </message>
    <message>
        <source>Field laptop: join with an enrollment file…</source>
        <translation>Notebook de terreno: unirse con un archivo de inscripción…</translation>
    </message>
    <message>
        <source>The office gives you an enrollment file (USB stick or shared folder).</source>
        <translation>La oficina le entrega un archivo de inscripción (pendrive o carpeta compartida).</translation>
    </message>
    <message>
        <source>Office: create the central store…</source>
        <translation>Oficina: crear el almacén central…</translation>
    </message>
    <message>
        <source>The office gathers the bundles of every field laptop and enrolls them.</source>
        <translation>La oficina reúne los paquetes de cada notebook de terreno y los inscribe.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>Your data is kept in: {folder}</source>
        <translation>Sus datos se guardan en: {folder}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir carpeta de datos</translation>
    </message>
    <message>
        <source>Joining with an enrollment file is not available in this version yet. You can do it later from Synchronisation.</source>
        <translation>Unirse con un archivo de inscripción aún no está disponible en esta versión. Podrá hacerlo más adelante desde Sincronización.</translation>
    </message>
    <message>
        <source>Creating the central store is not available in this version yet. You can do it later from Synchronisation.</source>
        <translation>Crear el almacén central aún no está disponible en esta versión. Podrá hacerlo más adelante desde Sincronización.</translation>
    </message>
    <message>
        <source>Enrollment file</source>
        <translation>Archivo de inscripción</translation>
    </message>
    <message>
        <source>Enrollment files (*.gtenroll *.gtbundle);;All files (*)</source>
        <translation>Archivos de inscripción (*.gtenroll *.gtbundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Almacén central</translation>
    </message>
    <message>
        <source>Name of the office:</source>
        <translation>Nombre de la oficina:</translation>
    </message>
    <message>
        <source>Municipal security office</source>
        <translation>Oficina de seguridad municipal</translation>
    </message>
</context>
</TS>
