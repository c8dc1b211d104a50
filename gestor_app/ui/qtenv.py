"""Environment QtWebEngine needs before any Qt import creates the application."""

from __future__ import annotations

import os


def prepare_qt_environment() -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and "--disable-gpu" not in flags:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --disable-gpu").strip()
    register_url_schemes()


def register_url_schemes() -> None:
    """The map's ``asset:`` and ``tiles:`` schemes: Qt only accepts them before the QApplication exists."""
    from PySide6.QtCore import QCoreApplication, Qt

    if QCoreApplication.instance() is not None:
        return
    from gestor_app.ui.screens.map.schemes import register_schemes

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    register_schemes()
