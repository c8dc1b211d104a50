"""Through the UI: a meeting with an agreement, then the next meeting reviewing it; closing the acta;
turning an agreement into a plan activity; neighbours' requests by age with consent-gated contact."""

from __future__ import annotations

import sys
import types
from datetime import date

from PySide6.QtCore import QPoint, Qt

from gestor_app.core.demo import demo_id
from gestor_app.core.models.meetings import REVIEW_TITLE, Agreement, Meeting
from gestor_app.core.services import meetings as ms
from gestor_app.core.services import requests as rs
from gestor_app.ui.screens import SCREENS


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot, box):
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_screens_come_right_after_follow_up(window):
    keys = [s.key for s in SCREENS]
    assert keys[keys.index("seguimiento") + 1: keys.index("seguimiento") + 3] == ["mesas", "requerimientos"]
    assert window.nav.item(keys.index("mesas")).text() == "Reuniones y actas"
    assert window.nav.item(keys.index("requerimientos")).text() == "Requerimientos vecinales"


def test_meeting_with_an_agreement_then_the_next_meeting_reviews_it(window, qtbot):
    screen = window.show_screen("mesas")
    before = screen.meetings.count()
    screen.today = lambda: date(2027, 1, 5)
    click(qtbot, screen.new_button)
    assert screen.meetings.count() == before + 1
    first_id = screen.current_id()
    # the agenda opens on the review of what is still pending (the demo's Mesa 1 left two)
    assert screen.tabs.currentWidget() is screen.agenda
    assert screen.agenda.list.item(0).text() == f"1. {REVIEW_TITLE}"
    assert screen.agenda.review_box.isVisibleTo(screen) and screen.agenda.reviewed.rowCount() == 2
    # header typed
    screen.tabs.setCurrentWidget(screen.header)
    screen.header.title.selectAll()
    qtbot.keyClicks(screen.header.title, "Mesa de enero")
    qtbot.keyClicks(screen.header.start_time, "19:30")
    # attendance
    screen.tabs.setCurrentWidget(screen.attendance)
    click(qtbot, screen.attendance.add_button)
    qtbot.keyClicks(screen.attendance.table.cellWidget(0, 0), "Rosa Carcamo")
    qtbot.keyClicks(screen.attendance.table.cellWidget(0, 1), "JJVV")
    # a topic with its development
    screen.tabs.setCurrentWidget(screen.agenda)
    qtbot.keyClicks(screen.agenda.new_title, "Luminarias")
    click(qtbot, screen.agenda.add_button)
    assert screen.agenda.list.count() == 2 and screen.agenda.title.text() == "Luminarias"
    qtbot.keyClicks(screen.agenda.development, "Se revisaron las luminarias del pasaje")
    # an agreement typed in its editor shows in the table at once
    tab = screen.agreements
    screen.tabs.setCurrentWidget(tab)
    click(qtbot, tab.add_button)
    qtbot.keyClicks(tab.text, "Pedir recambio de luminarias")
    qtbot.keyClicks(tab.responsible, "Gestora")
    qtbot.keyClicks(tab.institution, "Alumbrado Publico")
    assert tab.table.item(0, 1).text() == "Pedir recambio de luminarias"
    window.ctx.autosaver.flush()
    with window.ctx.store.transaction() as s:
        m = ms.get_meeting(s, first_id)
        assert (m.title, m.start_time, m.held_on) == ("Mesa de enero", "19:30", date(2027, 1, 5))
        assert [(a.name, a.organisation) for a in ms.list_attendees(s, first_id)] == [("Rosa Carcamo", "JJVV")]
        agenda = ms.list_agenda(s, first_id)
        assert [i.title for i in agenda] == [REVIEW_TITLE, "Luminarias"]
        assert agenda[1].development == "Se revisaron las luminarias del pasaje"
        (agreement,) = ms.list_agreements(s, first_id)
        assert (agreement.text, agreement.responsible, agreement.institution, agreement.status) == \
            ("Pedir recambio de luminarias", "Gestora", "Alumbrado Publico", "pendiente")
        ms.update_meeting(s, first_id, next_meeting_on=date(2027, 2, 2), next_meeting_place="Sede JJVV")

    # the next meeting: on the agreed date and place, reviewing the new agreement too
    screen.today = lambda: date(2027, 1, 20)
    click(qtbot, screen.new_button)
    second_id = screen.current_id()
    assert second_id != first_id
    agenda = screen.agenda
    texts = [agenda.reviewed.item(r, 0).text() for r in range(agenda.reviewed.rowCount())]
    assert "Pedir recambio de luminarias" in texts and len(texts) == 3
    assert "Pedir recambio de luminarias" in agenda.development.toPlainText()
    with window.ctx.store.transaction() as s:
        m2 = ms.get_meeting(s, second_id)
        assert (m2.held_on, m2.place) == (date(2027, 2, 2), "Sede JJVV")
        assert second_id in s.get(Agreement, agreement.id).reviewed_in
    # its status is followed from the review
    row = texts.index("Pedir recambio de luminarias")
    combo = agenda.reviewed.cellWidget(row, 3)
    combo.setCurrentIndex(combo.findData("en_curso"))
    window.ctx.autosaver.flush()
    with window.ctx.store.transaction() as s:
        assert s.get(Agreement, agreement.id).status == "en_curso"


