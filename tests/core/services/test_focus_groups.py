from __future__ import annotations

import pytest

from gestor_app.core.demo import demo_id
from gestor_app.core.errors import ValidationError
from gestor_app.core.models.focus_groups import FocusGroupParticipant
from gestor_app.core.services import focus_groups as fgs
from gestor_app.core.services.focus_group_report import focus_group_summary


def test_codes_are_numbered_and_never_reused(store):
    with store.transaction() as s:
        fg = fgs.create_focus_group(s, territory_id=None)
        assert len(fgs.list_questions(s, fg.id)) == len(fgs.DEFAULT_QUESTIONS)
        p1, p2 = (fgs.add_participant(s, focus_group_id=fg.id, age_range="30–44") for _ in range(2))
        fgs.remove_item(s, FocusGroupParticipant, p2.id)
        p3 = fgs.add_participant(s, focus_group_id=fg.id)
        assert (p1.code, p3.code) == ("P1", "P3")
        assert not hasattr(p1, "name")


def test_bad_input_changes_nothing(store):
    with store.transaction() as s:
        fg = fgs.create_focus_group(s, territory_id=None)
        p = fgs.add_participant(s, focus_group_id=fg.id, age_range="60+")
    with store.transaction() as s:
        with pytest.raises(ValidationError):
            fgs.update_participant(s, p.id, age_range="10-12")
        with pytest.raises(ValidationError):
            fgs.update_focus_group(s, fg.id, consent_kind="tácito")
        with pytest.raises(ValidationError):
            fgs.add_quote(s, focus_group_id=fg.id, text="   ")
    with store.transaction() as s:
        assert s.get(FocusGroupParticipant, p.id).age_range == "60+"
        assert fgs.get_focus_group(s, fg.id).consent_kind == "verbal"


def test_summary_counts_profile_and_anonymises_quotes(demo_store):
    with demo_store.transaction() as s:
        summary = focus_group_summary(s, demo_id("focus_group:quillayes-1"))
    assert summary["participants"]["total"] == 7
    assert summary["participants"]["gender"] == {"Mujer": 4, "Hombre": 3}
    assert summary["participants"]["age_range"]["18–29"] == 2
    assert len(summary["quotes"]) == 6 and all(q["participant"] == "" for q in summary["quotes"])
    assert {q["theme"] for q in summary["quotes"]} == {t["name"] for t in summary["themes"]}
    assert summary["places"][0]["feature"]
