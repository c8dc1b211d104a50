"""Through the UI: 3 objectives with a goal, 10 activities with dates and a dependency, the Gantt
bar dragged with the mouse (dates change in the store) and undone with Ctrl+Z / redone with
Ctrl+Shift+Z; the right edge resized; follow-up: progress logged, overdue flagged for a fixed day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from gestor_app.core.services import objectives as obs
from gestor_app.core.services import plans as ps
from gestor_app.core.services.problems import create_problem
from gestor_app.core.services.territories import create_territory, set_current_territory

TODAY = date(2027, 2, 15)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _new_territory(window):
    with window.ctx.store.transaction() as s:
        t = create_territory(s, name="Villa Nueva", level="barrio")
        set_current_territory(s, t.id)
        problem = create_problem(s, territory_id=t.id, title="Microtráfico en la plaza").id
    window.ctx.territory_changed.emit(t.id)
    return t.id, problem


def _drag(view, start: QPointF, end: QPointF) -> None:
    """A real press → move (button held) → release on the view's viewport."""
    vp = view.viewport()
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for kind, pos, buttons in ((QEvent.Type.MouseButtonPress, a, left), (QEvent.Type.MouseMove, (a + b) / 2, left),
                               (QEvent.Type.MouseMove, b, left), (QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)):
        ev = QMouseEvent(kind, QPointF(pos), QPointF(vp.mapToGlobal(pos)), left, buttons, none)
        QApplication.sendEvent(vp, ev)


