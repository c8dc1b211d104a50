"""The newest of a series of background reads, for views whose filters change faster than the
reads finish (the comuna map). ``start`` runs the work through the app's ``TaskRunner`` and
cancels the run before it; a superseded run's result or error is dropped, so a stale result never
overwrites a newer one. ``bar`` is a progress bar with a Cancel button, shown while a run lasts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from gestor_app.ui.tasks import Task, TaskRunner, Work


class LatestTask(QObject):
    failed = Signal(object)  # the exception of the newest run (``Cancelled`` when the person stopped it)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.generation = 0  # of the newest run; results of older ones are dropped
        self._finished = 0  # generation of the newest run that finished
        self._task: Task | None = None
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(QCoreApplication.translate("TaskRunner", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.bar = QWidget()
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.bar.hide()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self, work: Work, on_done: Callable[[Any], None]) -> None:
        self.cancel()
        self.generation += 1
        gen = self.generation
        self.progress.setRange(0, 0)
        self.bar.show()
        task = self.runner.run(work, on_done=lambda r: self._finish(gen, on_done, r),
                               on_error=lambda e: self._finish(gen, self.failed.emit, e),
                               on_progress=lambda d, t, _s: self._progress(gen, d, t))
        if self._finished != gen:  # still running (SyncTaskRunner finishes inline)
            self._task = task

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _progress(self, gen: int, done: int, total: int) -> None:
        if gen == self.generation:
            self.progress.setRange(0, max(total, 0))
            self.progress.setValue(min(done, total))

    def _finish(self, gen: int, callback: Callable[[Any], None], value: Any) -> None:
        if gen != self.generation:
            return
        self._finished, self._task = gen, None
        self.bar.hide()
        callback(value)
