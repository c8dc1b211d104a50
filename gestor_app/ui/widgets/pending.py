"""Honest placeholder for a section that a later issue builds: says what will be here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout


class PendingScreen(Screen):
    def __init__(self, ctx: UiContext, title: str, description: str) -> None:
        super().__init__(ctx)
        layout = page_layout(self)
        layout.addWidget(heading(title))
        badge = QLabel(self.tr("Under construction"))
        badge.setObjectName("badge")
        layout.addWidget(badge, alignment=Qt.AlignmentFlag.AlignLeft)
        text = QLabel(QCoreApplication.translate("Navigation", description))
        text.setWordWrap(True)
        layout.addWidget(text)
        note = QLabel(self.tr("This section is not available yet in this version. Nothing is shown here "
                              "until it works with your real data."))
        note.setWordWrap(True)
        note.setObjectName("muted")
        layout.addWidget(note)
        layout.addStretch(1)
