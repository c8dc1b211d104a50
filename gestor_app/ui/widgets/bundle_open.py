"""``gestor --import-bundle FILE`` (a double-click on a .gtbundle): open the import preview.

The Synchronisation screen offers ``preview_bundle(path)`` (a full import rolled back, then
"Apply"); should a screen lack it, say so honestly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

SYNC_SCREEN = "sincronizacion"
BUNDLE_SUFFIX = ".gtbundle"


def open_bundle_file(window, path: str | Path) -> bool:
    """Show the Synchronisation screen with the preview of ``path``; False when not possible."""
    path = Path(path)
    if not path.is_file():
        QMessageBox.warning(window, QCoreApplication.translate("BundleOpen", "Open bundle"),
                            QCoreApplication.translate("BundleOpen", "The file {path} does not exist.").format(path=path))
        return False
    screen = window.show_screen(SYNC_SCREEN) if SYNC_SCREEN in window.keys else None
    preview = getattr(screen, "preview_bundle", None)
    if preview is None:
        QMessageBox.information(window, QCoreApplication.translate("BundleOpen", "Open bundle"),
                                QCoreApplication.translate(
                                    "BundleOpen", "Importing bundles is not available in this version yet."))
        return False
    preview(path)
    return True
