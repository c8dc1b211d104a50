<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>RequestsScreen</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Derivada</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Neighbours&apos; requests</source>
        <translation>Requerimientos vecinales</translation>
    </message>
    <message>
        <source>Everyday requests of the neighbours and the answer given, the longest waiting first. Record what and where, not who: a contact is kept only with consent.</source>
        <translation>Demandas y requerimientos cotidianos de los vecinos y la respuesta dada; primero los que llevan más tiempo esperando. Registre qué y dónde, no quién: un contacto se guarda solo con consentimiento.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Still open (open or referred)</source>
        <translation>Sin responder (abiertos o derivados)</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nuevo requerimiento</translation>
    </message>
    <message>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Días de espera</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Derivado a</translation>
    </message>
    <message>
        <source>Days from reception until today, or until the answer once answered</source>
        <translation>Días desde la recepción hasta hoy, o hasta la respuesta si ya se respondió</translation>
    </message>
    <message>
        <source>Choose a territory to work in (button at the top).</source>
        <translation>Elija un territorio para trabajar (botón de arriba).</translation>
    </message>
    <message>
        <source>What happens and where. No names, phone numbers or addresses of people unless they consented.</source>
        <translation>Qué pasa y dónde. Sin nombres, teléfonos ni direcciones de personas, salvo que hayan consentido.</translation>
    </message>
    <message>
        <source>Agrees to be contacted</source>
        <translation>Acepta ser contactado/a</translation>
    </message>
    <message>
        <source>The neighbour agrees to be contacted about this request</source>
        <translation>El vecino o vecina acepta ser contactado por este requerimiento</translation>
    </message>
    <message>
        <source>Phone or e-mail, only with consent</source>
        <translation>Teléfono o correo, solo con consentimiento</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>sin respuesta aún</translation>
    </message>
    <message>
        <source>Answer given to the neighbour</source>
        <translation>Respuesta dada al vecino o vecina</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Place on the map</source>
        <translation>Lugar en el mapa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Respondido el</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>Shown: {n} · still open: {o}</source>
        <translation>Mostrados: {n} · sin responder: {o}</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <source>Waiting for {n} day(s).</source>
        <translation>Lleva {n} día(s) esperando.</translation>
    </message>
    <message>
        <source>Answered in {n} day(s).</source>
        <translation>Respondido en {n} día(s).</translation>
    </message>
</context>
</TS>