def test_closed_acta_and_agreement_into_plan_activity(window, qtbot, monkeypatch):
    screen = window.show_screen("mesas")
    mesa1 = demo_id("meeting:mesa-1")
    screen.refresh(select=mesa1)
    assert screen.closed and not screen.header.title.isEnabled()
    tab = screen.agreements
    screen.tabs.setCurrentWidget(tab)
    assert tab.table.rowCount() == 3 and not tab.add_button.isEnabled()
    tab.table.selectRow(2)
    assert not tab.text.isEnabled() and tab.status.isEnabled()  # closed: only the follow-up changes
    # this version has no action plan yet: the button says so in Spanish and changes nothing
    monkeypatch.setitem(sys.modules, "gestor_app.core.services.plans", None)
    click(qtbot, tab.convert_button)
    assert tab.message.text() == ms.PLANS_MISSING
    # with a plan module (the plans branch), the agreement becomes one activity, once
    calls = []
    fake = types.ModuleType("gestor_app.core.services.plans")
    fake.get_or_create_plan = lambda session, *, territory_id: types.SimpleNamespace(id=f"plan:{territory_id}")

    def create_activity(session, *, plan_id, title, **more):
        calls.append((plan_id, title, more))
        return types.SimpleNamespace(id="activity-1")

    fake.create_activity = create_activity
    monkeypatch.setitem(sys.modules, "gestor_app.core.services.plans", fake)
    click(qtbot, tab.convert_button)
    assert len(calls) == 1 and calls[0][1].startswith("Reforzar la ronda preventiva")
    assert calls[0][2]["source_agreement_id"] == demo_id("meeting:mesa-1:agreement:2")
    assert tab.table.item(2, 6).text() == "Actividad creada"
    assert not tab.convert_button.isEnabled()
    with window.ctx.store.transaction() as s:
        assert s.get(Agreement, demo_id("meeting:mesa-1:agreement:2")).activity_id == "activity-1"
    # reopening the acta makes it editable again
    click(qtbot, screen.close_button)
    assert not screen.closed and screen.header.title.isEnabled()
    with window.ctx.store.transaction() as s:
        assert s.get(Meeting, mesa1).status == "borrador"


