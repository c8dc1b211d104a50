<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>DiagnosisScreen</name>
    <message>
        <location filename="../screens/diagnosis/screen.py" line="17"/>
        <source>2. Diagnosis</source>
        <translation>2. Diagnóstico</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/screen.py" line="18"/>
        <source>The barrio diagnosis: the territory, its security problems and the evidence (walks, focus groups, map) behind each one. Saved as you type.</source>
        <translation>El diagnóstico del barrio: el territorio, sus problemáticas de seguridad y la evidencia (marchas, grupos focales, mapa) que respalda cada una. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/screen.py" line="26"/>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/screen.py" line="27"/>
        <source>Problems</source>
        <translation>Problemáticas</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/screen.py" line="29"/>
        <source>Choose a territory to work in (button at the top).</source>
        <translation>Elija un territorio para trabajar (botón de arriba).</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../screens/diagnosis/evidence.py" line="31"/>
        <source>Cite evidence</source>
        <translation>Citar evidencia</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/evidence.py" line="35"/>
        <source>Search walks, focus groups, map… (leave empty for the suggestions)</source>
        <translation>Buscar en marchas, grupos focales, mapa… (vacío para ver sugerencias)</translation>
    </message>
</context>
<context>
    <name>ProblemsTab</name>
    <message>
        <location filename="../screens/diagnosis/problems_tab.py" line="51"/>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/problems_tab.py" line="53"/>
        <location filename="../screens/diagnosis/problems_tab.py" line="168"/>
        <source>New problem</source>
        <translation>Nueva problemática</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/problems_tab.py" line="71"/>
        <source>Problem</source>
        <translation>Problemática</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/problems_tab.py" line="75"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/problems_tab.py" line="75"/>
        <source>Causes / risk factors</source>
        <translation>Causas / factores de riesgo</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/problems_tab.py" line="76"/>
        <source>Spatial dimension</source>
        <translation>Dimensión espacial</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/problems_tab.py" line="76"/>
        <source>Temporality / seasonality</source>
        <translation>Temporalidad / estacionalidad</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/problems_tab.py" line="77"/>
        <source>Victims&apos; profile</source>
        <translation>Perfil de víctimas</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/problems_tab.py" line="77"/>
        <source>Offenders&apos; profile</source>
        <translation>Perfil de victimarios</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/problems_tab.py" line="78"/>
        <source>Impact on the community (fear)</source>
        <translation>Impacto en la comunidad (temor)</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/problems_tab.py" line="79"/>
        <source>Victimisation and non-reporting (cifra negra)</source>
        <translation>Victimización y no denuncia (cifra negra)</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/problems_tab.py" line="80"/>
        <source>Institutional problems</source>
        <translation>Problemas institucionales</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/problems_tab.py" line="89"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/problems_tab.py" line="96"/>
        <source>Remove citation</source>
        <translation>Quitar cita</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/problems_tab.py" line="98"/>
        <source>Cite evidence…</source>
        <translation>Citar evidencia…</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/problems_tab.py" line="191"/>
        <source>Evidence not added</source>
        <translation>No se agregó la evidencia</translation>
    </message>
</context>
<context>
    <name>TerritoryTab</name>
    <message>
        <location filename="../screens/diagnosis/territory_tab.py" line="37"/>
        <source>Boundary on the map</source>
        <translation>Límite en el mapa</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/territory_tab.py" line="38"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/territory_tab.py" line="39"/>
        <source>Geographic limits</source>
        <translation>Límites geográficos</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/territory_tab.py" line="39"/>
        <source>Age groups</source>
        <translation>Grupos etarios</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/territory_tab.py" line="40"/>
        <source>Socioeconomic group (GSE)</source>
        <translation>Grupo socioeconómico (GSE)</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/territory_tab.py" line="40"/>
        <source>Key actors</source>
        <translation>Actores clave</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/territory_tab.py" line="41"/>
        <source>Institutional presence (municipal and police)</source>
        <translation>Presencia institucional (municipal y policial)</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/territory_tab.py" line="42"/>
        <source>Resources of the barrio</source>
        <translation>Recursos del barrio</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/territory_tab.py" line="53"/>
        <source>Hotspots and harmspots (from the map)</source>
        <translation>Hotspots y harmspots (desde el mapa)</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/territory_tab.py" line="56"/>
        <source>Resources, organisations and institutions on the map</source>
        <translation>Recursos, organizaciones e instituciones en el mapa</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/territory_tab.py" line="87"/>
        <source>Drawn ({kind})</source>
        <translation>Dibujado ({kind})</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/territory_tab.py" line="87"/>
        <source>Not drawn</source>
        <translation>Sin dibujar</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/territory_tab.py" line="88"/>
        <source>no data</source>
        <translation>sin dato</translation>
    </message>
    <message>
        <location filename="../screens/diagnosis/territory_tab.py" line="96"/>
        <location filename="../screens/diagnosis/territory_tab.py" line="98"/>
        <source>None on the map yet.</source>
        <translation>Aún no hay ninguno en el mapa.</translation>
    </message>
</context>
</TS>
