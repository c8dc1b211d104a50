from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from gestor_app.core.models import Territory
from gestor_app.core.services.territories import current_territory
from gestor_app.ui.screens import SCREENS
from gestor_app.ui.widgets.about import AboutDialog
from gestor_app.ui.widgets.pending import PendingScreen

STEPS = ["1. Información", "2. Diagnóstico", "3. Objetivos y metas", "4. Plan de acción", "5. Seguimiento"]


def test_navigation_follows_the_method_in_spanish(window):
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert [label for label in labels if label[:2] in {'1.', '2.', '3.', '4.', '5.'}] == STEPS  # in order
    assert labels[0] == STEPS[0]
    assert {"Mapa", "Documentos", "Sincronización", "Papelera"} <= set(labels)
    assert "Villa Los Quillayes" in window.territory_label.text()


def test_every_section_opens_when_clicked(window, qtbot):
    for row, spec in enumerate(SCREENS):
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_key() == spec.key
        screen = window.stack.currentWidget()
        if isinstance(screen, PendingScreen):  # honest "en construcción", no fake data
            assert "En construcción" in [w.text() for w in screen.findChildren(type(window.territory_label))]


def test_pick_another_territory(window, qtbot):
    picker = window.pick_territory()
    item = picker.tree.findItems("Peñalolén", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    picker.tree.setCurrentItem(item)
    with qtbot.waitSignal(window.ctx.territory_changed):
        qtbot.keyClick(picker.tree, Qt.Key.Key_Return)  # Enter accepts the dialog
    assert picker.result() == QDialog.DialogCode.Accepted
    assert "Peñalolén" in window.territory_label.text()
    with window.ctx.store.transaction() as s:
        assert current_territory(s).name == "Peñalolén"
    info = window.show_screen("informacion")
    assert info.name.text() == "Peñalolén" and info.code.text() == "13122"


def test_send_to_bin_and_restore_from_the_bin_screen(window, qtbot):
    picker = window.pick_territory()
    item = picker.tree.findItems("UV 24", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    picker.tree.setCurrentItem(item)
    picker.send_to_bin()
    picker.reject()
    bin_screen = window.show_screen("papelera")
    assert bin_screen.table.rowCount() == 1
    assert bin_screen.table.item(0, 0).text() == "Territorio"
    bin_screen.table.selectRow(0)
    qtbot.mouseClick(bin_screen.restore_button, Qt.MouseButton.LeftButton)
    assert bin_screen.table.rowCount() == 0
    with window.ctx.store.transaction() as s:
        assert not s.query(Territory).filter_by(name="UV 24").one().deleted


def test_bad_input_is_refused_with_a_message_and_changes_nothing(window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr("gestor_app.ui.main_window.QMessageBox.warning", lambda *a: shown.append(a[2]))
    picker = window.pick_territory()
    picker.tree.setCurrentItem(picker.tree.findItems("Peñalolén", Qt.MatchFlag.MatchExactly)[0])
    picker.accept()
    info = window.show_screen("informacion")
    info.code.setFocus()
    info.code.selectAll()
    qtbot.keyClicks(info.code, "12")
    window.ctx.autosaver.flush()
    assert shown and "CUT" in shown[0]
    assert info.code.text() == "13122"  # the screen reloads what is stored


def test_about_shows_version_and_data_folder(window):
    dialog = AboutDialog(window.ctx.store, window)
    text = dialog.details.text()
    assert "Versión" in text and str(window.ctx.store.config.data_dir) in text