def test_requests_by_age_with_filter_and_consent_gated_contact(window, qtbot):
    screen = window.show_screen("requerimientos")
    screen.today = lambda: date(2026, 12, 3)
    screen.refresh()
    days = [int(screen.table.item(r, 0).text()) for r in range(screen.table.rowCount())]
    assert days[:4] == [44, 30, 8, 2]  # the open ones, longest waiting first
    assert screen.table.item(0, 2).text() == "Alumbrado público"
    screen.filter.setCurrentIndex(screen.filter.findData("cerrada"))
    assert screen.table.rowCount() == 1 and screen.table.item(0, 3).text() == "Cerrada"
    screen.filter.setCurrentIndex(screen.filter.findData("pendientes"))
    assert screen.table.rowCount() == 4
    # a new request
    click(qtbot, screen.new_button)
    rid = screen.request_id
    assert screen.table.item(screen.table.currentRow(), 0).text() == "0"
    screen.category.lineEdit().selectAll()
    qtbot.keyClicks(screen.category.lineEdit(), "Alarma comunitaria")
    qtbot.keyClicks(screen.description, "La alarma del pasaje 3 no suena")
    assert not screen.contact.isEnabled()  # no consent, no contact
    tick(qtbot, screen.consent)
    assert screen.contact.isEnabled()
    qtbot.keyClicks(screen.contact, "+56 9 1234 5678")
    window.ctx.autosaver.flush()
    with window.ctx.store.transaction() as s:
        r = rs.get_request(s, rid)
        assert (r.category, r.description, r.consent, r.contact, r.received_on) == \
            ("Alarma comunitaria", "La alarma del pasaje 3 no suena", True, "+56 9 1234 5678", date(2026, 12, 3))
    tick(qtbot, screen.consent)  # consent withdrawn: the contact goes
    assert not screen.contact.isEnabled() and screen.contact.text() == ""
    # answered: the date of the answer is filled in
    screen.referred_to.lineEdit().selectAll()
    qtbot.keyClicks(screen.referred_to.lineEdit(), "Seguridad Municipal")
    screen.status.setCurrentIndex(screen.status.findData("respondida"))
    qtbot.keyClicks(screen.response, "Se cambio la bateria")
    window.ctx.autosaver.flush()
    with window.ctx.store.transaction() as s:
        r = rs.get_request(s, rid)
        assert (r.consent, r.contact) == (False, "")
        assert (r.referred_to, r.status, r.responded_on, r.response) == \
            ("Seguridad Municipal", "respondida", date(2026, 12, 3), "Se cambio la bateria")
    assert screen.age.text() == "Respondido en 0 día(s)."


def test_search_opens_the_agreement_and_the_request_found(window, qtbot):
    search = window.show_screen("buscar")
    search.query.setText("ronda preventiva")
    entities = [h.entity for h in search.hits]
    assert "meeting_agreements" in entities
    search.open_hit(entities.index("meeting_agreements"))
    screen = window.current_key() == "mesas" and window.screen("mesas")
    assert screen and screen.current_id() == demo_id("meeting:mesa-1")
    assert screen.tabs.currentWidget() is screen.agreements
    search = window.show_screen("buscar")
    search.query.setText("colchones")
    entities = [h.entity for h in search.hits]
    search.open_hit(entities.index("neighbour_requests"))
    assert window.current_key() == "requerimientos"
    assert window.screen("requerimientos").request_id == demo_id("request:basural")


def test_an_agreement_becomes_a_real_activity_of_the_plan_and_shows_in_the_gantt(window, qtbot):
    from gestor_app.core.models import Activity
    from gestor_app.core.services.plans import list_activities

    screen = window.show_screen("mesas")
    screen.refresh(select=demo_id("meeting:mesa-1"))
    tab = screen.agreements
    screen.tabs.setCurrentWidget(tab)
    tab.table.selectRow(2)
    agreement_id = demo_id("meeting:mesa-1:agreement:2")
    click(qtbot, tab.convert_button)
    with window.ctx.store.transaction() as s:
        activity_id = s.get(Agreement, agreement_id).activity_id
        act = s.get(Activity, activity_id)
        assert act is not None and act.source_agreement_id == agreement_id
        assert act.title.startswith("Reforzar la ronda preventiva")
        assert act.id in {a.id for a in list_activities(s, plan_id=act.plan_id)}
    plan = window.show_screen("plan")
    plan.refresh()
    assert activity_id in plan.gantt.rects  # a bar of the Gantt
    window.show_screen("mesas")
    click(qtbot, tab.convert_button)  # a second click does not duplicate it
    with window.ctx.store.transaction() as s:
        from sqlalchemy import func, select

        assert s.scalar(select(func.count()).select_from(Activity).where(
            Activity.source_agreement_id == agreement_id)) == 1

