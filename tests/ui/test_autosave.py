from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from gestor_app.core.config import load_config
from gestor_app.core.models import Territory
from gestor_app.core.store import open_store

CHILD = Path(__file__).with_name("autosave_child.py")


@pytest.mark.slow
def test_sigkill_one_second_after_typing_loses_nothing(tmp_path: Path):
    typed = " Pasaje Los Aromos sin luz desde marzo."
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).parents[2])}
    child = subprocess.Popen([sys.executable, str(CHILD), str(tmp_path), typed], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        assert child.stdout.readline().strip() == "READY"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    store = open_store(load_config(data_dir=tmp_path))
    try:
        with store.transaction() as s:
            barrio = s.query(Territory).filter_by(name="Villa Los Quillayes").one()
            assert barrio.description.endswith(typed)
    finally:
        store.close()


def test_typing_saves_once_after_a_pause_and_flush_saves_immediately(window, qtbot):
    info = window.show_screen("informacion")
    saver = window.ctx.autosaver
    info.name.setFocus()
    qtbot.keyClicks(info.name, " Norte")
    assert saver.pending
    with qtbot.waitSignal(saver.saved, timeout=2000):
        pass
    with window.ctx.store.transaction() as s:
        assert s.get(Territory, info.territory_id).name == "Villa Los Quillayes Norte"
        seq_after_typing = s.get(Territory, info.territory_id).change_seq
    qtbot.keyClicks(info.name, "!")
    window.close()  # closing flushes without waiting for the timer
    with window.ctx.store.transaction() as s:
        t = s.get(Territory, info.territory_id)
        assert t.name == "Villa Los Quillayes Norte!" and t.change_seq == seq_after_typing + 1
