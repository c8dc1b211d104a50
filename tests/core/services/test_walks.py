from __future__ import annotations

import json
import shutil

import pytest
from shapely.geometry import LineString, Polygon
from sqlalchemy import select

from gestor_app.core.demo import demo_id
from gestor_app.core.demo.territories import BARRIO
from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.field.report import walk_report
from gestor_app.core.field.templates import CHECKLISTS_DIR, load_template
from gestor_app.core.field.walk_compare import compare_walks
from gestor_app.core.models import MapFeature, Photo, WalkAnswer
from gestor_app.core.services.photos import blob_path
from gestor_app.core.services.walk_photos import add_answer_photo, answer_photos, public_photo_bytes
from gestor_app.core.services.walks import (
    answers,
    create_walk,
    delete_walk,
    get_walk,
    list_walks,
    set_answer,
    set_route,
    update_walk,
    walk_template,
)
from tests.support.photos import jpeg_with_gps

ROUTE = [[-70.5552, -33.4706], [-70.5524, -33.4719], [-70.5521, -33.4738]]


def test_walk_header_answers_route_and_report(store):
    with store.transaction() as s:
        w = create_walk(s, territory_id="t1", title="Marcha de prueba", period="noche", start_time="20:00",
                        participants={"genero": {"mujer": 5, "hombre": 0}, "rol": {"vecino": 5}})
        assert w.participants == {"genero": {"mujer": 5}, "rol": {"vecino": 5}}
        route = set_route(s, walk_id=w.id, coordinates=ROUTE)
        assert (route.category, route.source, route.geometry["type"]) == ("recorrido", "marcha", "LineString")
        set_answer(s, walk_id=w.id, item_key="B1", value="1", comment="Tres luminarias apagadas",
                   priority="Alta", referral="Alumbrado Público", point=(-70.553, -33.472))
        set_answer(s, walk_id=w.id, item_key="B1", comment="Cuatro luminarias apagadas")  # only the comment
        set_answer(s, walk_id=w.id, item_key="B3", value="NO")
        set_answer(s, walk_id=w.id, item_key="C1", value="3", referral="DOM")
        r = walk_report(s, walk_id=w.id)
    assert r.header.period == "Nocturna" and r.header.total_participants == 5
    assert r.header.participants["genero"] == {"Mujer": 5}
    b1 = next(i for i in r.items if i.key == "B1")
    assert (b1.value, b1.comment, b1.priority, b1.point) == ("1", "Cuatro luminarias apagadas", "Alta",
                                                             (-70.553, -33.472))
    assert b1.value_label == "1 · Deficiente"
    assert {x.key: x.mean for x in r.sections}["B"] == 1 and r.overall == 2
    assert list(r.referrals) == ["Alumbrado Público", "DOM"] and r.answered == 3
    with store.transaction() as s:
        assert s.scalars(select(MapFeature)).one().id == r.header.route_feature_id


@pytest.mark.parametrize("changes, message", [
    ({"start_time": "25:00"}, "Hora inválida"),
    ({"period": "tarde"}, "diurna o nocturna"),
    ({"participants": {"nombres": {"Juana Pérez": 1}}}, "Grupo de participantes desconocido"),
    ({"participants": {"genero": {"mujer": -1}}}, "entero no negativo"),
    ({"color": "rojo"}, "no editables"),
])
def test_bad_header_changes_nothing(store, changes, message):
    with store.transaction() as s:
        wid = create_walk(s, territory_id="t1", title="Original").id
    with pytest.raises(ValidationError, match=message), store.transaction() as s:
        update_walk(s, wid, title="Cambiado", **changes)
    with store.transaction() as s:
        assert get_walk(s, wid).title == "Original"


def test_bad_answers_are_refused(store):
    with store.transaction() as s:
        wid = create_walk(s, territory_id="t1").id
    for kwargs, message in (({"item_key": "Z9", "value": "1"}, "no tiene el ítem"),
                            ({"item_key": "A1", "value": "5"}, "0, 1, 2, 3 o N/O"),
                            ({"item_key": "A1", "priority": "Urgente"}, "Prioridad inválida"),
                            ({"item_key": "A1", "point": (200, 0)}, "fuera de rango"),
                            ({"item_key": "A1", "point_feature_id": "nada"}, "no existe")):
        with pytest.raises(ValidationError if "no existe" not in message else NotFoundError, match=message), \
                store.transaction() as s:
            set_answer(s, walk_id=wid, **kwargs)
    with store.transaction() as s:
        assert answers(s, walk_id=wid) == {}


