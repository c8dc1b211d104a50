"""Through the UI: a focus group with participants, themes and quotes; a diagnosis problem citing
them as evidence; search finds the quote by an unaccented word; a CSV of police cases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from gestor_app.core.models.focus_groups import FocusGroup
from gestor_app.core.services import focus_groups as fgs
from gestor_app.core.services.diagnosis import list_evidence
from gestor_app.core.services.problems import get_problem


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_focus_group_then_problem_citing_it_then_search(window, qtbot, monkeypatch):
    screen = window.show_screen("grupos_focales")
    click(qtbot, screen.new_button)
    gen = screen.general
    gen.title.selectAll()
    qtbot.keyClicks(gen.title, "Grupo focal jovenes")
    qtbot.keyClicks(gen.place, "Cancha")
    gen.consent_kind.setCurrentIndex(1)
    qtbot.mouseClick(gen.recording, Qt.MouseButton.LeftButton, pos=QPoint(8, gen.recording.height() // 2))
    # participants: codes only, no field that could hold a name
    screen.tabs.setCurrentWidget(screen.participants)
    for _ in range(3):
        click(qtbot, screen.participants.add_button)
    assert [screen.participants.table.item(r, 0).text() for r in range(3)] == ["P1", "P2", "P3"]
    free_text = [e for e in screen.participants.findChildren(QLineEdit) if e.objectName() != "qt_spinbox_lineedit"]
    assert not free_text  # only combos and a number: nowhere to type a name or a phone
    screen.participants.table.cellWidget(1, 1).setCurrentIndex(1)  # P2 → 18–29
    # guide questions come from the method, notes per question
    screen.tabs.setCurrentWidget(screen.questions)
    assert screen.questions.list.count() == len(fgs.DEFAULT_QUESTIONS)
    screen.questions.list.setCurrentRow(2)
    qtbot.keyClicks(screen.questions.notes, "El paso bajo nivel")
    # themes and quotes
    tq = screen.themes_quotes
    screen.tabs.setCurrentWidget(tq)
    qtbot.keyClicks(tq.new_theme, "Consumo en la cancha")
    qtbot.keyClick(tq.new_theme, Qt.Key.Key_Return)
    assert tq.themes.count() == 1
    tq.quote_participant.setCurrentIndex(tq.quote_participant.findText("P2"))
    tq.quote_theme.setCurrentIndex(tq.quote_theme.findText("Consumo en la cancha"))
    tq.quote_text.setFocus()  # QTest types ASCII only: the accented quote goes in as an input method would
    tq.quote_text.insertPlainText("En la cancha después de las diez ya no se puede jugar, hay consumo")
    click(qtbot, tq.add_quote_button)
    assert tq.quotes.rowCount() == 1 and tq.quotes.item(0, 0).text() == "P2"
    # a place mentioned, linked to a feature of the map
    places = screen.places
    screen.tabs.setCurrentWidget(places)
    places.feature.setCurrentIndex(places.feature.findText("Cancha de baby", Qt.MatchFlag.MatchStartsWith))
    qtbot.keyClicks(places.note, "Punto de consumo de noche")
    click(qtbot, places.add_button)
    assert places.table.rowCount() == 1 and places.table.item(0, 0).text() == "Cancha de baby fútbol"
    window.ctx.autosaver.flush()
    with window.ctx.store.transaction() as s:
        fg = s.query(FocusGroup).filter_by(title="Grupo focal jovenes").one()
        assert (fg.place, fg.consent_kind, fg.recording_allowed) == ("Cancha", "escrito", True)
        people = fgs.list_participants(s, fg.id)
        assert [p.age_range for p in people] == ["", "18–29", ""]
        assert fgs.list_questions(s, fg.id)[2].notes == "El paso bajo nivel"
        theme = fgs.list_themes(s, fg.id)[0]
        quote = fgs.list_quotes(s, fg.id)[0]
        assert (quote.participant_id, quote.theme_id) == (people[1].id, theme.id)
        place = fgs.list_places(s, fg.id)[0]
        assert place.note == "Punto de consumo de noche" and place.feature_id

    # diagnosis: a new problem citing the theme and the quote
    diag = window.show_screen("diagnostico")
    diag.tabs.setCurrentWidget(diag.problems_tab)
    tab = diag.problems_tab
    click(qtbot, tab.new_button)
    tab.title.selectAll()
    qtbot.keyClicks(tab.title, "Consumo de drogas en la cancha")
    qtbot.keyClicks(tab.fields["causes"], "Cancha sin luz ni actividades nocturnas")

    def choose(picker):
        picker.query.setText("consumo cancha")
        wanted = {("focus_group_themes", theme.id), ("focus_group_quotes", quote.id)}
        for i in range(picker.list.count()):
            item = picker.list.item(i)
            item.setSelected(tuple(item.data(Qt.ItemDataRole.UserRole)) in wanted)
        assert len(picker.list.selectedItems()) == 2
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("gestor_app.ui.screens.diagnosis.evidence.EvidencePicker.exec",
                        lambda self: choose(self))
    click(qtbot, tab.add_evidence_button)
    assert tab.evidence_list.count() == 2
    window.ctx.autosaver.flush()
    with window.ctx.store.transaction() as s:
        p = get_problem(s, tab.current_id())
        assert (p.title, p.causes) == ("Consumo de drogas en la cancha", "Cancha sin luz ni actividades nocturnas")
        ev = list_evidence(s, problem_id=p.id)
        assert {(e.entity, e.record_id) for e in ev} == {("focus_group_themes", theme.id),
                                                         ("focus_group_quotes", quote.id)}
        assert "Consumo en la cancha" in {e.title for e in ev}
    # the theme can be linked back to the problem from the focus group screen
    screen = window.show_screen("grupos_focales")
    screen.tabs.setCurrentWidget(screen.themes_quotes)
    problems = screen.themes_quotes.theme_problems
    item = next(problems.item(i) for i in range(problems.count()) if problems.item(i).text() == p.title)
    item.setCheckState(Qt.CheckState.Checked)
    window.ctx.autosaver.flush()
    with window.ctx.store.transaction() as s:
        assert fgs.list_themes(s, fg.id)[0].problem_ids == [p.id]

    # search: an unaccented word finds the quote ("despues" → "después")
    search = window.show_screen("buscar")
    qtbot.keyClicks(search.query, "despues de las diez")
    assert [h.record_id for h in search.hits] == [quote.id]
    assert search.table.item(0, 0).text() == "Cita de grupo focal"
    rect = search.table.visualItemRect(search.table.item(0, 1))
    qtbot.mouseClick(search.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(search.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # opens its group
    assert window.current_key() == "grupos_focales"
    assert window.stack.currentWidget().current_id() == fg.id


def test_police_cases_csv_through_the_screen(window, tmp_path: Path, monkeypatch):
    shown = []
    monkeypatch.setattr("gestor_app.ui.screens.secondary_sources.QMessageBox.warning", lambda *a: shown.append(a[2]))
    screen = window.show_screen("fuentes")
    before = screen.table.rowCount()  # the demo months
    bad = tmp_path / "malo.csv"
    bad.write_text("fecha;comuna;delito;casos\n2026-01;13122;Hurto;3\n2026-02;13122;Hurto;\n", encoding="utf-8")
    assert screen.import_file(bad) is None
    assert shown and "Fila 3" in shown[0] and screen.table.rowCount() == before
    good = tmp_path / "bueno.csv"
    good.write_text("fecha;comuna;delito;casos\n2026-01;13122;Hurto;3\n2026-02;13122;Hurto;5\n", encoding="latin-1")
    assert screen.import_file(good) == 2
    assert screen.table.rowCount() == before + 2
    assert screen.table.item(0, 0).text() == "02-2026"
    screen.crime.setCurrentIndex(screen.crime.findText("Hurto"))
    assert screen.chart.series == [(2026, 1, 3), (2026, 2, 5)]
    assert not screen.chart.grab().isNull()
