from __future__ import annotations

from pathlib import Path

import pytest

from gestor_app.core.errors import ValidationError
from gestor_app.core.maps.basemaps import current_basemap, import_basemap, list_basemaps, set_current_basemap
from tests.core.maps.test_legend_mbtiles import make_mbtiles


def test_import_list_and_choose_basemaps(store, tmp_path: Path):
    data = store.config.data_dir
    src = make_mbtiles(tmp_path / "Peñalolén 2026.mbtiles", {(1, 0, 0): b"x"})
    a = import_basemap(data, src)
    b = import_basemap(data, src)
    assert (a.key, b.key) == ("penalolen-2026", "penalolen-2026-2") and a.attribution == "© OpenStreetMap contributors"
    assert [m.key for m in list_basemaps(data)] == sorted([a.key, b.key])
    with store.transaction() as s:
        assert current_basemap(s, data).key == sorted([a.key, b.key])[0]
        set_current_basemap(s, data, b.key)
        assert current_basemap(s, data).key == b.key
        set_current_basemap(s, data, None)
        assert current_basemap(s, data) is None


@pytest.mark.parametrize("kind", ["text", "no_tables", "empty"])
def test_bad_basemaps_are_refused_and_not_copied(store, tmp_path: Path, kind):
    import sqlite3

    p = tmp_path / "bad.mbtiles"
    if kind == "text":
        p.write_text("hola")
    elif kind == "no_tables":
        sqlite3.connect(p).execute("CREATE TABLE x (a)").connection.close()
    else:
        make_mbtiles(p, {})
    with pytest.raises(ValidationError):
        import_basemap(store.config.data_dir, p)
    assert list_basemaps(store.config.data_dir) == []
