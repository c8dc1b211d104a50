"""The kit: Spanish dates, page numbering, embedded fonts with every Spanish glyph, tables that
repeat their header on each page, signature lines, the letterhead from settings."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from gestor_app.core.docs.kit import (
    Audience,
    DocMeta,
    Letterhead,
    build_pdf,
    data_table,
    long_date,
    para,
    signature_lines,
    title_block,
)
from gestor_app.core.docs.letterhead import letterhead, set_letterhead
from gestor_app.core.errors import ValidationError
from tests.core.docs.support import pdf_pages

SPANISH = "á é í ó ú Á É Í Ó Ú ñ Ñ ü ¿ ¡ º ª « » –"


def test_long_dates_in_spanish():
    assert long_date(date(2026, 11, 22)) == "22 de noviembre de 2026"
    assert long_date(date(2027, 1, 1)) == "1 de enero de 2027"
    assert long_date(None) == "sin fecha"


def test_audience_parse():
    assert Audience.parse(None, Audience.COMMUNITY) is Audience.COMMUNITY
    assert Audience.parse("internal", Audience.COMMUNITY) is Audience.INTERNAL
    with pytest.raises(ValidationError, match="Audiencia desconocida"):
        Audience.parse("public", Audience.COMMUNITY)


def _meta(audience=Audience.COMMUNITY) -> DocMeta:
    return DocMeta("Informe de prueba", "TST-1", audience, Letterhead("Municipalidad de Ñuñoa", "Dirección de Seguridad"),
                   generated_at=datetime(2026, 11, 22, 9, 30).astimezone())


def test_long_table_repeats_header_on_every_page_and_numbers_pages(tmp_path: Path):
    rows = [[str(i), f"Fila {i} con acentos: {SPANISH}", "¿Está bien?"] for i in range(150)]
    story = title_block("Diagnóstico", "Subtítulo", [("Fecha", long_date(date(2026, 11, 22)))])
    story += [data_table(["N.º", "Descripción", "Pregunta"], rows, [15 * mm, 110 * mm, 45 * mm]),
              signature_lines([("Ana Pérez", "Gestora territorial"), ("", "Presidente/a JJVV")], per_row=2)]
    out = tmp_path / "t.pdf"
    pages = build_pdf(out, _meta(), story)
    texts = pdf_pages(out)
    assert pages == len(texts) >= 3
    for n, text in enumerate(texts, 1):
        assert f"Página {n} de {pages}" in text
        assert "Descripción" in text  # header row repeated
        assert "Documento TST-1" in text and "22 de noviembre de 2026, 09:30" in text
        assert "Versión para la comunidad" in text
    assert SPANISH in "\n".join(texts)
    assert "Fila 149" in texts[-1] and "Presidente/a JJVV" in texts[-1] and "Ana Pérez" in texts[-1]
    assert "Municipalidad de Ñuñoa" in texts[0]


def test_fonts_are_embedded_truetype(tmp_path: Path):
    out = tmp_path / "f.pdf"
    build_pdf(out, _meta(Audience.INTERNAL), [para(SPANISH)])
    fonts = set()
    for page in PdfReader(out).pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            fonts.add(f["/BaseFont"])
            desc = f.get("/FontDescriptor") or f["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in desc.get_object()  # the TrueType program is inside the PDF
    assert fonts and all("Helvetica" not in str(f) for f in fonts)
    assert "Uso interno" in pdf_pages(out)[0]


def test_markup_in_user_text_is_printed_not_interpreted(tmp_path: Path):
    out = tmp_path / "m.pdf"
    build_pdf(out, _meta(), [para("Calle <b>Los Aromos</b> & pasaje 5")])
    assert "Calle <b>Los Aromos</b> & pasaje 5" in pdf_pages(out)[0]


def test_letterhead_from_settings_or_comuna(demo_store):
    with demo_store.transaction() as s:
        from gestor_app.core.services.territories import current_territory

        t = current_territory(s)
        lh = letterhead(s, territory_id=t.id)
        assert lh.municipality.startswith("Municipalidad de ") and lh.department
        assert lh.logo is not None and lh.logo.is_file()
        set_letterhead(s, municipality="Ilustre Municipalidad de Peñalolén", department="DIPRESEC")
        lh = letterhead(s, territory_id=t.id)
        assert (lh.municipality, lh.department) == ("Ilustre Municipalidad de Peñalolén", "DIPRESEC")
