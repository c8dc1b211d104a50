"""`gestor` command line: headless commands over the same services as the window.

Each module in ``COMMAND_MODULES`` has ``register(subparsers)``; a command sets
``func(args, ctx) -> int``. Without a command, the GUI opens.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from gestor_app import __version__
from gestor_app.core.config import AppConfig, load_config
from gestor_app.core.errors import GestorError
from gestor_app.core.logs import setup_logging
from gestor_app.core.store import Store, open_store

COMMAND_MODULES = [
    "gestor_app.cli.base",
    "gestor_app.cli.map",
    "gestor_app.cli.export",
    "gestor_app.cli.sync",
    "gestor_app.cli.project",
    "gestor_app.cli.field",
    "gestor_app.cli.smoke",
    "gestor_app.cli.documents",
]
log = logging.getLogger(__name__)


class Context:
    """What a command needs: the configuration, and the store opened on first use."""

    def __init__(self, config: AppConfig) -> None:
        self.config = config
        self._store: Store | None = None

    def store(self) -> Store:
        if self._store is None:
            self._store = open_store(self.config)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gestor", description="Gestor Territorial")
    parser.add_argument("--version", action="version", version=f"Gestor Territorial {__version__}")
    parser.add_argument("--data-dir", help="carpeta de datos (también GESTOR_DATA_DIR)")
    parser.add_argument("--database-url", help="URL SQLAlchemy de la base (también GESTOR_DATABASE_URL)")
    parser.add_argument("--import-bundle", metavar="ARCHIVO", nargs="?",  # the menu entry may pass no file
                        help="abre la ventana con la vista previa de importación de un paquete .gtbundle")
    sub = parser.add_subparsers(dest="command", metavar="COMANDO")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, qt_args = parser.parse_known_args(argv)
    if args.command is not None and qt_args:
        parser.error(f"argumentos no reconocidos: {' '.join(qt_args)}")
    config = load_config(data_dir=args.data_dir, database_url=args.database_url)
    setup_logging(config.log_dir)
    if args.command is None:
        from gestor_app.ui.app import run_gui

        return run_gui(config, qt_args, import_bundle=args.import_bundle)
    ctx = Context(config)
    try:
        return int(args.func(args, ctx) or 0)
    except GestorError as exc:
        log.warning("%s: %s", args.command, exc)
        print(f"gestor: {exc}", file=sys.stderr)
        return 2
    finally:
        ctx.close()
