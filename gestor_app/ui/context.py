"""What every screen shares: the store, the background runner, autosave and app-wide signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gestor_app.core.services.territories import current_territory
from gestor_app.core.store import Store
from gestor_app.ui.autosave import AutoSaver
from gestor_app.ui.tasks import TaskRunner


class UiContext(QObject):
    territory_changed = Signal(object)  # id of the new current territory, or None
    records_changed = Signal()  # something was created, sent to the bin or restored

    def __init__(self, store: Store, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.autosaver = AutoSaver(store, parent=self)

    def current_territory_id(self) -> str | None:
        with self.store.transaction() as s:
            t = current_territory(s)
            return t.id if t else None
