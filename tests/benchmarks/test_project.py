"""A generated comuna made a real project: each laptop enrolled, joined and heard from, one
bundle lost on the way shows as a gap, and the office's records are untouched by it."""

from __future__ import annotations

from pathlib import Path

from benchmarks.generate import counts, generate
from benchmarks.project import as_project
from gestor_app.core.config import load_config
from gestor_app.core.store import open_store
from gestor_app.core.sync import identity


def test_the_generated_comuna_becomes_a_project_with_every_laptop_heard_from(tmp_path: Path):
    from benchmarks.generate import Scale

    g = generate(tmp_path / "c", gestores=3, years=1, jobs=1, scale=Scale(points=6, polygons=1, walks=1, photos=1, participants=2, problems=1, sessions=1))
    before = g.counts
    summaries = as_project(g.office, g.laptops, lose_first_of=2)
    assert [s["counts"]["created"] for s in summaries] == [0, 0, 0]  # the office already held everything
    office = open_store(load_config(data_dir=g.office))
    try:
        assert counts(office) == before
        with office.transaction() as s:
            peers = {p.name: p for p in identity.list_peers(s)}
            assert sorted(peers) == ["gestor-01", "gestor-02", "gestor-03"]
            assert all(p.status == "activo" and p.last_bundle_at and len(p.territories) == 1 for p in peers.values())
            assert [identity.gaps(peers[n].bundle_seqs) for n in sorted(peers)] == [[], [1], []]
    finally:
        office.close()
