from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from gestor_app.core.errors import GestorError
from gestor_app.ui.widgets.welcome import (
    ROLE_FIELD,
    ROLE_LATER,
    ROLE_OFFICE,
    WelcomeDialog,
    needs_welcome,
    show_welcome_if_first_run,
    welcome_choice,
)


@pytest.fixture
def dialog(qtbot, qapp, store):
    d = WelcomeDialog(store)
    qtbot.addWidget(d)
    d.opened = []
    d.open_folder = d.opened.append
    d.show()
    return d


@pytest.fixture
def fake_sync(monkeypatch):
    """Stand-ins for the sync package's two entry points (built on another branch), recording calls."""
    calls: list[tuple] = []
    ident = types.ModuleType("gestor_app.core.sync.identity")

    def join(store, path):
        if path.name == "bad.gtenroll":
            raise GestorError("El archivo de inscripción está dañado.")
        calls.append(("join", store, path))

    ident.join = join
    ident.office_init = lambda store, *, name: calls.append(("office", store, name))
    sync = types.ModuleType("gestor_app.core.sync")
    for name, mod in [("gestor_app.core.sync", sync), ("gestor_app.core.sync.identity", ident)]:
        monkeypatch.setitem(sys.modules, name, mod)
    return calls


def test_shown_on_an_empty_store_not_on_the_demo(store, qapp):
    assert needs_welcome(store)
    from gestor_app.core.demo import fill_demo

    fill_demo(store)
    assert not needs_welcome(store)
    assert show_welcome_if_first_run(store) is False  # returns at once: no dialog is executed


def test_data_folder_shown_and_opened(dialog, store):
    assert str(store.config.data_dir) in dialog.folder_label.text()
    assert "Sus datos se guardan en" in dialog.folder_label.text()  # Spanish catalogue loaded
    dialog.folder_button.click()
    assert dialog.opened == [store.config.data_dir]


def test_field_laptop_joins_and_records_choice(dialog, store, fake_sync, tmp_path):
    dialog.choose_file = lambda: str(tmp_path / "inscripcion.gtenroll")
    dialog.field_button.click()
    assert fake_sync == [("join", store, tmp_path / "inscripcion.gtenroll")]
    assert welcome_choice(store) == ROLE_FIELD
    assert not needs_welcome(store)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_office_creates_central_store(dialog, store, fake_sync):
    dialog.ask_office_name = lambda: "Oficina Peñalolén"
    dialog.office_button.click()
    assert fake_sync == [("office", store, "Oficina Peñalolén")]
    assert welcome_choice(store) == ROLE_OFFICE


def test_failure_is_shown_and_nothing_recorded(dialog, store, fake_sync, tmp_path):
    dialog.choose_file = lambda: str(tmp_path / "bad.gtenroll")
    dialog.field_button.click()
    assert dialog.status.text() == "El archivo de inscripción está dañado."
    assert welcome_choice(store) is None and dialog.isVisible()


def test_cancelled_file_choice_does_nothing(dialog, store, fake_sync):
    dialog.choose_file = lambda: None
    dialog.field_button.click()
    assert fake_sync == [] and welcome_choice(store) is None and dialog.status.text() == ""


def test_sync_package_missing_gives_a_clear_message(dialog, store, monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "gestor_app.core.sync.identity", None)  # import raises ImportError
    dialog.choose_file = lambda: str(tmp_path / "x.gtenroll")
    dialog.field_button.click()
    assert "aún no está disponible" in dialog.status.text()
    dialog.ask_office_name = lambda: "Oficina"
    dialog.office_button.click()
    assert "almacén central" in dialog.status.text()
    assert welcome_choice(store) is None


def test_later_records_choice_so_it_is_not_shown_again(dialog, store):
    dialog.later_button.click()
    assert welcome_choice(store) == ROLE_LATER
    assert not needs_welcome(store)
    assert Path(store.config.data_dir).is_dir()


def test_first_run_shows_the_dialog_once(store, qapp, monkeypatch):
    shown = []

    def fake_exec(self):
        shown.append(self)
        self.later_button.click()
        return 0

    monkeypatch.setattr(WelcomeDialog, "exec", fake_exec)
    assert show_welcome_if_first_run(store) is True
    assert len(shown) == 1
    assert show_welcome_if_first_run(store) is False and len(shown) == 1  # choice remembered
