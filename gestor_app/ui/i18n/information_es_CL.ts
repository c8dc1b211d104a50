<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>InformationScreen</name>
    <message>
        <location filename="../screens/information.py" line="20"/>
        <source>1. Information gathering</source>
        <translation>1. Recopilación de información</translation>
    </message>
    <message>
        <location filename="../screens/information.py" line="21"/>
        <source>Profile of the current territory. Changes are saved automatically as you type.</source>
        <translation>Ficha del territorio actual. Los cambios se guardan solos mientras escribe.</translation>
    </message>
    <message>
        <location filename="../screens/information.py" line="30"/>
        <source>no data</source>
        <translation>sin dato</translation>
    </message>
    <message>
        <location filename="../screens/information.py" line="33"/>
        <source>Limits, history, how people use the barrio, what the community says about it…</source>
        <translation>Límites, historia, cómo se usa el barrio, qué dice la comunidad…</translation>
    </message>
    <message>
        <location filename="../screens/information.py" line="35"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../screens/information.py" line="36"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../screens/information.py" line="37"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../screens/information.py" line="38"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../screens/information.py" line="39"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../screens/information.py" line="41"/>
        <source>Choose a territory to work in (button at the top).</source>
        <translation>Elija el territorio en que trabaja (botón de arriba).</translation>
    </message>
</context>
</TS>
