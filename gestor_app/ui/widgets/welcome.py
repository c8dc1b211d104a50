"""First-run welcome: is this a field laptop or the office? And where does the data live?

Shown by ``run_gui`` once, before the main window, when the local setting ``welcome.role`` is absent
and the database has no territory (a demo database skips it). The two actions call the sync
package lazily: ``core.sync.identity.join(store, path)`` and
``core.sync.identity.office_init(store, name=...)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from gestor_app.core.errors import GestorError
from gestor_app.core.models.territory import Territory
from gestor_app.core.services.settings import get_setting, set_setting
from gestor_app.core.store import Store

WELCOME_KEY = "welcome.role"
ROLE_FIELD, ROLE_OFFICE, ROLE_LATER = "field", "office", "later"


def needs_welcome(store: Store) -> bool:
    with store.transaction() as s:
        if get_setting(s, WELCOME_KEY) is not None:
            return False
        return not s.scalar(select(func.count()).select_from(Territory))


def welcome_choice(store: Store) -> str | None:
    with store.transaction() as s:
        return get_setting(s, WELCOME_KEY)


def record_choice(store: Store, role: str) -> None:
    with store.transaction() as s:
        set_setting(s, WELCOME_KEY, role)


class WelcomeDialog(QDialog):
    """The hooks (``choose_file``, ``ask_office_name``, ``open_folder``) are attributes so tests can
    replace the native dialogs."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.choose_file: Callable[[], str | None] = self._choose_file
        self.ask_office_name: Callable[[], str | None] = self._ask_office_name
        self.open_folder: Callable[[Path], object] = lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))
        self.setWindowTitle(self.tr("Welcome to Gestor Territorial"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Welcome to Gestor Territorial"))
        title.setObjectName("heading")
        layout.addWidget(title)
        intro = QLabel(self.tr("This tool works without internet. Tell us how this computer will be used:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.field_button = QPushButton(self.tr("Field laptop: join with an enrollment file…"))
        self.field_button.clicked.connect(self.join_field)
        layout.addWidget(self.field_button)
        field_help = QLabel(self.tr("The office gives you an enrollment file (USB stick or shared folder)."))
        field_help.setObjectName("muted")
        field_help.setWordWrap(True)
        layout.addWidget(field_help)
        self.office_button = QPushButton(self.tr("Office: create the central store…"))
        self.office_button.clicked.connect(self.create_office)
        layout.addWidget(self.office_button)
        office_help = QLabel(self.tr("The office gathers the bundles of every field laptop and enrolls them."))
        office_help.setObjectName("muted")
        office_help.setWordWrap(True)
        layout.addWidget(office_help)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setObjectName("error")
        self.status.setStyleSheet("color: #a12622;")
        layout.addWidget(self.status)
        layout.addWidget(self._folder_row())
        self.later_button = QPushButton(self.tr("Decide later"))
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(self.later_button)

    def _folder_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 8, 0, 0)
        self.folder_label = QLabel(self.tr("Your data is kept in: {folder}").format(folder=self.data_dir))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(self.folder_label.textInteractionFlags().TextSelectableByMouse)
        row.addWidget(self.folder_label, 1)
        self.folder_button = QPushButton(self.tr("Open data folder"))
        self.folder_button.clicked.connect(lambda: self.open_folder(self.data_dir))
        row.addWidget(self.folder_button)
        return box

    @property
    def data_dir(self) -> Path:
        return self.store.config.data_dir

    def join_field(self) -> None:
        path = self.choose_file()
        if not path:
            return
        try:
            from gestor_app.core.sync.identity import join
        except ImportError:
            self.status.setText(self.tr("Joining with an enrollment file is not available in this version "
                                        "yet. You can do it later from Synchronisation."))
            return
        self._run(lambda: join(self.store, Path(path)), ROLE_FIELD)

    def create_office(self) -> None:
        name = self.ask_office_name()
        if not name:
            return
        try:
            from gestor_app.core.sync.identity import office_init
        except ImportError:
            self.status.setText(self.tr("Creating the central store is not available in this version yet. "
                                        "You can do it later from Synchronisation."))
            return
        self._run(lambda: office_init(self.store, name=name), ROLE_OFFICE)

    def _run(self, action: Callable[[], object], role: str) -> None:
        try:
            action()
        except GestorError as exc:
            self.status.setText(str(exc))
            return
        record_choice(self.store, role)
        self.accept()

    def reject(self) -> None:
        if welcome_choice(self.store) is None:
            record_choice(self.store, ROLE_LATER)
        super().reject()

    def _choose_file(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Enrollment file"), str(Path.home()),
                                              self.tr("Enrollment files (*.gtenroll *.gtbundle);;All files (*)"))
        return path or None

    def _ask_office_name(self) -> str | None:
        name, ok = QInputDialog.getText(self, self.tr("Central store"), self.tr("Name of the office:"),
                                        text=self.tr("Municipal security office"))
        return name.strip() if ok and name.strip() else None


def show_welcome_if_first_run(store: Store, parent: QWidget | None = None) -> bool:
    """Run the welcome when this installation is new; True when it was shown."""
    if not needs_welcome(store):
        return False
    WelcomeDialog(store, parent).exec()
    return True
