<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>FocusGroupsScreen</name>
    <message>
        <source>Focus groups</source>
        <translation>Grupos focales</translation>
    </message>
    <message>
        <source>Record each focus group of the territory. Participants are anonymous codes; everything is saved as you type.</source>
        <translation>Registre cada grupo focal del territorio. Los participantes son códigos anónimos; todo se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>New focus group</source>
        <translation>Nuevo grupo focal</translation>
    </message>
    <message>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Guide questions</source>
        <translation>Preguntas guía</translation>
    </message>
    <message>
        <source>Themes and quotes</source>
        <translation>Temas y citas</translation>
    </message>
    <message>
        <source>Places mentioned</source>
        <translation>Lugares mencionados</translation>
    </message>
    <message>
        <source>Choose a territory to work in (button at the top).</source>
        <translation>Elija un territorio para trabajar (botón de arriba).</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>no data</source>
        <translation>sin dato</translation>
    </message>
    <message>
        <source>How people were invited (door to door, JJVV, social media…)</source>
        <translation>Cómo se convocó (puerta a puerta, JJVV, redes sociales…)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Convened by</source>
        <translation>Forma de convocatoria</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <source>Note taker</source>
        <translation>Relator/a</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Recording allowed</source>
        <translation>Se autorizó grabar</translation>
    </message>
    <message>
        <source>Participants were told quotes are not attributed to anyone</source>
        <translation>Se informó que las citas no se atribuyen a nadie</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentimiento otorgado</translation>
    </message>
    <message>
        <source>General notes of the session</source>
        <translation>Notas generales de la sesión</translation>
    </message>
    <message>
        <source>Agreements and next steps, one per line</source>
        <translation>Acuerdos y próximos pasos, uno por línea</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Agreements and next steps</source>
        <translation>Acuerdos y próximos pasos</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Participants are recorded only as codes (P1, P2…): no names, no contact data.</source>
        <translation>Los participantes se registran solo con códigos (P1, P2…): sin nombres ni datos de contacto.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>Tramo etario</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Years in the barrio</source>
        <translation>Años en el barrio</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Agregar participante</translation>
    </message>
    <message>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>Participants: {n}</source>
        <translation>Participantes: {n}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin dato</translation>
    </message>
</context>
<context>
    <name>PlacesTab</name>
    <message>
        <source>Map feature</source>
        <translation>Elemento del mapa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>Why the place came up</source>
        <translation>Por qué se mencionó el lugar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>Add place</source>
        <translation>Agregar lugar</translation>
    </message>
    <message>
        <source>(not on the map)</source>
        <translation>(no está en el mapa)</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <source>Add question</source>
        <translation>Agregar pregunta</translation>
    </message>
    <message>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Notes of what was said</source>
        <translation>Notas de lo conversado</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
</context>
<context>
    <name>ThemesQuotesTab</name>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Nuevo tema…</translation>
    </message>
    <message>
        <source>Add theme</source>
        <translation>Agregar tema</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Diagnosed problems</source>
        <translation>Problemáticas diagnosticadas</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>What was said, in the participant&apos;s words</source>
        <translation>Lo que se dijo, con las palabras de quien lo dijo</translation>
    </message>
    <message>
        <source>Send quote to bin</source>
        <translation>Enviar cita a la papelera</translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation>Agregar cita</translation>
    </message>
</context>
</TS>
