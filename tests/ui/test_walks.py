from __future__ import annotations

import hashlib
import shutil
from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from gestor_app.core.field.report import walk_report
from gestor_app.core.field.templates import CHECKLISTS_DIR
from gestor_app.core.models import Photo
from gestor_app.core.services.photos import blob_path
from gestor_app.core.services.walks import answers, get_walk
from gestor_app.ui.screens import SCREENS
from tests.support.photos import jpeg_with_gps

KEYS = {"scale": "2", "yes_no": "S"}


def _answer_current(qtbot, entry, n):
    item = entry.item
    if item.type in KEYS:
        value = "3" if item.key == "A1" else "0" if item.key == "G2" else KEYS[item.type]
        qtbot.keyClick(entry, value)
        if item.key == "B3":
            qtbot.keyClick(entry, "N")  # second thoughts: not observed
        if item.key == "G2":
            qtbot.keyClick(entry, "A")  # priority Alta
            qtbot.keyClicks(entry.comment, "Microbasural en la esquina")
            qtbot.keyClicks(entry.referral.lineEdit(), "Aseo y Ornato")
            qtbot.keyClick(entry.comment, Qt.Key.Key_Return)
            return
        qtbot.keyClick(entry, Qt.Key.Key_PageDown if n % 2 else Qt.Key.Key_Return)
    else:
        qtbot.keyClicks(entry.value_edit, "4" if item.type == "number" else "Poda y mas luz en el pasaje")
        qtbot.keyClick(entry.value_edit, Qt.Key.Key_Return)


def test_walks_come_right_after_information(window):
    keys = [s.key for s in SCREENS]
    assert keys.index("marchas") == keys.index("informacion") + 1
    assert window.nav.item(keys.index("marchas")).text() == "Marchas exploratorias"


def test_a_whole_walk_by_keyboard_with_a_photo(window, qtbot, tmp_path):
    screen = window.show_screen("marchas")
    assert screen.walk_list.count() == 2  # the demo's day and night walks
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    walk_id = screen.walk_id
    assert screen.stack.currentIndex() == 1 and screen.walk_list.count() == 3
    qtbot.keyClicks(screen.header.weather, "Nublado, 12 grados")
    screen.header.counts[("genero", "mujer")].setValue(6)
    screen.tabs.setCurrentIndex(1)
    entry = screen.entry
    total = len(entry.rows)
    assert entry.progress_label.text() == f"1 de {total} ítems"
    qtbot.keyClick(entry, "1")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert entry.progress_label.text() == f"2 de {total} ítems"
    qtbot.keyClick(entry, Qt.Key.Key_PageUp)
    assert entry.index == 0 and entry.value_buttons["1"].isChecked()
    for n in range(total):
        assert entry.index == n
        if entry.item.key == "G5":
            photo = tmp_path / "vehiculo.jpg"
            photo.write_bytes(jpeg_with_gps(-70.55245, -33.47195))
            entry.add_photo_files([photo])
            assert entry.photos.count() == 1 and entry.use_gps_button.isVisibleTo(entry)
            qtbot.mouseClick(entry.use_gps_button, Qt.MouseButton.LeftButton)
            assert entry.point_label.text() == "-33.47195, -70.55245"
        _answer_current(qtbot, entry, n)
    assert entry.index == total - 1 and entry.progress.value() == total
    assert screen.tabs.currentWidget() is screen.scores  # Enter on the last item shows the scores
    assert screen.scores.overall.text().startswith("Puntaje general: 1,97 (respondidos 42 de 42")
    assert screen.scores.referrals.topLevelItem(0).text(0) == "Aseo y Ornato (1)"

    with window.ctx.store.transaction() as s:
        w = get_walk(s, walk_id)
        assert w.walk_date == date.today() and w.template_id == "caminata-segura" and w.template_version == 1
        assert w.weather == "Nublado, 12 grados" and w.participants == {"genero": {"mujer": 6}}
        given = answers(s, walk_id=walk_id)
        assert (given["A1"].value, given["B3"].value, given["A2"].value, given["B2"].value) == ("3", "NO", "si", "4")
        assert given["K1"].value == "Poda y mas luz en el pasaje"
        g2 = given["G2"]
        assert (g2.value, g2.priority, g2.comment, g2.referral) == ("0", "Alta", "Microbasural en la esquina",
                                                                     "Aseo y Ornato")
        assert (given["G5"].point_lon, given["G5"].point_lat) == (-70.55245, -33.47195)
        report = walk_report(s, walk_id=walk_id)
        scale = [i for i in report.items if i.type == "scale" and i.value != "NO"]
        expected = sum(int(i.value) for i in scale) / len(scale)
        assert report.overall == expected == (29 * 2 + 3 + 0) / 31  # 32 scale items, B3 not observed
        sha = hashlib.sha256(photo.read_bytes()).hexdigest()
        stored = s.scalars(select(Photo).where(Photo.sha256 == sha)).one()
        assert stored.owner_entity == "walk_answers" and stored.owner_id == given["G5"].id
        assert stored.gps_lat is not None and (stored.width, stored.height) == (64, 48)
    assert blob_path(window.ctx.store.config.photos_dir, sha).read_bytes() == photo.read_bytes()
    assert list((window.ctx.store.config.cache_dir / "thumbnails").glob(f"{sha}-*.jpg"))


