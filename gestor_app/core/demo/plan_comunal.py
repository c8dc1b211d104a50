"""Demo objectives and metas of the Plan Comunal de Seguridad Pública of Peñalolén (comuna level),
one or two per ámbito, so the indicators by territory and ámbito show metas on track, reached,
overdue and not yet measured. The figures are fictional."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from gestor_app.core.demo import demo_id, exists
from gestor_app.core.demo.plans import fill_goals
from gestor_app.core.models.plans import Objective
from gestor_app.core.services.objectives import create_objective

COMUNA = "territory:Peñalolén"
PLACE = "comuna"
D = date
# (key, kind, text, ámbito)
OBJECTIVES = [
    ("general", "general", "Reducir la victimización y el temor en Peñalolén con una acción municipal coordinada "
     "con las policías, la Fiscalía y la comunidad.", ""),
    ("robos", "especifico", "Reducir los robos con violencia e intimidación en los espacios públicos de la comuna.",
     "delitos_violentos"),
    ("vif", "especifico", "Ampliar la orientación y derivación de mujeres víctimas de violencia intrafamiliar y de "
     "género.", "vif_genero"),
    ("patentes", "especifico", "Fiscalizar los locales con patente de alcoholes y la venta a menores de edad.",
     "fiscalizacion"),
    ("previene", "especifico", "Extender la prevención del consumo de alcohol y drogas en los colegios.",
     "alcohol_drogas"),
    ("mediacion", "especifico", "Resolver conflictos vecinales por mediación comunitaria.", "convivencia"),
]
# (key, objective, indicator, baseline, target, unit, due, measurements [(date, value)])
GOALS = [
    ("hogares", "general", "Hogares victimizados en el último año (encuesta comunal)", 24, 20, "%", D(2027, 12, 31),
     []),
    ("robos", "robos", "Casos policiales de robo con violencia o intimidación", 1480, 1200, "casos/año",
     D(2027, 12, 31), [(D(2026, 6, 30), 1420), (D(2026, 11, 30), 1390)]),
    ("vif", "vif", "Mujeres orientadas y derivadas por la Oficina de la Mujer", 120, 300, "mujeres",
     D(2026, 10, 31), [(D(2026, 5, 31), 170), (D(2026, 10, 31), 210)]),
    ("patentes", "patentes", "Locales con patente de alcoholes fiscalizados en el año", 180, 400, "locales",
     D(2027, 12, 31), [(D(2026, 9, 30), 260), (D(2026, 11, 30), 410)]),
    ("menores", "patentes", "Locales sorprendidos vendiendo alcohol a menores", 22, 10, "locales",
     D(2027, 6, 30), [(D(2026, 11, 30), 16)]),
    ("colegios", "previene", "Colegios con programa de prevención en marcha", 6, 14, "colegios", D(2027, 3, 31), []),
    ("mediacion", "mediacion", "Mediaciones comunitarias concluidas con acuerdo", 40, 80, "mediaciones",
     D(2026, 6, 30), [(D(2026, 6, 30), 52)]),
]


def fill(session: Session) -> None:
    tid = demo_id(COMUNA)
    for key, kind, text, ambito in OBJECTIVES:
        if not exists(session, Objective, f"objective:{PLACE}:{key}"):
            create_objective(session, id=demo_id(f"objective:{PLACE}:{key}"), territory_id=tid, kind=kind, text=text,
                             ambito=ambito)
    fill_goals(session, PLACE, GOALS)
