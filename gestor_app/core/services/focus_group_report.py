"""A focus group as plain data for the PDF report: metadata, the participants' profile as counts
only, questions with notes, themes, anonymised quotes (no code when quotes are unattributed)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy.orm import Session

from gestor_app.core.models.focus_groups import CONSENT_KINDS
from gestor_app.core.services.focus_groups import (
    get_focus_group,
    list_participants,
    list_places,
    list_questions,
    list_quotes,
    list_themes,
)


def _years_band(years: int | None) -> str:
    if years is None:
        return "Sin dato"
    return "Menos de 5 años" if years < 5 else "5 a 19 años" if years < 20 else "20 años o más"


def focus_group_summary(session: Session, focus_group_id: str) -> dict[str, Any]:
    from gestor_app.core.db.base import model_for_table

    fg = get_focus_group(session, focus_group_id)
    people = list_participants(session, fg.id)
    themes = {t.id: t for t in list_themes(session, fg.id)}
    codes = {p.id: p.code for p in people}
    quotes = []
    for q in list_quotes(session, fg.id):
        who = "" if fg.quotes_unattributed else codes.get(q.participant_id or "", "")
        quotes.append({"text": q.text, "theme": themes[q.theme_id].name if q.theme_id in themes else "",
                       "participant": who})
    places = []
    for p in list_places(session, fg.id):
        f = session.get(model_for_table("map_features"), p.feature_id) if p.feature_id else None
        places.append({"note": p.note, "feature": f.display_title() if f is not None and not f.deleted else "",
                       "sensitive": bool(getattr(f, "sensitive", False))})
    return {
        "title": fg.title, "held_on": fg.held_on, "place": fg.place, "duration_min": fg.duration_min,
        "convocation": fg.convocation, "facilitator": fg.facilitator, "reporter": fg.reporter,
        "consent": CONSENT_KINDS.get(fg.consent_kind, fg.consent_kind), "recording_allowed": fg.recording_allowed,
        "quotes_unattributed": fg.quotes_unattributed,
        "participants": {
            "total": len(people),
            "age_range": dict(Counter(p.age_range or "Sin dato" for p in people)),
            "gender": dict(Counter(p.gender or "Sin dato" for p in people)),
            "role": dict(Counter(p.role or "Sin dato" for p in people)),
            "years_in_barrio": dict(Counter(_years_band(p.years_in_barrio) for p in people)),
        },
        "questions": [{"text": q.text, "notes": q.notes} for q in list_questions(session, fg.id)],
        "themes": [{"name": t.name, "description": t.description} for t in themes.values()],
        "quotes": quotes, "places": places, "agreements": fg.agreements, "notes": fg.notes,
    }
