"""Demo walks: the same route through Villa Los Quillayes walked by day and after dark."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from gestor_app.core.demo import demo_id, exists
from gestor_app.core.models.walk import Walk
from gestor_app.core.services.walks import create_walk, set_answer, set_route

BARRIO = "territory:Villa Los Quillayes"
# From the sede on the north edge, down the central pasaje, across the plaza to the cancha.
ROUTE = [[-70.5552, -33.4706], [-70.5537, -33.4711], [-70.5524, -33.4719], [-70.5516, -33.4729],
         [-70.5521, -33.4738], [-70.5534, -33.4744]]
PARTICIPANTS = {
    "dia": {"tramo_etario": {"18-29": 2, "30-44": 4, "45-59": 3, "60+": 3},
            "genero": {"mujer": 8, "hombre": 4}, "rol": {"vecino": 8, "dirigente": 2, "municipio": 2}},
    "noche": {"tramo_etario": {"18-29": 1, "30-44": 3, "45-59": 2, "60+": 1},
              "genero": {"mujer": 5, "hombre": 2}, "rol": {"vecino": 4, "dirigente": 1, "municipio": 1, "policia": 1}},
}
# item → (day value, night value, comment, priority, referral); comments speak of the night where relevant.
ANSWERS: dict[str, tuple[str | None, str | None, str, str | None, str | None]] = {
    "A1": ("2", "0", "De noche las vecinas dicen que no caminan solas por el pasaje central.", "Alta", None),
    "A2": ("no", "si", "Evitan el pasaje 7 después de las 20:00.", None, None),
    "A3": ("Poca gente en la tarde", "Pasaje oscuro, grupos consumiendo en la plaza",
           "Mencionan asaltos por sorpresa al volver del paradero.", None, None),
    "B1": ("NO", "1", "Tres de ocho luminarias del pasaje central no encienden.", "Alta", "Alumbrado Público"),
    "B2": ("NO", "3", "Luminarias apagadas frente a los n.º 1450, 1462 y en la esquina de la plaza.", "Alta",
           "Alumbrado Público"),
    "B3": ("NO", "1", "La luz cae en la calzada; la vereda queda en sombra.", "Media", "Alumbrado Público"),
    "B4": ("2", "1", "Dos aromos tapan las luminarias junto a la cancha.", "Media", "Aseo y Ornato"),
    "B5": ("NO", "1", "Al fondo del pasaje no se reconoce a nadie a 15 metros.", "Alta", None),
    "C1": ("2", "1", "", None, None),
    "C2": ("2", "2", "Casas con ventanas hacia el pasaje, pero con rejas y cortinas cerradas.", None, None),
    "C3": ("1", "1", "Muro ciego de 40 m en el costado poniente de la cancha.", "Media", "DOM"),
    "C4": ("1", "0", "Arbustos altos en el bandejón de la plaza ocultan la vista.", "Alta", "Aseo y Ornato"),
    "C5": ("1", "0", "Esquina ciega detrás de la sede vecinal.", "Alta", "Seguridad Municipal"),
    "D1": ("2", "1", "", None, None),
    "D2": ("3", "1", "De día la plaza la usan niños y personas mayores; de noche casi solo hombres jóvenes.",
           None, None),
    "D3": ("2", "1", "Solo el almacén de la esquina abre hasta las 21:00.", None, None),
    "D4": ("2", "1", "", None, None),
    "D5": ("si", "si", "La alarma comunitaria del pasaje 7 funciona, pero pocos saben activarla.", "Media",
           "Seguridad Municipal"),
    "E1": ("1", "1", "El pasaje 7 no tiene salida hacia el canal.", None, None),
    "E2": ("1", "0", "Nicho junto a la caseta eléctrica donde alguien puede esconderse.", "Alta", "DOM"),
    "E3": ("2", "2", "", None, None),
    "E4": ("2", "1", "El acceso a la cancha está cerrado con cadena de noche.", "Baja", "DOM"),
    "F1": ("2", "2", "", None, None),
    "F2": ("2", "2", "Jardín comunitario frente a la sede cuidado por el club de adulto mayor.", None, None),
    "F3": ("2", "0", "Grupo que consume en la plaza en la noche; los vecinos dejan de usarla.", "Alta", "Carabineros"),
    "F4": ("1", "1", "Uso casi solo residencial.", None, None),
    "G1": ("1", "1", "Sitio eriazo junto al canal, sin cierre.", "Alta", "DOM"),
    "G2": ("0", "0", "Microbasural en la esquina del sitio eriazo (escombros y colchones).", "Alta",
           "Aseo y Ornato"),
    "G3": ("1", "1", "Rayados en el muro de la cancha.", "Baja", "Aseo y Ornato"),
    "G4": ("2", "2", "Dos bancas rotas en la plaza.", "Media", "Aseo y Ornato"),
    "G5": ("2", "2", "Auto abandonado en el pasaje 5.", "Media", "Tránsito"),
    "H1": ("1", "0", "Sin letreros con el nombre de los pasajes; de noche no se lee la numeración.", "Media", "DOM"),
    "H2": ("0", "0", "No hay información de fonos de Seguridad Municipal.", "Media", "Seguridad Municipal"),
    "I1": ("2", "2", "Vereda interrumpida por raíces frente a la plaza.", "Baja", "DOM"),
    "I2": ("2", "1", "El paradero de Av. Grecia está iluminado, pero el tramo hasta la villa no.", "Media",
           "Alumbrado Público"),
    "J1": ("1", "1", "Patrullaje esporádico; los vecinos piden rondas en horario de regreso del trabajo.", "Media",
           "Carabineros"),
    "J2": ("no", "no", "No hay cámaras en el tramo.", None, None),
    "J3": ("si", "si", "", None, None),
    "K1": ("Recambio de luminarias, poda y limpieza del sitio eriazo",
           "Iluminar el pasaje central y activar la plaza con actividades nocturnas", "", None, None),
    "K2": ("Junta de vecinos, club de adulto mayor, club deportivo de la cancha",
           "Junta de vecinos y almacén de la esquina", "", None, None),
    "K3": ("La JJVV informará a los vecinos la fecha de la poda",
           "Seguridad Municipal capacitará en uso de la alarma", "", None, None),
    "K4": ("Aseo y Ornato: poda y microbasural", "Alumbrado Público: 3 luminarias; Carabineros: rondas", "",
           None, None),
}
DAY_NOTES = ("C3", "G1", "G2", "G3", "G5", "I1", "J2")
WALKS = [("dia", "Marcha diurna Villa Los Quillayes", date(2026, 10, 17), "10:30", "12:00",
          "Soleado, 22 °C", "Equipo territorial Lo Hermida"),
         ("noche", "Marcha nocturna Villa Los Quillayes", date(2026, 10, 22), "20:30", "21:45",
          "Despejado, 14 °C, viento suave", "Equipo territorial Lo Hermida")]


def fill(session: Session) -> None:
    for period, title, day, start, end, weather, facilitator in WALKS:
        name = f"walk:{period}"
        if exists(session, Walk, name):
            continue
        walk = create_walk(session, id=demo_id(name), territory_id=demo_id(BARRIO), title=title, walk_date=day,
                           start_time=start, end_time=end, period=period, weather=weather,
                           facilitator=facilitator, participants=PARTICIPANTS[period])
        if period == "dia":
            set_route(session, walk_id=walk.id, coordinates=ROUTE, title="Recorrido sede – pasaje central – plaza – cancha")
            route_id = walk.route_feature_id
        else:
            set_route(session, walk_id=walk.id, feature_id=route_id)
        for key, (day_value, night_value, comment, priority, referral) in ANSWERS.items():
            full = period == "noche" or key in DAY_NOTES  # by day only the daylight findings
            set_answer(session, walk_id=walk.id, item_key=key, value=night_value if period == "noche" else day_value,
                       comment=comment if full else "", priority=priority if full else None,
                       referral=referral if full else None, id=demo_id(f"{name}:{key}"))
