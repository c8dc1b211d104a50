"""The acta of a Mesa de Seguridad parsed back from the PDF: header, attendance (names print, they
sign), excused, agenda with the review of earlier agreements, agreements, next meeting, signatures;
what only the internal version adds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from gestor_app.core.demo import demo_id
from gestor_app.core.docs.registry import list_records, render_document
from gestor_app.core.services import meetings as ms
from gestor_app.core.services.territories import create_territory
from tests.core.docs.support import pdf_pages

MESA1, MESA2 = demo_id("meeting:mesa-1"), demo_id("meeting:mesa-2")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _render(store, tmp_path: Path, record_id: str, audience: str | None = None) -> tuple[int, list[str]]:
    out = tmp_path / f"acta-{record_id[:8]}-{audience}.pdf"
    with store.transaction() as s:
        pages = render_document(s, store.config, kind="acta", record_id=record_id, out=out, audience=audience)
    texts = pdf_pages(out)
    assert len(texts) == pages
    return pages, texts


def test_closed_acta_community_by_default(demo_store, tmp_path: Path):
    pages, texts = _render(demo_store, tmp_path, MESA1)
    assert pages >= 1 and all(f"Página {n} de {pages}" in t for n, t in enumerate(texts, 1))
    text = _flat("\n".join(texts))
    assert "Versión para la comunidad" in text and "Uso interno" not in text
    for fact in ("Acta de sesión", "Mesa de Seguridad Focalizada Villa Los Quillayes", "Sesión n.º 1",
                 "5 de noviembre de 2026", "19:00 a 20:45 h", "Sede JJVV Los Quillayes",
                 "Dirección de Seguridad Humana y JJVV Los Quillayes"):
        assert fact in text, fact
    for name, org, role, _att in [("Rosa Cárcamo", "Junta de Vecinos Los Quillayes", "Presidenta JJVV", ""),
                                  ("Sgto. 2º Pedro Araya", "Carabineros, 43ª Comisaría", "Oficial de cuadrante", ""),
                                  ("Camila Soto", "Centro de Madres", "Secretaria", "")]:
        assert name in text and org in text and role in text
    assert "Firma" in text and "Asistentes registrados: 5" in text and "Vecinas y vecinos presentes: 14" in text
    assert "Excusados: Jorge Vidal, Alumbrado Público." in text
    assert "Tabla" in text and "Desarrollo" in text and "No había acuerdos pendientes de sesiones anteriores." in text
    assert "Carabineros informó el plan cuadrante" in text
    for agreement in ("Enviar a Alumbrado Público el catastro de luminarias apagadas del pasaje 2 y la escuela.",
                      "Reforzar la ronda preventiva en el paradero de Av. Grecia entre 19:00 y 22:00."):
        assert agreement in text
    assert "30-11-2026" in text and "Cumplido" in text and "En curso" in text and "Pendiente" in text
    assert "La próxima sesión se realizará el 10 de diciembre de 2026, en Sede JJVV Los Quillayes." in text
    for signer in ("Gestor/a territorial", "Presidente/a Junta de Vecinos", "Representante municipal"):
        assert signer in text
    assert "Borrador" not in text and "Notas internas" not in text


def test_draft_reviews_pending_agreements_and_leaves_a_sheet_to_sign(demo_store, tmp_path: Path):
    _pages, texts = _render(demo_store, tmp_path, MESA2)
    text = _flat("\n".join(texts))
    assert "Borrador: esta acta aún no ha sido cerrada" in text
    assert "Revisión de acuerdos pendientes" in text and "Acuerdo revisado" in text
    assert "Solicitar la poda de los arbustos junto al canal y el retiro del microbasural." in text
    assert "Reforzar la ronda preventiva" in text and "Sesión n.º 1 (05-11-2026)" in text
    assert "Enviar a Alumbrado Público el catastro" not in text  # settled before: not reviewed
    assert "Firma 1 2 3 4 5 6 7 8 9 10 11 12 Asistentes registrados: _____" in text  # blank rows to sign
    assert "No se tomaron acuerdos." not in text and "Camila Soto" not in text  # attendance is per meeting
    assert "Acuerdo Responsable Institución Plazo Estado 1 2 3 4" in text  # blank agreements to fill in
    assert "Fecha: ____" in text and "Sin desarrollo registrado." not in text


def test_internal_version_adds_the_office_notes(demo_store, tmp_path: Path):
    with demo_store.transaction() as s:
        agreement = ms.list_agreements(s, MESA1)[2]
        activity = ms.agreement_to_activity(s, agreement.id)
        title = activity.title
    _p, community = _render(demo_store, tmp_path, MESA1, "community")
    _p, internal = _render(demo_store, tmp_path, MESA1, "internal")
    c, i = _flat("\n".join(community)), _flat("\n".join(internal))
    assert "Notas internas" not in c and "Acuerdos incorporados al plan de acción" not in c
    assert "Uso interno: no difundir" in i and "Notas internas" in i and "Estado del acta: cerrada." in i
    assert "Acuerdos incorporados al plan de acción" in i and title in i


def test_new_acta_with_accents_and_listed(store, tmp_path: Path):
    with store.transaction() as s:
        t = create_territory(s, name="Población Ñuñoa Sur", level="barrio")
        m = ms.create_meeting(s, territory_id=t.id, held_on=date(2027, 3, 9), kind="asamblea", start_time="18:30",
                              place="Gimnasio «El Cóndor»", convened_by="Oficina de Seguridad ¿Pública?",
                              next_meeting_on=date(2027, 4, 13))
        for name in ("Begoña Ñancupil", "Raúl Müller", "Íñigo Pérez"):
            ms.add_attendee(s, meeting_id=m.id, name=name, organisation="Comité de adelanto ¡Sí se puede!",
                            role="Vecino/a")
        ms.add_attendee(s, meeting_id=m.id, name="Ana Ojeda", organisation="DIDECO", attendance="excusado")
        ms.add_agenda_item(s, meeting_id=m.id, title="Alarmas comunitarias", development="Se revisó la instalación.")
        ms.add_agreement(s, meeting_id=m.id, text="Cotizar alarmas para el pasaje Nº 4", responsible="Raúl Müller",
                         deadline=date(2027, 3, 30))
        listed = list_records(s, "actas", territory_id=t.id)
    assert [r.id for r in listed] == [m.id] and listed[0].title.startswith("Acta: Asamblea")
    pages, texts = _render(store, tmp_path, m.id)
    text = _flat("\n".join(texts))
    assert pages == len(texts) >= 1
    for s_ in ("Begoña Ñancupil", "Raúl Müller", "Íñigo Pérez", "Comité de adelanto ¡Sí se puede!",
               "Gimnasio «El Cóndor»", "Oficina de Seguridad ¿Pública?", "9 de marzo de 2027", "desde las 18:30 h",
               "Cotizar alarmas para el pasaje Nº 4", "30-03-2027", "13 de abril de 2027", "Excusados: Ana Ojeda, DIDECO.",
               "Asamblea Población Ñuñoa Sur"):
        assert s_ in text, s_
    assert "fecha por definir" not in text
