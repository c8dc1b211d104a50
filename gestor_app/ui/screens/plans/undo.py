"""Undo/redo of Gantt edits: moving or resizing an activity's bar. Each command writes through the
service in its own transaction; the first write runs in ``apply_first()`` before the push so a
refused change shows its message and never reaches the stack (as in the map's undo)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from gestor_app.core.errors import GestorError
from gestor_app.core.services.plans import update_activity


class MoveActivityDates(QUndoCommand):
    def __init__(self, screen: Any, activity_id: str, old: tuple[date | None, date | None],
                 new: tuple[date | None, date | None]) -> None:
        super().__init__(QCoreApplication.translate("PlanUndo", "Change activity dates"))
        self.screen, self.activity_id, self.old, self.new = screen, activity_id, old, new
        self._applied = False

    def apply_first(self) -> None:
        self._write(self.new)
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._replay(self.new)

    def undo(self) -> None:
        self._replay(self.old)

    def _replay(self, dates: tuple[date | None, date | None]) -> None:
        """Qt would swallow an exception raised here: a refused replay (the activity went to the bin
        meanwhile) is shown to the person instead."""
        try:
            self._write(dates)
        except GestorError as exc:
            self.screen.show_error(str(exc))

    def _write(self, dates: tuple[date | None, date | None]) -> None:
        with self.screen.ctx.store.transaction() as s:
            update_activity(s, self.activity_id, start_date=dates[0], end_date=dates[1])
        self.screen.plan_changed()
