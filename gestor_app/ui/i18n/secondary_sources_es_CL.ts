<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>SecondarySourcesScreen</name>
    <message>
        <source>Secondary sources</source>
        <translation>Fuentes secundarias</translation>
    </message>
    <message>
        <source>Police cases by month for the comuna of the current territory (CSV exported from CEAD or similar: date or year and month, comuna code, crime type, cases).</source>
        <translation>Casos policiales por mes de la comuna del territorio actual (CSV exportado de CEAD u otra fuente: fecha o año y mes, código de comuna, delito, casos).</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Crime type</source>
        <translation>Delito</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Comuna code (CUT): {code}</source>
        <translation>Código de comuna (CUT): {code}</translation>
    </message>
    <message>
        <source>The current territory has no comuna with a CUT code.</source>
        <translation>El territorio actual no pertenece a una comuna con código CUT.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Import police cases</source>
        <translation>Importar casos policiales</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>No se importó nada</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>No data for this comuna yet.</source>
        <translation>Aún no hay datos de esta comuna.</translation>
    </message>
</context>
</TS>