def test_a_walk_keeps_its_frozen_template_when_the_file_changes(store, tmp_path):
    path = tmp_path / "plantilla.json"
    shutil.copy(CHECKLISTS_DIR / "caminata_segura.json", path)
    with store.transaction() as s:
        wid = create_walk(s, territory_id="t1", template=load_template(path)).id
        set_answer(s, walk_id=wid, item_key="H2", value="0")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["version"] = 2
    data["sections"] = data["sections"][:3]  # section H is gone from version 2
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_template(path).version == 2
    with store.transaction() as s:
        w = get_walk(s, wid)
        assert (w.template_id, w.template_version) == ("caminata-segura", 1)
        assert walk_template(w).item("H2").text.startswith("Teléfonos")
        set_answer(s, walk_id=wid, item_key="H1", value="2")  # still answerable
        assert {x.key for x in walk_report(s, walk_id=wid).sections} >= {"H", "K"}


def test_photos_are_stored_once_by_hash_and_leave_without_exif(store):
    photos_dir = store.config.photos_dir
    data = jpeg_with_gps(-70.5531, -33.4721)
    with store.transaction() as s:
        wid = create_walk(s, territory_id="t1").id
        p1 = add_answer_photo(s, photos_dir=photos_dir, walk_id=wid, item_key="G2", data=data, original_name="a.jpg")
        p2 = add_answer_photo(s, photos_dir=photos_dir, walk_id=wid, item_key="G3", data=data, original_name="b.jpg")
        assert p1.sha256 == p2.sha256 and p1.owner_entity == "walk_answers"
        assert (p1.width, p1.height, p1.mime, p1.size) == (64, 48, "image/jpeg", len(data))
        assert p1.gps_lon == pytest.approx(-70.5531, abs=1e-5)
        a = answers(s, walk_id=wid)["G2"]
        assert [p.id for p in answer_photos(s, answer_ids=[a.id])[a.id]] == [p1.id]
        public = public_photo_bytes(photos_dir, p1)
        with pytest.raises(ValidationError, match="no es una imagen"):
            add_answer_photo(s, photos_dir=photos_dir, walk_id=wid, item_key="G4", data=b"nada")
    assert blob_path(photos_dir, p1.sha256).read_bytes() == data
    assert len([f for f in photos_dir.rglob("*") if f.is_file()]) == 1
    assert b"Exif" not in public
    with store.transaction() as s:
        assert s.scalars(select(Photo)).all().__len__() == 2
        assert "G4" not in answers(s, walk_id=wid)


def test_list_delete_and_compare(demo_store):
    barrio = demo_id("territory:Villa Los Quillayes")
    with demo_store.transaction() as s:
        walks = list_walks(s, territory_id=barrio)
        assert [w.period for w in walks] == ["noche", "dia"]
        night, day = walks
        assert night.route_feature_id == day.route_feature_id
        c = compare_walks(s, before_id=day.id, after_id=night.id)
        assert c.same_route and c.after_overall < c.before_overall and c.worse > c.better
        with pytest.raises(ValidationError, match="distintas"):
            compare_walks(s, before_id=day.id, after_id=day.id)
        delete_walk(s, night.id)
        assert [w.id for w in list_walks(s, territory_id=barrio)] == [day.id]
        assert list_walks(s, territory_id="otro") == []


def test_demo_walks_lie_inside_the_barrio_and_are_idempotent(demo_store):
    from gestor_app.core.demo import fill_demo

    fill_demo(demo_store)
    with demo_store.transaction() as s:
        route = s.scalars(select(MapFeature).where(MapFeature.category == "recorrido")).one()
        assert Polygon(BARRIO).contains(LineString(route.geometry["coordinates"]))
        assert s.query(WalkAnswer).count() == 84
        night = get_walk(s, demo_id("walk:noche"))
        r = walk_report(s, walk_id=night.id)
        assert "Alumbrado Público" in r.referrals and r.answered == 42
