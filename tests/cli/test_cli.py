from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from gestor_app import __version__
from gestor_app.cli import main
from tests.conftest import FIXTURES


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gestor_app", *args], capture_output=True, text=True, timeout=120)


def test_version_through_python_dash_m():
    out = run("--version")
    assert out.returncode == 0 and __version__ in out.stdout


def test_demo_twice_then_info(tmp_path: Path, capsys):
    data = str(tmp_path / "x")
    assert main(["--data-dir", data, "demo"]) == 0
    assert main(["--data-dir", data, "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "info"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["app_version"] == __version__
    assert info["schema_revision"] and info["device_id"]
    assert info["database_url"].endswith("gestor.sqlite3")
    assert info["counts"]["territories"] == 4


def test_environment_variable_selects_the_data_folder(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("GESTOR_DATA_DIR", str(tmp_path / "env"))
    assert main(["info"]) == 0
    assert json.loads(capsys.readouterr().out)["data_dir"] == str((tmp_path / "env").resolve())


def test_expected_error_is_one_spanish_line_without_traceback(tmp_path: Path):
    (tmp_path / "d").mkdir()
    db = tmp_path / "d" / "gestor.sqlite3"
    shutil.copy(FIXTURES / "schema_0001.sqlite3", db)
    with sqlite3.connect(db) as c:
        c.execute("UPDATE alembic_version SET version_num = 'zz_futuro'")
    out = run("--data-dir", str(tmp_path / "d"), "info")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Actualice la aplicación" in lines[0]


def test_unknown_arguments_to_a_command_are_refused(tmp_path: Path):
    out = run("--data-dir", str(tmp_path), "info", "--bogus")
    assert out.returncode != 0 and "bogus" in out.stderr
