"""Starting the GUI: Qt environment, translations, store, main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from gestor_app.core.config import AppConfig
from gestor_app.core.errors import GestorError
from gestor_app.ui.qtenv import prepare_qt_environment


def create_application(argv: Sequence[str] = ()):  # -> QApplication
    prepare_qt_environment()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from gestor_app.core.config import RESOURCES_DIR
    from gestor_app.ui.i18n.load import install_translators
    from gestor_app.ui.style import STYLE

    app = QApplication.instance() or QApplication(["gestor", *argv])
    app.setApplicationName("Gestor Territorial")
    app.setOrganizationName("GestorTerritorial")
    app.setStyleSheet(STYLE)
    app.setWindowIcon(QIcon(str(RESOURCES_DIR / "icons" / "gestor-territorial.svg")))
    app._gestor_translators = install_translators(app)  # keep them alive
    return app


def build_main_window(store, *, runner=None):
    from gestor_app.ui.context import UiContext
    from gestor_app.ui.main_window import MainWindow
    from gestor_app.ui.tasks import TaskRunner

    ctx = UiContext(store, runner or TaskRunner())
    return MainWindow(ctx)


def run_gui(config: AppConfig, qt_args: Sequence[str] = (), *, import_bundle: str | None = None) -> int:
    app = create_application(qt_args)
    from PySide6.QtWidgets import QMessageBox

    from gestor_app.core.store import open_store

    try:
        store = open_store(config)
    except GestorError as exc:
        QMessageBox.critical(None, "Gestor Territorial", str(exc))
        print(f"gestor: {exc}", file=sys.stderr)
        return 2
    from gestor_app.ui.widgets.welcome import show_welcome_if_first_run

    if not import_bundle:
        show_welcome_if_first_run(store)
    window = build_main_window(store)
    app.aboutToQuit.connect(window.ctx.autosaver.flush)
    window.show()
    if import_bundle:
        from gestor_app.ui.widgets.bundle_open import open_bundle_file

        open_bundle_file(window, import_bundle)
    try:
        return app.exec()
    finally:
        store.close()
