<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>DiagnosisScreen</name>
    <message>
        <source>2. Diagnosis</source>
        <translation>2. Diagnóstico</translation>
    </message>
    <message>
        <source>The barrio diagnosis: the territory, its security problems and the evidence (walks, focus groups, map) behind each one. Saved as you type.</source>
        <translation>El diagnóstico del barrio: el territorio, sus problemáticas de seguridad y la evidencia (marchas, grupos focales, mapa) que respalda cada una. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemáticas</translation>
    </message>
    <message>
        <source>Choose a territory to work in (button at the top).</source>
        <translation>Elija un territorio para trabajar (botón de arriba).</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <source>Cite evidence</source>
        <translation>Citar evidencia</translation>
    </message>
    <message>
        <source>Search walks, focus groups, map… (leave empty for the suggestions)</source>
        <translation>Buscar en marchas, grupos focales, mapa… (vacío para ver sugerencias)</translation>
    </message>
</context>
<context>
    <name>ProblemsTab</name>
    <message>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>Nueva problemática</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemática</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Causes / risk factors</source>
        <translation>Causas / factores de riesgo</translation>
    </message>
    <message>
        <source>Spatial dimension</source>
        <translation>Dimensión espacial</translation>
    </message>
    <message>
        <source>Temporality / seasonality</source>
        <translation>Temporalidad / estacionalidad</translation>
    </message>
    <message>
        <source>Victims&apos; profile</source>
        <translation>Perfil de víctimas</translation>
    </message>
    <message>
        <source>Offenders&apos; profile</source>
        <translation>Perfil de victimarios</translation>
    </message>
    <message>
        <source>Impact on the community (fear)</source>
        <translation>Impacto en la comunidad (temor)</translation>
    </message>
    <message>
        <source>Victimisation and non-reporting (cifra negra)</source>
        <translation>Victimización y no denuncia (cifra negra)</translation>
    </message>
    <message>
        <source>Institutional problems</source>
        <translation>Problemas institucionales</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Quitar cita</translation>
    </message>
    <message>
        <source>Cite evidence…</source>
        <translation>Citar evidencia…</translation>
    </message>
    <message>
        <source>Evidence not added</source>
        <translation>No se agregó la evidencia</translation>
    </message>
</context>
<context>
    <name>TerritoryTab</name>
    <message>
        <source>Boundary on the map</source>
        <translation>Límite en el mapa</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Geographic limits</source>
        <translation>Límites geográficos</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>Grupos etarios</translation>
    </message>
    <message>
        <source>Socioeconomic group (GSE)</source>
        <translation>Grupo socioeconómico (GSE)</translation>
    </message>
    <message>
        <source>Key actors</source>
        <translation>Actores clave</translation>
    </message>
    <message>
        <source>Institutional presence (municipal and police)</source>
        <translation>Presencia institucional (municipal y policial)</translation>
    </message>
    <message>
        <source>Resources of the barrio</source>
        <translation>Recursos del barrio</translation>
    </message>
    <message>
        <source>Hotspots and harmspots (from the map)</source>
        <translation>Hotspots y harmspots (desde el mapa)</translation>
    </message>
    <message>
        <source>Resources, organisations and institutions on the map</source>
        <translation>Recursos, organizaciones e instituciones en el mapa</translation>
    </message>
    <message>
        <source>Drawn ({kind})</source>
        <translation>Dibujado ({kind})</translation>
    </message>
    <message>
        <source>Not drawn</source>
        <translation>Sin dibujar</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin dato</translation>
    </message>
    <message>
        <source>None on the map yet.</source>
        <translation>Aún no hay ninguno en el mapa.</translation>
    </message>
</context>
</TS>
