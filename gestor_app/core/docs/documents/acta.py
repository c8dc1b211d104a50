"""Acta of a meeting (Mesa de Seguridad Focalizada, asamblea…), structured as in domain.md: header,
attendance with a signature column, excused and neighbours present, the tabla, the development of
each topic (the review of earlier agreements as a table of what was reviewed and its state), the
agreements, the next meeting and the signature lines.

Attendees are named on purpose: they sign the acta handed to the community. Nothing else about
them is printed. The internal version adds the office's own notes: the state of the acta and which
agreements became activities of the action plan."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from gestor_app.core.docs.base import DocRequest, Document
from gestor_app.core.docs.kit import (
    RULE,
    data_table,
    esc,
    heading,
    long_date,
    notice,
    para,
    signature_lines,
    text_or_empty,
    title_block,
)
from gestor_app.core.models.meetings import AGREEMENT_STATUSES, MEETING_KINDS, MEETING_STATUSES, Meeting
from gestor_app.core.models.plans import Activity
from gestor_app.core.models.territory import Territory
from gestor_app.core.services import meetings as ms

SIGN_SPACE = 8 * mm  # height of a row of the attendance table: room to sign by hand


class WriteLines(Flowable):
    """Ruled lines to write on by hand (topics of a draft acta without development yet)."""

    def __init__(self, lines: int, width: float = 170 * mm, gap: float = 7 * mm) -> None:
        super().__init__()
        self.lines, self.width, self.gap = lines, width, gap
        self.height = lines * gap + 2

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for i in range(self.lines):
            self.canv.line(0, 2 + i * self.gap, self.width, 2 + i * self.gap)


def build(req: DocRequest) -> Document:
    m = ms.get_meeting(req.session, req.record_id)
    territory = req.session.get(Territory, m.territory_id) if m.territory_id else None
    attendees = ms.list_attendees(req.session, m.id)
    present = [a for a in attendees if a.attendance != "excusado"]
    excused = [a for a in attendees if a.attendance == "excusado"]
    agenda = ms.list_agenda(req.session, m.id)
    agreements = ms.list_agreements(req.session, m.id)
    story = _header(m, territory)
    if m.status != "cerrada":
        story += [notice("Borrador: esta acta aún no ha sido cerrada y puede cambiar."), Spacer(1, 3 * mm)]
    story += _attendance(present, excused, m, int(req.options.get("blank_rows", 12)))
    draft = m.status != "cerrada"
    story += _agenda(req, m, agenda, draft)
    story += _agreements(req, agreements, draft)
    if not req.community:
        story += _internal(req, m, agreements)
    story += _next_and_signatures(m, present, draft)
    return Document("Acta de sesión", m.display_title(), story, territory.id if territory else None)


def _hours(m: Meeting) -> str:
    if m.start_time and m.end_time:
        return f"{m.start_time} a {m.end_time} h"
    return f"desde las {m.start_time} h" if m.start_time else "—"


def _header(m: Meeting, territory: Territory | None) -> list[Flowable]:
    kind = MEETING_KINDS.get(m.kind, "Reunión")
    instance = f"{kind} {territory.name}" if territory else kind
    facts = [("Instancia", instance), ("Sesión n.º", str(m.number) if m.number else "—"),
             ("Fecha", long_date(m.held_on)), ("Horario", _hours(m)),
             ("Lugar", m.place or "—"), ("Convoca", m.convened_by or "—")]
    return title_block("Acta de sesión", m.title or kind, facts)


def _attendance(present: list[Any], excused: list[Any], m: Meeting, blank_rows: int) -> list[Flowable]:
    rows = [[str(n), a.name, a.organisation, a.role, Spacer(1, SIGN_SPACE)] for n, a in enumerate(present, 1)]
    if not present:  # nobody entered yet: a sheet to fill in by hand at the meeting
        rows = [[str(n), "", "", "", Spacer(1, SIGN_SPACE)] for n in range(1, blank_rows + 1)]
    out: list[Flowable] = [heading("Asistencia"),
                           data_table(["N.º", "Nombre", "Organización o institución", "Rol", "Firma"], rows,
                                      [10 * mm, 44 * mm, 52 * mm, 32 * mm, 32 * mm], ruled=True)]
    counts = [f"<b>Asistentes registrados:</b> {len(present) if present else '_____'}",
              f"<b>Vecinas y vecinos presentes:</b> "
              f"{m.neighbours_count if m.neighbours_count is not None else '_____'}"]
    out += [Spacer(1, 2 * mm), para(" · ".join(counts), markup=True)]
    if excused:
        names = "; ".join(esc(", ".join(p for p in (a.name, a.organisation) if p)) for a in excused)
        out.append(para(f"<b>Excusados:</b> {names}.", markup=True))
    elif present:
        out.append(para("<b>Excusados:</b> no hubo.", markup=True))
    else:
        out.append(para("<b>Excusados:</b> ______________________________________________", markup=True))
    return out


def _agenda(req: DocRequest, m: Meeting, agenda: list[Any], draft: bool) -> list[Flowable]:
    out: list[Flowable] = [heading("Tabla")]
    if not agenda:
        return [*out, para("La tabla no tiene temas registrados.", "empty")]
    out += [para(f"{n}. {esc(i.title)}", markup=True) for n, i in enumerate(agenda, 1)]
    out.append(heading("Desarrollo"))
    for n, item in enumerate(agenda, 1):
        out.append(heading(f"{n}. {item.title}", 2))
        if item.is_review:
            out += _review(req, m, item)
        else:
            if draft and not item.development.strip():
                out.append(WriteLines(3))  # to take notes by hand at the meeting
            else:
                out.append(text_or_empty(item.development, "Sin desarrollo registrado."))
    return out


def _review(req: DocRequest, m: Meeting, item: Any) -> list[Flowable]:
    reviewed = ms.reviewed_agreements(req.session, m.id)
    if not reviewed:
        return [para("No había acuerdos pendientes de sesiones anteriores.", "empty")]
    origin = {a.meeting_id: req.session.get(Meeting, a.meeting_id) for a in reviewed}
    rows = []
    for a in reviewed:
        src = origin.get(a.meeting_id)
        where = (f"Sesión n.º {src.number}" if src and src.number else "Sesión anterior") + \
            (f" ({src.held_on:%d-%m-%Y})" if src and src.held_on else "")
        who = " · ".join(p for p in (a.responsible, a.institution) if p) or "—"
        rows.append([where, a.text, who, f"{a.deadline:%d-%m-%Y}" if a.deadline else "—",
                     AGREEMENT_STATUSES.get(a.status, a.status)])
    out: list[Flowable] = [data_table(["Origen", "Acuerdo revisado", "Responsable", "Plazo", "Estado"], rows,
                                      [25 * mm, 63 * mm, 38 * mm, 22 * mm, 22 * mm])]
    if item.development.strip() and item.development != ms.review_text(req.session, reviewed):
        out += [Spacer(1, 2 * mm), para(item.development)]  # the gestor wrote the review in their own words
    return out


def _agreements(req: DocRequest, agreements: list[Any], draft: bool) -> list[Flowable]:
    if draft and not agreements:  # a form to fill in at the meeting
        rows = [[str(n), Spacer(1, SIGN_SPACE), "", "", "", ""] for n in range(1, 5)]
        return [heading("Acuerdos"),
                data_table(["N.º", "Acuerdo", "Responsable", "Institución", "Plazo", "Estado"], rows,
                           [10 * mm, 60 * mm, 29 * mm, 29 * mm, 22 * mm, 20 * mm], ruled=True)]
    rows = [[str(n), a.text, a.responsible or "—", a.institution or "—",
             f"{a.deadline:%d-%m-%Y}" if a.deadline else "—", AGREEMENT_STATUSES.get(a.status, a.status)]
            for n, a in enumerate(agreements, 1)]
    return [heading("Acuerdos"),
            data_table(["N.º", "Acuerdo", "Responsable", "Institución", "Plazo", "Estado"], rows,
                       [10 * mm, 60 * mm, 29 * mm, 29 * mm, 22 * mm, 20 * mm], empty="No se tomaron acuerdos.")]


def _signer(present: list[Any], *words: str) -> str:
    for a in present:
        if any(w in (a.role or "").lower() for w in words):
            return a.name
    return ""


def _next_and_signatures(m: Meeting, present: list[Any], draft: bool) -> list[Flowable]:
    if m.next_meeting_on or m.next_meeting_place:
        when = long_date(m.next_meeting_on) if m.next_meeting_on else "fecha por definir"
        where = f", en {esc(m.next_meeting_place)}" if m.next_meeting_place else ""
        nxt = para(f"La próxima sesión se realizará el {when}{where}.", markup=True)
    elif draft:
        nxt = para("Fecha: ____________________________   Hora: __________   "
                   "Lugar: ______________________________________")
    else:
        nxt = para("La fecha de la próxima sesión queda por definir.", "empty")
    signers = [(_signer(present, "gestor"), "Gestor/a territorial"),
               (_signer(present, "presidente", "presidenta"), "Presidente/a Junta de Vecinos"),
               ("", "Representante municipal")]
    return [heading("Próxima sesión", room=60 * mm), nxt, Spacer(1, 14 * mm), signature_lines(signers)]


def _internal(req: DocRequest, m: Meeting, agreements: list[Any]) -> list[Flowable]:
    rows = []
    for n, a in enumerate(agreements, 1):
        act = req.session.get(Activity, a.activity_id) if a.activity_id else None
        if act is not None and not act.deleted:
            rows.append([str(n), a.display_title(), act.title])
    out: list[Flowable] = [heading("Notas internas (no se incluyen en la versión para la comunidad)"),
                           para(f"Estado del acta: {MEETING_STATUSES.get(m.status, m.status).lower()}.")]
    if rows:
        out += [heading("Acuerdos incorporados al plan de acción", 2),
                data_table(["N.º", "Acuerdo", "Actividad del plan"], rows, [9 * mm, 85 * mm, 76 * mm])]
    else:
        out.append(para("Ningún acuerdo de esta sesión se ha convertido aún en actividad del plan de acción.",
                        "empty"))
    return out
