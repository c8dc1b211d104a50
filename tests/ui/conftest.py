from __future__ import annotations

import pytest

from gestor_app.ui.app import build_main_window
from gestor_app.ui.tasks import SyncTaskRunner


@pytest.fixture
def window(qtbot, qapp, demo_store):
    w = build_main_window(demo_store, runner=SyncTaskRunner())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w
