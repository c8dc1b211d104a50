from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from gestor_app.core.models.focus_groups import FocusGroupQuote
from gestor_app.core.services import search as search_mod
from gestor_app.core.services.diagnosis import get_diagnosis
from gestor_app.core.services.focus_groups import add_quote, create_focus_group, remove_item
from gestor_app.core.services.search import fold, rebuild_index, search


def test_fold_removes_accents_and_enie():
    assert fold("Búsqueda en Ñuñoa, PEÑALOLÉN") == "busqueda en nunoa, penalolen"


@pytest.fixture(params=["fts5", "fallback"])
def backend(request, monkeypatch):
    monkeypatch.setattr(search_mod, "FORCE_FALLBACK", request.param == "fallback")
    return request.param


def _group(store):
    with store.transaction() as s:
        fg = create_focus_group(s, territory_id=None, title="Grupo Peñalolén", with_default_questions=False)
        q = add_quote(s, focus_group_id=fg.id, text="La búsqueda de ayuda en la noche es difícil")
        return fg.id, q.id


def test_both_paths_fold_accents_both_ways(store, backend):
    fg_id, quote_id = _group(store)
    with store.transaction() as s:
        assert search_mod.use_fts(s.connection()) is (backend == "fts5")
        assert [h.record_id for h in search(s, "busqueda")] == [quote_id]
        assert [h.record_id for h in search(s, "DIFICIL noche")] == [quote_id]
        assert [h.record_id for h in search(s, "penalolen")] == [fg_id]
        add_quote(s, focus_group_id=fg_id, text="Nadie hace busqueda sin tilde")
    with store.transaction() as s:
        assert len(search(s, "búsqueda")) == 2
        hit = search(s, "ayuda")[0]
        assert hit.kind == "Cita de grupo focal" and "ayuda" in hit.snippet
        assert search(s, "inexistente") == [] and search(s, "  ") == []


def test_index_follows_edits_and_the_bin(store, backend):
    _fg, quote_id = _group(store)
    with store.transaction() as s:
        s.get(FocusGroupQuote, quote_id).text = "Ahora dice otra cosa"
    with store.transaction() as s:
        assert search(s, "busqueda") == [] and len(search(s, "otra cosa")) == 1
        remove_item(s, FocusGroupQuote, quote_id)
    with store.transaction() as s:
        assert search(s, "otra") == []


def test_rebuild_recreates_a_wiped_index(demo_store, backend):
    with demo_store.transaction() as s:
        before = {h.record_id for h in search(s, "plaza")}
        s.execute(text("DELETE FROM search_index"))
        if backend == "fts5":
            s.execute(text("DELETE FROM search_fts"))
    with demo_store.transaction() as s:
        assert search(s, "plaza") == []
        assert rebuild_index(s) > 20
        assert {h.record_id for h in search(s, "plaza")} == before and before


def test_fts5_is_really_used_on_sqlite(store):
    if not sqlite3.connect(":memory:").execute("select sqlite_compileoption_used('ENABLE_FTS5')").fetchone()[0]:
        pytest.skip("this SQLite has no FTS5")
    _group(store)
    with store.transaction() as s:
        assert s.execute(text("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'busqueda'")).scalar() == 1
        get_diagnosis(s, territory_id=None, create=False)


def test_search_on_sqlite_and_postgresql(any_store):
    """PostgreSQL takes the portable path (folded column + LIKE) for real."""
    _fg, quote_id = _group(any_store)
    with any_store.transaction() as s:
        assert search_mod.use_fts(s.connection()) is (s.bind.dialect.name == "sqlite")
        assert [h.record_id for h in search(s, "BUSQUEDA dificil")] == [quote_id]
        assert rebuild_index(s) == 2
        assert [h.record_id for h in search(s, "búsqueda")] == [quote_id]


def test_restored_from_the_bin_is_found_again(store):
    from gestor_app.core.services.bin import restore

    _fg, quote_id = _group(store)
    with store.transaction() as s:
        remove_item(s, FocusGroupQuote, quote_id)
    with store.transaction() as s:
        assert search(s, "ayuda") == []
        restore(s, entity="focus_group_quotes", record_id=quote_id)
    with store.transaction() as s:
        assert [h.record_id for h in search(s, "ayuda")] == [quote_id]


def test_search_within_a_territory_follows_the_parent(demo_store, backend):
    from gestor_app.core.demo import demo_id

    here, comuna = demo_id("territory:Villa Los Quillayes"), demo_id("territory:Peñalolén")
    with demo_store.transaction() as s:
        other = create_focus_group(s, territory_id=comuna, title="Otro", with_default_questions=False)
        add_quote(s, focus_group_id=other.id, text="Denuncié en la comisaría")
    with demo_store.transaction() as s:
        assert len(search(s, "denuncie")) == 2
        local = search(s, "denuncie", territory_id=here)
        assert len(local) == 1 and "almacén" in local[0].snippet
        assert [h.kind for h in search(s, "comisaria", territory_id=comuna)] == ["Cita de grupo focal"]


def test_records_from_before_the_index_are_found(store, backend):
    """A database upgraded from an older schema (or records applied from a bundle) has rows the
    flush hook never saw: the first search builds the index once."""
    _fg, quote_id = _group(store)
    with store.transaction() as s:
        s.execute(text("DELETE FROM search_index"))
        if backend == "fts5":
            s.execute(text("DELETE FROM search_fts"))
        s.execute(text("DELETE FROM app_settings WHERE key = 'search.index_version'"))
    with store.transaction() as s:
        assert [h.record_id for h in search(s, "busqueda")] == [quote_id]


def test_underscore_is_not_a_wildcard(store, monkeypatch):
    monkeypatch.setattr(search_mod, "FORCE_FALLBACK", True)
    _group(store)
    with store.transaction() as s:
        assert search(s, "b_squeda") == []


def test_index_survives_a_rolled_back_first_write(store):
    """The FTS table is created lazily by the first indexed write; when that transaction rolls back
    (an import preview is a full import rolled back) the next write must not fail."""
    with pytest.raises(RuntimeError):
        with store.transaction() as s:
            create_focus_group(s, territory_id=None, title="Vista previa", with_default_questions=False)
            s.flush()
            raise RuntimeError("rollback")
    fg_id, _quote_id = _group(store)
    with store.transaction() as s:
        assert [h.record_id for h in search(s, "penalolen")] == [fg_id]


def test_a_rebuild_indexes_exactly_what_the_edits_indexed(demo_store, backend):
    """The index written as records are edited (ORM objects, after each flush) and the one a
    rebuild writes from column values (as the bundle import does) are the same, row for row,
    territories of child records included; the FTS mirror matches it."""
    cols = "entity, record_id, coalesce(territory_id, ''), title, body, folded"
    with demo_store.transaction() as s:
        edited = sorted(s.execute(text(f"SELECT {cols} FROM search_index")).all())
    with demo_store.transaction() as s:
        assert rebuild_index(s) == len(edited)
        assert sorted(s.execute(text(f"SELECT {cols} FROM search_index")).all()) == edited
        if backend == "fts5":
            assert s.execute(text("SELECT count(*) FROM search_fts")).scalar() == len(edited)
            assert s.execute(text("SELECT count(*) FROM search_fts f JOIN search_index i ON i.id = f.rowid "
                                  "WHERE f.folded = i.folded")).scalar() == len(edited)
    assert any(t for _e, _r, t, *_ in edited)  # territories are really there
