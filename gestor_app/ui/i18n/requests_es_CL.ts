<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_CL">
<context>
    <name>RequestsScreen</name>
    <message>
        <location filename="../screens/requests/screen.py" line="59" />
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="59" />
        <source>Referred</source>
        <translation>Derivada</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="60" />
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="60" />
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="61" />
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="61" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="62" />
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="62" />
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="62" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="65" />
        <source>Neighbours' requests</source>
        <translation>Requerimientos vecinales</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="66" />
        <source>Everyday requests of the neighbours and the answer given, the longest waiting first. Record what and where, not who: a contact is kept only with consent.</source>
        <translation>Demandas y requerimientos cotidianos de los vecinos y la respuesta dada; primero los que llevan más tiempo esperando. Registre qué y dónde, no quién: un contacto se guarda solo con consentimiento.</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="71" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="73" />
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="74" />
        <source>Still open (open or referred)</source>
        <translation>Sin responder (abiertos o derivados)</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="82" />
        <source>New request</source>
        <translation>Nuevo requerimiento</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="84" />
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="91" />
        <location filename="../screens/requests/screen.py" line="149" />
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="91" />
        <location filename="../screens/requests/screen.py" line="150" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="91" />
        <source>Days waiting</source>
        <translation>Días de espera</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="92" />
        <location filename="../screens/requests/screen.py" line="155" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="92" />
        <location filename="../screens/requests/screen.py" line="155" />
        <source>Referred to</source>
        <translation>Derivado a</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="103" />
        <source>Days from reception until today, or until the answer once answered</source>
        <translation>Días desde la recepción hasta hoy, o hasta la respuesta si ya se respondió</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="110" />
        <source>Choose a territory to work in (button at the top).</source>
        <translation>Elija un territorio para trabajar (botón de arriba).</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="129" />
        <source>What happens and where. No names, phone numbers or addresses of people unless they consented.</source>
        <translation>Qué pasa y dónde. Sin nombres, teléfonos ni direcciones de personas, salvo que hayan consentido.</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="132" />
        <source>Agrees to be contacted</source>
        <translation>Acepta ser contactado/a</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="133" />
        <source>The neighbour agrees to be contacted about this request</source>
        <translation>El vecino o vecina acepta ser contactado por este requerimiento</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="135" />
        <source>Phone or e-mail, only with consent</source>
        <translation>Teléfono o correo, solo con consentimiento</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="143" />
        <source>not answered yet</source>
        <translation>sin respuesta aún</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="145" />
        <source>Answer given to the neighbour</source>
        <translation>Respuesta dada al vecino o vecina</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="149" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="150" />
        <source>Place on the map</source>
        <translation>Lugar en el mapa</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="151" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="153" />
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="154" />
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="156" />
        <source>Answered on</source>
        <translation>Respondido el</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="156" />
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="228" />
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="237" />
        <source>Shown: {n} · still open: {o}</source>
        <translation>Mostrados: {n} · sin responder: {o}</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="246" />
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="299" />
        <source>Waiting for {n} day(s).</source>
        <translation>Lleva {n} día(s) esperando.</translation>
    </message>
    <message>
        <location filename="../screens/requests/screen.py" line="300" />
        <source>Answered in {n} day(s).</source>
        <translation>Respondido en {n} día(s).</translation>
    </message>
</context>
</TS>