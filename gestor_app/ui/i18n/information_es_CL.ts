<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>InformationScreen</name>
    <message>
        <source>1. Information gathering</source>
        <translation>1. Recopilación de información</translation>
    </message>
    <message>
        <source>Profile of the current territory. Changes are saved automatically as you type.</source>
        <translation>Ficha del territorio actual. Los cambios se guardan solos mientras escribe.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin dato</translation>
    </message>
    <message>
        <source>Limits, history, how people use the barrio, what the community says about it…</source>
        <translation>Límites, historia, cómo se usa el barrio, qué dice la comunidad…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Choose a territory to work in (button at the top).</source>
        <translation>Elija el territorio en que trabaja (botón de arriba).</translation>
    </message>
</context>
</TS>
