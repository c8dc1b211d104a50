"""Autosave: edits persist as the person types, without a Save button.

Widgets call ``AutoSaver.schedule(key, fn)``; after ``delay_ms`` of quiet (or on ``flush()``:
focus change, screen change, window close, application quit) every pending ``fn(session)`` runs,
each in its own transaction. A later edit of the same key replaces the pending one, so typing a
sentence writes once. A rejected edit (bad input) changes nothing and is reported through
``failed`` with its Spanish message, for the window to show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox
from sqlalchemy.orm import Session

from gestor_app.core.errors import GestorError
from gestor_app.core.store import Store

log = logging.getLogger(__name__)
SaveFn = Callable[[Session], None]


class AutoSaver(QObject):
    saved = Signal()
    failed = Signal(str)

    def __init__(self, store: Store, *, delay_ms: int = 400, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pending: dict[str, SaveFn] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def schedule(self, key: str, fn: SaveFn) -> None:
        self._pending[key] = fn
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        pending, self._pending = self._pending, {}
        for key, fn in pending.items():
            try:
                with self.store.transaction() as session:
                    fn(session)
            except GestorError as exc:
                self.failed.emit(str(exc))
            except Exception:  # never lose the rest of the queue to one bad edit
                log.exception("autosave %s", key)
                self.failed.emit("No se pudo guardar un cambio; revise el registro de la aplicación.")
        if pending:
            self.saved.emit()

    def bind_line(self, widget: QLineEdit, key: str, save: Callable[[Session, str], None]) -> None:
        widget.textEdited.connect(lambda text: self.schedule(key, lambda s: save(s, text)))
        widget.editingFinished.connect(self.flush)

    def bind_text(self, widget: QPlainTextEdit, key: str, save: Callable[[Session, str], None]) -> None:
        def changed() -> None:
            text = widget.toPlainText()
            self.schedule(key, lambda s: save(s, text))
        widget.textChanged.connect(changed)

    def bind_int(self, widget: QSpinBox, key: str, save: Callable[[Session, int | None], None]) -> None:
        def changed(value: int) -> None:
            self.schedule(key, lambda s: save(s, None if value == widget.minimum() else value))
        widget.valueChanged.connect(changed)
