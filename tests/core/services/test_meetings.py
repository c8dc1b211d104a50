from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date, time

import pytest

from gestor_app.core.demo import demo_id
from gestor_app.core.errors import NotFoundError, ValidationError
from gestor_app.core.models.meetings import REVIEW_TITLE, AgendaItem, Agreement, Attendee
from gestor_app.core.services import meetings as ms
from gestor_app.core.services.bin import list_bin, restore
from gestor_app.core.services.search import search
from gestor_app.core.services.territories import create_territory


@pytest.fixture
def territory(store):
    with store.transaction() as s:
        return create_territory(s, name="Villa Test", level="barrio").id


def test_new_meeting_starts_with_an_empty_review_and_a_session_number(store, territory):
    with store.transaction() as s:
        m = ms.create_meeting(s, territory_id=territory, held_on=date(2026, 3, 2), start_time="19:00",
                              end_time=time(20, 30))
        agenda = ms.list_agenda(s, m.id)
        assert [(i.title, i.is_review, i.position) for i in agenda] == [(REVIEW_TITLE, True, 0)]
        assert agenda[0].development == ms.NO_PENDING
        assert (m.number, m.title, m.status) == (1, "Mesa de Seguridad Focalizada n.º 1", "borrador")
        assert (m.start_time, m.end_time) == ("19:00", "20:30")
        m2 = ms.create_meeting(s, territory_id=territory, held_on="10-04-2026", kind="asamblea")
        m3 = ms.create_meeting(s, territory_id=territory, held_on="2026-05-04")
        assert (m2.number, m2.held_on, m3.number) == (1, date(2026, 4, 10), 2)


def test_next_meeting_reviews_pending_and_in_progress_agreements_of_earlier_meetings(store, territory):
    with store.transaction() as s:
        other = create_territory(s, name="Otra villa", level="barrio").id
        m1 = ms.create_meeting(s, territory_id=territory, held_on=date(2026, 3, 2))
        a_pend = ms.add_agreement(s, meeting_id=m1.id, text="Pedir poda", responsible="Rosa",
                                  institution="Aseo y Ornato", deadline=date(2026, 3, 30))
        a_cur = ms.add_agreement(s, meeting_id=m1.id, text="Catastro de luminarias", status="en_curso")
        ms.add_agreement(s, meeting_id=m1.id, text="Invitar a Carabineros", status="cumplido")
        ms.add_agreement(s, meeting_id=m1.id, text="Feria", status="cancelado")
        gone = ms.add_agreement(s, meeting_id=m1.id, text="Borrado")
        ms.remove_item(s, Agreement, gone.id)
        elsewhere = ms.create_meeting(s, territory_id=other, held_on=date(2026, 3, 1))
        ms.add_agreement(s, meeting_id=elsewhere.id, text="De otro barrio")
        later = ms.create_meeting(s, territory_id=territory, held_on=date(2026, 6, 1))
        ms.add_agreement(s, meeting_id=later.id, text="Posterior")

        pending = ms.pending_agreements(s, territory_id=territory, before=date(2026, 4, 6))
        assert [a.text for a in pending] == ["Pedir poda", "Catastro de luminarias"]
        m2 = ms.create_meeting(s, territory_id=territory, held_on=date(2026, 4, 6))
        review = ms.list_agenda(s, m2.id)[0]
        assert review.is_review and review.title == REVIEW_TITLE
        lines = review.development.splitlines()
        assert len(lines) == 2
        assert lines[0].startswith("Acuerdo 1 de Mesa de Seguridad Focalizada n.º 1 (02-03-2026): Pedir poda.")
        assert "Responsable: Rosa, Aseo y Ornato." in lines[0]
        assert "30-03-2026" in lines[0] and "pendiente" in lines[0] and "02-03-2026" in lines[0]
        assert lines[1].startswith("Acuerdo 2 de") and "Catastro de luminarias" in lines[1] and "en curso" in lines[1]
        assert a_pend.reviewed_in == [later.id, m2.id] and a_cur.reviewed_in == [later.id, m2.id]  # both reviewed them
        assert [a.id for a in ms.reviewed_agreements(s, m2.id)] == [a_pend.id, a_cur.id]
        # agreements of a meeting in the bin are no longer pending
        ms.delete_meeting(s, m1.id)
        assert ms.pending_agreements(s, territory_id=territory, before=date(2026, 4, 6)) == []


