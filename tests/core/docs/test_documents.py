"""Every document of the demo barrio, parsed back from the PDF: pages, Spanish text, and what each
audience may see (sensitive map points, participant codes, referral pages)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from gestor_app.core.demo import demo_id
from gestor_app.core.docs.registry import DOCUMENTS, printable, render_document
from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.services import focus_groups as fgs
from gestor_app.core.services.diagnosis import add_evidence
from gestor_app.core.services.problems import list_problems
from tests.core.docs.support import barrio_id, pdf_pages, pdf_text, sensitive_titles

DRUGS = "Punto de venta de drogas"  # a sensitive point of the demo map
FG = demo_id("focus_group:quillayes-1")


def _render(store, tmp_path: Path, kind: str, record_id: str, audience: str, **options) -> tuple[int, list[str]]:
    out = tmp_path / f"{kind}-{audience}.pdf"
    with store.transaction() as s:
        pages = render_document(s, store.config, kind=kind, record_id=record_id, out=out, audience=audience,
                                options=options)
    assert not list(tmp_path.glob(".*.part"))
    texts = pdf_pages(out)
    assert len(texts) == pages
    return pages, texts


def _fonts_embedded(path: Path) -> bool:
    for page in PdfReader(path).pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            if f["/Subtype"] == "/Type1":
                return False  # a standard font is not embedded: accents would depend on the reader
    return True


def test_every_printable_document_in_both_audiences(demo_store, tmp_path: Path):
    with demo_store.transaction() as s:
        items = printable(s, territory_id=barrio_id(s))
    assert {p.kind for p in items} == set(DOCUMENTS)
    for p in items:
        for audience in ("community", "internal"):
            pages, texts = _render(demo_store, tmp_path, p.kind, p.record_id, audience)
            assert pages >= 1 and f"Página 1 de {pages}" in texts[0], (p.kind, audience)
            assert p.label.split()[0] in texts[0]
            label = "Versión para la comunidad" if audience == "community" else "Uso interno: no difundir"
            assert all(label in t for t in texts)
            assert _fonts_embedded(tmp_path / f"{p.kind}-{audience}.pdf")


def test_diagnosis_sensitive_points_and_evidence_only_internal(demo_store, tmp_path: Path):
    with demo_store.transaction() as s:
        tid = barrio_id(s)
        hidden = sensitive_titles(s, tid)
        problem = list_problems(s, territory_id=tid)[0]
        add_evidence(s, problem_id=problem.id, entity="map_features", record_id=demo_id("map_feature:hot2"),
                     note="Evidencia reservada")
    assert DRUGS in hidden
    _n, community = _render(demo_store, tmp_path, "diagnosis", tid, "community")
    text = "\n".join(community)
    assert "Diagnóstico del barrio" in text and "Límites geográficos" in text and "Recursos del barrio" in text
    assert problem.title in text
    for title in hidden:
        assert title not in text
    assert "Evidencia reservada" not in text
    _n, internal = _render(demo_store, tmp_path, "diagnosis", tid, "internal")
    assert DRUGS in "\n".join(internal) and "Evidencia reservada" in "\n".join(internal)


def test_diagnosis_accepts_its_own_id_and_refuses_unknown(demo_store, tmp_path: Path):
    from gestor_app.core.docs.registry import list_records

    with demo_store.transaction() as s:
        diag = list_records(s, "diagnoses")[0]
        with pytest.raises(NotFoundError, match="No existe un diagnóstico"):
            render_document(s, demo_store.config, kind="diagnosis", record_id="nada", out=tmp_path / "x.pdf")
        with pytest.raises(ValidationError, match="Tipo de documento desconocido"):
            render_document(s, demo_store.config, kind="acta-x", record_id="nada", out=tmp_path / "x.pdf")
    _n, texts = _render(demo_store, tmp_path, "diagnosis", diag.id, "community")
    assert "Villa Los Quillayes" in texts[0]
    assert not (tmp_path / "x.pdf").exists()


def test_map_sheet_grid_legend_and_sensitive_points(demo_store, tmp_path: Path):
    with demo_store.transaction() as s:
        tid = barrio_id(s)
        hidden = sensitive_titles(s, tid)
    pages, community = _render(demo_store, tmp_path, "map-sheet", tid, "community")
    text = "\n".join(community)
    assert "Lámina de cartografía" in text and "Registro del taller" in text and "Fecha del taller" in text
    assert "Leyenda para marcar" in text and "Harmspot" in text
    assert all(t not in text for t in hidden)
    reader = PdfReader(tmp_path / "map-sheet-community.pdf")
    w, h = (float(v) for v in reader.pages[0].mediabox[2:])
    assert w > h and round(w / 72 * 25.4) == 297  # A4 landscape
    _p, internal = _render(demo_store, tmp_path, "map-sheet", tid, "internal", size="A3")
    assert all(t in "\n".join(internal) for t in hidden)
    w = float(PdfReader(tmp_path / "map-sheet-internal.pdf").pages[0].mediabox[2])
    assert round(w / 72 * 25.4) == 420
    with demo_store.transaction() as s, pytest.raises(ValidationError, match="Tamaño de lámina"):
        render_document(s, demo_store.config, kind="map-sheet", record_id=tid, out=tmp_path / "y.pdf",
                        options={"size": "B5"})


def test_focus_group_community_has_no_codes_nor_sensitive_places(demo_store, tmp_path: Path):
    with demo_store.transaction() as s:
        fgs.update_focus_group(s, FG, quotes_unattributed=False)
        fgs.add_place(s, focus_group_id=FG, feature_id=demo_id("map_feature:hot2"), note="Lo nombraron en voz baja")
    _n, community = _render(demo_store, tmp_path, "focus-group", FG, "community")
    text = "\n".join(community)
    assert "Resumen de grupo focal" in text and "Perfil de participantes (conteos)" in text
    assert "Iluminación deficiente" in text and "boca de lobo" in text  # a theme and its quote
    assert "(P6)" not in text and "Participantes por código" not in text
    assert DRUGS not in text and "Lo nombraron en voz baja" not in text
    _n, internal = _render(demo_store, tmp_path, "focus-group", FG, "internal")
    text = "\n".join(internal)
    assert "(P6)" in text and "Participantes por código" in text and DRUGS in text


def test_walk_referrals_one_page_per_unit_internal_summary_for_community(demo_store, tmp_path: Path):
    from gestor_app.core.field.report import walk_report

    with demo_store.transaction() as s:
        from gestor_app.core.services.walks import list_walks

        walk = list_walks(s, territory_id=barrio_id(s))[0]
        wid = walk.id
        units = list(walk_report(s, walk_id=wid).referrals)
    assert len(units) >= 2
    _n, internal = _render(demo_store, tmp_path, "walk", wid, "internal")
    assert "Informe de marcha exploratoria" in internal[0] and "Resultados por sección" in internal[0]
    for unit in units:
        pages = [t for t in internal if f"Derivación a {unit}" in t]
        assert len(pages) == 1, unit
        assert all(f"Derivación a {other}" not in pages[0] for other in units if other != unit)
    _n, community = _render(demo_store, tmp_path, "walk", wid, "community")
    text = "\n".join(community)
    assert "Derivaciones a las unidades responsables" in text and "Derivación a " not in text


def test_basemap_attribution_printed_when_a_basemap_is_installed(demo_store, tmp_path: Path):
    from gestor_app.core.maps.basemaps import import_basemap
    from tests.support.basemap import make_synthetic_basemap

    with demo_store.transaction() as s:
        tid = barrio_id(s)
    _n, plain = _render(demo_store, tmp_path, "map-sheet", tid, "community")
    assert "OpenStreetMap" not in "\n".join(plain)
    import_basemap(demo_store.config.data_dir, make_synthetic_basemap(tmp_path / "b.mbtiles"))
    for kind in ("map-sheet", "diagnosis"):
        _n, texts = _render(demo_store, tmp_path, kind, tid, "community")
        assert "Mapa base: Plano sintético de prueba · © OpenStreetMap contributors" in "\n".join(texts)


def test_cancelled_render_writes_nothing(demo_store, tmp_path: Path):
    from gestor_app.core.errors import Cancelled
    from gestor_app.core.progress import Progress

    progress = Progress()
    progress.cancel()
    out = tmp_path / "c.pdf"
    with demo_store.transaction() as s, pytest.raises(Cancelled):
        render_document(s, demo_store.config, kind="diagnosis", record_id=barrio_id(s), out=out, progress=progress)
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*.part")) == []


def test_same_data_same_time_same_bytes(demo_store, tmp_path: Path):
    from datetime import datetime

    when = datetime(2026, 11, 22, 10, 0).astimezone()
    outs = []
    for n in range(2):
        out = tmp_path / f"d{n}.pdf"
        with demo_store.transaction() as s:
            render_document(s, demo_store.config, kind="diagnosis", record_id=barrio_id(s), out=out,
                            generated_at=when)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert "22 de noviembre de 2026, 10:00" in pdf_text(outs[0])
