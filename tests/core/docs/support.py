"""Helpers for the document tests: PDF text per page, the demo's sensitive titles."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from gestor_app.core.models.map import MapFeature


def pdf_pages(source: Path | bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    return [p.extract_text() or "" for p in reader.pages]


def pdf_text(source: Path | bytes) -> str:
    return "\n".join(pdf_pages(source))


def sensitive_titles(session, territory_id: str) -> list[str]:
    q = select(MapFeature).where(MapFeature.territory_id == territory_id, MapFeature.sensitive.is_(True),
                                 MapFeature.deleted.is_(False))
    return [f.title for f in session.scalars(q)]


def barrio_id(session) -> str:
    from gestor_app.core.services.territories import current_territory

    t = current_territory(session)
    assert t is not None and t.level == "barrio"
    return t.id