def test_meeting_validation_in_spanish_changes_nothing(store, territory):
    with store.transaction() as s:
        with pytest.raises(ValidationError, match="fecha válida"):
            ms.create_meeting(s, territory_id=territory, held_on="31-02-2026")
        with pytest.raises(ValidationError, match="obligatoria"):
            ms.create_meeting(s, territory_id=territory, held_on=None)
        with pytest.raises(ValidationError, match="Tipo de reunión"):
            ms.create_meeting(s, territory_id=territory, held_on=date(2026, 3, 2), kind="fiesta")
        m = ms.create_meeting(s, territory_id=territory, held_on=date(2026, 3, 2), place="Sede")
        for changes, msg in (({"start_time": "25:00"}, "hora válida"),
                             ({"start_time": "20:00", "end_time": "19:00"}, "posterior a la de inicio"),
                             ({"next_meeting_on": date(2026, 3, 1)}, "próxima sesión"),
                             ({"neighbours_count": -3}, "entero"),
                             ({"held_on": "mañana"}, "fecha válida"),
                             ({"status": "archivada"}, "borrador"),
                             ({"colour": "rojo"}, "no editables")):
            with pytest.raises(ValidationError, match=msg):
                ms.update_meeting(s, m.id, **changes)
        assert (m.start_time, m.end_time, m.neighbours_count, m.next_meeting_on, m.held_on, m.status) == \
            ("", "", None, None, date(2026, 3, 2), "borrador")
        ms.update_meeting(s, m.id, neighbours_count=12, next_meeting_on="06-04-2026")
        assert (m.neighbours_count, m.next_meeting_on) == (12, date(2026, 4, 6))
        with pytest.raises(ValidationError, match="anterior a la fecha de la reunión"):
            ms.add_agreement(s, meeting_id=m.id, text="x", deadline=date(2026, 3, 1))
        with pytest.raises(ValidationError, match="título"):
            ms.add_agenda_item(s, meeting_id=m.id, title="  ")
        with pytest.raises(ValidationError, match="presente"):
            ms.add_attendee(s, meeting_id=m.id, name="Ana", attendance="ausente")
        with pytest.raises(NotFoundError):
            ms.get_meeting(s, "no-such-id")


def test_closed_acta_is_locked_but_its_agreements_are_still_followed(store, territory):
    with store.transaction() as s:
        m = ms.create_meeting(s, territory_id=territory, held_on=date(2026, 3, 2))
        att = ms.add_attendee(s, meeting_id=m.id, name=" Rosa Cárcamo ", organisation="JJVV", role="Presidenta")
        item = ms.add_agenda_item(s, meeting_id=m.id, title="Luminarias", development="Se revisó…")
        a = ms.add_agreement(s, meeting_id=m.id, text="Catastro")
        assert att.name == "Rosa Cárcamo" and att.position == 1 and item.position == 1
        ms.close_meeting(s, m.id)
        for call in (lambda: ms.update_meeting(s, m.id, place="Otra sede"),
                     lambda: ms.update_attendee(s, att.id, role="Tesorera"),
                     lambda: ms.update_agenda_item(s, item.id, development="cambiado"),
                     lambda: ms.add_agreement(s, meeting_id=m.id, text="Nuevo"),
                     lambda: ms.update_agreement(s, a.id, text="Otro texto"),
                     lambda: ms.remove_item(s, Attendee, att.id)):
            with pytest.raises(ValidationError, match="cerrada"):
                call()
        ms.update_agreement(s, a.id, status="cumplido")
        assert a.status == "cumplido" and a.text == "Catastro"
        ms.reopen_meeting(s, m.id)
        ms.update_meeting(s, m.id, place="Otra sede")
        assert m.place == "Otra sede"


