"""SIGKILL at any point of an import leaves the office database before or after it, never in
between, and importing the bundle again then succeeds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from gestor_app.core.maps.legend import default_legend
from gestor_app.core.services.map_features import create_feature
from gestor_app.core.sync import importer
from tests.core.sync.project import features

CAT = default_legend().categories[0].key
N = 1500


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_import_leaves_before_or_after(project, tmp_path: Path):
    with project.laptop(0).transaction() as s:
        for i in range(N):
            create_feature(s, territory_id=project.territory, category=CAT, title=f"punto {i}",
                           geometry={"type": "Point", "coordinates": [-70.55 + i * 1e-5, -33.47]})
    bundle = project.send(0)
    before = len(features(project.office))
    project.close()
    outcomes = []
    for wait_lines in (1, 2, 3):  # killed after 1, 2 or 3 progress reports (400 records each)
        copy = project.copy(tmp_path / f"k{wait_lines}")
        child = subprocess.Popen([sys.executable, "-m", "tests.core.sync.kill_child", str(copy.root / "oficina"),
                                  str(bundle)], stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[3])
        seen = []
        for line in child.stdout:
            seen.append(line.strip())
            if len(seen) > wait_lines:
                break
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        count = len(features(copy.office))
        assert count in (before, before + N), (seen, count)
        again = importer.import_bundle(copy.office, bundle)
        assert again["status"] == ("importado" if count == before else "ya importado"), again
        assert len(features(copy.office)) == before + N
        outcomes.append(count == before)
        copy.close()
    assert any(outcomes), "the child was never killed before its commit: the test proved nothing"