def test_plan_built_through_the_ui_then_gantt_drag_and_undo(window, qtbot):
    tid, problem_id = _new_territory(window)
    # step 3: objectives (the first one is the general objective) and a goal
    obj = window.show_screen("objetivos")
    for text in ("Reducir el temor en la villa", "Recuperar la plaza", "Acompanar a las vecinas"):
        click(qtbot, obj.new_button)
        qtbot.keyClicks(obj.text, text)
    obj.list.setCurrentRow(1)
    obj.problems.set_checked(problem_id)
    click(qtbot, obj.add_goal_button)
    obj.goals.item(0, 0).setText("Actividades en la plaza")
    obj.goals.item(0, 2).setText("4")
    window.ctx.autosaver.flush()
    with window.ctx.store.transaction() as s:
        objectives = obs.list_objectives(s, territory_id=tid)
        assert [o.kind for o in objectives] == ["general", "especifico", "especifico"]
        assert [o.text for o in objectives][0] == "Reducir el temor en la villa"
        assert objectives[1].problem_ids == [problem_id]
        goal = obs.list_goals(s, objective_id=objectives[1].id)[0]
        assert (goal.indicator, goal.target) == ("Actividades en la plaza", 4.0)
        second = objectives[1].id

    # step 4: ten activities typed in the activities tab
    plan = window.show_screen("plan")
    plan.set_today(TODAY)
    window.show_screen("seguimiento")
    window.show_screen("plan")
    with window.ctx.store.transaction() as s:
        assert ps.find_plan(s, territory_id=tid) is None  # looking creates nothing; the first edit does
    acts = plan.activities
    plan.tabs.setCurrentWidget(acts)
    start = date(2027, 1, 4)
    for i in range(10):
        click(qtbot, acts.new_button)
        acts.edits["title"].selectAll()
        qtbot.keyClicks(acts.edits["title"], f"Actividad {i + 1}")
        qtbot.keyClicks(acts.edits["responsible"], "JJVV")
        s0 = start + timedelta(weeks=i)
        acts.start.setDate(QDate(s0.year, s0.month, s0.day))
        e0 = s0 + timedelta(days=13)
        acts.end.setDate(QDate(e0.year, e0.month, e0.day))
        acts.objective.setCurrentIndex(acts.objective.findData(second))
    acts.depends.set_checked(acts.activity_ids[0])  # activity 10 depends on activity 1
    click(qtbot, acts.up_button)  # …and goes one row up, then back down
    assert acts.table.item(8, 0).text() == "Actividad 10" and acts.table.currentRow() == 8
    click(qtbot, acts.down_button)
    assert acts.table.item(9, 0).text() == "Actividad 10"
    window.ctx.autosaver.flush()
    with window.ctx.store.transaction() as s:
        plan_id = ps.get_or_create_plan(s, territory_id=tid).id
        rows = ps.list_activities(s, plan_id=plan_id)
        assert [a.title for a in rows] == [f"Actividad {i}" for i in range(1, 11)]
        assert rows[3].start_date == date(2027, 1, 25) and rows[3].end_date == date(2027, 2, 7)
        assert all(a.objective_id == second and a.responsible == "JJVV" for a in rows)
        assert rows[9].depends_on == [rows[0].id]
        first = rows[0].id
    assert acts.table.rowCount() == 10
    late_rows = [r for r in range(10) if acts.table.item(r, 3).toolTip()]
    assert late_rows == [0, 1, 2, 3, 4]  # ended before 15-02-2027 and not finished

    # the Gantt: bars, arrow, overdue flags for the fixed day
    plan.tabs.setCurrentWidget(plan.gantt_tab)
    gantt = plan.gantt
    assert len(gantt.rects) == 10 and [b.overdue for b in gantt.bars][:6] == [True] * 5 + [False]
    rect = gantt.rects[first].rect()
    days = 9
    _drag(gantt, rect.center(), rect.center() + QPointF(days * gantt.ppd, 0))
    with window.ctx.store.transaction() as s:
        a = ps.get_activity(s, first)
        assert (a.start_date, a.end_date) == (date(2027, 1, 13), date(2027, 1, 26))
    assert plan.undo.count() == 1
    gantt.setFocus()
    qtbot.keyClick(gantt, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with window.ctx.store.transaction() as s:
        a = ps.get_activity(s, first)
        assert (a.start_date, a.end_date) == (date(2027, 1, 4), date(2027, 1, 17))
    qtbot.keyClick(gantt, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    with window.ctx.store.transaction() as s:
        assert ps.get_activity(s, first).start_date == date(2027, 1, 13)

    # resize the right edge through the handlers (scene positions): only the end moves
    rect = gantt.rects[first].rect()
    edge = QPointF(rect.right() - 1, rect.center().y())
    assert gantt.press_at(edge)
    gantt.drag_to(edge + QPointF(2 * gantt.ppd, 0))
    gantt.release_at(edge + QPointF(5 * gantt.ppd, 0))
    with window.ctx.store.transaction() as s:
        a = ps.get_activity(s, first)
        assert (a.start_date, a.end_date) == (date(2027, 1, 13), date(2027, 1, 31))
    # shrinking past the start keeps a one-day activity, never an end before the start
    rect = gantt.rects[first].rect()
    edge = QPointF(rect.right() - 1, rect.center().y())
    gantt.press_at(edge)
    gantt.release_at(edge - QPointF(60 * gantt.ppd, 0))
    with window.ctx.store.transaction() as s:
        a = ps.get_activity(s, first)
        assert (a.start_date, a.end_date) == (date(2027, 1, 13), date(2027, 1, 13))
    plan.undo_button.click()
    plan.undo_button.click()
    with window.ctx.store.transaction() as s:
        a = ps.get_activity(s, first)
        assert (a.start_date, a.end_date) == (date(2027, 1, 13), date(2027, 1, 26))
    # the scale switches to weeks and the bars follow it
    plan.scale.setCurrentIndex(plan.scale.findData("weeks"))
    assert gantt.ppd == 10.0 and gantt.rects[first].rect().width() == 14 * 10.0

    # step 5: progress logged; the overdue list follows the injected day
    follow = window.show_screen("seguimiento")
    follow.set_today(TODAY)
    assert "Actividad 2" in follow.overdue.text() and "Actividad 6" not in follow.overdue.text()
    follow.activities.setCurrentRow(1)
    follow.entry_progress.setValue(100)
    qtbot.keyClicks(follow.entry_note, "Terminada")
    click(qtbot, follow.add_entry_button)
    assert follow.entries.rowCount() == 1 and "Actividad 2" not in follow.overdue.text()
    with window.ctx.store.transaction() as s:
        a = ps.list_activities(s, plan_id=plan_id)[1]
        assert (a.progress, a.status) == (100, "cumplida")
    qtbot.keyClicks(follow.validation_meeting, "Mesa 1")
    window.ctx.autosaver.flush()
    with window.ctx.store.transaction() as s:
        assert ps.get_plan(s, plan_id).validation_meeting == "Mesa 1"


def test_demo_network_map_and_indicators(window, qtbot):
    plan = window.show_screen("plan")
    plan.tabs.setCurrentWidget(plan.network)
    net = plan.network
    assert net.actors.count() >= 5 and len(net.diagram.positions) == net.actors.count()
    links = net.links.rowCount()
    net.link_a.setCurrentIndex(net.link_a.findText("Escuela básica"))
    net.link_b.setCurrentIndex(net.link_b.findText("Oficina de la Mujer"))
    click(qtbot, net.add_link_button)
    assert net.links.rowCount() == links + 1
    follow = window.show_screen("seguimiento")
    follow.goals.setCurrentRow(1)  # luminarias: 14 → 30, measured 19
    assert follow.attainment.value() == round(5 / 16 * 100)
    follow.measure_value.setValue(30)
    click(qtbot, follow.add_measure_button)
    assert follow.measurements.rowCount() == 3 and follow.attainment.value() == 100


def test_drop_on_same_day_writes_nothing(window, qtbot):
    plan = window.show_screen("plan")
    gantt = plan.gantt
    headings = [r for r in gantt.rows if isinstance(r, str)]  # the demo's activities under their 3 objectives
    assert len(headings) == 3 and headings[0].startswith("Objetivo específico: Recuperar la iluminación")
    bar = gantt.bars[0]
    rect = gantt.rects[bar.id].rect()
    assert gantt.press_at(rect.center())
    gantt.release_at(rect.center() + QPointF(gantt.ppd * 0.3, 0))
    assert plan.undo.count() == 0
    assert not gantt.press_at(QPointF(5, 5))  # the label column is not a bar
    # weeks do not fit: scrolled sideways, the column of names stays at the left edge, over the bars
    plan.scale.setCurrentIndex(plan.scale.findData("weeks"))
    gantt.resize(700, 400)
    gantt.horizontalScrollBar().setValue(400)
    left = gantt.mapToScene(0, 0).x()
    assert left > 0 and gantt.pane.x() == left
    hidden = next(b for b in gantt.bars if gantt.rects[b.id].rect().left() < left + 100 < gantt.rects[b.id].rect().right())
    assert not gantt.press_at(QPointF(left + 100, gantt.rects[hidden.id].rect().center().y()))



def test_first_edit_of_strategies_creates_the_plan(window, qtbot):
    tid, _ = _new_territory(window)
    plan = window.show_screen("plan")
    plan.tabs.setCurrentWidget(plan.strategies_tab)
    qtbot.keyClicks(plan.strategies, "Mesa de Seguridad en dos sectores")
    window.ctx.autosaver.flush()
    with window.ctx.store.transaction() as s:
        found = ps.find_plan(s, territory_id=tid)
        assert found is not None and found.strategies == "Mesa de Seguridad en dos sectores"
    follow = window.show_screen("seguimiento")
    qtbot.keyClicks(follow.validation_acta, "Acta 3")
    window.ctx.autosaver.flush()
    with window.ctx.store.transaction() as s:
        assert ps.find_plan(s, territory_id=tid).validation_acta_ref == "Acta 3"


def test_activity_dates_never_go_backwards(window, qtbot):
    plan = window.show_screen("plan")
    acts = plan.activities
    plan.tabs.setCurrentWidget(acts)
    acts.table.setCurrentCell(0, 0)  # catastro: 19-10-2026 → 13-11-2026
    aid = acts.current_id()
    errors = []
    window.ctx.autosaver.failed.connect(errors.append)
    acts.end.setDate(QDate(2026, 10, 1))  # half-typed: before the start → red, not saved
    assert "C62828" in acts.end.styleSheet()
    window.ctx.autosaver.flush()
    with window.ctx.store.transaction() as s:
        assert ps.get_activity(s, aid).end_date == date(2026, 11, 13)
    acts.start.setDate(QDate(2026, 12, 1))  # a start after the end carries the end along
    window.ctx.autosaver.flush()
    with window.ctx.store.transaction() as s:
        a = ps.get_activity(s, aid)
        assert (a.start_date, a.end_date) == (date(2026, 12, 1), date(2026, 12, 1))
    assert acts.end.value() == date(2026, 12, 1) and acts.end.styleSheet() == "" and errors == []


def test_undo_of_a_binned_activity_tells_instead_of_failing(window, qtbot, monkeypatch):
    plan = window.show_screen("plan")
    gantt = plan.gantt
    bar = gantt.bars[0]
    rect = gantt.rects[bar.id].rect()
    gantt.press_at(rect.center())
    gantt.release_at(rect.center() + QPointF(7 * gantt.ppd, 0))
    assert plan.undo.count() == 1
    with window.ctx.store.transaction() as s:
        ps.delete_activity(s, bar.id)
    shown = []
    monkeypatch.setattr(plan, "show_error", shown.append)
    plan.undo.undo()
    assert shown and "papelera" in shown[0]


def test_search_and_double_click_open_the_activity(window, qtbot):
    search = window.show_screen("buscar")
    search.query.setText("poda arboles")
    search.run_search()
    rows = [r for r, h in enumerate(search.hits) if h.entity == "plan_activities"]
    assert rows
    search.open_hit(rows[0])
    plan = window.screen("plan")
    assert window.current_key() == "plan" and plan.tabs.currentWidget() is plan.activities
    assert plan.activities.current_id() == search.hits[rows[0]].record_id
    # a double click on a bar of the Gantt opens that activity too
    plan.tabs.setCurrentWidget(plan.gantt_tab)
    last = plan.gantt.bars[-1]
    centre = plan.gantt.mapFromScene(plan.gantt.rects[last.id].rect().center())
    qtbot.mouseDClick(plan.gantt.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert plan.tabs.currentWidget() is plan.activities and plan.activities.current_id() == last.id
    assert plan.undo.count() == 0


def test_the_ambito_combo_saves_as_it_changes_and_shows_the_stored_one(window, qtbot):
    from gestor_app.core.ambitos import default_ambitos

    tid, _problem = _new_territory(window)
    obj = window.show_screen("objetivos")
    click(qtbot, obj.new_button)
    click(qtbot, obj.new_button)
    assert obj.ambito.isEnabled() and obj.ambito.currentData() == "" and obj.ambito.currentText() == "Sin ámbito"
    assert obj.ambito.count() == len(default_ambitos()) + 1
    obj.ambito.setCurrentIndex(obj.ambito.findData("vif_genero"))
    assert obj.ambito.currentText() == "Violencia intrafamiliar y de género"
    window.ctx.autosaver.flush()
    with window.ctx.store.transaction() as s:
        general, specific = obs.list_objectives(s, territory_id=tid)
        assert (general.ambito, specific.ambito) == ("", "vif_genero")
        obs.update_objective(s, general.id, ambito="participacion")
    obj.list.setCurrentRow(0)
    assert obj.ambito.currentData() == "participacion"
    obj.list.setCurrentRow(1)
    assert obj.ambito.currentData() == "vif_genero"
    obj.ambito.setCurrentIndex(0)  # back to «Sin ámbito»
    obj.list.setCurrentRow(0)  # changing objective flushes the pending edit
    with window.ctx.store.transaction() as s:
        assert [o.ambito for o in obs.list_objectives(s, territory_id=tid)] == ["participacion", ""]
