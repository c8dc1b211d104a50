"""Step 1 — Information: the territory's profile (ficha), edited in place with autosave."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox
from sqlalchemy.orm import Session

from gestor_app.core.models.territory import TERRITORY_LEVELS
from gestor_app.core.services.territories import current_territory, update_territory
from gestor_app.ui.context import UiContext
from gestor_app.ui.screen_base import Screen, heading, page_layout


class InformationScreen(Screen):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.territory_id: str | None = None
        layout = page_layout(self)
        layout.addWidget(heading(self.tr("1. Information gathering")))
        intro = QLabel(self.tr("Profile of the current territory. Changes are saved automatically as you type."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.level = QLabel()
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.population = QSpinBox()
        self.population.setRange(0, 10_000_000)
        self.population.setSpecialValueText(self.tr("no data"))
        self.population.setGroupSeparatorShown(True)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Limits, history, how people use the barrio, what the "
                                                    "community says about it…"))
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Population"), self.population)
        form.addRow(self.tr("Description"), self.description)
        layout.addLayout(form)
        self.empty = QLabel(self.tr("Choose a territory to work in (button at the top)."))
        layout.addWidget(self.empty)
        saver = ctx.autosaver
        saver.bind_line(self.name, "territory.name", lambda s, v: self._save(s, name=v))
        saver.bind_line(self.code, "territory.code", lambda s, v: self._save(s, code=v.strip() or None))
        saver.bind_int(self.population, "territory.population", lambda s, v: self._save(s, population=v))
        saver.bind_text(self.description, "territory.description", lambda s, v: self._save(s, description=v))
        saver.failed.connect(lambda _msg: self.refresh())

    def _save(self, session: Session, **changes: object) -> None:
        if self.territory_id:
            update_territory(session, self.territory_id, **changes)

    def refresh(self) -> None:
        self.ctx.autosaver.flush()
        with self.ctx.store.transaction() as s:
            t = current_territory(s)
            self.territory_id = t.id if t else None
            values = (TERRITORY_LEVELS.get(t.level, t.level), t.name, t.code or "", t.population or 0,
                      t.description) if t else ("", "", "", 0, "")
        widgets = (self.name, self.code, self.population, self.description)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.level.setText(values[0])
        self.name.setText(values[1])
        self.code.setText(values[2])
        self.population.setValue(values[3])
        self.description.setPlainText(values[4])
        del blockers
        for w in widgets:
            w.setEnabled(t is not None)
        self.empty.setVisible(t is None)