def test_review_item_stays_and_items_go_to_the_bin_and_back(store, territory):
    with store.transaction() as s:
        m = ms.create_meeting(s, territory_id=territory, held_on=date(2026, 3, 2))
        review = ms.list_agenda(s, m.id)[0]
        with pytest.raises(ValidationError, match="no se quita"):
            ms.remove_item(s, AgendaItem, review.id)
        item = ms.add_agenda_item(s, meeting_id=m.id, title="Varios")
        ms.remove_item(s, AgendaItem, item.id)
        assert [i.title for i in ms.list_agenda(s, m.id)] == [REVIEW_TITLE]
        assert any(b.record_id == item.id and b.kind == "Tema de la tabla" for b in list_bin(s))
        restore(s, entity="meeting_agenda_items", record_id=item.id)
        assert [i.title for i in ms.list_agenda(s, m.id)] == [REVIEW_TITLE, "Varios"]


def test_agreements_and_topics_are_found_by_search(store, territory):
    with store.transaction() as s:
        m = ms.create_meeting(s, territory_id=territory, held_on=date(2026, 3, 2))
        ms.add_agreement(s, meeting_id=m.id, text="Solicitar poda en el pasaje Los Aromos")
        ms.add_attendee(s, meeting_id=m.id, name="Eufrasia Zúñiga")
    with store.transaction() as s:
        hits = search(s, "aromos", territory_id=territory)
        assert [h.entity for h in hits] == ["meeting_agreements"]
        assert search(s, "eufrasia", territory_id=territory) == []  # attendees' names are not indexed


# --- into the action plan -------------------------------------------------------------------
@dataclass
class FakePlans:
    calls: list[dict] = field(default_factory=list)
    plans: list[str] = field(default_factory=list)

    def get_or_create_plan(self, session, *, territory_id):
        self.plans.append(territory_id)
        return type("Plan", (), {"id": f"plan-{territory_id}"})()

    def create_activity(self, session, *, plan_id, title, responsible="", institution="", start_date=None,
                        end_date=None, objective_id=None, source_agreement_id=None, **more):
        self.calls.append(dict(plan_id=plan_id, title=title, responsible=responsible, institution=institution,
                               start_date=start_date, end_date=end_date, objective_id=objective_id,
                               source_agreement_id=source_agreement_id, **more))
        return type("Activity", (), {"id": f"activity-{len(self.calls)}"})()


def test_agreement_becomes_one_plan_activity_once(store, territory):
    fake = FakePlans()
    with store.transaction() as s:
        m = ms.create_meeting(s, territory_id=territory, held_on=date(2026, 3, 2))
        a = ms.add_agreement(s, meeting_id=m.id, text="Reforzar la ronda en el paradero\nentre 19 y 22 h",
                             responsible="Sgto. Araya", institution="Carabineros", deadline=date(2026, 4, 1))
        act = ms.agreement_to_activity(s, a.id, create_activity=fake.create_activity,
                                       get_or_create_plan=fake.get_or_create_plan)
        assert act.id == "activity-1" and a.activity_id == "activity-1"
        assert fake.plans == [territory]
        assert fake.calls == [dict(plan_id=f"plan-{territory}", title="Reforzar la ronda en el paradero",
                                   responsible="Sgto. Araya", institution="Carabineros", start_date=date(2026, 3, 2),
                                   end_date=date(2026, 4, 1), objective_id=None, source_agreement_id=a.id)]
        with pytest.raises(ValidationError, match="ya se convirtió"):
            ms.agreement_to_activity(s, a.id, create_activity=fake.create_activity,
                                     get_or_create_plan=fake.get_or_create_plan)
        assert len(fake.calls) == 1
        with pytest.raises(ValidationError, match="actividad del plan"):
            ms.remove_item(s, Agreement, a.id)
        cancelled = ms.add_agreement(s, meeting_id=m.id, text="Feria", status="cancelado")
        with pytest.raises(ValidationError, match="cancelado"):
            ms.agreement_to_activity(s, cancelled.id, create_activity=fake.create_activity,
                                     get_or_create_plan=fake.get_or_create_plan)
    with store.transaction() as s:
        assert s.get(Agreement, a.id).activity_id == "activity-1"


