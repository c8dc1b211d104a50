"""Demo focus group in Villa Los Quillayes: 7 anonymous participants, notes, themes and quotes.
People and statements are fictional."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from gestor_app.core.demo import demo_id, exists
from gestor_app.core.models.focus_groups import FocusGroup
from gestor_app.core.services import focus_groups as fgs
from gestor_app.core.services.focus_groups import DEFAULT_QUESTIONS

TERRITORY = "territory:Villa Los Quillayes"
FG = "focus_group:quillayes-1"
PLACES = {"plaza": "map_feature:plaza", "pasaje": "map_feature:temor1"}  # features of the demo map
PARTICIPANTS = [("60+", "Mujer", "Dirigente", 38), ("45–59", "Mujer", "Vecino/a", 22), ("30–44", "Hombre", "Comerciante", 9),
                ("18–29", "Mujer", "Joven", 19), ("18–29", "Hombre", "Joven", 4), ("60+", "Hombre", "Adulto/a mayor", 41),
                ("30–44", "Mujer", "Vecino/a", 12)]
NOTES = [
    "La plaza se usa de día con niños; de noche se evita. El paradero de Av. Grecia se usa solo acompañado.",
    "Robos por sorpresa en la plaza, consumo de alcohol y drogas en el pasaje; afectan a mujeres y adultos mayores.",
    "El tramo ciego del pasaje Los Aromos y la esquina de la cancha, por falta de luz.",
    "JJVV, club deportivo, Centro de Madres; Carabineros pasa poco; la municipalidad viene por el programa de barrios.",
    "Sede vecinal, cancha, escuela básica cercana, CESFAM a 10 minutos, almacenes de barrio.",
    "Recambio de luminarias, poda, activar la plaza con ferias, alarmas comunitarias, ronda preventiva.",
]
THEMES = [("luz", "Iluminación deficiente", "Luminarias apagadas y árboles sin poda en pasajes y plaza."),
          ("plaza", "Temor en la plaza de noche", "Robos por sorpresa y consumo en la plaza central."),
          ("mujeres", "Violencia hacia mujeres en trayectos", "Acoso y agresiones en el trayecto al paradero.")]
QUOTES = [(4, "mujeres", "Cuando vuelvo de la pega a las once me bajo una cuadra antes y me vengo llamando a mi mamá."),
          (1, "plaza", "La plaza era de las familias; ahora a las ocho ya nadie se sienta ahí."),
          (6, "luz", "Desde que se apagó el foco de la esquina el pasaje queda como boca de lobo."),
          (3, "plaza", "A mí me han robado dos veces el celular saliendo del almacén, y no denuncié porque para qué."),
          (2, "luz", "Los árboles tapan la luminaria que queda; pedimos la poda hace un año."),
          (7, "mujeres", "A mi hija la siguieron desde el paradero; ahora la voy a buscar todos los días.")]


def fill(session: Session) -> None:
    tid = demo_id(TERRITORY)
    if exists(session, FocusGroup, FG):
        return
    fg = fgs.create_focus_group(
        session, id=demo_id(FG), territory_id=tid, title="Grupo focal vecinos y vecinas de Los Quillayes",
        held_on=date(2026, 10, 14), with_default_questions=False, place="Sede JJVV Los Quillayes", duration_min=95,
        convocation="Invitación puerta a puerta y por el grupo de WhatsApp de la junta de vecinos.",
        facilitator="Gestora territorial (Dirección de Seguridad Humana)", reporter="Apoyo técnico del programa",
        consent_kind="verbal", recording_allowed=False, quotes_unattributed=True,
        agreements="1. Enviar a Alumbrado Público el catastro de luminarias apagadas (gestora, 2 semanas).\n"
                   "2. Solicitar poda a Aseo y Ornato para el pasaje Los Aromos.\n"
                   "3. Invitar a Carabineros (cuadrante) a la próxima Mesa de Seguridad.\n"
                   "4. Realizar una marcha exploratoria nocturna con las vecinas en noviembre.")
    people = [fgs.add_participant(session, focus_group_id=fg.id, id=demo_id(f"{FG}:p{i}"), age_range=a, gender=g,
                                  role=r, years_in_barrio=y) for i, (a, g, r, y) in enumerate(PARTICIPANTS, start=1)]
    for i, (q, note) in enumerate(zip(DEFAULT_QUESTIONS, NOTES, strict=True)):
        fgs.add_question(session, focus_group_id=fg.id, id=demo_id(f"{FG}:q{i}"), text=q, position=i)
        fgs.update_question(session, demo_id(f"{FG}:q{i}"), notes=note)
    themes = {k: fgs.add_theme(session, focus_group_id=fg.id, id=demo_id(f"{FG}:theme:{k}"), name=n, description=d)
              for k, n, d in THEMES}
    for i, (who, theme, text) in enumerate(QUOTES):
        fgs.add_quote(session, focus_group_id=fg.id, id=demo_id(f"{FG}:quote:{i}"), text=text,
                      participant_id=people[who - 1].id, theme_id=themes[theme].id)
    for key, note in (("plaza", "Mencionada por casi todos como lugar evitado de noche."),
                      ("pasaje", "Tramo donde siguieron a una vecina joven.")):
        fgs.add_place(session, focus_group_id=fg.id, id=demo_id(f"{FG}:place:{key}"),
                      feature_id=demo_id(PLACES[key]), note=note)
