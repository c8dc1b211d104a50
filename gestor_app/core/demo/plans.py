"""Demo objectives, action plan (Gantt 2026–2027), network of actors and follow-up of Villa Los
Quillayes, linked to the demo diagnosis and map. Organisations are plausible; people fictional."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from gestor_app.core.demo import demo_id, exists
from gestor_app.core.models.plans import ActionPlan, Activity, Actor, ActorLink, Goal, Objective
from gestor_app.core.services.actors import create_actor, create_link
from gestor_app.core.services.objectives import add_measurement, create_goal, create_objective
from gestor_app.core.services.plans import add_progress, create_activity, get_or_create_plan, update_plan

BARRIO = "territory:Villa Los Quillayes"
D = date
# (key, kind, text, problems, ámbito of the Plan Comunal)
OBJECTIVES = [
    ("general", "general", "Disminuir la percepción de inseguridad y los delitos de oportunidad en Villa Los "
     "Quillayes mediante la coproducción de seguridad con la comunidad.", ["luz", "plaza", "mujeres"], "participacion"),
    ("luz", "especifico", "Recuperar la iluminación peatonal de pasajes y plaza.", ["luz"], "prevencion_situacional"),
    ("plaza", "especifico", "Reactivar la plaza central como espacio de encuentro al anochecer.", ["plaza"],
     "prevencion_situacional"),
    ("mujeres", "especifico", "Generar trayectos seguros para las mujeres entre el paradero y sus casas.",
     ["mujeres"], "vif_genero"),
]
# (key, objective, indicator, baseline, target, unit, due, measurements [(date, value)])
GOALS = [
    ("temor", "general", "Vecinos que se sienten inseguros de noche (encuesta de la mesa)", 72, 50, "%",
     D(2027, 12, 31), [(D(2026, 10, 20), 72), (D(2026, 11, 28), 68)]),
    ("luminarias", "luz", "Luminarias funcionando en pasajes y plaza", 14, 30, "luminarias", D(2027, 6, 30),
     [(D(2026, 10, 17), 14), (D(2026, 11, 25), 19)]),
    ("actividades", "plaza", "Actividades comunitarias nocturnas en la plaza por mes", 0, 4, "actividades/mes",
     D(2027, 9, 30), [(D(2026, 11, 30), 1)]),
    ("acompanamiento", "mujeres", "Mujeres que usan la red de acompañamiento al paradero", 0, 40, "mujeres",
     D(2027, 8, 31), []),
]
# (key, objective, strategy, title, responsible, institution, start, end, status, progress, deps, features)
MESA, PROTO = "Mesa de Seguridad Focalizada", "Protocolo de respuesta ante requerimientos"
ACTIVITIES = [
    ("catastro", "luz", PROTO, "Catastro de luminarias apagadas con la JJVV", "Gestora territorial",
     "Seguridad Municipal", D(2026, 10, 19), D(2026, 11, 13), "cumplida", 100, [], ["luz1", "luz2", "luz3"]),
    ("reparacion", "luz", PROTO, "Reparación de luminarias por Alumbrado Público", "Encargado de alumbrado",
     "Alumbrado Público", D(2026, 11, 16), D(2027, 1, 29), "en_curso", 40, ["catastro"], ["luz1", "luz2", "luz3"]),
    ("poda", "luz", PROTO, "Poda de árboles que tapan luminarias", "Encargada de áreas verdes", "Aseo y Ornato",
     D(2026, 11, 16), D(2026, 11, 30), "en_curso", 30, ["catastro"], ["veg"]),
    ("peatonal", "luz", MESA, "Proyecto de iluminación peatonal del pasaje Los Aromos", "Gestora territorial",
     "SECPLA", D(2027, 2, 1), D(2027, 6, 30), "pendiente", 0, ["reparacion"], ["ciego", "temor1"]),
    ("mesa", "plaza", MESA, "Constitución de la Mesa de Seguridad Focalizada", "Gestora territorial",
     "Seguridad Municipal", D(2026, 11, 3), D(2026, 11, 24), "cumplida", 100, [], ["sede"]),
    ("activacion", "plaza", MESA, "Activaciones nocturnas mensuales en la plaza", "Club deportivo juvenil",
     "Junta de vecinos", D(2027, 2, 5), D(2027, 9, 30), "pendiente", 0, ["mesa", "reparacion"], ["plaza"]),
    ("camara", "plaza", MESA, "Postulación de cámaras para la plaza (proyecto tecnológico)", "Gestora territorial",
     "Seguridad Municipal", D(2027, 3, 1), D(2027, 7, 31), "pendiente", 0, ["mesa"], ["plaza", "camara"]),
    ("eriazo", "plaza", PROTO, "Limpieza del sitio eriazo y del microbasural", "Encargado de operaciones",
     "Aseo y Ornato", D(2026, 11, 9), D(2026, 11, 27), "en_curso", 50, [], ["eriazo", "basural"]),
    ("red", "mujeres", MESA, "Red de acompañamiento desde el paradero de Av. Grecia", "Centro de Madres",
     "Oficina de la Mujer", D(2027, 1, 11), D(2027, 8, 31), "pendiente", 0, ["mesa"], ["hot1", "ruta"]),
    ("taller", "mujeres", MESA, "Talleres sobre canales de denuncia y apoyo", "Profesional Oficina de la Mujer",
     "Oficina de la Mujer", D(2027, 3, 15), D(2027, 5, 28), "pendiente", 0, ["mesa"], ["sede"]),
    ("alarmas", "mujeres", PROTO, "Mantención de alarmas comunitarias del pasaje", "Técnico de alarmas",
     "Seguridad Municipal", D(2027, 4, 5), D(2027, 4, 30), "pendiente", 0, [], ["alarma1"]),
]
PROGRESS = [
    ("catastro", D(2026, 10, 30), 60, "Recorrido con la directiva: 11 luminarias anotadas."),
    ("catastro", D(2026, 11, 13), 100, "Catastro entregado a Alumbrado Público."),
    ("mesa", D(2026, 11, 24), 100, "Primera sesión con 18 vecinos y el cuadrante."),
    ("reparacion", D(2026, 11, 25), 40, "5 luminarias reparadas."),
    ("poda", D(2026, 11, 25), 30, "Poda del costado norte de la plaza."),
    ("eriazo", D(2026, 11, 20), 50, "Retiro de escombros; falta cierre del sitio."),
]
ACTORS = [
    ("jjvv", "Junta de vecinos Los Quillayes", "organizacion", "Vecinal"),
    ("club", "Club deportivo juvenil", "organizacion", "Deporte"),
    ("madres", "Centro de Madres", "organizacion", "Mujeres"),
    ("adulto", "Club de adulto mayor", "organizacion", "Personas mayores"),
    ("seguridad", "Dirección de Seguridad Municipal", "institucion", "Municipio"),
    ("alumbrado", "Alumbrado Público", "institucion", "Municipio"),
    ("mujer", "Oficina de la Mujer", "institucion", "Municipio"),
    ("carabineros", "Carabineros — cuadrante", "institucion", "Policía"),
    ("escuela", "Escuela básica", "institucion", "Educación"),
]
LINKS = [("jjvv", "seguridad", "colaboracion", 3), ("jjvv", "club", "colaboracion", 2),
         ("jjvv", "madres", "coordinacion", 2), ("madres", "mujer", "colaboracion", 2),
         ("seguridad", "alumbrado", "coordinacion", 3), ("seguridad", "carabineros", "informacion", 2),
         ("jjvv", "carabineros", "informacion", 1), ("club", "escuela", "colaboracion", 1),
         ("adulto", "jjvv", "colaboracion", 2), ("club", "adulto", "conflicto", 1)]


def fill(session: Session) -> None:
    tid = demo_id(BARRIO)
    for key, kind, text, problems, ambito in OBJECTIVES:
        if not exists(session, Objective, f"objective:quillayes:{key}"):
            create_objective(session, id=demo_id(f"objective:quillayes:{key}"), territory_id=tid, kind=kind,
                             text=text, problem_ids=[demo_id(f"problem:quillayes:{p}") for p in problems],
                             ambito=ambito)
    fill_goals(session, "quillayes", GOALS)
    _plan(session, tid)
    _actors(session, tid)


def fill_goals(session: Session, place: str, goals: list[tuple]) -> None:
    """Metas ``(key, objective, indicator, baseline, target, unit, due, [(date, value)])`` of the
    objectives ``objective:{place}:{objective}``, each with its measurements (goal keys are unique
    across the whole demo: the measurements' ids do not name the place)."""
    for key, obj, indicator, base, target, unit, due, measures in goals:
        if exists(session, Goal, f"goal:{place}:{key}"):
            continue
        g = create_goal(session, id=demo_id(f"goal:{place}:{key}"), objective_id=demo_id(f"objective:{place}:{obj}"),
                        indicator=indicator, baseline=base, target=target, unit=unit, due_date=due)
        for i, (on, value) in enumerate(measures):
            add_measurement(session, id=demo_id(f"measurement:{key}:{i}"), goal_id=g.id, measured_on=on, value=value)


def _plan(session: Session, tid: str) -> None:
    binned = session.get(ActionPlan, demo_id("plan:quillayes"))
    if binned is not None and binned.deleted:
        return  # the person sent the demo plan to the bin: do not bring it back
    new = session.get(Activity, demo_id("activity:quillayes:catastro")) is None
    plan = get_or_create_plan(session, territory_id=tid, id=demo_id("plan:quillayes"))
    if not plan.strategies:
        update_plan(session, plan.id, title="Plan de acción Villa Los Quillayes 2026–2027",
                    strategies=f"{MESA}: co-producción de mediano plazo en los sectores plaza y pasaje Los Aromos.\n"
                               f"{PROTO}: respuesta rápida a las demandas cotidianas de los vecinos.",
                    resources="Sede vecinal; fondos municipales de prevención situacional; cuadrilla de Aseo y "
                              "Ornato; programa de alarmas comunitarias.",
                    validated_on=D(2026, 11, 24), validation_meeting="Mesa de Seguridad Focalizada, sesión 1",
                    validation_acta_ref="Acta n.º 1 (24-11-2026)")
    for key, obj, strategy, title, resp, inst, start, end, status, progress, deps, feats in ACTIVITIES:
        if exists(session, Activity, f"activity:quillayes:{key}"):
            continue
        create_activity(session, id=demo_id(f"activity:quillayes:{key}"), plan_id=plan.id, title=title,
                        responsible=resp, institution=inst, start_date=start, end_date=end,
                        objective_id=demo_id(f"objective:quillayes:{obj}"), strategy=strategy, status=status,
                        progress=progress, depends_on=[demo_id(f"activity:quillayes:{d}") for d in deps],
                        feature_ids=[demo_id(f"map_feature:{f}") for f in feats])
    if new:
        for i, (key, on, progress, note) in enumerate(PROGRESS):
            add_progress(session, id=demo_id(f"progress:{key}:{i}"), activity_id=demo_id(f"activity:quillayes:{key}"),
                         recorded_on=on, progress=progress, note=note)


def _actors(session: Session, tid: str) -> None:
    for key, name, kind, sector in ACTORS:
        if not exists(session, Actor, f"actor:quillayes:{key}"):
            create_actor(session, id=demo_id(f"actor:quillayes:{key}"), territory_id=tid, name=name, kind=kind,
                         sector=sector)
    for a, b, kind, strength in LINKS:
        if not exists(session, ActorLink, f"actor_link:{a}:{b}"):
            create_link(session, id=demo_id(f"actor_link:{a}:{b}"), a_id=demo_id(f"actor:quillayes:{a}"),
                        b_id=demo_id(f"actor:quillayes:{b}"), kind=kind, strength=strength)
