"""Demo Mesas de Seguridad Focalizadas in Villa Los Quillayes (one closed acta with attendance and
three agreements, the next one in draft reviewing the pending ones) and neighbours' requests in
every state. People are fictional."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy.orm import Session

from gestor_app.core.demo import demo_id, exists
from gestor_app.core.models.meetings import Meeting, Request
from gestor_app.core.services import meetings as ms
from gestor_app.core.services import requests as rs

TERRITORY = "territory:Villa Los Quillayes"
MESA1 = "meeting:mesa-1"
MESA2 = "meeting:mesa-2"
ATTENDEES = [("Rosa Cárcamo", "Junta de Vecinos Los Quillayes", "Presidenta JJVV", "presente"),
             ("Marcela Fuentes", "Dirección de Seguridad Humana", "Gestora territorial", "presente"),
             ("Sgto. 2º Pedro Araya", "Carabineros, 43ª Comisaría", "Oficial de cuadrante", "presente"),
             ("Luis Henríquez", "Club de Adulto Mayor", "Dirigente", "presente"),
             ("Camila Soto", "Centro de Madres", "Secretaria", "presente"),
             ("Jorge Vidal", "Alumbrado Público", "Encargado de zona", "excusado")]
AGENDA = [("Diagnóstico del barrio: resultados de la marcha exploratoria",
           "La gestora presentó los hallazgos de las marchas diurna y nocturna: luminarias apagadas en el "
           "pasaje 2 y frente a la escuela, arbustos que tapan la vista junto al canal y un microbasural en el "
           "sitio eriazo. Las vecinas confirmaron que el pasaje junto al canal se evita de noche."),
          ("Presencia policial en el paradero de Av. Grecia",
           "Carabineros informó el plan cuadrante y acordó reforzar la ronda entre 19:00 y 22:00. Se pidió "
           "denunciar cada robo para que quede registrado."),
          ("Varios", "Se propuso una activación de la plaza con feria de emprendedoras en diciembre.")]
AGREEMENTS = [("Enviar a Alumbrado Público el catastro de luminarias apagadas del pasaje 2 y la escuela.",
               "Marcela Fuentes", "Dirección de Seguridad Humana", date(2026, 11, 19), "cumplido"),
              ("Solicitar la poda de los arbustos junto al canal y el retiro del microbasural.",
               "Rosa Cárcamo", "Aseo y Ornato", date(2026, 11, 30), "en_curso"),
              ("Reforzar la ronda preventiva en el paradero de Av. Grecia entre 19:00 y 22:00.",
               "Sgto. 2º Pedro Araya", "Carabineros", date(2026, 12, 10), "pendiente")]
REQUESTS = [  # key, received, channel, category, feature, description, status, referred, responded, answer
    ("luz", date(2026, 10, 20), "presencial", "Alumbrado público", "map_feature:luz1",
     "Luminaria apagada hace tres meses en el pasaje 2; el tramo queda a oscuras.", "derivada",
     "Alumbrado Público", None, ""),
    ("basural", date(2026, 11, 3), "redes", "Microbasural / aseo", "map_feature:basural",
     "Escombros y colchones botados en el sitio eriazo; se acumula basura todas las semanas.", "abierta", "",
     None, ""),
    ("ruidos", date(2026, 11, 12), "teléfono", "Incivilidades (ruidos, consumo en vía pública)", "map_feature:incivil",
     "Consumo de alcohol en la esquina los viernes y sábados en la noche.", "respondida", "Seguridad Municipal",
     date(2026, 11, 14), "Se incluyó la esquina en la ronda de seguridad municipal de fin de semana."),
    ("alarma", date(2026, 10, 28), "correo", "Alarma comunitaria", "map_feature:alarma1",
     "La alarma comunitaria del pasaje 3 no suena al activarla desde el control.", "cerrada",
     "Seguridad Municipal", date(2026, 11, 6), "Técnico cambió la batería; probada con los vecinos."),
    ("poda", date(2026, 11, 25), "presencial", "Poda y áreas verdes", "map_feature:veg",
     "Arbustos altos junto al canal tapan la vista y la luz de la luminaria.", "derivada", "Aseo y Ornato", None, ""),
    ("casa", date(2026, 12, 1), "otro", "Sitio eriazo o inmueble abandonado", "map_feature:casa",
     "Casa abandonada ocupada de noche; los vecinos piden cierre y fiscalización.", "abierta", "", None, ""),
]


def fill(session: Session) -> None:
    tid = demo_id(TERRITORY)
    if not exists(session, Meeting, MESA1):
        m1 = ms.create_meeting(session, id=demo_id(MESA1), territory_id=tid, held_on=date(2026, 11, 5),
                               title="Mesa de Seguridad Focalizada Los Quillayes n.º 1", number=1,
                               start_time=time(19, 0), end_time=time(20, 45), place="Sede JJVV Los Quillayes",
                               convened_by="Dirección de Seguridad Humana y JJVV Los Quillayes", neighbours_count=14,
                               next_meeting_on=date(2026, 12, 10), next_meeting_place="Sede JJVV Los Quillayes")
        for i, (name, org, role, att) in enumerate(ATTENDEES):
            ms.add_attendee(session, meeting_id=m1.id, id=demo_id(f"{MESA1}:attendee:{i}"), name=name,
                            organisation=org, role=role, attendance=att)
        for i, (title, dev) in enumerate(AGENDA):
            ms.add_agenda_item(session, meeting_id=m1.id, id=demo_id(f"{MESA1}:item:{i}"), title=title,
                               development=dev)
        for i, (text, who, inst, deadline, status) in enumerate(AGREEMENTS):
            ms.add_agreement(session, meeting_id=m1.id, id=demo_id(f"{MESA1}:agreement:{i}"), text=text,
                             responsible=who, institution=inst, deadline=deadline, status=status)
        ms.close_meeting(session, m1.id)
    if not exists(session, Meeting, MESA2):
        m2 = ms.create_meeting(session, id=demo_id(MESA2), territory_id=tid, held_on=date(2026, 12, 10),
                               title="Mesa de Seguridad Focalizada Los Quillayes n.º 2", number=2,
                               start_time=time(19, 0), place="Sede JJVV Los Quillayes",
                               convened_by="Dirección de Seguridad Humana y JJVV Los Quillayes")
        ms.add_agenda_item(session, meeting_id=m2.id, id=demo_id(f"{MESA2}:item:1"),
                           title="Activación de la plaza: feria de emprendedoras")
        ms.add_agenda_item(session, meeting_id=m2.id, id=demo_id(f"{MESA2}:item:2"), title="Varios")
    for key, received, channel, category, feature, text, status, referred, responded, answer in REQUESTS:
        name = f"request:{key}"
        if exists(session, Request, name):
            continue
        rs.create_request(session, id=demo_id(name), territory_id=tid, received_on=received, channel=channel,
                          category=category, feature_id=demo_id(feature), description=text, status=status,
                          referred_to=referred, responded_on=responded, response=answer)
