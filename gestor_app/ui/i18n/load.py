"""Install the compiled catalogues (and Qt's own Spanish strings) into the application."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gestor_app.ui.i18n import I18N_DIR, LOCALE


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    QLocale.setDefault(QLocale(LOCALE))
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in [("qtbase_es", qt_dir)] + [(qm.stem, str(I18N_DIR)) for qm in sorted(I18N_DIR.glob("*.qm"))]:
        tr = QTranslator(app)
        if tr.load(name, folder):
            app.installTranslator(tr)
            translators.append(tr)
    return translators
