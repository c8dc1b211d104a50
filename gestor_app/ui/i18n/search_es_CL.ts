<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>SearchScreen</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find words in walks, focus-group notes and quotes, the diagnosis and the map. Accents do not matter: «busqueda» finds «búsqueda».</source>
        <translation>Busque palabras en marchas, notas y citas de grupos focales, el diagnóstico y el mapa. Los tildes no importan: «busqueda» encuentra «búsqueda».</translation>
    </message>
    <message>
        <source>Words to find…</source>
        <translation>Palabras a buscar…</translation>
    </message>
    <message>
        <source>Rebuild index</source>
        <translation>Reconstruir índice</translation>
    </message>
    <message>
        <source>Only the current territory</source>
        <translation>Solo el territorio actual</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Results: {n}</source>
        <translation>Resultados: {n}</translation>
    </message>
    <message>
        <source>Index rebuilt: {n} records.</source>
        <translation>Índice reconstruido: {n} registros.</translation>
    </message>
</context>
</TS>
