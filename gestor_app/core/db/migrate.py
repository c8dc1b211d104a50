"""Bring a database to the app's schema: create fresh at head, back up then upgrade an older
one, refuse one written by a newer app (left untouched).

Developers: ``python -m gestor_app.core.db.migrate revision -m "what" --url sqlite:///x.db``
autogenerates a new revision against a database at head.
"""

from __future__ import annotations

import argparse
import logging
import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from gestor_app.core.db.types import utcnow
from gestor_app.core.errors import SchemaTooNewError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


_REV = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.M)
_DOWN = re.compile(r'^down_revision\s*=\s*(.+)$', re.M)


@cache
def revision_graph() -> dict[str, tuple[str, ...]]:
    """``revision → down revisions``, read from the migration files without importing Alembic
    (opening the app on a current database must not pay for it; equal to Alembic's view, tested)."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        src = path.read_text(encoding="utf-8")
        rev, down = _REV.search(src), _DOWN.search(src)
        if rev:
            graph[rev.group(1)] = tuple(re.findall(r'["\']([^"\']+)["\']', down.group(1))) if down else ()
    return graph


def head_revisions() -> set[str]:
    graph = revision_graph()
    parents = {d for downs in graph.values() for d in downs}
    return set(graph) - parents


def _sqlite_path(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def check_not_newer(url: str) -> None:
    """Refuse a database written by a newer app *before* anything opens it for writing
    (opening SQLite with our pragmas would already rewrite its header)."""
    path = _sqlite_path(url)
    if path is None or not path.exists():
        return
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revs = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")} \
                if "alembic_version" in tables else set()
    except sqlite3.DatabaseError as exc:
        raise SchemaTooNewError(f"El archivo {path.name} no es una base de datos SQLite válida; "
                                "no se modificó nada.") from exc
    _refuse_unknown(revs)
    if not revs and tables:
        raise SchemaTooNewError("El archivo no es una base de datos de Gestor Territorial; no se modificó nada.")


def _refuse_unknown(revs: set[str]) -> None:
    unknown = sorted(r for r in revs if not _known(r))
    if unknown:
        raise SchemaTooNewError(
            "La base de datos fue escrita por una versión más nueva de Gestor Territorial "
            f"(esquema {', '.join(unknown)}). Actualice la aplicación; no se modificó nada.")


def current_revisions(engine: Engine) -> set[str]:
    if "alembic_version" not in inspect(engine).get_table_names():
        return set()
    with engine.connect() as conn:
        return {r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))}


def _known(rev: str) -> bool:
    return rev in revision_graph()


def backup_sqlite(engine: Engine, backups_dir: Path, label: str) -> Path | None:
    db = engine.url.database
    if engine.dialect.name != "sqlite" or not db or db == ":memory:":
        return None
    backups_dir.mkdir(parents=True, exist_ok=True)
    dest = backups_dir / f"{Path(db).stem}-antes-de-{label}-{utcnow():%Y%m%dT%H%M%S}.sqlite3"
    with sqlite3.connect(db) as src, sqlite3.connect(dest) as out:
        src.backup(out)
    return dest


def upgrade(engine: Engine) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


def ensure_schema(engine: Engine, *, backups_dir: Path) -> str:
    """Return what happened: "created", "upgraded" or "current"."""
    current = current_revisions(engine)
    _refuse_unknown(current)
    if not current:
        if [t for t in inspect(engine).get_table_names() if t != "alembic_version"]:
            raise SchemaTooNewError("El archivo no es una base de datos de Gestor Territorial; no se modificó nada.")
        upgrade(engine)
        return "created"
    if current == head_revisions():
        return "current"
    dest = backup_sqlite(engine, backups_dir, "-".join(sorted(current)))
    log.info("Actualizando esquema %s → %s (respaldo: %s)", current, head_revisions(), dest)
    upgrade(engine)
    return "upgraded"


def _main() -> None:
    ap = argparse.ArgumentParser(prog="python -m gestor_app.core.db.migrate")
    sub = ap.add_subparsers(dest="cmd", required=True)
    rev = sub.add_parser("revision")
    rev.add_argument("-m", "--message", required=True)
    rev.add_argument("--url", required=True)
    args = ap.parse_args()
    from alembic import command

    from gestor_app.core.db.engine import make_engine

    cfg = alembic_config()
    with make_engine(args.url).begin() as conn:
        cfg.attributes["connection"] = conn
        command.revision(cfg, message=args.message, autogenerate=True)


if __name__ == "__main__":
    _main()
