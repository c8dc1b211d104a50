"""A new workshop session: date, place, facilitator, participants by age range × gender (no names)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from gestor_app.core.errors import GestorError
from gestor_app.core.models.mapping_session import AGE_RANGES, GENDERS
from gestor_app.core.services.mapping_sessions import (
    create_session,
    get_session,
    set_current_session,
    update_session,
)


class SessionDialog(QDialog):
    """Create a session, or edit one when ``session_id`` is given."""

    def __init__(self, ctx, territory_id: str | None, parent=None, *, session_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.territory_id, self.session_id = ctx, territory_id, session_id
        self.setWindowTitle(self.tr("Workshop session") if session_id else self.tr("New workshop session"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.place = QLineEdit()
        self.facilitator = QLineEdit()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Facilitator"), self.facilitator)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Participants by age and gender (counts only, never names)")))
        grid = QGridLayout()
        self.counts: dict[tuple[str, str], QSpinBox] = {}
        for j, label in enumerate(GENDERS.values()):
            grid.addWidget(QLabel(label), 0, j + 1)
        for i, (age, label) in enumerate(AGE_RANGES.items()):
            grid.addWidget(QLabel(label), i + 1, 0)
            for j, gender in enumerate(GENDERS):
                spin = QSpinBox()
                spin.setRange(0, 999)
                self.counts[(age, gender)] = spin
                grid.addWidget(spin, i + 1, j + 1)
        layout.addLayout(grid)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes"))
        self.notes.setFixedHeight(70)
        layout.addWidget(self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if session_id:
            self._load(session_id)

    def _load(self, session_id: str) -> None:
        with self.ctx.store.transaction() as s:
            ms = get_session(s, session_id)
            self.date.setDate(QDate(ms.held_on))
            self.place.setText(ms.place)
            self.facilitator.setText(ms.facilitator)
            self.notes.setPlainText(ms.notes)
            for (age, gender), spin in self.counts.items():
                spin.setValue(int((ms.participants or {}).get(age, {}).get(gender, 0)))

    def participants(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for (age, gender), spin in self.counts.items():
            out.setdefault(age, {})[gender] = spin.value()
        return out

    def accept(self) -> None:
        try:
            fields = dict(held_on=self.date.date().toPython(), place=self.place.text(),
                          facilitator=self.facilitator.text(), participants=self.participants(),
                          notes=self.notes.toPlainText())
            with self.ctx.store.transaction() as s:
                if self.session_id:
                    update_session(s, self.session_id, **fields)
                else:
                    ms = create_session(s, territory_id=self.territory_id, **fields)
                    set_current_session(s, ms.id)
                    self.session_id = ms.id
        except GestorError as exc:
            QMessageBox.warning(self, self.tr("Session not saved"), str(exc))
            return
        self.ctx.records_changed.emit()
        super().accept()