def test_a_broken_template_is_reported_and_the_others_still_work(window, qtbot, tmp_path):
    folder = tmp_path / "checklists"
    folder.mkdir()
    shutil.copy(CHECKLISTS_DIR / "caminata_segura.json", folder)
    (folder / "dañada.json").write_text("{ no es json", encoding="utf-8")
    screen = window.show_screen("marchas")
    screen.templates_dir = folder
    screen.refresh()
    assert screen.errors.isVisibleTo(screen)
    assert "dañada.json" in screen.errors.text() and "JSON mal formado" in screen.errors.text()
    assert screen.template_combo.count() == 1 and screen.new_button.isEnabled()
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    screen.tabs.setCurrentIndex(1)
    qtbot.keyClick(screen.entry, "3")
    with window.ctx.store.transaction() as s:
        assert answers(s, walk_id=screen.walk_id)["A1"].value == "3"


def test_compare_the_demo_walks(window, qtbot):
    screen = window.show_screen("marchas")
    screen.walk_list.selectAll()
    assert screen.compare_button.isEnabled()
    qtbot.mouseClick(screen.compare_button, Qt.MouseButton.LeftButton)
    view = screen.compare
    assert screen.stack.currentIndex() == 2
    assert view.before.currentText() == "Marcha diurna Villa Los Quillayes"
    assert not view.warning.isVisibleTo(view)
    assert view.summary.text().startswith("General: 1,55 → 0,97")
    row = next(r for r in range(view.table.rowCount()) if view.table.item(r, 0).text() == "A1")
    assert [view.table.item(row, c).text() for c in (2, 3, 4)] == ["2", "0", "-2"]


def test_number_items_take_n_for_not_observed_and_ignore_non_numbers(window, qtbot):
    from gestor_app.core.demo import demo_id
    from gestor_app.core.services.map_features import create_feature

    with window.ctx.store.transaction() as s:
        lamp = create_feature(s, territory_id=demo_id("territory:Villa Los Quillayes"), category="luminaria_apagada",
                              geometry={"type": "Point", "coordinates": [-70.5530, -33.4715]},
                              title="Luminaria frente al 1450").id
    screen = window.show_screen("marchas")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    screen.tabs.setCurrentIndex(1)
    entry = screen.entry
    entry.show_item(next(n for n, (_s, i) in enumerate(entry.rows) if i.key == "B2"))
    qtbot.keyClicks(entry.value_edit, "tres")
    entry.ctx.autosaver.flush()
    assert "no es un número" in entry.value_edit.toolTip()
    entry.value_edit.clear()
    qtbot.keyClicks(entry.value_edit, "N")
    assert entry.value_buttons["NO"].isChecked() and entry.value_edit.text() == ""
    entry.feature_combo.setCurrentIndex(entry.feature_combo.findData(lamp))
    entry.feature_combo.activated.emit(entry.feature_combo.currentIndex())
    with window.ctx.store.transaction() as s:
        b2 = answers(s, walk_id=screen.walk_id)["B2"]
        assert (b2.value, b2.point_feature_id, b2.point_lon, b2.point_lat) == ("NO", lamp, -70.5530, -33.4715)
