"""The Synchronisation screen over real replicas: a laptop writes a bundle through the screen, the
office previews it (nothing changes), applies it, rejects a damaged file in Spanish, answers, and
resolves a same-field conflict; enrolling and joining go through the screen too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gestor_app.core.maps.legend import default_legend
from gestor_app.core.models import MapFeature
from gestor_app.core.services.map_features import create_feature, update_feature
from gestor_app.core.sync.conflicts import open_conflicts
from gestor_app.core.sync.status import delivery_status
from gestor_app.ui.app import build_main_window
from gestor_app.ui.context import UiContext
from gestor_app.ui.screens.sync import SyncScreen
from gestor_app.ui.tasks import SyncTaskRunner
from gestor_app.ui.widgets.bundle_open import open_bundle_file
from tests.core.sync.project import Project, build_project, features, fingerprint

CAT = default_legend().categories[0].key
POINT = {"type": "Point", "coordinates": [-70.55, -33.47]}


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Project:
    return build_project(tmp_path_factory.mktemp("proyecto-ui") / "p", 2)


@pytest.fixture
def project(template: Project, tmp_path: Path) -> Project:
    p = template.copy(tmp_path / "p")
    yield p
    p.close()


@pytest.fixture
def open_screen(qtbot, qapp):
    def make(store) -> SyncScreen:
        screen = SyncScreen(UiContext(store, SyncTaskRunner()))
        qtbot.addWidget(screen)
        screen.resize(1200, 800)
        screen.show()
        screen.refresh()
        return screen
    return make


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def rows(dialog) -> list[dict[str, str]]:
    cols = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    return [{cols[c]: dialog.table.item(r, c).text() for c in range(len(cols))} for r in range(dialog.table.rowCount())]


def test_laptop_bundle_then_office_preview_apply_and_a_damaged_file(project, open_screen, qtbot, tmp_path):
    laptop, office = project.laptop(0), project.office
    with laptop.transaction() as s:
        fid = create_feature(s, territory_id=project.territory, category=CAT, title="Microbasural",
                             geometry=POINT).id
    lap = open_screen(laptop)
    assert lap.role == "laptop" and lap.tabs.isTabVisible(0) and not lap.tabs.isTabVisible(1)
    assert lap.laptop.office.text() == "Oficina: Municipalidad de Peñalolén"
    assert lap.laptop.pending.text() == "1 cambio en 1 registro"
    usb = tmp_path / "usb"
    usb.mkdir()
    lap.ask_folder = lambda title: usb
    click(qtbot, lap.laptop.export_button)
    (bundle,) = usb.iterdir()
    assert lap.last_export == bundle and str(bundle) in lap.message.text()
    assert "Paquete n.º 2 escrito" in lap.message.text()
    assert lap.laptop.sent.text() == "N.º 2"
    assert lap.laptop.pending.text() == "1 cambio en 1 registro"  # sent, not yet confirmed

    off = open_screen(office)
    assert off.role == "office" and off.tabs.isTabVisible(1) and not off.tabs.isTabVisible(0)
    before = fingerprint(office)
    off.ask_bundles = lambda several: [bundle]
    click(qtbot, off.office.import_button)
    dialog = off.import_dialog
    assert dialog is not None and dialog.isVisible() and dialog.title.text() == "Vista previa de la importación"
    (row,) = rows(dialog)
    assert row["Resultado"] == "Listo para aplicar" and row["Nuevos"] == "1" and row["Conflictos"] == "0"
    assert row["Enviado por"] == laptop.device_name and row["N.º"] == "2"
    assert "Todavía no ha cambiado nada" in dialog.intro.text()
    assert fingerprint(office) == before and fid not in features(office)  # a preview changes nothing
    click(qtbot, dialog.apply_button)
    assert dialog.title.text() == "Informe de la importación"
    (row,) = rows(dialog)
    assert row["Resultado"] == "Importado" and row["Nuevos"] == "1"
    assert dialog.intro.text().startswith("Se importaron 1 de 1 archivos")
    assert not dialog.apply_button.isVisible()
    assert features(office)[fid][0] == "Microbasural"
    table = off.office.table
    assert table.item(0, 0).text() == "Notebook 0" and table.item(0, 3).text() == "2"
    assert table.item(0, 1).text() == "Activo" and table.item(0, 4).text() == "—"

    # a damaged copy of a new bundle: the Spanish reason, nothing applied, nothing to apply
    with laptop.transaction() as s:
        update_feature(s, fid, title="Microbasural grande")
    lap.export_to_office(usb)
    data = bytearray(lap.last_export.read_bytes())
    data[-10] ^= 0xFF
    bad = tmp_path / "dañado.gtbundle"
    bad.write_bytes(bytes(data))
    before = fingerprint(office)
    off.preview_bundles([bad])
    dialog = off.import_dialog
    (row,) = rows(dialog)
    assert row["Resultado"] == "Rechazado" and row["Nuevos"] == "—"
    assert "alterado" in dialog.details.text() and "dañado.gtbundle" in dialog.details.text()
    assert not dialog.apply_button.isEnabled()
    assert fingerprint(office) == before

    # the answer closes the loop: the laptop's changes become delivered
    off.office.select(project.peers[0])
    off.answer_selected(usb)
    answer = off.last_export
    assert answer.name.startswith("oficina-para-") and str(answer) in off.message.text()
    lap.preview_bundle(answer)
    click(qtbot, lap.import_dialog.apply_button)
    assert rows(lap.import_dialog)[0]["Resultado"] == "Importado"
    with laptop.transaction() as s:
        status = delivery_status(s)
    assert (status.pending, status.delivered) == (1, 1)  # the edit (only in the damaged copy) is still pending
    assert lap.laptop.pending.text() == "1 cambio en 1 registro"
    assert lap.laptop.delivered.text() == "1 cambio"


def test_several_files_one_row_each_and_a_repeat_is_already_imported(project, open_screen, qtbot):
    paths = []
    for i in (0, 1):
        with project.laptop(i).transaction() as s:
            create_feature(s, territory_id=project.territory, category=CAT, title=f"punto {i}", geometry=POINT)
        paths.append(project.send(i))
    off = open_screen(project.office)
    off.import_files(paths + [paths[0]])
    dialog = off.import_dialog
    assert [r["Resultado"] for r in rows(dialog)] == ["Listo para aplicar"] * 3
    click(qtbot, dialog.apply_button)
    assert [r["Resultado"] for r in rows(dialog)] == ["Importado", "Importado", "Ya importado"]
    assert "Se importaron 2 de 3 archivos" in dialog.intro.text()
    assert sorted(t for t, *_ in features(project.office).values()) == ["punto 0", "punto 1"]


def test_cancel_during_the_second_file_keeps_the_first_and_applies_nothing_of_the_second(
        project, open_screen, qtbot, monkeypatch):
    ids = []
    for i in (0, 1):
        with project.laptop(i).transaction() as s:
            ids.append(create_feature(s, territory_id=project.territory, category=CAT, title=f"p{i}",
                                      geometry=POINT).id)
    bundles = [project.send(0), project.send(1)]
    off = open_screen(project.office)
    off.preview_bundles(bundles)
    dialog = off.import_dialog
    from gestor_app.core.progress import Progress

    update = Progress.update

    def press_cancel(self, done, total, text=""):  # the person presses Cancel while file 2 is applied
        if "Archivo 2 de 2" in text and "Aplicando" in text:
            self.cancel()
        return update(self, done, total, text)

    monkeypatch.setattr(Progress, "update", press_cancel)
    click(qtbot, dialog.apply_button)
    assert [r["Resultado"] for r in rows(dialog)] == ["Importado", "Cancelado"]
    assert "no se aplicó nada" in dialog.details.text()
    assert "Se importaron 1 de 2 archivos" in dialog.intro.text()
    assert ids[0] in features(project.office) and ids[1] not in features(project.office)


def _conflict(project) -> str:
    with project.laptop(0).transaction() as s:
        fid = create_feature(s, territory_id=project.territory, category=CAT, title="Sitio eriazo",
                             geometry=POINT).id
    project.to_office(0)
    for i in (0, 1):
        project.to_laptop(i)
    with project.laptop(0).transaction() as s:
        update_feature(s, fid, title="Microbasural")
    with project.laptop(1).transaction() as s:
        update_feature(s, fid, title="Sitio eriazo iluminado")
    project.to_office(0)
    assert project.to_office(1)["counts"]["conflicts"] == 1
    return fid


def test_office_resolves_a_conflict_choosing_one_side(project, open_screen, qtbot):
    fid = _conflict(project)
    off = open_screen(project.office)
    assert off.tabs.tabText(2) == "Conflictos (1)"
    panel = off.conflicts
    assert panel.list.count() == 1 and "Título" in panel.list.item(0).text()
    titles = sorted(b.title() for b in panel.side_boxes)
    assert [t.split(" · ")[0] for t in titles] == ["Notebook 0", "Notebook 1"]
    assert all(t.split(" · ")[1][2] == "-" for t in titles)  # dd-mm-yyyy hh:mm
    side = next(i for i, b in enumerate(panel.side_boxes) if b.title().startswith("Notebook 1"))
    click(qtbot, panel.use_buttons[side])
    with project.office.transaction() as s:
        assert open_conflicts(s) == []
        assert s.get(MapFeature, fid).title == "Sitio eriazo iluminado"
    assert panel.list.count() == 0 and panel.empty.isVisibleTo(panel)
    assert off.tabs.tabText(2) == "Conflictos"
    assert "Resolución guardada" in off.message.text()
    # the resolution is a new version that travels back to the laptops
    project.to_laptop(0)
    assert features(project.laptop(0))[fid][0] == "Sitio eriazo iluminado"


def test_laptop_resolves_a_conflict_with_another_value(project, open_screen, qtbot):
    fid = _conflict(project)
    project.to_laptop(0)
    lap = open_screen(project.laptop(0))
    panel = lap.conflicts
    assert panel.list.count() == 1
    who = sorted(b.title().split(" · ")[0] for b in panel.side_boxes)
    assert who[0].startswith("Este equipo (") and who[1].startswith("Otro equipo (")
    click(qtbot, panel.save_button)  # nothing typed: asks for a value, changes nothing
    assert "Escriba primero el valor" in panel.message.text()
    qtbot.keyClicks(panel.other, "Microbasural iluminado")
    click(qtbot, panel.save_button)
    with project.laptop(0).transaction() as s:
        assert open_conflicts(s) == []
        assert s.get(MapFeature, fid).title == "Microbasural iluminado"
    assert project.to_office(0)["status"] == "importado"
    assert features(project.office)[fid][0] == "Microbasural iluminado"
    with project.office.transaction() as s:
        assert open_conflicts(s) == []


def test_edit_against_delete_shows_bin_or_kept_and_can_send_to_the_bin(project, open_screen, qtbot):
    from gestor_app.core.services.map_features import delete_feature

    fid = _conflict(project)
    with project.office.transaction() as s:
        from gestor_app.core.sync.conflicts import resolve_conflict

        resolve_conflict(s, open_conflicts(s)[0].id, value="Sitio eriazo")
    for i in (0, 1):
        project.to_laptop(i)
    with project.laptop(0).transaction() as s:
        delete_feature(s, fid)
    with project.laptop(1).transaction() as s:
        update_feature(s, fid, description="sigue ahí")
    project.to_office(0)
    project.to_office(1)
    off = open_screen(project.office)
    panel = off.conflicts
    assert panel.list.count() == 1 and "Borrado o vigente" in panel.list.item(0).text()
    texts = sorted(b.findChild(type(panel.other)).toPlainText() for b in panel.side_boxes)
    assert texts == ["Enviado a la papelera", "Se mantiene (no borrado)"]
    assert not panel.other.isEnabled() and not panel.save_button.isEnabled()
    assert features(project.office)[fid][3] is False  # provisionally kept
    side = next(i for i, b in enumerate(panel.side_boxes)
                if b.findChild(type(panel.other)).toPlainText() == "Enviado a la papelera")
    click(qtbot, panel.use_buttons[side])
    assert features(project.office)[fid][3] is True
    with project.office.transaction() as s:
        assert open_conflicts(s) == []


def test_enroll_through_the_office_screen_then_join_through_a_new_computer(project, open_screen, qtbot, tmp_path,
                                                                           store):
    off = open_screen(project.office)
    enrollment = tmp_path / "inscripcion-nuevo.gtenroll"
    off.ask_enrollment = lambda: ("Notebook nuevo", [project.territory], enrollment)
    click(qtbot, off.office.enroll_button)
    assert enrollment.is_file() and "Notebook nuevo inscrito" in off.message.text()
    names = [off.office.table.item(r, 0).text() for r in range(off.office.table.rowCount())]
    assert "Notebook nuevo" in names
    row = names.index("Notebook nuevo")
    assert off.office.table.item(row, 1).text() == "Inscrito (aún sin paquetes)"
    assert off.office.table.item(row, 2).text() == "Lo Hermida"

    new = open_screen(store)
    assert new.role is None and new.stack.currentWidget() is new.no_project
    new.ask_enrollment_file = lambda: enrollment
    click(qtbot, new.no_project.join_button)
    assert new.role == "laptop" and new.stack.currentWidget() is new.tabs
    assert new.laptop.territories.text() == "Lo Hermida"
    assert "se unió a la oficina Municipalidad de Peñalolén" in new.message.text()
    # a second join is refused with the reason, and the screen stays a laptop
    assert not new.join_project(enrollment)
    assert "ya pertenece" in new.message.text() and new.role == "laptop"

    # revoking through the screen
    off.office.select(off.office.peer_ids[row])
    off.confirm = lambda title, text: True
    click(qtbot, off.office.revoke_button)
    assert off.office.table.item(row, 1).text() == "Revocado"


def test_create_the_office_through_the_screen(open_screen, qtbot, store):
    screen = open_screen(store)
    screen.ask_office_name = lambda: "Municipalidad de La Florida"
    click(qtbot, screen.no_project.office_button)
    assert screen.role == "office" and screen.office.office.text() == "Municipalidad de La Florida"
    assert screen.office.empty.isVisibleTo(screen)
    assert not screen.office.revoke_button.isEnabled() and not screen.office.answer_button.isEnabled()


def test_double_clicked_bundle_opens_the_preview(project, qtbot, qapp):
    with project.laptop(1).transaction() as s:
        create_feature(s, territory_id=project.territory, category=CAT, title="doble clic", geometry=POINT)
    bundle = project.send(1)
    window = build_main_window(project.office, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    assert open_bundle_file(window, bundle)
    screen = window.screen("sincronizacion")
    assert window.current_key() == "sincronizacion"
    (row,) = rows(screen.import_dialog)
    assert row["Resultado"] == "Listo para aplicar" and row["Nuevos"] == "1"
    assert "doble clic" not in [t for t, *_ in features(project.office).values()]


def test_first_run_welcome_joins_and_creates_the_office_for_real(project, qtbot, qapp, tmp_path, store):
    from gestor_app.core.config import load_config
    from gestor_app.core.store import open_store
    from gestor_app.core.sync.identity import enroll, identity
    from gestor_app.ui.widgets.welcome import WelcomeDialog

    path = tmp_path / "inscripcion.gtenroll"
    enroll(project.office, device_name="Notebook bienvenida", out=path)
    dialog = WelcomeDialog(store)
    qtbot.addWidget(dialog)
    dialog.choose_file = lambda: str(path)
    dialog.field_button.click()
    assert dialog.status.text() == "" and dialog.result() == dialog.DialogCode.Accepted
    with store.transaction() as s:
        assert identity(s).role == "laptop" and identity(s).office_name == "Municipalidad de Peñalolén"

    other = open_store(load_config(data_dir=tmp_path / "oficina-nueva"))
    try:
        dialog = WelcomeDialog(other)
        qtbot.addWidget(dialog)
        dialog.ask_office_name = lambda: "Municipalidad de Macul"
        dialog.office_button.click()
        with other.transaction() as s:
            assert identity(s).role == "office" and identity(s).office_name == "Municipalidad de Macul"
    finally:
        other.close()


def test_export_runs_on_the_worker_thread_and_the_buttons_wait(project, qtbot, qapp, tmp_path, monkeypatch):
    import threading

    from PySide6.QtCore import QCoreApplication

    from gestor_app.core.sync import exporter
    from gestor_app.ui.tasks import TaskRunner

    laptop = project.laptop(0)
    with laptop.transaction() as s:
        create_feature(s, territory_id=project.territory, category=CAT, title="hilo", geometry=POINT)
    runner = TaskRunner()
    screen = SyncScreen(UiContext(laptop, runner))
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    seen = {}
    real = exporter.export_from_laptop

    def spy(store, out_dir, *, progress=None):
        seen["thread"] = threading.current_thread() is not threading.main_thread()
        seen["buttons"] = screen.stack.isEnabled()
        return real(store, out_dir, progress=progress)

    monkeypatch.setattr(exporter, "export_from_laptop", spy)
    screen.export_to_office(tmp_path)
    assert runner.wait()
    for _ in range(5):
        QCoreApplication.processEvents()
    assert seen == {"thread": True, "buttons": False}
    assert screen.last_export is not None and screen.last_export.parent == tmp_path
    assert screen.stack.isEnabled() and not screen.busy


def test_enroll_dialog_returns_the_name_and_the_ticked_territories(project, qtbot, qapp):
    from gestor_app.ui.screens.sync.panels import EnrollDialog

    with project.office.transaction() as s:
        dialog = EnrollDialog(s)
    qtbot.addWidget(dialog)
    labels = [dialog.territories.item(i).text().strip() for i in range(dialog.territories.count())]
    assert "Lo Hermida · Barrio / sector" in labels
    assert dialog.chosen() == ("", [])  # nothing ticked: the whole comuna
    qtbot.keyClicks(dialog.name, "  Notebook 9 ")
    dialog.territories.item(labels.index("Lo Hermida · Barrio / sector")).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == ("Notebook 9", [project.territory])


def test_laptop_lists_each_changed_record_as_delivered_or_pending(project, open_screen, qtbot):
    laptop = project.laptop(0)
    with laptop.transaction() as s:
        a = create_feature(s, territory_id=project.territory, category=CAT, title="Plaza oscura", geometry=POINT).id
        create_feature(s, territory_id=project.territory, category=CAT, title="Paradero", geometry=POINT)
    lap = open_screen(laptop)
    table = lap.laptop.records_table

    def shown() -> dict[str, str]:
        return {table.item(r, 1).text(): table.item(r, 3).text() for r in range(table.rowCount())}

    assert shown() == {"Plaza oscura": "Pendiente de entrega", "Paradero": "Pendiente de entrega"}
    assert table.item(0, 0).text() == "Elemento del mapa"
    project.to_office(0)
    project.to_laptop(0)
    lap.refresh()
    assert shown() == {"Plaza oscura": "Entregado a la oficina", "Paradero": "Entregado a la oficina"}
    with laptop.transaction() as s:
        update_feature(s, a, title="Plaza sin luz")
    lap.refresh()
    assert shown()["Plaza sin luz"] == "Pendiente de entrega"
    assert table.item(0, 1).text() == "Plaza sin luz" and shown()["Paradero"] == "Entregado a la oficina"


def test_the_with_basemaps_checkbox_sends_the_project_basemaps(project, open_screen, qtbot, tmp_path):
    from gestor_app.core.maps.basemaps import import_basemap
    from gestor_app.core.project_basemaps import choose_basemap
    from gestor_app.core.sync.container import open_header
    from tests.support.basemap import make_synthetic_basemap

    office, laptop, usb = project.office, project.laptop(0), project.usb()
    src = make_synthetic_basemap(tmp_path / "plano.mbtiles", zooms=range(14, 16))
    key = import_basemap(office.config.data_dir, src).key
    choose_basemap(office, key)
    off = open_screen(office)
    off.office.select(project.peers[0])
    check = off.office.basemaps_check
    assert check.text() == "Con mapas base" and not check.isChecked() and check.isVisible()
    off.answer_selected(usb)
    assert "basemaps" not in open_header(off.last_export).header["counts"]
    click(qtbot, check)
    assert check.isChecked()
    off.answer_selected(usb)
    assert open_header(off.last_export).header["counts"]["basemaps"] == 1
    lap = open_screen(laptop)
    lap.preview_bundle(off.last_export)
    click(qtbot, lap.import_dialog.apply_button)
    assert rows(lap.import_dialog)[0]["Resultado"] == "Importado"
    assert f"de la oficina: mapa base {key}" in lap.import_dialog.details.text()
    assert (laptop.config.data_dir / "basemaps" / f"{key}.mbtiles").is_file()


def test_a_conflict_on_the_ambito_reads_as_its_spanish_labels(project, open_screen):
    panel = open_screen(project.office).conflicts
    assert panel.field_label("ambito") == "Ámbito del Plan Comunal"
    assert panel.format_value("ambito", "vif_genero").startswith("Violencia")
    assert panel.format_value("ambito", "") == "Sin ámbito"


def test_the_report_says_when_a_new_legend_shows_on_the_map(qtbot):
    from gestor_app.ui.screens.sync.import_dialog import ImportDialog

    summary = {"file": "/usb/oficina-para-x.gtbundle", "status": "vista previa", "sender": "oficina", "seq": 2,
               "counts": {}, "resources": ["leyenda", "plantilla caminata"]}
    dialog = ImportDialog(None, [summary])
    qtbot.addWidget(dialog)
    assert "de la oficina: leyenda, plantilla caminata" in dialog.details.text()
    assert "próxima vez" not in dialog.details.text()  # a preview installs nothing yet
    dialog.show_report([{**summary, "status": "importado"}])
    assert "La leyenda nueva se verá en el Mapa la próxima vez que se abra la aplicación." in dialog.details.text()
