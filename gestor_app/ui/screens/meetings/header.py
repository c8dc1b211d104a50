"""Tab "Header": kind, session number, date, times, place, who convened, neighbours present and
the next session, autosaved as typed."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gestor_app.core.models.meetings import MEETING_KINDS, Meeting
from gestor_app.core.services.meetings import update_meeting
from gestor_app.ui.context import UiContext
from gestor_app.ui.screens.meetings.widgets import optional_date, optional_date_edit, set_optional_date


class HeaderTab(QWidget):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.meeting_id: str | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        kinds = {"mesa_seguridad_focalizada": self.tr("Focused Security Table (Mesa de Seguridad Focalizada)"),
                 "asamblea": self.tr("Neighbours' assembly"), "reunion_coordinacion": self.tr("Coordination meeting"),
                 "otra": self.tr("Other")}
        assert set(kinds) == set(MEETING_KINDS)
        for key, label in kinds.items():
            self.kind.addItem(label, key)
        self.number = QSpinBox()
        self.number.setRange(0, 999)
        self.number.setSpecialValueText(self.tr("no number"))
        self.title = QLineEdit()
        self.held_on = QDateEdit()
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd-MM-yyyy")
        self.start_time = QLineEdit()
        self.end_time = QLineEdit()
        for w in (self.start_time, self.end_time):
            w.setPlaceholderText(self.tr("HH:MM"))
            w.setMaximumWidth(90)
        times = QHBoxLayout()
        times.addWidget(self.start_time)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end_time)
        times.addStretch(1)
        self.place = QLineEdit()
        self.convened_by = QLineEdit()
        self.convened_by.setPlaceholderText(self.tr("Who convenes (municipal department, JJVV…)"))
        self.neighbours = QSpinBox()
        self.neighbours.setRange(-1, 9999)
        self.neighbours.setSpecialValueText(self.tr("no data"))
        self.next_on = optional_date_edit(self.tr("not agreed yet"))
        self.next_place = QLineEdit()
        for w in (self.number, self.neighbours, self.held_on, self.next_on):
            w.setMaximumWidth(180)  # short values: full-width boxes read as long text fields
        for label, w in ((self.tr("Kind"), self.kind), (self.tr("Session no."), self.number),
                         (self.tr("Title"), self.title), (self.tr("Date"), self.held_on)):
            form.addRow(label, w)
        form.addRow(self.tr("Time"), times)
        for label, w in ((self.tr("Place"), self.place), (self.tr("Convened by"), self.convened_by),
                         (self.tr("Neighbours present"), self.neighbours), (self.tr("Next session"), self.next_on),
                         (self.tr("Next session place"), self.next_place)):
            form.addRow(label, w)
        layout.addLayout(form)
        layout.addStretch(1)
        self._bind()

    def _save(self, **changes: object) -> None:
        mid = self.meeting_id
        if mid:
            self.ctx.autosaver.schedule(f"meeting.{mid}.{','.join(changes)}",
                                        lambda s: update_meeting(s, mid, **changes))

    def _bind(self) -> None:
        for w, key in ((self.title, "title"), (self.place, "place"), (self.convened_by, "convened_by"),
                       (self.next_place, "next_meeting_place"), (self.start_time, "start_time"),
                       (self.end_time, "end_time")):
            w.textEdited.connect(lambda text, key=key: self._save(**{key: text}))
            w.editingFinished.connect(self.ctx.autosaver.flush)
        self.kind.currentIndexChanged.connect(lambda _i: self._save(kind=self.kind.currentData()))
        self.number.valueChanged.connect(lambda v: self._save(number=v or None))
        self.held_on.dateChanged.connect(lambda d: self._save(held_on=d.toPython()))
        self.neighbours.valueChanged.connect(lambda v: self._save(neighbours_count=None if v < 0 else v))
        self.next_on.dateChanged.connect(lambda _d: self._save(next_meeting_on=optional_date(self.next_on)))

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.kind, self.number, self.title, self.held_on, self.start_time, self.end_time, self.place,
                self.convened_by, self.neighbours, self.next_on, self.next_place)

    def load(self, m: Meeting | None) -> None:
        blockers = [QSignalBlocker(w) for w in self.widgets()]
        self.meeting_id = m.id if m else None
        self.kind.setCurrentIndex(max(0, self.kind.findData(m.kind if m else "mesa_seguridad_focalizada")))
        self.number.setValue(m.number or 0 if m else 0)
        self.title.setText(m.title if m else "")
        self.held_on.setDate(QDate(m.held_on) if m else QDate.currentDate())
        self.start_time.setText(m.start_time if m else "")
        self.end_time.setText(m.end_time if m else "")
        self.place.setText(m.place if m else "")
        self.convened_by.setText(m.convened_by if m else "")
        self.neighbours.setValue(-1 if m is None or m.neighbours_count is None else m.neighbours_count)
        set_optional_date(self.next_on, m.next_meeting_on if m else None)
        self.next_place.setText(m.next_meeting_place if m else "")
        del blockers
        for w in self.widgets():
            w.setEnabled(m is not None and m.status != "cerrada")
