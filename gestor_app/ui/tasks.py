"""One path for background work (after Anki's operations and Picard's run_task).

``TaskRunner.run(fn, ...)`` calls ``fn(progress)`` on a single worker thread (one DB writer at a
time), reports progress and delivers the result or the error on the main thread. Workers never
touch widgets. Tests use ``SyncTaskRunner``, which runs the same calls inline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from gestor_app.core.progress import Progress

Work = Callable[[Progress], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Work, signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self.fn, self.signals, self.progress = fn, signals, progress

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # delivered to the caller, never lost in a thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Task(QObject):
    """A running piece of work: connect to its signals or pass callbacks to ``run``."""

    def __init__(self, progress: Progress, signals: _Signals) -> None:
        super().__init__()
        self.progress, self.signals = progress, signals

    def cancel(self) -> None:
        self.progress.cancel()


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._live: set[Task] = set()

    def run(self, fn: Work, *, on_done: Done | None = None, on_error: Failed | None = None,
            on_progress: Callable[[int, int, str], None] | None = None) -> Task:
        signals = _Signals()
        progress = Progress(lambda d, t, s: signals.progress.emit(d, t, s))
        task = Task(progress, signals)
        self._live.add(task)
        if on_progress:
            signals.progress.connect(on_progress)
        signals.done.connect(lambda r: (self._live.discard(task), on_done and on_done(r)))
        signals.failed.connect(lambda e: (self._live.discard(task), on_error and on_error(e)))
        self.start(_Job(fn, signals, progress))
        return task

    def start(self, job: _Job) -> None:
        self.pool.start(job)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)


class SyncTaskRunner(TaskRunner):
    """Runs jobs inline on the calling thread: deterministic tests."""

    def start(self, job: _Job) -> None:
        job.run()


def run_with_dialog(runner: TaskRunner, parent: QWidget, title: str, fn: Work, *, on_done: Done | None = None,
                    on_error: Failed | None = None) -> Task:
    """Run ``fn`` with a modal progress bar whose Cancel button stops it."""
    dialog = QProgressDialog(title, QCoreApplication.translate("TaskRunner", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)

    @Slot(int, int, str)
    def show(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if text:
            dialog.setLabelText(text)

    def finish(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
        def inner(value: Any) -> None:
            dialog.reset()
            dialog.deleteLater()
            if callback:
                callback(value)
        return inner

    task = runner.run(fn, on_done=finish(on_done), on_error=finish(on_error), on_progress=show)
    dialog.canceled.connect(task.cancel)
    return task
