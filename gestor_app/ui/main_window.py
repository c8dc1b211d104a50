"""Main window: navigation by the method's five steps, the tools, and the current territory."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.models.territory import TERRITORY_LEVELS
from gestor_app.core.services.territories import current_territory, get_territory
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen
from gestor_app.ui.screens import SCREENS, ScreenSpec
from gestor_app.ui.widgets.about import AboutDialog
from gestor_app.ui.widgets.pending import PendingScreen
from gestor_app.ui.widgets.territory_picker import TerritoryPicker


def build_screen(ctx: UiContext, spec: ScreenSpec) -> Screen:
    title = QCoreApplication.translate("Navigation", spec.title)
    if spec.target is None:
        return PendingScreen(ctx, title, spec.pending)
    module, _, cls = spec.target.partition(":")
    return getattr(importlib.import_module(module), cls)(ctx)


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Gestor Territorial"))
        self.resize(1280, 800)
        central = QWidget()
        outer = QHBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(240)
        self.stack = QStackedWidget()
        self.keys = [spec.key for spec in SCREENS]
        self.screens: dict[str, Screen] = {}  # built on first visit: start-up stays fast
        for spec in SCREENS:
            self.stack.addWidget(QWidget())
            item = QListWidgetItem(QCoreApplication.translate("Navigation", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self._topbar())
        right.addWidget(self.stack, 1)
        outer.addWidget(self.nav)
        outer.addLayout(right, 1)
        self.setCentralWidget(central)
        self._menus()
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        ctx.autosaver.saved.connect(lambda: self.saved_label.setText(self.tr("All changes saved")))
        ctx.autosaver.failed.connect(self._show_error)
        ctx.territory_changed.connect(self._territory_changed)
        self._territory_changed(None)
        self.nav.setCurrentRow(0)

    def _topbar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("topbar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 10, 24, 10)
        self.territory_label = QLabel()
        self.territory_label.setObjectName("territory")
        self.pick_button = QPushButton(self.tr("Change territory…"))
        self.pick_button.clicked.connect(self.pick_territory)
        row.addWidget(self.territory_label, 1)
        row.addWidget(self.pick_button)
        return bar

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        pick = QAction(self.tr("Change &territory…"), self)
        pick.setShortcut(QKeySequence("Ctrl+T"))
        pick.triggered.connect(self.pick_territory)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addActions([pick, quit_action])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Gestor Territorial"), self)
        about.triggered.connect(lambda: AboutDialog(self.ctx.store, self).exec())
        help_menu.addAction(about)

    def screen(self, key: str) -> Screen:
        """The screen of a section, built the first time it is needed."""
        if key not in self.screens:
            row = self.keys.index(key)
            screen = build_screen(self.ctx, SCREENS[row])
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, screen)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.screens[key] = screen
        return self.screens[key]

    def _show_row(self, row: int) -> None:
        self.ctx.autosaver.flush()
        screen = self.screen(self.keys[row])
        self.stack.setCurrentWidget(screen)
        screen.refresh()

    def show_screen(self, key: str) -> Screen:
        self.nav.setCurrentRow(self.keys.index(key))
        return self.screen(key)

    def current_key(self) -> str:
        return self.keys[self.stack.currentIndex()]

    def pick_territory(self) -> TerritoryPicker:
        self.ctx.autosaver.flush()
        picker = TerritoryPicker(self.ctx, self)
        picker.open()
        return picker

    def _territory_changed(self, _territory_id: object) -> None:
        with self.ctx.store.transaction() as s:
            t = current_territory(s)
            if t is None:
                text = self.tr("No territory chosen")
            else:
                parent = get_territory(s, t.parent_id).name if t.parent_id and _alive(s, t.parent_id) else ""
                level = TERRITORY_LEVELS.get(t.level, t.level)
                text = f"{t.name} · {level}" + (f" · {parent}" if parent else "")
        self.territory_label.setText(self.tr("Territory: {name}").format(name=text))
        current = self.stack.currentWidget()
        if isinstance(current, Screen):
            current.refresh()

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Change not saved"), message)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.ctx.autosaver.flush()
        super().closeEvent(event)


def _alive(session, territory_id: str) -> bool:
    from gestor_app.core.models.territory import Territory

    t = session.get(Territory, territory_id)
    return t is not None and not t.deleted
