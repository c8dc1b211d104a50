"""Demo diagnosis of Villa Los Quillayes: territory-wide content and 3 problems citing the focus
group's themes and quotes and the map as evidence. Cases and people are fictional."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gestor_app.core.demo import demo_id, exists
from gestor_app.core.models.diagnosis import Problem
from gestor_app.core.services.diagnosis import add_evidence, get_diagnosis, update_diagnosis
from gestor_app.core.services.focus_groups import update_theme
from gestor_app.core.services.problems import create_problem

FG = "focus_group:quillayes-1"
PROBLEMS = [
    ("luz", "Iluminación deficiente en pasajes y plaza", dict(
        description="Luminarias apagadas o tapadas por árboles en el pasaje Los Aromos y el contorno de la plaza.",
        causes="Falta de mantención del alumbrado; arbolado sin poda; reclamos sin seguimiento.",
        spatial="Pasaje Los Aromos (tramo ciego), esquina de la cancha y costado norte de la plaza.",
        temporality="Todo el año; se agrava en invierno cuando oscurece antes de las 18:30.",
        victims="Vecinos y vecinas que regresan de noche, en especial mujeres y adultos mayores.",
        offenders="No aplica directamente: es un factor de riesgo situacional.",
        impact="Las personas cambian sus rutas y dejan de salir de noche.",
        non_reporting="Los reclamos al municipio no se registran como incidentes de seguridad.",
        institutional="Coordinación lenta entre Alumbrado Público y Aseo y Ornato."),
     [("focus_group_themes", f"{FG}:theme:luz"), ("focus_group_quotes", f"{FG}:quote:2"),
      ("focus_group_quotes", f"{FG}:quote:4"), ("map_features", "map_feature:temor1")]),
    ("plaza", "Robos por sorpresa y consumo en la plaza central", dict(
        description="Robos de celulares y carteras, y consumo de alcohol y drogas en la plaza al anochecer.",
        causes="Plaza sin actividades después de las 19:00; comercio cerrado; baja vigilancia natural.",
        spatial="Plaza central Los Quillayes y salida hacia el almacén.",
        temporality="De 19:00 a 23:00, más frecuente viernes y sábado y en vacaciones de verano.",
        victims="Adultos mayores y jóvenes que salen del almacén o esperan locomoción.",
        offenders="Grupos pequeños de jóvenes que no serían del barrio, según los vecinos.",
        impact="La plaza dejó de usarse por las familias de noche.",
        non_reporting="Alta cifra negra: los vecinos no denuncian por desconfianza en el resultado.",
        institutional="Patrullaje esporádico del cuadrante."),
     [("focus_group_themes", f"{FG}:theme:plaza"), ("focus_group_quotes", f"{FG}:quote:1"),
      ("focus_group_quotes", f"{FG}:quote:3"), ("map_features", "map_feature:plaza")]),
    ("mujeres", "Acoso y violencia hacia mujeres en el trayecto al paradero", dict(
        description="Mujeres jóvenes relatan seguimientos y acoso al volver desde el paradero de Av. Grecia.",
        causes="Trayecto largo sin comercio abierto; pasaje ciego; falta de luz.",
        spatial="Desde el paradero de Av. Grecia por el pasaje Los Aromos.",
        temporality="Días de semana entre 21:00 y 00:00, al regreso del trabajo o estudios.",
        victims="Mujeres de 18 a 29 años.",
        offenders="Hombres solos o en grupo, desconocidos para las víctimas.",
        impact="Temor alto; las familias organizan acompañamientos diarios.",
        non_reporting="Casi ninguno de los hechos relatados fue denunciado.",
        institutional="Poca difusión de los canales de denuncia y de la oficina de la mujer."),
     [("focus_group_themes", f"{FG}:theme:mujeres"), ("focus_group_quotes", f"{FG}:quote:0"),
      ("focus_group_quotes", f"{FG}:quote:5")]),
]
SECTIONS = dict(
    limits="Av. Grecia por el norte, pasaje Los Aromos por el poniente, la cancha y el canal por el sur y oriente.",
    age_groups="Población joven y adulta: cerca de un 25 % menores de 18 años y un 14 % de 60 años o más "
               "(estimación a partir del Censo 2017).",
    gse="Predominio de grupos C3 y D; viviendas sociales de los años ochenta con ampliaciones.",
    key_actors="Junta de vecinos Los Quillayes, club deportivo juvenil, Centro de Madres, comité de adelanto.",
    institutional_presence="Dirección de Seguridad Humana (gestora territorial), cuadrante de Carabineros, "
                           "programa municipal de recuperación de barrios.",
    resources="Sede vecinal, cancha de tierra, plaza central, escuela básica cercana, CESFAM a 10 minutos, "
              "almacenes de barrio.")


def fill(session: Session) -> None:
    tid = demo_id("territory:Villa Los Quillayes")
    d = get_diagnosis(session, territory_id=tid)
    if d is not None and not d.limits:
        update_diagnosis(session, territory_id=tid, **SECTIONS)
    for key, title, fields, evidence in PROBLEMS:
        if exists(session, Problem, f"problem:quillayes:{key}"):
            continue
        p = create_problem(session, id=demo_id(f"problem:quillayes:{key}"), territory_id=tid, title=title, **fields)
        for entity, name in evidence:
            add_evidence(session, problem_id=p.id, entity=entity, record_id=demo_id(name),
                         id=demo_id(f"evidence:{key}:{name}"))
        update_theme(session, demo_id(f"{FG}:theme:{key}"), problem_ids=[p.id])
