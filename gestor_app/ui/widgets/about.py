"""About dialog: version, schema, device and data folder."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from gestor_app.core.services.info import store_info
from gestor_app.core.store import Store


class AboutDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Gestor Territorial"))
        info = store_info(store)
        layout = QVBoxLayout(self)
        title = QLabel("<h2>Gestor Territorial</h2>")
        layout.addWidget(title)
        self.details = QLabel(
            self.tr("Version {version}<br>Database schema {schema}<br>Device: {device} ({device_id})<br>"
                    "Data folder: {folder}<br>Database: {url}").format(
                version=info["app_version"], schema=info["schema_revision"], device=info["device_name"],
                device_id=info["device_id"], folder=info["data_dir"], url=info["database_url"]))
        self.details.setTextInteractionFlags(self.details.textInteractionFlags().TextSelectableByMouse)
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        purpose = QLabel(self.tr("Offline tool for the territorial managers of municipal public-security "
                                 "departments: participatory maps, exploratory walks, focus groups, "
                                 "diagnosis, action plans and minutes."))
        purpose.setWordWrap(True)
        layout.addWidget(purpose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
