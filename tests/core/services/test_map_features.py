from __future__ import annotations

import pytest

from gestor_app.core.errors import ValidationError
from gestor_app.core.services.map_features import (
    create_feature,
    delete_feature,
    list_features,
    update_feature,
)


def test_feature_lifecycle_keeps_the_record_contract(store):
    with store.transaction() as s:
        f = create_feature(s, territory_id=None, category="hotspot", title="Esquina",
                           geometry={"type": "Point", "coordinates": [-70.55, -33.47]}, sensitive=True)
        fid = f.id
    with store.transaction() as s:
        update_feature(s, fid, title="Esquina norte")
        assert [x.title for x in list_features(s)] == ["Esquina norte"]
        assert list_features(s, include_sensitive=False) == []
        delete_feature(s, fid)
        assert list_features(s) == []


@pytest.mark.parametrize("category, geometry, message", [
    ("nada", {"type": "Point", "coordinates": [0, 0]}, "desconocida"),
    ("luminaria_apagada", {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}, "no admite"),
    ("hotspot", {"type": "Point", "coordinates": [200, 0]}, "fuera de rango"),
    ("sector", {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]]]}, "4 puntos"),
])
def test_bad_features_are_refused(store, category, geometry, message):
    with pytest.raises(ValidationError, match=message), store.transaction() as s:
        create_feature(s, territory_id=None, category=category, geometry=geometry)
