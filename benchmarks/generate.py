"""A realistic comuna for the benchmarks, deterministic for a seed:

    python -m benchmarks.generate --gestores 60 --years 4 --out DIR [--seed 1]

Writes ``DIR/laptops/gestor-NN/`` (one data folder per gestor, filled through the same public
services as the app: territory, map features and workshop sessions, exploratory walks with every
answer and real small JPEG photos, focus groups, diagnosed problems, and whatever later domains
register in ``EXTRA_FILLERS``) and ``DIR/office/`` (one data folder holding every laptop's records, as
the office has them once every bundle is in). Prints a JSON summary with the record counts.
With ``--proyecto`` the office and laptops are then made a real sync project (``benchmarks.project``).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import random
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from gestor_app.core.config import load_config
from gestor_app.core.db.base import record_models
from gestor_app.core.field.templates import default_template
from gestor_app.core.services import focus_groups as fgs
from gestor_app.core.services.map_features import create_feature
from gestor_app.core.services.mapping_sessions import create_session
from gestor_app.core.services.problems import create_problem
from gestor_app.core.services.territories import create_territory, set_current_territory
from gestor_app.core.services.walk_photos import add_answer_photo
from gestor_app.core.services.walks import create_walk, set_answer
from gestor_app.core.store import Store, open_store

CENTER = (-70.54, -33.48)  # Peñalolén
POINT_CATEGORIES = ["hotspot", "harmspot", "temor", "incivilidades", "luminaria_apagada", "microbasural",
                    "inmueble_abandonado", "sede_jjvv", "plaza_cancha", "comercio", "camara", "alarma"]
POLYGON_CATEGORIES = ["sitio_eriazo", "temor", "plaza_cancha"]
WORDS = ("luminaria pasaje plaza vecinos noche robo consumo alcohol basura sitio eriazo paradero micro "
         "escuela cancha sede junta carabineros ronda poda árboles mujeres jóvenes adultos mayores miedo "
         "esquina comercio almacén feria quebrada canal calle avenida block escala").split()


@dataclass(frozen=True)
class Scale:
    """Per gestor and year (defaults give ~100,000 records for 60 gestores × 4 years)."""
    points: int = 80
    polygons: int = 4
    walks: int = 5
    photos: int = 4
    focus_groups: int = 1
    participants: int = 8
    problems: int = 3
    sessions: int = 2


@dataclass
class Generated:
    out: Path
    laptops: list[Path] = field(default_factory=list)
    office: Path | None = None
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def _plans(s: Session, rnd: random.Random, ids: Ids, tid: str, g: int, year: int) -> None:
    """Per gestor-year: one objective (its ámbito taken in turn from the list) with a goal and two
    measurements, 6 activities (some with progress entries) in the territory's plan."""
    from gestor_app.core.ambitos import default_ambitos
    from gestor_app.core.services.objectives import add_measurement, create_goal, create_objective
    from gestor_app.core.services.plans import add_progress, create_activity, get_or_create_plan

    plan = get_or_create_plan(s, territory_id=tid, id=ids("plan", g))
    ambitos = default_ambitos()
    obj = create_objective(s, territory_id=tid, text=f"Reducir la percepción de inseguridad {sentence(rnd, 6)}",
                           ambito=ambitos[(g + year) % len(ambitos)].key, id=ids("obj", g, year))
    goal = create_goal(s, objective_id=obj.id, indicator="Porcentaje de vecinos que se sienten inseguros",
                       baseline=60.0, target=40.0, unit="%", due_date=date(2027 + year, 12, 31), id=ids("meta", g, year))
    for m in range(2):
        add_measurement(s, goal_id=goal.id, measured_on=date(2026 + year, 3 + 6 * m, 1), value=60.0 - 5 * m,
                        id=ids("med", g, year, m))
    for a in range(6):
        start = date(2026 + year, 1 + 2 * a, 1)
        act = create_activity(s, plan_id=plan.id, title=f"{sentence(rnd, 5).capitalize()}", responsible="DIDECO",
                              institution="Municipalidad", start_date=start, end_date=start + timedelta(days=45),
                              objective_id=obj.id, id=ids("act", g, year, a))
        if a % 2 == 0:
            add_progress(s, activity_id=act.id, recorded_on=start + timedelta(days=20), progress=50,
                         note=sentence(rnd, 8), id=ids("avance", g, year, a))