def test_long_agreement_title_is_cut():
    assert ms.activity_title("x" * 300) == "x" * 199 + "…"
    assert ms.activity_title("\n  Primera línea \nsegunda") == "Primera línea"


def test_without_the_plans_module_the_conversion_says_so(store, territory, monkeypatch):
    monkeypatch.setitem(sys.modules, "gestor_app.core.services.plans", None)  # import fails
    with store.transaction() as s:
        m = ms.create_meeting(s, territory_id=territory, held_on=date(2026, 3, 2))
        a = ms.add_agreement(s, meeting_id=m.id, text="Catastro")
        with pytest.raises(ValidationError, match="^El plan de acción no está disponible en esta versión.$"):
            ms.agreement_to_activity(s, a.id)
        assert a.activity_id is None


def test_demo_has_a_closed_mesa_and_the_next_one_reviewing_its_pending_agreements(demo_store):
    with demo_store.transaction() as s:
        m1 = ms.get_meeting(s, demo_id("meeting:mesa-1"))
        m2 = ms.get_meeting(s, demo_id("meeting:mesa-2"))
        assert m1.status == "cerrada" and m2.status == "borrador" and m2.held_on > m1.held_on
        assert len(ms.list_attendees(s, m1.id)) >= 5
        agreements = ms.list_agreements(s, m1.id)
        assert len(agreements) == 3
        pending = [a.id for a in agreements if a.status in ("pendiente", "en_curso")]
        assert pending and [a.id for a in ms.reviewed_agreements(s, m2.id)] == pending
        review = ms.list_agenda(s, m2.id)[0]
        assert review.is_review and len(review.development.splitlines()) == len(pending)


def test_moving_the_date_updates_the_review_unless_it_was_edited(store, territory):
    with store.transaction() as s:
        m1 = ms.create_meeting(s, territory_id=territory, held_on=date(2026, 3, 2))
        a1 = ms.add_agreement(s, meeting_id=m1.id, text="Pedir poda")
        m2 = ms.create_meeting(s, territory_id=territory, held_on=date(2026, 4, 6))
        a2 = ms.add_agreement(s, meeting_id=m2.id, text="Catastro de luminarias")
        nxt = ms.create_meeting(s, territory_id=territory, held_on=date(2026, 4, 1))  # before m2: only a1
        assert [a.id for a in ms.reviewed_agreements(s, nxt.id)] == [a1.id]
        ms.update_agreement(s, a1.id, status="cumplido")  # settled during this review: it stays listed
        ms.update_meeting(s, nxt.id, held_on=date(2026, 5, 4))  # now after m2 too
        assert [a.id for a in ms.reviewed_agreements(s, nxt.id)] == [a1.id, a2.id]
        review = ms.list_agenda(s, nxt.id)[0]
        assert "Catastro de luminarias" not in review.development  # text had changed (a1 settled): kept
        ms.update_agenda_item(s, review.id, development=ms.review_text(s, ms.reviewed_agreements(s, nxt.id)))
        ms.update_meeting(s, nxt.id, held_on=date(2026, 4, 1))  # back before m2: a2 leaves, text follows
        assert [a.id for a in ms.reviewed_agreements(s, nxt.id)] == [a1.id]
        assert nxt.id not in a2.reviewed_in
        assert ms.list_agenda(s, nxt.id)[0].development.count("Acuerdo") == 1
