<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CL">
<context>
    <name>FocusGroupsScreen</name>
    <message>
        <location filename="../screens/focus_groups/screen.py" line="36"/>
        <source>Focus groups</source>
        <translation>Grupos focales</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/screen.py" line="37"/>
        <source>Record each focus group of the territory. Participants are anonymous codes; everything is saved as you type.</source>
        <translation>Registre cada grupo focal del territorio. Los participantes son códigos anónimos; todo se guarda mientras escribe.</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/screen.py" line="51"/>
        <location filename="../screens/focus_groups/screen.py" line="126"/>
        <source>New focus group</source>
        <translation>Nuevo grupo focal</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/screen.py" line="53"/>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/screen.py" line="64"/>
        <source>Record</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/screen.py" line="65"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/screen.py" line="66"/>
        <source>Guide questions</source>
        <translation>Preguntas guía</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/screen.py" line="67"/>
        <source>Themes and quotes</source>
        <translation>Temas y citas</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/screen.py" line="68"/>
        <source>Places mentioned</source>
        <translation>Lugares mencionados</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/screen.py" line="74"/>
        <source>Choose a territory to work in (button at the top).</source>
        <translation>Elija un territorio para trabajar (botón de arriba).</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../screens/focus_groups/general.py" line="39"/>
        <source>no data</source>
        <translation>sin dato</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="41"/>
        <source>How people were invited (door to door, JJVV, social media…)</source>
        <translation>Cómo se convocó (puerta a puerta, JJVV, redes sociales…)</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="44"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="44"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="44"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="45"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="45"/>
        <source>Convened by</source>
        <translation>Forma de convocatoria</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="46"/>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="46"/>
        <source>Note taker</source>
        <translation>Relator/a</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="49"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="52"/>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="53"/>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="54"/>
        <source>Recording allowed</source>
        <translation>Se autorizó grabar</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="55"/>
        <source>Participants were told quotes are not attributed to anyone</source>
        <translation>Se informó que las citas no se atribuyen a nadie</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="56"/>
        <source>Consent given</source>
        <translation>Consentimiento otorgado</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="61"/>
        <source>General notes of the session</source>
        <translation>Notas generales de la sesión</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="63"/>
        <source>Agreements and next steps, one per line</source>
        <translation>Acuerdos y próximos pasos, uno por línea</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="65"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/general.py" line="66"/>
        <source>Agreements and next steps</source>
        <translation>Acuerdos y próximos pasos</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../screens/focus_groups/participants.py" line="37"/>
        <source>Participants are recorded only as codes (P1, P2…): no names, no contact data.</source>
        <translation>Los participantes se registran solo con códigos (P1, P2…): sin nombres ni datos de contacto.</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/participants.py" line="42"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/participants.py" line="42"/>
        <source>Age range</source>
        <translation>Tramo etario</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/participants.py" line="42"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/participants.py" line="42"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/participants.py" line="43"/>
        <source>Years in the barrio</source>
        <translation>Años en el barrio</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/participants.py" line="51"/>
        <source>Add participant</source>
        <translation>Agregar participante</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/participants.py" line="53"/>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/participants.py" line="69"/>
        <source>Participants: {n}</source>
        <translation>Participantes: {n}</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/participants.py" line="89"/>
        <source>no data</source>
        <translation>sin dato</translation>
    </message>
</context>
<context>
    <name>PlacesTab</name>
    <message>
        <location filename="../screens/focus_groups/places.py" line="35"/>
        <location filename="../screens/focus_groups/places.py" line="47"/>
        <source>Map feature</source>
        <translation>Elemento del mapa</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/places.py" line="35"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/places.py" line="35"/>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/places.py" line="46"/>
        <source>Why the place came up</source>
        <translation>Por qué se mencionó el lugar</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/places.py" line="48"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/places.py" line="51"/>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/places.py" line="53"/>
        <source>Add place</source>
        <translation>Agregar lugar</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/places.py" line="75"/>
        <source>(not on the map)</source>
        <translation>(no está en el mapa)</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <location filename="../screens/focus_groups/questions.py" line="38"/>
        <source>Add question</source>
        <translation>Agregar pregunta</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/questions.py" line="40"/>
        <source>Send to bin</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/questions.py" line="48"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/questions.py" line="52"/>
        <source>Notes of what was said</source>
        <translation>Notas de lo conversado</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/questions.py" line="108"/>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
</context>
<context>
    <name>ThemesQuotesTab</name>
    <message>
        <location filename="../screens/focus_groups/themes_quotes.py" line="44"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/themes_quotes.py" line="53"/>
        <source>New theme…</source>
        <translation>Nuevo tema…</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/themes_quotes.py" line="55"/>
        <source>Add theme</source>
        <translation>Agregar tema</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/themes_quotes.py" line="69"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/themes_quotes.py" line="70"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/themes_quotes.py" line="71"/>
        <source>Diagnosed problems</source>
        <translation>Problemáticas diagnosticadas</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/themes_quotes.py" line="124"/>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/themes_quotes.py" line="127"/>
        <location filename="../screens/focus_groups/themes_quotes.py" line="142"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/themes_quotes.py" line="127"/>
        <location filename="../screens/focus_groups/themes_quotes.py" line="143"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/themes_quotes.py" line="127"/>
        <location filename="../screens/focus_groups/themes_quotes.py" line="144"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/themes_quotes.py" line="141"/>
        <source>What was said, in the participant&apos;s words</source>
        <translation>Lo que se dijo, con las palabras de quien lo dijo</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/themes_quotes.py" line="147"/>
        <source>Send quote to bin</source>
        <translation>Enviar cita a la papelera</translation>
    </message>
    <message>
        <location filename="../screens/focus_groups/themes_quotes.py" line="149"/>
        <source>Add quote</source>
        <translation>Agregar cita</translation>
    </message>
</context>
</TS>
