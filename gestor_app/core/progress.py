"""Progress reporting and cancellation for long work, without Qt.

Long operations take ``progress: Progress`` and call ``progress.update(done, total, text)``
between steps; ``update`` raises ``Cancelled`` once the person has asked to stop, so the caller's
transaction rolls back and nothing half-done is committed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from gestor_app.core.errors import Cancelled

Listener = Callable[[int, int, str], None]


class Progress:
    def __init__(self, listener: Listener | None = None) -> None:
        self._listener = listener
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def update(self, done: int, total: int, text: str = "") -> None:
        self.check()
        if self._listener is not None:
            self._listener(done, total, text)
