from __future__ import annotations

import threading

import pytest

from gestor_app.core.errors import Cancelled
from gestor_app.core.models import Territory
from gestor_app.core.progress import Progress
from gestor_app.core.services.territories import create_territory
from gestor_app.ui.tasks import SyncTaskRunner, TaskRunner


def _create_many(store, n: int, gate: threading.Event | None = None):
    def work(progress: Progress) -> int:
        with store.transaction() as s:
            for i in range(n):
                if gate is not None and i == 2:
                    gate.wait(5)
                progress.update(i, n, f"creando {i}")
                create_territory(s, name=f"T{i}", level="barrio")
        return n
    return work


def test_background_work_reports_progress_and_delivers_on_the_main_thread(qtbot, qapp, store):
    runner = TaskRunner()
    seen, results, threads = [], [], []
    runner.run(_create_many(store, 5), on_progress=lambda d, t, s: seen.append(d),
               on_done=lambda r: (results.append(r), threads.append(threading.current_thread())))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [5] and seen == [0, 1, 2, 3, 4]
    assert threads == [threading.main_thread()]


def test_cancel_rolls_back_everything(qtbot, qapp, store):
    runner = TaskRunner()
    gate, errors = threading.Event(), []
    task = runner.run(_create_many(store, 5, gate), on_error=errors.append)
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], Cancelled) and "cancelada" in str(errors[0])
    with store.transaction() as s:
        assert s.query(Territory).count() == 0


def test_sync_runner_runs_inline_for_tests(store):
    out = []
    SyncTaskRunner().run(_create_many(store, 3), on_done=out.append)
    assert out == [3]


def test_progress_raises_once_cancelled():
    p = Progress()
    p.update(1, 2)
    p.cancel()
    with pytest.raises(Cancelled):
        p.update(2, 2)
