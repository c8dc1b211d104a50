<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>BinScreen</name>
    <message>
        <location filename="../screens/bin.py" line="25"/>
        <source>Bin</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location filename="../screens/bin.py" line="26"/>
        <source>Nothing is erased: what you send to the bin stays here and can be restored.</source>
        <translation>Nada se borra: lo que envía a la papelera queda aquí y se puede restaurar.</translation>
    </message>
    <message>
        <location filename="../screens/bin.py" line="30"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../screens/bin.py" line="30"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../screens/bin.py" line="30"/>
        <source>Sent to the bin</source>
        <translation>Enviado a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/bin.py" line="37"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../screens/bin.py" line="39"/>
        <source>The bin is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
</context>
</TS>
