from __future__ import annotations

from pathlib import Path

from gestor_app.core.config import load_config, mask_url


def test_explicit_data_dir_wins_over_environment(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("GESTOR_DATA_DIR", str(tmp_path / "env"))
    cfg = load_config(data_dir=tmp_path / "arg")
    assert cfg.data_dir == (tmp_path / "arg").resolve()
    assert cfg.log_dir.parent == cfg.data_dir
    assert cfg.database_url == f"sqlite:///{cfg.data_dir / 'gestor.sqlite3'}"


def test_environment_overrides_platform_default(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("GESTOR_DATA_DIR", str(tmp_path / "env"))
    assert load_config().data_dir == (tmp_path / "env").resolve()


def test_platformdirs_default_and_database_url_from_environment(monkeypatch):
    monkeypatch.delenv("GESTOR_DATA_DIR", raising=False)
    monkeypatch.setenv("GESTOR_DATABASE_URL", "postgresql+psycopg://u:secreto@localhost/gestor")
    cfg = load_config()
    assert "GestorTerritorial" in str(cfg.data_dir)
    assert cfg.database_url.startswith("postgresql")
    assert "secreto" not in mask_url(cfg.database_url)