def _meetings(s: Session, rnd: random.Random, ids: Ids, tid: str, g: int, year: int) -> None:
    """Per gestor-year: two Mesas with 8 attendees and 3 agreements each, the second closed; 4 requests."""
    from gestor_app.core.services.meetings import add_agreement, add_attendee, close_meeting, create_meeting
    from gestor_app.core.services.requests import create_request

    for n in range(2):
        held = date(2026 + year, 4 + 6 * n, 10)
        m = create_meeting(s, territory_id=tid, held_on=held, id=ids("mesa", g, year, n), place="Sede vecinal")
        for a in range(8):
            add_attendee(s, meeting_id=m.id, name=f"Asistente {g}-{year}-{n}-{a}", organisation="Junta de vecinos",
                         role="vecina" if a % 2 else "dirigente", id=ids("asist", g, year, n, a))
        for k in range(3):
            add_agreement(s, meeting_id=m.id, text=sentence(rnd, 10), responsible="Gestor territorial",
                          deadline=held + timedelta(days=30), id=ids("acuerdo", g, year, n, k))
        if n == 0:
            close_meeting(s, m.id)
    for r in range(4):
        create_request(s, territory_id=tid, received_on=date(2026 + year, 1 + 3 * r, 5), category="alumbrado",
                       id=ids("req", g, year, r), description=sentence(rnd, 12))


# Domains add ``fn(session, rnd, ids, territory_id, gestor, year)`` here.
EXTRA_FILLERS: list[Callable[..., None]] = [_plans, _meetings]


class Ids:
    """Deterministic UUIDs: the same seed gives the same records."""

    def __init__(self, seed: int) -> None:
        self.ns = uuid.uuid5(uuid.NAMESPACE_URL, f"gestor-benchmarks/{seed}")

    def __call__(self, *parts: object) -> str:
        return str(uuid.uuid5(self.ns, "/".join(map(str, parts))))


def sentence(rnd: random.Random, n: int = 12) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(n)).capitalize() + "."


