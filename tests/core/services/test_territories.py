from __future__ import annotations

import pytest

from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.services.bin import list_bin, move_to_bin, restore
from gestor_app.core.services.territories import (
    create_territory,
    current_territory,
    list_territories,
    set_current_territory,
    update_territory,
)

SQUARE = {"type": "Polygon", "coordinates": [[[-70.6, -33.5], [-70.5, -33.5], [-70.5, -33.4], [-70.6, -33.5]]]}


@pytest.mark.parametrize("code", [None, "1311", "131190", "13a19", 13119])
def test_comuna_needs_a_five_digit_cut_string(store, code):
    with pytest.raises(ValidationError, match="CUT"), store.transaction() as s:
        create_territory(s, name="Maipú", level="comuna", code=code)


def test_hierarchy_levels_are_checked_and_listed_parents_first(store):
    with store.transaction() as s:
        comuna = create_territory(s, name="Maipú", level="comuna", code="13119", boundary=SQUARE)
        macro = create_territory(s, name="Sector 1", level="macrosector", parent_id=comuna.id)
        with pytest.raises(ValidationError, match="unidad vecinal"):
            create_territory(s, name="Villa", level="barrio", parent_id=macro.id)
        uv = create_territory(s, name="UV 3", level="unidad_vecinal", parent_id=macro.id)
        create_territory(s, name="Villa", level="barrio", parent_id=uv.id)
        assert [t.name for t in list_territories(s)] == ["Maipú", "Sector 1", "UV 3", "Villa"]


@pytest.mark.parametrize("geom", [{"type": "Point", "coordinates": [0, 0]},
                                  {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [0, 0]]]},
                                  {"type": "Polygon", "coordinates": [[[0, 0], [200, 1], [1, 1], [0, 0]]]},
                                  {"type": "Polygon", "coordinates": "x"}])
def test_bad_boundaries_are_rejected_and_change_nothing(store, geom):
    with store.transaction() as s:
        t = create_territory(s, name="Villa", level="barrio", boundary=SQUARE)
    with pytest.raises(ValidationError), store.transaction() as s:
        update_territory(s, t.id, boundary=geom)
    with store.transaction() as s:
        assert list_territories(s)[0].boundary == SQUARE


def test_current_territory_and_the_bin(store):
    with store.transaction() as s:
        t = create_territory(s, name="Villa", level="barrio")
        set_current_territory(s, t.id)
        assert current_territory(s).id == t.id
        move_to_bin(s, t)
        assert current_territory(s) is None
        assert [i.title for i in list_bin(s)] == ["Barrio / sector Villa"]
        with pytest.raises(NotFoundError):
            set_current_territory(s, t.id)
        restore(s, entity="territories", record_id=t.id)
        assert list_bin(s) == [] and current_territory(s).id == t.id