def jpeg(rnd: random.Random, size: int = 48) -> bytes:
    """A real, small and unique JPEG (random blocks: every photo hashes differently)."""
    from PIL import Image

    img = Image.new("RGB", (size, size))
    img.putdata([(rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)) for _ in range(size * size)])
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def barrio_center(g: int) -> tuple[float, float]:
    """Barrios laid on a grid over the comuna, ~500 m apart."""
    return CENTER[0] + (g % 8) * 0.006 - 0.021, CENTER[1] + (g // 8) * 0.005 - 0.018


def hexagon(lon: float, lat: float, r: float) -> dict:
    ring = [[round(lon + r * math.cos(a * math.pi / 3), 6), round(lat + r * math.sin(a * math.pi / 3), 6)]
            for a in range(6)]
    return {"type": "Polygon", "coordinates": [ring + [ring[0]]]}


def _territories(s: Session, ids: Ids, g: int) -> str:
    comuna = create_territory(s, id=ids("comuna"), name="Peñalolén", level="comuna", code="13122")
    macro = create_territory(s, id=ids("macro", g // 15), name=f"Macrosector {g // 15 + 1}", level="macrosector",
                             parent_id=comuna.id)
    uv = create_territory(s, id=ids("uv", g // 3), name=f"UV {g // 3 + 1}", level="unidad_vecinal",
                          code=f"{g // 3 + 1}", parent_id=macro.id)
    lon, lat = barrio_center(g)
    barrio = create_territory(s, id=ids("barrio", g), name=f"Villa {g + 1:02d}", level="barrio",
                              parent_id=uv.id, boundary=hexagon(lon, lat, 0.0025), population=2000 + 37 * g)
    set_current_territory(s, barrio.id)
    return barrio.id


def _map(s: Session, rnd: random.Random, ids: Ids, tid: str, g: int, year: int, scale: Scale) -> None:
    lon0, lat0 = barrio_center(g)
    start = date(2023 + year, 3, 1)
    for k in range(scale.sessions):
        create_session(s, id=ids("ms", g, year, k), territory_id=tid, held_on=start + timedelta(days=90 * k),
                       place="Sede vecinal", facilitator=f"Gestor {g + 1}",
                       participants={"30-44": {"mujer": rnd.randrange(1, 9), "hombre": rnd.randrange(0, 6)}})
    for k in range(scale.points):
        create_feature(s, id=ids("pt", g, year, k), territory_id=tid, category=rnd.choice(POINT_CATEGORIES),
                       geometry={"type": "Point", "coordinates": [round(lon0 + rnd.uniform(-.002, .002), 6),
                                                                  round(lat0 + rnd.uniform(-.002, .002), 6)]},
                       title=sentence(rnd, 3)[:-1], description=sentence(rnd), sensitive=rnd.random() < 0.05,
                       observed_on=start + timedelta(days=rnd.randrange(300)),
                       session_id=ids("ms", g, year, k % scale.sessions) if scale.sessions else None)
    for k in range(scale.polygons):
        lon, lat = lon0 + rnd.uniform(-.0015, .0015), lat0 + rnd.uniform(-.0015, .0015)
        create_feature(s, id=ids("pg", g, year, k), territory_id=tid, category=rnd.choice(POLYGON_CATEGORIES),
                       geometry=hexagon(lon, lat, 0.0002), title=sentence(rnd, 3)[:-1], description=sentence(rnd))


def _walks(s: Session, rnd: random.Random, ids: Ids, tid: str, g: int, year: int, scale: Scale,
           photos_dir: Path) -> None:
    template = default_template()
    items = [item for section in template.sections for item in section.items]
    photos_left = scale.photos
    for k in range(scale.walks):
        w = create_walk(s, id=ids("walk", g, year, k), territory_id=tid, template=template,
                        title=f"Marcha {year + 1}.{k + 1} Villa {g + 1:02d}",
                        walk_date=date(2023 + year, 4, 1) + timedelta(days=60 * k))
        for item in items:
            value = _answer(rnd, item.type)
            set_answer(s, id=ids("ans", g, year, k, item.key), walk_id=w.id, item_key=item.key, value=value,
                       comment=sentence(rnd, 8) if rnd.random() < 0.4 else "",
                       priority=rnd.choice(["Alta", "Media", "Baja", None]))
        for _ in range(min(photos_left, 2)):
            add_answer_photo(s, photos_dir=photos_dir, walk_id=w.id, item_key=rnd.choice(items).key, data=jpeg(rnd))
            photos_left -= 1


def _answer(rnd: random.Random, kind: str) -> str | None:
    if kind == "scale":
        return rnd.choice(["0", "1", "2", "3", "3", "NO"])
    if kind == "yes_no":
        return rnd.choice(["si", "no"])
    if kind == "number":
        return str(rnd.randrange(0, 20))
    return sentence(rnd, 6)


def _focus_groups(s: Session, rnd: random.Random, ids: Ids, tid: str, g: int, year: int, scale: Scale) -> None:
    for k in range(scale.focus_groups):
        fg = fgs.create_focus_group(s, id=ids("fg", g, year, k), territory_id=tid,
                                    title=f"Grupo focal {year + 1}.{k + 1}", held_on=date(2023 + year, 5, 10))
        people = [fgs.add_participant(s, id=ids("fgp", g, year, k, i), focus_group_id=fg.id,
                                      age_range=rnd.choice(["18–29", "30–44", "45–59", "60+"]),
                                      gender=rnd.choice(["Mujer", "Hombre"]), role="Vecino/a",
                                      years_in_barrio=rnd.randrange(1, 40)) for i in range(scale.participants)]
        for q in fgs.list_questions(s, fg.id):
            fgs.update_question(s, q.id, notes=sentence(rnd, 20))
        themes = [fgs.add_theme(s, id=ids("fgt", g, year, k, i), focus_group_id=fg.id, name=sentence(rnd, 2)[:-1])
                  for i in range(3)]
        for i in range(6):
            fgs.add_quote(s, id=ids("fgq", g, year, k, i), focus_group_id=fg.id, text=sentence(rnd, 15),
                          participant_id=rnd.choice(people).id, theme_id=rnd.choice(themes).id)
        fgs.add_place(s, id=ids("fgl", g, year, k), focus_group_id=fg.id, feature_id=ids("pt", g, year, 0),
                      note=sentence(rnd, 6))


def _problems(s: Session, rnd: random.Random, ids: Ids, tid: str, g: int, year: int, scale: Scale) -> None:
    for k in range(scale.problems):
        create_problem(s, id=ids("problem", g, year, k), territory_id=tid, title=sentence(rnd, 4)[:-1],
                       description=sentence(rnd, 25))


def fill_laptop(store: Store, *, g: int, years: int, seed: int, scale: Scale = Scale()) -> None:
    ids = Ids(seed)
    rnd = random.Random(f"{seed}/{g}")
    with store.transaction() as s:
        tid = _territories(s, ids, g)
    for year in range(years):
        with store.transaction() as s:  # one transaction per year of work: bounded memory
            _map(s, rnd, ids, tid, g, year, scale)
            _walks(s, rnd, ids, tid, g, year, scale, store.config.photos_dir)
            _focus_groups(s, rnd, ids, tid, g, year, scale)
            _problems(s, rnd, ids, tid, g, year, scale)
            for extra in EXTRA_FILLERS:
                extra(s, rnd, ids, tid, g, year)


def merge_into_office(office: Store, laptops: list[Path]) -> None:
    """What the office holds once every bundle is in: every laptop's records and versions
    (raw copy; the import path itself is measured by the sync benchmarks, which also use this
    to give their relay laptop the whole comuna)."""
    tables = [m.__tablename__ for m in record_models()] + ["change_log", "record_heads"]  # type: ignore[attr-defined]
    with office.engine.connect() as conn:
        for path in laptops:
            conn.execute(text("ATTACH DATABASE :p AS lap"), {"p": str(path / "gestor.sqlite3")})
            for t in tables:
                cols = ", ".join(f'"{c}"' for c in _columns(conn, t) if t != "change_log" or c != "id")
                conn.execute(text(f'INSERT OR IGNORE INTO main."{t}" ({cols}) SELECT {cols} FROM lap."{t}"'))
            conn.commit()
            conn.execute(text("DETACH DATABASE lap"))
            conn.commit()
    photos = office.config.photos_dir
    for path in laptops:
        for blob in (path / "photos").rglob("*"):
            if blob.is_file():
                target = photos / blob.relative_to(path / "photos")
                target.parent.mkdir(parents=True, exist_ok=True)
                if not target.exists():
                    target.write_bytes(blob.read_bytes())


def _columns(conn, table: str) -> list[str]:
    return [row[1] for row in conn.execute(text(f'PRAGMA main.table_info("{table}")'))]


def counts(store: Store) -> dict[str, int]:
    with store.transaction() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0  # type: ignore[attr-defined]
                for m in record_models()}


def _one_laptop(out: Path, g: int, years: int, seed: int, scale: Scale) -> Path:
    data = out / "laptops" / f"gestor-{g + 1:02d}"
    store = open_store(load_config(data_dir=data), device_name=f"gestor-{g + 1:02d}")
    fill_laptop(store, g=g, years=years, seed=seed, scale=scale)
    store.close()
    return data


def generate(out: Path, *, gestores: int = 60, years: int = 4, seed: int = 1, scale: Scale = Scale(),
             office: bool = True, jobs: int | None = None) -> Generated:
    """Laptops are independent (each seeded by its number): built in ``jobs`` processes."""
    from concurrent.futures import ProcessPoolExecutor

    start = time.perf_counter()
    result = Generated(out=out)
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            result.laptops = list(pool.map(_one_laptop, *zip(*[(out, g, years, seed, scale)
                                                                for g in range(gestores)], strict=True)))
    else:
        result.laptops = [_one_laptop(out, g, years, seed, scale) for g in range(gestores)]
    if office:
        result.office = out / "office"
        store = open_store(load_config(data_dir=result.office), device_name="oficina")
        merge_into_office(store, result.laptops)
        from gestor_app.core.services.search import rebuild_index
        with store.transaction() as s:
            rebuild_index(s)
        result.counts = counts(store)
        store.close()
    result.seconds = time.perf_counter() - start
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.split("\n\n")[0])
    p.add_argument("--gestores", type=int, default=60)
    p.add_argument("--years", type=int, default=4)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--jobs", type=int, default=None, help="procesos en paralelo (por omisión: núcleos)")
    p.add_argument("--proyecto", action="store_true",
                   help="además, oficina con claves y cada notebook inscrito con su primer paquete importado")
    a = p.parse_args(argv)
    if a.out.exists() and any(a.out.iterdir()):
        print(f"{a.out} no está vacía: elija una carpeta nueva.", file=sys.stderr)
        return 2
    r = generate(a.out, gestores=a.gestores, years=a.years, seed=a.seed, jobs=a.jobs)
    if a.proyecto:
        from benchmarks.project import as_project

        as_project(r.office, r.laptops)
    print(json.dumps({"out": str(r.out), "laptops": len(r.laptops), "seconds": round(r.seconds, 1),
                      "records": sum(r.counts.values()), "counts": r.counts}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
